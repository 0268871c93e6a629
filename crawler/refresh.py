"""The nightly refresh: an incremental crawl since the last good run, then health checks.

``arsip refresh`` is meant to run unattended (cron, a systemd timer). It

1. picks the window: from the day of the last successful refresh (or crawl) minus an overlap
   (default 2 days, so late updates are caught) up to today (WIB); the first refresh takes the
   last ``first_days`` days;
2. crawls it incrementally (``run_crawl``: the crawl lock, sitemap ``lastmod`` and conditional
   requests so unchanged pages cost nothing, extraction, load, search index rebuild);
3. checks the run's health and fails it, with a distinct exit code and a one-line reason,
   when something is wrong that a person must look at:

   * ``no_articles`` (exit 10): the crawl found no article in a window where the site had
     articles (the archive holds some, or the listings could not be read);
   * ``failed_fetches`` (exit 11): the share of failed fetches is above ``max_failed_share``;
   * ``coverage`` (exit 12): many new articles lack a published time, authors, a title or
     text, or fell to the generic parser, where earlier articles of the site had them: a sign
     that the site changed its markup.

The details go to stderr (the log) and into ``crawl_runs`` (status ``unhealthy``, the checks
in ``counts.health``).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta

from extract.dates import WIB

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_FAILURES = 3        # crawl finished, some pages failed (crawl only; refresh uses 11)
EXIT_BUSY = 4            # another crawl or refresh holds the database
EXIT_NO_ARTICLES = 10
EXIT_FAILED_FETCHES = 11
EXIT_COVERAGE = 12
EXIT_INTERRUPTED = 130

COVERAGE_FIELDS = ("published_at", "authors", "title", "text")


@dataclass
class HealthPolicy:
    max_failed_share: float = 0.2      # failed fetches / all fetches above this fails the run
    min_coverage: float = 0.8          # share of new articles with each field below this fails the run
    min_articles: int = 3              # coverage is judged only on at least this many new articles
    max_generic_share: float = 0.5     # share of new articles read by the generic parser


@dataclass
class Problem:
    check: str
    exit_code: int
    reason: str
    details: dict = field(default_factory=dict)


def window(last_ok: datetime | None, today: date, overlap_days: int = 2, first_days: int = 2) -> tuple[date, date]:
    """(since, until) of the next refresh, in WIB days."""
    if last_ok is None:
        return today - timedelta(days=max(first_days - 1, 0)), today
    start = last_ok.astimezone(WIB).date() - timedelta(days=overlap_days)
    return min(start, today), today


def evaluate(summary: dict, coverage: dict, policy: HealthPolicy) -> list[Problem]:
    """The health problems of a finished crawl run (empty when healthy)."""
    problems: list[Problem] = []
    failed = summary.get("failed") or {}
    n_failed = sum(failed.values())
    discovered = int(summary.get("discovered") or 0)
    listing_failures = {k: v for k, v in failed.items() if k.split(" ", 1)[0] in ("sitemap", "index", "tag", "rss")}
    stored = int(coverage.get("stored_in_window") or 0)
    if discovered == 0 and (stored > 0 or listing_failures):
        why = (f"the archive has {stored} article(s) published in the window" if stored
               else "its listings could not be read: " + ", ".join(f"{v} {k}" for k, v in listing_failures.items()))
        problems.append(Problem("no_articles", EXIT_NO_ARTICLES,
                                f"no article found on the site for {summary.get('since')}..{summary.get('until')}, "
                                f"but {why}", {"discovered": discovered, "stored_in_window": stored,
                                               "listing_failures": listing_failures}))
    # URLs tried: every attempt (answers and errors) less the retries of the same URL
    attempts = int(summary.get("fetched") or 0) + int(summary.get("exceptions") or 0) - int(summary.get("retries") or 0)
    attempts = max(attempts, n_failed)
    if attempts:
        share = n_failed / attempts
        if share > policy.max_failed_share:
            problems.append(Problem("failed_fetches", EXIT_FAILED_FETCHES,
                                    f"{n_failed} of {attempts} URLs failed ({share:.0%} > "
                                    f"{policy.max_failed_share:.0%}): " + ", ".join(f"{v} {k}" for k, v in sorted(failed.items())),
                                    {"failed": failed, "attempts": attempts, "share": round(share, 3)}))
    n_new = int(coverage.get("articles") or 0)
    if n_new >= policy.min_articles:
        low = []
        for f in COVERAGE_FIELDS:
            now, before = coverage.get(f), (coverage.get("baseline") or {}).get(f)
            if now is not None and now < policy.min_coverage and (before is None or before >= policy.min_coverage):
                low.append(f"{f} on {now:.0%}" + (f" (was {before:.0%})" if before is not None else ""))
        generic, generic_before = coverage.get("generic"), (coverage.get("baseline") or {}).get("generic")
        if generic is not None and generic > policy.max_generic_share and (generic_before is None or generic_before <= policy.max_generic_share):
            low.append(f"{generic:.0%} read by the generic parser"
                       + (f" (was {generic_before:.0%})" if generic_before is not None else ""))
        if low:
            problems.append(Problem("coverage", EXIT_COVERAGE,
                                    f"extraction coverage dropped on {n_new} new article(s): " + "; ".join(low)
                                    + " (has the site changed its markup?)", coverage))
    return problems


def health_report(problems: list[Problem]) -> dict:
    return {"ok": not problems, "problems": [asdict(p) for p in problems]}


def run_refresh(base_url: str, db: str, archive: str, discover: list[str], topic: str = "all",
                overlap_days: int = 2, first_days: int = 2, since: str | None = None,
                policy: HealthPolicy | None = None, today: date | None = None, **crawl_kwargs) -> tuple[dict, list[Problem]]:
    """Crawl the refresh window and check its health; returns (summary, problems).

    Raises ``crawler.run.CrawlBusy`` when another crawl or refresh holds the database.
    """
    from warehouse import Warehouse
    from warehouse.health import last_successful_run, run_coverage

    from .run import run_crawl

    policy = policy or HealthPolicy()
    today = today or datetime.now(WIB).date()
    last_ok = None
    if since is None:
        from pathlib import Path

        if Path(db).exists():
            with Warehouse(db, read_only=True) as wh:
                last_ok = last_successful_run(wh)
        start, until = window(last_ok, today, overlap_days, first_days)
        since = start.isoformat()
    else:
        until = today
    summary = run_crawl(base_url, db=db, archive=archive, discover=discover, since=since,
                        until=until.isoformat(), topic=topic, kind="refresh", **crawl_kwargs)
    summary["since"], summary["until"] = since, until.isoformat()
    summary["last_successful_refresh"] = last_ok.isoformat() if last_ok else None
    if summary.get("status") != "ok":
        return summary, []  # interrupted or failed: reported as such, health is not judged
    with Warehouse(db) as wh:
        coverage = run_coverage(wh, summary["run_id"], since, until)
        problems = evaluate(summary, coverage, policy)
        summary["coverage"] = coverage
        summary["health"] = health_report(problems)
        if problems:
            summary["status"] = "unhealthy"
            wh.finish_run(summary["run_id"], status="unhealthy", counts=summary,
                          message="; ".join(p.reason for p in problems))
        else:
            wh.finish_run(summary["run_id"], status="ok", counts=summary, message=summary.get("message"))
    return summary, problems
