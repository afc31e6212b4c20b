import datetime as dt

from generator.link import merge_events, related_articles, same_event
from generator.model import ActorRef, Article, Event, PartialDate


def ev(text, date="2021-11-12", actors=(), sources=("a",), explicit=False, id=None, approx=False):
    d = PartialDate.parse(date)
    return Event(id or f"{d.iso}-{text[:10]}", d, text, approx, tuple(actors), tuple(sources), explicit_id=explicit)


def art(id, date, actors=(), events=()):
    return Article(id=id, path="", title=id, date=dt.date.fromisoformat(date), body="",
                   actors=tuple(ActorRef(a) for a in actors), events=tuple(events))


def test_same_event_needs_same_date_and_most_words():
    a = ev("French ministers hold talks with Lavrov in Paris")
    assert same_event(a, ev("Lavrov holds talks with French ministers in Paris"))
    assert not same_event(a, ev("Lavrov holds talks with French ministers in Paris", date="2021-11-13"))
    assert not same_event(a, ev("Blinken warns Moscow against an invasion"))
    assert not same_event(a, ev("French ministers hold talks with Lavrov in Paris", date="2021-11"))


def test_reports_merge_with_all_sources_and_the_most_precise_agreeing_date():
    a = art("a", "2021-11-12", events=[ev("Russia seizes Crimea", "2014", sources=("a",), explicit=True, id="crimea"),
                                       ev("Talks in Paris", sources=("a",))])
    b = art("b", "2021-11-13", events=[ev("Talks in Paris", sources=("b",))])
    background = [ev("Russia annexes Crimea", "2014-03", sources=(), explicit=True, id="crimea")]
    events, by_article = merge_events({"a": a, "b": b}, background)
    assert [(e.id, e.date.iso, e.sources) for e in events.values()] == [
        ("crimea", "2014-03", ("a",)), ("2021-11-12-Talks in P", "2021-11-12", ("a", "b"))]
    assert by_article == {"a": ["crimea", "2021-11-12-Talks in P"], "b": ["2021-11-12-Talks in P"]}


def test_events_of_one_day_keep_reading_order():
    a = art("a", "2021-11-12", events=[ev("Zeta happens first"), ev("Alpha happens second")])
    events, _ = merge_events({"a": a}, [])
    assert [e.text for e in events.values()] == ["Zeta happens first", "Alpha happens second"]


def test_related_prefers_rare_shared_actors_then_nearest_date():
    arts = {
        "x": art("x", "2021-11-12", ["russia", "stano"]),
        "near": art("near", "2021-11-13", ["russia"]),
        "far": art("far", "2019-01-01", ["russia"]),
        "rare": art("rare", "2015-01-01", ["stano"]),
        "none": art("none", "2021-11-12", ["other"]),
    }
    arts["filler"] = art("filler", "2020-01-01", ["russia"])
    related = related_articles(arts, 3)
    assert related["x"] == ["rare", "near", "filler"]
    assert related["none"] == []
