"""Legacy encodings: each common one decodes to the text it was written from (issue 16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlog.ingest import read_articles
from frontlog.ingest.decode import decode_bytes

FRENCH = "Une frappe aérienne a touché le marché d'Alep lundi, a déclaré un porte-parole. Où sont-ils ? Ça coûte cher à l'État."
SPANISH = "El niño y la señora están en España. Mañana habrá más información sobre el ataque aéreo."
GERMAN = "Die Regierungstruppen haben die Stadt nach schweren Kämpfen zurückerobert. Größere Verluste gab es nicht."
ENGLISH = "Government forces recaptured the town after an “air strike” – officials said… on Monday."
POLISH = "Rebelianci zaatakowali wioskę w poniedziałek, zginęło pięć osób."  # was read as cp1257
TURKISH = "Hükümet güçleri kasabayı geri aldı."  # was read as cp1250 ("kasabayý")
RUSSIAN = "Правительственные войска вернули город после тяжёлых боёв, сообщил представитель."
ARABIC = "قصفت الطائرات الحربية مدينة حلب يوم الاثنين، وقال مسؤولون إن عشرة أشخاص قتلوا."


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (FRENCH, "latin-1"),
        (FRENCH, "cp1252"),
        (FRENCH, "iso8859-15"),
        (SPANISH, "latin-1"),
        (SPANISH, "cp1252"),
        (GERMAN, "latin-1"),
        (ENGLISH, "cp1252"),
        (POLISH, "cp1250"),
        (TURKISH, "cp1254"),
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "koi8-r"),
        (ARABIC, "cp1256"),
        (FRENCH, "utf-16"),  # with its BOM
        (ARABIC, "utf-16"),
        (FRENCH, "utf-8-sig"),
    ],
)
@pytest.mark.parametrize("repeat", [1, 5])
def test_legacy_encoding_decodes(text: str, encoding: str, repeat: int) -> None:
    original = " ".join([text] * repeat)
    decoded = decode_bytes(original.encode(encoding))
    assert decoded.text == original, (encoding, decoded.encoding, (decoded.text or "")[:60])


def test_western_text_is_not_read_as_a_baltic_code_page(tmp_path: Path) -> None:
    (tmp_path / "fr.txt").write_bytes(("2019-04-01\n\n" + FRENCH + "\n").encode("latin-1"))
    result = read_articles([tmp_path / "fr.txt"])
    assert "frappe aérienne" in result.articles[0].text
    assert any(p.code == "W206" and "latin-1" in str(p) for p in result.problems)


def test_utf8_read_byte_by_byte_is_not_taken_for_cp1252() -> None:
    # UTF-8 with one stray Latin-1 byte: the UTF-8 parts must not turn into "Ã©"
    data = "Les forces ont repris la ville après des combats.".encode() + b" caf\xe9."
    decoded = decode_bytes(data)
    assert decoded.text is not None and "Ã" not in decoded.text
