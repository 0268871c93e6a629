"""extract.quotes reads the common chunks (a word or number between marks: "kata.",
"“Kami", "(12/2/2019).") without spaCy's tokenizer (``_fast_chunk_summary``): what it
finds must be what the tokenizer gives (``_summarise_chunks``) for every chunk it takes.

Checked on every tokenizer special case with marks around it, on many random strings
of the chunk shapes it takes and near misses, and on every chunk of the shared corpus
(when present) and of the sample site's articles.  No timing here: the last tests
check that the tokenizer is not called for ordinary words.
"""
from __future__ import annotations

import json
import random
import string
from pathlib import Path

import pytest

from extract import quotes as Q

SHARED_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
SAMPLE_ARTICLES = Path(__file__).resolve().parents[1] / "samplesite" / "articles"

HEADS = ["", '"', "“", "(", '("', "“(", '""', "((", "'", "‘", "[", "«", "-", "…"]
TAILS = ["", ".", ",", "!", "?", ":", ";", ")", '"', "”", '."', ".”", ',"', ",”", "?”", '!"', ").", "),", '".',
         "”.", ".)", "?!", "!!", ":)", ";)", "):", ".,", "..", "...", "…", "'", "’", ".'", "]", "-", "'s", "%",
         '.")', ".”)", ').”', "?)", ".:", ":.", '"!', ".“", "/", "."]


@pytest.fixture(scope="module")
def nlp():
    return Q.get_nlp()


def tokenizer_summaries(nlp, chunks):
    """chunk -> what `_summarise_chunks` (the tokenizer) finds, leaving the module's
    own table as it was."""
    chunks = list(dict.fromkeys(c for c in chunks if c and not any(x.isspace() for x in c)))
    saved = dict(Q._CHUNK_SUMMARIES)
    try:
        Q._CHUNK_SUMMARIES.clear()
        for k in range(0, len(chunks), 2000):
            Q._summarise_chunks(chunks[k:k + 2000], nlp)
        return {c: Q._CHUNK_SUMMARIES[c] for c in chunks}
    finally:
        Q._CHUNK_SUMMARIES.clear()
        Q._CHUNK_SUMMARIES.update(saved)


def alone(nlp, chunk):
    """The summary from the tokens of `chunk` tokenized alone (the rule of `_summarise_chunks`)."""
    punct = nlp.get_pipe("sentencizer").punct_chars
    inner, lead, open_ = [], None, False
    for t in nlp.tokenizer(chunk):
        if t.text in punct:
            open_ = True
        elif not t.is_punct:
            if lead is None:
                lead = t.idx
            if open_:
                inner.append(t.idx)
                open_ = False
    return tuple(inner), lead, open_


def check(nlp, chunks) -> int:
    """Assert the fast summary equals the tokenizer's for every chunk it takes; return how many it took."""
    fast = {c: Q._fast_chunk_summary(c) for c in dict.fromkeys(chunks) if c and " " not in c}
    taken = {c: s for c, s in fast.items() if s is not None}
    want = tokenizer_summaries(nlp, taken)
    bad = [(c, s, want[c]) for c, s in taken.items() if s != want[c]]
    assert not bad, bad[:20]
    return len(taken)


def test_special_cases_with_marks_around(nlp):
    specials = [k for k in nlp.tokenizer.rules if not any(c.isspace() for c in k)]
    assert len(specials) > 200 and "dll." in specials and "Jl." in specials
    cores = set()
    for k in specials:
        cores.update({k, k.rstrip("."), k[:-1], k.upper(), k.lower(), k.capitalize(), "x-" + k, k + "-x",
                      "1/" + k, k.replace(".", "")})
    chunks = [h + c + t for c in cores for h in HEADS for t in TAILS if len(h) + len(t) < 4]
    taken = check(nlp, chunks)
    assert taken > 1000
    # and a special case itself, or one in the runs of tokens, is never taken
    for chunk in ["dll.", "Jl.", "(dr.", "“dll.”", "tsb.,", "H.", "a.", "x-a.", "0.0", "8)", "(8)", "kata:)", "Sp.A"]:
        assert Q._fast_chunk_summary(chunk) is None, chunk
    # chunk alone == chunk in the batch of `_summarise_chunks` (what the module relies on)
    sample = random.Random(5).sample(chunks, 3000)
    want = tokenizer_summaries(nlp, sample)
    for c in sample:
        assert alone(nlp, c) == want[c], c


