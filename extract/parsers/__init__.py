"""Parser registry: the first parser whose ``detect`` accepts a page handles it.

Order matters: the more specific generation comes first, the generic fallback last.
"""
from __future__ import annotations

from ..html import Page
from .base import Parser
from .generic import Generic
from .liputan6 import Liputan6Amp, Liputan6Desktop2019, Liputan6Desktop2023, Liputan6Mobile

PARSERS: tuple[type[Parser], ...] = (
    Liputan6Desktop2023,
    Liputan6Desktop2019,
    Liputan6Amp,  # before mobile: AMP pages reuse the mobile header classes
    Liputan6Mobile,
    Generic,
)


def choose(page: Page) -> Parser:
    for cls in PARSERS:
        if cls.detect(page):
            return cls()
    return Generic()


__all__ = ["PARSERS", "Parser", "choose"]
