"""The warehouse schema: tables, column documentation, migrations and views.

This module is the single source of truth for the layout of the DuckDB file:

* ``MIGRATIONS`` is the ordered list of DDL steps. A new file runs all of them; an older file
  runs the ones it lacks, in place, each step in its own transaction. Never edit a released
  step: add a new one.
* ``TABLES`` documents every column of the *current* layout. The same text is written into
  the file (``COMMENT ON``, visible in ``duckdb_columns()``) and into ``docs/schema.md``
  (``python -m warehouse.schema > docs/schema.md``; a test checks they agree).
* ``VIEWS`` are the ready-made answers to the usual questions. They are re-created whenever
  their definitions change (tracked by a hash in ``warehouse_meta``), without a schema step.
"""
from __future__ import annotations

import hashlib

SCHEMA_VERSION = 8

# Dates and months in views are Jakarta (WIB) wall-clock dates, independent of the session
# TimeZone: timezone('Asia/Jakarta', ts) turns a TIMESTAMPTZ into the WIB local timestamp.
WIB = "'Asia/Jakarta'"

# --- migrations ------------------------------------------------------------------------
# v1: the first layout (the columns named in issue 7).
_V1 = [
    """CREATE TABLE schema_version (
        version     INTEGER PRIMARY KEY,
        applied_at  TIMESTAMPTZ NOT NULL,
        description VARCHAR
    )""",
    "CREATE SEQUENCE crawl_run_id START 1",
    """CREATE TABLE crawl_runs (
        run_id      INTEGER PRIMARY KEY DEFAULT nextval('crawl_run_id'),
        kind        VARCHAR NOT NULL,
        params      JSON,
        started_at  TIMESTAMPTZ NOT NULL,
        finished_at TIMESTAMPTZ,
        status      VARCHAR NOT NULL,
        counts      JSON,
        message     VARCHAR
    )""",
    """CREATE TABLE articles (
        url             VARCHAR PRIMARY KEY,
        site            VARCHAR,
        section         VARCHAR,
        article_id      VARCHAR,
        title           VARCHAR,
        lead            VARCHAR,
        authors         VARCHAR[],
        published_at    TIMESTAMPTZ,
        updated_at      TIMESTAMPTZ,
        dateline        VARCHAR,
        editor_codes    VARCHAR[],
        tags            VARCHAR[],
        topic_relevant  BOOLEAN,
        text            VARCHAR,
        word_count      INTEGER,
        content_hash    VARCHAR NOT NULL,
        version         INTEGER NOT NULL,
        first_seen_at   TIMESTAMPTZ NOT NULL,
        last_fetched_at TIMESTAMPTZ NOT NULL
    )""",
    """CREATE TABLE article_versions (
        url           VARCHAR NOT NULL,
        version       INTEGER NOT NULL,
        content_hash  VARCHAR NOT NULL,
        title         VARCHAR,
        lead          VARCHAR,
        text          VARCHAR,
        published_at  TIMESTAMPTZ,
        updated_at    TIMESTAMPTZ,
        first_seen_at TIMESTAMPTZ NOT NULL,
        last_seen_at  TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (url, version)
    )""",
    """CREATE TABLE quotes (
        url       VARCHAR NOT NULL,
        version   INTEGER NOT NULL,
        quote_no  INTEGER NOT NULL,
        text      VARCHAR,
        speaker   VARCHAR,
        role      VARCHAR,
        kind      VARCHAR,
        cue       VARCHAR,
        paragraph INTEGER
    )""",
    """CREATE TABLE figures (
        url       VARCHAR NOT NULL,
        version   INTEGER NOT NULL,
        figure_no INTEGER NOT NULL,
        text      VARCHAR,
        value     DOUBLE,
        unit      VARCHAR,
        qualifier VARCHAR,
        sentence  VARCHAR,
        paragraph INTEGER
    )""",
    """CREATE TABLE fetches (
        run_id      INTEGER,
        url         VARCHAR NOT NULL,
        status      INTEGER,
        reason      VARCHAR,
        warc_file   VARCHAR,
        warc_offset BIGINT,
        fetched_at  TIMESTAMPTZ NOT NULL
    )""",
]

