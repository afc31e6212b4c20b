import datetime as dt

from generator.annotate import Filters, annotate, name_key
from generator.errors import Problems
from generator.load import Content
from generator.model import Actor, ActorRef, Article, Event, PartialDate, Quote

import pytest


@pytest.mark.parametrize("a, b", [("the U.S.", "US"), ("Alyaksandr Lukashenka", "alyaksandr lukashenka"),
                                  ("Erdoğan", "Erdogan"), ("Kyiv’s", "Kyiv's"), ("The Kremlin", "Kremlin")])
def test_name_keys_ignore_case_accents_dots_and_the(a, b):
    assert name_key(a) == name_key(b)


def article(id, refs=(), quotes=(), events=(), date=dt.date(2021, 11, 12), **kw):
    return Article(id=id, path=f"content/articles/{id}.md", title=id, date=date, body="", actors=tuple(refs),
                   quotes=tuple(quotes), events=tuple(events), **kw)


LUKA = Actor("alyaksandr-lukashenka", "Alyaksandr Lukashenka", "person", ("Lukashenka",), ("President",),
             path="content/actors/alyaksandr-lukashenka.md")


def run(content, **filters):
    problems = Problems()
    return annotate(content, Filters(today=dt.date(2026, 1, 1), **filters), problems), [str(p) for p in problems]


def test_aliases_ids_and_names_resolve_to_one_actor_and_roles_merge():
    a = article("a", [ActorRef("Lukashenka", "Belarusian leader"), ActorRef("alyaksandr-lukashenka")])
    b = article("b", [ActorRef("ALYAKSANDR LUKASHENKA", "authoritarian ruler of Belarus")])
    result, problems = run(Content([a, b], [LUKA]))
    assert problems == []
    assert [r.name for r in result.articles["a"].actors] == ["alyaksandr-lukashenka"]
    assert result.articles["a"].actors[0].role == "Belarusian leader"
    assert result.actors["alyaksandr-lukashenka"].roles == ("President", "Belarusian leader", "authoritarian ruler of Belarus")


def test_unknown_names_become_actors_with_slug_ids_and_quote_speakers_join_the_article():
    a = article("a", [ActorRef("Peter Stano", kind="Person")], quotes=[Quote("Stano", "x", "a", 7)])
    result, problems = run(Content([a], []))
    assert problems == ["content/articles/a.md:7: quotes[0].speaker: unknown actor 'Stano' (add it to the article's actors or to content/actors/)"]
    assert result.actors["peter-stano"].kind == "person"


def test_event_actors_must_be_known_and_are_added_to_the_article():
    ev = Event("e", PartialDate(2021), "x", actors=("Lukashenka", "Ghost"), line=9)
    result, problems = run(Content([article("a", events=[ev])], [LUKA]))
    assert problems == ["content/articles/a.md:9: events[0].actors: unknown actor 'Ghost' (add it to the article's actors or to content/actors/)"]
    assert result.articles["a"].events[0].actors == ("alyaksandr-lukashenka",)
    assert [r.name for r in result.articles["a"].actors] == ["alyaksandr-lukashenka"]


def test_alias_claimed_by_two_actors_is_a_warning_and_stays_with_the_first():
    other = Actor("someone", "Someone", "person", ("Lukashenka",), path="content/actors/someone.md", lines={"aliases[0]": 4})
    _, problems = run(Content([], [LUKA, other]))
    assert problems == ["content/actors/someone.md:4: warning: aliases[0]: 'Lukashenka' already names actor 'alyaksandr-lukashenka'; it stays with 'alyaksandr-lukashenka'"]


def test_drafts_future_and_duplicates():
    items = [article("a"), article("d", draft=True), article("f", date=dt.date(2030, 1, 1)), article("a")]
    result, problems = run(Content(items, []))
    assert list(result.articles) == ["a"]
    assert problems == ["content/articles/a.md:1: duplicate id 'a' (also content/articles/a.md); rename one file or give it an 'id:'"]
    result, _ = run(Content(items[:3], []), drafts=True, future=True)
    assert list(result.articles) == ["a", "d", "f"]


def test_old_ids_make_redirects_unless_taken():
    result, problems = run(Content([article("new", old_ids=("old", "other")), article("other")], []))
    assert result.redirects == {"articles/old.html": "articles/new.html"}
    assert problems == ["content/articles/new.md:1: warning: old_ids: 'other' is the id of another item; no redirect made"]


def test_forms_an_article_uses_join_the_actors_aliases():
    a = article("a", [ActorRef("Lukashenka", aliases=("Lukashenko", "lukashenka", "Bat'ka"))])
    result, problems = run(Content([a], [LUKA]))
    assert problems == []
    assert result.actors["alyaksandr-lukashenka"].aliases == ("Lukashenka", "Lukashenko", "Bat'ka")
