import datetime as dt

import pytest

from generator.model import PartialDate


@pytest.mark.parametrize("value, iso, precision", [
    ("2014", "2014", "year"), (2014, "2014", "year"), ("2021-11", "2021-11", "month"), ("2021-1", "2021-01", "month"),
    ("2021-11-12", "2021-11-12", "day"), (dt.date(2021, 11, 12), "2021-11-12", "day"),
])
def test_partial_dates_keep_their_precision(value, iso, precision):
    date = PartialDate.parse(value)
    assert date.iso == iso and date.precision == precision


@pytest.mark.parametrize("value", ["Nov 12", "2021-13", "2021-02-30", "12/11/2021", True, None, 3.5, "", "21"])
def test_nonsense_dates_are_refused(value):
    with pytest.raises((ValueError, TypeError)):
        PartialDate.parse(value)


def test_a_less_precise_date_opens_its_span():
    dates = sorted(PartialDate.parse(v) for v in ["2021-11-12", "2021", "2021-11", "2014-03", "2021-11-01"])
    assert [d.iso for d in dates] == ["2014-03", "2021", "2021-11", "2021-11-01", "2021-11-12"]
