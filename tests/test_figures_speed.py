"""The shortcuts that make extract.figures fast: each gives the same answer as the plain
computation it replaces, and each is still taken (calls are counted, no timing here;
bench/extract.py measures the speed).

Every text here is written for these tests.
"""
from __future__ import annotations

import random
from collections import Counter

import pytest

from extract import figures as F

TEXTS = [
    "Harga cabai naik 12,5 persen menjadi Rp 42.000 per kg. Stok 2,1 juta ton! Cukup? Ya.",
    "Hubungi 0812-3456-7890 atau (021) 555 1234 pukul 10:05 WIB. Lalu 5 Oktober 2023, 14/3/2021.",
    "Aturan Nomor 17 Tahun 2025 dan PP 71 tahun 2019 berlaku... Sejak 2019, 9 penyelamatan.",
    "Dia berkata \"Sudah 3 kali.\" Lalu pergi (sekitar 20 menit). A. Yani di Jl. Sudirman No. 5.",
    "Angka ٣ dan ٤٥ juga angka; “10 ribu” orang, 1.234.567 rupiah, 3:0 skor, 08:30.",
    "Tanpa angka sama sekali. Dua juta orang datang!",
]


def _fuzz(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    pieces = ["0", "1", "2", "9", "08", "021", "10:05", ":0", "+62", "(0", ")", " ", "  ", "\t", "\u00a0", "-",
              "–", "/", ".", "..", ",", ":", "!", "?", "…", "\"", "“", "”", "'", "(", "a", "A", "Rp", "juta",
              "persen", "WIB", "pukul", "jam", " Mei", " okt", "Jan", "tahun", "Tahun", "halaman", "dari", "٣",
              "١٢", "²", "Senin", "Dia", "No", "dr", "ke-", "x", "_", "ı", "İ"]
    return TEXTS + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(n)]


class _Counting:
    """A stand-in for a compiled pattern that counts the calls of each method."""

    def __init__(self, rx):
        self.rx = rx
        self.calls = Counter()

    def __getattr__(self, name):
        method = getattr(self.rx, name)

        def counted(*args, **kwargs):
            self.calls[name] += 1
            return method(*args, **kwargs)
        return counted


# --- equal answers -----------------------------------------------------------------


def test_marked_numerals_and_sentence_starts_equal_the_plain_scans():
    for p in _fuzz(11, 6000):
        marks = F._marks(p)
        assert (marks is None) == (not p.isascii())
        want = [m.span() for m in F._NUMERAL_RE.finditer(p)]
        assert [m.span() for m in F._numerals(p, marks)] == want, p
        assert [m.span() for m in F._numerals(p)] == want, p
        assert F._sentence_starts(p, marks) == F._sentence_starts(p), p


def test_never_spans_from_the_numerals_equal_every_pattern():
    for p in _fuzz(12, 6000):
        low = p.lower()
        want = sorted([m.span() for rx in (F._PHONE_RE, F._PUKUL_RE, F._CLOCK_ZONE_RE, F._HOUR_ZONE_RE, F._JAM_RE,
                                           F._MONTH_DATE_RE, F._NUMERIC_DATE_RE, F._PAGE_COUNTER_RE)
                       for m in rx.finditer(p)] + [m.span(1) for m in F._REG_NUMBER_RE.finditer(p)])
        assert sorted(F._never_spans(p, low, F._numerals(p, F._marks(p)))) == want, p


def test_paragraph_figures_with_marks_equal_those_without():
    for p in _fuzz(13, 4000):
        assert F._paragraph_figures(p, 0, marks=F._marks(p)) == F._paragraph_figures(p, 0), p


def test_one_suffix_match_equals_percent_currency_then_degree():
    rng = random.Random(17)
    pieces = ["", " ", "  ", "\u00a0", "%", "persen", "PER SEN", "persenan", "rupiah", "Dolar", "dolar AS", "dollar  Singapura",
              "ıdr", "yuan", "euro", "°", "° C", "°F", "°Celsius", "orang", "x", "5", ".", "-"]
    for _ in range(20000):
        p = "5" + "".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
        unit, after = F._suffix_after(p, 1)
        if after == 1:
            dm = F._DEGREE_RE.match(p, 1)
            want = ("derajat", dm.end()) if dm else None
        else:
            want = (unit, after)
        m = F._SUFFIX_AFTER_RE.match(p, 1)
        got = None
        if m:
            got = ("persen" if m["pct"] is not None else "derajat" if m["deg"] is not None
                   else F.CURRENCY_WORDS.get(m["c"].lower().replace("\u0131", "i")), m.end())
        assert got == want, repr(p)