LETTERS = string.ascii_letters
NEAR = string.punctuation + "“”‘’«»…—–éÉßÄäıİñ¿¡ ́°²"


def random_chunk(rng: random.Random) -> str:
    head = "".join(rng.choice('"“(') for _ in range(rng.choice([0, 0, 0, 1, 1, 2, 3])))
    tail = "".join(rng.choice('.,!?:;)"”') for _ in range(rng.choice([0, 1, 1, 1, 2, 2, 3, 4])))
    k = rng.random()
    if k < 0.25:  # words, mixed case, single letters, initials
        core = "".join(rng.choice(LETTERS) for _ in range(rng.choice([1, 1, 2, 2, 3, 5, 8])))
        core += rng.choice(["", "", "", "."])
    elif k < 0.35:  # the prefixes that start with letters, and near them
        core = rng.choice(["USD", "Rp", "IDR", "RMB", "SGD", "US", "C", "A", "S", "Rupiah", "Idr", "rp", "RP"])
        core += "".join(rng.choice(LETTERS + "0123456789$") for _ in range(rng.randint(0, 3)))
    elif k < 0.5:  # numbers
        core = rng.choice(["", "1", "12", "2019", "0"]) + "".join(
            rng.choice("0123456789.,") for _ in range(rng.randint(0, 7)))
    elif k < 0.6:  # dates and fractions
        core = "/".join(str(rng.randint(0, 2030)) for _ in range(rng.randint(1, 4)))
    elif k < 0.75:  # hyphenated words and suffixes
        core = "-".join(rng.choice(["ke", "anak", "COVID", "19", "nya", "Nya", "NYA", "mu", "Mu", "Ku", "ku", "kU",
                                    "a", "A", "x", "2", "km", "Rp", "USD", "s", "an", "o", "O", "D", "8"])
                        for _ in range(rng.randint(1, 4)))
    elif k < 0.85:  # letters and digits mixed (units: "5km", "3G", "10rb")
        core = "".join(rng.choice(["5", "km", "G", "rb", "juta", "m", "x", "a", "Liputan", "6", "%", "s"])
                       for _ in range(rng.randint(1, 4)))
    else:  # anything
        core = "".join(rng.choice(LETTERS + string.digits + NEAR) for _ in range(rng.randint(1, 6)))
    s = head + core + tail
    for _ in range(rng.choice([0, 0, 0, 1, 2])):  # near misses: a character changed or added
        i = rng.randrange(len(s) + 1)
        s = s[:i] + rng.choice(NEAR + LETTERS + string.digits) + s[i + rng.choice([0, 1]):]
    return s.replace(" ", "") or "x"


def test_random_chunks_and_near_misses(nlp):
    rng = random.Random(20240611)
    chunks = [random_chunk(rng) for _ in range(40000)]
    taken = check(nlp, chunks)
    assert taken > 12000, taken  # the shapes above are mostly taken


def test_every_mark_and_ascii_character_next_to_a_word(nlp):
    chars = [chr(i) for i in range(33, 127)] + list("“”‘’«»…—–éß")
    words = ["kata", "Budi", "AB", "A", "a", "x", "2019", "1.500", "12/2/2019", "ke-39", "dll", "Rp", "G20", "5G"]
    chunks = [a + w + b for w in words for a in [""] + chars for b in [""] + chars]
    chunks += [w + b + c for w in words for b in chars for c in chars]
    check(nlp, chunks)


def _corpus_paragraphs():
    from extract import extract_article

    if SHARED_CORPUS.is_dir():
        for f in sorted(SHARED_CORPUS.rglob("*.html")):
            yield from extract_article(f.read_text(encoding="utf-8", errors="replace"), quotes=False,
                                       figures=False)["text"].split("\n\n")
        for f in sorted(SHARED_CORPUS.rglob("*.gold.json")):
            yield from (json.loads(f.read_text(encoding="utf-8")).get("text") or "").split("\n\n")


