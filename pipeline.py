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
CONFIG_NAME = "arsip.toml"
# exit statuses (docs/operations.md); the refresh's health codes are in crawler/refresh.py
EXIT_BUSY = 4  # another crawl, refresh or reextract holds the database


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
@click.option("--config", "config_path", type=click.Path(dir_okay=False), envvar="ARSIP_CONFIG",
              help=f"Configuration file with defaults for every command (default: ./{CONFIG_NAME} when it "
                   "exists; env ARSIP_CONFIG). Flags win over it. `arsip init` writes one.")
@click.pass_context
def cli(ctx, config_path):
    """arsip: a research archive of Indonesian news.

    Crawl Liputan6-style sites with Scrapy, archive every response as WARC, extract each
    article (headline, bylines, WIB/WITA/WIT timestamps, tags, body, quotes, figures) and
    load it into DuckDB for analysis in SQL.

    Start with `arsip demo`, which crawls the bundled offline sample site.
    """
    path = config_path or (CONFIG_NAME if Path(CONFIG_NAME).is_file() else None)
    if path and ctx.invoked_subcommand != "init":
        ctx.default_map = config_defaults(path)


# --- configuration (arsip.toml) ------------------------------------------------------------
CONFIG_KEYS = {
    None: {"db": str, "archive": str},
    "crawl": {"base_url": str, "discover": list, "topic": str, "contact": str, "concurrency": int, "settings": dict},
    "refresh": {"overlap_days": int, "first_days": int, "max_failed_share": (int, float), "min_coverage": (int, float),
                "min_articles": int},
}
# which sections give defaults to which command
CONFIG_USE = {"crawl": ("crawl",), "refresh": ("crawl", "refresh")}


def config_defaults(path: str) -> dict:
    """click's default_map from a TOML configuration file; one clear error for a bad file."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ArsipError(f"config {path}: no such file")
    except (OSError, UnicodeDecodeError) as e:
        raise ArsipError(f"config {path}: cannot read it ({e})")
    return config_defaults_from_text(text, path)


def config_defaults_from_text(text: str, path: str) -> dict:
    """The default_map of a configuration's TOML text (``path`` only names it in errors)."""
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ArsipError(f"config {path}: not valid TOML ({e})")
    sections = {None: {k: v for k, v in data.items() if not isinstance(v, dict)}}
    sections.update({k: v for k, v in data.items() if isinstance(v, dict)})
    for name, values in sections.items():
        if name not in CONFIG_KEYS:
            raise ArsipError(f"config {path}: unknown section [{name}] (known: crawl, refresh)")
        for key, value in values.items():
            want = CONFIG_KEYS[name].get(key)
            where = f"[{name}] " if name else ""
            if want is None:
                raise ArsipError(f"config {path}: unknown key {where}{key!r} (known: {', '.join(CONFIG_KEYS[name])})")
            if not isinstance(value, want) or isinstance(value, bool) and want is not bool:
                raise ArsipError(f"config {path}: {where}{key} = {value!r} has the wrong type")
    common = dict(sections[None])
    defaults: dict[str, dict] = {}
    for cmd_name, cmd in cli.commands.items():
        params = {p.name for p in cmd.params}
        d = {k: v for k, v in common.items() if k in params}
        for section in CONFIG_USE.get(cmd_name, ()):
            for k, v in sections.get(section, {}).items():
                if k == "settings":
                    d["settings"] = [f"{sk}={json.dumps(sv)}" for sk, sv in v.items()]
                elif k in params:
                    d[k] = v
        if d:
            defaults[cmd_name] = d
    return defaults


