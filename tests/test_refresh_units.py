"""The refresh's window and health rules, on their own."""
from datetime import date, datetime, timedelta, timezone

from crawler.refresh import (EXIT_COVERAGE, EXIT_FAILED_FETCHES, EXIT_NO_ARTICLES, HealthPolicy, evaluate,
                             window)

WIB = timezone(timedelta(hours=7))
TODAY = date(2026, 3, 10)
GOOD = {"articles": 10, "published_at": 1.0, "authors": 1.0, "title": 1.0, "text": 1.0, "generic": 0.0,
        "baseline": {"articles": 50, "published_at": 1.0, "authors": 0.98, "title": 1.0, "text": 1.0, "generic": 0.0},
        "stored_in_window": 5}


def test_window_starts_overlap_days_before_the_last_good_run_in_wib():
    # 20:30 UTC on the 7th is 03:30 WIB on the 8th
    assert window(datetime(2026, 3, 7, 20, 30, tzinfo=timezone.utc), TODAY, 2) == (date(2026, 3, 6), TODAY)
    assert window(None, TODAY, 2, first_days=3) == (date(2026, 3, 8), TODAY)
    assert window(datetime(2026, 3, 10, 1, 0, tzinfo=WIB), TODAY, 0) == (TODAY, TODAY)


def test_a_healthy_run_has_no_problem():
    s = {"discovered": 12, "fetched": 30, "exceptions": 0, "retries": 0, "failed": {"http_404": 1}}
    assert evaluate(s, GOOD, HealthPolicy()) == []


def test_nothing_found_where_the_archive_has_articles():
    p = evaluate({"discovered": 0, "fetched": 3, "failed": {}}, GOOD, HealthPolicy())
    assert [x.exit_code for x in p] == [EXIT_NO_ARTICLES]
    assert "5 article(s)" in p[0].reason


def test_nothing_found_and_nothing_known_is_fine_unless_listings_failed():
    quiet = dict(GOOD, stored_in_window=0, articles=0)
    assert evaluate({"discovered": 0, "fetched": 3, "failed": {}}, quiet, HealthPolicy()) == []
    p = evaluate({"discovered": 0, "fetched": 4, "retries": 3, "failed": {"sitemap http_500": 1}}, quiet,
                 HealthPolicy(max_failed_share=1.0))
    assert [x.check for x in p] == ["no_articles"] and "sitemap http_500" in p[0].reason


def test_failed_share_counts_urls_not_retries():
    s = {"discovered": 10, "fetched": 40, "exceptions": 5, "retries": 15, "failed": {"timeout": 5, "http_503": 2}}
    p = evaluate(s, GOOD, HealthPolicy(max_failed_share=0.2))
    assert [x.exit_code for x in p] == [EXIT_FAILED_FETCHES] and "7 of 30 URLs" in p[0].reason
    assert evaluate(s, GOOD, HealthPolicy(max_failed_share=0.25)) == []


def test_coverage_drop_against_the_baseline():
    low = dict(GOOD, authors=0.4, generic=0.9)
    p = evaluate({"discovered": 10, "fetched": 10, "failed": {}}, low, HealthPolicy())
    assert [x.exit_code for x in p] == [EXIT_COVERAGE]
    assert "authors on 40% (was 98%)" in p[0].reason and "generic parser" in p[0].reason


def test_coverage_is_not_judged_on_few_articles_or_on_a_site_that_never_had_the_field():
    few = dict(GOOD, articles=2, authors=0.0)
    assert evaluate({"discovered": 2, "fetched": 2, "failed": {}}, few, HealthPolicy(min_articles=3)) == []
    never = dict(GOOD, authors=0.1, baseline=dict(GOOD["baseline"], authors=0.1))
    assert evaluate({"discovered": 10, "fetched": 10, "failed": {}}, never, HealthPolicy()) == []
