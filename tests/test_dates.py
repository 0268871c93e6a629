"""Timestamps: every label, month form and zone the Indonesian pages use; never naive."""
from datetime import datetime, timedelta, timezone

import pytest

from extract.dates import MONTHS, iso, parse_iso, parse_visible

WIB, WITA, WIT = (timezone(timedelta(hours=h)) for h in (7, 8, 9))


@pytest.mark.parametrize("text, expected", [
    ("23 Jan 2019, 11:30 WIB", datetime(2019, 1, 23, 11, 30, tzinfo=WIB)),
    ("Diterbitkan 21 Apr 2019, 14:00 WIB", datetime(2019, 4, 21, 14, 0, tzinfo=WIB)),
    ("Diterbitkan 29 Oktober 2025, 10:42 WIB", datetime(2025, 10, 29, 10, 42, tzinfo=WIB)),
    ("Diperbarui 31 Juli 2022, 14:20 WIB", datetime(2022, 7, 31, 14, 20, tzinfo=WIB)),
    ("Diperbaharui 29 Okt 2025, 13:00 WIB", datetime(2025, 10, 29, 13, 0, tzinfo=WIB)),
    ("pada 26 Jun 2020, 13:58 WIB", datetime(2020, 6, 26, 13, 58, tzinfo=WIB)),
    ("oleh Jeko I. R. diperbarui 21 Apr 2019, 14:00 WIB", datetime(2019, 4, 21, 14, 0, tzinfo=WIB)),
    ("Senin, 21 Januari 2019 14:05 WITA", datetime(2019, 1, 21, 14, 5, tzinfo=WITA)),
    ("Rabu, 02 Okt 2024 09:15 WIT", datetime(2024, 10, 2, 9, 15, tzinfo=WIT)),
    ("17 Agu 2023, 08:00 WIB", datetime(2023, 8, 17, 8, 0, tzinfo=WIB)),
    ("17 Ags 2023, 08:00 WIB", datetime(2023, 8, 17, 8, 0, tzinfo=WIB)),
    ("17 Agt 2023, 08:00 WIB", datetime(2023, 8, 17, 8, 0, tzinfo=WIB)),
    ("17 Agustus 2023 pukul 08.00 WIB", datetime(2023, 8, 17, 8, 0, tzinfo=WIB)),
    ("1 Mei 2024, 19:45 WIB", datetime(2024, 5, 1, 19, 45, tzinfo=WIB)),
    ("5 Des 2021, 06:10 WITA", datetime(2021, 12, 5, 6, 10, tzinfo=WITA)),
    ("Kompas.com - 23/01/2019, 11:30 WIB", datetime(2019, 1, 23, 11, 30, tzinfo=WIB)),
    ("Rabu (23/1/2019) pukul 11.30 WIB", datetime(2019, 1, 23, 11, 30, tzinfo=WIB)),
    ("2019-04-21 14:00:00", datetime(2019, 4, 21, 14, 0, tzinfo=WIB)),
    ("12 Nop 2020, 10:00 WIB", datetime(2020, 11, 12, 10, 0, tzinfo=WIB)),
    ("3 Pebruari 2017 09:00 WIB", datetime(2017, 2, 3, 9, 0, tzinfo=WIB)),
])
def test_visible_timestamps(text, expected):
    got = parse_visible(text)
    assert got == expected
    assert got.utcoffset() == expected.utcoffset(), "the page's own zone is kept"


def test_every_month_form_is_read():
    for name, month in MONTHS.items():
        got = parse_visible(f"9 {name.capitalize()} 2024, 07:05 WIB")
        assert (got.month, got.day, got.hour, got.minute) == (month, 9, 7, 5), name


@pytest.mark.parametrize("value, expected", [
    ("2019-01-23T11:30:00+07:00", datetime(2019, 1, 23, 11, 30, tzinfo=WIB)),
    ("2019-01-23T04:30:00Z", datetime(2019, 1, 23, 4, 30, tzinfo=timezone.utc)),
    ("2019-01-23T11:30:00+0700", datetime(2019, 1, 23, 11, 30, tzinfo=WIB)),
    ("2019-04-21 14:00:00", datetime(2019, 4, 21, 14, 0, tzinfo=WIB)),  # no offset: the site's time
])
def test_iso_metadata(value, expected):
    got = parse_iso(value)
    assert got == expected and got.tzinfo is not None