def test_every_chunk_of_the_shared_corpus(nlp):
    if not SHARED_CORPUS.is_dir():
        pytest.skip("shared corpus not available")
    chunks = [c for p in _corpus_paragraphs() for c in p.split()]
    assert chunks
    assert check(nlp, chunks) > 1000


def test_every_chunk_of_the_sample_articles(nlp):
    chunks = []
    for f in sorted(SAMPLE_ARTICLES.glob("*.json")):
        a = json.loads(f.read_text(encoding="utf-8"))
        for page in a["pages"]:
            for p in [page.get("title") or ""] + page["paragraphs"]:
                chunks += p.split()
        chunks += (a.get("title") or "").split() + (a.get("lead") or "").split()
    assert check(nlp, chunks) > 1000


def test_prefixes_that_start_with_a_letter_or_digit_are_the_excluded_currency_codes(nlp):
    # the regex takes no core starting with USD, Rp, IDR, RMB or SGD: these are all the
    # prefixes of the tokenizer that can start with an ASCII letter or digit (besides
    # "US$", "C$", "A$", "S$", whose "$" no chunk taken holds)
    from re import _constants as C

    from spacy.util import compile_prefix_regex

    rx = compile_prefix_regex(nlp.Defaults.prefixes)
    for s in ["(kata", "Rp5", "USD", "Saya", "“Kami", "<a href=x>b", "12", "$5", "US$", "kata<a x>"]:
        m, want = nlp.tokenizer.prefix_search(s), rx.search(s)
        assert (m and m.span()) == (want and want.span()), s  # the tokenizer's prefixes
    branches = Q._affix_branches(rx)
    assert branches
    alnum = set(map(ord, string.ascii_letters + string.digits))
    starting = []
    for b in branches:
        ranges = Q._edge_ranges(b, True)
        assert ranges, b  # each branch consumes a character that can be told
        if any(lo <= c <= hi for lo, hi in ranges for c in alnum):
            assert all(op in (C.AT, C.LITERAL) for op, _ in b), b
            starting.append("".join(chr(av) for op, av in b if op is C.LITERAL))
    assert set(starting) == {"US$", "C$", "A$", "USD", "Rp", "IDR", "RMB", "SGD", "S$"}, starting


def test_no_tokenizer_call_for_ordinary_words(nlp, monkeypatch):
    """1,000 sentences ending in words never seen before ("kata." style), some opening
    with quotation marks: every chunk is read without the tokenizer."""
    sent, tokenizer = [], nlp.tokenizer

    def counted(text):
        sent.append(text)
        return tokenizer(text)

    monkeypatch.setattr(nlp, "tokenizer", counted)
    rng = random.Random(7)

    def word():
        w = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(5, 10)))
        return word() if w.startswith(("rp", "usd", "idr", "rmb", "sgd")) else w  # currency prefixes

    texts = []
    for k in range(1000):
        w = word()
        ends = [f"{w}.", f"{w.capitalize()}.", f"{w}!", f'{w}."', f"{w}.”", f"({w.upper()}).", f"{w}-{w}.",
                f"(1{k % 28}/{k % 12 + 1}/20{k % 30:02d}).", f"{k}.{k:03d}."]
        texts.append(f"Dia datang ke {word()} {ends[k % len(ends)]} \"{word().capitalize()} {word()},\" "
                     f"kata {word().capitalize()}. “{word().capitalize()} itu benar?” tanya A. {word()}.")
    for k in range(0, len(texts), 10):
        Q._article_sentencizer_starts(texts[k:k + 10], nlp)
    assert sent == []


def test_fast_path_is_taken_for_the_common_shapes():
    for chunk in ["kata.", "Budi.", "HET.", "PayPal.", "tuturnya.", '"Saya', "“Kami", "itu,\"", "siap.”",
                  "(OSS).", "A.", "2023.", "1.500", "17.00", "(21/11/2024).", "ke-39.", "anak-anak.", "Ya?!",
                  "benar?”", "(Senin).", "G20.", "\"slot88\"."]:
        assert Q._fast_chunk_summary(chunk) is not None, chunk
