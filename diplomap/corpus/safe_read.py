"""Bounded, hostile-input-safe reading: regular files only, never more than ``max_bytes + 1`` bytes.

``st_size`` cannot be trusted (``/dev/zero`` and FIFOs report 0, a file may grow while
it is read), so the open file itself is checked (``fstat``) and read with a hard limit.
A FIFO is opened non-blocking, so naming one never hangs. Text that came from JSON
escapes or undecodable file names may hold lone surrogates (``\\ud800``), which cannot
be encoded to UTF-8, hashed or stored: ``scrub`` replaces them with U+FFFD.
"""
from __future__ import annotations

import os
import re
import stat

_SURROGATE = re.compile("[\ud800-\udfff]")


class ReadRefused(Exception):
    """The file is not read; the message says why (shown to the user)."""


def read_regular(path: str | os.PathLike, max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path``; ``ReadRefused`` for anything else or anything larger.

    Symbolic links to devices (``/dev/zero``, ``/dev/urandom``), FIFOs and sockets are refused
    without reading; at most ``max_bytes + 1`` bytes are ever read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as e:
        raise ReadRefused(f"cannot read file: {e.strerror or e}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ReadRefused(f"not a regular file ({_kind(info.st_mode)}); not read")
        if info.st_size > max_bytes:  # checked before reading: a huge file is never loaded into memory
            raise ReadRefused(too_big(info.st_size, max_bytes))
        chunks, left = [], max_bytes + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
    except OSError as e:
        raise ReadRefused(f"cannot read file: {e.strerror or e}") from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:  # it grew while being read
        raise ReadRefused(f"file is over the limit of {max_bytes:,} bytes")
    return data


def too_big(size: int, max_bytes: int) -> str:
    return f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes"


def _kind(mode: int) -> str:
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "a special file"


def scrub(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD, so it encodes to UTF-8."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text