CONFIG_TEMPLATE = """\
# arsip configuration: defaults for every arsip command (command-line flags win).
# Written by `arsip init`; docs/operations.md explains each key.

db = {db}                 # the DuckDB file
archive = {archive}            # directory of the WARC files

[crawl]                         # `arsip crawl` and `arsip refresh`
base_url = {base_url}
discover = ["sitemap"]          # sitemap, index, index:CHANNEL, tag:SLUG, rss
topic = "all"                   # or "platform-regulation": store only topic-relevant articles
contact = {contact}             # URL or e-mail in the User-Agent, so the site can reach you
concurrency = 4                 # requests in flight per host
# settings = {{ DOWNLOAD_DELAY = 1.0 }}   # any Scrapy/arsip setting (docs/crawling.md)

[refresh]                       # `arsip refresh`
overlap_days = 2                # re-crawl this many days before the last good refresh
first_days = 2                  # window of the very first refresh
max_failed_share = 0.2          # more failed fetches than this fails the run (exit 11)
min_coverage = 0.8              # fewer new articles with a date/authors/title/text fails it (exit 12)
min_articles = 3                # coverage is judged on at least this many new articles
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
    if summary.get("extraction_worker_restarts"):
        extra.append(f"the extraction worker died {summary['extraction_worker_restarts']} time(s) "
                     "(its pages were extracted again)")
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


def site_options(f):
    """The options that say what to crawl and how politely (``crawl`` and ``refresh``)."""
    options = [
        click.option("--base-url", default="https://www.liputan6.com", show_default=True, callback=_check_base_url,
                     help="Site to crawl: liputan6.com or any mirror/test server with its paths."),
        click.option("--discover", multiple=True, callback=_check_discover, help=DISCOVERY_HELP),
        click.option("--topic", type=click.Choice(["platform-regulation", "all"]), default="all", show_default=True,
                     help="Store only topic-relevant articles, or everything (all are marked topic_relevant)."),
        click.option("--contact", default=lambda: os.environ.get("ARSIP_CONTACT"),
                     help="Contact (URL or e-mail) put in the User-Agent, so the site can reach you (env ARSIP_CONTACT)."),
        click.option("--concurrency", type=click.IntRange(1, 16), default=4, show_default=True,
                     help="Most requests in flight per host."),
        click.option("--setting", "settings", multiple=True, callback=_check_settings, metavar="KEY=VALUE",
                     help="Override a Scrapy/arsip setting for this crawl, e.g. DOWNLOAD_TIMEOUT=10 "
                          "or AUTOTHROTTLE_ENABLED=false (see docs/crawling.md). Repeatable."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _check_base_url(ctx, param, value):
    if value and not value.startswith(("http://", "https://")):
        raise click.BadParameter("must start with http:// or https://")
    return value


@cli.command()
@site_options
@click.option("--since", callback=_check_day, help="First publication day to collect (YYYY-MM-DD, WIB).")
@click.option("--until", callback=_check_day, help="Last publication day to collect (YYYY-MM-DD, WIB).")
@click.option("--max-articles", type=click.IntRange(1), help="Stop after this many article pages.")
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

    if since and until and since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}", param_hint="--since")
    _writable_parent(db, "database")
    started = time.monotonic()
    extra = {"CONCURRENT_REQUESTS_PER_DOMAIN": concurrency, **(settings or {})}
    try:
        summary = run_crawl(base_url, db=db, archive=archive, discover=discover, since=since, until=until,
                            max_articles=max_articles, topic=topic, contact=contact, extra_settings=extra)
    except CrawlBusy as e:
        raise ArsipError(str(e), exit_code=EXIT_BUSY)
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
        raise ArsipError(str(e), exit_code=EXIT_BUSY)
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


# --- unattended operation: init, refresh, status ---------------------------------------------
@cli.command()
@click.option("--path", default=CONFIG_NAME, show_default=True, type=click.Path(dir_okay=False),
              help="Where to write the configuration.")
@click.option("--base-url", default="https://www.liputan6.com", show_default=True, callback=_check_base_url)
@click.option("--contact", default=lambda: os.environ.get("ARSIP_CONTACT", ""),
              help="URL or e-mail for the crawler's User-Agent.")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@db_option
@archive_option
def init(path, base_url, contact, force, db, archive):
    """Write a configuration file (arsip.toml) with the defaults that refresh and crawl use.

    Edit it, then run `arsip refresh` from the same folder (or with --config).
    """
    target = Path(path)
    if target.exists() and not force:
        raise ArsipError(f"{path} exists; add --force to overwrite it")
    _writable_parent(path, "config")
    text = CONFIG_TEMPLATE.format(db=json.dumps(db), archive=json.dumps(archive), base_url=json.dumps(base_url),
                                  contact=json.dumps(contact or ""))
    config_defaults_from_text(text, path)  # what we write must read back
    target.write_text(text, encoding="utf-8")
    say(f"init: wrote {path} (db {db}, archive {archive}, site {base_url})")
    if not contact:
        say("init: set `contact` in it so the site can reach you (the User-Agent names it)")


@cli.command()
@site_options
@click.option("--overlap-days", type=click.IntRange(0), default=2, show_default=True,
              help="Crawl from this many days before the last successful refresh (catches late updates).")
@click.option("--first-days", type=click.IntRange(1), default=2, show_default=True,
              help="Days to crawl when there was no successful refresh yet.")
@click.option("--since", callback=_check_day, help="Start the window here instead (YYYY-MM-DD, WIB).")
@click.option("--max-failed-share", type=click.FloatRange(0, 1), default=0.2, show_default=True,
              help="Fail the run (exit 11) when more fetches than this share failed.")
@click.option("--min-coverage", type=click.FloatRange(0, 1), default=0.8, show_default=True,
              help="Fail the run (exit 12) when fewer new articles than this share have a date, authors, title, text.")
@click.option("--min-articles", type=click.IntRange(1), default=3, show_default=True,
              help="Judge coverage only on at least this many new articles.")
@db_option
@archive_option
def refresh(base_url, discover, topic, contact, concurrency, settings, overlap_days, first_days, since,
            max_failed_share, min_coverage, min_articles, db, archive):
    """Bring the archive up to date, unattended (for cron or a systemd timer).

    Crawls incrementally from the last successful refresh minus --overlap-days up to today
    (unchanged pages cost a conditional request or nothing), extracts, loads, updates the
    search index, then checks the run's health. Only one crawl or refresh writes a database
    at a time; a lock left by a killed process is taken over.

    Exit status: 0 healthy; 1 error; 4 another crawl/refresh holds the database; 10 no
    article found where the site had some; 11 too many failed fetches; 12 extraction
    coverage dropped (the site may have changed its markup); 130 interrupted.
    """
    from crawler.refresh import HealthPolicy, run_refresh
    from crawler.run import CrawlBusy

    _writable_parent(db, "database")
    policy = HealthPolicy(max_failed_share=max_failed_share, min_coverage=min_coverage, min_articles=min_articles)
    started = time.monotonic()
    extra = {"CONCURRENT_REQUESTS_PER_DOMAIN": concurrency, **(settings or {})}
    try:
        summary, problems = run_refresh(base_url, db=db, archive=archive, discover=discover, topic=topic,
                                        overlap_days=overlap_days, first_days=first_days, since=since,
                                        policy=policy, contact=contact, extra_settings=extra)
    except CrawlBusy as e:
        raise ArsipError(str(e), exit_code=EXIT_BUSY)
    say(f"refresh: window {summary['since']} .. {summary['until']} (WIB)"
        + (f", last successful refresh {summary['last_successful_refresh']}" if summary.get("last_successful_refresh")
           else ", first refresh"))
    if summary.get("stale_lock_taken_over"):
        say(f"refresh: took over a stale lock ({summary['stale_lock_taken_over']})")
    _print_summary("refresh", summary, time.monotonic() - started)
    if summary.get("status") == "interrupted":
        sys.exit(130)
    if summary.get("status") == "failed":
        sys.exit(1)
    for p in problems:
        say(f"refresh: UNHEALTHY [{p.check}, exit {p.exit_code}] {p.reason}")
    if problems:
        sys.exit(problems[0].exit_code)
    say("refresh: healthy")


@cli.command()
@click.option("--runs", type=click.IntRange(1), default=10, show_default=True, help="How many recent runs to list.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@db_option
@archive_option
def status(runs, fmt, db, archive):
    """The last runs (counts, durations, health) and what the archive holds."""
    from warehouse import Warehouse, WarehouseError
    from warehouse.health import status_report
    from warehouse.output import jsonable

    if not Path(db).exists():
        raise ArsipError(f"database {db}: no such file (run `arsip demo`, `crawl` or `refresh` first)")
    try:
        with Warehouse(db, read_only=True) as wh:
            rep = status_report(wh, runs)
    except WarehouseError as e:
        raise ArsipError(str(e))
    warcs = sorted(Path(archive).glob("*.warc.gz")) if Path(archive).is_dir() else []
    rep["warc_files"] = len(warcs)
    rep["warc_bytes"] = sum(f.stat().st_size for f in warcs)
    rep["db_bytes"] = Path(db).stat().st_size
    if fmt == "json":
        click.echo(json.dumps(jsonable(rep), ensure_ascii=False))
        return
    mb = lambda n: f"{n / 1e6:.1f} MB"  # noqa: E731
    click.echo(f"database {db} ({mb(rep['db_bytes'])}); archive {archive}/: {rep['warc_files']} WARC file(s), "
               f"{mb(rep['warc_bytes'])}")
    first, last = rep["first_published"], rep["last_published"]
    span = f"published {_wib(first)[:10]} .. {_wib(last)[:10]} (WIB), {rep['days_with_articles']} day(s) with articles" \
        if first else "no dated article"
    click.echo(f"articles: {rep['articles']} ({rep['topic_relevant']} topic-relevant, {rep['versions']} versions), "
               f"{span}; {rep['quotes']} quotes, {rep['figures']} figures, {rep['fetches']} fetches")
    click.echo("last successful refresh: " + (_wib(rep["last_ok_refresh"]) + " WIB" if rep["last_ok_refresh"] else "never"))
    click.echo(f"{'run':>4}  {'kind':<9} {'started (WIB)':<16} {'took':>7}  {'status':<11} {'new':>5} {'upd':>5} "
               f"{'same':>5} {'failed':>6}  message")
    for r in rep["runs"]:
        took = f"{r['seconds']:.1f}s" if r["finished_at"] else "-"
        click.echo(f"{r['run_id']:>4}  {r['kind']:<9} {_wib(r['started_at'])[:16]:<16} {took:>7}  {r['status']:<11} "
                   f"{r['articles_new'] or 0:>5} {r['articles_updated'] or 0:>5} {r['articles_unchanged'] or 0:>5} "
                   f"{r['fetches_failed'] or 0:>6}  {(r['message'] or '')[:80]}")
    say(f"status: {len(rep['runs'])} run(s) listed")


def _wib(dt) -> str:
    if dt is None:
        return "-"
    from extract.dates import WIB

    return dt.astimezone(WIB).strftime("%Y-%m-%d %H:%M")


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
