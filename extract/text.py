"""Body-text rules shared by every parser: boilerplate lines, datelines, editor initials.

All rules work on clean paragraphs (strings), so a site parser only has to find the
paragraphs; what counts as noise is decided here, in one place.
"""
from __future__ import annotations

import re

# Paragraphs that are page furniture, not article text (matched on the whole paragraph).
BOILERPLATE_LINE = re.compile(
    r"""^(?:
        (?:baca|lihat)\s+(?:juga|pula)\b.*
      | (?:advertisement|advertisment|iklan|adv|ads|sponsored|konten\s+sponsor|promoted|\[?gambas:video.*)
      | scroll\s+(?:down\s+)?(?:to|untuk)\s+(?:continue|resume|melanjutkan|lanjut).*
      | (?:lanjutkan|lanjut)\s+(?:membaca|baca).*
      | (?:halaman\s+)?\d+\s+(?:dari|of)\s+\d+(?:\s+halaman)?
      | (?:halaman|page)\s+\d+(?:\s+(?:dari|of)\s+\d+)?
      | (?:halaman\s+)?(?:selanjutnya|berikutnya|sebelumnya)\s*(?:[>»›→]+)?
      | (?:tampilkan|show)\s+(?:semua|all)(?:\s+(?:halaman|page|\w+))?
      | (?:saksikan|simak|tonton|lihat)\s+(?:juga\s+)?(?:video|live\s+streaming|siaran|breaking\s+news).*
      | (?:simak|dapatkan|ikuti|gabung(?:lah)?|yuk\s+gabung)\b.*\b(?:whatsapp|telegram|google\s+news|channel|saluran|breaking\s+news|update\s+berita)\b.*
      | video\s+(?:pilihan|terkini|terpopuler|unggulan).*
      | berita\s+(?:terkini|terpopuler|terkait|lainnya).*
      | (?:artikel\s+ini\s+(?:telah\s+)?(?:tayang|terbit)|baca\s+berita\s+selengkapnya|selengkapnya\s+(?:di|baca|klik)|klik\s+(?:di\s+)?sini).*
      | (?:loading|memuat)\.{0,3}
      | (?:follow|ikuti)\s+(?:us|kami|berita|saluran|channel|akun).*
      | (?:dapatkan|download|unduh)\s+(?:berita|aplikasi|update|app).*
      | pic\.twitter\.com/\S+.*
      | (?:a\s+post\s+shared\s+by|sebuah\s+kiriman\s+dibagikan\s+oleh|(?:lihat|view)\s+(?:postingan|this\s+post)\s+(?:ini\s+)?(?:di|on)\s+instagram).*
      | (?:@\w+\s+)?\u266c\s.*                     # tail of an embedded TikTok
      | \u2014\s*.{1,80}\(@\w+\).*            # signature line of an embedded tweet
      | [^()]{1,80}\(@\w+\)\s*(?:[A-Za-z]+\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Za-z]+\s+\d{4})?
      | (?:sumber|source)\s*:\s*\S+(?:\s+\S+){0,5}
      | tag\s+terkait.*
      | (?:perbesar|zoom|geser\s+untuk.*)
      | (?:copyright|hak\s+cipta|\u00a9)\b.*
      | dilarang\s+(?:keras\s+)?mengambil\s+konten.*
      | laporan\s+(?:wartawan|reporter|koresponden|jurnalis|kontributor)\b.{0,80}
      | (?:pilihan\s+untukmu|rekomendasi\s+untuk\s+anda|artikel\s+terkait|populer|terpopuler)
      | (?:share|bagikan)(?:\s*:)?(?:\s+\w+){0,3}
    )$""",
    re.I | re.X,
)

# Credit lines that close or open some articles ("Reporter: Afifah", "Penulis: X | Editor: Y").
_CREDIT_LABEL = r"(?:reporter|penulis|editor|pewarta|kontributor|redaktur|penyunting|fotografer|foto|video|sumber|writer)"
CREDIT_LINE = re.compile(
    r"^(?:\s*" + _CREDIT_LABEL + r"\s*:\s*[^:|]{1,80}?\s*[|/,]?)+\s*(?:(?:copyright|hak\s+cipta|\u00a9).{0,80})?$",
    re.I,
)

