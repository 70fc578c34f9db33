"""Bytes to text: BOMs, UTF-8, then charset detection (charset-normalizer), never assumed."""

from __future__ import annotations

import codecs
import re
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
        for enc, letters in _LEGACY:
            legacy = _legacy(data, enc, letters)
            if legacy is not None:
                return legacy
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


# Letters and marks of Western European text in cp1252 (a superset of Latin-1's printable part).
# Not here: Icelandic ð þ ý (in cp1252 they are where cp1254 puts Turkish ğ ş ı) and the
# superscripts and symbols that Polish or Czech letters become when read as cp1252 ("mo¿e").
_WESTERN_LETTERS = frozenset("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜßàáâãäåæçèéêëìíîïñòóôõöøùúûüÿŒœŠšŽžŸ")
# Polish, Czech, Slovak, Hungarian, Croatian and Slovene letters in cp1250 (Central European), and
# Turkish letters in cp1254; text in one of them read as cp1252 shows "³" for "ł" or "ð" for "ğ".
_CENTRAL_LETTERS = frozenset(
    "ąćęłńóśźżĄĆĘŁŃÓŚŹŻáäčďéěíĺľňôŕřšťúůýžÁÄČĎÉĚÍĹĽŇÔŔŘŠŤÚŮÝŽőöüűŐÖÜŰđĐăâîşţĂÂÎŞŢ"
)
_TURKISH_LETTERS = frozenset("çÇğĞıİöÖşŞüÜâÂîÎûÛ")
_WESTERN_MARKS = frozenset("‘’‚“”„–—…•€«»°§©®·¡¿£¥¢½¼¾×†‰‹›™¶\u00a0")
_INSIDE_WORDS = frozenset("’·–—")  # marks that may stand between two letters ("l’État")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_UTF8_AS_CP1252 = re.compile("[ÂÃÅÄ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")
SAMPLE = 1_000_000


def _legacy(data: bytes, encoding: str, letters: frozenset[str]) -> Decoded | None:
    """Legacy European text (cp1252 / Latin-1 Western, cp1254 Turkish, cp1250 Central European),
    when every non-ASCII character reads as a letter (`letters`) or mark of those languages and
    ASCII letters dominate. charset-normalizer alone takes short French or Spanish texts for Baltic
    or Central European code pages, and Polish or Turkish ones for others."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    sample = text[:SAMPLE]
    if encoding == "cp1252" and _UTF8_AS_CP1252.search(sample):
        return None  # UTF-8 read byte by byte ("Ã©"): not a Western legacy text
    high = 0
    for m in _NON_ASCII.finditer(sample):
        ch, i = m.group(), m.start()
        if ch in letters:
            high += 1
        elif (
            ch not in _WESTERN_MARKS
            or ch not in _INSIDE_WORDS
            and 0 < i < len(sample) - 1
            and sample[i - 1].isalpha()
            and sample[i + 1].isalpha()
        ):
            return None
    ascii_letters = sum(1 for ch in sample if "a" <= ch.lower() <= "z")
    if high > 0.25 * (high + ascii_letters):
        return None  # Cyrillic, Greek or Arabic bytes read as accented Latin letters
    enc = "latin-1" if encoding == "cp1252" and not re.search(rb"[\x80-\x9f]", data) else encoding
    decoded = _checked(text, enc)
    return Decoded(decoded.text, enc, "W206", f"read as {enc}") if decoded.text is not None else decoded


# Tried in this order: Turkish letters are not Western ones (Icelandic aside, left out above), and
# Polish "ł" read as cp1254 is "³", neither Turkish nor Western.
_LEGACY = (("cp1252", _WESTERN_LETTERS), ("cp1254", _TURKISH_LETTERS), ("cp1250", _CENTRAL_LETTERS))


def _checked(text: str, enc: str) -> Decoded:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _control_ratio(text) > 0.05:
        return Decoded(None, None, "E104", f"{enc} text would be mostly control characters")
    text = text.replace("\x00", "")
    if not text.strip():
        return Decoded(None, None, "E103")
    return Decoded(text, enc)
