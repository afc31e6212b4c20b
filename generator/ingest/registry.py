"""The analyst's known actors, indexed once and grown in place.

A batch ingest adds every article's new actors to the registry, so the next file can
match them. Re-indexing the whole registry for each article made a batch quadratic
(a thousand articles bring thousands of actors); this index grows by one actor at a
time instead, and keeps the first-registered-wins order the annotator relies on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from generator.ingest.gazetteer import key_of
from generator.ingest.occurrences import norm
from generator.ingest.types import KnownActor

_ARTICLE = re.compile(r"^(?:the|The)\s+")


class Registry(Sequence[KnownActor]):
    """Known actors in registration order, with the lookups the annotator and the merge need."""

    def __init__(self, actors: Iterable[KnownActor] = ()) -> None:
        self._actors: list[KnownActor] = []
        self.index: dict[tuple[str, ...], KnownActor] = {}  # token keys of every name and alias
        self.prefixes: set[tuple[str, ...]] = set()  # proper prefixes of those keys, to stop a scan early
        self.max_key = 0
        self.by_norm: dict[str, KnownActor] = {}  # normalised names and aliases
        self.by_id: dict[str, KnownActor] = {}
        for actor in actors:
            self.add(actor)

    @classmethod
    def of(cls, actors: Iterable[KnownActor]) -> Registry:
        """``actors`` as a registry: itself when it is one already, so a caller may pass either."""
        return actors if isinstance(actors, Registry) else cls(actors)

    def add(self, actor: KnownActor) -> None:
        self._actors.append(actor)
        self.by_id[actor.id] = actor  # (ids are unique; the last wins, as in a dict built from the list)
        for form in (actor.name, *actor.aliases):
            self.by_norm.setdefault(norm(form), actor)
            key = key_of(_ARTICLE.sub("", form.strip()))
            if key and key not in self.index:
                self.index[key] = actor
                self.prefixes.update(key[:n] for n in range(1, len(key)))
                self.max_key = max(self.max_key, len(key))

    def __len__(self) -> int:
        return len(self._actors)

    def __getitem__(self, i):  # type: ignore[override]  # an index or a slice, as a list gives
        return self._actors[i]

    def __iter__(self) -> Iterator[KnownActor]:
        return iter(self._actors)

    def __repr__(self) -> str:
        return f"Registry({len(self)} actors)"
