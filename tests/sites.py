"""Test sites for the crawl tests and the crawl benchmark: Liputan6-style articles made up
from a bank of sentences, served by ``samplesite.server`` on 127.0.0.1.

``make_articles(n)`` gives ``n`` articles in the format of ``samplesite.render.Article``,
spread over days, channels and the four template generations, with quotes and figures in
their text (so extraction does its full work), about a third on the topic
(platform regulation). Deterministic for a given ``seed``.
"""
from __future__ import annotations

import random
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone

from samplesite.render import GENERATIONS, Article
from samplesite.server import SampleSite, SiteServer

WIB = timezone(timedelta(hours=7))
CHANNELS = ["news", "bisnis", "tekno", "regional", "health", "global"]
PEOPLE = [("Budi Santoso", "Direktur Jenderal Aplikasi Informatika"), ("Siti Rahmawati", "Ketua Komisi I DPR"),
          ("Andi Wijaya", "pengamat kebijakan digital"), ("Dewi Lestari", "Kepala Dinas Pendidikan"),
          ("Rudi Hartono", "Menteri Perdagangan"), ("Maya Puspita", "peneliti Lembaga Riset Siber"),
          ("Agus Salim", "Wakil Ketua Asosiasi Pedagang Daring"), ("Nur Aini", "warga Bekasi")]
CITIES = ["Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Denpasar", "Semarang", "Yogyakarta"]
TOPIC = ["Kementerian Komunikasi dan Digital meminta platform media sosial menurunkan konten judi daring "
         "dalam waktu 24 jam setelah laporan diterima.",
         "Pemerintah menyiapkan revisi peraturan tentang penyelenggara sistem elektronik lingkup privat "
         "agar platform digital wajib mendaftar dan memoderasi konten.",
         "Komdigi mencatat {n} situs dan akun telah diblokir sepanjang {month} karena melanggar aturan "
         "perlindungan data pribadi dan konten negatif.",
         "Regulasi baru itu mewajibkan platform menyediakan fitur verifikasi usia bagi pengguna di bawah 17 tahun."]
GENERAL = ["Harga cabai rawit di pasar tradisional naik menjadi Rp {n}.000 per kilogram menjelang akhir pekan.",
           "Dinas Perhubungan menambah {n} armada bus untuk mengurai kepadatan penumpang pada jam sibuk.",
           "Sekitar {n} persen siswa mengikuti program makan siang bergizi yang digelar sejak awal {month}.",
           "Banjir setinggi {n} sentimeter merendam permukiman warga di tiga kecamatan sejak Senin malam.",
           "Pemerintah daerah mengalokasikan anggaran Rp {n} miliar untuk perbaikan jalan dan jembatan.",
           "Tim gabungan mengevakuasi {n} warga ke tempat pengungsian sementara di balai desa.",
           "Kunjungan wisatawan ke kawasan itu meningkat {n} persen dibandingkan periode yang sama tahun lalu.",
           "Polisi memeriksa {n} saksi untuk mengungkap penyebab kebakaran gudang di kawasan industri."]
QUOTES = ['"Kami akan terus memantau pelaksanaannya di lapangan dan memberi sanksi bila ada pelanggaran," kata {who}, {role}, di {city}, {day}.',
          '"Masyarakat diminta tidak panik dan mengikuti informasi resmi dari pemerintah," ujar {who}.',
          '{who} menyebutkan, "Evaluasi menyeluruh diperlukan agar kebijakan ini tepat sasaran."',
          '"Kami sudah menyiapkan {n} petugas tambahan untuk mengantisipasi lonjakan," tutur {who}, {role}.']
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def _fill(rng: random.Random, s: str, when: datetime) -> str:
    who, role = rng.choice(PEOPLE)
    return s.format(n=rng.randint(2, 950), month=MONTHS[when.month - 1], who=who, role=role,
                    city=rng.choice(CITIES), day=f"{DAYS[when.weekday()]} ({when.day}/{when.month}/{when.year})")