# v2: provenance and HTTP validators for incremental crawls, the fetch outcome, the
# remaining record fields, per-run counters, the meta table and the search stopwords.
_V2 = [
    "ALTER TABLE articles ADD COLUMN language VARCHAR",
    "ALTER TABLE articles ADD COLUMN parser VARCHAR",
    "ALTER TABLE articles ADD COLUMN editors VARCHAR[]",
    "ALTER TABLE articles ADD COLUMN images STRUCT(url VARCHAR, caption VARCHAR, credit VARCHAR, title VARCHAR)[]",
    "ALTER TABLE articles ADD COLUMN fetched_url VARCHAR",
    "ALTER TABLE articles ADD COLUMN http_etag VARCHAR",
    "ALTER TABLE articles ADD COLUMN http_last_modified VARCHAR",
    "ALTER TABLE articles ADD COLUMN warc_file VARCHAR",
    "ALTER TABLE articles ADD COLUMN warc_offset BIGINT",
    "ALTER TABLE articles ADD COLUMN run_id INTEGER",
    "ALTER TABLE article_versions ADD COLUMN authors VARCHAR[]",
    "ALTER TABLE article_versions ADD COLUMN tags VARCHAR[]",
    "ALTER TABLE article_versions ADD COLUMN word_count INTEGER",
    "ALTER TABLE article_versions ADD COLUMN changed VARCHAR[]",
    "ALTER TABLE article_versions ADD COLUMN fetched_url VARCHAR",
    "ALTER TABLE article_versions ADD COLUMN warc_file VARCHAR",
    "ALTER TABLE article_versions ADD COLUMN warc_offset BIGINT",
    "ALTER TABLE article_versions ADD COLUMN run_id INTEGER",
    "ALTER TABLE figures ADD COLUMN upper DOUBLE",
    "ALTER TABLE fetches ADD COLUMN content_type VARCHAR",
    "ALTER TABLE fetches ADD COLUMN bytes BIGINT",
    "ALTER TABLE fetches ADD COLUMN etag VARCHAR",
    "ALTER TABLE fetches ADD COLUMN last_modified VARCHAR",
    "ALTER TABLE fetches ADD COLUMN kind VARCHAR",
    "ALTER TABLE fetches ADD COLUMN canonical_url VARCHAR",
    "ALTER TABLE fetches ADD COLUMN outcome VARCHAR",
    # outcome of the fetches a v1 file already holds (same rule as the loader, see OUTCOME_SQL)
    "UPDATE fetches SET outcome = {outcome}",
    "ALTER TABLE crawl_runs ADD COLUMN articles_new INTEGER DEFAULT 0",
    "ALTER TABLE crawl_runs ADD COLUMN articles_updated INTEGER DEFAULT 0",
    "ALTER TABLE crawl_runs ADD COLUMN articles_unchanged INTEGER DEFAULT 0",
    "ALTER TABLE crawl_runs ADD COLUMN fetches_ok INTEGER DEFAULT 0",
    "ALTER TABLE crawl_runs ADD COLUMN fetches_failed INTEGER DEFAULT 0",
    "UPDATE crawl_runs SET articles_new = 0, articles_updated = 0, articles_unchanged = 0, fetches_ok = 0, fetches_failed = 0",
    """CREATE TABLE warehouse_meta (
        key   VARCHAR PRIMARY KEY,
        value VARCHAR
    )""",
    "CREATE TABLE search_stopwords (sw VARCHAR PRIMARY KEY)",
    "INSERT INTO search_stopwords SELECT DISTINCT unnest(string_split('{stopwords}', ' '))",
]

# The outcome of one fetch, from its HTTP status and the crawler's reason.
#   ok / not_modified: a success (the page is known);  redirect: followed elsewhere;
#   gone: 404 or 410, never retried;  skipped: not fetched on purpose (robots.txt);
#   failed: anything else (timeouts, 5xx, 403, DNS ...), retried by the next crawl.
OUTCOME_SQL = """CASE
    WHEN reason = 'ok' THEN 'ok'
    WHEN reason = 'not_modified' OR status = 304 THEN 'not_modified'
    WHEN status IN (404, 410) OR reason IN ('http_404', 'http_410', 'gone') THEN 'gone'
    WHEN reason IN ('robots', 'robots_txt', 'skipped', 'offsite') THEN 'skipped'
    WHEN reason = 'redirect' OR (status BETWEEN 300 AND 399) THEN 'redirect'
    WHEN reason IS NULL AND status BETWEEN 200 AND 299 THEN 'ok'
    ELSE 'failed'
END"""

# A short list of Indonesian function words, left out of the full-text index (the default
# list of the fts extension is English). Content words ("blokir", "harga") are never here.
STOPWORDS_ID = (
    "ada adalah agar akan akan aku anda antara apa apakah atas atau bagi bahwa bahkan "
    "baik banyak beberapa belum bisa boleh bukan dalam dan dapat dari daripada demikian "
    "dengan di dia ialah ini itu jadi jika juga kalau kami kamu karena ke kemudian kepada "
    "ketika kita lagi lain lalu maka masih mereka meski namun oleh pada para per pun saat "
    "saja sampai sangat saya se sebagai sebelum sedang sejak sekitar selama seperti serta "
    "setelah sudah tak tapi telah tentang tersebut tetapi tidak untuk yaitu yakni yang"
)

# v3: where each figure stands in its paragraph (the extractor's character span).
_V3 = [
    "ALTER TABLE figures ADD COLUMN char_start INTEGER",
    "ALTER TABLE figures ADD COLUMN char_end INTEGER",
]

# v4: the current version of an article is stored once, in `articles`; superseded versions
# move to `article_versions_past`; `article_versions` becomes a view over both (same columns
# as the v1-v3 table, plus is_current). Halves the text stored and written per load.
_V4 = [
    "ALTER TABLE articles ADD COLUMN version_seen_at TIMESTAMPTZ",
    "ALTER TABLE articles ADD COLUMN changed VARCHAR[]",
    """UPDATE articles SET version_seen_at = v.first_seen_at, changed = coalesce(v.changed, []::VARCHAR[])
       FROM article_versions v WHERE v.url = articles.url AND v.version = articles.version""",
    """UPDATE articles SET version_seen_at = coalesce(version_seen_at, first_seen_at),
       changed = coalesce(changed, []::VARCHAR[]) WHERE version_seen_at IS NULL OR changed IS NULL""",
    """CREATE TABLE article_versions_past (
        url           VARCHAR NOT NULL,
        version       INTEGER NOT NULL,
        content_hash  VARCHAR NOT NULL,
        title         VARCHAR,
        lead          VARCHAR,
        text          VARCHAR,
        published_at  TIMESTAMPTZ,
        updated_at    TIMESTAMPTZ,
        first_seen_at TIMESTAMPTZ NOT NULL,
        last_seen_at  TIMESTAMPTZ NOT NULL,
        authors       VARCHAR[],
        tags          VARCHAR[],
        word_count    INTEGER,
        changed       VARCHAR[],
        fetched_url   VARCHAR,
        warc_file     VARCHAR,
        warc_offset   BIGINT,
        run_id        INTEGER,
        PRIMARY KEY (url, version)
    )""",
    """INSERT INTO article_versions_past
       SELECT url, version, content_hash, title, lead, text, published_at, updated_at, first_seen_at,
              last_seen_at, authors, tags, word_count, changed, fetched_url, warc_file, warc_offset, run_id
       FROM article_versions v
       WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.url = v.url AND a.version = v.version)""",
    "DROP TABLE article_versions",
]

