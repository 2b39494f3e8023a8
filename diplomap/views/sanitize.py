"""Making article text safe for the files it is exported to.

- CSV: a cell that begins with ``= + - @``, a tab or a carriage return is a formula to
  Excel, LibreOffice and Google Sheets (``=HYPERLINK(...)``, ``+cmd|...``); it is
  prefixed with a single quote, the OWASP rule for CSV injection.
- XML (GEXF, GraphML): characters XML 1.0 cannot hold (C0 controls other than tab and
  line breaks, lone surrogates, U+FFFE/U+FFFF) are removed.
- Files: written to a temporary file in the target folder, then renamed over the
  target, so a failed export never leaves a half-written or empty file.
"""
from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def csv_cell(value):
    """``value``, with a leading ``'`` when it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def xml_text(value):
    """``value`` without the characters XML 1.0 forbids; anything but text is returned as it is."""
    if isinstance(value, str) and _XML_ILLEGAL.search(value):
        return _XML_ILLEGAL.sub("", value)
    return value


def write_atomic(path: str | os.PathLike, write: Callable) -> None:
    """Call ``write(binary_file)`` on a temporary file next to ``path``, then rename it to ``path``.

    On any error the temporary file is removed and ``path`` is left as it was.
    """
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
