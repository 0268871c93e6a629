"""topic_relevant: a bundled, editable term profile (``topic_profile.toml``).

A profile has groups of terms (regular expressions); each group has a threshold, and an
article is relevant when every group reaches its own. Title, lead and tags count
``headline_weight`` times; the body counts once per paragraph that has the term, capped.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Group:
    name: str
    threshold: float
    pattern: re.Pattern  # one alternation; each named match is one term


@dataclass(frozen=True)
class Profile:
    name: str
    headline_weight: float
    max_per_term: int
    groups: tuple[Group, ...]

    def scores(self, headline: str, paragraphs: list[str]) -> dict[str, float]:
        head = headline.lower()
        body = [p.lower() for p in paragraphs]
        out = {}
        for g in self.groups:
            per_term: dict[str, float] = {}
            for m in g.pattern.finditer(head):
                per_term[m.group(0)] = per_term.get(m.group(0), 0) + self.headline_weight
            for p in body:
                for term in {m.group(0) for m in g.pattern.finditer(p)}:
                    per_term[term] = per_term.get(term, 0) + 1
            out[g.name] = sum(min(v, self.max_per_term * self.headline_weight) for v in per_term.values())
        return out

    def relevant(self, headline: str, paragraphs: list[str]) -> bool:
        s = self.scores(headline, paragraphs)
        return all(s[g.name] >= g.threshold for g in self.groups)


def load_profile(text: str) -> Profile:
    data = tomllib.loads(text)
    groups = []
    for key, val in data.items():
        if isinstance(val, dict) and "terms" in val:
            terms = sorted(val["terms"], key=len, reverse=True)
            # The text is lower-cased before matching, so terms written in lower case need no
            # re.IGNORECASE, which made the matching about 3x slower (a fifth of an article's
            # extraction time); a term with a capital letter (or \S, [A-Z] ...) keeps it.
            flags = re.I if any(t != t.lower() for t in terms) else 0
            pattern = re.compile(r"(?<![\w-])(?:" + "|".join(terms) + r")(?![\w-])", flags)
            groups.append(Group(key, float(val.get("threshold", 1)), pattern))
    if not groups:
        raise ValueError("topic profile has no term groups")
    return Profile(data.get("name", "custom"), float(data.get("headline_weight", 3)),
                   int(data.get("max_per_term", 3)), tuple(groups))


@lru_cache(maxsize=1)
def default_profile() -> Profile:
    """The profile bundled with the package (package data, read once)."""
    return load_profile(resources.files(__package__).joinpath("topic_profile.toml").read_text(encoding="utf-8"))