# v5: arsip's own full-text index tables (built with the fts extension's Indonesian stemmer);
# drops what v4 rebuilds left behind (the fts extension's create_fts_index schema and the
# old derived tables).
_V5 = [
    "DROP SCHEMA IF EXISTS fts_main_articles CASCADE",
    "DROP TABLE IF EXISTS search_postings",
    "DROP TABLE IF EXISTS search_docs",
    "DELETE FROM warehouse_meta WHERE key LIKE 'search_index_%'",
    "CREATE TABLE search_docs (docid INTEGER, url VARCHAR, section VARCHAR, published_at TIMESTAMPTZ, doc_len INTEGER)",
    "CREATE TABLE search_terms (termid INTEGER, term VARCHAR, df INTEGER)",
    "CREATE TABLE search_postings (termid INTEGER, docid INTEGER, tf INTEGER, doc_len INTEGER)",
    "CREATE TABLE search_stats (num_docs BIGINT, avg_doc_len DOUBLE)",
]

# v6: the indexed words with their term, so a query needs the stemmer only for words the
# articles never used (loading the fts extension costs ~0.1 s per connection).
_V6 = [
    "CREATE TABLE search_words (word VARCHAR, termid INTEGER)",
    "DELETE FROM warehouse_meta WHERE key LIKE 'search_index_%'",
    "DELETE FROM search_stats",
]

# v7: articles without the PRIMARY KEY index. DuckDB rewrites a table's whole ART index at
# every checkpoint, so each batch got slower as the archive grew (measured: 0.5 s -> 2.3 s
# per 1000 articles over 30,000 in one session; flat 0.1-0.5 s without). url stays unique:
# the loader is the only writer and replaces rows by url inside its transaction (tested).
_V7 = [
    """CREATE TABLE articles_v7 (
        url                VARCHAR NOT NULL,
        site               VARCHAR,
        section            VARCHAR,
        article_id         VARCHAR,
        title              VARCHAR,
        lead               VARCHAR,
        authors            VARCHAR[],
        published_at       TIMESTAMPTZ,
        updated_at         TIMESTAMPTZ,
        dateline           VARCHAR,
        editor_codes       VARCHAR[],
        tags               VARCHAR[],
        topic_relevant     BOOLEAN,
        text               VARCHAR,
        word_count         INTEGER,
        content_hash       VARCHAR NOT NULL,
        version            INTEGER NOT NULL,
        first_seen_at      TIMESTAMPTZ NOT NULL,
        last_fetched_at    TIMESTAMPTZ NOT NULL,
        language           VARCHAR,
        parser             VARCHAR,
        editors            VARCHAR[],
        images             STRUCT(url VARCHAR, caption VARCHAR, credit VARCHAR, title VARCHAR)[],
        fetched_url        VARCHAR,
        http_etag          VARCHAR,
        http_last_modified VARCHAR,
        warc_file          VARCHAR,
        warc_offset        BIGINT,
        run_id             INTEGER,
        version_seen_at    TIMESTAMPTZ,
        changed            VARCHAR[]
    )""",
    "INSERT INTO articles_v7 SELECT * FROM articles ORDER BY published_at, url",
    "DROP TABLE articles",
    "ALTER TABLE articles_v7 RENAME TO articles",
]

# v8: the version of each indexed article, so that the index can be brought up to date
# with the articles added or changed since it was built (the old index is rebuilt once).
_V8 = [
    "ALTER TABLE search_docs ADD COLUMN version INTEGER",
    "DELETE FROM warehouse_meta WHERE key LIKE 'search_index_%'",
    "DELETE FROM search_stats",
]

MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (1, "articles, versions, quotes, figures, runs, fetches", _V1),
    (2, "provenance, HTTP validators, fetch outcome, run counters, meta, search stopwords",
     [s.replace("{outcome}", OUTCOME_SQL).replace("{stopwords}", STOPWORDS_ID) for s in _V2]),
    (3, "figure character spans", _V3),
    (4, "current version stored once: article_versions_past + view article_versions", _V4),
    (5, "full-text index tables", _V5),
    (6, "full-text index: word list", _V6),
    (7, "articles without the primary-key index (url unique by the loader)", _V7),
    (8, "full-text index: version of each indexed article (incremental updates)", _V8),
]
assert MIGRATIONS[-1][0] == SCHEMA_VERSION

