"""Quotes: direct and indirect speech with resolved speakers.

    find_quotes(paragraphs: list[str]) -> list[dict]

Each quote is ``{"text", "speaker", "role", "kind", "cue", "paragraph"}``:

* ``kind`` is ``"direct"`` (words inside double quotation marks) or
  ``"indirect"`` (reported speech: "Menurut X, ...", "X mengatakan ...",
  "..., kata X.").
* ``speaker`` is the person's name as first introduced, without title or role,
  or an organisation's name; ``None`` when no speaker can be found.
* ``role`` is the position/organisation the article gives for the speaker.
* ``cue`` is the speech verb as written, lower case, without the "-nya"
  clitic ("kata", "tutur", "mengatakan", "menurut"); ``None`` for an
  unattributed quote that continues the previous speaker.
* ``paragraph`` is the index into ``paragraphs`` (empty strings, e.g. the gap
  left by an ad block, are allowed and skipped).

All linguistic decisions (word lists, patterns) live in ``extract/quote_rules.py``;
this module is the machinery.  It is a pure function of its input: no I/O.

spaCy provides the tokenizer and the sentence boundaries (tokenizer +
"sentencizer").  The ``Language`` object is built lazily on the first call and
kept for the process (``import extract.quotes`` does not import spaCy); it uses
only spaCy's base tokenizer exceptions plus our abbreviations, which builds in
~0.1 s instead of the ~4 s of ``spacy.blank("id")`` (whose 16k special cases
are reduplications that matter nowhere here).  On text never seen before the
tokenizer's cost is mostly new words, so a new word's lexeme gets only the one
attribute read here (IS_PUNCT), and the prefix/suffix/infix searches first test
whether a string's edge characters can match at all (``_guard_affix_searches``;
the same tokens, which ``tests/test_speed_guard.py`` checks).  The sentencizer's rule is
applied to the token arrays (``_sentencizer_starts``) rather than by running
the component, which walks Token objects and cost more than everything else
here; boundaries are then repaired for abbreviations ("Jl.", "dr.", "Sp.PD"),
initials, lower-case continuations and opening quotation marks.

As spaCy tokenizes every space-separated chunk on its own, the rule only needs
the chunks around sentence punctuation, and what a chunk's tokens amount to is
kept for the process like spaCy's own cache (``_article_sentencizer_starts``;
``tests/test_speed_guard.py`` checks it against the full tokenization).  A chunk
never seen before that is a word or a number between marks ("kata.", "“Kami",
"(12/2/2019).") is read without the tokenizer, by spaCy's rules written out for that
shape (``_fast_chunk_summary``; ``tests/test_quotes_chunk_fastpath.py`` checks it
against the tokenizer).

Speaker noun phrases ("Menteri Komunikasi dan Digital Meutya Hafid", "Dia") recur
across articles; a parse that read nothing particular to its article (how the
article uses a name's words elsewhere) is kept for the process per string
(``_np_memo``, bounded), and ``tests/test_speed_guard.py`` checks that kept and
plain parses give the same quotes.  A parse that did read the article is kept with
the questions it asked of it and their answers; in another article that answers them
the same, it is the same parse (``_NP_TRACED``).

What a paragraph needs is settled first (``_read_paragraphs``): a paragraph with no
cue whose sentences could only become the one a following "Dia" refers to
(``_quiet``) is not split into sentences unless such a "Dia" comes; for the others
their quotation marks and sentences are found, all paragraphs' sentence starts in one
call.  (What a paragraph is read as is not kept across articles: whole paragraphs rarely
come back in a crawl, and only a benchmark that repeats them would gain.)
``tests/test_quotes_speed.py`` checks that each shortcut is taken and gives what the
full way gives.
"""
from __future__ import annotations

import re
import threading
from bisect import bisect_right
from itertools import filterfalse
from dataclasses import dataclass, field

from . import quote_rules as R

__all__ = ["find_quotes", "get_nlp"]

# ---------------------------------------------------------------------------
# spaCy pipeline (lazy, once per process)
# ---------------------------------------------------------------------------
_NLP = None
_NLP_LOCK = threading.Lock()
_STOP_WORDS: set = set()
_PUNCT_ORTHS: set = set()  # hashes of the sentencizer's punctuation characters
_SENT_ATTRS: list = []
_ASCII_STRETCH_RE = None  # built with the pipeline (see _build_nlp)
_PUNCT_CHARS: dict = {}  # the sentencizer's punctuation: "re" (all), "ascii_re", "non_ascii" (a set)
# (last character, first character) -> the (left, right) splits of a tokenizer special
# case at a token boundary of its pattern ("Sp." + "A" of "Sp.A"); see _risky_boundary
_RISKY_SPLITS: dict = {}
_RISKY_SPLITS_LONGEST = 0
_RISKY_PAIRS: set = set()  # the keys of _RISKY_SPLITS as two-character strings


def _build_nlp():
    from spacy.lang.id import Indonesian
    from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
    from spacy.symbols import ORTH

    class _LightDefaults(Indonesian.Defaults):
        tokenizer_exceptions = dict(BASE_EXCEPTIONS)

    class _LightIndonesian(Indonesian):
        lang = "id"
        Defaults = _LightDefaults

    nlp = _LightIndonesian()
    from spacy.attrs import IDX, IS_PUNCT, ORTH

    # a word never seen before becomes a lexeme: only the attribute read here is
    # computed for it (spaCy computes some twenty in Python, most of a new word's cost)
    nlp.vocab.lex_attr_getters = {IS_PUNCT: nlp.vocab.lex_attr_getters[IS_PUNCT]}
    _guard_affix_searches(nlp.tokenizer)
    for abbr in R.ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    sentencizer = nlp.add_pipe("sentencizer")

    _SENT_ATTRS[:] = [ORTH, IS_PUNCT, IDX]
    _PUNCT_ORTHS.update(nlp.vocab.strings.add(c) for c in sentencizer.punct_chars)
    chars = sorted(set(sentencizer.punct_chars))
    _PUNCT_CHARS["re"] = re.compile("[%s]" % "".join(map(re.escape, chars)))
    _PUNCT_CHARS["ascii_re"] = re.compile("[%s]" % "".join(re.escape(c) for c in chars if c.isascii()))
    _PUNCT_CHARS["non_ascii"] = frozenset(c for c in chars if not c.isascii())
    ascii_chars = "".join(re.escape(c) for c in chars if c.isascii())
    global _ASCII_STRETCH_RE
    # a chunk with sentence punctuation, the chunks after it that do not stop the rule
    # (with such punctuation, or not opening with a letter or digit), then (group 1)
    # the chunk that stops it, if the text goes on
    _ASCII_STRETCH_RE = re.compile(
        rf"[^ ]*(?: (?:[^ ]*[{ascii_chars}][^ ]*|(?![^\W_])[^ ]+))*( [^\W_][^ {ascii_chars}]*(?= |$))?")
    _RISKY_SPLITS.update(_special_case_splits(nlp))
    _fast_chunk_tables(nlp, sentencizer.punct_chars)
    # spaCy's Indonesian stop words: capitalised at the start of a sentence they
    # are never part of a name ("Menurut", "Kata", "Namun")
    _STOP_WORDS.update(w for w in nlp.Defaults.stop_words)
    return nlp


def _edge_ranges(items, first: bool):
    """The characters a match of `items` (a sequence of ``re._parser``) can start
    (`first`) or end with, as (low, high) code point ranges; ``()`` when it consumes
    no character; None when the pattern is not simple enough to tell."""
    from re import _constants as C

    for op, av in (items if first else reversed(items)):
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero width: it only restricts where a match is
        if op is C.LITERAL:
            return ((av, av),)
        if op is C.IN:
            out = []
            for o, a in av:
                if o is C.LITERAL:
                    out.append((a, a))
                elif o is C.RANGE:
                    out.append(a)
                else:
                    return None  # NEGATE, CATEGORY...
            return tuple(out)
        if op is C.SUBPATTERN:
            if av[1] or av[2]:
                return None  # local flags
            r = _edge_ranges(av[3].data, first)
            if r == ():
                continue
            return r
        if op is C.ATOMIC_GROUP:
            r = _edge_ranges(av.data, first)
            if r == ():
                continue
            return r
        if op is C.BRANCH:
            out = []
            for b in av[1]:
                r = _edge_ranges(b.data, first)
                if not r:
                    return None  # unknown, or a branch that may consume nothing
                out.extend(r)
            return tuple(out)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if av[0] < 1:
                return None  # may be absent
            r = _edge_ranges(av[2].data, first)
            return r or None
        return None  # ANY, NOT_LITERAL, CATEGORY, back references...
    return ()


def _char_class(ranges):
    return re.compile("[%s]" % "".join(
        re.escape(chr(a)) if a == b else "%s-%s" % (re.escape(chr(a)), re.escape(chr(b))) for a, b in ranges))


def _affix_branches(rx):
    """(the top-level branches of a compiled pattern as ``re._parser`` sequences,
    its global flags); None for a pattern these shortcuts do not read."""
    from re import _constants as C
    from re import _parser as P

    try:
        tree = P.parse(rx.pattern, rx.flags)
    except Exception:  # noqa: BLE001 (a private module: any surprise means no shortcut)
        return None
    flags = tree.state.flags
    if flags & (re.IGNORECASE | re.MULTILINE | re.LOCALE) or not isinstance(rx.pattern, str):
        return None
    if len(tree.data) == 1 and tree.data[0][0] is C.BRANCH:
        return [b.data for b in tree.data[0][1][1]]
    return [tree.data]


def _guard_affix_searches(tok):
    """Give the tokenizer prefix, suffix and infix searches that answer as its own
    regexes do but reject most strings at a glance (``tests/test_speed_guard.py``):

    * prefix: spaCy's pattern is "^a|^b|..." run with ``search``, which tries every
      alternative at every position although "^" holds only at the first one. The
      pattern is tried there (``match``) only when the first character can start
      an alternative; an alternative without "^" is still searched for further on.
    * suffix: every alternative ends with "$", so the last character (or a final
      newline, before which "$" also matches) must be one a match can end with.
    * infix: a string with no character that can start a match has none.

    A pattern these rules cannot read keeps its plain search."""
    for name, guard in (("prefix_search", _guarded_prefix), ("suffix_search", _guarded_suffix),
                        ("infix_finditer", _guarded_infix)):
        rx = getattr(getattr(tok, name), "__self__", None)
        branches = _affix_branches(rx) if isinstance(rx, re.Pattern) else None
        fn = guard(rx, branches) if branches else None
        if fn is not None:
            setattr(tok, name, fn)


def _first_ranges(branches):
    out = []
    for b in branches:
        r = _edge_ranges(b, True)
        if not r:
            return None  # unknown, or an alternative that may consume nothing
        out.extend(r)
    return out


def _guarded_prefix(rx, branches):
    from re import _constants as C

    loose = [b for b in branches if not (b and b[0] == (C.AT, C.AT_BEGINNING))]
    all_first, loose_first = _first_ranges(branches), _first_ranges(loose)
    if all_first is None or (loose and loose_first is None):
        return None
    starts = _char_class(all_first).match
    loose_search = _char_class(loose_first).search if loose else None
    match, search = rx.match, rx.search

    def prefix_search(s):
        if starts(s):
            m = match(s)
            if m:
                return m
        # past the first character only the alternatives without "^" can match
        if loose_search and loose_search(s, 1):
            return search(s, 1)
        return None

    return prefix_search


def _guarded_suffix(rx, branches):
    from re import _constants as C

    if not all(b and b[-1] == (C.AT, C.AT_END) for b in branches):
        return None
    last = []
    for b in branches:
        r = _edge_ranges(b, False)
        if not r:
            return None
        last.extend(r)
    ends = _char_class(last).match
    search = rx.search

    def suffix_search(s):
        if s and (s[-1] == "\n" or ends(s, len(s) - 1)):
            return search(s)
        return None

    return suffix_search


def _guarded_infix(rx, branches):
    first = _first_ranges(branches)
    if first is None:
        return None
    holds = _char_class(first).search
    finditer = rx.finditer

    def infix_finditer(s):
        return finditer(s) if holds(s) else iter(())

    return infix_finditer


def _special_case_splits(nlp):
    """The ways a tokenizer special case can be split by a space between two chunks.

    After tokenizing, spaCy looks for the token sequences of its special cases
    (those with affixes: "dr." is "dr" + ".", ":)" is ":" + ")") across the whole
    text, white space included: such a match across two chunks changes nothing
    itself but can keep a real one in a chunk from applying.  Where no chunk
    boundary can be such a split, every chunk is tokenized as it would be alone."""
    from spacy.tokenizer import Tokenizer

    tok = nlp.tokenizer
    bare = Tokenizer(nlp.vocab, rules={}, prefix_search=tok.prefix_search, suffix_search=tok.suffix_search,
                     infix_finditer=tok.infix_finditer, token_match=tok.token_match, url_match=tok.url_match)
    splits: dict = {}
    for special in tok.rules:
        if any(c.isspace() for c in special):
            continue  # a single space between chunks is no token
        if getattr(tok, "faster_heuristics", True) and not (
                tok.find_prefix(special) or tok.find_infix(special) or tok.find_suffix(special)):
            continue  # not in the matcher
        pieces = [t.text for t in bare(special)]
        for i in range(1, len(pieces)):
            left, right = "".join(pieces[:i]), "".join(pieces[i:])
            splits.setdefault((left[-1], right[0]), []).append((left, right))
    global _RISKY_SPLITS_LONGEST
    _RISKY_SPLITS_LONGEST = max((len(a) + len(b) for v in splits.values() for a, b in v), default=0)
    _RISKY_PAIRS.update(x + y for x, y in splits)
    return {k: tuple(v) for k, v in splits.items()}


def _risky_space(text: str, q: int) -> bool:
    """Could the space at `q` in a text of single-space-separated chunks split a
    special case (`_special_case_splits`; the parts may span further spaces)?"""
    splits = _RISKY_SPLITS.get((text[q - 1], text[q + 1]))
    if splits:
        n = 2 * _RISKY_SPLITS_LONGEST  # at least as many characters that are no space
        left = text[max(0, q - n):q].replace(" ", "")
        right = text[q + 1:q + 1 + n].replace(" ", "")
        for a, b in splits:
            if left.endswith(a) and right.startswith(b):
                return True
    return False


def get_nlp():
    """The shared tokenizer+sentencizer pipeline, built on first use."""
    global _NLP
    if _NLP is None:
        with _NLP_LOCK:
            if _NLP is None:
                _NLP = _build_nlp()
    return _NLP


# ---------------------------------------------------------------------------
# Compiled patterns (built from the rules at import; cheap)
# ---------------------------------------------------------------------------
def _alt(words):
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _speech_verb_re():
    """A speech verb as a whole word, its first letter in either case: the verbs
    grouped by their first two letters ("[Mm]e(?:ngatakan|nuturkan|...)"), which the
    regex engine rejects at a glance at most positions."""
    groups: dict = {}
    for v in R.SPEECH_VERBS:
        if re.fullmatch(r"[a-z]{4,}", v):  # the shape a speech verb is searched in
            groups.setdefault(v[:2], []).append(v[2:])
    firsts = "".join(sorted({c for k in groups for c in (k[0], k[0].upper())}))
    alts = "|".join(f"(?<=[{k[0].upper()}{k[0]}]){k[1]}(?:{_alt(rest)})" for k, rest in sorted(groups.items()))
    # "[Mm](?<![\w-].)" is "(?<![\w-])[Mm]" with the character class first, so that
    # the regex engine skips to the candidate letters
    return re.compile(rf"([{firsts}](?<![\w-].)(?:{alts}))(?![\w-])")


_SPEECH_VERB_RE = _speech_verb_re()


def _speech_verbs(text: str):
    """Matches of the speech verbs in `text` (group 1 = the verb as written)."""
    return list(_SPEECH_VERB_RE.finditer(text))


# The cue patterns below match any word in the cue position and the word is
# then looked up in the rule sets: cheaper to compile and to run than one big
# alternation of every verb.
_PRE_VERB_RE = re.compile(
    rf"(?<![\w-])([A-Za-z]+)(?:\s+(?:{_alt(R.VERB_MODIFIERS)}))?(?:\s*,?\s*{R.COMPLEMENTIZER})?\s*[,:]?\s*$"
)
_PRE_VERBS = R.SPEECH_VERBS | R.NON_SPEECH_VERBS
# ... with a phrase after the verb: 'mengatakan kepada wartawan, '
_PRE_VERB_PP_RE = re.compile(
    rf"(?<![\w-])([A-Za-z]+)(?:\s+(?:{_alt(R.VERB_MODIFIERS)}))?\s+(?:{_alt(R.PRE_QUOTE_PREPOSITIONS)})"
    r"(?:\s+[^\s,:;.\"“”]+){1,5}\s*[,:]\s*$"
)
_CUE_AFTER_RE = re.compile(
    rf"\s*[,.!?]?\s*(?:(?:{_alt(R.PRE_CUE_WORDS)})\s+)?(?P<word>[A-Za-z]+)(?![\w-])(?P<rest>.*)", re.I | re.S
)
_CUE_CAND_RE = re.compile(r",\s*([A-Za-z]+)")
_CLOSED_CUE_RE = re.compile(r",\s*(?P<word>[A-Za-z]+)(?![\w-])(?P<rest>[^,]*?)(?P<end>(?=,)|[.!?]*\s*$)")
_CUE_BEFORE_END_RE = re.compile(r"\s*[,:]\s*$")
_CUE_BEFORE_CUT_RE = re.compile(r"[\"“”,:;.]")


def _pre_verb(text: str):
    """'... mengatakan, ' or '... mengatakan kepada wartawan, ' at the end of `text`: the
    match (group 1 = the verb) or None."""
    m = _PRE_VERB_RE.search(text)
    if m and m.group(1).lower() in _PRE_VERBS:
        return m
    m = _PRE_VERB_PP_RE.search(text) if text.rstrip()[-1:] in (",", ":") else None
    return m if m and m.group(1).lower() in _PRE_VERBS else None


def _split_cue(word: str, cues) -> tuple[str, bool] | None:
    """'tuturnya' -> ('tutur', True); 'kata' -> ('kata', False); other words -> None."""
    low = word.lower()
    if low in cues:
        return low, False
    if low.endswith(R.CLITIC) and low[: -len(R.CLITIC)] in cues:
        return low[: -len(R.CLITIC)], True
    return None


_STATEMENT_AFTER_RE = re.compile(
    rf"\s*[,.]?\s*(?:{_alt(R.STATEMENT_LEADS)})\s+(?:bunyi\s+)?(?P<noun>{_alt(R.STATEMENT_NOUNS)})(?P<nya>nya)?"
    rf"(?:\s+(?:{_alt(R.STATEMENT_MODIFIERS)})(?P<nya2>nya)?)*(?![\w-])(?:\s+(?:dari|pihak))?(?P<rest>.*)", re.I | re.S
)


def _cue_after(text: str):
    """A short cue opening `text` ('," kata Budi', '," tuturnya'): (cue, nya, rest, word) or None."""
    m = _CUE_AFTER_RE.match(text)
    if not m:
        return None
    c = _split_cue(m.group("word"), R.SHORT_CUES)
    return (c[0], c[1], m.group("rest"), m.group("word")) if c else None


