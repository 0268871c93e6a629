"""The shortcuts that make extract.quotes and extract.figures fast give the same
answers as the plain computations they replace (no timing here: bench/extract.py
measures the speed).

Every text here is written for these tests.
"""
from __future__ import annotations

import random
import re
from contextlib import contextmanager

import pytest

from extract import figures as F
from extract import quote_rules as R
from extract import quotes as Q


@pytest.fixture(scope="module")
def nlp():
    return Q.get_nlp()


PARAGRAPHS = [
    "Kantor itu berada di Jl. Merdeka No. 12 yang dipimpin dr. Maria Ulfa, Sp.PD, sejak 2019. Menurut Maria, "
    "antrean pasien mulai berkurang. \"Sekarang lebih tertib,\" katanya.",
    "Harga turun. \"Pasokan cukup,\" kata Budi. Pedagang lega!",
    "Apa kabar? Baik... Kami datang (sekitar pukul 10.00 WIB). Lalu pulang.",
    "Stok 2,1 juta ton. Rp 9.300 per kg! Ya?! Tidak.\" Selesai.",
    "“Kami siap.” Kemudian ia pergi.Lalu kembali lagi. A. Yani menunggu di Jl. Sudirman.",
    "Satu kalimat tanpa titik",
    "Nilainya naik 3.5 persen. M. Yusuf, S.Kom., M.Kom. hadir. Dia tersenyum :) lalu pergi :-( ya.",
    "Tulisan dr . Budi dan Sp . A tetap ada ; ( *_* ) juga : ) di sini. Lalu selesai.",
    "Dua  spasi di sini. Dan\ttab. Juga\u00a0spasi keras. ",
    " Spasi di awal. Lalu akhir. ",
    "Angka ٣. Tanda tanya Arab؟ Lalu titik Jepang。 Selesai.",
]


def _pieces(seed: int, n: int):
    rng = random.Random(seed)
    words = ["itu.", "Dia", "kata", "Budi.", "“Kami", "siap,”", "(Senin)", "2024).", "a", "3.5", "!", "?", "…",
             ".", ":", "(", ")", "Sp", "dr", "Jl.", "No.", "A.", "a.", ":)", "(:", "]=", "o_O", "“", "”", "\"",
             "'", "-", "Menurut", "ujarnya.", "Rp.", "K.H.", "M.Si.", "。", "x"]
    out = []
    for _ in range(n):
        out.append(" ".join(rng.choice(words) for _ in range(rng.randint(1, 14))))
    return out


def test_article_sentence_starts_equal_the_full_tokenization(nlp):
    texts = PARAGRAPHS + _pieces(1, 1500)
    # cold, then warm (chunk summaries kept), in articles of a few paragraphs
    for _ in range(2):
        for k in range(0, len(texts), 7):
            art = texts[k:k + 7]
            got = Q._article_sentencizer_starts(art, nlp)
            for t, g in zip(art, got):
                want = Q._sentencizer_starts(nlp.tokenizer(t)) if t and Q._BOUNDARY_CAND_RE.search(t) else None
                assert g == want, t


def test_special_cases_split_by_spaces_are_noticed(nlp):
    # ": ]=." is tokenized differently in context than "]=." alone: the text must
    # keep its full tokenization
    text = "dr.. K.H.” (*_*). :]. o_O) dr. H.” :-0. : ]=. telp.. Sp.S)"
    assert Q._article_sentencizer_starts([text], nlp) == [Q._sentencizer_starts(nlp.tokenizer(text))]


def test_sentences_from_precomputed_starts(nlp):
    for text in PARAGRAPHS:
        spans = Q._quote_spans(text)
        openers = {s.start for s in spans}
        starts = Q._article_sentencizer_starts([text], nlp)[0]
        want = Q._sentences(text, nlp, openers)
        got = Q._sentences(text, nlp, openers, Q._NO_CANDIDATE if starts is None else starts)
        assert got == want, text