# --- documentation of the current layout ----------------------------------------------
# (table, description, [(column, type, doc), ...][, view SQL]); the order is the column order
# of a file. An entry with a view SQL is a view documented like a table (created with VIEWS).
TABLES: list[tuple] = [
    ("articles",
     "One row per canonical URL: the latest version of each article. Replaced as a whole "
     "when a fetch brings a different `content_hash`; only `last_fetched_at` (and the HTTP "
     "validators) move when the same content is fetched again.",
     [
         ("url", "VARCHAR", "Canonical URL of the article (the page's `<link rel=canonical>`). Unique: the loader replaces rows by url (no index: DuckDB rewrites a table's index at every checkpoint)."),
         ("site", "VARCHAR", "Host name without `www.`/`m.`/`amp.`, e.g. `liputan6.com`."),
         ("section", "VARCHAR", "Channel of the site, e.g. `news`, `tekno`, `bisnis`."),
         ("article_id", "VARCHAR", "The site's own article number, when the URL or page has one."),
         ("title", "VARCHAR", "Headline."),
         ("lead", "VARCHAR", "Standfirst / summary paragraph as published by the site."),
         ("authors", "VARCHAR[]", "Bylines (reporters), in page order."),
         ("published_at", "TIMESTAMPTZ", "Publication time. Sites print WIB/WITA/WIT; stored as an instant. NULL when the page gives none."),
         ("updated_at", "TIMESTAMPTZ", "Last update time printed by the site (never before `published_at`); NULL if none."),
         ("dateline", "VARCHAR", "Place of the dateline (`Jakarta` in \"Liputan6.com, Jakarta -\")."),
         ("editor_codes", "VARCHAR[]", "Initials the site appends to the body, e.g. `(Yud/Hen)` gives `[Yud, Hen]`."),
         ("tags", "VARCHAR[]", "Tags shown on the page, in page order."),
         ("topic_relevant", "BOOLEAN", "Whether the article matches the project's topic profile (`extract/topic_profile.toml`)."),
         ("text", "VARCHAR", "Body text, paragraphs separated by a blank line (`\\n\\n`)."),
         ("word_count", "INTEGER", "Number of whitespace-separated words in `text`."),
         ("content_hash", "VARCHAR", "Hash of title, lead and text: what makes two fetches the same version."),
         ("version", "INTEGER", "1 for the first content seen, +1 each time the content changes (see `article_versions`)."),
         ("first_seen_at", "TIMESTAMPTZ", "When the crawler first fetched this article (any version)."),
         ("last_fetched_at", "TIMESTAMPTZ", "When it was last fetched (any outcome that produced a record)."),
         ("language", "VARCHAR", "Language of the page (`id` unless it says otherwise)."),
         ("parser", "VARCHAR", "Which page parser produced the record (e.g. `liputan6-desktop-2019`, `generic`)."),
         ("editors", "VARCHAR[]", "Editors named on the page."),
         ("images", "STRUCT(url VARCHAR, caption VARCHAR, credit VARCHAR, title VARCHAR)[]", "Images of the article with caption and credit."),
         ("fetched_url", "VARCHAR", "The URL this version was fetched from (may differ from the canonical `url`)."),
         ("http_etag", "VARCHAR", "`ETag` header of the latest fetch, for conditional requests."),
         ("http_last_modified", "VARCHAR", "`Last-Modified` header of the latest fetch."),
         ("warc_file", "VARCHAR", "WARC file (relative to the archive directory) holding the response of this version."),
         ("warc_offset", "BIGINT", "Byte offset of that response record in the WARC file."),
         ("run_id", "INTEGER", "The crawl run that loaded this version (`crawl_runs.run_id`)."),
         ("version_seen_at", "TIMESTAMPTZ", "When this version (this `content_hash`) was first fetched."),
         ("changed", "VARCHAR[]", "Fields that differ from the previous version (`title`, `lead`, `text`, `authors`, `tags`, `published_at`, `updated_at`); empty for version 1."),
     ]),
    ("article_versions_past",
     "Superseded versions: when an article changes, its previous `articles` row moves here "
     "unchanged. Read `article_versions` (all versions) rather than this table.",
     [
         ("url", "VARCHAR", "Canonical URL (`articles.url`)."),
         ("version", "INTEGER", "Version number. Primary key with `url`."),
         ("content_hash", "VARCHAR", "Hash of title, lead and text of this version."),
         ("title", "VARCHAR", "Headline of this version."),
         ("lead", "VARCHAR", "Lead of this version."),
         ("text", "VARCHAR", "Body text of this version."),
         ("published_at", "TIMESTAMPTZ", "Publication time printed on this version."),
         ("updated_at", "TIMESTAMPTZ", "Update time printed on this version."),
         ("first_seen_at", "TIMESTAMPTZ", "Fetch time at which this version was first seen."),
         ("last_seen_at", "TIMESTAMPTZ", "Last fetch at which this version was still the one online."),
         ("authors", "VARCHAR[]", "Bylines of this version."),
         ("tags", "VARCHAR[]", "Tags of this version."),
         ("word_count", "INTEGER", "Words in `text`."),
         ("changed", "VARCHAR[]", "Fields that differ from the version before it."),
         ("fetched_url", "VARCHAR", "URL the version was fetched from."),
         ("warc_file", "VARCHAR", "WARC file holding the response of this version."),
         ("warc_offset", "BIGINT", "Offset of the response record in `warc_file`."),
         ("run_id", "INTEGER", "Crawl run that first saw this version."),
     ]),
    ("article_versions",
     "A view: every distinct version of every article ever seen, one row per (url, version): "
     "the superseded ones (`article_versions_past`) and the current one (`articles`).",
     [
         ("url", "VARCHAR", "Canonical URL (`articles.url`)."),
         ("version", "INTEGER", "Version number, 1, 2, ... Unique with `url`."),
         ("content_hash", "VARCHAR", "Hash of title, lead and text of this version."),
         ("title", "VARCHAR", "Headline of this version."),
         ("lead", "VARCHAR", "Lead of this version."),
         ("text", "VARCHAR", "Body text of this version."),
         ("published_at", "TIMESTAMPTZ", "Publication time printed on this version."),
         ("updated_at", "TIMESTAMPTZ", "Update time printed on this version."),
         ("first_seen_at", "TIMESTAMPTZ", "Fetch time at which this version was first seen."),
         ("last_seen_at", "TIMESTAMPTZ", "Latest fetch time at which this version was still the one online."),
         ("authors", "VARCHAR[]", "Bylines of this version."),
         ("tags", "VARCHAR[]", "Tags of this version."),
         ("word_count", "INTEGER", "Words in `text`."),
         ("changed", "VARCHAR[]", "Fields that differ from the previous version (`title`, `lead`, `text`, `authors`, `tags`, `published_at`, `updated_at`); empty for version 1."),
         ("fetched_url", "VARCHAR", "URL the version was fetched from."),
         ("warc_file", "VARCHAR", "WARC file holding the response of this version."),
         ("warc_offset", "BIGINT", "Offset of the response record in `warc_file`."),
         ("run_id", "INTEGER", "Crawl run that first saw this version."),
         ("is_current", "BOOLEAN", "True for the version now in `articles`."),
     ],
     """SELECT url, version, content_hash, title, lead, text, published_at, updated_at, first_seen_at,
       last_seen_at, authors, tags, word_count, changed, fetched_url, warc_file, warc_offset, run_id,
       false AS is_current
FROM article_versions_past
UNION ALL
SELECT url, version, content_hash, title, lead, text, published_at, updated_at,
       version_seen_at AS first_seen_at, last_fetched_at AS last_seen_at, authors, tags, word_count,
       changed, fetched_url, warc_file, warc_offset, run_id, true AS is_current
FROM articles"""),
    ("quotes",
     "One row per quotation found in the current version of an article (replaced together "
     "with the article when it changes).",
     [
         ("url", "VARCHAR", "Article (`articles.url`)."),
         ("version", "INTEGER", "Article version the quote was extracted from (`articles.version`)."),
         ("quote_no", "INTEGER", "Position of the quote in the article, from 0."),
         ("text", "VARCHAR", "The quoted words."),
         ("speaker", "VARCHAR", "Person (name as first introduced, without title) or organisation; NULL if none found."),
         ("role", "VARCHAR", "Position or organisation the article gives for the speaker (`juru bicara kementerian`)."),
         ("kind", "VARCHAR", "`direct` (inside quotation marks) or `indirect` (reported speech: \"Menurut X, ...\")."),
         ("cue", "VARCHAR", "The speech verb as written, lower case (`kata`, `tutur`, `mengatakan`, `menurut`); NULL when the quote continues the previous speaker."),
         ("paragraph", "INTEGER", "Paragraph number in `articles.text`, from 0."),
     ]),
    ("figures",
     "One row per number with a unit found in the current version of an article (money, "
     "percentages, counts ...).",
     [
         ("url", "VARCHAR", "Article (`articles.url`)."),
         ("version", "INTEGER", "Article version the figure was extracted from."),
         ("figure_no", "INTEGER", "Position of the figure in the article, from 0."),
         ("text", "VARCHAR", "The numeric expression as written (`Rp 1,5 triliun`)."),
         ("value", "DOUBLE", "Its value with the scale word applied (1500000000000); the lower bound of a range."),
         ("unit", "VARCHAR", "The noun the number counts, lower case (`rupiah`, `dolar`, `persen`, `orang`, `situs` ...); NULL if none."),
         ("qualifier", "VARCHAR", "Hedge before the number, normalised (`sekitar`, `lebih dari`, `hampir`, `mencapai` ...)."),
         ("sentence", "VARCHAR", "The sentence the figure stands in."),
         ("paragraph", "INTEGER", "Paragraph number in `articles.text` (paragraphs split on blank lines), from 0."),
         ("upper", "DOUBLE", "Upper bound of a range (`10-20 persen` gives value 10, upper 20); NULL otherwise."),
         ("char_start", "INTEGER", "Character offset of `text` in its paragraph (schema v3; NULL for older loads)."),
         ("char_end", "INTEGER", "Character offset just after `text` in its paragraph."),
     ]),
    ("crawl_runs",
     "One row per run of the crawler or of another loading command (`kind`).",
     [
         ("run_id", "INTEGER", "Run number, from a sequence. Primary key."),
         ("kind", "VARCHAR", "What ran: `crawl`, `reextract`, `import`, `demo` ..."),
         ("params", "JSON", "The run's parameters (start URLs, limits, options)."),
         ("started_at", "TIMESTAMPTZ", "Start time."),
         ("finished_at", "TIMESTAMPTZ", "End time; NULL while running (or if the process died)."),
         ("status", "VARCHAR", "`running`, then `ok`, `failed`, `interrupted` ..."),
         ("counts", "JSON", "Counters reported by the run at its end (pages, errors, bytes ...)."),
         ("message", "VARCHAR", "Error or remark at the end of the run."),
         ("articles_new", "INTEGER", "Articles loaded for the first time in this run."),
         ("articles_updated", "INTEGER", "Articles whose content changed (a new version)."),
         ("articles_unchanged", "INTEGER", "Articles fetched again with the same content."),
         ("fetches_ok", "INTEGER", "Fetches recorded with outcome `ok` or `not_modified`."),
         ("fetches_failed", "INTEGER", "Fetches recorded with another outcome."),
     ]),
    ("fetches",
     "One row per HTTP request the crawler made (or skipped on purpose), with the location of "
     "the response in the WARC archive.",
     [
         ("run_id", "INTEGER", "Crawl run (`crawl_runs.run_id`)."),
         ("url", "VARCHAR", "Requested URL."),
         ("status", "INTEGER", "HTTP status; NULL when no response arrived (timeout, DNS, robots)."),
         ("reason", "VARCHAR", "The crawler's reason: `ok`, `not_modified`, `http_404`, `timeout`, `robots` ..."),
         ("warc_file", "VARCHAR", "WARC file holding the response (NULL if not archived)."),
         ("warc_offset", "BIGINT", "Byte offset of the response record in `warc_file`."),
         ("fetched_at", "TIMESTAMPTZ", "Time of the request."),
         ("content_type", "VARCHAR", "`Content-Type` of the response."),
         ("bytes", "BIGINT", "Size of the response body."),
         ("etag", "VARCHAR", "`ETag` response header."),
         ("last_modified", "VARCHAR", "`Last-Modified` response header."),
         ("kind", "VARCHAR", "What the page is: `article`, `sitemap`, `index`, `tag`, `rss`, `robots`, `other`."),
         ("canonical_url", "VARCHAR", "Canonical URL of the article the response contained (joins `articles.url`)."),
         ("outcome", "VARCHAR", "Derived from status and reason: `ok`, `not_modified`, `redirect`, `gone` (404/410), `skipped` (robots.txt), `failed`."),
     ]),
    ("schema_version",
     "The schema steps applied to this file; `max(version)` is the layout version.",
     [
         ("version", "INTEGER", "Schema step."),
         ("applied_at", "TIMESTAMPTZ", "When the step ran on this file."),
         ("description", "VARCHAR", "What the step did."),
     ]),
    ("warehouse_meta",
     "Key/value bookkeeping: `views_hash` (views are re-created when it changes), "
     "`search_index_built_at` and `search_index_state` (article count and version sum the index was built from).",
     [
         ("key", "VARCHAR", "Name."),
         ("value", "VARCHAR", "Value (timestamps as ISO text)."),
     ]),
    ("search_stopwords",
     "Indonesian function words left out of the full-text index.",
     [
         ("sw", "VARCHAR", "A stopword."),
     ]),
    ("search_docs",
     "Full-text index: the indexed articles (built by `rebuild_search_index`, brought up to date "
     "by `update_search_index`).",
     [
         ("docid", "INTEGER", "Document number in the index."),
         ("url", "VARCHAR", "The article (`articles.url`)."),
         ("section", "VARCHAR", "`articles.section` when the index was built (for filtering)."),
         ("published_at", "TIMESTAMPTZ", "`articles.published_at` when the index was built (for filtering)."),
         ("doc_len", "INTEGER", "Indexed terms in title, lead and text (the BM25 document length)."),
         ("version", "INTEGER", "`articles.version` that was indexed (an update re-indexes the articles "
                                "whose version moved on)."),
     ]),
    ("search_terms",
     "Full-text index: the dictionary of stemmed terms.",
     [
         ("termid", "INTEGER", "Term number (alphabetical order of `term` at the last full rebuild; "
                               "terms added by later updates are numbered after them)."),
         ("term", "VARCHAR", "A stem, as `stem(word, 'indonesian')` gives it (`blokir` for `pemblokiran`)."),
         ("df", "INTEGER", "Number of articles containing the term (0: none since an update)."),
     ]),
    ("search_postings",
     "Full-text index: one row per (term, article), sorted by term, so that a query reads "
     "only the row groups of its own terms (rows added by an update are sorted among themselves).",
     [
         ("termid", "INTEGER", "Term (`search_terms.termid`)."),
         ("docid", "INTEGER", "Article (`search_docs.docid`)."),
         ("tf", "INTEGER", "Occurrences of the term in the article's title, lead and text."),
         ("doc_len", "INTEGER", "The article's `search_docs.doc_len`, repeated for fast scoring."),
     ]),
    ("search_words",
     "Full-text index: every indexed word (lower case, no accents) with its stemmed term.",
     [
         ("word", "VARCHAR", "A word as it occurs in the articles (`pemblokiran`)."),
         ("termid", "INTEGER", "Its term (`search_terms.termid`, here `blokir`)."),
     ]),
    ("search_stats",
     "Full-text index: collection statistics for BM25 (one row).",
     [
         ("num_docs", "BIGINT", "Indexed articles."),
         ("avg_doc_len", "DOUBLE", "Average `doc_len`."),
     ]),
]

