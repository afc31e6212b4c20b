"""Date expressions: what is found in a sentence and what it resolves to.

The sentences are our own, written for the hard cases: relative days and
weeks, a month later in the year than publication, the future, nonsense
dates, a missing publication date and dates counted from another date.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.ingest.dates import find_dates, resolve
from generator.model import PartialDate

FRIDAY = dt.date(2021, 11, 12)  # a Friday
TUESDAY = dt.date(2022, 1, 11)


def resolved(sentence: str, published: dt.date | None = FRIDAY, tense: str = "past", reference: str | None = None) -> list[str]:
    """ISO dates of every expression in ``sentence`` that names a past date ("~" marks approx)."""
    ref = PartialDate.parse(reference) if reference else None
    out = []
    for expr in find_dates(sentence):
        r = resolve(expr, published, tense=tense, reference=ref)
        if r is not None:
            out.append(r.date.iso + ("~" if r.approx else ""))
    return out


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # absolute and month-day dates
        ("The ministers held talks in Paris on November 12.", ["2021-11-12"]),
        ("Blinken earlier on November 12 reiterated his concern.", ["2021-11-12"]),
        ("The cabinet was dismissed on January 5.", ["2021-01-05"]),
        ("The cabinet was dismissed on 5 January 2021.", ["2021-01-05"]),
        ("The cabinet was dismissed on Jan. 5, 2021.", ["2021-01-05"]),
        ("The report is dated 2021-11-10.", ["2021-11-10"]),
        ("Talks resumed on Tuesday, November 9, 2021.", ["2021-11-09"]),
        ("The envoy arrived on the 3rd.", ["2021-11-03"]),
        ("Mass protests toppled the ruler in April 2019.", ["2019-04"]),
        ("The deal was reached in the summer of 2015.", ["2015~"]),
        ("Output fell in the first half of 2020.", ["2020~"]),
        # months and years without a year / relative to publication
        ("Drills were held in Belarus in September.", ["2021-09"]),
        ("Drills were held in Belarus in November.", ["2021-11"]),
        ("The president took office in mid-August.", ["2021-08~"]),
        ("The talks failed at the end of October.", ["2021-10~"]),
        ("The bloc suspended its membership last October.", ["2021-10"]),
        ("Russia seized Crimea in 2014.", ["2014"]),
        ("Aid was frozen last month.", ["2021-10"]),
        ("Inflation rose earlier this month.", ["2021-11~"]),
        ("The law was passed last year.", ["2020"]),
        ("The law was passed late last year.", ["2020~"]),
        ("The package was announced at the end of last month.", ["2021-10~"]),
        ("The law was passed earlier this year.", ["2021~"]),
        # days and weeks relative to publication
        ("He spoke to reporters yesterday.", ["2021-11-11"]),
        ("He spoke to reporters yesterday afternoon.", ["2021-11-11"]),
        ("He spoke to reporters today.", ["2021-11-12"]),
        ("He spoke to reporters earlier today.", ["2021-11-12"]),
        ("The minister resigned two days ago.", ["2021-11-10"]),
        ("The general was removed nearly a month ago.", ["2021-10~"]),
        ("The ministers met this week.", ["2021-11~"]),
        ("The ministers met earlier in the week.", ["2021-11~"]),
        ("The ministers met earlier this week.", ["2021-11~"]),
        ("The ministers met last week.", ["2021-11~"]),
        ("The ministers met over the weekend.", ["2021-11~"]),
        ("More recently, the two sides have clashed.", ["2021-11~"]),
        ("Talks resumed in recent days.", ["2021-11~"]),
    ],
)
def test_past_dates_resolve_against_a_friday_publication(sentence, expected):
    assert resolved(sentence) == expected


@pytest.mark.parametrize(
    "sentence, published, expected",
    [
        ("He spoke on Tuesday.", FRIDAY, ["2021-11-09"]),
        ("He spoke on Friday.", FRIDAY, ["2021-11-12"]),  # the day of publication
        ("He spoke last Friday.", FRIDAY, ["2021-11-05"]),
        ("He spoke on Saturday.", FRIDAY, ["2021-11-06"]),
        ("Biden said Tuesday that talks would continue.", FRIDAY, ["2021-11-09"]),
        ("Ushakov told reporters late on Tuesday.", TUESDAY, ["2022-01-11"]),
        ("Briefing reporters on Tuesday afternoon, he declined.", TUESDAY, ["2022-01-11"]),
        ("The leaders met on Monday night.", TUESDAY, ["2022-01-10"]),
        ("Masimov was detained on Thursday.", TUESDAY, ["2022-01-06"]),
        # last week straddling two months: the month of the week before publication
        ("The troops arrived last week.", dt.date(2021, 12, 2), ["2021-11~"]),
        ("The troops arrived last week.", TUESDAY, ["2022-01~"]),
        ("The fighting ended last month.", dt.date(2022, 1, 3), ["2021-12"]),
        ("The fighting ended last year.", dt.date(2022, 1, 3), ["2021"]),
    ],
)
def test_weekdays_and_weeks_count_back_from_publication(sentence, published, expected):
    assert resolved(sentence, published) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The troops will leave in two days.",
        "Delegations are expected back next week.",
        "The government will present reforms within three weeks.",
        "The ministers meet again tomorrow.",
        "He is due to name a cabinet in the coming days.",
        "Russia could launch an offensive early next year.",
        "The council will meet next Tuesday.",
        "Prices are expected to fall next month.",
        "The treaty expires in 2026.",
        "The vote is set for December 10, 2021.",  # after publication
        "Sales closed on 5 January 2022.",  # after publication, year given
        "The talks ended on February 30.",
        "The report is dated 2021-02-30.",
        "The talks ended on the 31st.",  # November has no 31st, October's is past-tense only
    ],
)
def test_future_and_impossible_dates_resolve_to_nothing(sentence):
    assert resolved(sentence, tense="present") == []


@pytest.mark.parametrize(
    "sentence, tense, expected",
    [
        # a month-day or month later in the year than publication is last year only in past narrative
        ("The ceasefire collapsed on December 30.", "past", ["2020-12-30"]),  # (not weeks ahead: see below)
        ("The webinar is on Wednesday 15 December.", "present", []),
        ("The webinar is on Wednesday 15 December.", "unknown", []),
        ("Elections were held in December.", "past", ["2020-12"]),
        ("Elections are held in December.", "present", []),
        ("The envoy arrived on the 20th.", "past", ["2021-10-20"]),
        # a clause in the future tense names no past date, whatever the expression
        ("The troops begin leaving on Thursday.", "future", []),
        ("The troops begin leaving in September.", "future", []),
    ],
)
def test_tense_decides_dates_that_could_be_past_or_future(sentence, tense, expected):
    assert resolved(sentence, tense=tense) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Russia seized Crimea in 2014.", ["2014"]),
        ("The talks ended on November 12, 2021.", ["2021-11-12"]),
        ("The talks ended in April 2019.", ["2019-04"]),
        ("The talks ended on Tuesday.", []),
        ("The talks ended in September.", []),
        ("The talks ended last week.", []),
        ("The talks ended yesterday.", []),
        ("The talks ended recently.", []),
    ],
)
def test_without_a_publication_date_only_dates_with_their_year_resolve(sentence, expected):
    assert resolved(sentence, published=None) == expected


@pytest.mark.parametrize(
    "sentence, reference, expected",
    [
        ("Blinken said in an interview the same day that he expected nothing.", "2022-01-09", ["2022-01-09"]),
        ("A day earlier, Peskov had signaled a hard line.", "2021-12-07", ["2021-12-06"]),
        ("The rebels withdrew the next day.", "2021-12-07", ["2021-12-08"]),
        ("The rebels withdrew later that day.", "2021-12-07", ["2021-12-07"]),
        ("Two days later, the rebels withdrew.", "2021-12-07", ["2021-12-09"]),
        ("Iran began exceeding the limits the following year.", "2018", ["2019"]),
        ("A charter was agreed later that year.", "2019-04", ["2019"]),
        ("The army returned a year later.", "2019-04", ["2020"]),
        ("The talks collapsed the following month.", "2021-09", ["2021-10"]),
        # a reference too coarse for the expression, or none at all
        ("Blinken said the same day that he expected nothing.", "2019", []),
        ("Blinken said the same day that he expected nothing.", None, []),
        # counted forward past publication: the future
        ("The rebels withdrew the next day.", "2022-01-11", []),
    ],
)
def test_dates_counted_from_the_last_stated_date(sentence, reference, expected):
    assert resolved(sentence, published=TUESDAY, reference=reference) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Copyright 2021 Riverbend Public Radio.",
        "Tensions date back to the 1990s.",
        "The Good Friday Agreement ended the conflict.",
        "Theresa May said the plan had failed.",
        "Talks were held at Mar-a-Lago.",
        "Some 2,100 troops and 9,900 detainees.",
        "Officials met after 1997 and until June.",
        "The state of emergency was in force until recently.",
        "The June summit was cancelled.",
        "It was the highest level since 2014.",
        # "since DATE" starts a running total or a state; nothing happened at that date in this clause
        "Relations have been strained since 2014.",
        "More than 900 people have died since March.",
        "The border has stayed shut since Sunday.",
        "Lawmakers investigated the January 6 attack.",
        "Lawmakers investigated the January 6 émeute.",
        "Voters in Mayıs Köy backed the plan.",  # a month's letters opening a longer word of another alphabet
    ],
)
def test_words_that_only_look_like_dates_resolve_to_nothing(sentence):
    assert resolved(sentence) == []


@pytest.mark.parametrize(
    "sentence, reference, expected",
    [
        # parts of the day counted from the last stated date
        ("The rebels also issued a statement that night.", "2022-01-07", ["2022-01-07"]),
        ("Late that night, the general spoke on the radio.", "2022-01-07", ["2022-01-07"]),
        ("Early that morning, the police cleared the square.", "2022-01-07", ["2022-01-07"]),
        ("The minister resigned that evening.", "2022-01-07", ["2022-01-07"]),
        ("The rebels withdrew the next morning.", "2022-01-07", ["2022-01-08"]),
        ("The rebels withdrew the same afternoon.", "2022-01-07", ["2022-01-07"]),
        ("The envoy had landed a day before.", "2022-01-07", ["2022-01-06"]),
        # a day stated relative to a month-only reference cannot be resolved
        ("The minister resigned that evening.", "2022-01", []),
    ],
)
def test_parts_of_a_day_count_from_the_last_stated_date(sentence, reference, expected):
    assert resolved(sentence, published=TUESDAY, reference=reference) == expected


@pytest.mark.parametrize(
    "sentence, published, expected",
    [
        # a month in a year given relative to publication: one date, at month precision
        ("The court heard the appeal in March last year.", dt.date(2024, 4, 9), ["2023-03"]),
        ("The court heard the appeal in June last year.", dt.date(2024, 4, 9), ["2023-06"]),
        ("The court heard the appeal in March of last year.", dt.date(2024, 4, 9), ["2023-03"]),
        ("The plant closed in late March last year.", dt.date(2024, 4, 9), ["2023-03~"]),
        ("The plant closed in February this year.", dt.date(2024, 4, 9), ["2024-02"]),
        ("The plant closes in October this year.", dt.date(2024, 4, 9), []),  # later than publication
        ("The plant closes in March next year.", dt.date(2024, 4, 9), []),
    ],
)
def test_a_month_of_last_or_this_year_is_one_date(sentence, published, expected):
    assert resolved(sentence, published) == expected
    assert len(find_dates(sentence)) == 1


@pytest.mark.parametrize(
    "sentence, reference, expected",
    [
        ("The talks resumed in May of the following year.", "2019-11-03", ["2020-05"]),
        ("The army withdrew in April of the previous year.", "2019", ["2018-04"]),
        ("The army withdrew in April that year.", "2019", ["2019-04"]),
    ],
)
def test_a_month_of_a_year_counted_from_the_last_stated_date(sentence, reference, expected):
    assert resolved(sentence, published=TUESDAY, reference=reference) == expected


@pytest.mark.parametrize(
    "sentence, reference, text, expected",
    [
        # "N days after X": X's date, counted back from the date stated before it
        ("The strike began on Monday, a day after the union voted for it.", "2022-01-10", "a day after", "2022-01-09"),
        ("Shares fell on Friday, two days after the bank warned of losses.", "2022-01-07", "two days after", "2022-01-05"),
        ("He arrived on 9 January, the day after Kovac's speech.", "2022-01-09", "the day after", "2022-01-08"),
        ("The envoy left on 9 January, a day before the vote.", "2022-01-09", "a day before", "2022-01-10"),
        ("The rally took place in 2021, a year after the flood.", "2021", "a year after", "2020"),
    ],
)
def test_a_span_after_or_before_something_dates_that_thing(sentence, reference, text, expected):
    (expr,) = [e for e in find_dates(sentence) if e.of_following]
    assert expr.text == text
    assert resolve(expr, TUESDAY, tense="past", reference=PartialDate.parse(reference)).date.iso == expected


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("Lee lost the 2022 presidential election by a whisker.", "2022"),
        ("Brazil's 2018 election was bitter.", "2018"),
        ("The 2015 nuclear deal lifted sanctions.", "2015"),
        ("Its 2023 budget was cut.", "2023"),
    ],
)
def test_a_year_used_as_an_adjective_names_a_thing(sentence, text):
    """Found and marked: whether it dates a clause is for the events stage ("lost the 2022 election")."""
    (expr,) = find_dates(sentence)
    assert (expr.text, expr.attributive, expr.names_thing) == (text, True, True)


@pytest.mark.parametrize(
    "sentence",
    ["Copyright 2022 Northfield Radio.", "Some 2022 delegates attended.", "The 2022.", "Profits doubled in the 2022-23 season."],
)
def test_a_number_that_is_no_year_of_a_thing_is_not_attributive(sentence):
    assert not any(e.attributive for e in find_dates(sentence))


def test_expressions_carry_their_span_and_reading():
    sentence = "Troops sent to put down last week's unrest left on Thursday, after talks that began in 2019."
    exprs = find_dates(sentence)
    assert [(sentence[e.start : e.end], e.kind) for e in exprs] == [
        ("last week", "relative"),
        ("Thursday", "weekday"),
        ("2019", "absolute"),
    ]
    assert [e.possessive for e in exprs] == [True, False, False]


def test_a_limit_is_marked_as_such():
    (after, until) = find_dates("The alliance grew after 1997 and paused until June.")
    assert after.bound and until.bound
    assert resolve(after, FRIDAY, tense="past") is None


def test_a_weekday_and_date_together_are_one_expression():
    (expr,) = find_dates("The talks opened on Tuesday, January 11, 2022, in Geneva.")
    assert expr.text == "Tuesday, January 11, 2022"
    assert resolve(expr, TUESDAY).date == PartialDate(2022, 1, 11)


@pytest.mark.parametrize(
    "sentence, published, expected",
    [
        # fixed holidays: the most recent one on or before publication
        ("The row began on New Year's Day.", dt.date(2024, 1, 3), ["2024-01-01"]),
        ("He was arrested on Christmas Eve.", dt.date(2024, 1, 3), ["2023-12-24"]),
        ("Crowds gathered on Easter Sunday.", dt.date(2024, 4, 10), ["2024-03-31"]),
        ("Crowds gathered on Easter Monday.", dt.date(2024, 1, 10), ["2023-04-10"]),
        ("Merry Christmas to all our readers.", dt.date(2024, 1, 3), []),
        # "minutes later" and "the Friday before" count from the last date stated (here 2021-11-03, a Wednesday)
        ("Minutes later, the alarm sounded.", FRIDAY, ["2021-11-03"]),
        ("He had been warned the Friday before.", FRIDAY, ["2021-10-29"]),
        ("They met again the following Monday.", FRIDAY, ["2021-11-08"]),
        # tallies and spans are no dates
        ("Sales so far this year exceed those of the whole of last year.", FRIDAY, []),
        ("Output grew between 2016 and 2019.", FRIDAY, []),
        ("The party won in 2016 and 2019.", FRIDAY, ["2016", "2019"]),
    ],
)
def test_named_days_story_dates_and_tallies(sentence: str, published: dt.date, expected: list[str]) -> None:
    assert resolved(sentence, published, reference="2021-11-03") == expected


@pytest.mark.parametrize(
    "sentence, reference, expected",
    [
        ("The deputy was appointed three days later.", "2021-05", ["2021-05"]),
        ("The envoy left a day earlier.", "2021-05", ["2021-05"]),
        ("The board met two weeks later.", "2021-05", []),  # weeks are not a few days: June as likely as May
        ("The minister resigned ten days later.", "2021-05", []),
        ("The deputy was appointed three days later.", "2021", []),
    ],
)
def test_a_few_days_from_a_month_stay_in_that_month(sentence: str, reference: str, expected: list[str]) -> None:
    assert resolved(sentence, published=TUESDAY, reference=reference) == expected


@pytest.mark.parametrize(
    "sentence, attributive",
    [
        ("Despite Mr. Hale's Oct. 11 announcement, talks stalled.", True),
        ("His May 2 speech was short.", True),
        ("A 2018 survey found gaps.", True),
        ("On Oct. 11 the talks stalled.", False),
        ("Hale said Oct. 11 was the deadline.", False),
    ],
)
def test_a_date_before_a_noun_with_an_owner_or_article_names_a_thing(sentence: str, attributive: bool) -> None:
    (expr,) = find_dates(sentence)
    assert expr.attributive is attributive


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Later, he spoke to reporters.", ["Later"]),
        ("Later on, he spoke to reporters.", ["Later on"]),
        ("He spoke to reporters later.", []),  # not opening the sentence: no telling which day
        ("Later talks failed.", []),
    ],
)
def test_later_opening_a_sentence_is_an_anaphor(sentence: str, found: list[str]) -> None:
    assert [e.text for e in find_dates(sentence) if e.kind == "anaphoric"] == found


@pytest.mark.parametrize("sentence", ["The cabinet fell apart within hours.", "Within a few minutes police arrived."])
def test_within_minutes_or_hours_counts_from_the_day_told_last(sentence):
    assert resolved(sentence, published=dt.date(2023, 6, 7), reference="2023-06-04") == ["2023-06-04"]


@pytest.mark.parametrize("sentence, found", [
    ("The minister resigned shortly afterwards.", ["shortly afterwards"]),
    ("Soon thereafter the bridge reopened.", ["Soon thereafter"]),
    ("Dockers walked out after the ruling and blocked the port.", ["after the ruling"]),
    ("Asked after the hearing, the lawyer declined to comment.", ["after the hearing"]),
    # another occasion, named by what follows: no anaphor
    ("Prices rose after the ruling on tariffs.", []),
    ("Crowds left after the ceremony's end.", []),
    ("Prices rose after the war.", []),
])
def test_shortly_afterwards_and_after_the_occasion_are_the_day_told_last(sentence, found):
    exprs = [e for e in find_dates(sentence) if e.kind == "anaphoric"]
    assert [e.text for e in exprs] == found
    if found:
        assert resolved(sentence, published=dt.date(2023, 6, 7), reference="2023-06-04") == ["2023-06-04"]


@pytest.mark.parametrize("sentence, expected", [
    # a part of the day with no day of its own is the day told last
    ("The ferry had left in the morning.", ["2023-06-04"]),
    ("By late afternoon the crowd had gone home.", ["2023-06-04"]),
    ("By nightfall rescuers had reached the village.", ["2023-06-04"]),
    # what had happened by a day was reached then; a deadline is no event
    ("The count had grown to 40 by Tuesday.", ["2023-06-06"]),
    ("Staff must leave by Tuesday.", []),
    ("They had to pay by Tuesday.", []),
])
def test_a_part_of_the_day_and_a_state_reached_by_a_day(sentence, expected):
    assert resolved(sentence, published=dt.date(2023, 6, 7), reference="2023-06-04") == expected


@pytest.mark.parametrize("sentence, found", [
    ("The mayor met the press before the ceremony.", ["before the ceremony"]),
    # a past perfect before the occasion tells an earlier time, not the day told last
    ("The mayor had met the press before the ceremony.", []),
])
def test_before_the_occasion_unless_told_as_earlier(sentence, found):
    assert [e.text for e in find_dates(sentence) if e.kind == "anaphoric"] == found


@pytest.mark.parametrize(
    "sentence, published, expected",
    [
        ("The zone opened its borders at the beginning of this year.", dt.date(2025, 7, 8), ["2025-01~"]),
        ("Prices rose at the end of last year.", dt.date(2025, 7, 8), ["2024-12~"]),
        ("The mine closed at the start of 2019.", dt.date(2025, 7, 8), ["2019-01~"]),
        ("The mine closed in the second half of 2019.", dt.date(2025, 7, 8), ["2019~"]),
        ("The mine closed in the middle of last year.", dt.date(2025, 7, 8), ["2024~"]),
    ],
)
def test_the_start_or_end_of_a_year_is_about_its_first_or_last_month(sentence, published, expected):
    assert resolved(sentence, published) == expected


@pytest.mark.parametrize(
    "sentence, reference, expected",
    [
        ("He asked parliament to reverse it weeks later.", "2021-04", ["2021~"]),
        ("He asked parliament to reverse it weeks later.", "2021-04-12", ["2021-04~"]),
        ("Some weeks earlier, the court had ruled.", "2021-04-30", ["2021-04~"]),
        ("He resigned two weeks later.", "2021-04-12", ["2021-04-26~"]),
    ],
)
def test_weeks_later_without_a_count_is_about_then(sentence, reference, expected):
    assert resolved(sentence, reference=reference) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a day a few weeks after publication is this year's, still to come, even in a past clause
        ("He was shot less than two weeks before the election on Aug. 20.", []),
        ("The flood of Dec. 20 killed three.", ["2022-12-20"]),  # months away: last year's
    ],
)
def test_a_day_a_few_weeks_ahead_is_no_past_date(sentence, expected):
    assert resolved(sentence, published=dt.date(2023, 8, 10)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("She served as minister from May to December 2016.", ["2016-05", "2016-12"]),
        ("He governed from November to February 2020.", ["2019-11", "2020-02"]),
        ("Output fell between March 3 and April 9, 2019.", ["2019-03-03", "2019-04-09"]),
    ],
)
def test_a_spans_first_end_takes_the_year_its_last_end_gives(sentence, expected):
    found = find_dates(sentence)
    assert [PartialDate(e.year, e.month, e.day).iso for e in found] == expected


@pytest.mark.parametrize("text, expected", [
    ("On Monday last week thousands marched in the capital.", "2025-12-01"),
    ("Thousands marched on Friday of last week.", "2025-12-05"),
    ("On Monday thousands marched in the capital.", "2025-12-08"),  # no week named: the latest Monday
])
def test_a_weekday_of_last_week_is_that_day_of_the_week_before(text: str, expected: str) -> None:
    (expr,) = find_dates(text)
    assert resolve(expr, dt.date(2025, 12, 12), tense="past").date.iso == expected


def _class_source(items: list) -> str:
    """A parsed character class written out again: "[\\d]", "[0-3]", "[Oo]"."""
    import re
    from re import _constants as C

    parts = []
    for op, av in items:
        if op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            parts.append("\\d")
        elif op is C.RANGE:
            parts.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is C.LITERAL:
            parts.append(re.escape(chr(av)))
        else:
            raise AssertionError(f"a class the test cannot write: {items}")
    return "[" + "".join(parts) + "]"


def _first_characters(items: list) -> set[tuple[str, object]] | None:
    """What a parsed pattern's match may start with: ("lit", a letter) or ("in", a class); None when anything may."""
    from re import _constants as C  # (the parser's own tree: the only way to read every alternative)

    out: set[tuple[str, object]] = set()
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero width: the next item starts the match
        if op is C.LITERAL:
            return out | {("lit", chr(av))}
        if op is C.IN:
            return out | {("in", _class_source(av))}
        if op is C.SUBPATTERN or op is C.BRANCH:
            for alternative in ([av[3]] if op is C.SUBPATTERN else av[1]):
                first = _first_characters(list(alternative))
                if first is None:
                    return None
                out |= first
            return out
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            first = _first_characters(list(av[2]))
            if first is None:
                return None
            out |= first
            if av[0] == 0:
                continue  # optional: what follows may start the match too
            return out
        return None
    return None  # the pattern may match nothing


def test_look_aheads_name_every_first_character() -> None:
    """A finder's opening "(?=[...])" must let through every character its alternatives start with, or dates go
    unfound."""
    import re
    import sys
    from re import _parser

    from generator.ingest import dates

    every_character = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    checked = 0
    for pattern in [p for p, _, _ in dates._FINDERS]:
        m = re.match(r"(\(\?i:)?(\\b)?(\(\?=\[[^\]]*\]\))", pattern.pattern)
        if m is None or not m[3]:
            continue
        starts = re.compile(("(?i:%s)" if m[1] else "%s") % m[3][3:-1])  # the look-ahead's class, in its case
        first = _first_characters(list(_parser.parse(pattern.pattern.replace(m[3], "", 1))))
        assert first is not None, pattern.pattern
        # every character each alternative may start with (all of a letter's cases, every script's digits)
        opening = "|".join(re.escape(what) if kind == "lit" else what for kind, what in first)
        held = set(re.findall(("(?i:%s)" if m[1] else "%s") % opening, every_character))
        assert held and all(starts.fullmatch(c) for c in held), pattern.pattern
        checked += 1
    assert checked >= 13
