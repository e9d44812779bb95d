import pytest

from models.thai.dates import be_year, find_dates, month_number, parse_date, period_for_fiscal_year_be


@pytest.mark.parametrize("text, iso", [
    ("1 ตุลาคม 2565", "2565-10-01"),
    ("๓๐ กันยายน ๒๕๖๖", "2566-09-30"),
    ("1 ต.ค. 65", "2565-10-01"),
    ("30 ก.ย.66", "2566-09-30"),
    ("1 ต. ค. 2565", "2565-10-01"),
    ("วันที่ 1 เดือน ตุลาคม พ.ศ. 2565", "2565-10-01"),
    ("15 มี.ค. 2566", "2566-03-15"),
    ("15 ม.ค. 2566", "2566-01-15"),
    ("31 กุมภาพันธ์ 2566", "2566-02-31"),  # as written, even when the day does not exist
])
def test_parse_date(text, iso):
    assert parse_date(text) == iso


def test_find_two_dates_of_a_period():
    found = find_dates("ระหว่างวันที่ 1 ต.ค. 2565 ถึงวันที่ 30 ก.ย. 2566")
    assert [d.iso for d in found] == ["2565-10-01", "2566-09-30"]


def test_no_date():
    assert parse_date("ระหว่างวันที่.....เดือน.....พ.ศ.") is None
    assert parse_date("ร้อยละ 80") is None


@pytest.mark.parametrize("text, year", [("2566", 2566), ("๒๕๖๖", 2566), ("66", 2566), ("", None)])
def test_be_year(text, year):
    assert be_year(text) == year


@pytest.mark.parametrize("text, month", [("ต.ค.", 10), ("ตค", 10), ("ตุลาคม", 10), ("มี.ค.", 3), ("x", None)])
def test_month_number(text, month):
    assert month_number(text) == month


def test_period_for_fiscal_year_be():
    assert period_for_fiscal_year_be(2566) == ("2565-10-01", "2566-09-30")


def test_thai_date():
    from models.thai.dates import thai_date
    assert thai_date("2565-10-01") == "1 ต.ค. 2565"
    assert thai_date("2566-09-30", abbreviated=False) == "30 กันยายน 2566"
    assert thai_date("2566-13-01") is None and thai_date(None) is None


def test_round_trip_of_every_month():
    from models.thai.dates import thai_date
    for month in range(1, 13):
        iso = f"2566-{month:02d}-15"
        assert parse_date(thai_date(iso)) == iso
        assert parse_date(thai_date(iso, abbreviated=False)) == iso
