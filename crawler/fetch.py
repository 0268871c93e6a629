"""One polite fetch of a single page (for ``arsip extract URL``), without starting a crawl."""
from __future__ import annotations

import urllib.request

from .settings import USER_AGENT


def fetch_once(url: str, timeout: float = 30) -> tuple[str, bytes]:
    """(final URL, body bytes) of ``url``; raises OSError with a readable message on failure."""
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.8"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.geturl(), resp.read()
    except urllib.error.HTTPError as e:
        raise OSError(f"HTTP {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        raise OSError(f"cannot fetch: {e.reason}") from None