def test_speech_verbs_regex_equals_word_lookup():
    cand = re.compile(r"(?<![\w-])((?:[Bb]e|[Mm]e)[a-z]{2,})(?![\w-])")
    texts = PARAGRAPHS + [
        "Dia mengatakan, lalu Mengatakan lagi; MENGATAKAN tidak; mengatakannya bukan; pra-mengatakan bukan.",
        "Ia menyampaikan bahwa berkata-kata itu bukan berkata. Menurutnya menegaskan_ tidak.",
    ]
    for t in texts:
        want = [(m.span(), m.group(1)) for m in cand.finditer(t) if m.group(1).lower() in R.SPEECH_VERBS]
        got = [(m.span(), m.group(1)) for m in Q._speech_verbs(t)]
        assert got == want, t


def test_word_count_thresholds():
    for t in PARAGRAPHS + ["", "  ", "satu", "satu dua", "satu, dua; tiga!", "a_b c-d e.f"]:
        for limit in (1, 3, 9, 12):
            assert Q._words_upto(t, limit) == min(Q._words(t), limit)


def test_dotless_degrees():
    rng = random.Random(3)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz()"
    for _ in range(20000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5)))
        if R.DEGREE_RE.fullmatch(t):
            assert t in R.DEGREE_RE_DOTLESS, t
    for t in R.DEGREE_WORDS:
        assert t[0].isupper()


NUMBER_TEXTS = [
    "Hubungi (021) 555-1234 atau +62 812 3456 789 sebelum pukul 14.30 WIB, jam 7 malam, atau 17.00 WITA.",
    "Acara digelar 5 Oktober 2023, 20-22 Juli, dan 5 dan 6 Mei; tanggal 14/3/2021 atau 2021-03-14.",
    "Halaman 2 dari 3 halaman; lihat page 4 of 9. Aturan Nomor 17 Tahun 2025 dan PP 71 tahun 2019.",
    "Harga naik 0812-9 dan 10.000, Rp 3 jutaan, dua juta, Seribu warga, sejuta harapan, TIGA RIBU orang.",
    "Suhu -0,08 persen, minus 2 derajat, MİNUS 3, ke-5, COVID-19, 5G, 7x24 jam, 1990-an, 50-an orang.",
]


def _never_reference(p):
    pats = [F._PHONE_RE, F._PUKUL_RE, F._CLOCK_ZONE_RE, F._HOUR_ZONE_RE, F._JAM_RE, F._MONTH_DATE_RE,
            F._NUMERIC_DATE_RE, F._PAGE_COUNTER_RE]
    spans = [m.span() for rx in pats for m in rx.finditer(p)]
    spans += [m.span(1) for m in F._REG_NUMBER_RE.finditer(p)]
    return sorted(spans)


def test_never_spans_with_pre_tests_equal_every_pattern():
    rng = random.Random(5)
    pieces = ["0", "1", "2", "9", "08", "021", "+62", "(0", ")", " ", "-", "–", "/", ".", ",", ":", "a", "WIB",
              "WITA", "GMT", "pukul", "PKL.", "jam", " malam", " dini hari", "hingga", "s.d.", "dan", " Oktober",
              " MEI", "jan", "halaman", "Page", " dari ", " of ", "tahun", "TAHUN", "ı", "ſ", "İ", "\u212a"]
    texts = NUMBER_TEXTS + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 25))) for _ in range(8000)]
    for p in texts:
        assert sorted(F._never_spans(p, p.lower())) == _never_reference(p), p


def test_number_words_found_in_lower_case_as_in_the_text():
    rng = random.Random(7)
    words = ["satu", "dua", "tiga", "seribu", "sejuta", "setengah", "belas", "puluh", "ratus", "ribu", "juta",
             "miliar", "SATU", "Dua", "Seribu", "x", "-", "_", "é", "ı", "ſ", "İ", "\u212a", "dan", " ", "  "]
    texts = NUMBER_TEXTS + [" ".join(rng.choice(words) for _ in range(rng.randint(1, 10))) for _ in range(20000)]
    for t in texts:
        assert F._wordnum_spans(t, t.lower()) == [m.span() for m in F._WORDNUM_RE.finditer(t)], t