# --- full-text search --------------------------------------------------------------------
# How text becomes terms, for documents and queries alike (the fts extension's default
# tokenizer, keeping digits): lower case, accents stripped, split on anything that is not
# a-z or 0-9, stopwords dropped, each word stemmed with the Snowball Indonesian stemmer.
TOKENIZE = "string_split_regex(lower(strip_accents({s})), '[^a-z0-9]+')"
BM25_K, BM25_B = 1.2, 0.75  # the fts extension's defaults

MACROS: list[tuple[str, str, str]] = [
    ("search_articles(q, k := 10)",
     "Full-text search from SQL: the k best articles for q (BM25 over search_postings), "
     "as (url, score). Needs the fts extension loaded (stem).",
     f"""TABLE
WITH words AS (
    SELECT DISTINCT stem(w, 'indonesian') AS term
    FROM (SELECT unnest({TOKENIZE.format(s='q')}) AS w)
    WHERE w <> '' AND w NOT IN (SELECT sw FROM search_stopwords)),
qt AS (SELECT t.termid, t.df FROM search_terms t JOIN words USING (term)),
scores AS (
    SELECT p.docid,
           sum(log10(1 + (st.num_docs - qt.df + 0.5) / (qt.df + 0.5)) * p.tf * ({BM25_K} + 1)
               / (p.tf + {BM25_K} * (1 - {BM25_B} + {BM25_B} * p.doc_len / st.avg_doc_len))) AS score
    FROM search_postings p JOIN qt USING (termid), search_stats st
    GROUP BY p.docid)
SELECT d.url, s.score FROM scores s JOIN search_docs d USING (docid)
ORDER BY s.score DESC, d.published_at DESC NULLS LAST, d.url
LIMIT k"""),
]