def make_article(i: int, rng: random.Random, start: date, per_day: int, first_id: int = 5_700_000) -> dict:
    day = start + timedelta(days=i // per_day)
    when = datetime(day.year, day.month, day.day, 6, 0, tzinfo=WIB) + timedelta(minutes=(i % per_day) * 37 % 900)
    topic = i % 3 == 0
    channel = "tekno" if topic else CHANNELS[i % len(CHANNELS)]
    bank = TOPIC + GENERAL[:3] if topic else GENERAL
    paragraphs = []
    for p in range(rng.randint(6, 10)):
        sents = [_fill(rng, rng.choice(bank), when) for _ in range(rng.randint(2, 3))]
        if p % 3 == 1:
            sents.append(_fill(rng, rng.choice(QUOTES), when))
        paragraphs.append(" ".join(sents))
    pages = [{"title": "", "paragraphs": paragraphs}]
    if i % 4 == 1:  # some articles have a second page
        pages.append({"title": "Tanggapan Warga", "paragraphs": [_fill(rng, rng.choice(GENERAL), when) +
                                                                  " " + _fill(rng, rng.choice(QUOTES), when)
                                                                  for _ in range(3)]})
    subject = rng.choice(["Platform Digital", "Judi Daring", "Data Pribadi"]) if topic else \
        rng.choice(["Harga Pangan", "Banjir", "Transportasi", "Sekolah", "Wisata"])
    title = f"{subject}: Laporan {i + 1} dari {rng.choice(CITIES)} soal {rng.choice(['Aturan', 'Warga', 'Anggaran', 'Evaluasi'])}"
    slug = "-".join(title.lower().replace(":", "").split())
    who = rng.choice(PEOPLE)[0]
    return {
        "id": first_id + i, "channel": channel, "slug": slug, "generation": GENERATIONS[i % len(GENERATIONS)],
        "title": title, "lead": _fill(rng, rng.choice(bank), when), "authors": [who],
        "editors": ["Nurma Hidayati"], "published_at": when.isoformat(),
        "updated_at": (when + timedelta(minutes=45)).isoformat(), "dateline": rng.choice(CITIES),
        "tags": [subject, channel.capitalize()], "topic_relevant": topic, "editor_codes": ["Nrm"],
        "pages": pages,
        "images": [{"caption": f"Ilustrasi {subject.lower()}.", "credit": "(Liputan6.com/Arsip)"}],
    }


def make_articles(n: int, start: date = date(2024, 5, 1), per_day: int = 5, seed: int = 6,
                  first_id: int = 5_700_000) -> list[Article]:
    rng = random.Random(seed)
    return [Article(make_article(i, rng, start, per_day, first_id)) for i in range(n)]


def change(article: Article) -> None:
    """Edit an article in place as a newsroom would: new text, updated now (so its sitemap
    ``lastmod`` and ``Last-Modified`` move past the last fetch)."""
    d = article.data
    d["pages"][0]["paragraphs"].append("Pembaruan: pemerintah menambahkan keterangan resmi pada sore hari.")
    d["updated_at"] = datetime.now(WIB).replace(microsecond=0).isoformat()


@contextmanager
def serve(articles: list[Article], per_page: int = 3):
    """``with serve(articles) as server:`` a test site on 127.0.0.1 (``server.site`` to change it)."""
    site = SampleSite(articles=list(articles), per_page=per_page)
    with SiteServer(site) as server:
        yield server


# --- running crawls in tests -------------------------------------------------------------
# No AutoThrottle or delays, short backoff and a 2 s timeout (a 30 s stall becomes 2 s),
# no search index (not what these tests look at).
FAST = ("--setting", "AUTOTHROTTLE_ENABLED=false", "--setting", "DOWNLOAD_DELAY=0",
        "--setting", "ARSIP_RETRY_BACKOFF=0.05", "--setting", "DOWNLOAD_TIMEOUT=2",
        "--setting", "ARSIP_REBUILD_SEARCH=false")


def crawl(base_url: str, db, archive, *args, timeout: float = 180, env: dict | None = None):
    """``arsip crawl`` in a subprocess against ``base_url`` with the FAST settings."""
    from conftest import run_arsip

    return run_arsip("crawl", "--base-url", base_url, "--db", db, "--archive", archive, *FAST, *args,
                     timeout=timeout, env=env)


def crawl_cmd(base_url: str, db, archive, *args) -> list[str]:
    from conftest import ARSIP

    return [*ARSIP, "crawl", "--base-url", base_url, "--db", str(db), "--archive", str(archive), *FAST,
            *map(str, args)]


def query(db, sql: str, params=None) -> list[tuple]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def article_hits(site, since: float = 0.0) -> list[dict]:
    """Requests for article pages (any variant) after ``since`` (time.monotonic())."""
    return [h for h in site.hits if h["t"] >= since and ("/read/" in h["path"] or "/amp/" in h["path"])]
