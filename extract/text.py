"""Body-text rules shared by every parser: boilerplate lines, datelines, editor initials.

All rules work on clean paragraphs (strings), so a site parser only has to find the
paragraphs; what counts as noise is decided here, in one place.
"""
from __future__ import annotations

import re

# Paragraphs that are page furniture, not article text (matched on the whole paragraph).
BOILERPLATE_LINE = re.compile(
    r"""^(?:
        baca\s+juga\b.*
      | (?:advertisement|iklan|adv|sponsored|konten\s+sponsor)
      | scroll\s+(?:down\s+)?(?:to|untuk)\s+(?:continue|melanjutkan).*
      | lanjutkan\s+membaca.*
      | \d+\s+dari\s+\d+\s+halaman
      | halaman\s+\d+\s+dari\s+\d+
      | (?:saksikan|simak|tonton|lihat)\s+(?:juga\s+)?(?:video|live\s+streaming|siaran).*
      | video\s+(?:pilihan|terkini|terpopuler).*
      | berita\s+terkini.*
      | (?:artikel\s+ini\s+telah\s+tayang|baca\s+berita\s+selengkapnya|selengkapnya\s+(?:di|baca)).*
      | (?:loading|memuat)\.{0,3}
      | (?:follow|ikuti)\s+(?:us|kami|berita|saluran|channel).*
      | (?:dapatkan|download|unduh)\s+(?:berita|aplikasi|update).*
      | pic\.twitter\.com/\S+.*
      | \u2014\s*.+\(@\w+\).*            # tail of an embedded tweet
      | sumber\s*:\s*\S+
      | tag\s+terkait.*
      | perbesar
    )$""",
    re.I | re.X,
)

# Opening dateline: "Liputan6.com, Jakarta - ", "JAKARTA, KOMPAS.com - ", "Jakarta, CNN Indonesia -- ",
# "Jakarta (ANTARA) - ", "TEMPO.CO, Jakarta - ", "Jakarta - " (detik).
_CITY = r"[A-Z][A-Za-z'.]*(?:\s+[A-Z][A-Za-z'.]*){0,3}"
_DASH = r"\s*(?:-{1,2}|–|—|:)\s*"
_OUTLET = r"(?:[A-Za-z0-9]+\.(?:com|co\.id|id|co|net|org|tv)|CNN\s+Indonesia|ANTARA(?:\s+News)?|Tribunnews\.com)"
DATELINE_PATTERNS = [
    re.compile(r"^\s*" + _OUTLET + r"\s*,\s*(?P<city>" + _CITY + r")" + r"(?:" + _DASH + r"|\s+(?=[A-Z]))", re.I),
    re.compile(r"^\s*(?P<city>" + _CITY + r")\s*,\s*" + _OUTLET + _DASH),
    re.compile(r"^\s*(?P<city>" + _CITY + r")\s*\(\s*" + _OUTLET + r"\s*\)" + _DASH),
    re.compile(r"^\s*" + _OUTLET + _DASH, re.I),  # "Liputan6.com - " (no city)
    re.compile(r"^\s*(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+-\s+(?=[A-Z\"“])"),  # detik: "Jakarta - "
]

# Closing editor initials: "(Dam/Jek)", "(tim/tim)", "(ant/mdk)", "(Yud)".
_CODE = r"[A-Za-z]{2,5}"
EDITOR_CODES_PARA = re.compile(r"^\(\s*(" + _CODE + r"(?:\s*/\s*" + _CODE + r")*)\s*\)\.?$")
EDITOR_CODES_TAIL = re.compile(r"\s*\(\s*(" + _CODE + r"(?:\s*/\s*" + _CODE + r")+)\s*\)\.?\s*$")
# Credit lines that close some articles ("Reporter: Afifah", "Penulis: ..."): kept out of the text.
CREDIT_LINE = re.compile(r"^(?:reporter|penulis|editor|pewarta|kontributor|redaktur)\s*:\s*.{2,80}$", re.I)


def is_boilerplate(paragraph: str) -> bool:
    p = paragraph.strip().strip("\u2193\u2192>»:").strip()
    if not p:
        return True
    return bool(BOILERPLATE_LINE.match(p))


def split_dateline(first: str) -> tuple[str | None, str]:
    """("Jakarta", rest) for a first paragraph that opens with a dateline, else (None, first)."""
    for pat in DATELINE_PATTERNS:
        m = pat.match(first)
        if m:
            rest = first[m.end():].lstrip(" -–—:")
            city = m.groupdict().get("city")
            if city:
                city = city.strip(" .,")
                if city.isupper():
                    city = city.title()
            return city or None, rest
    return None, first


def split_editor_codes(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Remove closing editor initials; return (codes, paragraphs)."""
    if not paragraphs:
        return [], paragraphs
    last = paragraphs[-1].strip()
    m = EDITOR_CODES_PARA.match(last)
    if m:
        return _codes(m.group(1)), paragraphs[:-1]
    m = EDITOR_CODES_TAIL.search(last)
    if m:
        rest = last[: m.start()].rstrip()
        return _codes(m.group(1)), paragraphs[:-1] + ([rest] if rest else [])
    return [], paragraphs


def _codes(s: str) -> list[str]:
    return [c.strip() for c in s.split("/") if c.strip()]


def finish_paragraphs(paragraphs: list[str]) -> tuple[list[str], str | None, list[str]]:
    """Drop boilerplate and credit lines, take the dateline and editor codes out.

    Returns (paragraphs, dateline, editor_codes).
    """
    kept = [p for p in (x.strip() for x in paragraphs) if p and not is_boilerplate(p)]
    dateline = None
    if kept:
        dateline, first = split_dateline(kept[0])
        kept[0] = first
        if not first:
            kept.pop(0)
    codes, kept = split_editor_codes(kept)
    kept = [p for p in kept if not CREDIT_LINE.match(p)]
    return kept, dateline, codes
