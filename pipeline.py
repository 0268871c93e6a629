"""arsip: the command line that ties crawler, extraction and warehouse together.

Each command is thin: it reads its options, calls one function of a layer, and prints a
short summary. Heavy imports (Scrapy, spaCy, DuckDB) happen inside the commands, so
``arsip --help`` stays fast.
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import click

DEFAULT_DB = "arsip.duckdb"
DEFAULT_ARCHIVE = "archive"


class ArsipError(click.ClickException):
    """An error the user can act on: printed as one line, exit status 1 (or ``exit_code``)."""

    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


# --- shared options ------------------------------------------------------------------
def db_option(f):
    return click.option(
        "--db", "db", default=lambda: os.environ.get("ARSIP_DB", DEFAULT_DB), show_default=DEFAULT_DB,
        type=click.Path(dir_okay=False), help="DuckDB file (env ARSIP_DB).",
    )(f)


def archive_option(f):
    return click.option(
        "--archive", "archive", default=lambda: os.environ.get("ARSIP_ARCHIVE", DEFAULT_ARCHIVE),
        show_default=DEFAULT_ARCHIVE, type=click.Path(file_okay=False), help="Directory of WARC files (env ARSIP_ARCHIVE).",
    )(f)


def say(msg: str = "", err: bool = True) -> None:
    """Progress and summaries go to stderr, so stdout stays clean for data (JSON lines, CSV)."""
    click.echo(msg, err=err)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="arsip", prog_name="arsip")
def cli():
    """arsip: a research archive of Indonesian news.

    Crawl Liputan6-style sites with Scrapy, archive every response as WARC, extract each
    article (headline, bylines, WIB/WITA/WIT timestamps, tags, body, quotes, figures) and
    load it into DuckDB for analysis in SQL.

    Start with `arsip demo`, which crawls the bundled offline sample site.
    """


# --- extract ---------------------------------------------------------------------------
@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH_OR_URL...")
@click.option("--url", help="The page's URL when reading a single file (used for section and canonical URL).")
@click.option("--no-quotes", is_flag=True, help="Skip quote extraction.")
@click.option("--no-figures", is_flag=True, help="Skip figure extraction.")
@click.option("--topic-profile", type=click.Path(exists=True, dir_okay=False), help="A topic profile TOML instead of the bundled one.")
def extract(inputs, url, no_quotes, no_figures, topic_profile):
    """Print the article record of each page as one JSON line.

    PATH_OR_URL is an HTML file, a directory of .html files, or an http(s) URL (fetched once,
    politely, with arsip's User-Agent). The record is the same one the crawler stores.
    """
    from extract import ExtractionError, extract_article
    from extract.topic import load_profile

    profile = None
    if topic_profile:
        try:
            profile = load_profile(Path(topic_profile).read_text(encoding="utf-8"))
        except (ValueError, OSError) as e:
            raise ArsipError(f"topic profile {topic_profile}: {e}")
    if url and len(inputs) > 1:
        raise ArsipError("--url names one page; give a single PATH_OR_URL with it")
    ok = failed = 0
    for source, fetched_url, body in _read_inputs(inputs, url):
        try:
            rec = extract_article(body, url=fetched_url, source=source, quotes=not no_quotes,
                                  figures=not no_figures, topic_profile=profile)
        except ExtractionError as e:
            say(f"arsip extract: {source}: {e}")
            failed += 1
            continue
        click.echo(json.dumps(rec, ensure_ascii=False))
        ok += 1
    say(f"extract: {ok} record(s), {failed} failed")
    if failed and not ok:
        sys.exit(1)


def _read_inputs(inputs, url):
    for item in inputs:
        if item.startswith(("http://", "https://")):
            from crawler.fetch import fetch_once

            try:
                final_url, body = fetch_once(item)
            except OSError as e:
                raise ArsipError(f"{item}: {e}")
            yield item, final_url, body
            continue
        p = Path(item)
        if p.is_dir():
            files = sorted(p.glob("*.html")) + sorted(p.glob("*.htm"))
            if not files:
                raise ArsipError(f"{item}: no .html files in this directory")
        elif p.is_file():
            files = [p]
        else:
            raise ArsipError(f"{item}: no such file or directory")
        for f in files:
            try:
                body = f.read_bytes()
            except OSError as e:
                raise ArsipError(f"{f}: {e.strerror or e}")
            yield str(f), url, body


# --- crawl and demo ---------------------------------------------------------------------
DISCOVERY_HELP = "How to find articles: sitemap, index, tag:SLUG[,SLUG...], rss. Repeatable."


def _check_day(ctx, param, value):
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD")


def _check_discover(ctx, param, values):
    out = []
    for v in values or ("sitemap",):
        for part in [v] if v.startswith(("tag:", "index:")) else v.split(","):
            if part in ("sitemap", "index", "rss") or (part.startswith("tag:") and len(part) > 4) \
                    or (part.startswith("index:") and len(part) > 6):
                out.append(part)
            else:
                raise click.BadParameter(f"{part!r}: use sitemap, index, index:CHANNEL[,CHANNEL...], "
                                         "tag:SLUG[,SLUG...] or rss")
    return out


def _check_settings(ctx, param, values):
    from crawler.run import parse_setting

    out = {}
    for v in values or ():
        try:
            k, val = parse_setting(v)
        except ValueError as e:
            raise click.BadParameter(str(e))
        out[k] = val
    return out


def _writable_parent(path: str, what: str) -> None:
    parent = Path(path).resolve().parent
    if not parent.is_dir():
        raise ArsipError(f"{what} {path}: directory {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise ArsipError(f"{what} {path}: directory {parent} is not writable")


def _print_summary(title: str, summary: dict, seconds: float) -> None:
    skipped = summary.get("skipped") or {}
    failed = summary.get("failed") or {}
    say(f"{title}: {summary.get('fetched', 0)} pages fetched, {summary.get('articles_scraped', 0)} articles extracted, "
        f"{summary.get('new', 0)} new, {summary.get('updated', 0)} updated, {summary.get('unchanged', 0)} unchanged, "
        f"{sum(skipped.values())} skipped, {sum(failed.values())} failed, {seconds:.1f} s")
    extra = []
    if summary.get("not_modified"):
        extra.append(f"{summary['not_modified']} answered 304 Not Modified (counted unchanged)")
    if summary.get("retries"):
        extra.append(f"{summary['retries']} retries")
    if summary.get("requeued"):
        extra.append(f"{summary['requeued']} failures of earlier runs requeued")
    if summary.get("interrupted_runs"):
        extra.append("earlier run(s) " + ", ".join(map(str, summary["interrupted_runs"])) + " marked interrupted")
    if extra:
        say("  " + "; ".join(extra))
    for label, counter in (("skipped", skipped), ("failed", failed)):
        for reason, n in sorted(counter.items()):
            say(f"  {label}: {n} {reason}")
    if summary.get("run_id") is not None:
        say(f"  run {summary['run_id']}: {summary.get('status', 'ok')}"
            + (f" ({summary['message']})" if summary.get("message") else ""))


@cli.command()
@db_option
@archive_option
@click.option("--port", type=click.IntRange(0, 65535), default=0, help="Port of the sample server (0: any free port).")
def demo(db, archive, port):
    """Crawl the bundled sample site into DuckDB, end to end, offline.

    Starts the sample Liputan6-style site on 127.0.0.1, crawls it with the real Scrapy
    spider (robots.txt, sitemaps), archives every response as WARC, extracts each article
    and loads DuckDB. Running it again adds no duplicate.
    """
    from crawler.run import run_crawl
    from samplesite.server import SampleSite, SiteServer

    _writable_parent(db, "database")
    started = time.monotonic()
    # pages name a fixed origin as canonical, so the stored URLs do not depend on the port
    with SiteServer(SampleSite(canonical_base=SAMPLE_ORIGIN), port=port) as server:
        say(f"demo: sample site at {server.base_url} ({len(server.site.articles)} articles)")
        summary = run_crawl(server.base_url, db=db, archive=archive, discover=["sitemap"], kind="demo",
                            AUTOTHROTTLE_ENABLED=False, DOWNLOAD_DELAY=0)
    seconds = time.monotonic() - started
    _print_summary("demo", summary, seconds)
    from warehouse import Warehouse

    with Warehouse(db, read_only=True) as wh:
        _, rows = wh.query("SELECT count(*), (SELECT count(*) FROM quotes), (SELECT count(*) FROM figures) FROM articles")
    articles, quotes, figures = rows[0]
    say(f"demo: {db} now holds {articles} articles, {quotes} quotes, {figures} figures; raw pages in {archive}/")
    say("Try:")
    for q in DEMO_QUERIES:
        say(f"  arsip query --db {db} \"{q}\"")
    if summary.get("failed"):
        sys.exit(1)


SAMPLE_ORIGIN = "https://liputan6.sample.test"  # a reserved test domain: the sample articles are ours, not liputan6.com's

DEMO_QUERIES = (
    "SELECT published_at::DATE AS day, section, count(*) AS articles FROM articles GROUP BY ALL ORDER BY day",
    "SELECT speaker, count(*) AS quotes FROM quotes GROUP BY speaker ORDER BY quotes DESC LIMIT 10",
    "SELECT title, value, unit FROM figures JOIN articles USING (url) WHERE unit = 'situs' ORDER BY value DESC",
)


@cli.command()
@click.option("--base-url", default="https://www.liputan6.com", show_default=True,
              help="Site to crawl: liputan6.com or any mirror/test server with its paths.")
@click.option("--since", callback=_check_day, help="First publication day to collect (YYYY-MM-DD, WIB).")
@click.option("--until", callback=_check_day, help="Last publication day to collect (YYYY-MM-DD, WIB).")
@click.option("--discover", multiple=True, callback=_check_discover, help=DISCOVERY_HELP)
@click.option("--topic", type=click.Choice(["platform-regulation", "all"]), default="all", show_default=True,
              help="Store only topic-relevant articles, or everything (all are marked topic_relevant).")
@click.option("--max-articles", type=click.IntRange(1), help="Stop after this many article pages.")
@click.option("--contact", default=lambda: os.environ.get("ARSIP_CONTACT"),
              help="Contact (URL or e-mail) put in the User-Agent, so the site can reach you (env ARSIP_CONTACT).")
@click.option("--concurrency", type=click.IntRange(1, 16), default=4, show_default=True,
              help="Most requests in flight per host.")
@click.option("--setting", "settings", multiple=True, callback=_check_settings, metavar="KEY=VALUE",
              help="Override a Scrapy/arsip setting for this crawl, e.g. DOWNLOAD_TIMEOUT=10 "
                   "or AUTOTHROTTLE_ENABLED=false (see docs/crawling.md). Repeatable.")
@db_option
@archive_option
def crawl(base_url, since, until, discover, topic, max_articles, contact, concurrency, settings, db, archive):
    """Crawl a Liputan6-style site into the archive and the database.

    Obeys robots.txt, throttles itself (AutoThrottle, at most 4 requests at a time per
    host), archives every response as WARC and ends with counts of what it did. Run it
    again to resume a crawl that was stopped or killed, or to pick up what changed:
    articles archived and unchanged are not fetched again, failures are retried.

    Exit status: 0 done; 3 done, but some pages failed (listed); 1 error; 130 interrupted.
    """
    from crawler.run import CrawlBusy, run_crawl

    if not base_url.startswith(("http://", "https://")):
        raise click.BadParameter("must start with http:// or https://", param_hint="--base-url")
    if since and until and since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}", param_hint="--since")
    _writable_parent(db, "database")
    started = time.monotonic()
    extra = {"CONCURRENT_REQUESTS_PER_DOMAIN": concurrency, **(settings or {})}
    try:
        summary = run_crawl(base_url, db=db, archive=archive, discover=discover, since=since, until=until,
                            max_articles=max_articles, topic=topic, contact=contact, extra_settings=extra)
    except CrawlBusy as e:
        raise ArsipError(str(e))
    _print_summary("crawl", summary, time.monotonic() - started)
    if summary.get("status") == "interrupted":
        sys.exit(130)
    if summary.get("status") == "failed":
        sys.exit(1)
    if summary.get("failed"):
        sys.exit(3)


@cli.command()
@click.option("--topic", type=click.Choice(["platform-regulation", "all"]), default="all", show_default=True,
              help="Store only topic-relevant articles, or everything.")
@db_option
@archive_option
def reextract(topic, db, archive):
    """Rebuild the extracted tables from the WARC archive, with no network.

    Runs the current extractor on every archived article page and loads the records:
    unchanged records change nothing, changed ones become new versions. Into an empty
    database it rebuilds every version the crawls archived. Pages archived by a crawl
    that was killed before storing them are recovered too.
    """
    from crawler.reextract import reextract as run_reextract
    from crawler.run import CrawlBusy

    if not Path(archive).is_dir():
        raise ArsipError(f"archive {archive}: no such directory")
    _writable_parent(db, "database")
    started = time.monotonic()
    try:
        s = run_reextract(db, archive, topic=topic, progress=say)
    except CrawlBusy as e:
        raise ArsipError(str(e))
    say(f"reextract: {s['responses']} responses read, {s['articles']} articles extracted, {s['new']} new, "
        f"{s['updated']} updated, {s['unchanged']} unchanged, {sum(s['skipped'].values())} skipped, "
        f"{sum(s['failed'].values())} failed, {time.monotonic() - started:.1f} s")
    for label in ("skipped", "failed"):
        for reason, n in s[label].items():
            say(f"  {label}: {n} {reason}")
    for d in s["damaged"]:
        say(f"  damaged: {d}")
    if s["failed"]:
        sys.exit(3)


@cli.command("serve-sample")
@click.option("--port", type=click.IntRange(0, 65535), default=8606, show_default=True)
def serve_sample(port):
    """Serve the bundled sample site on 127.0.0.1 until interrupted (to crawl it by hand)."""
    from samplesite.server import SampleSite, SiteServer

    try:
        server = SiteServer(SampleSite(canonical_base=SAMPLE_ORIGIN), port=port)
    except OSError as e:
        raise ArsipError(f"cannot listen on 127.0.0.1:{port}: {e.strerror or e}")
    say(f"serving {len(server.site.articles)} sample articles at {server.base_url} (Ctrl-C to stop)")
    say(f"  arsip crawl --base-url {server.base_url}")
    try:
        server.httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.httpd.server_close()
    say("serve-sample: stopped")


# --- query, search, export (the warehouse; SQL lives in warehouse/) ---------------------
@cli.command()
@click.argument("sql", metavar="SQL")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="table: aligned text; csv: with a header; json: one JSON object per line.")
@click.option("--max-width", type=click.IntRange(0), default=60, show_default=True,
              help="Table format: cut longer cells (0: never).")
@db_option
def query(sql, fmt, max_width, db):
    """Run read-only SQL on the warehouse and print the result.

    SQL is one query (or several separated by ';': the last one is printed); `-` reads it
    from stdin. The file is opened read-only and only SELECT-like statements are accepted.
    Tables and views: docs/schema.md. Times are shown in WIB (Asia/Jakarta).
    """
    from warehouse import Warehouse, WarehouseError
    from warehouse.output import write_csv, write_jsonl, write_table

    if sql == "-":
        sql = sys.stdin.read()
    started = time.monotonic()
    try:
        with Warehouse(db, read_only=True) as wh:
            cols, rows = wh.query(sql)
    except WarehouseError as e:
        raise ArsipError(str(e))
    out = click.get_text_stream("stdout")
    {"table": lambda: write_table(out, cols, rows, max_width), "csv": lambda: write_csv(out, cols, rows),
     "json": lambda: write_jsonl(out, cols, rows)}[fmt]()
    out.flush()
    say(f"query: {len(rows)} row(s), {len(cols)} column(s), {time.monotonic() - started:.2f} s")


@cli.command()
@click.argument("text", metavar="QUERY")
@click.option("--since", callback=_check_day, help="Published on or after this day (YYYY-MM-DD, WIB).")
@click.option("--until", callback=_check_day, help="Published on or before this day (YYYY-MM-DD, WIB).")
@click.option("--section", help="Only this section (e.g. tekno, news, bisnis).")
@click.option("--limit", type=click.IntRange(1), default=10, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--reindex", is_flag=True, help="Rebuild the full-text index first (needs write access).")
@db_option
def search(text, since, until, section, limit, fmt, reindex, db):
    """Full-text search of the articles, best matches first.

    Words are matched by their Indonesian stem, so "blokir" also finds "memblokir",
    "diblokir" and "pemblokiran". Prints rank, date (WIB), section, title, a snippet
    with the matches in «», and the URL.
    """
    from warehouse import Warehouse, WarehouseError
    from warehouse.output import jsonable

    if since and until and since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}", param_hint="--since")
    started = time.monotonic()
    try:
        if reindex:
            with Warehouse(db) as wh:
                info = wh.rebuild_search_index()
            say(f"search: index rebuilt over {info['articles']} articles in {info['seconds']:.1f} s")
        with Warehouse(db, read_only=True) as wh:
            if wh.search_index_stale():
                say("search: warning: articles changed since the index was built; add --reindex to refresh it")
            hits = wh.search(text, since=since, until=until, section=section, limit=limit)
    except WarehouseError as e:
        raise ArsipError(str(e))
    for i, h in enumerate(hits, 1):
        if fmt == "json":
            click.echo(json.dumps(jsonable(dict(h, rank=i)), ensure_ascii=False))
            continue
        day = h["published_at"].strftime("%Y-%m-%d %H:%M") if h["published_at"] else "(no date)       "
        click.echo(f"{i:>3}. {day}  {h['section'] or '-'}  {h['title'] or '(untitled)'}")
        click.echo(f"     {h['snippet']}")
        click.echo(f"     {h['url']}  (score {h['score']:.2f})")
    say(f"search: {len(hits)} article(s) for {text!r}, {time.monotonic() - started:.2f} s")


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl"]), default="parquet", show_default=True)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Directory to write to (created; earlier exports of the same tables are replaced).")
@click.option("--table", "tables", multiple=True,
              type=click.Choice(["articles", "article_versions", "quotes", "figures", "crawl_runs", "fetches"]),
              help="Export only this table (repeatable; default: all).")
@db_option
def export(fmt, out_dir, tables, db):
    """Export the warehouse tables to files for other tools.

    Parquet is partitioned by year and month of publication (WIB):
    OUT/articles/year=2018/month=7/*.parquet, likewise article_versions, quotes and figures;
    crawl_runs and fetches are single files. csv and jsonl write one file per table.
    """
    from warehouse import Warehouse, WarehouseError

    started = time.monotonic()
    try:
        with Warehouse(db, read_only=True) as wh:
            done = wh.export(out_dir, fmt, list(tables) or None)
    except WarehouseError as e:
        raise ArsipError(str(e))
    for table, info in done.items():
        say(f"  {table}: {info['rows']} rows -> {info['path']}")
    say(f"export: {sum(i['rows'] for i in done.values())} rows in {len(done)} table(s) as {fmt} to {out_dir}, "
        f"{time.monotonic() - started:.2f} s")


# --- the rest of the commands are registered below by section -----------------------


def main(argv=None) -> int:
    """Console entry point: one-line errors, never a traceback."""
    try:
        cli.main(args=argv, prog_name="arsip", standalone_mode=False)
    except click.exceptions.Abort:
        say("arsip: aborted")
        return 130
    except click.ClickException as e:
        say(f"arsip: error: {e.format_message()}")
        return e.exit_code
    except click.exceptions.Exit as e:
        return e.exit_code
    except KeyboardInterrupt:
        say("arsip: interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # last resort: one line, and the log has the rest
        say(f"arsip: error: {e.__class__.__name__}: {e}")
        if os.environ.get("ARSIP_DEBUG"):
            raise
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