# Outlet names that stand in a dateline ("Liputan6.com, Jakarta -", "Jakarta, CNN Indonesia --", "Jakarta (ANTARA) -").
_BRANDS = re.compile(
    r"^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|co\.id|co|id|net|org|tv|news)|cnn\s+indonesia|cnbc\s+indonesia|antara(?:\s+news)?"
    r"|antaranews|detikcom|detik\w*|kompas(?:\s*tv)?|tempo|viva|okezone|republika|kumparan|idn\s+times|beritasatu|metrotvnews"
    r"|tribun\w*|suara|jpnn|inews|sindonews|merdeka|bisnis|katadata|tirto|voi|fimela|bola|dream)$",
    re.I,
)
# Cities that open datelines, for the rare dateline without a dash ("Liputan6.com, Jakarta Sepekan ...").
KNOWN_CITIES = sorted(
    """Jakarta;Jakarta Pusat;Jakarta Selatan;Jakarta Barat;Jakarta Timur;Jakarta Utara;Bandung;Bandung Barat;Surabaya;
    Semarang;Yogyakarta;Sleman;Bantul;Solo;Surakarta;Medan;Makassar;Denpasar;Badung;Gianyar;Palembang;Malang;Bogor;Depok;
    Bekasi;Tangerang;Tangerang Selatan;Serang;Cilegon;Batam;Pekanbaru;Padang;Banda Aceh;Aceh;Lhokseumawe;Pontianak;
    Banjarmasin;Balikpapan;Samarinda;Manado;Kupang;Mataram;Jayapura;Merauke;Sorong;Manokwari;Ambon;Ternate;Kendari;Palu;
    Gorontalo;Jambi;Bengkulu;Bandar Lampung;Lampung;Pangkalpinang;Tanjungpinang;Palangkaraya;Palangka Raya;Tarakan;
    Mamuju;Sofifi;Cirebon;Tasikmalaya;Garut;Sukabumi;Cianjur;Karawang;Purwakarta;Purwokerto;Banyumas;Cilacap;Tegal;
    Pekalongan;Kudus;Pati;Magelang;Klaten;Jember;Banyuwangi;Kediri;Madiun;Blitar;Sidoarjo;Gresik;Mojokerto;Pasuruan;
    Probolinggo;Bangkalan;Tuban;Lamongan;Ponorogo;Batu;Bukittinggi;Binjai;Pematangsiantar;Dumai;Kota Baru;Labuan Bajo;
    Washington;New York;Beijing;Tokyo;Seoul;London;Paris;Moskow;Sydney;Canberra;Singapura;Kuala Lumpur;Bangkok;Manila;
    Hanoi;Dubai;Riyadh;Kairo;Jenewa;Brussel;Berlin;Roma;Vatikan;Doha;Teheran;Yerusalem;Gaza;Hong Kong;Taipei;New Delhi""".replace("\n", "").split(";"),
    key=len, reverse=True,
)
_CITY_WORDS = r"[A-Z][A-Za-z'.]*(?:\s+[A-Z][A-Za-z'.]*){0,3}"
_DASH = r"(?:\s+(?:--|-|–|—|:)\s*|\s*(?:--|–|—)\s*|-\s+)"
# "<prefix> - rest": the prefix is at most 60 characters of capitalised words, commas and parentheses;
# a hyphen inside a domain name is the outlet's ("TRIBUN-MEDAN.com, MEDAN - "), no dash
_IN_DOMAIN = r"-(?=[\w-]*\.(?:com|co\.id|co|id|net)\b)"
_DATELINE_PREFIX = re.compile(
    rf"^\s*(?P<pre>[A-Z0-9](?:[\w.,'()\s]|{_IN_DOMAIN}){{1,60}}?)\s*(?:--|(?!{_IN_DOMAIN})-|–|—)\s*(?=\S|$)")