def _qualifier_reference(p, a, floor):
    """_qualifier as it was: the whole hedge chain read before every number."""
    before = p[max(floor, a.start - 60):a.start]
    tail = before.rstrip()[-3:]
    sm = F._SYMBOL_QUAL_RE.search(before) if tail and (tail[-1] in "><≥≤±~" or tail == "+/-") else None
    if sm:
        return F.SYMBOL_QUALIFIERS[sm.group(1)]
    _, chain = F._qual_chain(before)
    if chain:
        found = [F.QUALIFIERS[q] for q in chain]
        strong = [q for q in found if q not in F.WEAK_QUALIFIERS]
        return (strong or found)[-1]
    return a.postfix_q


def test_qualifier_looking_at_the_last_word_first_equals_the_whole_chain():
    rng = random.Random(14)
    hedges = list(F.QUALIFIERS) + [w.upper() for w in F.QUALIFIERS] + ["dari", "Lebih", "kurang", "di", "tak",
                                                                       "warga", "İ", "ı", "-", "(", ">", "+/-"]
    spaces = [" ", "  ", "\t", "\u00a0", "\n", "", " \t"]
    texts = [" ".join(rng.choice(hedges) + rng.choice(spaces) for _ in range(rng.randint(0, 6))) for _ in range(6000)]
    for t in texts:
        p = t + "5 orang"
        a = F._Atom()
        a.start = len(t)
        a.postfix_q = rng.choice([None, "lebih dari"])
        for floor in (0, len(t) // 2):
            assert F._qualifier(p, a, floor) == _qualifier_reference(p, a, floor), repr(p)


def test_word_numbers_are_found_only_where_the_quick_test_allows():
    rng = random.Random(15)
    words = ["satu", "dua", "Tiga", "se", "seribu", "Sejuta", "semiliar", "setriliun", "setengah", "belas", "puluh",
             "ratus", "ribu", "RIBU", "juta", "miliar", "milyar", "triliun", "trilyun", "ribuan", "memiliki", "10",
             "orang", "-", "x", "ı", "İ", "ſ", "\u212a"]
    texts = TEXTS + ["".join(rng.choice(words) + rng.choice(["", " ", "  ", "\t", "\n"]) for _ in range(rng.randint(1, 12)))
                     for _ in range(20000)]
    for p in texts:
        low = p.lower()
        if F._word_atoms(p, low):
            assert F._may_have_word_number(p, low), p


def test_the_minus_pattern_matches_only_where_its_quick_test_allows():
    rng = random.Random(16)
    pieces = ["minus", "MINUS", "Minus", "mınus", "MİNUS", "minuſ", "-", "−", " ", "  ", "\u00a0", "\t", "a", "5", ".",
              ",", "%", "M", "m", "(", "tercatat"]
    hits = 0
    for _ in range(20000):
        w = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))[-7:]
        if F._MINUS_BEFORE_RE.search(w):
            hits += 1
            assert w[-1] in "-−" or (w[-1].isspace() and ("m" in w or "M" in w)), repr(w)
    assert hits > 1000


# --- shortcuts still taken -------------------------------------------------------------


def test_an_ascii_paragraph_is_not_scanned_for_digits_numbers_or_sentence_ends(monkeypatch):
    pats = {name: _Counting(getattr(F, name)) for name in ("_DIGIT_RE", "_NUMERAL_RE", "_SENT_END_RE")}
    for name, c in pats.items():
        monkeypatch.setattr(F, name, c)
    figs = F.find_figures([TEXTS[0], "Tanpa angka sama sekali."])
    assert [f["text"] for f in figs] == ["12,5 persen", "Rp 42.000", "2,1 juta"]
    assert not any(c.calls["search"] or c.calls["finditer"] for c in pats.values())
    assert pats["_NUMERAL_RE"].calls["match"] == 3 and pats["_SENT_END_RE"].calls["match"] >= 3
    # a paragraph that is not ASCII takes the plain scans
    F.find_figures(["“Harga naik 5 persen.” Lalu turun."])
    assert pats["_DIGIT_RE"].calls["search"] == 1
    assert pats["_NUMERAL_RE"].calls["finditer"] == 1 and pats["_SENT_END_RE"].calls["finditer"] == 1


