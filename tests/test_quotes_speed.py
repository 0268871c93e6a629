"""Shortcuts of extract.quotes that save work: each is taken (counted, not timed) and
gives what the full way gives."""
from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

from extract import quotes as Q
from extract import quote_rules as R

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"


@pytest.fixture(scope="module")
def nlp():
    return Q.get_nlp()


def _bench_articles(n, seed):
    spec = importlib.util.spec_from_file_location("bench_quotes", ROOT / "bench" / "quotes.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.make_articles(n, seed=seed)


def _articles():
    """The sample site's articles, generated ones and the shared corpus (when present)."""
    from samplesite.render import load_articles

    arts = [[p for page in a.data["pages"] for p in page["paragraphs"]] for a in load_articles()]
    arts += _bench_articles(10, 5)
    if DEV.is_dir():
        from extract import extract_article

        for f in sorted(DEV.glob("*.html")):
            arts.append(extract_article(f.read_text(encoding="utf-8"), quotes=False, figures=False)["text"].split("\n\n"))
    return arts


# Paragraphs near the edges of `_quiet`: a pronoun, a copula or a formal introduction
# somewhere a sentence may start, numbers with commas, names in parentheses.
TRICKY = [
    "Hujan turun sejak pagi. Dia menunggu di halte.",
    "Hujan turun sejak pagi.Dia menunggu di halte.",
    "Hujan turun sejak pagi. Hal senada disampaikan Budi Santoso.",
    "Budi Santoso, Kepala Dinas Pasar, datang pagi itu bersama rombongan.",
    "Pagi itu hujan. Budi Santoso, Kepala Dinas Pasar, datang bersama rombongan.",
    "Pagi itu hujan.Budi Santoso, Kepala Dinas Pasar, datang bersama rombongan.",
    "Pagi itu hujan (deras). Budi Santoso, Kepala Dinas Pasar, datang bersama rombongan.",
    "Kepala Dinas Pasar, Budi Santoso, datang bersama rombongan, lalu pergi.",
    "Salah satu pengunjung adalah Siti Aminah, warga Cilandak.",
    "Jumlah pengguna mencapai 171,17 juta orang atau 64,8 persen dari total penduduk.",
    "Warga datang dari Bogor, Depok, dan Bekasi untuk melihat pameran itu.",
    "Warga datang dari kota bogor, depok, dan bekasi untuk melihat pameran itu.",
    "Ia datang dari Bogor, Depok, dan Bekasi untuk melihat pameran itu.",
    "Rombongan tiba pukul 10.00 WIB, disambut warga, lalu makan siang bersama Bupati Joko Widodo (Jokowi), Ketua DPRD.",
    "Sementara itu, Menteri Pertanian, Andi Amran Sulaiman, meninjau gudang beras, Jumat (4/3/2024).",
    "Pada 2019, jumlahnya naik. Dr. Budi Santoso, dokter di RS Harapan, menangani pasien itu, katanya.",
    "Harga cabai naik, harga bawang turun, dan harga beras stabil.",
    "Harga cabai naik, harga bawang turun. Yang Mulia, Hakim Agung, membacakan putusan, Senin.",
    "  Beliau sudah lama tinggal di kampung itu, sejak kecil, bersama ibunya.",
    "Sejak kecil, bersama ibunya, beliau tinggal di kampung itu.",
]


def _probe_only_pending(nlp, para) -> bool:
    """The full way, sentence by sentence: does track_people only make each sentence
    the pending one (no pronoun, "Hal senada", copula or formal introduction)?"""
    ex = Q._Extractor([para])
    for s, e in Q._sentences(para, nlp, set()):
        stripped = para[s:e].strip()
        if not stripped:
            continue
        first = stripped.split(" ", 1)[0].lower()
        if first in R.PERSON_PRONOUNS or first in R.SAME_VIEW_HEADS or Q._copula_search(stripped):
            return False
        if stripped.count(",") >= 2 and ex.formal_intro(stripped, s):
            return False
    return True


# -- quiet paragraphs ----------------------------------------------------------------------

def test_quiet_is_conservative(nlp):
    paras = [p for a in _articles() for p in a if p and p.strip() and not Q._has_cue(p)] + TRICKY
    rng = random.Random(4)
    # and the corpus's cueless sentences joined in other orders
    sents = [p[s:e].strip() for p in paras for s, e in Q._sentences(p, nlp, set())]
    paras += [" ".join(rng.sample(sents, 3)) for _ in range(400)]
    quiet = 0
    for p in paras:
        if Q._has_cue(p) or not Q._quiet(p):
            continue
        quiet += 1
        assert _probe_only_pending(nlp, p), p
    assert quiet > 100


def test_quiet_tricky_paragraphs_are_judged_as_expected():
    assert Q._quiet("Jumlah pengguna mencapai 171,17 juta orang atau 64,8 persen dari total penduduk.")
    assert Q._quiet("Harga cabai naik, harga bawang turun, dan harga beras stabil.")
    assert not Q._quiet("Hujan turun sejak pagi.Dia menunggu di halte.")
    assert not Q._quiet("Pagi itu hujan.Budi Santoso, Kepala Dinas Pasar, datang bersama rombongan.")
    assert not Q._quiet("Warga datang dari Bogor, Depok, dan Bekasi untuk melihat pameran itu.")
    assert not Q._quiet("Salah satu pengunjung adalah Siti Aminah, warga Cilandak.")


def test_quiet_paragraphs_are_not_split_into_sentences(nlp, monkeypatch):
    quiet = "Harga cabai naik, harga bawang turun, dan harga beras stabil. Pasokan dari daerah lancar."
    art = [
        'Kepala Dinas Pasar, Budi Santoso, mengatakan harga akan dipantau setiap hari.',
        quiet,
        '"Kami pantau terus," kata Budi.',
    ]
    assert not Q._has_cue(quiet) and Q._quiet(quiet)
    split, tokenized = [], []
    real_sentences, real_starts = Q._sentences, Q._article_sentencizer_starts
    monkeypatch.setattr(Q, "_sentences", lambda text, *a, **k: split.append(text) or real_sentences(text, *a, **k))
    monkeypatch.setattr(Q, "_article_sentencizer_starts",
                        lambda texts, nlp: tokenized.extend(texts) or real_starts(texts, nlp))
    got = Q.find_quotes(art)
    assert quiet not in split and quiet not in tokenized
    assert art[0] in split and art[2] in split
    monkeypatch.setattr(Q, "_QUIET_SHORTCUT", False)
    split.clear()
    assert Q.find_quotes(art) == got
    assert quiet in split


def test_quiet_paragraph_split_when_a_pronoun_follows(nlp, monkeypatch):
    # "Dia" right after a quiet paragraph: its last sentence is wanted after all
    art = [
        "Acara itu digelar di Balai Kota. Budi Santoso tiba lebih awal dan menyapa warga.",
        "Dia mengatakan pemerintah akan menambah loket pembayaran di setiap kecamatan.",
        "Acara itu digelar di Balai Kota. Budi Santoso tiba lebih awal dan menyapa warga.  ",
        "Dia mengatakan pemerintah akan menambah loket pembayaran di setiap kecamatan.",
    ]
    assert Q._quiet(art[0]) and Q._quiet(art[2])
    lazy = []
    real = Q._Extractor.quiet_pending
    monkeypatch.setattr(Q._Extractor, "quiet_pending", lambda self, *a: lazy.append(a) or real(self, *a))
    got = Q.find_quotes(art)
    assert len(lazy) == 2
    assert got[0]["speaker"] == "Budi Santoso"
    monkeypatch.setattr(Q, "_QUIET_SHORTCUT", False)
    assert Q.find_quotes(art) == got


def test_quiet_shortcut_gives_the_same_quotes(nlp, monkeypatch):
    arts = _articles() + [TRICKY, [p + " Dia mengatakan hal itu benar adanya." for p in TRICKY]]
    arts += [[t, "Dia mengatakan harga akan turun pekan depan.", t, '"Kami siap," ujarnya.'] for t in TRICKY]
    fast = [Q.find_quotes(a) for a in arts]
    monkeypatch.setattr(Q, "_QUIET_SHORTCUT", False)
    assert [Q.find_quotes(a) for a in arts] == fast
    assert sum(map(len, fast)) > 300


# -- noun-phrase parses that read the article -------------------------------------------------

def test_parses_that_read_the_article_come_back_when_it_answers_the_same(nlp, monkeypatch):
    art = _bench_articles(1, 8)[0]
    Q.find_quotes(art)
    splits, replays = [], []
    real_split, real_replay = Q._Article._split_role_name, Q._Article.replay
    monkeypatch.setattr(Q._Article, "_split_role_name", lambda self, toks: splits.append(toks) or real_split(self, toks))
    monkeypatch.setattr(Q._Article, "replay", lambda self, asked: replays.append(r := real_replay(self, asked)) or r)
    Q.find_quotes(art)
    again = len(splits)
    assert any(replays)
    # the same article without the kept parses splits more runs
    Q._NP_TRACED.clear()
    splits.clear()
    Q.find_quotes(art)
    assert len(splits) > again


def test_kept_parse_is_not_used_where_the_article_answers_otherwise(nlp):
    seg = "Kepala Humas Sinar Jaya Rudi Hartono Saputra"
    names = []
    for other in ["Lalu kata Rudi, semua beres.", "Lalu kata Hartono, semua beres."] * 2:
        art = Q._Article([seg + " mengatakan hal itu.", other])
        got = art.parse_segment(seg)
        plain = Q._Article.parse_segment.plain(Q._Article([seg + " mengatakan hal itu.", other]), seg)
        assert vars(got) == vars(plain)
        names.append(got.name)
        assert ("parse_segment", seg) in Q._NP_TRACED
    assert names == ["Rudi Hartono Saputra", "Hartono Saputra"] * 2


def test_nickname_alias_written_again_when_the_parse_comes_back(nlp):
    seg = "Presiden Joko Widodo (Jokowi)"
    for _ in range(2):
        art = Q._Article([seg + " mengatakan hal itu.", "Lalu kata Joko, semua beres."])
        art.parse_segment(seg)
        assert art.aliases == {"Jokowi": "Joko Widodo"}


def test_kept_parses_give_the_same_quotes_as_the_plain_parse(nlp, monkeypatch):
    arts = _articles()
    rng = random.Random(2)
    with monkeypatch.context() as m:
        for name in ("parse_segment", "parse_subject", "parse_after_cue"):
            m.setattr(Q._Article, name, getattr(Q._Article, name).plain)
        want = [Q.find_quotes(a) for a in arts]
    Q._NP_TRACED.clear()
    assert [Q.find_quotes(a) for a in arts] == want
    assert len(Q._NP_TRACED) > 20
    assert [Q.find_quotes(a) for a in arts] == want
    order = list(range(len(arts)))
    rng.shuffle(order)
    assert [Q.find_quotes(arts[k]) for k in order] == [want[k] for k in order]
    # every kept parse equals the plain parse of its string in other articles
    for (method, text), kept in list(Q._NP_TRACED.items()):
        for a in arts[:6]:
            plain = getattr(Q._Article, method).plain(Q._Article(a), text)
            got = getattr(Q._Article, method)(Q._Article(a), text)
            assert (got is Q._NONE) == (plain is Q._NONE)
            assert vars(got) == vars(plain), (method, text)


# -- where a name stands next to cue words: read around the name, not from all words -------

def _alias_texts():
    texts = [" ".join(a) for a in _articles()] + [" ".join(TRICKY)]
    texts += [
        "KATA Budi, Kata dia, kata. katanya MENGATAKAN Mengatakan\u00a0ujar\tUJAR\nmenurut",
        "ΣΑΣ kata ΌΣΟΣ İstanbul KATA ǅ ß kata\u2028ujar \u3000tutur ＫＡＴＡ Kata-kata kata,",
        "kata Budi", "Budi mengatakan", "kata Budi kata Ani", "Budi kata Ani", "Budi kata ani",
        "kata BudiBudi Budi", "x Budi, mengatakan", "Budi mengatakan kata Ani Santoso.", "kata",
    ]
    rng = random.Random(9)
    words = ["kata", "Kata", "ujar", "mengatakan", "Menurut", "menurut", "Budi", "budi", "Budi,", "\"Budi", "Santoso.",
             "(Ketua)", "Ani", "xBudi", "Budix", "B.", "x"]
    for _ in range(3000):
        seps = [rng.choice([" ", "  ", "\n\n", "\t", "\u3000"]) for _ in range(rng.randint(1, 9))]
        texts.append("".join(rng.choice(words) + sep for sep in seps).strip(rng.choice(["", " "])))
    return texts


def test_alias_evidence_per_name_equals_the_table_of_all_words():
    checked = 0
    for t in _alias_texts():
        art = Q._Article([t])
        after_cue, before_verb = art.alias_table()
        toks = {Q._clean_tok(w) for w in t.split()} | set(after_cue) | set(before_verb) | {"Budi", "B", "Bud", ""}
        for tok in toks:
            nexts, prevs = art.alias_evidence(tok)
            assert (nexts or None, prevs or None) == (after_cue.get(tok) or None, before_verb.get(tok) or None), (t, tok)
            checked += 1
    assert checked > 10_000


def test_speaker_alias_does_not_split_the_article(nlp, monkeypatch):
    tables = []
    real = Q._Article.alias_table
    monkeypatch.setattr(Q._Article, "alias_table", lambda self: tables.append(1) or real(self))
    Q._NP_TRACED.clear()
    asked = []
    real_alias = Q._Article.speaker_alias
    monkeypatch.setattr(Q._Article, "speaker_alias", lambda self, *a: asked.append(a) or real_alias(self, *a))
    for a in _bench_articles(3, 17):
        Q.find_quotes(a)
    assert asked and not tables


def _word_texts():
    """Texts with every kind of white space and words longer than the window."""
    rng = random.Random(17)
    pieces = ["kata", "Budi", "“Kami", "ujarnya.", "\u00a0", " ", "  ", "\n\n", "\t", "\u2003", "x" * 60, "y" * 47, " " * 50, "Menurut", "A."]
    texts = [" ".join(a) for a in _articles()[:40]]
    for _ in range(300):
        texts.append("".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))))
    return texts