_NO_DASH = re.compile(r"^\s*(?P<outlet>[\w.-]+\.(?:com|co\.id|co|id))\s*,\s*(?P<rest>.+)$", re.I | re.S)
# A bold lead-in that is a whole dateline without its dash ("<b>Liputan6.com, Jakarta</b> Sepekan ...").
BOLD_DATELINE = re.compile(
    r"^\s*(?:[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|co|id)\s*,\s*" + _CITY_WORDS + r"|" + _CITY_WORDS
    + r"\s*,\s*[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|co|id)|" + _CITY_WORDS + r"\s*\(\s*[A-Za-z ]{3,20}\s*\))\s*$"
)

# Closing editor initials: "(Dam/Jek)", "(tim/tim)", "(ant/mdk)", "(Yud)".
_CODE = r"[A-Za-z]{2,5}\*?"
EDITOR_CODES_PARA = re.compile(r"^\(\s*(" + _CODE + r"(?:\s*/\s*" + _CODE + r")*)\s*\)\.?$")
EDITOR_CODES_TAIL = re.compile(r"\s*\(\s*(" + _CODE + r"(?:\s*/\s*" + _CODE + r")+)\s*\)\.?\s*$")
EDITOR_CODE_SINGLE_TAIL = re.compile(r"(?<=[.!?\"”’])\s*\(\s*([A-Za-z]{2,4})\s*\)\.?\s*$")


# A closing source credit "(Tribunnews.com/Gita Irawan)", "(Liputan6.com/Fikri)": not text, not editor codes.
CLOSING_CREDIT = re.compile(r"\s*\(\s*[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|co|id)\s*/\s*[^()/]{2,60}\)\.?\s*$", re.I)


_CREDIT_AUTHOR = re.compile(
    r"\b(?:penulis|reporter|pewarta|kontributor|laporan\s+wartawan\s+[\w.]+\s*,?)\s*:?\s*"
    r"(?P<name>[A-Z][\w.']*(?:\s+[A-Za-z][\w.']*){0,4}?)\s*(?=$|\||/|,|\beditor\b|\bredaktur\b|\bcopyright\b|\u00a9)",
    re.I,
)


def credit_authors(paragraphs: list[str]) -> list[str]:
    """Journalists named in the body's credit lines ("Pewarta: X", "Reporter: X", "Laporan Wartawan Y, X")."""
    out: list[str] = []
    for p in paragraphs:
        p = p.strip()
        if not p or len(p) > 200 or not (CREDIT_LINE.match(p) or re.match(r"laporan\s+wartawan", p, re.I)):
            continue
        for m in _CREDIT_AUTHOR.finditer(p):
            name = m.group("name").strip(" .,")
            if name and name.lower() not in (x.lower() for x in out):
                out.append(name)
    return out


def is_boilerplate(paragraph: str) -> bool:
    p = paragraph.strip().strip("\u2193\u2192\u2191>»:|•·*-–—").strip()
    if not p:
        return True
    if len(p) > 400:
        return False
    return bool(BOILERPLATE_LINE.match(p))


def _is_outlet(piece: str) -> bool:
    return bool(_BRANDS.match(piece.strip()))


def _city_case(city: str) -> str:
    city = city.strip(" .,")
    return city.title() if city.isupper() else city


def split_dateline(first: str) -> tuple[str | None, str]:
    """("Jakarta", rest) for a first paragraph that opens with a dateline, else (None, first).

    Forms: "Liputan6.com, Jakarta - ", "JAKARTA, KOMPAS.com - ", "Jakarta, CNN Indonesia -- ",
    "Jakarta (ANTARA) - ", "TEMPO.CO, Jakarta - ", "Liputan6.com - " (no city), detik's "Jakarta - ",
    and the dash-less "Liputan6.com, Jakarta Sepekan ..." (city from a list of known cities).
    """
    m = _DATELINE_PREFIX.match(first)
    if m:
        pre = m.group("pre").strip()
        spaced = bool(re.match(r"\s+(?:--|-|–|—)\s+", first[m.start("pre") + len(m.group("pre")):m.end() + 1]))
        pieces = [x.strip() for x in re.split(r"\s*,\s*|\s*\(\s*|\s*\)\s*", pre) if x.strip()]
        outlets = [x for x in pieces if _is_outlet(x)]
        places = [x for x in pieces if not _is_outlet(x)]
        rest = first[m.end():].lstrip(" -–—:")
        one_place = len(places) <= 1 and all(re.fullmatch(_CITY_WORDS, x) for x in places)
        if outlets and one_place and len(pieces) <= 3:
            return (_city_case(places[0]) if places else None), rest
        if not outlets and len(pieces) == 1 and one_place and spaced and (rest[:1].isupper() or rest[:1] in "\"“'"):
            city = places[0]
            # outlet-less datelines ("Jakarta - "): a known city, an all-caps place, or one capitalised word
            if city.isupper() or _known_city(city) or len(city.split()) == 1:
                return _city_case(city), rest
    m = _NO_DASH.match(first)
    if m and _is_outlet(m.group("outlet")):
        rest = m.group("rest")
        city = _known_city_prefix(rest)
        if city is None:
            cm = re.match(r"[A-Z][a-z]+", rest)
            city = cm.group(0) if cm else None
        if city:
            return _city_case(city), rest[len(city):].lstrip(" -–—:,")
    return None, first


