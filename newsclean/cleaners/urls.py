"""URL canonicalization: tracking parameters and fragments removed."""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from newsclean.cleaners.change import Change, Explained

STEP = "url"

TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_")
TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ref", "ref_src", "cmpid", "ncid", "ocid", "_ga", "mkt_tok", "smid"}
)


# Schemes that never name a fetched page: a scraper that took an href as the URL (javascript:
# void(0), a data: URI, mailto:). Such a URL is dropped (rule ``not_a_page_url``), like one
# holding control characters (NUL, line breaks: no URL has them).
NOT_A_PAGE = frozenset({"javascript", "vbscript", "data", "about", "blob", "mailto", "tel"})
_CONTROL = re.compile("[\x00-\x1f\x7f]")


def canonical_url(url: str | None) -> Explained[str | None]:
    """Drop tracking parameters and the fragment; lowercase scheme and host.

    >>> canonical_url("https://Example.org/a?utm_source=x&id=3#top").value
    'https://example.org/a?id=3'
    >>> canonical_url("not a url")
    Explained(value='not a url', changes=[])
    >>> canonical_url("javascript:void(0)").value is None
    True
    """
    if not url or not url.strip():
        return Explained(None, [])
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return Explained(url, [])
    if parts.scheme.lower() in NOT_A_PAGE or _CONTROL.search(url):
        return Explained(None, [Change(STEP, "not_a_page_url", url[:200])])
    if not parts.scheme or not parts.netloc:
        return Explained(url, [])
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)
    ]
    out = urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(query), ""))
    return Explained(out, [Change(STEP, "canonical_url", url)] if out != url else [])


def domain(url: str | None) -> str | None:
    """The host of ``url`` without a leading ``www.``."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host
