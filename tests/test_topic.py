"""topic_relevant: the term profile's rules (case, word edges, weights, caps), and matching
without re.IGNORECASE giving exactly the scores of matching with it."""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from extract.topic import default_profile, load_profile

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"

PROFILE = """
name = "t"
headline_weight = 3
max_per_term = 2
[regulation]
threshold = 2
terms = ["blokir", "take ?down", "uu ite"]
[platform]
threshold = 1
terms = ["platform", "e-commerce", "ai"]
"""


def test_terms_match_any_case_on_word_edges():
    p = load_profile(PROFILE)
    s = p.scores("", ["Pemerintah BLOKIR platform itu.", "Dia memakai sistem AI, bukan e-commerce."])
    assert s == {"regulation": 1, "platform": 3}
    # inside a word or after a hyphen is not the term: "pakai", "anti-blokir", "platformnya"
    assert p.scores("", ["Mereka pakai aplikasi anti-blokir di platformnya."]) == {"regulation": 0, "platform": 0}
    assert p.scores("", ["Konten itu di-take down; lalu takedown lagi."])["regulation"] == 1  # one term, once


def test_headline_weight_paragraph_counts_and_cap():
    p = load_profile(PROFILE)
    assert p.scores("Platform blokir", [])["regulation"] == 3
    # once per paragraph however often it appears there, and at most max_per_term x headline_weight
    assert p.scores("", ["blokir blokir blokir"])["regulation"] == 1
    assert p.scores("", ["blokir"] * 10)["regulation"] == 6
    assert p.relevant("", ["UU ITE dan blokir.", "Di platform."])
    assert not p.relevant("", ["UU ITE saja."])


def test_a_term_with_capitals_or_escapes_still_matches_any_case():
    p = load_profile('[g]\nterms = ["TikTok", "\\\\S+gram"]\n')
    assert p.groups[0].pattern.flags & re.I
    assert p.scores("", ["tiktok dan Instagram"]) == {"g": 2}
    assert not default_profile().groups[0].pattern.flags & re.I  # the bundled terms are lower case


def _paragraph_sets():
    from extract import extract_article
    from samplesite.render import GENERATIONS, load_articles, render_article

    texts = []
    for a in load_articles():
        r = extract_article(render_article(a, "https://www.liputan6.com", GENERATIONS[0]), quotes=False, figures=False)
        texts.append((r["title"] or "", r["text"].split("\n\n")))
    if CORPUS.exists():
        for f in sorted(CORPUS.glob("*/*.html")):
            r = extract_article(f.read_text(encoding="utf-8", errors="replace"), quotes=False, figures=False)
            texts.append((r["title"] or "", r["text"].split("\n\n")))
    return texts


def test_scores_equal_those_of_ignorecase_matching():
    """The bundled profile is matched without re.IGNORECASE on lower-cased text: the same scores
    as with it, on every sample article and corpus page."""
    prof = default_profile()
    ref = replace(prof, groups=tuple(replace(g, pattern=re.compile(g.pattern.pattern, re.I)) for g in prof.groups))
    texts = _paragraph_sets()
    assert len(texts) >= 16
    hits = 0
    for title, paras in texts:
        got, want = prof.scores(title, paras), ref.scores(title, paras)
        assert got == want, title
        hits += sum(got.values()) > 0
    assert hits >= len(texts) // 2


@pytest.mark.parametrize("text", ["KOMINFO", "Kominfo", "kOmInFo"])
def test_bundled_profile_ignores_case(text):
    assert default_profile().scores(text, [])["regulation"] == 3
