"""Bytes to text: BOMs, UTF-8, then charset detection (charset-normalizer), never assumed."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str | None
    encoding: str | None
    code: str | None = None  # a Problem code when text is None, or a warning code
    detail: str = ""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0xFFF0 <= ord(ch) <= 0xFFFF)
    return bad / len(sample)


def decode_bytes(data: bytes) -> Decoded:
    """Decode one input. Returns text, or a Problem code (E103 empty, E104 binary, E105 unknown)."""
    if not data.strip():
        return Decoded(None, None, "E103")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(enc), enc)
            except UnicodeDecodeError as exc:
                return Decoded(None, None, "E105", f"{enc} BOM but invalid bytes at {exc.start}")
    if b"\x00" not in data[:65536]:
        try:
            return _checked(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            pass
    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        return Decoded(None, None, "E104" if b"\x00" in data[:65536] else "E105")
    enc = best.encoding
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        text = data.decode(enc, errors="replace")
    decoded = _checked(text, enc)
    if decoded.text is not None and enc.replace("_", "-").lower() not in ("utf-8", "ascii"):
        return Decoded(decoded.text, enc, "W206", f"read as {enc}")
    return decoded


def _checked(text: str, enc: str) -> Decoded:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _control_ratio(text) > 0.05:
        return Decoded(None, None, "E104", f"{enc} text would be mostly control characters")
    text = text.replace("\x00", "")
    if not text.strip():
        return Decoded(None, None, "E103")
    return Decoded(text, enc)