def _cue_before(text: str):
    """'Kata Budi, ' / 'Menurut dia: ' / 'Menurutnya, ' ending `text`: (cue, nya, np) or None."""
    m = _CUE_BEFORE_END_RE.search(text)
    if not m:
        return None
    chunk = _CUE_BEFORE_CUT_RE.split(text[:m.start()])[-1]
    words = chunk.split()
    for k, w in enumerate(words[:-1] if len(words) > 1 else words):
        c = _split_cue(w, _SAFE_CUES)
        if c:
            return c[0], c[1], " ".join(words[k + 1:])
    return None


# "Menurut X, ..." at the start of a sentence (possibly after "Namun"), or
# after a comma: "Adapun di Indonesia, menurut X, ..."
_MENURUT_RE = re.compile(
    rf"(?:^\s*(?:(?:{_alt(R.MENURUT_LEADS)})\s+)?|(?<=,)\s*|(?<=\s[-–—])\s*)menurut(?P<nya>nya)?(?![\w-])", re.I
)
def _phrases(items):
    """Alternation of word sequences, any whitespace between the words."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(items, key=len, reverse=True))


_PASSIVE_ATTR_RE = re.compile(
    rf"^\s*(?:{_phrases(R.PASSIVE_ATTRIBUTION_SUBJECTS)})\s+"
    rf"(?P<verb>{_alt(R.PASSIVE_SPEECH_VERBS)})\s+(?:oleh\s+)?(?P<np>.*)$",
    re.I | re.S,
)
_SAME_VIEW_RE = re.compile(
    rf"^(?:{_alt(R.SAME_VIEW_HEADS)})\s+(?:{_phrases(R.SAME_VIEW_MODIFIERS)})\s+"
    rf"(?:(?:{_alt(R.VERB_MODIFIERS)})\s+)?(?:{_alt(R.PASSIVE_SPEECH_VERBS)})\s+(?:oleh\s+)?(?P<np>.+)$",
    re.I | re.S,
)
# one is in every match: a word of each introducer, the least common ("dikenal" of "dikenal dengan nama")
_NICKNAME_WORDS = tuple({p.split()[0] if p.startswith("dikenal") else p.split()[-1] for p in R.NICKNAME_INTRODUCERS})
_NICKNAME_RE = re.compile(rf"\b(?:{_phrases(R.NICKNAME_INTRODUCERS)})\s+([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)?)")
# "NAME atau (yang) (akrab) disapa NICK" and "... yang akrab disapa NICK" (to cut from a role)
_NAME_OR_NICKNAME_RE = re.compile(
    rf"^\s*(?P<name>[A-Z].*?)\s+{R.NICKNAME_OR}\s+(?:yang\s+)?(?:lebih\s+)?(?:{_phrases(R.NICKNAME_INTRODUCERS)}|dikenal(?:\s+dengan)?)"
    rf"\s+(?P<nick>[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)?)\s*$")
_SELF_NAMED_RE = re.compile(
    rf"^\s*(?P<desc>\S.*?)\s+yang\s+(?:{_phrases(R.SELF_NAMING)})(?:\s+sebagai)?\s+"
    r"[\"“]?(?P<name>[A-Z][\w'’.&-]*(?: [A-Z0-9][\w'’.&-]*){0,4})[\"”]?\s*$")
# an account's handle as a speaker, after at most four words that describe it
_HANDLE_SEG_RE = re.compile(r"^\s*(?P<lead>(?:[\w-]+\s+){0,4}?)(?P<handle>@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)(?![\w@])")
# "petani bernama Karyo (58)": a person introduced by name in narration
_NAMED_RE = re.compile(rf"\b{R.NAME_INTRODUCER}\s+([A-Z][a-z][\w'’\-]*(?: [A-Z][a-z][\w'’\-]*){{0,3}})")
_NICKNAME_INTRO_RE = re.compile(
    rf"\b(?:{_phrases(R.NICKNAME_INTRODUCERS)})\s+(?:(?:{_alt(R.HONORIFICS)})\s+)?(?P<nick>[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)?)")
_NICKNAME_CLAUSE_RE = re.compile(rf"\s*(?:{R.NICKNAME_OR}\s+)?(?:yang\s+)?(?:{_phrases(R.NICKNAME_INTRODUCERS)})\s+.*$")
_BAHWA_RE = re.compile(rf"\b{R.COMPLEMENTIZER}\b", re.I)
_BAHWA_START_RE = re.compile(rf"\s*(?:,\s*)?{R.COMPLEMENTIZER}\b", re.I)
_COPULA_RE = re.compile(rf"\b(?:{_alt(R.COPULAS)})\s+([A-Z].*)$")


def _copula_search(text: str):
    """_COPULA_RE.search(text), skipped when no copula is in the text at all."""
    for w in R.COPULAS:
        if w in text:
            return _COPULA_RE.search(text)
    return None


_VERBISH_RE = re.compile(rf"^(?:{_alt(R.VERB_PREFIXES)})[a-z]{{3,}}$")
_PERSON_TOK_RE = re.compile(r"^(?:[A-Z][a-z]+(?:['’\-][A-Za-z]+)*|[A-Z]\.|[A-Z][a-z]*['’][A-Z][a-z]+|Mc[A-Z][a-z]+)$")
_ACRONYM_RE = re.compile(r"^\(?[A-Z0-9&]{2,}[a-z]?\)?$")
_CAMEL_RE = re.compile(r"^(?:[A-Z][a-z]+[A-Z]\w*|[a-z]+[A-Z]\w*)$")
_INITIAL_END_RE = re.compile(r"(?:^|\s)[A-Z]\.$")


def _ends_with_initial(prev: str) -> bool:
    """_INITIAL_END_RE.search(prev) for a text without trailing white space: "... N."."""
    return (len(prev) >= 2 and prev[-1] == "." and "A" <= prev[-2] <= "Z"
            and (len(prev) == 2 or prev[-3].isspace()))

_ABBREVIATIONS = set(R.ABBREVIATIONS)
_WORD_RE = re.compile(r"\w+")
_CUE_WORDS = R.SHORT_CUES | {R.MENURUT}
# "Siska, sapaan akrab Fransiska": what comes after is the full name of the nickname before
_NICKNAME_OF_RE = re.compile(rf"\s*(?:{_alt(R.NICKNAME_OF)})\s+(?P<full>[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)*)\s*[.,]?\s*$")
# the word before a nickname ("akrab disapa Iin") or a full name ("Siska, sapaan akrab Fransiska")
_NICKNAME_BEFORE = frozenset(w for p in R.NICKNAME_INTRODUCERS + R.NICKNAME_OF for w in p.split())
_SAFE_CUES = R.SHORT_CUES_SAFE | {R.MENURUT}
_SENT_END_PUNCT = ".!?…"
# Where the sentencizer could put a boundary: end punctuation, closing marks, space, more text.
_BOUNDARY_CAND_RE = re.compile(r"[.!?…][\"”’')\]]*\s+\S")

_HONORIFICS = set(R.HONORIFICS)
_NP_WINDOW = 24  # words of a segment parsed as a noun phrase
_QUOTEISH = "\"“”'‘’"
_NONNAME_LOWER = R.ORG_WORDS | R.PLACE_WORDS | R.STOP_CAPS | R.ROLE_WORDS | R.GENERIC_SUBJECTS


def _is_verbish(low: str) -> bool:
    """A lower-case word with a verb prefix (meN-, ber-, di-, ter-) that is not a
    known non-verb ("tersebut", "berita", "direktur")."""
    return bool(_VERBISH_RE.match(low)) and low not in R.NOT_VERBS and low not in R.ROLE_WORDS and low not in R.ORG_WORDS


def _after_dash(text: str) -> str:
    """The text after the last spaced dash (a dateline: "JAKARTA, KOMPAS.com - ")."""
    cut = max(text.rfind(" - "), text.rfind(" – "), text.rfind(" — "))
    return text[cut + 3:] if cut >= 0 else text


def _is_degree(tok: str) -> bool:
    t = tok.strip(",;")
    # every degree starts with a capital (DEGREE_RE's alternatives, DEGREE_WORDS)
    return bool(t) and (t[0].isupper() or t[0] in _DEGREE_WORD_STARTS) and (
        t in R.DEGREE_WORDS or (("." in t or t in R.DEGREE_RE_DOTLESS) and R.DEGREE_RE.fullmatch(t) is not None)
        or (t[:2] == "Sp" and R.SP_DEGREE_RE.fullmatch(t) is not None))


_DEGREE_WORD_STARTS = frozenset(w[0] for w in R.DEGREE_WORDS if w)


def _is_age(tok: str) -> bool:
    """An age in parentheses after a name: "Sumiati (62)" (dropped from the name)."""
    return 3 <= len(tok) <= 5 and tok[0] == "(" and tok[-1] == ")" and tok[1:-1].isdigit() and tok[1] != "0"


def _clean_tok(tok: str) -> str:
    """A token without trailing sentence punctuation (keeps initials such as "N.")."""
    if tok[-1].isalnum() and tok[0] not in _QUOTEISH:
        return tok
    tok = tok.strip(",;:\"“”'‘’")
    if not tok:
        return tok
    if (len(tok) == 2 and tok[1] == "." and "A" <= tok[0] <= "Z") or tok in _HONORIFICS or tok in R.ABBREVIATIONS:
        return tok
    return tok.rstrip(".!?")


def _is_cap(tok: str) -> bool:
    t = tok.lstrip("(")
    return bool(t) and t[0].isupper()


def _is_person_tok(tok: str) -> bool:
    if tok in _HONORIFICS:
        return False
    if tok in R.NAME_ABBREVIATIONS:
        return True
    if not _PERSON_TOK_RE.match(tok):
        return False
    low = tok.lower().rstrip(".")
    return low not in _NONNAME_LOWER and low not in _STOP_WORDS and not low.startswith(R.ORG_PREFIXES)


def _is_name_word_after_name(tok: str) -> bool:
    low = tok.lower()
    return (
        bool(_PERSON_TOK_RE.match(tok))
        and low in R.ROLE_WORDS
        and low not in R.ORG_WORDS
        and low not in R.PLACE_WORDS
        and low not in R.STOP_CAPS
        and tok not in _HONORIFICS
    )


def _is_org_tok(tok: str) -> bool:
    t = tok.strip("()")
    if not t:
        return False
    low = t.lower()
    return (
        low in R.ORG_WORDS
        or low in R.PLACE_WORDS
        or bool(_ACRONYM_RE.match(t))
        or bool(_CAMEL_RE.match(t))
        or any(map(str.isdigit, t))
        or ("." in t.rstrip(".") and not _is_degree(t))
    )


# a comma between two digits is a decimal comma ("1,3 juta"): it splits nothing
_COMMA_RE = re.compile(r",(?!(?<=\d,)\d)")  # (a literal first: the engine skips to commas)


def _split_commas(text: str, base: int = 0):
    """Comma-separated segments (commas inside parentheses and decimal commas do not
    split), with offsets."""
    if "(" not in text:
        segs, start = [], 0
        for m in _COMMA_RE.finditer(text):
            segs.append((text[start:m.start()], base + start, base + m.start()))
            start = m.end()
        segs.append((text[start:], base + start, base + len(text)))
        return segs
    segs, depth, start = [], 0, 0
    for m in _PAREN_COMMA_RE.finditer(text):  # (only these characters matter)
        ch = m.group()
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            i = m.start()
            segs.append((text[start:i], base + start, base + i))
            start = i + 1
    segs.append((text[start:], base + start, base + len(text)))
    return segs


_PAREN_COMMA_RE = re.compile(r"[(),](?!(?<=\d,)\d)")


def _split_commas_plain(text: str, base: int = 0):
    """_split_commas walking every character (``tests/test_speed_guard.py``)."""
    segs, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0 and not (text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit()):
            segs.append((text[start:i], base + start, base + i))
            start = i + 1
    segs.append((text[start:], base + start, base + len(text)))
    return segs


# ---------------------------------------------------------------------------
# Noun phrases: who is speaking
# ---------------------------------------------------------------------------
@dataclass
class NP:
    kind: str  # person | org | org_ref | pronoun | clitic | nickname | role | unnamed | none
    name: str | None = None
    role: str | None = None
    lead: str = "other"  # how the segment starts: name | role | pronoun | lower | other
    tail: list = field(default_factory=list)

    @property
    def clean_tail(self) -> bool:
        return not self.tail or self.tail[0].lower() in R.ADVERBIAL_STARTS

    @property
    def names_a_person(self) -> bool:
        """A person named here ("Budi, ...", "Kepala X Budi"), not after lower-case narration."""
        return self.kind == "person" and self.clean_tail and self.lead != "lower"

    @property
    def is_speaker(self) -> bool:
        return self.kind in ("person", "org", "org_ref", "pronoun", "clitic", "nickname", "role", "unnamed")


_NONE = NP("none")
_UNNAMED_LEADS = sorted((tuple(p.split()) for p in R.UNNAMED_LEADS), key=len, reverse=True)
_UNNAMED_HEADS = R.PERSON_NOUNS | R.ROLE_WORDS | R.UNNAMED_HEADS | R.SOURCE_NOUNS
_DESCRIPTION_ENDS = {"yang"} | R.DEMONSTRATIVES
# a withheld name or a source holds one of these; an indefinite person starts with one of those
_UNNAMED_CUE_RE = re.compile("|".join(sorted({w.removesuffix("nya") for w in R.ANONYMITY_NOUNS} | R.SOURCE_NOUNS | {"anonim"})))
_UNNAMED_LEAD_STARTS = tuple(p.split()[0] for p in R.UNNAMED_LEADS)


def _unnamed_speaker(seg: str, withheld_only: bool = False) -> NP | None:
    """A speaker the article does not name (quote_rules: unnamed speakers), as an NP of
    kind "unnamed" whose role is the description ("guru honorer asal Depok"), or None.

    The noun phrase (after an indefinite lead: "seorang", "salah satu") withholds its
    name ("moderator yang enggan disebutkan namanya"), or is a source ("sumber
    tersebut"), or (unless `withheld_only`) starts with an indefinite lead and a person
    noun or role word ("seorang guru honorer").  The caller has looked for a name first where one may
    follow ("Seorang warga, Euis (52), mengaku")."""
    low_seg = seg.lower()
    # (cheap test first: the words every case needs, one substring search each)
    if _UNNAMED_CUE_RE.search(low_seg) is None and (withheld_only or not low_seg.lstrip().startswith(_UNNAMED_LEAD_STARTS)):
        return None
    words = [w.strip(",.;:()\"“”") for w in seg.split()[:16]]
    low = [w.lower() for w in words]
    k = next((len(lead) for lead in _UNNAMED_LEADS if tuple(low[:len(lead)]) == lead), 0)
    if k >= len(low) or low[k] in R.PERSON_PRONOUNS or low[k] in _DESCRIPTION_ENDS:
        return None
    withheld = low[k] in R.SOURCE_NOUNS or "anonim" in low or (
        not R.ANONYMITY_NOUNS.isdisjoint(low) and not R.ANONYMITY_WORDS.isdisjoint(low))
    if low[k] not in _UNNAMED_HEADS and not withheld:
        return None  # (a withheld name needs no listed noun: "moderator ... yang meminta namanya tidak ditulis")
    if not withheld and (withheld_only or not k or R.NAME_INTRODUCER in low
                         or any(R.INITIALS_INTRODUCER in w for w in low)):
        return None
    desc = []
    for w in words[k:k + 10]:
        if w.lower() in _DESCRIPTION_ENDS:
            break
        desc.append(w)
    # "sumber tersebut", "perempuan ... itu": points back at an unnamed speaker met before
    back = not R.DEMONSTRATIVES.isdisjoint(low[k + 1:])
    return NP("unnamed", None, " ".join(desc) or None, "pronoun" if back else "lower")

# role words that are no organisation words ("kepolisian" is both)
_STRICT_ROLE_WORDS = R.ROLE_WORDS - R.ORG_WORDS


def _role_text(tokens) -> str | None:
    toks = [_clean_tok(t) for t in tokens]
    toks = [t for t in toks if t and not _is_degree(t)]
    while toks and (toks[-1].lower() in R.NAME_CONNECTORS or toks[-1] in _HONORIFICS):
        toks.pop()
    s = " ".join(toks).strip(" ,.")
    return s or None


# Noun-phrase parses kept for the process: (method, string) -> the NP's fields, or
# _NONE_KEPT for the shared _NONE. Only parses that consulted nothing particular to
# their article (_Article.consulted unchanged) are kept: the same subject string in
# another article ("Menteri Komunikasi dan Digital Meutya Hafid") then parses the same.
_NP_KEPT: dict = {}
_NP_KEPT_MAX = 20_000  # entries, then it starts again
_NONE_KEPT = ()
# The parses that did read the article, kept the same way with what they read: the
# questions asked of the article and its answers (`_Article.trace`).  The parse is a
# function of its string and those answers (they are all it reads of the article),
# so in an article that answers them the same (`_Article.replay`), it is the same
# parse: the kind of a long run's name ("Kepala Humas Sinar Jaya Rudi Hartono") is
# settled again with a few lookups instead of parsed again.
_NP_TRACED: dict = {}


def _np_memo(method):
    """`method(self, text) -> NP` of _Article, kept per `text` when it is a function
    of `text` alone (``tests/test_speed_guard.py`` compares it with the plain parse).
    Every call returns a new NP (callers fill in its role), or _NONE when the parse did."""
    name = method.__name__

    def parse(self, text):
        key = (name, text)
        kept = _NP_KEPT.get(key)
        if kept is not None:
            if kept is _NONE_KEPT:
                return _NONE
            kind, np_name, role, lead, tail = kept
            return NP(kind, np_name, role, lead, list(tail))
        trace = self.trace
        mark = len(trace)
        traced = _NP_TRACED.get(key)
        if traced is not None:
            kept, asked = traced
            if self.replay(asked):
                if kept is _NONE_KEPT:
                    return _NONE
                kind, np_name, role, lead, tail = kept
                return NP(kind, np_name, role, lead, list(tail))
            del trace[mark:]  # (the plain parse below asks again what it needs)
        before = self.consulted
        np = method(self, text)
        # (before the pipeline is built, _STOP_WORDS is still empty: nothing is kept)
        if _NLP is not None:
            if len(_NP_KEPT) >= _NP_KEPT_MAX or len(_NP_TRACED) >= _NP_KEPT_MAX:
                _NP_KEPT.clear()
                _NP_TRACED.clear()
            kept = _NONE_KEPT if np is _NONE else (np.kind, np.name, np.role, np.lead, tuple(np.tail))
            if self.consulted == before:
                _NP_KEPT[key] = kept
            else:
                _NP_TRACED[key] = (kept, tuple(trace[mark:]))
        return np

    parse.__name__ = parse.__qualname__ = name
    parse.__doc__ = method.__doc__
    parse.plain = method
    return parse



def _word_before(text: str, s: int) -> tuple[str, int]:
    """The word of ``text.split()`` ending before offset `s` (at a word's start), and
    where it starts; ("", 0) if none."""
    e = s
    while e and text[e - 1].isspace():
        e -= 1
    b = e
    while b and not text[b - 1].isspace():
        b -= 1
    return text[b:e], b


def _word_after(text: str, e: int) -> tuple[str, int]:
    """The word of ``text.split()`` starting after offset `e` (at a word's end), and
    where it ends; ("", len(text)) if none."""
    n = len(text)
    b = e
    while b < n and text[b].isspace():
        b += 1
    f = b
    while f < n and not text[f].isspace():
        f += 1
    return text[b:f], f


_WORD_AFTER_RE = re.compile(r"\s*(\S*)")  # re's \s is str.isspace (Py_UNICODE_ISSPACE), as str.split's
_WORD_BEFORE_WINDOW = 48


def _word_before_fast(text: str, s: int) -> tuple[str, int]:
    """_word_before read from the few characters before `s` with str methods instead of
    a loop per character; the full walk only when the word (and the space before it)
    does not fit in them (``tests/test_quotes_speed.py``)."""
    lo = s - _WORD_BEFORE_WINDOW
    if lo < 0:
        lo = 0
    r = text[lo:s].rstrip()
    if r:
        parts = r.rsplit(None, 1)
        if len(parts) == 2 or lo == 0:
            word = parts[-1]
            return word, lo + len(r) - len(word)
    elif lo == 0:
        return "", 0  # only white space before
    return _word_before(text, s)


def _word_after_fast(text: str, e: int) -> tuple[str, int]:
    """_word_after by one regex match (whitespace, then the word)."""
    m = _WORD_AFTER_RE.match(text, e)
    return m.group(1), m.end()


def _whole_word(text: str, i: int, j: int) -> bool:
    """Is text[i:j] a whole word (no letter, digit or joining mark right before or after)?"""
    if i and (text[i - 1].isalnum() or text[i - 1] in ".@#-_"):
        return False
    return not (j < len(text) and (text[j].isalnum() or text[j] in "-_"))


class _Article:
    """Article-wide context: the full text (for evidence about names) and the
    people and organisations met so far."""

    def __init__(self, paragraphs):
        self.paragraphs = paragraphs
        self.offsets = []
        pos = 0
        for p in paragraphs:
            self.offsets.append(pos)
            pos += len(p or "") + 2
        self.text = "\n\n".join(p or "" for p in paragraphs)
        self._standalone_cache = {}
        self.people = {}  # full name -> role (insertion order = order met)
        self.aliases = {}  # nickname -> full name
        self._alias_pos = None  # see alias_table
        self._alias_evidence = {}  # name word -> see alias_evidence
        self.speakers = set()
        # how many times a noun-phrase parse read or wrote what is particular to this
        # article (speaker_alias, standalone, aliases): a parse that did not is a function
        # of its string alone, and is kept for the process (see _np_memo)
        self.consulted = 0
        # what was read or written of this article, in order, for _np_memo: (0, args of
        # speaker_alias, its answer), (1, args of standalone, its answer), (2, nickname,
        # full name) for an alias written by write_alias, (3, phrase, answer of speaker_phrase)
        self.trace = []
        self._runs_around = {}  # word -> see runs_around
        self._speaker_phrases = {}  # phrase -> see speaker_phrase
        self._nicknames = None  # nickname -> its introductions, see nickname_of

    def replay(self, asked) -> bool:
        """Does this article answer the questions of `asked` (a slice of some article's
        `trace`) the same?  The aliases written there are written here too, in order,
        as far as the answers agree (a parse that then differs writes them again)."""
        for ev in asked:
            kind = ev[0]
            if kind == 0:
                if self.speaker_alias(ev[1], ev[2], ev[3]) != ev[4]:
                    return False
            elif kind == 1:
                if self.standalone(ev[1], ev[2], ev[3]) != ev[4]:
                    return False
            elif kind == 3:
                if self.speaker_phrase(ev[1]) != ev[2]:
                    return False
            else:
                self.consulted += 1
                self.aliases[ev[1]] = ev[2]
                self.trace.append(ev)
        return True

    # -- evidence -----------------------------------------------------------
    def standalone(self, phrase: str, next_tok: str | None = None, prev_tok: str | None = None) -> bool:
        """Does `phrase` occur somewhere in the article not followed by `next_tok`
        and not preceded by `prev_tok`?"""
        self.consulted += 1
        key = (phrase, next_tok, prev_tok)
        hit = self._standalone_cache.get(key)
        if hit is None:
            hit = self._standalone(phrase, next_tok, prev_tok)
            self._standalone_cache[key] = hit
        self.trace.append((1, phrase, next_tok, prev_tok, hit))
        return hit

    def _standalone(self, phrase, next_tok, prev_tok) -> bool:
        hit = False
        for i, j in self.occurrences(phrase):
            after = self.text[j:j + 40].split()
            before = self.text[max(0, i - 40):i].split()
            if next_tok and after and _clean_tok(after[0]) == next_tok and not self.text[j].strip(" "):
                continue
            if prev_tok and before and _clean_tok(before[-1]) == prev_tok and self.text[i - 1] == " ":
                continue
            # a short form of a name in a speaker's place ("ujar Sri Mulyani" for "Sri
            # Mulyani Indrawati") is no organisation or place of its own
            if before and (before[-1].lower() in _CUE_WORDS or before[-1].lower() in _NICKNAME_BEFORE):
                continue  # (nor a name given as someone's nickname or full name: "sapaan akrab Fransiska")
            if after:
                nxt = _clean_tok(after[0]).lower()
                if nxt in R.SPEECH_VERBS or (" " not in phrase and (
                        nxt in R.NON_SPEECH_VERBS or nxt in R.SUBJECT_FOLLOWERS or _is_verbish(nxt))):
                    continue  # "Harun berharap ...", "Desi juga ...": a person's short name as a subject
            hit = True
            break
        return hit

    def occurrences(self, phrase: str, upto: int | None = None, start: int = 0):
        """(start, end) of each whole-word occurrence of `phrase` in the article (from
        `start`, ending by `upto`)."""
        text, n, k = self.text, len(phrase), start
        end = len(text) if upto is None else upto
        while True:
            i = text.find(phrase, k, end)
            if i < 0:
                return
            k = i + 1
            j = i + n
            if _whole_word(text, i, j):
                yield i, j

    def runs_around(self, word: str, upto: int) -> list:
        """For each whole-word occurrence of `word` ending by `upto` (`occurrences`),
        the capitalised run (_RUN_RE, searched from 160 characters before to 160 after)
        that holds its start, as (start, text), or None.  Kept per word for the
        article: a name is expanded again and again, further on each time.  A later
        call searches on from the last occurrence found or, if later, from the first
        place an occurrence not ending by the last `upto` can start (every one before
        was found then): the text is searched once, not again on each call."""
        if upto < 0:  # (never: a negative end would count from the end of the text)
            return list(self.runs_around_plain(word, upto))
        state = self._runs_around.get(word)
        if state is None:
            # occurrences' ends and runs, where to go on, searched up to
            state = self._runs_around[word] = [[], [], 0, 0]
        ends, runs, k, limit = state
        if upto > limit:
            text = self.text
            size = len(text)
            for i, j in self.occurrences(word, upto, start=max(k, limit - len(word) + 1)):
                k = i + 1
                run = None
                for m in _RUN_RE.finditer(text, max(0, i - 160), min(size, i + 160)):
                    if m.start() > i:
                        break  # runs come in order: none later holds i
                    if i < m.end():
                        run = (m.start(), m.group())
                        break
                ends.append(j)
                runs.append(run)
            state[2], state[3] = k, upto
        n = bisect_right(ends, upto)
        return runs if n == len(runs) else runs[:n]

    def runs_around_plain(self, word: str, upto: int):
        """runs_around without keeping anything (``tests/test_speed_guard.py``)."""
        for i, _ in self.occurrences(word, upto):
            run = None
            for m in _RUN_RE.finditer(self.text, max(0, i - 160), min(len(self.text), i + 160)):
                if m.start() > i:
                    break
                if i < m.end():
                    run = (m.start(), m.group())
                    break
            yield run

    def speaker_alias(self, tok: str, next_tok: str | None, prev_tok: str | None = None) -> bool:
        """Is `tok` used on its own in a speaker position ("kata Dina",
        "Menurut Dina,", "Dina menambahkan")?  Then it is a person's name."""
        self.consulted += 1
        ev = self._alias_evidence.get(tok)
        if ev is None:
            ev = self._alias_evidence[tok] = self.alias_evidence(tok)
        nexts, prevs = ev
        if nexts and (next_tok is None or nexts - {next_tok}):
            yes = True
        else:
            yes = bool(prevs and (prev_tok is None or prevs - {prev_tok}))
        self.trace.append((0, tok, next_tok, prev_tok, yes))
        return yes

    def alias_evidence(self, tok: str):
        """(the words after `tok` where it follows a cue word, the words before it where
        a speech verb follows it), cleaned, "-" for none: what `alias_table` holds for
        `tok`, from the words around each place `tok` is written (a name is written a
        few times; the article is not split into words for the few names asked about)."""
        text = self.text
        if not tok:
            after_cue, before_verb = self.alias_table()
            return after_cue.get(tok), before_verb.get(tok)
        nexts, prevs = set(), set()
        n = len(text)
        i = text.find(tok)
        while i >= 0:
            # the word of text.split() holding this occurrence, and the two on each side
            s, e = i, i + len(tok)
            while s and not text[s - 1].isspace():
                s -= 1
            while e < n and not text[e].isspace():
                e += 1
            word = text[s:e]
            if word[:1].isupper() and _clean_tok(word) == tok:
                prev1, prev_start = _word_before_fast(text, s)
                next1, next_end = _word_after_fast(text, e)
                if prev1 and prev1.lower() in _CUE_WORDS:
                    nexts.add(_clean_tok(next1) if next1 else "-")
                if next1:
                    low = next1.lower()
                    # the verb without the punctuation after it ("Budi menambahkan, ...")
                    verb = low if low[-1].isalnum() else _clean_tok(low)
                    if verb in R.SPEECH_VERBS and not (low in _CUE_WORDS and _word_after_fast(text, next_end)[0][:1].isupper()):
                        prevs.add(_clean_tok(prev1) if prev1 else "-")
            i = text.find(tok, e)
        return nexts, prevs

    def alias_table(self):
        """(after_cue, before_verb): the capitalised word after each cue word -> the
        words after it, and the one before each speech verb (when it is not a cue word
        followed by a capitalised word) -> the words before it, over all the article's
        words; what `alias_evidence` reads per name (``tests/test_quotes_speed.py``)."""
        if self._alias_pos is None:
            after_cue, before_verb = {}, {}
            words = self.text.split()
            n = len(words)
            for k, word in enumerate(words):
                low = word.lower()
                if low in _CUE_WORDS and k + 1 < n and words[k + 1][:1].isupper():
                    nxt = _clean_tok(words[k + 2]) if k + 2 < n else "-"
                    after_cue.setdefault(_clean_tok(words[k + 1]), set()).add(nxt)
                elif k and words[k - 1][:1].isupper() and _clean_tok(low) in R.SPEECH_VERBS:
                    prv = _clean_tok(words[k - 2]) if k >= 2 else "-"
                    before_verb.setdefault(_clean_tok(words[k - 1]), set()).add(prv)
            self._alias_pos = (after_cue, before_verb)
        return self._alias_pos

    def role_of(self, name: str, upto: int) -> str | None:
        """The role given where `name` is first written: "Sekretaris X, NAME"
        or "Plt Direktur X NAME"."""
        i = self.text.find(name, 0, max(upto, 0) + len(name))
        if i < 0:
            return self.people.get(name)
        dot = self.text.rfind(". ", 0, i)
        start = max(self.text.rfind("\n", 0, i) + 1, dot + 2 if dot >= 0 else 0)
        before = self.text[start:i]
        if before.rstrip().endswith(","):
            seg = _split_commas(before.rstrip()[:-1])[-1][0].strip()
            if self.is_role_like(seg):
                return _role_text(seg.split())
            runs = list(_RUN_RE.finditer(seg))
            if runs and runs[-1].end() == len(seg) and runs[-1].group().split()[0].lower() in R.ROLE_WORDS:
                return _role_text(runs[-1].group().split())
            return None
        m = re.search(rf"({_TOK}(?: +(?:(?:dan|of) +)?{_TOK})*) +$", before)
        if m and m.group(1).split()[0].lower() in R.ROLE_WORDS:
            return _role_text(m.group(1).split())
        return None

    def role_holder(self, role: str, upto: int):
        """(name, role) of the person written with `role` before `upto` ("Menteri Keuangan
        (Menkeu) Larasati Gunawan memproyeksikan ...", "Kapolres Lembah, AKBP Yosafat
        Marpaung, memimpin ..."), for a later "Menkeu menjelaskan" / "kata Kapolres"; the
        nearest such place first, None if there is none."""
        text = self.text
        for i, j in reversed(list(self.occurrences(role, upto))):
            start = max(0, text.rfind("\n", 0, i) + 1, *(c + 2 for c in (text.rfind(", ", 0, i), text.rfind(". ", 0, i)) if c >= 0))
            ends = [e for e in (text.find(". ", j), text.find("\n", j)) if e >= 0]
            segs = _split_commas(text[start:min(ends) if ends else len(text)])
            seg = segs[0][0]
            np = self.parse_segment(seg)
            if np.kind == "role" and not np.tail and len(segs) > 2:
                np2 = self.is_pure_name(segs[1][0])  # "Kapolres Lembah, AKBP Yosafat Marpaung, ..."
                if np2:
                    return self.expand(np2.name, i), _role_text(seg.split())
            if np.kind == "person" and np.lead == "role" and np.role and role in np.role:
                return self.expand(np.name, i), np.role
        return None

    def split_role_name(self, toks):
        """Split a capitalised run ("Head of Marketing Tik Tok Dina Bhirawa") into
        role tokens and name tokens, using the lexicons and the article."""
        toks = list(toks)
        nickname = None
        if len(toks) >= 2 and _is_age(toks[-1]) and _INITIALS_RE.fullmatch(toks[-2]):
            return toks[:-2], [toks[-2]]  # "AS (45)": initials with an age are a person
        while toks and (_is_degree(toks[-1]) or (toks[-1].startswith("(") and toks[-1].endswith(")") and len(toks) > 1 and _is_person_tok(toks[-2]))):
            if toks[-1].startswith("(") and not _is_age(toks[-1]):
                nickname = toks[-1].strip("()")  # "Joko Widodo (Jokowi)"
            toks.pop()
        role_toks, name_toks = self._split_role_name(toks)
        if len(name_toks) >= 3 and name_toks[0] in R.LEADING_TITLES:
            name_toks = name_toks[1:]  # "R. Wiryawan Adinegoro": Raden, a title
        elif len(name_toks) >= 2 and role_toks and role_toks[-1] in R.LEADING_TITLES:
            role_toks = role_toks[:-1]  # "Pakar siber R. Wiryawan Adinegoro": the name's title
        if nickname and len(name_toks) >= 2:
            self.write_alias(nickname, " ".join(name_toks))
        return role_toks, name_toks

    def write_alias(self, nickname: str, full: str):
        """`nickname` names `full` in this article (written into the trace: see _np_memo);
        "Bu Sini" without its honorific too."""
        self.consulted += 1
        self.aliases[nickname] = full
        self.trace.append((2, nickname, full))
        first, _, rest = nickname.partition(" ")
        if rest and first in _HONORIFICS:
            self.write_alias(rest, full)

    def speaker_phrase(self, phrase: str) -> bool:
        """Is `phrase` (several words) written in a speaker's place somewhere: after a
        cue word ("ujar Dewi Anggun") or before a speech verb ("Dewi Anggun menambahkan")?"""
        self.consulted += 1
        hit = self._speaker_phrases.get(phrase)
        if hit is None:
            hit = False
            text = self.text
            for i, j in self.occurrences(phrase):
                before = _word_before_fast(text, i)[0]
                after = _word_after_fast(text, j)[0]
                if (before and before.lower() in _CUE_WORDS) or (after and _clean_tok(after).lower() in R.SPEECH_VERBS):
                    hit = True
                    break
            self._speaker_phrases[phrase] = hit
        self.trace.append((3, phrase, hit))
        return hit

    def _split_role_name(self, toks):
        i = len(toks)
        while i > 0:
            t = toks[i - 1]
            if _is_person_tok(t):
                i -= 1
            elif _is_name_word_after_name(t) and i >= 2 and _is_person_tok(toks[i - 2]):
                i -= 1  # "Arief Rahman Hakim": a role word after a name is a name
            elif t.lower() in R.PERSON_CONNECTORS and i >= 2 and _is_person_tok(toks[i - 2]) and i < len(toks):
                i -= 1
            else:
                break
        if 0 < i < len(toks) and toks[i - 1] == "I" and toks[i] in R.BALINESE_AFTER_I:
            i -= 1  # "I Made Sudarsana", "I Gusti Ngurah Rai"
        if 0 < i < len(toks) and toks[i - 1].lower() in R.ROLE_COMPLEMENT_HEADS:
            i += 1  # "Juru Bicara Meta": the word after "juru" is part of the role
        trail = toks[i:]
        while trail and trail[0].lower() in R.PERSON_CONNECTORS:
            i += 1
            trail = trail[1:]
        if i and ((len(trail) == 1 and toks[i - 1].lower() in R.AREA_WORDS)
                  or (len(trail) <= 2 and toks[i - 1].lower() in R.COMPANY_PREFIXES)):
            return toks, []  # "warga Desa Sukamaju", "Manajemen PT Lintas Awan": a place, a company
        if (i and len(trail) >= 3 and (toks[i - 1].lower() in R.PLACE_HEADS or toks[i - 1].isdigit() or (
                _ACRONYM_RE.match(toks[i - 1]) is not None and self.standalone(trail[0], trail[1])))
                and not self.speaker_alias(trail[0], trail[1], toks[i - 1])):
            # "Camat Cibeureum Asep Saepudin", "Kepala SMPN 1 Sukamaju Rahmat Hidayat", "Ketua
            # DPRD Garut Euis Ida": the word after a head that names a place or an
            # institution is its name; after an acronym, when it is met alone elsewhere
            i += 1
            trail = trail[1:]
        if len(trail) <= 1 or (len(trail) == 2 and i == 0):
            # one word, or a bare two-word name: nothing to weigh
            return toks[:i], trail
        best_k, best_score, best_left = 0, None, False
        for k in range(len(trail)):
            if k and trail[k].lower() in R.PERSON_CONNECTORS:
                continue  # "Harun Al Rasyid" never starts at "Al"
            name = trail[k:]
            score = 0
            left_alone = False  # what stands before the name is used on its own
            if len(name) > 4:
                score -= 2 * (len(name) - 4)
            # the name's first word used on its own as a speaker ("kata Dina"), or its
            # first two words of three or more ("ujar Dewi Anggun" for "Dewi Anggun Lestari")
            if self.speaker_alias(name[0], name[1] if len(name) > 1 else None, trail[k - 1] if k else None):
                score += 2
            elif len(name) >= 3 and self.speaker_phrase(name[0] + " " + name[1]):
                score += 2
            # what stands before the name is used on its own elsewhere ("Tik Tok")
            if k:
                for j in range(k):
                    left = trail[j:k]
                    if len(left) == 1 and not (len(trail) - k >= 2 or _is_org_tok(left[0])):
                        continue
                    if self.speaker_alias(left[0], left[1] if len(left) > 1 else trail[k], trail[j - 1] if j else None):
                        continue
                    if self.standalone(" ".join(left), trail[k]):
                        score += 2
                        left_alone = True
                        break
            if best_score is None or score > best_score:
                best_k, best_score, best_left = k, score, left_alone
        if best_k and not best_left:
            # the evidence is a later short form and nothing before it stands on its own:
            # with no role before them the words are one name ("Ahmad Ridwan Harahap" then
            # "kata Harahap"); after a role, a surname alone keeps the word before it
            if i == 0:
                best_k = 0
            elif best_k == len(trail) - 1 and best_score > 0 and not self.standalone(trail[-2], trail[-1]):
                best_k = len(trail) - 2  # (unless that word is met alone: "Desa Kembang Arum")
        if best_score is not None and best_score <= 0 and len(trail) >= 4 and (i > 0 or len(trail) > 4):
            # no evidence and too long for a name after a role: the name is the
            # last two words, or starts at a name prefix ("Ni Luh Putu ...")
            best_k = len(trail) - 2
            for k in range(len(trail) - 2):
                if trail[k] in R.NAME_PREFIXES:
                    best_k = k
                    break
        while best_k and trail[best_k - 1] in R.NAME_OPENERS:
            best_k -= 1  # "... Muhammad Arif" later "kata Arif": a name prefix opens the name
        return toks[:i] + trail[:best_k], trail[best_k:]

    # -- noun phrases -------------------------------------------------------
    @_np_memo
    def parse_segment(self, seg: str) -> NP:
        """Parse one comma segment as a speaker noun phrase."""
        if "nama" in seg or "ebut saja" in seg:
            bare = _PSEUDONYM_RE.sub("", seg)
            if bare != seg and bare.strip():
                return self.parse_segment(bare)  # "sebut saja Mawar": the name given
        if f" {R.ALIAS_WORD} " in seg:
            # "Siti Rohmah alias Mak Iroh": Siti Rohmah, who is also Mak Iroh
            left, _, right = seg.partition(f" {R.ALIAS_WORD} ")
            np = self.parse_segment(left)
            m = _RUN_RE.match(right.lstrip())
            if np.kind == "person" and not np.tail and m:
                self.write_alias(m.group(), np.name)
                np.tail = right.lstrip()[m.end():].split()
                return np
        m = _HANDLE_SEG_RE.match(seg) if "@" in seg else None
        if m:
            # "Akun @sinefilbandung", "Pemilik akun @budi_raharjo": an account speaks by its handle
            return NP("person", m.group("handle"), _role_text(m.group("lead").split()), "name", seg[m.end():].split())
        m = _BY_INITIALS_RE.search(seg) if R.INITIALS_INTRODUCER in seg else None
        if m:
            # "Tersangka berinisial RH (24)": a person known by initials
            before = seg[:m.start()].split()
            rest = [t for t in seg[m.end():].split() if not _is_age(_clean_tok(t))]
            return NP("person", m.group(1), _role_text(before), "role" if before else "name", rest)
        raw = seg.split()
        # a speaker phrase is short: only its first words need cleaning
        toks = [t for t in map(_clean_tok, raw[:_NP_WINDOW]) if t] + raw[_NP_WINDOW:]
        if not toks:
            return _NONE
        first = toks[0].lower()
        if first in R.DATA_WORDS and first not in R.VAGUE_PRONOUNS:
            return _NONE
        if first in R.PERSON_PRONOUNS:
            return NP("pronoun", lead="pronoun", tail=toks[1:])
        if first in R.ORG_MARKERS and len(toks) > 1 and toks[1][:1].isupper():
            toks[0] = first  # "Pihak TikTok Indonesia": the organisation (see ORG_LEAD_NOUNS below)
        elif first in R.ORG_LEAD_NOUNS and len(toks) > 2 and toks[1][:1].islower():
            toks[0] = first  # "Operator seluler PT Sinar Nusa" at a sentence's start: the same
        if first in R.VAGUE_PRONOUNS:
            return _NONE
        # leading lower-case words: a role ("pengamat politik ...") or narration
        i = 0
        if len(toks) > 2 and first in R.ROLE_WORDS and toks[1][:1].islower() and toks[1] not in R.NAME_CONNECTORS:
            i = 1  # a role opening the sentence: "Pengamat politik Teguh ...", "Juru bicara Komdigi ..."
        while i < len(toks) and not _is_cap(toks[i]) and toks[i] not in _HONORIFICS:
            i += 1
        lower_lead = toks[:i]
        if lower_lead and i < len(toks) and (lower_lead[-1].lower() in R.ORG_LEAD_NOUNS or (
                len(lower_lead) <= 4 and lower_lead[0].lower() in R.ORG_LEAD_NOUNS
                and not any(t.lower() in R.PLACE_PREPOSITIONS or _is_verbish(t.lower()) for t in lower_lead[1:]))):
            # "manajemen KasKita", "pihak TikTok Indonesia (dalam keterangan ...)", "operator
            # seluler PT Sinar Nusa": an organisation by its name
            j = i
            while j < len(toks) and j - i < 6 and _is_cap(toks[j]):
                j += 1
            run, rest = toks[i:j], toks[j:]
            if run and (not rest or rest[0].lower() in R.ADVERBIAL_STARTS) and not any(t.lower() in R.ROLE_WORDS for t in run):
                return NP("org", " ".join(run), None, "name", rest)
        if lower_lead:
            lead = "role" if any(w.lower() in R.ROLE_WORDS for w in lower_lead[:3]) else "lower"
            if lower_lead[-1].lower() in R.PLACE_PREPOSITIONS:
                # "pedagang asal Cibening", "perajin gerabah di Kasongan": a place
                j = i
                while j < len(toks) and _is_cap(toks[j]):
                    j += 1
                return NP("none", lead=lead, tail=toks[j:])
        else:
            lead = "role" if toks[0].lower() in R.ROLE_WORDS else "name"
        # capitalised run (with connectors, bracketed acronyms, honorifics)
        j = i
        while j < len(toks):
            t = toks[j]
            if t.lower() in R.STOP_CAPS:
                break
            if _is_cap(t) or t in _HONORIFICS or _is_degree(t) or (j > i and _is_age(t)):
                j += 1
            elif t.lower() in R.NAME_CONNECTORS and j + 1 < len(toks) and _is_cap(toks[j + 1]):
                j += 1
            elif t in R.ROLE_INNER_LOWER and j > i and j + 1 < len(toks) and _is_cap(toks[j + 1]):
                j += 1  # "Kepala Desa setempat Suyono"
            elif j > i and t.isdigit() and len(t) <= 4 and j + 1 < len(toks) and _is_cap(toks[j + 1]):
                j += 1  # a number inside a role: "Kepala SMPN 1 Sukamaju", "Ketua RT 03", "Dandim 0618"
            else:
                break
        run, tail = toks[i:j], toks[j:]
        if not run:
            return NP("none", lead=lead, tail=tail)
        for k, t in enumerate(run[1:-1], 1):
            if t in ("dan", "and", "&") and _is_person_tok(run[k - 1]) and all(_is_person_tok(x) for x in run[k + 1:]):
                return NP("none", lead=lead, tail=tail)  # "Budi dan Ani": several speakers
        if len(run) == 1 and run[0].lower() in R.GENERIC_SUBJECTS:
            return NP("none", lead=lead, tail=tail)  # "Polisi mengatakan": no named speaker
        if (not lower_lead and len(run) >= 3 and run[0].lower() in R.ORG_LEAD_NOUNS
                and (run[1].lower() in R.COMPANY_PREFIXES or run[1].lower() in R.ORG_WORDS)):
            # "Manajemen PT Sinar Niaga Abadi", "Pihak Bank Sentosa": the organisation
            return NP("org", " ".join(run[1:]), None, "name", tail)
        if not lower_lead and all(t.lower() in R.ORG_WORDS or t.lower() in R.PLACE_WORDS for t in run[:-1]) and (
                run[0].lower() in R.ORG_WORDS and len(run) > 1 and run[0].lower() not in _STRICT_ROLE_WORDS):
            # "Kepolisian Daerah Riau", "Kepolisian Resor Sleman": organisation words, then its place
            return NP("org", " ".join(run), None, "name", tail)
        if run[0].lower() in R.ORG_WORDS and run[0].lower() not in R.ROLE_WORDS and not lower_lead and not any(t.lower() in R.ROLE_WORDS for t in run[1:]):
            # "Bank Dunia", "Badan Pusat Statistik", "PT Sinar Jaya": an organisation
            return NP("org", " ".join(run), None, "name", tail)
        role_toks, name_toks = self.split_role_name(run)
        while name_toks and name_toks[0] in _HONORIFICS:
            name_toks = name_toks[1:]
        role = _role_text(lower_lead + role_toks)
        if name_toks:
            if len(name_toks) == 1 and name_toks[0].lower() in R.GENERIC_SUBJECTS:
                return NP("none", lead=lead, tail=tail)
            if lead == "name" and role_toks and role_toks[0].lower() in R.ROLE_WORDS:
                lead = "role"
            return NP("person", " ".join(name_toks), role, lead, tail)
        if lead == "role" or (run and run[0].lower() in R.ROLE_WORDS):
            return NP("role", None, role, "role", tail)
        if any(_is_org_tok(t) for t in run):
            name = " ".join(t for t in run if t not in _HONORIFICS)
            if len(run) == 1 and run[0].lower() in R.GENERIC_SUBJECTS:
                return NP("none", lead=lead, tail=tail)
            return NP("org", name, None, lead, tail)
        return NP("none", lead=lead, tail=tail)

    def is_pure_name(self, seg: str) -> NP | None:
        toks = seg.split()
        if not toks or len(toks) > 8 or any(t[0].islower() and t not in R.PERSON_CONNECTORS and t not in _HONORIFICS
                                            and t != R.ALIAS_WORD for t in toks):
            return None
        np = self.parse_segment(seg)
        if np.kind == "person" and np.lead == "name" and not np.role and not np.tail:
            return np
        return None

    def is_role_like(self, seg: str) -> bool:
        toks = [_clean_tok(t) for t in seg.split()]
        toks = [t for t in toks if t]
        if not toks or len(toks) > 18:
            return False
        if toks[0].lower() in R.CONNECTIVES and toks[0].lower() not in R.ROLE_WORDS:
            return False
        if toks[0].lower() in R.STOP_CAPS:
            return False
        for k, t in enumerate(toks):
            low = t.lower()
            if t.islower() and _is_verbish(low):
                if k and toks[k - 1].lower() == "yang":
                    continue
                return False
        if toks[0].lower() in R.ROLE_WORDS:
            return True
        return toks[0][0].islower() and any(t.lower() in R.ROLE_WORDS for t in toks[:4])

    @_np_memo
    def parse_subject(self, chunk: str) -> NP:
        """The speaker in the text before a speech verb: "Kepala X, Budi, " /
        "Dia" / "TikTok Indonesia dalam keterangan resminya"."""
        chunk = _after_dash(chunk)  # "JAKARTA, KOMPAS.com - Menteri X mengatakan"
        segs = [s for s, _, _ in _split_commas(chunk)]
        segs = [s for s in segs if s.strip() and not all(_is_degree(t) for t in s.split())]
        while len(segs) > 1 and _is_circumstance(segs[-1]):
            segs.pop()  # "Budi, saat dihubungi, Selasa (2/4/2024), mengatakan"
        while len(segs) > 2 and segs[-1].split()[0].lower() in R.AREA_WORDS and (
                _is_description(segs[-2]) or segs[-2].split()[0].lower() in R.AREA_WORDS):
            segs.pop()  # "Sumiati (62), warga Desa Sukamaju, Kecamatan Cibatu, mengaku"
        k = len(segs) - 1
        while k > 1 and len(segs[k].split()) <= 4 and all(map(_is_cap, segs[k].split())):
            k -= 1
        if k < len(segs) - 1 and segs[k].split()[0].lower() in R.RESIDENT_WORDS and _is_description(segs[k]):
            del segs[k + 1:]  # "Wulan (38), warga Sleman, Daerah Istimewa Yogyakarta, mengaku": its places
        if not segs:
            return _NONE
        last = segs[-1]
        words = last.split()
        if len(segs) >= 2 and len(words) >= 2 and words[0] in R.LIST_CONJUNCTIONS and segs[0].split()[0].lower() in R.ORG_WORDS:
            # "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyebutkan": one name
            # with a list in it (every word of it capitalised)
            toks = [t for seg in segs[:-1] for t in seg.split()]
            k = 1
            while k < len(words) and (_is_cap(words[k]) or words[k] in R.NAME_CONNECTORS):
                k += 1
            if (all(_is_cap(t) or t in R.NAME_CONNECTORS for t in toks) and len(toks) + k <= 14
                    and (k == len(words) or words[k].lower() in R.ADVERBIAL_STARTS)):
                # (then "dalam keterangannya" may follow)
                name = ", ".join([seg.strip() for seg in segs[:-1]] + [" ".join(words[:k])])
                return NP("org", name, None, "name", words[k:])
        if len(segs) >= 2 and len(words) >= 3 and words[0] in R.LIST_CONJUNCTIONS and self.is_role_like(segs[0]):
            # "Kepala Bidang Data, Informasi, dan Humas BPBD Andi Wirawan": a list in the role
            np = self.parse_segment(" ".join(words[1:]))
            if np.kind == "person" and np.clean_tail and np.lead in ("name", "role") and np.role:
                np.role = _role_text(", ".join(x.strip() for x in segs[:-1]).split() + [words[0]] + np.role.split())
                return np
        if len(segs) >= 2 and len(words) >= 2 and words[0] in R.LIST_CONJUNCTIONS and words[-1] in R.DEMONSTRATIVES:
            # "Perusahaan induk Facebook, Instagram, dan WhatsApp itu mengaku": a list inside
            # a description that points back
            k = next((k for k in range(len(segs) - 2, max(-1, len(segs) - 6), -1)
                      if segs[k].split()[:1] and segs[k].split()[0].lower() in R.ORG_ANAPHORS), None)
            ana = self.anaphor(",".join(segs[k:])) if k is not None else None
            if ana:
                return ana
        m = _SELF_NAMED_RE.match(last) if " yang " in last else None
        if m:
            # 'Kelompok peretas yang menamakan diri "Kalong Hitam" mengklaim ...'
            return NP("org", m.group("name"), _role_text(m.group("desc").split()), "name")
        m = _NAME_OR_NICKNAME_RE.match(last) if f" {R.NICKNAME_OR} " in last else None
        if m:
            # "Bima Aditya atau yang akrab disapa Bimo": the name, known by its nickname too
            np = self.parse_segment(m.group("name"))
            if np.names_a_person:
                self.write_alias(m.group("nick"), np.name)
                if not np.role and len(segs) >= 2 and self.is_role_like(segs[-2]):
                    np.role = _role_text(segs[-2].split())
                return np
        un = _unnamed_speaker(last, withheld_only=True)
        if un:
            return un  # "Seorang pejabat ... yang enggan disebutkan namanya mengatakan"
        ana = self.anaphor(last)
        if ana:
            if ana.kind == "nickname" and len(segs) >= 2:
                # "Siti Aminah (38), ibu rumah tangga yang akrab disapa Iin, mengatakan"
                prev = self.is_pure_name(segs[-2])
                if prev:
                    self.write_alias(ana.name, prev.name)
                    prev.role = _role_text(_NICKNAME_CLAUSE_RE.sub("", last).split())
                    return prev
            return ana
        np = self.parse_segment(last)
        if not np.names_a_person:
            # "Seorang guru honorer asal Depok menuturkan" (not "Budi, seorang guru, ...")
            un = _unnamed_speaker(last)
            if un and not (len(segs) >= 2 and self.is_pure_name(segs[-2])):
                return un
        if np.kind == "pronoun":
            return np if np.clean_tail else _NONE
        if not np.clean_tail:
            return _NONE
        if (np.lead in ("lower", "role") or np.kind == "role") and len(segs) >= 2 and (
                _is_description(last) or self.is_role_like(last)):
            # "Suparman Hadi, perajin gerabah di Kasongan, mengaku ...", "Yosua Wenda,
            # Kepala Dinas Pendidikan Kota Bogor, mengatakan ..."
            prev = self.is_pure_name(segs[-2])
            if prev:
                prev.role = _role_text(last.split())
                return prev
        if np.kind == "person":
            if np.lead == "lower":
                return _NONE
            if not np.role and len(segs) >= 2 and self.is_role_like(segs[-2]):
                np.role = _role_text(segs[-2].split())
            return np
        if np.kind == "org" and np.lead in ("name",):
            return np
        if np.kind == "role" and np.role and np.role[:1].isupper() and len(segs) == 1:
            return np
        return _NONE

    def anaphor(self, seg: str) -> NP | None:
        """A descriptive noun phrase pointing back at a person: "pria asal
        Bandung itu", "mantan menteri tersebut", "perempuan yang akrab disapa
        Ani itu" (the last one names the person)."""
        m = _NICKNAME_RE.search(seg) if any(w in seg for w in _NICKNAME_WORDS) else None
        if m and seg.split()[0].strip(",.").lower() in R.PERSON_NOUNS | R.ROLE_WORDS | R.ANAPHOR_PREFIXES:
            return NP("nickname", m.group(1), None, "name")
        words = [w.strip(",.;:()").lower() for w in seg.split()[:12]]
        if 0 < len(words) <= 4 and not R.ORG_ANAPHORS.isdisjoint(words) and all(
                w in R.ORG_ANAPHORS or w in R.ORG_ANAPHOR_WORDS for w in words):
            return NP("org_ref", lead="pronoun")  # "Perusahaan juga", "pihak manajemen"
        if 2 < len(words) <= R.ORG_EPITHET_MAX_WORDS and words[0] in R.ORG_ANAPHORS and words[-1] in R.DEMONSTRATIVES:
            return NP("org_ref", lead="pronoun")  # "perusahaan asal Singapura itu"
        while words and words[0] in R.ANAPHOR_PREFIXES:
            words = words[1:]
        if len(words) >= 2 and (words[0] in R.PERSON_NOUNS or words[0] in R.ROLE_WORDS) and words[0] not in R.GENERIC_ROLE_HEADS:
            d = next((k for k, w in enumerate(words) if k and w in R.DEMONSTRATIVES), None)
            if d is not None:
                # a role ("Kalaksa BPBD Garut itu") keeps its words: resolve looks for its holder
                role = " ".join(words[:d]) if words[0] in R.ROLE_WORDS and words[0] not in R.PERSON_NOUNS else None
                return NP("pronoun", role=role, lead="pronoun")
        return None

    @_np_memo
    def parse_after_cue(self, rest: str) -> NP:
        """The speaker written after a short cue: "kata Budi", "ujar salah satu
        kreator, Raka Saleh", "tutur Sutrisno, pedagang beras"."""
        segs = _split_commas(rest)
        s0 = segs[0][0]
        un = _unnamed_speaker(s0, withheld_only=True)
        if un:
            return un  # "kata perempuan yang meminta namanya tidak disebutkan itu", "ujar sumber itu"
        ana = self.anaphor(s0)
        if ana:
            return ana
        words = [w.strip(",.;:") for w in s0.split()[:12]]
        d = next((k for k, w in enumerate(words) if k and w in R.DEMONSTRATIVES), None)
        if d is not None and d < 10 and words[0].islower() and words[0] not in R.PERSON_PRONOUNS and (
                d + 1 == len(words) or words[d + 1].lower() in R.ADVERBIAL_STARTS):
            # right after the cue, a noun phrase that points back is the speaker met before:
            # "tutur pebulu tangkis berusia 23 tahun itu seusai laga", "tegas orang nomor satu
            # di Kota X itu di Balai Kota"
            return NP("pronoun", lead="pronoun")
        np0 = self.parse_segment(s0)
        if np0.kind == "pronoun":
            return np0
        if len(segs) > 3 and np0.kind == "role" and not np0.tail:
            # a list in the role: "ujar Kepala Eksekutif Pengawas ... Jasa Keuangan, Edukasi, dan
            # Pelindungan Konsumen OJK, Sri Wahyuningsih" (the name after the list's last item)
            c = next((k for k in range(2, min(len(segs) - 1, 6))
                      if segs[k][0].split()[:1] and segs[k][0].split()[0] in R.LIST_CONJUNCTIONS), None)
            if c and all(0 < len(segs[k][0].split()) <= 4 and _is_cap(segs[k][0].split()[0]) for k in range(1, c)):
                np = self.is_pure_name(segs[c + 1][0])
                if np:
                    np.role = _role_text(", ".join(x[0].strip() for x in segs[:c + 1]).split())
                    return np
        if len(segs) > 1 and np0.lead in ("role", "lower") and np0.kind in ("role", "person", "org", "none"):
            np1 = self.parse_segment(segs[1][0])
            if np1.kind == "person" and np1.lead == "name" and np1.clean_tail:
                np1.role = np1.role or _role_text(s0.split())
                return np1
        if not np0.names_a_person:
            un = _unnamed_speaker(s0)
            if un:
                return un  # "kata salah seorang pedagang" (no name after it)
        if np0.kind == "person":
            if np0.lead == "lower":
                return _NONE
            if not np0.tail and len(segs) > 1:
                m = _NICKNAME_OF_RE.match(segs[1][0])
                if m:
                    # "kata Siska, sapaan akrab Fransiska": the nickname of the one named after it
                    full = m.group("full")
                    self.write_alias(np0.name, full)
                    return NP("person", full, None, "name")
            if not np0.role and not np0.tail and len(segs) > 1 and (self.is_role_like(segs[1][0]) or _is_description(segs[1][0])):
                np0.role = _role_text(segs[1][0].split())
            return np0
        if np0.kind == "org" and np0.lead == "name":
            return np0
        if np0.kind == "role" and np0.role and not any(t[:1].isupper() for t in np0.tail):
            return np0
        return _NONE

    # -- people -------------------------------------------------------------
    def remember(self, name: str, role: str | None, speaker: bool = False):
        if not name:
            return
        if name not in self.people or (role and not self.people[name]):
            self.people[name] = role if name not in self.people else (self.people[name] or role)
        if speaker:
            self.speakers.add(name)

    def holder_of(self, role: str):
        """(name, role) of the person met last whose role holds every word of `role` (lower
        case), an abbreviated office ("kalaksa") standing for its words; None if none."""
        want = role.split()
        for name, held in reversed(list(self.people.items())):
            if not held:
                continue
            words = set(held.lower().replace("(", " ").replace(")", " ").split())
            if all(w in words or (w in R.ROLE_ABBREVIATIONS and words.issuperset(R.ROLE_ABBREVIATIONS[w].split()))
                   for w in want):
                return name, held
        return None

    def nickname_of(self, name: str, upto: int) -> str | None:
        """The person introduced as known by `name` before `upto` ("Siti Aminah (38), ibu
        rumah tangga yang akrab disapa Bu Iin"): the nearest full name before the nickname
        in its sentence."""
        if self._nicknames is None:
            # the nicknames introduced in the article: found once, where an introducer is
            text = self.text
            self._nicknames = {}
            if any(w in text for w in _NICKNAME_WORDS):
                for m in _NICKNAME_INTRO_RE.finditer(text):
                    self._nicknames.setdefault(m.group("nick"), []).append(m)
        best = None
        for m in self._nicknames.get(name, ()):
            if m.end() > max(0, upto) + len(name):
                break
            start = max(self.text.rfind(". ", 0, m.start()) + 2, self.text.rfind("\n", 0, m.start()) + 1)
            for run in _RUN_RE.finditer(self.text, start, m.start()):
                toks = [_clean_tok(t) for t in run.group().split()]
                _, cand = self.split_role_name(toks)
                if cand and all(_is_person_tok(t) or t in R.NAME_OPENERS or t.lower() in R.PERSON_CONNECTORS for t in cand):
                    best = " ".join(cand)
        return best

    def expand(self, name: str, upto: int) -> str:
        """A later short form ("Pribudiarta") -> the full name introduced earlier."""
        if name in self.aliases:
            full = self.aliases[name]  # (a full name written short: "sapaan akrab Fransiska")
            return full if full == name or full in self.aliases else self.expand(full, upto)
        short = name.split()
        if len(short) > 2:
            return name

        def covers(full):
            if len(full) <= len(short):
                return False
            if short[0] != full[0] and short[-1] != full[-1] and not (
                    full[0] in R.NAME_OPENERS and short[0] == full[1]):  # "Made" of "I Made Sudarsana"
                return False
            it = iter(full)
            return all(s in it for s in short)

        for full in reversed(list(self.people)):
            if covers(full.split()):
                return full
        nick = self.nickname_of(name, upto)
        if nick:
            return nick
        # names introduced in narration before this point
        best, seen, candidates = None, set(), []
        for word in dict.fromkeys((short[0], short[-1])):
            for run in self.runs_around(word, upto):
                if run is None or run[0] in seen:
                    continue
                seen.add(run[0])
                candidates.append(run)
        for start, run in sorted(candidates):
            toks = [_clean_tok(t) for t in run.split()]
            if len(toks) <= len(short) or not any(s in toks for s in short):
                continue
            if start and self.text[start - 1] in R.QUOTE_MARKS:
                continue  # a title in quotation marks: konser bertajuk "Laras Pulang"
            before = self.text[max(0, start - 12):start].split()
            if before and before[-1].isdigit() and self.text[start - 1] == " ":
                toks.insert(0, before[-1])  # "SMPN 1 Sukamaju Rahmat Hidayat": the run starts after the number
            _, cand = self.split_role_name(toks)
            if covers(cand) and all(_is_person_tok(t) or t.lower() in R.PERSON_CONNECTORS for t in cand):
                best = " ".join(cand)
        return best or name


_TOK = r"(?:[A-Z]\.|[A-Z][\w'’\-]*|\([A-Z0-9]{2,}\))"
# _TOK with its first character class up front, so that the regex engine skips to capitals
_TOK_FIRST = r"(?:[A-Z(](?:(?<=[A-Z])(?:\.|[\w'’\-]*)|(?<=\()[A-Z0-9]{2,}\)))"
_RUN_RE = re.compile(rf"{_TOK_FIRST}(?: +(?:(?:bin|binti|br\.?|van|der|de|dan|of) +)?{_TOK})*")
_NAME_TOK = r"[A-Z][\w'’\-]*"
# "kata Dina", "Menurut Dina" -> (Dina, next word); "Dina menambahkan" -> (previous word, Dina)



# ---------------------------------------------------------------------------
# Quotation marks and sentences
# ---------------------------------------------------------------------------
@dataclass
class Span:
    start: int  # index of the opening mark
    end: int  # index of the closing mark (len(text) when unclosed)
    closed: bool

    def inner(self, text):
        return text[self.start + 1:self.end]


_QUOTE_MARK_RE = re.compile(f"[{re.escape(R.QUOTE_MARKS)}]")
_QUOTE_MARK_LIST = tuple(R.QUOTE_MARKS)


def _has_quote_mark(text: str) -> bool:
    for c in _QUOTE_MARK_LIST:  # a few substring searches beat one regex scan
        if c in text:
            return True
    return False


def _quote_spans(text: str):
    """Top-level pairs of double quotation marks in a paragraph (nested pairs
    are part of the outer quote).  An opening mark left open runs to the end
    of the paragraph (the multi-paragraph quote convention)."""
    n = len(text)
    stack, spans = [], []
    for mm in _QUOTE_MARK_RE.finditer(text):
        i = mm.start()
        c = text[i]
        left = text[i - 1] if i else " "
        right = text[i + 1] if i + 1 < n else " "
        can_open = (i == 0 or left in R.OPENER_LEFT_CONTEXT) and not right.isspace()
        can_close = (i + 1 == n or right in R.CLOSER_RIGHT_CONTEXT) and not left.isspace()
        if can_open and can_close:
            kind = "open" if c in R.OPEN_MARKS or (c in R.AMBIGUOUS_MARKS and not stack) else "close"
        elif can_open:
            kind = "open"
        elif can_close:
            kind = "close"
        elif c in R.OPEN_MARKS:
            kind = "open"
        elif c in R.CLOSE_MARKS:
            kind = "close"
        else:
            kind = "open" if not stack else "close"
        if kind == "open":
            stack.append(i)
        elif stack:
            o = stack.pop()
            if not stack:
                spans.append(Span(o, i, True))
    if stack:
        spans.append(Span(stack[0], n, False))
        spans.sort(key=lambda s: s.start)
        # an unclosed outer mark swallows anything after it
        out = []
        for s in spans:
            if out and s.start < out[-1].end:
                continue
            out.append(s)
        spans = out
    return spans


def _sentencizer_starts(doc) -> list[int]:
    """Character offsets where spaCy's Sentencizer starts sentences in `doc`.

    The same rule as the pipeline's "sentencizer" component (after a token that
    is one of its punct_chars, the next token that is neither punctuation nor
    one of those chars opens a sentence), applied to the token arrays: the
    component walks Token objects in Python and costs ~10x more.
    ``test_sentencizer_rule_matches_spacy`` keeps the two in step."""
    if not len(doc):
        return [0]
    orth, is_punct, idx = doc.to_array(_SENT_ATTRS).T.tolist()
    punct = _PUNCT_ORTHS
    n = len(idx)
    starts, j = [0], 0
    for c in range(n):
        if c < j or orth[c] not in punct:
            continue
        j = c + 1
        while j < n and (is_punct[j] or orth[j] in punct):
            j += 1
        if j < n and idx[j] != starts[-1]:
            starts.append(idx[j])
    return starts


def _punct_regions(text: str):
    """The (start, end, stopped) stretches of `text` the sentencizer rule needs tokens
    of; `stopped`: the last chunk stops the rule (else the stretch ends the text; a
    last chunk that would stop it may then be reported either way: its summary is the
    same).

    Only for a text whose only white space is single spaces between chunks (see
    `_simple_text`).  spaCy tokenizes each space-separated chunk on its own; the
    rule starts a sentence after a token that is one of its punctuation
    characters, at the next token that is not punctuation.  So only chunks with
    such a character matter, plus the chunks after them up to one that starts
    with a letter or digit (whose first token stops the rule) and holds none."""
    if text.isascii() or _PUNCT_CHARS["non_ascii"].isdisjoint(text):
        # the same walk as below, as one regex match from the chunk's start
        stretch = _ASCII_STRETCH_RE.match
        regions = []
        end = -1
        for m in _PUNCT_CHARS["ascii_re"].finditer(text):
            if m.start() < end:
                continue
            start = text.rfind(" ", 0, m.start()) + 1
            r = stretch(text, start)
            end = r.end()
            regions.append((start, end, r.group(1) is not None))
        return regions
    rx = _PUNCT_CHARS["re"]
    search = rx.search
    n = len(text)
    regions = []
    end = -1
    for m in rx.finditer(text):
        i = m.start()
        if i < end:
            continue
        start = text.rfind(" ", 0, i) + 1
        chunk = start
        e = text.find(" ", i)
        stopped = False
        while e >= 0:
            # text[chunk:e] is in; the next chunk is needed unless this one stops the rule
            if text[chunk].isalnum() and search(text, chunk, e) is None:
                stopped = True
                break
            chunk = e + 1
            e = text.find(" ", chunk)
        end = n if e < 0 else e
        regions.append((start, end, stopped))
    return regions


def _simple_text(text: str) -> bool:
    """Chunks separated by single spaces, no other white space (which isprintable excludes)."""
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def _article_sentencizer_starts(texts, nlp):
    """`_sentencizer_starts(nlp.tokenizer(text))` for each text that has a boundary
    candidate (None for the others), from the chunks (space-separated pieces) of the
    stretches that matter (`_punct_regions`).

    spaCy tokenizes each chunk on its own, so the rule can be followed chunk by
    chunk with what a chunk's tokens amount to (`_summarise_chunks`), kept for the
    process like spaCy's own cache: a chunk not seen before is read without the
    tokenizer when it is a plain word or number between marks
    (`_fast_chunk_summary`), the others are tokenized in one call per article.
    A chunk that starts with a letter or digit and holds no sentence punctuation
    ends a stretch; its first token stops the rule and it needs no tokens."""
    out = [None] * len(texts)
    summaries, regions_seen = _CHUNK_SUMMARIES, _REGION_STARTS
    if len(summaries) > _CHUNK_SUMMARIES_MAX or len(regions_seen) > _CHUNK_SUMMARIES_MAX:
        summaries.clear()  # (only here: the lookups below rely on what is in them)
        regions_seen.clear()
    risky = _RISKY_PAIRS
    deferred, missing = [], {}
    for ti, text in enumerate(texts):
        if not text or not _BOUNDARY_CAND_RE.search(text):
            continue
        if not _simple_text(text):
            out[ti] = _sentencizer_starts(nlp.tokenizer(text))
            continue
        starts = [0]
        for a, b, stopped in _punct_regions(text):
            # a space before or inside the stretch that may split a special case: the
            # chunks may not be tokenized as they would be alone
            if a and text[a - 2:a + 1:2] in risky and _risky_space(text, a - 1):
                starts = None
                break
            q = text.find(" ", a, b)
            while q >= 0:
                if text[q - 1:q + 2:2] in risky and _risky_space(text, q):
                    break
                q = text.find(" ", q + 1, b)
            if q >= 0:
                starts = None
                break
            # the stretch up to the chunk that stops the rule (whatever that chunk is)
            key = text[a:text.rfind(" ", a, b) + 1] if stopped else text[a:b]
            rel = regions_seen.get(key)
            if rel is None:
                rel = _region_starts(key, summaries, missing)
                if rel is None:
                    starts = False  # a chunk not seen before: once more when it is
                    continue
                regions_seen[key] = rel
            if starts:
                for r in rel:
                    if a + r != starts[-1]:
                        starts.append(a + r)
        if starts is None:
            out[ti] = _sentencizer_starts(nlp.tokenizer(text))
        elif starts is False:
            deferred.append(ti)
        else:
            out[ti] = starts
    if missing:
        _summarise_chunks(list(missing), nlp)
        again = _article_sentencizer_starts([texts[ti] for ti in deferred], nlp)
        for ti, starts in zip(deferred, again):
            out[ti] = starts
    return out


def _region_starts(key: str, summaries, missing):
    """The sentence starts (relative) in a stretch: `key` is its chunks, with a
    trailing space when a chunk that stops the rule follows; None when a chunk
    has no summary yet and needs the tokenizer (it is added to `missing`)."""
    chunks = key.split(" ")
    stop = _STOPPER_SUMMARY
    rel, pos, open_ = [], 0, False
    for k, ch in enumerate(chunks):
        summary = stop if ch == "" else summaries.get(ch)  # "" after the trailing space
        if summary is None:
            summary = _fast_chunk_summary(ch)
            if summary is None:
                missing[ch] = None
                rel = None
                continue
            summaries[ch] = summary
        if rel is None:
            continue
        inner, lead, open_after = summary
        if open_ and lead is not None:
            if not rel or rel[-1] != pos + lead:
                rel.append(pos + lead)
        for r in inner:
            if not rel or rel[-1] != pos + r:
                rel.append(pos + r)
        open_ = open_after if lead is not None else (open_ or open_after)
        pos += len(ch) + 1
    return tuple(rel) if rel is not None else None


# chunk -> (starts of sentences inside it, the first token that is not punctuation,
# whether the rule is still running at its end); see _summarise_chunks
_CHUNK_SUMMARIES: dict = {}
_CHUNK_SUMMARIES_MAX = 50_000  # entries (each dict), then both start again
_STOPPER_SUMMARY = ((), 0, False)  # a chunk opening with a letter or digit, no sentence punctuation
# stretch up to its stopping chunk -> its relative sentence starts (see _region_starts)
_REGION_STARTS: dict = {}


def _summarise_chunks(chunks, nlp):
    """Tokenize `chunks` (one tokenizer call, blank lines between them) and keep for
    each what the sentencizer rule needs: walking its tokens, a sentence
    punctuation token starts the rule, another punctuation token keeps it going and
    any other token stops it, starting a sentence there."""
    doc = nlp.tokenizer("\n\n".join(chunks))
    orth, is_punct, idx = doc.to_array(_SENT_ATTRS).T.tolist()
    punct = _PUNCT_ORTHS
    n, k, pos = len(idx), 0, 0
    for ch in chunks:
        end = pos + len(ch)
        inner, lead, open_ = [], None, False
        while k < n and idx[k] < end:
            if idx[k] >= pos:
                if orth[k] in punct:
                    open_ = True
                elif not is_punct[k]:
                    if lead is None:
                        lead = idx[k] - pos
                    if open_:
                        inner.append(idx[k] - pos)
                        open_ = False
            k += 1
        _CHUNK_SUMMARIES[ch] = (tuple(inner), lead, open_)
        pos = end + 2


# The chunks whose tokens are known without the tokenizer (_fast_chunk_summary):
# HEAD CORE TAIL, every mark of the head and of the tail one token.
_FAST_CHUNK_RE = re.compile(r"""
    ([“"(]*)                                # head: opening marks
    (?!USD|Rp|IDR|RMB|SGD)                  # (currency codes: spaCy's prefixes split them off)
    (                                       # core:
      [A-Za-z]+[0-9]*                       #   a word ("G20" too): one token
    | [A-Z]\.                               #   an initial ("A."): one token
    | [0-9]+(?:[.,][0-9]+)*                 #   a number ("1.500", "2,5"): one token
    | [0-9]+(?:/[0-9]+)+                    #   a date ("12/2/2019"): split at each "/"
    | (?:[A-Za-z]+|[0-9]+)(?:-(?:[A-Za-z]+|[0-9]+))+  # "ke-39", "anak-anak": split at each "-"
      (?<!-[Nn]ya)(?<!-[KkMm]u)             #   (but "-nya", "-ku", "-mu" are suffixes)
    )
    (?:(?!\.)|(?<=[a-z0-9])|(?<=[A-Z][A-Z]))  # a "." right after it only where spaCy splits it off
    ([.,!?:;)"”]*)                          # tail: closing marks
    """, re.X)
_FAST_HEADS: set = set()  # the heads allowed (see _fast_chunk_tables)
_FAST_TAILS: dict = {}  # the tails allowed -> whether one of their marks is sentence punctuation
_FAST_SPECIALS: dict = {}  # the tokenizer's special cases (its `rules`)
# what a special case holds between head marks and tail marks ("dll" of "dll.", "8" of
# "8)"): a core of one token that is one of these may make one with the marks around it
_FAST_SPECIAL_CORES: set = set()


def _fast_chunk_tables(nlp, punct_chars):
    """The heads and tails `_fast_chunk_summary` accepts: up to 2 opening marks and up to 3
    closing marks, every mark punctuation to spaCy (IS_PUNCT), no ".." (one suffix token
    "..", not two "."), no opening mark that is sentence punctuation, and no run of marks
    that is a tokenizer special case (":)", ";)", "):" are emoticons); and the special
    cases it looks for around a core."""
    from itertools import product

    from spacy.attrs import IS_PUNCT

    is_punct = nlp.vocab.lex_attr_getters[IS_PUNCT]
    specials = nlp.tokenizer.rules
    _FAST_SPECIALS.update(dict.fromkeys(specials))
    for k in specials:
        lead = len(k) - len(k.lstrip("“\"("))
        trail = len(k) - len(k.rstrip(".,!?:;)\"”"))
        _FAST_SPECIAL_CORES.update(k[i:len(k) - j] for i in range(lead + 1) for j in range(trail + 1)
                                   if i + j < len(k))

    def fine(s):
        runs = (s[i:j] for i in range(len(s)) for j in range(i + 1, len(s) + 1))
        return all(is_punct(c) for c in s) and not any(r in specials for r in runs)

    for n in range(3):
        for head in map("".join, product("“\"(", repeat=n)):
            if fine(head) and not any(c in punct_chars for c in head):
                _FAST_HEADS.add(head)
    for n in range(4):
        for tail in map("".join, product(".,!?:;)\"”", repeat=n)):
            if fine(tail) and ".." not in tail:
                _FAST_TAILS[tail] = any(c in punct_chars for c in tail)


def _fast_chunk_summary(ch: str):
    """What `_summarise_chunks` finds for the chunk `ch`, without the tokenizer, for
    the common chunks: a word, an initial, a number, a date or a hyphenated word
    between opening and closing marks ("kata.", "Budi,\"", "“Kami", "A.", "1.500",
    "(12/2/2019).", "ke-39."); None for any other chunk.

    Their tokens: each mark of the head, the core's tokens, each mark of the tail.
    Every mark is punctuation; of them only ".", "!" and "?" are sentence
    punctuation, and no head mark.  No token of the core is sentence punctuation (a
    "." in it is inside a longer token) and its first token starts with its first
    character, a letter or a digit (no punctuation).  So the first token that is not
    punctuation opens the core, after the head; no sentence starts inside the chunk;
    the rule runs on after the chunk when the tail holds sentence punctuation.

    Why those are spaCy's tokens (``Tokenizer._split_affixes``: while the string is no
    special case, take off one prefix and one suffix at a time; then the rest is a
    special case, or split at its infixes, or one token; then special cases are looked
    for among the tokens).  ``tests/test_quotes_chunk_fastpath.py`` checks the result
    against the tokenizer on every special case and on many strings, near misses included.

    * prefix: every head mark is a one-character prefix ('"', "“", "(").  A core
      starts with none: the prefixes that start with an ASCII letter or digit are the
      currency codes excluded above ("US$", "C$", "A$", "S$" need a "$").
    * suffix: every tail mark is a one-character suffix and no longer suffix ends
      with one, except "..+" (excluded) and "." which spaCy splits off only after a
      lower-case letter, a digit, two upper-case letters or a tail mark: so not in
      "A." (one token, an initial), nor in "aB." (one token, not taken here).  A core
      ends with no suffix: those ending in a letter need a digit, a "-" or an
      apostrophe before ("5km", "-nya", "'s"; in a core no letter follows a digit, and
      the "-nya", "-ku", "-mu" endings are excluded), none ends in a digit.
    * infix: every infix holds a character that is no ASCII letter or digit, so a
      word is one token; in a number or an initial, a "." or "," would be one only
      as "..", between a lower-case and an upper-case letter, between letters or
      before a '"': one token too.  In a date, "/" between digits is an infix; in a
      hyphenated word, "-" between letters and/or digits is one (and neither is a
      URL, which needs a ".").
    * special cases: none of the strings the tokenizer tries (the chunk minus some
      head marks and some tail marks) nor any run of whole tokens its matcher could
      find is a special case ("dll.", "Jl.", "H.", "a.", "0.0", "8)", ":)"): the runs
      with a token of the core are checked here, those of marks only were left out
      of the heads and tails."""
    m = _FAST_CHUNK_RE.fullmatch(ch)
    if m is None:
        return None
    head, core, tail = m.groups()
    if head not in _FAST_HEADS or tail not in _FAST_TAILS:
        return None
    if "-" not in core and "/" not in core:  # one token: the runs with it are marks + core + marks
        return None if core in _FAST_SPECIAL_CORES else ((), len(head), _FAST_TAILS[tail])
    # a date or a hyphenated word: each run of whole tokens with one of the core's
    tokens = (*head, *core.replace("-", " - ").replace("/", " / ").split(" "), *tail)
    a, b = len(head), len(tokens) - len(tail)  # the core's tokens: tokens[a:b]
    for i in range(b):
        run = ""
        for j in range(i, len(tokens)):
            run += tokens[j]
            if j >= a and run in _FAST_SPECIALS:  # (tokens[i:j + 1], with a token of the core)
                return None
    return (), len(head), _FAST_TAILS[tail]


_NO_CANDIDATE = ()  # `starts` for a text known to have no boundary candidate
# initials standing for a person's name: "RH", "A.S."
_INITIALS_RE = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){2,3}")
_BY_INITIALS_RE = re.compile(rf"\b(?:ber)?{R.INITIALS_INTRODUCER}\s+([A-Z]{{2,3}}|(?:[A-Z]\.){{2,3}})(?![\w.])")
# a capital and a full stop before the next sentence's capital (after an opening mark),
# and the code of letters and digits it ends: "jaringan 5G. Harga ...", "daerah 3T. \"Kami"
_CAP_STOP_RE = re.compile(r"[A-Z]\.\s+[\"“]?(?=[A-Z])")
_CODE_RE = re.compile(r"[A-Za-z]*[0-9][A-Za-z0-9]*[A-Z]")


def _sentences(text: str, nlp, openers: set, starts=None):
    """Sentence (start, end) offsets: spaCy's sentencizer, repaired for
    abbreviations, initials, lower-case continuations and opening marks.
    `starts`, when given, are the sentencizer's starts for `text`
    (`_article_sentencizer_starts`), or _NO_CANDIDATE."""
    if starts is _NO_CANDIDATE or (starts is None and not _BOUNDARY_CAND_RE.search(text)):
        return [(0, len(text))]
    if starts is None:
        starts = _sentencizer_starts(nlp.tokenizer(text))
    extra = None
    i = text.find(". ")
    while i > 0:
        # spaCy keeps the full stop in a token ending with a capital after a digit ("5G.",
        # "3T.", "B2B."): no sentence ends there for the sentencizer, but one does
        if "A" <= text[i - 1] <= "Z":
            m = _CAP_STOP_RE.match(text, i - 1)
            if m and _CODE_RE.fullmatch(text, text.rfind(" ", 0, i) + 1, i):
                extra = (extra or []) + [m.end()]
        i = text.find(". ", i + 2)
    if extra:
        starts = sorted(set(starts).union(extra))
    fixed = [0]
    for b in starts[1:]:
        # an opening mark belongs to the sentence it opens
        while b > 0 and text[b - 1] in R.QUOTE_MARKS and (b - 1) in openers:
            b -= 1
        prev = text[fixed[-1]:b].rstrip()
        nxt = text[b:b + 2].lstrip(R.QUOTE_MARKS + " ")
        if not prev:
            continue
        if b and text[b - 1] == "." and not text[b - 2:b - 1].isspace() and text[b:b + 1].isalnum():
            continue  # inside a word: "Sp.A(K)", "S.Kom"; a sentence starts after white space
        if nxt[:1].islower() or nxt[:1] in ",;:)":
            continue
        if prev[-1] == "." and (prev.rsplit(None, 1)[-1].lstrip("(") in _ABBREVIATIONS or _ends_with_initial(prev)):
            continue
        if prev[-1] not in _SENT_END_PUNCT + R.QUOTE_MARKS + ")":
            continue
        fixed.append(b)
    bounds = []
    for k, s in enumerate(fixed):
        e = fixed[k + 1] if k + 1 < len(fixed) else len(text)
        bounds.append((s, e))
    return bounds


def _has_cue(para: str) -> bool:
    """Cheap test: could the paragraph hold a quote at all (quotation marks,
    "menurut", a speech verb, a cue word)?"""
    if _has_quote_mark(para) or "enurut" in para or "ENURUT" in para:
        return True
    if para.rstrip().endswith(":") or _SPEECH_VERB_RE.search(para):
        return True
    return "," in para and any(_split_cue(w, _SAFE_CUES) for w in _CUE_CAND_RE.findall(para))


def _is_subheading(para: str) -> bool:
    p = para.strip()
    if not p or _has_quote_mark(p):
        return False
    if p[-1] in _SENT_END_PUNCT + ":;,":
        return False
    return len(p.split()) <= R.MAX_SUBHEADING_WORDS and p[0].isupper()


# Quiet paragraphs (see _Extractor.quiet_paragraph).  A sentence's first word, when
# it is a pronoun or the head of "Hal senada ..." (track_people): preceded by nothing
# that is a letter or digit (a sentence starts after punctuation) and followed by
# white space or the end of the paragraph, on the lower-cased paragraph.
_QUIET_HEAD_RE = re.compile(rf"(?<![^\W_])(?:{_alt(R.PERSON_PRONOUNS | R.SAME_VIEW_HEADS)})(?=\s|$)")


_QUIET_HEADS = frozenset(R.PERSON_PRONOUNS | R.SAME_VIEW_HEADS)


def _quiet_head(low: str) -> bool:
    """``_QUIET_HEAD_RE.search(low)`` by words, without a lookbehind tried at every
    position: a head followed by white space or the end ends a word of ``low.split()``
    (re's \\s is str.isspace, as split's); preceded by no letter or digit (what
    ``[^\\W_]`` matches is what str.isalnum() is true for), it is the whole word or what
    follows the last character of the word that is neither."""
    words = low.split()
    if not _QUIET_HEADS.isdisjoint(words):
        return True
    for w in filterfalse(str.isalnum, words):  # (the words with such a character)
        if w[-1].isalnum():
            i = len(w) - 1
            while w[i - 1].isalnum():
                i -= 1
            if w[i:] in _QUIET_HEADS:
                return True
    return False


# what the character just before a sentence start is (see _sentences: the
# cueless paragraphs this is used on hold no quotation marks, kept for safety)
_SENTENCE_BREAK_CHARS = frozenset(_SENT_END_PUNCT + R.QUOTE_MARKS + ")")


def _quiet(para: str) -> bool:
    """For a paragraph without any cue (`_has_cue`): can none of its sentences do
    more in `track_people` than become the pending sentence?  That is: no sentence
    opens with a pronoun or a "Hal senada" head, holds a copula, or passes the
    formal introduction ("NAME, role, ..."), which needs two commas in the
    sentence and a comma segment of capitalised words (`is_pure_name`) before its
    last comma.  Conservative: True only when that is certain without splitting
    sentences.  Such a segment is one between two commas of the paragraph (or
    several, joined by a comma in parentheses: then the first of them is one too),
    or runs from a sentence start to a comma: after the segment's last lower-case
    word begins, where some sentence-ending character must stand."""
    if _quiet_head(para.lower()):
        return False
    if any(w in para for w in R.COPULAS):  # (the pre-test of _copula_search)
        return False
    if para.count(",") < 2:
        return True
    for piece in para.split(",")[:-1]:
        last = piece.rsplit(None, 1)
        if last:  # the usual piece ends with a lower-case word: the walk stops at once
            t = last[-1]
            if t[0].islower() and t not in R.PERSON_CONNECTORS and t not in _HONORIFICS:
                if not _SENTENCE_BREAK_CHARS.isdisjoint(t):
                    return False
                continue
        toks = piece.split()
        k = len(toks) - 1
        while k >= 0 and not (toks[k][0].islower() and toks[k] not in R.PERSON_CONNECTORS and toks[k] not in _HONORIFICS):
            k -= 1
        if k < 0:
            return False  # no lower-case word: may be a name
        if any(not _SENTENCE_BREAK_CHARS.isdisjoint(t) for t in toks[k:]):
            return False  # a sentence may start after that word begins
    return True


def _first_after_connectives(segs) -> int:
    """The index of the first comma segment that opens with no connective ("Sementara itu,
    ..."), the last one at most: where a sentence's subject starts."""
    k = 0
    while k < len(segs) - 1 and segs[k].split() and segs[k].split()[0].lower() in R.CONNECTIVES:
        k += 1
    return k


def _starts_like_name(seg: str) -> bool:
    """Cheap test: could this segment open with a name or a role?"""
    first = seg.lstrip()[:30].split(" ", 1)[0]
    if not first:
        return False
    low = first.lower()
    if first[0].isupper():
        return low not in _STOP_WORDS or first in _HONORIFICS
    return low in R.ROLE_WORDS


def _is_description(seg: str) -> bool:
    """A lower-case appositive describing a person: "perajin gerabah di Kasongan",
    "warga Cilandak" (no verb, not a time or place phrase)."""
    toks = seg.split()
    if not toks or len(toks) > 15 or not toks[0][:1].islower():
        return False
    first = toks[0].lower()
    if first in R.CONNECTIVES or first in R.ADVERBIAL_STARTS or first in R.DATA_WORDS or first in _STOP_WORDS:
        return first in R.ROLE_WORDS
    for t in toks:
        low = t.lower().strip(",.")
        if low == "yang":
            return True  # a relative clause ("mahasiswi yang kini berkuliah di ...") may hold verbs
        if t[:1].islower() and _is_verbish(low):
            return False
    return True


def _clause_start(segs, k: int):
    """Offset where the reported clause starts: the segment `k`, after any
    segments giving time, place or occasion ("Senin (4/3/2024)")."""
    while k < len(segs) - 1 and (
            (_is_circumstance(segs[k][0]) and segs[k][0].split()[0].lower() not in R.CLAUSE_INITIAL_PREPOSITIONS)
            or all(_is_degree(t) for t in segs[k][0].split())):  # "Menurut dr. X, Sp.A, ..."
        k += 1
    return segs[k][1] if k < len(segs) else None


def _is_circumstance(seg: str) -> bool:
    """A comma segment giving time, place or occasion: "saat dihubungi",
    "Selasa (2/4/2024)", "di Jakarta"."""
    toks = seg.split()
    if not toks:
        return True
    first = toks[0].lower().strip("(")
    if not (first in R.ADVERBIAL_STARTS or first in R.STOP_CAPS or first[:1].isdigit()):
        return False
    # "saat ini ada banyak nomor aktif" opens with an adverb of time, then a clause
    low = " ".join(toks[:3]).lower()
    return not any(low.startswith(a + " ") and len(toks) - len(a.split()) >= 2 for a in R.TIME_ADVERBS)


def _clause_like(text: str) -> bool:
    """Does a reported clause have a predicate ("telah menyalurkan", "tidak
    bagus"), rather than being a bare object ("kasus narkoba di Jakarta")?"""
    words = text.lower().split()
    if len(words) >= 3 and (words[0] in R.CLAUSE_SUBJECT_PRONOUNS or words[0] in R.CLAUSE_QUANTIFIERS):
        return True
    if len(words) >= 3 and any(w[:1].isdigit() for w in words[1:]):
        return True  # "jumlah korban 12 orang": a number is the predicate
    if len(words) > 1 and words[0].endswith(","):
        return False  # "menyatakan dukungan, tetapi ...": an object, then another clause
    for k, w in enumerate(words[1:4], 1):
        if w.strip(",.") in R.DEMONSTRATIVES and k + 1 < len(words):
            # "video itu palsu", "video tersebut hasil rekayasa"; not "hal itu saat ditemui
            # wartawan" nor "angka itu, tetapi ...": an object, then an adverbial
            if w.endswith(",") or words[k + 1].strip(",.") in R.ADVERBIAL_AFTER_OBJECT:
                return False
            if words[k + 1].strip(",.") not in R.PREPOSITIONS:
                return True
            break
    for k, w in enumerate(words):
        w = w.strip(",.;:()")
        if w in R.PREDICATE_MARKERS:
            return True
        if _is_verbish(w) or w in R.BARE_PREDICATES:
            if k and words[k - 1] == "yang":
                continue
            return True
    return False


def _opens_clause(text: str) -> bool:
    """Does `text` (after a verb that needs a clause) open with a subject and its predicate,
    without "bahwa": "pihaknya tengah menyelidiki", "sistemnya diserang ransomware"?"""
    words = text.split(None, 2)
    if len(words) < 2:
        return False
    first, second = words[0].lower(), words[1].lower().strip(",.")
    if second in R.PURPOSE_WORDS:
        return False  # "mengingatkan pihaknya agar ...": an object
    if first in R.CLAUSE_OPENING_SUBJECTS:
        return _clause_like(_clean_clause(text))
    # a noun with "-nya" as its subject, a verb or an auxiliary right after it
    return len(first) > 5 and first.endswith("nya") and first.isalpha() and (
        second in R.PREDICATE_MARKERS or second in R.BARE_PREDICATES
        or (_is_verbish(second) and not second.startswith("me")))


def _clean_quote_text(s: str) -> str:
    s = s.strip()
    s = s.rstrip(",;:").rstrip()
    return s


def _clean_clause(s: str) -> str:
    s = s.strip().lstrip(",:;").strip()
    if R.COMPLEMENTIZER in s.lower():
        s = _BAHWA_START_RE.sub("", s, count=1).strip()
    else:
        s = s.strip()
    s = s.rstrip()
    while s and s[-1] in ".,;:!?":
        s = s[:-1].rstrip()
    return s


def _words(s: str) -> int:
    return len(_WORD_RE.findall(s))


def _words_upto(s: str, limit: int) -> int:
    """min(_words(s), limit), without listing every word of a long text."""
    rx = _AT_LEAST_WORDS.get(limit)
    if rx is None:
        rx = _AT_LEAST_WORDS[limit] = re.compile(r"\W*\w+(?:\W+\w+){%d}" % (limit - 1))
    if rx.match(s):
        return limit
    return len(_WORD_RE.findall(s))


_AT_LEAST_WORDS: dict = {}  # limit -> a pattern matching the start of a text with that many words


# ---------------------------------------------------------------------------
# The extractor
# ---------------------------------------------------------------------------
class _Extractor:
    def __init__(self, paragraphs):
        self.paragraphs = paragraphs
        self.art = _Article(paragraphs)
        self.out = []
        self.topic_person = None  # (name, role)
        self.topic_any = None  # (name, role)
        self.topic_is_org = False  # topic_any is an organisation
        self.fresh = None  # (name, role, sentence id)
        self.colon = None  # (speaker, role, kind, sentence id) of 'X menjelaskan:'
        self.pending = None  # (text, offset, sentence id) of the last narration sentence, parsed on demand

        self.sid = 0
        self.prev_para_quote = None  # last quote of the previous content paragraph
        self.para_quotes = []  # quotes of the current paragraph
        self.spans = []  # the quotation-mark spans of the current paragraph

    # -- speakers -----------------------------------------------------------
    def resolve(self, np: NP, pos: int):
        """(speaker, role) for a parsed noun phrase at article offset `pos`."""
        if np.kind == "pronoun" and np.role:
            held = self.art.holder_of(np.role)
            if held:
                return held
        if np.kind in ("pronoun", "clitic"):
            # "Dia/Ia" right after a sentence whose subject is a person is that
            # person; a "-nya" clitic stays with the last speaker (or the person
            # formally introduced, who became the topic)
            communicative = np.kind == "clitic" and self.communicative_pending()
            if np.kind == "pronoun" or communicative:
                # (a clitic too, after a sentence where someone urges, hopes, judges or
                # responds: 'Psikolog X mengimbau orang tua waspada. "...," katanya.', and
                # 'Gubernur Rahmat menanggapi kasus itu. "...," tulisnya.' for someone
                # named earlier who had not spoken)
                # (with no one yet to point back at, "Dia" is whoever the sentence before was about)
                recent = self.recent_subject(any_person=communicative or self.topic_person is None)
                if recent:
                    return recent
            ref = self.topic_person if np.kind == "pronoun" else self.topic_any
            return ref if ref else (None, None)
        if np.kind == "unnamed":
            # someone the article does not name; "sumber itu": the one who spoke before, if unnamed
            if np.lead == "pronoun" and self.topic_person and self.topic_person[0] is None:
                return self.topic_person
            return None, np.role
        if np.kind == "org_ref":
            # '"...," tulis perusahaan tersebut' after "Pihak Vidora ... menyampaikan ...": the
            # organisation that is the subject of the sentence just before; "Perusahaan juga
            # menyatakan ...": the organisation that spoke last
            recent = self.recent_org()
            if recent:
                return recent
            return self.topic_any if self.topic_any and self.topic_is_org else (None, None)
        if np.kind == "nickname":
            # "pria yang akrab disapa Parman itu": the current person, if the
            # nickname is part of their name, else whoever bears that name
            nick = np.name.lower()
            if self.topic_person and self.topic_person[0] and any(nick in t.lower() for t in self.topic_person[0].split()):
                self.art.aliases.setdefault(np.name, self.topic_person[0])
                return self.topic_person
            np = NP("person", np.name)
        if np.kind == "person":
            name = self.art.expand(np.name, pos)
            role = np.role or self.art.people.get(name) or self.art.role_of(name, pos)
            return name, role
        if np.kind == "org":
            # "Badan Pangan Nasional (Bapanas)": the name, without the abbreviation introduced with it
            return _ORG_ABBREVIATION.sub("", np.name) or np.name, None
        if np.kind == "role" and np.role:
            # "kata Kapolres", "Menurut Menteri Keuangan, ...": the person met with that role
            want = np.role.lower()
            for name, role in reversed(list(self.art.people.items())):
                if role and want in role.lower() and len(want) >= 4:
                    return name, role
            # the person written with that role in narration ("Menteri Keuangan (Menkeu)
            # Larasati Gunawan memproyeksikan ...", then "Menkeu menjelaskan ...")
            held = self.art.role_holder(np.role, pos) if len(want) >= 4 else None
            if held:
                return held
        return None, None

    def emit(self, pi, start, text, speaker, role, kind, cue, np_kind):
        q = {
            "text": text,
            "speaker": speaker,
            "role": role,
            "kind": kind,
            "cue": cue,
            "paragraph": pi,
            "_start": start,
            "_np": np_kind,
        }
        self.out.append(q)
        self.para_quotes.append(q)
        if speaker:
            self.art.remember(speaker, role, speaker=True)
            is_org = np_kind in ("org", "org_ref")
            self.topic_any = (speaker, role)
            self.topic_is_org = is_org
            if not is_org:
                self.topic_person = (speaker, role)
            self.fresh = None
        elif np_kind == "unnamed" and cue not in R.QUESTION_CUES:
            # a "-nya" or "Dia" after it is this unnamed speaker, not the person named before
            self.topic_person = self.topic_any = (None, role)
            self.topic_is_org = False
            self.fresh = None
        return q

    # -- narration ------------------------------------------------------------
    def narration(self, pi, para, s, e, base, cues=True):
        sent = para[s:e]
        if not sent.strip():
            return
        if not cues:
            # the paragraph has no cue at all: only people can be introduced here
            self.track_people(sent, base + s)
            return
        if sent.rstrip().endswith(":"):
            m = _pre_verb(sent.rstrip())
            if m:
                np = self.art.parse_subject(sent[:m.start()])
                if np.is_speaker:
                    speaker, role = self.resolve(np, base + s)
                    if speaker:
                        self.colon = (speaker, role, np.kind, self.sid)
                        return
        if self.indirect(pi, para, s, e, base):
            return
        self.track_people(sent, base + s)

    def may_name_a_person(self, sent: str) -> bool:
        """Cheap filter: could this sentence introduce a person as its subject (or after
        "adalah")?  Its subject part (after introductory phrases) must open like a name or
        a role (the caller parses it and checks that it names someone, or is the short form
        of a name met before)."""
        if _copula_search(sent):
            return True
        parts = sent.split(",", 6)
        return _starts_like_name(parts[_first_after_connectives(parts)].strip())

    def track_people(self, sent, pos):
        """People introduced in narration.  A formal introduction ("NAME, role,
        ..." / "role, NAME, ..." / "... adalah NAME, role") makes them the topic
        at once; a plain subject ("NAME verb ...") is only the referent of a
        "Dia/Ia" in the next sentence, so that sentence is parsed lazily, when
        such a pronoun (or an unattributed quote) comes."""
        stripped = sent.strip()
        self.pending = None
        if not stripped:
            return
        first = stripped.split(" ", 1)[0].lower()
        if first in R.PERSON_PRONOUNS:
            recent = self.recent_subject()
            if recent:
                self.topic_person = self.topic_any = recent
                self.topic_is_org = False
                self.art.remember(*recent)
            return
        if first in R.SAME_VIEW_HEADS:
            m = _SAME_VIEW_RE.match(stripped)
            if m:
                np = self.art.parse_after_cue(m.group("np"))
                if np.kind in ("person", "org"):
                    speaker, role = self.resolve(np, pos)
                    self.art.remember(speaker, role, speaker=True)
                    self.topic_any = (speaker, role)
                    self.topic_is_org = np.kind == "org"
                    if np.kind == "person":
                        self.topic_person = (speaker, role)
                    self.fresh = None
                    return
        if (stripped.count(",") >= 2 or _copula_search(stripped)) and self.formal_intro(stripped, pos):
            return
        self.pending = (stripped, pos, self.sid)

    def formal_intro(self, stripped, pos) -> bool:
        segs = [x for x, _, _ in _split_commas(stripped) if not all(_is_degree(t) for t in x.split())]
        # "... adalah NAME, role."
        for k, seg in enumerate(segs):
            m = _copula_search(seg)
            if m:
                np = self.art.parse_segment(m.group(1))
                if np.kind == "person" and np.lead == "name" and not np.tail:
                    role = np.role
                    if not role and k + 1 < len(segs) and self.art.is_role_like(segs[k + 1]):
                        role = _role_text(segs[k + 1].split())
                    name = self.art.expand(np.name, pos)
                    self.art.remember(name, role)
                    if role and len(name.split()) >= 2:
                        self.topic_person = self.topic_any = (name, role)
                        self.topic_is_org = False
                    self.fresh = (name, role, self.sid)
                    return True
                break
        # "ROLE, NAME, ..." / "NAME, ROLE, ..." at the start
        k = _first_after_connectives(segs)
        if k + 2 >= len(segs):
            return False
        seg, nxt = segs[k], segs[k + 1]
        name = role = None
        pure = self.art.is_pure_name(seg)
        name_seg = seg
        if pure and (self.art.is_role_like(nxt) or _is_description(nxt)):
            name, role = pure.name, _role_text(nxt.split())
        elif self.art.is_role_like(seg):
            j = k + 1
            while j + 2 < len(segs) and segs[j].split()[0].lower() in R.AREA_WORDS:
                j += 1  # "Warga Desa Kalibeber, Kecamatan Mojotengah, Suparno (57), ..."
            name_seg = segs[j]
            pn = self.art.is_pure_name(name_seg)
            if pn:
                name, role = pn.name, _role_text(", ".join(segs[k:j]).split())
        if not name:
            return False
        aged = any(_is_age(t) for t in name_seg.split())
        full = self.art.expand(name, pos)
        self.art.remember(full, role)
        role = role or self.art.people.get(full)
        if len(full.split()) >= 2 or aged:  # (one word with an age is a person too: "Suparno (57)")
            self.topic_person = self.topic_any = (full, role)
            self.topic_is_org = False
        self.fresh = (full, role, self.sid)
        return True

    def pending_just_before(self):
        """The pending sentence (text, offset, sentence id) if it is the one just before,
        else None (a quiet paragraph's is found now)."""
        if not self.pending or self.pending[2] != self.sid - 1:
            return None
        if self.pending[0] is None:  # a quiet paragraph's: its last sentence, now
            self.pending = self.quiet_pending(*self.pending[1:])
            if self.pending[2] != self.sid - 1:
                return None
        return self.pending

    def communicative_pending(self) -> bool:
        """Is the sentence just before one with a verb of saying, urging, hoping, judging or
        commenting (SPEECH_VERBS, NON_SPEECH_VERBS, COMMENT_VERBS), whose subject a following
        "-nya" may be?"""
        pending = self.pending_just_before()
        if pending is None:
            return False
        words = {w.strip(",.;:!?\"“”").lower() for w in pending[0].split()}
        return not (words.isdisjoint(R.NON_SPEECH_VERBS) and words.isdisjoint(R.SPEECH_VERBS)
                    and words.isdisjoint(R.COMMENT_VERBS))

    def recent_org(self):
        """(name, None) of the organisation that is the subject of the sentence just
        before, if any: the referent of a following "perusahaan itu"."""
        pending = self.pending_just_before()
        if pending is None:
            return None
        segs = [x for x, _, _ in _split_commas(pending[0])]
        k = _first_after_connectives(segs)
        words = segs[k].split()
        # the subject is what stands before the first verb ("Pihak Pasarku membantah ...")
        v = next((i for i, w in enumerate(words) if i and w.islower() and _is_verbish(w.strip(",.;:"))), None)
        if v is None:
            return None
        np = self.art.parse_subject(" ".join(words[:v]) + " ")
        if np.kind == "org" and np.lead == "name":
            return self.resolve(np, pending[1])
        return None

    def recent_subject(self, any_person: bool = False):
        """(name, role) of the person who is the subject of the sentence just
        before, if any: the referent of a following "Dia/Ia".  That person has spoken
        already or is named there for the first time, unless `any_person` (the sentence
        is one of saying, urging or judging, see communicative_pending)."""
        if self.fresh and self.fresh[2] == self.sid - 1:
            return self.fresh[:2]
        if self.pending_just_before() is None:
            return None
        stripped, pos, sid = self.pending
        self.pending = None
        m = _NAMED_RE.search(stripped) if R.NAME_INTRODUCER in stripped else None
        if m and any(w[:1].islower() and _is_verbish(w.strip(",.").lower()) for w in stripped[:m.start()].split()):
            m = None  # "... dihubungi pria bernama Bayu": someone named in the object, not the subject
        if m:
            # "petani bernama Karyo (58) hanya bisa pasrah. Ia ...": the person so named
            full = self.art.expand(m.group(1), pos)
            self.art.remember(full, None)
            self.fresh = (full, self.art.people.get(full), sid)
            return self.fresh[:2]
        if not self.may_name_a_person(stripped):
            return None
        segs = [x for x, _, _ in _split_commas(stripped)]
        k = _first_after_connectives(segs)
        seg = segs[k]
        if not _starts_like_name(seg):
            return None
        np = self.art.parse_segment(seg)
        introduced = False  # (named in full after a description: the subject, met before or not)
        apposition = not np.tail and k + 1 < len(segs) and (
            self.art.is_role_like(segs[k + 1]) or _is_description(segs[k + 1])
            or segs[k + 1].split()[:1] == ["yang"])  # "Rangga, yang baru berusia 19 tahun, ..."
        if (np.kind != "person" or not np.clean_tail) and k + 2 < len(segs) and not any(
                _is_verbish(w) for w in seg.lower().split()[1:]):
            # "Pencetak gol penentu, Komang Adi Wirawan, mempersembahkan ...": the name
            # after a description that opens the sentence
            nm = _NAME_OR_NICKNAME_RE.match(segs[k + 1]) if f" {R.NICKNAME_OR} " in segs[k + 1] else None
            pn = self.art.is_pure_name(nm.group("name") if nm else segs[k + 1])
            if pn:
                np, apposition, introduced = pn, True, len(pn.name.split()) >= 2
                if nm:
                    # "Salah satu pemengaruh, Rizky Ramadhan atau yang dikenal dengan nama akun Bang Cuan, ..."
                    self.art.write_alias(nm.group("nick"), pn.name)
        if not (np.kind == "person" and np.lead in ("name", "role") and (np.tail or apposition)):
            return None  # (a subject with a verb after it, or "Salah satunya NAME, kreator ...")
        full = self.art.expand(np.name, pos)
        known_speaker = full in self.art.speakers
        first_mention = not known_speaker and self.art.text.find(full) >= pos - 1 and len(full.split()) >= 2
        # (or a short form of a name met in full before: "Rangga, yang baru berusia 19 tahun, ...")
        short_form = len(full.split()) >= 2 and len(np.name.split()) < len(full.split())
        if not (known_speaker or first_mention or introduced or short_form or (any_person and len(full.split()) >= 2)):
            return None  # (one word that is no short form of a name met before: "Laga itu ...")
        self.art.remember(full, np.role)
        self.fresh = (full, np.role or self.art.people.get(full), sid)
        return self.fresh[:2]

    def indirect(self, pi, para, s, e, base) -> bool:
        sent = para[s:e]
        # 1. "Menurut X, ..." / "..., menurut X, ..." / "Menurutnya, ..."
        if "enurut" in sent or "ENURUT" in sent:
            for m in _MENURUT_RE.finditer(sent):
                if self.menurut(pi, para, s, e, base, m):
                    return True
        # 2. "X mengatakan (bahwa) ..."
        for m in _speech_verbs(sent):
            if self.verb_clause(pi, sent, s, base, m):
                return True
        # 3. "..., kata X." / "..., kata X, ..."
        return "," in sent and self.closed_cue(pi, sent, s, base)

    def menurut(self, pi, para, s, e, base, m) -> bool:
        sent = para[s:e]
        after = sent[m.end():]
        if m.group("nya"):
            # "Menurutnya" is "according to him/her": a pronoun, for the person just
            # introduced as well as the last speaker (as "Dia")
            np = NP("pronoun", lead="pronoun")
            rest = after
            if not rest.lstrip().startswith(","):
                return False
            clause_start = m.end() + rest.index(",") + 1
            ok = True
        else:
            segs = _split_commas(after, m.end())
            first_word = segs[0][0].split()[:1]
            if not first_word or first_word[0].lower().strip(",.") in R.DATA_WORDS:
                return False
            np0 = self.art.parse_segment(segs[0][0])
            ok = False
            clause_start = None
            np = _NONE
            un = None
            if len(segs) > 1 and not np0.names_a_person:
                un = _unnamed_speaker(segs[0][0])
                if un and len(segs) > 2 and self.art.is_pure_name(segs[1][0]):
                    un = None  # "Menurut seorang warga, Budi, ..."
            if un:
                np, clause_start, ok = un, _clause_start(segs, 1), True  # "Menurut seorang sumber, ..."
            elif np0.kind == "pronoun" and np0.clean_tail and len(segs) > 1:
                np, clause_start, ok = np0, _clause_start(segs, 1), True
            elif len(segs) > 2 and np0.lead in ("role", "lower") and self.art.is_pure_name(segs[1][0]):
                np = self.art.is_pure_name(segs[1][0])
                np.role = _role_text(segs[0][0].split())
                clause_start, ok = _clause_start(segs, 2), True
            elif (np0.kind in ("person", "org") or (np0.kind == "role" and np0.role and np0.role[:1].isupper())) and np0.clean_tail and np0.lead != "lower":
                np = np0
                s1 = segs[1][0].split() if len(segs) > 2 else []
                if s1 and s1[0].lower() == "yang":
                    # "Menurut Rahmat, yang juga Ketua RT 05, warga ..."
                    rest = s1[2:] if len(s1) > 1 and s1[1].lower() in R.RELATIVE_ROLE_LEADS else s1[1:]
                    np.role = np.role or _role_text(rest)
                    clause_start = _clause_start(segs, 2)
                elif len(segs) > 3 and not np.role and s1 and s1[0].lower() in R.ROLE_WORDS and self.art.is_role_like(segs[1][0]):
                    np.role = _role_text(segs[1][0].split())
                    clause_start = _clause_start(segs, 2)
                elif len(segs) > 1:
                    clause_start = _clause_start(segs, 1)
                ok = True
            if not ok:
                return False
            if clause_start is None:
                # "..., menurut X." at the end: the clause is before
                before = sent[:m.start()]
                text = _clean_clause(before)
                if m.start() == 0 or _words_upto(text, 3) < 3:
                    return False
                speaker, role = self.resolve(np, base + s + m.start())
                self.emit(pi, s + m.start(), text, speaker, role, "indirect", "menurut", np.kind)
                return True
        if clause_start is None:
            return False
        text = _clean_clause(sent[clause_start:])
        prefix = sent[:m.start()]
        prefix = _clean_clause(_after_dash(prefix + " "))
        if prefix and prefix.split()[0].lower() not in R.CLAUSE_PREFIX_SKIP:
            # "Kebijakan itu, menurut Budi, akan ..." keeps its subject
            text = prefix + " " + text
        if _words_upto(text, 3) < 3:
            return False
        speaker, role = self.resolve(np, base + s + m.start())
        if not speaker and np.kind != "unnamed":
            return False
        self.emit(pi, s + m.start(), text, speaker, role, "indirect", "menurut", np.kind)
        return True

    def verb_clause(self, pi, sent, s, base, m) -> bool:
        verb = m.group(1).lower()
        chunk = sent[:m.start()]
        if not chunk.strip():
            return False
        prev_word = chunk.split()[-1].lower().strip(",") if chunk.split() else ""
        if prev_word in R.NOT_MAIN_VERB_AFTER:
            return False
        np = self.art.parse_subject(chunk)
        if not np.is_speaker:
            return False
        rest = sent[m.end():]
        lead = rest.lstrip()
        clause = None
        introduced = True  # by "bahwa" or a comma/colon: a clause by construction
        if verb in R.DENIAL_VERBS and not R.CLAIM_NOUNS.isdisjoint(w.strip(",").lower() for w in rest.split()[:3]):
            return False  # "membantah anggapan bahwa X": X is the claim denied, not what was said
        mb = _BAHWA_START_RE.match(rest)
        if mb:
            clause = rest[mb.end():]
        elif lead[:1] in (",", ":"):
            clause = lead[1:]
        elif verb in R.SPEECH_VERBS_NEED_CLAUSE:
            mb = _BAHWA_RE.search(rest[:120])
            if mb:
                clause = rest[mb.end():]
            elif _opens_clause(lead):
                clause = lead  # "membenarkan pihaknya tengah menyelidiki ...", "mengakui sistemnya diserang ..."
            else:
                return False
        else:
            first = lead.split(" ", 1)[0].lower() if lead else ""
            mb = _BAHWA_RE.search(" ".join(rest.split()[:15])) if R.COMPLEMENTIZER in rest.lower() else None
            if mb:
                clause = rest[_BAHWA_RE.search(rest).end():]
            elif first in R.ADVERBIAL_STARTS and "," in rest and _is_circumstance(rest[:rest.index(",")]):
                segs = _split_commas(rest)
                k = _clause_start(segs, 1)
                clause = rest[k:] if k is not None else ""
            else:
                clause, introduced = rest, False
        if _has_quote_mark(clause) and clause.strip()[:1] in R.QUOTE_MARKS:
            return False
        text = _clean_clause(clause)
        if _words_upto(text, 3) < 3 or not (introduced or _clause_like(text)):
            return False
        speaker, role = self.resolve(np, base + s + m.start())
        if not speaker and np.kind != "unnamed":
            return False
        self.emit(pi, s + m.start(), text, speaker, role, "indirect", verb, np.kind)
        return True

    def closed_cue(self, pi, sent, s, base) -> bool:
        for m in _CLOSED_CUE_RE.finditer(sent):
            c = _split_cue(m.group("word"), _SAFE_CUES)
            if not c:
                continue
            cue, nya = c
            if nya:
                rest = m.group("rest").split()
                if rest and rest[0].lower() not in R.ADVERBIAL_STARTS:
                    continue
                np = NP("pronoun" if cue == R.MENURUT else "clitic")
            else:
                np = self.art.parse_after_cue(m.group("rest"))
                if not np.is_speaker:
                    continue
            after = sent[m.end():]
            segs = [x for x, _, _ in _split_commas(after[1:].strip().rstrip(".!?"))] if after[:1] == "," else []
            while len(segs) > 1 and all(_is_degree(t) for t in segs[-1].split()):
                segs.pop()  # ", M.Pd."
            if not nya and len(segs) == 1:
                # the sentence ends with the name or the role after the cue: "..., kata Kepala
                # Dinas X, Harun Al Rasyid." / "..., kata Harun Al Rasyid, Kepala Dinas X."
                seg = segs[0].strip()
                pure = self.art.is_pure_name(seg) if seg and np.lead in ("role", "lower") else None
                if pure:
                    pure.role = _role_text(m.group("rest").split())
                    np, after = pure, ""
                elif np.kind == "person" and seg and (self.art.is_role_like(seg) or _is_description(seg)):
                    np.role = np.role or _role_text(seg.split())
                    after = ""
            before = _clean_clause(sent[:m.start()])
            after = _clean_clause(after) if after[:1] == "," else ""
            if after and before and before.split()[0].lower() in R.CLAUSE_PREFIX_SKIP and _words_upto(after, 3) >= 3:
                before = ""  # "Ke depan, kata X, pemerintah akan ..." -> the clause after
            text = (before + (", " + after if after else "")).strip(" ,")
            if _words_upto(text, 3) < 3 or not (before or after):
                continue
            speaker, role = self.resolve(np, base + s + m.start())
            if not speaker:
                continue
            self.emit(pi, s, text, speaker, role, "indirect", cue, np.kind)
            return True
        return False

    # -- direct quotes --------------------------------------------------------
    def attribution_after(self, para, span, sent_end):
        """'"...," kata Budi' / '"...," tuturnya' / '"...," Budi menambahkan.'"""
        after = para[span.end + 1:sent_end]
        c = _cue_after(after)
        if c and (c[3].islower() or after.lstrip(" ,.")[:1].isupper()):
            cue, nya, rest, _ = c
            if nya:
                return NP("clitic"), cue
            np = self.art.parse_after_cue(rest)
            if np.is_speaker:
                return np, cue
            if rest.strip()[:1] in ("", ".") or cue in R.SHORT_CUES_SAFE:
                return _NONE, cue
        ms = _STATEMENT_AFTER_RE.match(after) if c is None else None
        if ms:
            # '"...," demikian keterangan tertulis Kominfo' / '... demikian keterangannya'
            rest = ms.group("rest")
            if (ms.group("nya") or ms.group("nya2")) and not rest.strip(" ,.").strip():
                return NP("clitic"), ms.group("noun").lower()
            if rest.strip()[:1].isupper():
                np = self.art.parse_after_cue(rest)
                if np.is_speaker:
                    return np, ms.group("noun").lower()
        mp = _PASSIVE_ATTR_RE.match(after.lstrip(" ,")) if c is None else None
        if mp:
            # '"...," demikian disampaikan Budi Hartono dalam rapat kerja.'
            np = self.art.parse_after_cue(mp.group("np"))
            if np.is_speaker:
                return np, mp.group("verb").lower()
        mv = _SPEECH_VERB_RE.search(after)
        if mv and _words_upto(after[:mv.start()], 9) <= 8 and after[:mv.start()].strip(" ,"):
            np = self.art.parse_subject(after[:mv.start()].strip(" ,"))
            if np.is_speaker:
                return np, mv.group(1).lower()
        return None, None

    def attribution_before(self, para, span, lo):
        """'Budi mengatakan, "..."' / 'Menurut dia, "..."' / 'Kata Budi: "..."'"""
        before = para[lo:span.start]
        if not before.strip():
            return None, None
        m = _pre_verb(before)
        if m:
            np = self.art.parse_subject(before[:m.start()])
            if np.is_speaker:
                return np, m.group(1).lower()
        c = _cue_before(before)
        if c:
            cue, nya, np_text = c
            if nya:
                return NP("pronoun" if cue == R.MENURUT else "clitic"), cue
            np = self.art.parse_after_cue(np_text)
            if np.is_speaker:
                return np, cue
        return None, None

    def direct(self, pi, para, span, sents, prev_end, base):
        inner = span.inner(para)
        text = _clean_quote_text(inner)
        if not text:
            return None
        s_idx = next(k for k, (a, b) in enumerate(sents) if a <= span.start < b)
        lo = max(sents[s_idx][0], prev_end)
        close_idx = min(span.end, len(para) - 1)
        e_idx = next((k for k, (a, b) in enumerate(sents) if a <= close_idx < b), len(sents) - 1)
        sent_end = sents[e_idx][1]
        if span.closed and para[span.end + 1:sent_end].strip() == "" and e_idx + 1 < len(sents):
            # '"... selesai." Kata Budi.' split by the sentencizer: look one further
            nxt_s, nxt_e = sents[e_idx + 1]
            if _cue_after(para[nxt_s:nxt_e]) and not _has_quote_mark(para[nxt_s:nxt_e]):
                sent_end = nxt_e
        np, cue = (None, None)
        if span.closed:
            np, cue = self.attribution_after(para, span, sent_end)
        if np is None:
            np, cue = self.attribution_before(para, span, lo)
        before_txt = para[lo:span.start]
        after_txt = para[span.end + 1:sent_end] if span.closed else ""
        nwords = _words_upto(text, 2 * R.MIN_WORDS_UNATTRIBUTED_QUOTE)  # compared with at most that
        sentence_like = nwords >= R.MIN_WORDS_UNATTRIBUTED_QUOTE or (
            nwords >= 3 and text.rstrip()[-1:] in _SENT_END_PUNCT
        )
        prev_word = before_txt.split()[-1].lower().strip(",:") if before_txt.split() else ""
        embedded_after = after_txt.strip(" ,.;:!?") != "" and np is None
        if np is not None:
            if np is _NONE or np.kind == "none":
                speaker, role = None, None
            else:
                speaker, role = self.resolve(np, base + span.start)
            if cue and not sentence_like and before_txt.strip() and after_txt.strip(" ,.;:!?") and np.kind == "none":
                return None
            if prev_word in R.TERM_INTRODUCERS and not sentence_like:
                return None
            q = self.emit(pi, span.start, text, speaker, role, "direct", cue, np.kind)
            follow = next((sp for sp in self.spans if sp.start > span.end), None) if span.closed else None
            if follow is not None and follow.start < sent_end and para[span.end + 1:follow.start].rstrip().endswith(","):
                # '"A," kata X, "b."': the second pair of marks goes on with the same speaker
                text2 = _clean_quote_text(follow.inner(para))
                if text2:
                    self.emit(pi, follow.start, text2, speaker, role, "direct", cue, np.kind)
            return q, sent_end
        # unattributed: a term or title, or a continuation of the last speaker
        if prev_word in R.TERM_INTRODUCERS or not sentence_like:
            return None
        if before_txt.strip() and not before_txt.rstrip().endswith((".", "!", "?", ":")):
            if embedded_after or nwords < 2 * R.MIN_WORDS_UNATTRIBUTED_QUOTE:
                return None
        if embedded_after and not re.match(r"\s*[,.]?\s*(?:[A-Z]|$)", after_txt):
            return None
        speaker = role = cue = None
        np_kind = "none"
        para_initial = span.start == len(para) - len(para.lstrip())
        prior = [q for q in self.para_quotes if q["speaker"] or q["_np"] == "unnamed"]
        passive = self.passive_attribution(para, sents, sent_end) if span.closed else None
        if passive:
            # '"..." Hal itu disampaikan Budi di Jakarta.'
            np, cue, sent_end = passive
            speaker, role = self.resolve(np, base + span.start)
            np_kind = np.kind
        elif prior:
            # split quote: '"A," kata X. "B."' -> B continues X
            speaker, role, np_kind = prior[-1]["speaker"], prior[-1]["role"], prior[-1]["_np"]
        elif not para_initial and self.recent_subject():
            # 'Budi tampak lesu. "Saya sudah pasrah."'
            (speaker, role), np_kind = self.recent_subject(), "person"
        elif self.colon and self.colon[3] == self.sid - 1:
            # 'Budi menjelaskan:' closing the sentence before
            speaker, role, np_kind = self.colon[:3]
        elif para_initial and self.prev_para_quote and (self.prev_para_quote["speaker"] or self.prev_para_quote["_np"] == "unnamed"):
            # a quote paragraph right after a quote by X continues X
            pq = self.prev_para_quote
            speaker, role, np_kind = pq["speaker"], pq["role"], pq["_np"]
        q = self.emit(pi, span.start, text, speaker, role, "direct", cue, np_kind)
        if not speaker:
            q["_pending"] = True
        return q, sent_end

    # -- paragraphs -----------------------------------------------------------
    def quiet_paragraph(self, pi):
        """`paragraph` for a paragraph without cue whose sentences can only become the
        pending sentence (`_quiet`): only the last one stays pending, and it is found
        (the paragraph split into sentences) only if a "Dia" or a quote next asks
        (`quiet_pending`).  It counts as one sentence: a sentence id is only ever
        compared with the id of the sentence just before, and none of those ids
        comes from inside this paragraph."""
        self.para_quotes = []
        self.pending = (None, pi, self.sid)
        self.sid += 1
        self.prev_para_quote = None

    def quiet_pending(self, pi, sid):
        """The pending sentence `paragraph` would have left for quiet paragraph `pi`
        (counted as sentence `sid`): its last non-blank sentence, with `sid` only if
        it is the paragraph's last sentence (else one no later sentence matches)."""
        nlp = get_nlp()
        para = self.paragraphs[pi]
        starts = _article_sentencizer_starts([para], nlp)[0]
        sents = _sentences(para, nlp, set(), _NO_CANDIDATE if starts is None else starts)
        for k, (s, e) in enumerate(reversed(sents)):
            stripped = para[s:e].strip()
            if stripped:
                return stripped, self.art.offsets[pi] + s, sid - (k > 0)
        return None, pi, sid - 1  # (never: the paragraph is not blank)

    def paragraph(self, pi, para, cues, spans, sents):
        """A paragraph (with a cue or not, `_has_cue`), its quotation marks
        (`_quote_spans`, only looked for when it has a cue) and sentences."""
        base = self.art.offsets[pi]
        self.para_quotes = []
        self.spans = spans
        consumed_until = 0
        prev_end = 0
        for s, e in sents:
            if e <= consumed_until:
                continue
            s_eff = max(s, consumed_until)
            here = [sp for sp in spans if s_eff <= sp.start < e]
            handled = False
            for sp in here:
                if sp.start < consumed_until:
                    continue
                res = self.direct(pi, para, sp, sents, prev_end, base)
                if res:
                    q, sent_end = res
                    consumed_until = max(consumed_until, sent_end)
                    prev_end = sp.end + 1
                    handled = True
            if not handled:
                self.narration(pi, para, s_eff, e, base, cues)
            self.sid += 1
        self.prev_para_quote = self.para_quotes[-1] if self.para_quotes else None

    def passive_attribution(self, para, sents, sent_end):
        """'"..." Hal itu disampaikan Budi di Jakarta.' names the speaker afterwards."""
        nxt = next(((a, b) for a, b in sents if a >= sent_end), None)
        if not nxt:
            return None
        m = _PASSIVE_ATTR_RE.match(para[nxt[0]:nxt[1]])
        if not m:
            return None
        np = self.art.parse_after_cue(m.group("np"))
        if not np.is_speaker:
            return None
        return np, m.group("verb").lower(), nxt[1]

    def run(self):
        nlp = get_nlp()
        # what to do with each paragraph (`_read_paragraphs`)
        todo = _read_paragraphs(self.paragraphs, nlp)
        for pi, para in enumerate(self.paragraphs):
            t = todo[pi][0]
            if t is _GAP:
                continue
            if t is _SUBHEADING:
                self.prev_para_quote = None
                continue
            if t is _QUIET:
                self.quiet_paragraph(pi)
                continue
            self.paragraph(pi, para, *todo[pi][1:])
        # an unattributed quote paragraph followed by an attributed one that
        # opens with a quote (multi-paragraph quote): same speaker
        for k, q in enumerate(self.out):
            if q.get("_pending") and k + 1 < len(self.out):
                nq = self.out[k + 1]
                if nq["kind"] == "direct" and nq["speaker"] and nq["paragraph"] == q["paragraph"] + 1:
                    p = self.paragraphs[nq["paragraph"]]
                    if nq["_start"] == len(p) - len(p.lstrip()):
                        q["speaker"], q["role"] = nq["speaker"], nq["role"]
        self.out.sort(key=lambda q: (q["paragraph"], q["_start"]))
        return [
            {k: q[k] for k in ("text", "speaker", "role", "kind", "cue", "paragraph")}
            for q in self.out
        ]


_ORG_ABBREVIATION = re.compile(r"\s*\([A-Z][A-Za-z0-9&.-]{1,15}\)$")
# what _Extractor.run does with a paragraph
_GAP, _SUBHEADING, _QUIET, _CUE, _NO_CUE = "gap", "subheading", "quiet", "cue", "no cue"
_QUIET_SHORTCUT = True  # (off: every paragraph the full way; tests compare the two)
_GAP_READ = (_GAP,)


def _read_paragraphs(paragraphs, nlp) -> list[tuple]:
    """For each paragraph, what _Extractor.run does with it: (_GAP,) blank (a removed
    ad block, the discourse goes on), (_SUBHEADING,), (_QUIET,) no cue and nothing
    track_people acts on (`_quiet`: not split into sentences), or (_CUE or _NO_CUE,
    has a cue, its quotation-mark spans, its sentences) for `_Extractor.paragraph`."""
    out, unsplit = [], []
    for para in paragraphs:
        if not para or not para.strip():
            read = _GAP_READ
        elif _is_subheading(para):
            read = (_SUBHEADING,)
        elif _has_cue(para):
            spans = _quote_spans(para) if _has_quote_mark(para) else []
            read = [_CUE, True, spans, None]
            unsplit.append(len(out))
        elif _QUIET_SHORTCUT and _quiet(para):
            read = (_QUIET,)
        else:
            read = [_NO_CUE, False, [], None]
            unsplit.append(len(out))
        out.append(read)
    if unsplit:
        # the sentencizer's starts of all in one call (one tokenizer call for the chunks
        # it has not met), then the sentences
        all_starts = _article_sentencizer_starts([paragraphs[k] for k in unsplit], nlp)
        for k, starts in zip(unsplit, all_starts):
            t, cues, spans, _ = out[k]
            para = paragraphs[k]
            sents = _sentences(para, nlp, {sp.start for sp in spans}, _NO_CANDIDATE if starts is None else starts)
            out[k] = (t, cues, spans, sents)
    return out


# "sebut saja Mawar", "Mawar (bukan nama sebenarnya)": what is taken off the name given
_PSEUDONYM_RE = re.compile(R.PSEUDONYM_PATTERN, re.I)
# 'Yohanes "Jojo" Manurung': a nickname in quotation marks inside a name
_QUOTED_NICKNAME_RE = re.compile(r"(?<=\w) [\"“]([A-Z][\w'’\-]*)[\"”](?= [A-Z])")


def _quoted_nickname_matches(para):
    """`_QUOTED_NICKNAME_RE.finditer(para)`, tried only where a space and an opening mark are."""
    out = []
    for mark in ('"', "“"):
        i = para.find(" " + mark)
        while i >= 0:
            m = _QUOTED_NICKNAME_RE.match(para, i)
            if m:
                out.append(m)
            i = para.find(" " + mark, i + 2)
    if len(out) > 1:
        out.sort(key=lambda m: m.start())
    return out


def _quoted_nicknames(paragraphs):
    """The paragraphs without the nicknames written in quotation marks inside a name
    ('Pelatih Yohanes "Jojo" Manurung' reads 'Pelatih Yohanes Manurung': the marks are no
    quote), and the (nickname, paragraph index, offset of the name's first word)."""
    out, found = [], []
    for pi, para in enumerate(paragraphs):
        if para and ('"' in para or "“" in para):
            pieces, last = [], 0
            for m in _quoted_nickname_matches(para):
                before = para.rfind(" ", 0, m.start()) + 1
                after = para[m.end() + 1:].split(" ", 1)[0]
                if not (_is_person_tok(para[before:m.start()]) and _is_person_tok(_clean_tok(after))):
                    continue
                pieces.append(para[last:m.start()])
                last = m.end()
                found.append((m.group(1), pi, sum(map(len, pieces)) - (m.start() - before)))
            if pieces:
                para = "".join(pieces) + para[last:]
        out.append(para)
    return out, found


def find_quotes(paragraphs: list[str]) -> list[dict]:
    """Direct and indirect quotes of one article, in text order."""
    if not paragraphs:
        return []
    paragraphs = list(paragraphs)
    ex = _Extractor(paragraphs)
    nicknames = ()
    if _quoted_nickname_matches(ex.art.text):
        paragraphs, nicknames = _quoted_nicknames(paragraphs)
        ex = _Extractor(paragraphs)
    for nick, pi, start in nicknames:
        # the name around it (after a role: "Pelatih Yohanes Manurung"), known by the nickname
        m = _RUN_RE.match(paragraphs[pi], start)
        before = paragraphs[pi][:start].split()
        k = len(before)
        while k and _is_cap(before[k - 1]) and before[k - 1][-1].isalnum():
            k -= 1
        _, name = ex.art.split_role_name(before[k:] + [_clean_tok(t) for t in (m.group().split() if m else [])])
        if len(name) >= 2 and nick not in name:
            ex.art.write_alias(nick, " ".join(name))
    return ex.run()