# --- views --------------------------------------------------------------------------------
VIEWS: list[tuple[str, str, str]] = [
    ("articles_per_day",
     "Articles per publication day (WIB) and section, with topic-relevant count and words.",
     f"""SELECT CAST(timezone({WIB}, published_at) AS DATE) AS day, site, section,
       count(*) AS articles,
       count(*) FILTER (WHERE topic_relevant) AS topic_relevant,
       sum(word_count) AS words
FROM articles
WHERE published_at IS NOT NULL
GROUP BY ALL"""),
    ("quotes_per_speaker",
     "Quotes per speaker: how often, in how many articles, first and last time quoted.",
     f"""SELECT q.speaker,
       count(*) AS quotes,
       count(DISTINCT q.url) AS articles,
       count(*) FILTER (WHERE q.kind = 'direct') AS direct_quotes,
       mode(q.role) AS usual_role,
       min(a.published_at) AS first_quoted_at,
       max(a.published_at) AS last_quoted_at
FROM quotes q JOIN articles a USING (url)
WHERE q.speaker IS NOT NULL
GROUP BY q.speaker"""),
    ("quotes_per_speaker_month",
     "Quotes per speaker and publication month (WIB).",
     f"""SELECT q.speaker,
       CAST(date_trunc('month', timezone({WIB}, a.published_at)) AS DATE) AS month,
       count(*) AS quotes,
       count(DISTINCT q.url) AS articles
FROM quotes q JOIN articles a USING (url)
WHERE q.speaker IS NOT NULL
GROUP BY ALL"""),
    ("figures_by_unit",
     "Figures per unit: how many, in how many articles, and the spread of their values.",
     """SELECT f.unit,
       count(*) AS figures,
       count(DISTINCT f.url) AS articles,
       min(f.value) AS min_value,
       median(f.value) AS median_value,
       max(f.value) AS max_value
FROM figures f
GROUP BY f.unit"""),
    ("figures_by_unit_month",
     "Figures per unit and publication month (WIB).",
     f"""SELECT f.unit,
       CAST(date_trunc('month', timezone({WIB}, a.published_at)) AS DATE) AS month,
       count(*) AS figures,
       count(DISTINCT f.url) AS articles,
       median(f.value) AS median_value,
       sum(f.value) AS sum_value
FROM figures f JOIN articles a USING (url)
GROUP BY ALL"""),
    ("topic_coverage",
     "Per publication month (WIB), site and section: all articles, topic-relevant ones and their share.",
     f"""SELECT CAST(date_trunc('month', timezone({WIB}, published_at)) AS DATE) AS month,
       site, section,
       count(*) AS articles,
       count(*) FILTER (WHERE topic_relevant) AS relevant,
       round(count(*) FILTER (WHERE topic_relevant) / count(*), 4) AS relevant_share
FROM articles
GROUP BY ALL"""),
    ("article_changes",
     "Versions after the first: which article changed, when, and which fields.",
     """SELECT v.url, v.version, v.first_seen_at AS changed_at, v.changed, v.title,
       p.first_seen_at AS previous_seen_at
FROM article_versions v
LEFT JOIN article_versions p ON p.url = v.url AND p.version = v.version - 1
WHERE v.version > 1"""),
    ("latest_fetches",
     "The most recent fetch of every URL.",
     """SELECT * FROM fetches QUALIFY row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC) = 1"""),
    ("pending_failures",
     "URLs whose last fetch failed (not 404/410, not robots.txt) and that never succeeded "
     "since: the retry list of the next crawl.",
     """WITH per_url AS (
    SELECT url,
           arg_max(outcome, fetched_at) AS last_outcome,
           arg_max(reason, fetched_at) AS reason,
           max(fetched_at) AS last_tried_at,
           max(fetched_at) FILTER (WHERE outcome IN ('ok', 'not_modified')) AS last_ok_at
    FROM fetches GROUP BY url
)
SELECT p.url, p.reason,
       (SELECT count(*) FROM fetches f
         WHERE f.url = p.url AND f.outcome = 'failed'
           AND (p.last_ok_at IS NULL OR f.fetched_at > p.last_ok_at)) AS attempts,
       p.last_tried_at
FROM per_url p
WHERE p.last_outcome = 'failed'
  AND NOT EXISTS (SELECT 1 FROM articles a
                  WHERE (a.url = p.url OR a.fetched_url = p.url) AND a.last_fetched_at >= p.last_tried_at)"""),
    ("run_summary",
     "Crawl runs with their duration and counters, newest first.",
     """SELECT run_id, kind, status, started_at, finished_at,
       round(epoch(finished_at) - epoch(started_at), 1) AS seconds,
       articles_new, articles_updated, articles_unchanged, fetches_ok, fetches_failed, message
FROM crawl_runs ORDER BY run_id DESC"""),
]


