"""Snapshot tests: one page of our own writing per markup generation and outlet, and its expected record.

``tests/fixtures/pages/<name>.html`` is the page, ``<name>.expected.json`` the record fields that
matter, checked by hand. In the expected files ``text`` is written as a list of paragraphs (the
record joins them with a blank line) and ``images`` lists url, caption and credit; an optional
``fetched_url`` is the URL the page is extracted as fetched from.
"""
import json
from datetime import datetime
from pathlib import Path

import pytest

from extract import extract_article

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
NAMES = sorted(p.name[: -len(".expected.json")] for p in PAGES.glob("*.expected.json"))


def _expected(name):
    return json.loads((PAGES / f"{name}.expected.json").read_text(encoding="utf-8"))


def _extract(name, url=None):
    return extract_article((PAGES / f"{name}.html").read_bytes(), url=url, source=f"{name}.html",
                           quotes=False, figures=False)


def test_every_generation_and_outlet_has_a_snapshot():
    parsers = {_expected(n)["parser"] for n in NAMES}
    assert {"liputan6-desktop-2019", "liputan6-desktop-2023", "liputan6-mobile", "liputan6-amp", "generic"} <= parsers
    generic = [n for n in NAMES if _expected(n)["parser"] == "generic"]
    assert len(generic) >= 3


@pytest.mark.parametrize("name", NAMES)
def test_snapshot(name):
    want = _expected(name)
    got = _extract(name, want.get("fetched_url"))
    for field, value in want.items():
        if field == "fetched_url":
            continue
        have = got[field]
        if field == "text":
            have = have.split("\n\n") if have else []
        elif field == "images":
            have = [{k: im.get(k) for k in ("url", "caption", "credit")} for im in have]
        elif field in ("published_at", "updated_at") and value is not None:
            # the same instant, written with the page's own offset
            assert have is not None and datetime.fromisoformat(have) == datetime.fromisoformat(value), field
            assert have[-6:] == value[-6:], f"{field}: offset {have[-6:]} != {value[-6:]}"
            continue
        assert have == value, f"{name}: {field}"


@pytest.mark.parametrize("name", NAMES)
def test_record_invariants(name):
    rec = _extract(name)
    for field in ("published_at", "updated_at"):
        if rec[field]:
            assert datetime.fromisoformat(rec[field]).tzinfo is not None, "never a naive timestamp"
    if rec["published_at"] and rec["updated_at"]:
        assert rec["updated_at"] >= rec["published_at"] or \
            datetime.fromisoformat(rec["updated_at"]) >= datetime.fromisoformat(rec["published_at"])
    low = rec["text"].lower()
    for phrase in ("baca juga", "advertisement", "lanjutkan membaca", "saksikan video", "dari 3 halaman",
                   "scroll", "pic.twitter.com", "perbesar", "lihat juga"):
        assert phrase not in low, phrase
    assert not any(site in (a.lower() for a in rec["authors"]) for site in ("liputan6.com", "liputan6")) \
        or len(rec["authors"]) == 1, "the site name only stands in when no person is named"


def test_parser_is_chosen_by_content_not_by_file_name_or_url():
    html = (PAGES / "l6-mobile.html").read_bytes()
    desktop_url = "https://www.liputan6.com/tekno/read/4412345/kominfo-minta-platform-percepat-penanganan-hoaks-vaksin"
    rec = extract_article(html, url=desktop_url, source="/tmp/desktop-2019-tekno-4412345.html", quotes=False,
                          figures=False)
    assert rec["parser"] == "liputan6-mobile"
    amp = (PAGES / "l6-amp.html").read_bytes()
    assert extract_article(amp, url="https://m.liputan6.com/tekno/read/1/x", quotes=False,
                           figures=False)["parser"] == "liputan6-amp"
    # a liputan6 URL does not make a page liputan6: unknown markup goes to the generic parser
    unknown = b"""<html><head><title>Catatan Warga</title></head><body><div class="isi"><h1>Catatan Warga</h1>
    <p>Warga kampung membersihkan saluran air bersama setiap Minggu pagi sejak awal tahun.</p>
    <p>Kegiatan itu membuat genangan di jalan kampung berkurang saat hujan deras turun sore hari.</p>
    <p>Pengurus RT berencana menambah tempat sampah di dekat pos ronda bulan depan.</p></div></body></html>"""
    rec = extract_article(unknown, url="https://www.liputan6.com/news/read/1/catatan", quotes=False, figures=False)
    assert rec["parser"] == "generic"
    assert rec["title"] == "Catatan Warga"
    assert rec["text"].startswith("Warga kampung") and rec["text"].endswith("bulan depan.")
