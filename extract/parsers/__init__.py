"""Parser registry: the first parser whose ``detect`` accepts a page handles it.

Detection reads what the page contains (its class names, ``<html amp>``, the site it declares),
never its file name or host. Order matters: AMP first (AMP pages reuse mobile class names),
then the newer desktop generation before the older one, the generic fallback last.
"""
from __future__ import annotations

from ..html import Page
from .base import Parser
from .generic import Generic
from .liputan6 import Liputan6Amp, Liputan6Desktop2019, Liputan6Desktop2023, Liputan6Mobile, Liputan6Photo

PARSERS: tuple[type[Parser], ...] = (
    Liputan6Amp,
    Liputan6Desktop2023,
    Liputan6Photo,
    Liputan6Desktop2019,
    Liputan6Mobile,
    Generic,
)


def choose(page: Page) -> Parser:
    for cls in PARSERS:
        if cls.detect(page):
            return cls()
    return Generic()


__all__ = ["PARSERS", "Parser", "choose"]