def test_previous_word_search_from_the_last_run():
    rng = random.Random(9)
    pieces = ["a", "B", "1", " ", ".", ":", "#", "(", "-", "_", "é", "Nomor", "No.", "Rp", "x.y"]
    for _ in range(2500):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        for pos in range(len(t) + 1):
            lo = max(0, pos - 40)
            m = F._LAST_WORD_RE.search(t[lo:pos])
            want = (m.group(1).rstrip(".-"), lo + m.start(1)) if m else (None, -1)
            assert F._prev_word(t, pos) == want, (t, pos)


def test_figures_of_paragraphs_without_digits_or_scale_words_are_none():
    assert F.find_figures(["Tanpa angka sama sekali.", "Dua orang datang."]) == []
    assert F.find_figures(["Dua juta orang datang."])[0]["value"] == 2_000_000


def _affix_samples(seed: int, n: int):
    """Random strings of characters that spaCy's prefix, suffix and infix rules name
    (brackets, quotes, currency, units, dots, hyphens, digits, capitals...)."""
    rng = random.Random(seed)
    pieces = ["a", "z", "A", "Z", "U", "S", "C", "k", "m", "g", "0", "7", ".", "..", "…", ",", ":", ";", "!", "?",
              "'", "’", "\"", "“", "”", "(", ")", "[", "]", "$", "US$", "€", "%", "°", "C", "F", "km", "kg", "-", "--",
              "—", "/", "+", "=", "*", "&", "#", "_", "<", ">", "\n", "é", "ß", "İ", "ı", "ſ", "\u212a", "。", "？",
              "‘", "«", "»", "²", "й", "Ж", "ع", "中", "s", "'s", "n't", "https://", "www", ".com", "@",
              "<a", "<a href=x>", "</b>", "<br/>", "-nya", "-Nya", "-ku", "ribu", "jt"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 7))) for _ in range(n)]


def test_guarded_affix_searches_equal_spacy_regexes(nlp):
    from spacy.lang.id import Indonesian
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    tok = nlp.tokenizer
    prefix = compile_prefix_regex(Indonesian.Defaults.prefixes).search
    suffix = compile_suffix_regex(Indonesian.Defaults.suffixes).search
    infix = compile_infix_regex(Indonesian.Defaults.infixes).finditer
    # the shortcuts are in place (else this test would compare a regex with itself)
    assert tok.prefix_search.__name__ == "prefix_search"
    assert tok.suffix_search.__name__ == "suffix_search"
    assert tok.infix_finditer.__name__ == "infix_finditer"

    def span(m):
        return None if m is None else m.span()

    for s in _affix_samples(11, 30000) + ["", "US$", "xC$", "itu.", "Budi,", "(4/3/2024).", "a\n", ".\n"]:
        assert span(tok.prefix_search(s)) == span(prefix(s)), s
        assert span(tok.suffix_search(s)) == span(suffix(s)), s
        assert [m.span() for m in tok.infix_finditer(s)] == [m.span() for m in infix(s)], s


def test_tokens_equal_those_of_the_stock_tokenizer(nlp):
    # the pipeline's tokenizer (guarded searches, only IS_PUNCT computed for new words)
    # against one built the plain way, with every lexical attribute
    from spacy.lang.id import Indonesian
    from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    d = Indonesian.Defaults
    plain = Indonesian()
    ref = Tokenizer(plain.vocab, rules=dict(BASE_EXCEPTIONS), prefix_search=compile_prefix_regex(d.prefixes).search,
                    suffix_search=compile_suffix_regex(d.suffixes).search,
                    infix_finditer=compile_infix_regex(d.infixes).finditer, token_match=d.token_match,
                    url_match=d.url_match)
    for abbr in R.ABBREVIATIONS:
        ref.add_special_case(abbr, [{ORTH: abbr}])
    texts = PARAGRAPHS + _pieces(13, 400) + [" ".join(_affix_samples(17, 12)) for _ in range(400)]
    for t in texts:
        got = [(x.text, x.idx, x.is_punct) for x in nlp.tokenizer(t)]
        want = [(x.text, x.idx, x.is_punct) for x in ref(t)]
        assert got == want, t


