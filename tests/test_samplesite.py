"""The bundled sample site: every article, rendered in every template generation, extracts to its answer key."""
from datetime import datetime

import pytest

from extract import extract_article
from samplesite.render import GENERATIONS, gold_record, load_articles, render_article
from samplesite.server import SampleSite, SiteServer

BASE = "https://www.liputan6.com"
ARTICLES = load_articles()


def test_sample_site_shape():
    assert len(ARTICLES) >= 12
    assert len({a.day for a in ARTICLES}) >= 3
    assert {a["generation"] for a in ARTICLES} == set(GENERATIONS)
    assert sum(bool(a["topic_relevant"]) for a in ARTICLES) >= 12
    assert len({a.id for a in ARTICLES}) == len(ARTICLES)


def _instant(s):
    return datetime.fromisoformat(s) if s else None


@pytest.mark.parametrize("generation", GENERATIONS)
@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: f"{a['channel']}-{a.id}")
def test_every_generation_extracts_to_the_answer_key(article, generation):
    html = render_article(article, BASE, generation)
    rec = extract_article(html, url=BASE + (article.amp_path if generation == "amp" else article.path),
                          quotes=False, figures=False)
    gold = gold_record(article, BASE)
    assert rec["parser"] == f"liputan6-{generation}"
    for field in ("url", "title", "lead", "authors", "section", "dateline", "editor_codes", "tags", "text"):
        assert rec[field] == gold[field], field
    assert _instant(rec["published_at"]) == _instant(gold["published_at"])
    assert _instant(rec["updated_at"]) == _instant(gold["updated_at"])
    assert rec["article_id"] == str(article.id)


def test_server_serves_liputan6_paths_and_answers_conditional_requests():
    import urllib.request

    with SiteServer(SampleSite()) as server:
        a = ARTICLES[0]
        with urllib.request.urlopen(server.base_url + a.path) as r:
            etag, body = r.headers["ETag"], r.read()
        assert a["title"].encode() in body
        req = urllib.request.Request(server.base_url + a.path, headers={"If-None-Match": etag})
        try:
            urllib.request.urlopen(req)
            status = 200
        except urllib.error.HTTPError as e:
            status = e.code
        assert status == 304
        robots = urllib.request.urlopen(server.base_url + "/robots.txt").read().decode()
        assert f"Sitemap: {server.base_url}/sitemap.xml" in robots
        index = urllib.request.urlopen(server.base_url + f"/indeks/{a.day}?page=1").read().decode()
        assert "articles--rows--item" in index and "simple-pagination" in index
