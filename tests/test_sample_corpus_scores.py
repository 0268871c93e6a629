"""The whole extraction (fields, text, quotes, figures) on the sample site's own answer keys,
in every template generation, scored by the shared scorer (skipped when it is absent).

The sample articles were written apart from the quote and figure rules, so this is the
project's own check on pages those rules were not written on. The floors are the issues'
targets.
"""
import pytest
from scoring import HAVE_SCORER, score

from extract import extract_article
from samplesite.corpus import write_corpus
from samplesite.render import GENERATIONS

pytestmark = pytest.mark.skipif(not HAVE_SCORER, reason="../shared/eval/score.py not available")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("sample-corpus")
    write_corpus(d, all_generations=True)
    return d


@pytest.mark.parametrize("generation", GENERATIONS)
def test_sample_pages_meet_the_extraction_targets(corpus, generation, tmp_path):
    folder = corpus / generation
    records = [extract_article(p.read_bytes(), source=str(p)) for p in sorted(folder.glob("*.html"))]
    r, out = score(folder, records, tmp_path)
    misses = "\n".join(out.splitlines()[-60:])
    assert not r["missing"]
    assert min(r["fields"].values()) >= 0.98, misses
    assert r["text_min_f1"] >= 0.97 and r["boilerplate_leaks"] == 0, misses
    assert r["quotes"]["f"] >= 0.90 and r["quotes_attributed"]["f"] >= 0.85, misses
    assert r["figures"]["f"] >= 0.95 and r["figures_with_unit"]["f"] >= 0.85, misses