def test_never_span_patterns_scan_only_where_numbers_show_they_can_match(monkeypatch):
    names = ("_PHONE_RE", "_MONTH_DATE_RE", "_NUMERIC_DATE_RE", "_REG_NUMBER_RE")
    pats = {name: _Counting(getattr(F, name)) for name in names}
    for name, c in pats.items():
        monkeypatch.setattr(F, name, c)
    # a 0 inside numbers, "-" and "/" and "tahun" away from numbers: none of them is run
    p = "Pada tahun ini 2.050 warga dan 10 sekolah - semua/sebagian - menerima 300 paket."
    assert F._never_spans(p, p.lower(), F._numerals(p, F._marks(p))) == []
    assert sum(sum(c.calls.values()) for c in pats.values()) == 0
    p = "Telepon 0812 3456 789 pada 5 Mei, 14/3/2021, Nomor 7 Tahun 2020."
    assert len(F._never_spans(p, p.lower(), F._numerals(p, F._marks(p)))) == 4
    assert all(c.calls["finditer"] == 1 for c in pats.values())


def test_the_words_around_a_marked_number_are_not_looked_up(monkeypatch):
    calls = Counter()
    prev_word, next_word = F._prev_word, F._next_word

    def counted_prev(*args):
        calls["prev"] += 1
        return prev_word(*args)

    def counted_next(*args):
        calls["next"] += 1
        return next_word(*args)
    monkeypatch.setattr(F, "_prev_word", counted_prev)
    monkeypatch.setattr(F, "_next_word", counted_next)
    a = F._digit_atoms("Harganya Rp 5 juta", [])[0]
    F._exclude_in_sentence("Harganya Rp 5 juta", a, 0)
    a = F._digit_atoms("Naik 30 persen", [])[0]
    F._exclude_in_sentence("Naik 30 persen", a, 0)
    assert calls == Counter()
    a = F._digit_atoms("Naik 2,5 kali", [])[0]          # not a bare integer: no previous word
    F._exclude_in_sentence("Naik 2,5 kali", a, 0)
    assert calls == Counter({"next": 1})
    a = F._digit_atoms("Pasal 27 berbunyi", [])[0]
    F._exclude_in_sentence("Pasal 27 berbunyi", a, 0)
    assert a.skip == "id-trigger" and calls == Counter({"next": 2, "prev": 1})


def test_the_hedge_chain_is_read_only_after_a_hedge_word(monkeypatch):
    calls = Counter()
    chain = F._qual_chain

    def counted(text):
        calls["chain"] += 1
        return chain(text)
    monkeypatch.setattr(F, "_qual_chain", counted)
    figs = F.find_figures(["Warga 5 orang dan pengguna 7 orang, kini 9 orang."])
    assert [f["qualifier"] for f in figs] == [None, None, None] and calls["chain"] == 0
    figs = F.find_figures(["Ada lebih dari 5 orang."])
    assert figs[0]["qualifier"] == "lebih dari" and calls["chain"] == 1


def test_a_scale_word_after_digits_does_not_send_the_paragraph_to_the_word_number_scan(monkeypatch):
    calls = Counter()
    word_atoms = F._word_atoms

    def counted(*args):
        calls["word_atoms"] += 1
        return word_atoms(*args)
    monkeypatch.setattr(F, "_word_atoms", counted)
    assert [f["value"] for f in F.find_figures(["Penggunanya 10 juta orang, naik dari 8 juta.", "Ribuan warga."])] \
        == [10_000_000, 8_000_000]
    assert calls["word_atoms"] == 0
    assert [f["value"] for f in F.find_figures(["Dua juta orang dan seribu ekor sapi."])] == [2_000_000, 1000]
    assert calls["word_atoms"] == 1


@pytest.mark.parametrize("name", ["_SPACE_RE", "_SENT_END_BEFORE_RE", "_DARI_END_RE", "_URLISH_RE"])
def test_patterns_are_compiled_at_import(name):
    assert hasattr(getattr(F, name), "search")