def _entries():
    """TABLES as (name, doc, cols, view_sql or None)."""
    return [(t[0], t[1], t[2], t[3] if len(t) > 3 else None) for t in TABLES]


def _all_views():
    """(name, doc, sql): the documented views of TABLES first (others build on them), then VIEWS."""
    return [(n, d, v) for n, d, _c, v in _entries() if v] + list(VIEWS)


def views_hash() -> str:
    h = hashlib.sha256()
    for name, doc, sql in _all_views() + MACROS:
        h.update(f"{name}\x1f{doc}\x1f{sql}\x1e".encode())
    return h.hexdigest()[:16]


def view_statements() -> list[str]:
    out = []
    for name, doc, sql in _all_views():
        out.append(f"CREATE OR REPLACE VIEW {name} AS\n{sql}")
        out.append(f"COMMENT ON VIEW {name} IS {_lit(_plain(doc))}")
    for signature, doc, body in MACROS:
        out.append(f"CREATE OR REPLACE MACRO {signature} AS {body}")
    return out


def comment_statements() -> list[str]:
    out = []
    for table, doc, cols, view in _entries():
        if not view:
            out.append(f"COMMENT ON TABLE {table} IS {_lit(_plain(doc))}")
        for col, _type, cdoc in cols:
            out.append(f"COMMENT ON COLUMN {table}.{col} IS {_lit(_plain(cdoc))}")
    return out


