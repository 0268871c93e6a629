"""Extraction: pure functions from page HTML to the article record (no I/O)."""
from .core import FIELDS, ExtractionError, extract_article

__all__ = ["FIELDS", "ExtractionError", "extract_article"]
