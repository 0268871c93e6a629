"""Politeness and discovery: robots.txt, User-Agent with contact, at most 4 requests per host
at a time, discovery by index/tag/rss, article variants stored once under the canonical URL,
the publication window, --topic and --max-articles."""
from __future__ import annotations

import json

import pytest

from sites import crawl, make_articles, query, serve

pytestmark = pytest.mark.slow

N = 24


@pytest.fixture(scope="module")
def polite(tmp_path_factory):
    d = tmp_path_factory.mktemp("polite")
    arts = make_articles(N, per_day=6)  # 4 days
    blocked = arts[3]
    out = {"d": d, "arts": arts, "blocked": blocked}
    with serve(arts) as server:
        site = server.site
        out["base"] = base = server.base_url
        site.robots = f"User-agent: *\nDisallow: {blocked.path}\nDisallow: /search\n"
        site.delay = 0.05
        out["sitemap"] = crawl(base, d / "s.duckdb", d / "s", "--contact", "mailto:peneliti@example.org")
        out["sitemap_hits"] = list(site.hits)
        out["max_active"] = site.max_active
        site.delay = 0.0
        days = sorted({a.published.date() for a in arts})
        out["days"] = days
        out["window"] = crawl(base, d / "w.duckdb", d / "w", "--discover", "index", "--since", days[1],
                              "--until", days[2], "--topic", "platform-regulation")
        out["tag"] = crawl(base, d / "t.duckdb", d / "t", "--discover", "tag:tekno,bisnis", "--max-articles", "10")
        home = out["home"] = d / "home"  # where Scrapy's remote control would leave its job file
        home.mkdir()
        out["rss"] = crawl(base, d / "r.duckdb", d / "r", "--discover", "rss", "--since", days[-1],
                           env={"HOME": str(home), "XDG_STATE_HOME": str(home / ".local" / "state")})
        out["channel"] = crawl(base, d / "c.duckdb", d / "c", "--discover", "index:tekno", "--since", days[0],
                               "--until", days[-1])
    return out


def test_robots_txt_is_obeyed(polite):
    blocked, d = polite["blocked"], polite["d"]
    assert polite["sitemap"].returncode == 0, polite["sitemap"].stderr
    assert polite["sitemap_hits"][0]["path"] == "/robots.txt"
    assert not [h for h in polite["sitemap_hits"] if h["path"] == blocked.path]
    assert query(d / "s.duckdb", "SELECT count(*) FROM articles") == [(N - 1,)]
    assert query(d / "s.duckdb", "SELECT reason, outcome FROM fetches WHERE url LIKE ?", [f"%{blocked.path}"]) == \
        [("robots", "skipped")]
    assert "skipped: 1 forbidden by robots.txt" in polite["sitemap"].stderr


def test_a_clean_crawl_logs_no_warning(polite):
    """Settings that make Scrapy warn on every crawl (a middleware turned off that another one
    expects, a deprecated option) show up here."""
    for name in ("window", "tag", "channel"):
        lines = [ln for ln in polite[name].stderr.splitlines() if " WARNING: " in ln or " ERROR: " in ln]
        assert not lines, (name, lines)


def test_a_crawl_writes_nothing_outside_its_database_and_archive(polite):
    """No control server, no job file in the home directory (Scrapy 2.19 starts a remote-control
    HTTP server that runs code sent to it unless it is turned off)."""
    assert polite["rss"].returncode == 0, polite["rss"].stderr
    assert not list(polite["home"].rglob("*"))
    assert "Remote control" not in polite["rss"].stderr


def test_user_agent_identifies_the_crawler_and_its_contact(polite):
    agents = {h["headers"].get("User-Agent") for h in polite["sitemap_hits"]}
    assert len(agents) == 1
    ua = agents.pop()
    assert ua.startswith("arsip/") and "mailto:peneliti@example.org" in ua


def test_at_most_four_requests_per_host_at_once(polite):
    assert 2 <= polite["max_active"] <= 4


def test_index_window_and_topic(polite):
    arts, days, d = polite["arts"], polite["days"], polite["d"]
    assert polite["window"].returncode == 0, polite["window"].stderr
    in_window = [a for a in arts if days[1] <= a.published.date() <= days[2]]
    wanted = {polite["base"] + a.path for a in in_window if a["topic_relevant"]}
    rows = query(d / "w.duckdb", "SELECT url, topic_relevant FROM articles")
    assert {u for u, _ in rows} == wanted and all(t for _, t in rows)
    counts = json.loads(query(d / "w.duckdb", "SELECT counts::VARCHAR FROM crawl_runs")[0][0])
    assert counts["articles"] == len(in_window)
    assert counts["skipped"]["off topic (--topic)"] == len(in_window) - len(wanted)
    # off-topic pages are archived and known: fetched fine, not stored
    assert query(d / "w.duckdb", "SELECT count(*) FROM fetches WHERE kind = 'article' AND outcome = 'ok'") == \
        [(len(in_window),)]


def test_rss_discovery(polite):
    d, arts, days = polite["d"], polite["arts"], polite["days"]
    assert polite["rss"].returncode == 0, polite["rss"].stderr
    last_day = {polite["base"] + a.path for a in arts if a.published.date() == days[-1] and a is not polite["blocked"]}
    assert {r[0] for r in query(d / "r.duckdb", "SELECT url FROM articles")} == last_day
    assert "outside the window" in polite["rss"].stderr


def test_tag_discovery_amp_variants_and_max_articles(polite):
    d, base = polite["d"], polite["base"]
    assert polite["tag"].returncode == 0, polite["tag"].stderr
    rows = query(d / "t.duckdb", "SELECT url, fetched_url FROM articles")
    assert len(rows) == 10
    assert "over --max-articles" in polite["tag"].stderr
    # a tag page links the AMP page of some articles: stored under the canonical URL, fetched URL kept
    amp = [(u, f) for u, f in rows if "/amp/" in f]
    assert amp
    for url, fetched in amp:
        assert "/read/" in url and url.startswith(base) and url.split("/")[-1] == fetched.split("/")[-1]
    assert len({u for u, _ in rows}) == len(rows)


def test_channel_index(polite):
    d = polite["d"]
    assert polite["channel"].returncode == 0, polite["channel"].stderr
    sections = {r[0] for r in query(d / "c.duckdb", "SELECT section FROM articles")}
    assert sections == {"tekno"}
    n_tekno = sum(a["channel"] == "tekno" and a is not polite["blocked"] for a in polite["arts"])
    assert query(d / "c.duckdb", "SELECT count(*) FROM articles") == [(n_tekno,)]