def _known_city(s: str) -> bool:
    low = s.lower()
    return any(c.lower() == low for c in KNOWN_CITIES)


def _known_city_prefix(s: str) -> str | None:
    for c in KNOWN_CITIES:
        if s.startswith(c) and (len(s) == len(c) or not s[len(c)].isalnum()):
            return c
        if s[: len(c)].upper() == c.upper() and s[: len(c)].isupper() and (len(s) == len(c) or not s[len(c)].isalnum()):
            return s[: len(c)]
    return None


def split_editor_codes(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Remove closing editor initials; return (codes, paragraphs)."""
    if not paragraphs:
        return [], paragraphs
    last = paragraphs[-1].strip()
    m = EDITOR_CODES_PARA.match(last)
    if m:
        return _codes(m.group(1)), paragraphs[:-1]
    m = EDITOR_CODES_TAIL.search(last) or EDITOR_CODE_SINGLE_TAIL.search(last)
    if m:
        rest = last[: m.start()].rstrip()
        return _codes(m.group(1)), paragraphs[:-1] + ([rest] if rest else [])
    return [], paragraphs


def _codes(s: str) -> list[str]:
    return [c.strip().rstrip("*") for c in s.split("/") if c.strip()]


# Furniture glued inside a paragraph: an ad label between two sentences, a trailing "Baca juga: ...".
_INLINE_AD = re.compile(
    r"(?<=[.!?\"”’])\s+(?:advertisement|iklan|scroll\s+to\s+(?:continue|resume)\s+with\s+content"
    r"|scroll\s+down\s+untuk\s+melanjutkan\s+membaca)\s+(?=[A-Z\"“])", re.I)
_TRAILING_READ_ALSO = re.compile(r"(?<=[.!?\"”’])\s+(?:baca|lihat)\s+(?:juga|pula)\s*:.*$", re.I)


def _unglue(p: str) -> str:
    if len(p) < 40:
        return p
    p = _INLINE_AD.sub(" ", p)
    return _TRAILING_READ_ALSO.sub("", p)


def finish_paragraphs(paragraphs: list[str]) -> tuple[list[str], str | None, list[str]]:
    """Drop boilerplate and credit lines, take the dateline and editor codes out.

    Returns (paragraphs, dateline, editor_codes).
    """
    kept = [_unglue(p) for p in (x.strip() for x in paragraphs) if p and not is_boilerplate(p)]
    # credit lines first: "(Dam/Jek)" may stand before a closing "Reporter: ..." line
    kept = [p for p in kept if not CREDIT_LINE.match(p)]
    # the same paragraph twice in a row is a rendering artefact (AMP + noscript copies)
    kept = [p for i, p in enumerate(kept) if i == 0 or p != kept[i - 1]]
    dateline = None
    if kept:
        dateline, first = split_dateline(kept[0])
        kept[0] = first
        if not first.strip():
            kept.pop(0)
    if kept and CLOSING_CREDIT.search(kept[-1]):
        rest = CLOSING_CREDIT.sub("", kept[-1]).rstrip()
        kept = kept[:-1] + ([rest] if rest else [])
    codes, kept = split_editor_codes(kept)
    return kept, dateline, codes