def _plain(s: str) -> str:
    return s.replace("`", "")


def _lit(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def schema_markdown() -> str:
    """docs/schema.md, generated from TABLES and VIEWS."""
    lines = [
        "# Warehouse schema",
        "",
        "<!-- Generated from warehouse/schema.py by `python -m warehouse.schema > docs/schema.md`;",
        "     edit the descriptions there, not here (a test checks the two agree). -->",
        "",
        f"Schema version **{SCHEMA_VERSION}**. The file records the steps applied to it in "
        "`schema_version`; opening an older file for writing upgrades it in place "
        "(see [warehouse.md](warehouse.md#schema-versions-and-upgrades)). The same column "
        "descriptions are stored in the file itself: "
        "`SELECT table_name, column_name, comment FROM duckdb_columns() WHERE NOT internal`.",
        "",
        "All times are `TIMESTAMPTZ` (an instant). Sessions opened by arsip use "
        "`TimeZone = 'Asia/Jakarta'`, so they display in WIB; in other tools use "
        "`timezone('Asia/Jakarta', published_at)` or `SET TimeZone = 'Asia/Jakarta'`. The "
        "views compute days and months in WIB whatever the session time zone.",
        "",
        "Keys: `articles.url` is unique (kept so by the loader; there is no index); `article_versions` (a view) is keyed by "
        "`(url, version)`; `quotes` and `figures` by `(url, version, quote_no|figure_no)` and "
        "always belong to the article's current version; `fetches.canonical_url` and "
        "`fetches.url` join `articles.url`; every `run_id` joins `crawl_runs`. Each version's "
        "text is stored once: the current one in `articles`, older ones in "
        "`article_versions_past`.",
        "",
        "## Tables",
        "",
    ]
    for table, doc, cols, view in _entries():
        lines += [f"### `{table}`" + (" (view)" if view else ""), "", doc, "",
                  "| column | type | description |", "|---|---|---|"]
        for col, typ, cdoc in cols:
            cell = cdoc.replace("|", "\\|")
            lines.append(f"| `{col}` | `{typ}` | {cell} |")
        lines.append("")
        if view:
            lines += ["```sql", view, "```", ""]
    lines += ["## Views", "",
              "Plain views (computed when queried). `SELECT * FROM <view>` in any tool.", ""]
    for name, doc, sql in VIEWS:
        lines += [f"### `{name}`", "", doc, "", "```sql", sql, "```", ""]
    lines += [
        "## Full-text search",
        "",
        "The tables `search_docs`, `search_terms`, `search_words`, `search_postings` and `search_stats` are "
        "built together by `rebuild_search_index()` (or `arsip search --reindex`), in one "
        "transaction. After a crawl, `update_search_index()` indexes only the articles added "
        "or changed since (their version differs from `search_docs.version`) and updates the "
        "document frequencies and statistics, with the same scores as a full rebuild; it "
        "rebuilds in full instead when most of the index would change or when the added rows "
        "pass a quarter of the postings (they are not sorted with the rest). Loads themselves "
        "do not touch the index: `warehouse_meta.search_index_state` tells "
        "whether it still matches `articles` (`arsip search` warns when not). Text is split "
        "and stemmed as follows, for articles (title, lead and text) and queries alike:",
        "",
        "```sql",
        "SELECT stem(w, 'indonesian') FROM (SELECT unnest(" + TOKENIZE.format(s="'Kominfo memblokir situs'") + ") AS w)",
        "WHERE w <> '' AND w NOT IN (SELECT sw FROM search_stopwords)",
        "```",
        "",
        f"Ranking is BM25 with k = {BM25_K} and b = {BM25_B}, the fts extension's formula and "
        "parameters. From SQL (with the fts extension loaded, for `stem`):",
        "",
        "```sql",
        "SELECT a.title, s.score FROM search_articles('blokir tiktok', k := 10) s JOIN articles a USING (url)",
        "ORDER BY s.score DESC",
        "```",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":  # python -m warehouse.schema > docs/schema.md
    import sys

    sys.stdout.write(schema_markdown())