def test_naive_datetime_attribute_takes_the_site_zone():
    assert parse_iso("2024-05-13 09:15:00", WITA).utcoffset() == timedelta(hours=8)


@pytest.mark.parametrize("text", ["", "tanpa tanggal", "Awal Juli", None, "99 Foo 2019, 11:30 WIB x"])
def test_not_a_timestamp(text):
    got = parse_visible(text)
    assert got is None or got.tzinfo is not None


def test_dateparser_fallback_is_zone_aware():
    got = parse_visible("Selasa (22/1/2019)")
    assert got == datetime(2019, 1, 22, tzinfo=WIB)


def test_iso_output_always_has_offset():
    assert iso(datetime(2020, 1, 1, 8, 0)) == "2020-01-01T08:00:00+07:00"
    assert iso(parse_visible("2 Jan 2020, 08:00 WITA")) == "2020-01-02T08:00:00+08:00"


# --- labels: which printed time is the publication and which the update -------------------------
from extract.dates import labelled_times, zone_in  # noqa: E402


@pytest.mark.parametrize("text, expected", [
    ("Diterbitkan 14 Juni 2023, 09:05 WIB", [("published", datetime(2023, 6, 14, 9, 5, tzinfo=WIB))]),
    ("Diperbarui 14 Jun 2023, 11:30 WIB", [("updated", datetime(2023, 6, 14, 11, 30, tzinfo=WIB))]),
    ("Diperbaharui 29 Okt 2025, 13:00 WIB", [("updated", datetime(2025, 10, 29, 13, 0, tzinfo=WIB))]),
    ("pada 20 Nov 2020, 14:05 WIB", [("published", datetime(2020, 11, 20, 14, 5, tzinfo=WIB))]),
    ("oleh Jeko I. R. diperbarui 21 Apr 2019, 14:00 WIB Diterbitkan 21 Apr 2019, 13:00 WIB",
     [("updated", datetime(2019, 4, 21, 14, 0, tzinfo=WIB)), ("published", datetime(2019, 4, 21, 13, 0, tzinfo=WIB))]),
    ("CNN Indonesia | Rabu, 29 Okt 2025 16:10 WIB", [(None, datetime(2025, 10, 29, 16, 10, tzinfo=WIB))]),
    ("Kompas.com - 23/01/2019, 11:30 WIB Diperbarui 23/01/2019, 12:05 WIB",
     [(None, datetime(2019, 1, 23, 11, 30, tzinfo=WIB)), ("updated", datetime(2019, 1, 23, 12, 5, tzinfo=WIB))]),
    ("Senin, 13 Mei 2024 09:15 WITA", [(None, datetime(2024, 5, 13, 9, 15, tzinfo=WITA))]),
    ("Jumat, 2 Agt 2024 | 19:00 WIT", [(None, datetime(2024, 8, 2, 19, 0, tzinfo=WIT))]),
    ("Tanpa tanggal", []),
])
def test_labelled_times(text, expected):
    got = labelled_times(text)
    assert got == expected
    assert [dt.utcoffset() for _, dt in got] == [dt.utcoffset() for _, dt in expected]


def test_zone_printed_on_the_page():
    assert zone_in("Senin, 13 Mei 2024 09:15 WITA") == WITA
    assert zone_in("Rabu, 02 Okt 2024 09:15 WIT") == WIT
    assert zone_in("Rabu, 02 Okt 2024 09:15 WIB") == WIB
    assert zone_in("tanpa jam") is None


@pytest.mark.parametrize("value, expected", [
    ("2025/10/29 16:10:27", datetime(2025, 10, 29, 16, 10, 27, tzinfo=WIB)),  # detik publishdate
    ("2019-01-23T11:30:00.000+07:00", datetime(2019, 1, 23, 11, 30, tzinfo=WIB)),
    ("2024-05-13T09:15:00", datetime(2024, 5, 13, 9, 15, tzinfo=WIB)),
])
def test_more_metadata_forms(value, expected):
    got = parse_iso(value)
    assert got == expected and got.utcoffset() == expected.utcoffset()


def test_visible_time_in_the_site_zone_when_none_is_printed():
    got = parse_visible("13 Mei 2024, 09:15", WITA)
    assert got == datetime(2024, 5, 13, 9, 15, tzinfo=WITA)
