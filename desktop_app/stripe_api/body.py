"""An answer's body, read and decompressed within a size limit.

A page of 100 subscriptions expanded as the sync asks is about 0.5 MB of JSON (1 MB
with the latest invoice); all the metadata Stripe allows (50 keys of 500 characters
on each of a subscription, its customer, its items and prices) would make it about
10 MB. Nothing Stripe sends comes near MAX_BODY_BYTES, as sent or decompressed:
a larger answer is not Stripe's, and reading it would only fill the memory (a
hostile server's 9 MB of gzip inflate to gigabytes). It is refused as soon as it
shows its size: by its Content-Length before a byte of the body is read, else once
that much has arrived or been inflated.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

from desktop_app.stripe_api.transport_errors import ResponseTooLarge

MAX_BODY_BYTES = 32 * 1024 * 1024
_CHUNK = 256 * 1024


def check_length(length: int | None, limit: int = MAX_BODY_BYTES) -> None:
    """ResponseTooLarge when an answer's length (as the HTTP library parsed it from its
    Content-Length; None when chunked or unknown) is past ``limit``."""
    if length is not None and length > limit:
        raise ResponseTooLarge(limit, "an answer declared")


def read_bounded(read: Callable[[int], bytes], limit: int = MAX_BODY_BYTES) -> bytes:
    """A body of unknown length through ``read(n)`` (at most n bytes, b"" at its
    end); ResponseTooLarge once more than ``limit`` bytes came."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise ResponseTooLarge(limit, "an answer")
        chunks.append(chunk)


def decoded(content: bytes, encoding: str | None, limit: int = MAX_BODY_BYTES) -> bytes:
    """``content`` decompressed as its Content-Encoding says (gzip, deflate: what
    the client asks for), to at most ``limit`` bytes."""
    if not encoding or not content:
        return content
    encoding = encoding.strip().lower()
    if encoding == "gzip":
        return _inflate(content, 16 + zlib.MAX_WBITS, limit)
    if encoding == "deflate":
        try:
            return _inflate(content, zlib.MAX_WBITS, limit)
        except zlib.error:
            return _inflate(content, -zlib.MAX_WBITS, limit)  # raw deflate, no header
    return content


def _inflate(content: bytes, wbits: int, limit: int) -> bytes:
    """Every member of the stream (gzip may hold several, one after the other)."""
    out: list[bytes] = []
    size = 0
    rest = content
    while rest:
        inflater = zlib.decompressobj(wbits)
        piece = inflater.decompress(rest, limit + 1 - size)
        size += len(piece)
        if size > limit or inflater.unconsumed_tail:
            raise ResponseTooLarge(limit, "an answer decompressed")
        out.append(piece)
        if not inflater.eof:
            raise zlib.error("incomplete or truncated stream")
        rest = inflater.unused_data
    return b"".join(out)
