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
