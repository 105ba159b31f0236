"""Answers of a hostile or broken server, for the faults of the same names
(``faults.py``): a gzip bomb, a trickle, a body too large, a body without end.

Each writer sends until it is done, the client hangs up (the write fails: the
server ignores a ConnectionError) or the emulator stops.
"""

from __future__ import annotations

import functools
import struct
import threading
import zlib
from io import BufferedIOBase

BOMB_INFLATES_TO = 256 * 1024 * 1024
OVERSIZE_BYTES = 64 * 1024 * 1024
_FILLER = b" " * (1024 * 1024)  # whitespace: valid inside JSON, compresses ~1000:1
_HEAD = b'{"object": "list", "data": [], "filler": "'
_PIECE = 64  # bytes a trickle sends at a time


@functools.cache
def gzip_bomb() -> bytes:
    """A gzip body of about 256 KB that inflates to 256 MiB, made in a moment: after a
    full flush the compressor starts afresh, so every further MiB of filler
    compresses to the same bytes, written again and again."""
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    first = deflate.compress(_HEAD + _FILLER) + deflate.flush(zlib.Z_FULL_FLUSH)
    again = deflate.compress(_FILLER) + deflate.flush(zlib.Z_FULL_FLUSH)
    last = deflate.compress(b'"}') + deflate.flush()
    fillers = BOMB_INFLATES_TO // len(_FILLER)
    crc = zlib.crc32(_HEAD)
    for _ in range(fillers):
        crc = zlib.crc32(_FILLER, crc)
    crc = zlib.crc32(b'"}', crc)
    size = len(_HEAD) + fillers * len(_FILLER) + 2
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"  # gzip, deflate, no name
    trailer = struct.pack("<II", crc, size & 0xFFFFFFFF)
    return header + first + again * (fillers - 1) + last + trailer


def trickle(out: BufferedIOBase, body: bytes, pause: float, stopping: threading.Event) -> None:
    """``body``, ``_PIECE`` bytes every ``pause`` seconds."""
    for start in range(0, len(body), _PIECE):
        out.write(body[start : start + _PIECE])
        out.flush()
        if stopping.wait(pause):
            return


def oversize(out: BufferedIOBase, stopping: threading.Event) -> None:
    """The OVERSIZE_BYTES the headers declared (``Content-Length``)."""
    for _ in range(OVERSIZE_BYTES // len(_FILLER)):
        if stopping.is_set():
            return
        out.write(_FILLER)


def endless(out: BufferedIOBase, stopping: threading.Event) -> None:
    """A chunked body (``Transfer-Encoding: chunked``) that never ends."""
    chunk = b"%x\r\n%s\r\n" % (len(_FILLER), _FILLER)
    out.write(b"%x\r\n%s\r\n" % (len(_HEAD), _HEAD))
    while not stopping.is_set():
        out.write(chunk)