def _quote_articles():
    """Articles of our own writing: the sample site's and bench/quotes.py's."""
    import importlib.util
    from pathlib import Path

    from samplesite.render import load_articles

    arts = [[p for page in a.data["pages"] for p in page["paragraphs"]] for a in load_articles()]
    path = Path(__file__).resolve().parents[1] / "bench" / "quotes.py"
    spec = importlib.util.spec_from_file_location("bench_quotes", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    arts += mod.make_articles(12, seed=3)
    arts.append(PARAGRAPHS)
    assert len(arts) > 20
    return arts


@contextmanager
def _plain_parses(monkeypatch):
    """Noun phrases parsed the plain way: nothing kept for the process, nothing reused."""
    with monkeypatch.context() as m:
        for name in ("parse_segment", "parse_subject", "parse_after_cue"):
            m.setattr(Q._Article, name, getattr(Q._Article, name).plain)
        yield


def test_noun_phrase_parses_kept_for_the_process_equal_the_plain_parse(nlp, monkeypatch):
    arts = _quote_articles()
    with _plain_parses(monkeypatch):
        want = [Q.find_quotes(a) for a in arts]
        Q._NP_KEPT.clear()
        assert [Q.find_quotes(a) for a in arts] == want
        assert not Q._NP_KEPT  # the plain parse keeps nothing
    assert sum(1 for q in want for _ in q) > 100
    # nothing kept yet, then all kept, then in the other order (kept from other articles)
    assert [Q.find_quotes(a) for a in arts] == want
    assert len(Q._NP_KEPT) > 50
    assert [Q.find_quotes(a) for a in arts] == want
    assert [Q.find_quotes(a) for a in reversed(arts)] == want[::-1]
    # every kept parse equals the plain parse of the same string in any article
    for (method, text), kept in list(Q._NP_KEPT.items()):
        for a in arts[:6]:
            art = Q._Article(a)
            plain = getattr(Q._Article, method).plain(art, text)
            got = getattr(Q._Article, method)(art, text)
            assert (got is Q._NONE) == (plain is Q._NONE)
            assert vars(got) == vars(plain), (method, text)


def test_noun_phrase_parses_that_read_the_article_are_not_kept(nlp):
    # where the name starts in a long capitalised run depends on how the article
    # uses its words elsewhere ("kata Rudi" / "kata Hartono")
    seg = "Kepala Humas Sinar Jaya Rudi Hartono Saputra"
    names = []
    for other in ["Lalu kata Rudi, semua beres.", "Lalu kata Hartono, semua beres."] * 2:
        art = Q._Article([seg + " mengatakan hal itu.", other])
        names.append(art.parse_segment(seg).name)
        assert ("parse_segment", seg) not in Q._NP_KEPT
    assert names == ["Rudi Hartono Saputra", "Hartono Saputra"] * 2
    # a parse that read nothing of its article is kept, and a copy comes back each time
    art = Q._Article(["Budi Santoso mengatakan hal itu."])
    first = art.parse_segment("Budi Santoso")
    assert ("parse_segment", "Budi Santoso") in Q._NP_KEPT
    first.role = "diisi pemanggil"
    again = art.parse_segment("Budi Santoso")
    assert again is not first and again.role is None and again.name == "Budi Santoso"


def test_runs_around_kept_per_article_equal_the_plain_search():
    rng = random.Random(12)
    checked = 0
    for paras in _quote_articles():
        art = Q._Article(paras)
        words = [w.strip(",.\"“”()") for w in art.text.split() if w[:1].isupper()] + ["a", "Jl", "dan"]
        for _ in range(60):
            word = rng.choice(words)
            if not word:
                continue
            upto = rng.choice([0, 1, len(art.text), len(art.text) + 5, rng.randint(0, len(art.text))])
            got = list(art.runs_around(word, upto))
            assert got == list(art.runs_around_plain(word, upto)), (word, upto)
            checked += bool(got)
    assert checked > 500


def _comma_texts(seed: int, n: int):
    rng = random.Random(seed)
    words = ["Budi", "(62),", "Senin", "(4/3/2024),", "(", ")", ",", "((", "))", "a,b", "(x,", "y)", "warga",
             "Desa", "Tegalrejo,", "kata", "dia,", ",,", "(,)", "é,", "\u00a0", "—", "1,3", "2,", ",5", "7", "8,9,"]
    return PARAGRAPHS + [" ".join(rng.choice(words) for _ in range(rng.randint(0, 16))) for _ in range(n)]


def test_comma_segments_equal_the_walk_over_every_character():
    for t in _comma_texts(3, 3000):
        for base in (0, 17):
            assert Q._split_commas(t, base) == Q._split_commas_plain(t, base), t


def test_quiet_heads_equal_the_lookbehind_regex():
    rng = random.Random(5)
    words = ["dia", "ia", "beliau", "hal", "sikap", "pendapat", "xdia", "_dia", "5ia", "(dia)", "dia.", "dia\t",
             "\u00e9ia", "mia", "hal-hal", "ia_", "kata", ",", ".", "\u2028", "ídia", "komentar", "penilaianku",
             "x.dia", "2dia", "\u00a0", "\u0663ia", "_", "—hal", "(", "\u0300ia", "Ⅷdia", "²ia", "ßia"]
    texts = [p.lower() for p in PARAGRAPHS]
    texts += ["".join(rng.choice(words) + rng.choice(["", " ", "  ", ".", "\n"]) for _ in range(rng.randint(0, 10)))
              for _ in range(5000)]
    found = 0
    for t in texts:
        want = Q._QUIET_HEAD_RE.search(t) is not None
        assert Q._quiet_head(t) == want, repr(t)
        found += want
    assert 1000 < found < len(texts) - 1000


# articles whose name parses ask the questions added later: a two-word short form in a
# speaker's place (speaker_phrase), nicknames written as aliases, places after roles
_LATER_RULE_ARTICLES = [
    ["Direktur Utama Bank Tirta Dewi Anggun Lestari mengatakan kredit macet turun tahun ini.",
     "\"Kami lebih selektif,\" ujar Dewi Anggun."],
    ["Direktur Utama Bank Tirta Dewi Anggun Lestari mengatakan kredit macet turun tahun ini.",
     "\"Kami lebih selektif,\" ujar Dewi."],
    ["Warsini (45), pedagang sayur yang akrab disapa Bu Ani, mengatakan harga cabai naik dua kali lipat.",
     "\"Pembeli jadi sepi,\" ujar Bu Ani."],
    ["Rangga Saputra atau yang akrab disapa Angga mengatakan komunitasnya membuka posko bantuan.",
     "\"Siapa saja boleh datang,\" kata Angga."],
    ["Longsor melanda dua desa di Tirtamulya sejak Selasa malam.",
     "Kepala Humas BPBD Tirtamulya Galih Saputro mengatakan tiga warga meninggal akibat longsor."],
    ["Kepala Humas BPBD Tirtamulya Galih Saputro mengatakan tiga warga meninggal akibat longsor."],
    ["Camat Sumberlor Anton Wibisono mengatakan bantuan sudah disalurkan ke seluruh posko.",
     "\"Semua sudah terima,\" kata Anton."],
    ["Sekjen partai, Ahmad Rusdi Lubis, mengatakan keputusan diambil secara bulat.",
     "\"Kami memilih menjadi penyeimbang,\" kata Lubis."],
]


def test_parses_asking_the_later_questions_kept_equal_the_plain_parse(nlp, monkeypatch):
    arts = _LATER_RULE_ARTICLES
    with _plain_parses(monkeypatch):
        want = [Q.find_quotes(a) for a in arts]
    assert sum(len(q) for q in want) >= 14
    Q._NP_KEPT.clear()
    Q._NP_TRACED.clear()
    for order in (list(range(len(arts))), list(reversed(range(len(arts)))), list(range(len(arts)))):
        assert [Q.find_quotes(arts[k]) for k in order] == [want[k] for k in order]
    assert any(ev[0] == 3 for _, asked in Q._NP_TRACED.values() for ev in asked)  # speaker_phrase was kept