def test_word_before_and_after_fast_equal_the_character_walk():
    for text in _word_texts():
        for s in range(len(text) + 1):
            assert Q._word_before_fast(text, s) == Q._word_before(text, s), (text, s)
            assert Q._word_after_fast(text, s) == Q._word_after(text, s), (text, s)


def test_word_before_fast_walks_characters_only_past_its_window(monkeypatch):
    calls = []
    walk = Q._word_before
    monkeypatch.setattr(Q, "_word_before", lambda text, s: calls.append(s) or walk(text, s))
    text = "Menurut Budi, hujan turun. “Kami datang,” kata Budi Santoso."
    for s in range(len(text) + 1):
        Q._word_before_fast(text, s)
    assert calls == []
    assert Q._word_before_fast("  " + text, 2) == ("", 0) and calls == []
    long_word = "x" * 60
    assert Q._word_before_fast("kata " + long_word + " Budi", 66) == (long_word, 5)
    assert calls == [66]


def test_alias_evidence_reads_words_without_the_character_walk(nlp, monkeypatch):
    counted = {"before": 0, "after": 0}
    before, after = Q._word_before, Q._word_after
    monkeypatch.setattr(Q, "_word_before", lambda t, s: counted.__setitem__("before", counted["before"] + 1) or before(t, s))
    monkeypatch.setattr(Q, "_word_after", lambda t, e: counted.__setitem__("after", counted["after"] + 1) or after(t, e))
    arts = _articles()
    for paras in arts:
        art = Q._Article(paras)
        for word in set(art.text.split()):
            tok = Q._clean_tok(word)
            if tok[:1].isupper():
                art.alias_evidence(tok)
    assert counted == {"before": 0, "after": 0}
