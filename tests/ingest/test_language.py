"""Articles in other languages: said so (W211) instead of "no date"; their dates still read."""

from __future__ import annotations

from pathlib import Path

from frontlog.ingest import read_articles
from frontlog.ingest.language import detect_language

FRENCH = (
    "Paris, le 12 février 2024 - Les forces gouvernementales ont repris lundi la ville de Qalat après "
    "deux jours de violents combats avec les rebelles, a déclaré un porte-parole de l'armée. Les habitants "
    "ont fui vers le nord, où les combats continuent selon plusieurs témoins."
)
ARABIC = (
    "قصفت الطائرات الحربية مدينة حلب يوم الاثنين، وقال مسؤولون إن عشرة أشخاص قتلوا في الغارات التي استهدفت "
    "الأحياء الشرقية من المدينة، بينما فر مئات السكان نحو الريف الشمالي."
)
ENGLISH = (
    "Government forces recaptured the town of Qalat on Monday after two days of heavy fighting with "
    "rebels, an army spokesman said. Residents fled north, where fighting continued, witnesses said."
)


def test_detect_language() -> None:
    assert detect_language(FRENCH) == "fr"
    assert detect_language(ARABIC) == "ar"
    assert detect_language(ENGLISH) == "en"
    assert detect_language("Aleppo, Syria.") == "en"  # too short to tell: taken as English


def test_non_english_articles_are_kept_and_named(tmp_path: Path) -> None:
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "ar.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "en.txt").write_text("2019-04-01\n\n" + ENGLISH, encoding="utf-8")
    result = read_articles([tmp_path])
    by_file = {a.file: a for a in result.articles}
    assert by_file["fr.txt"].language == "fr" and by_file["fr.txt"].published == "2024-02-12"
    assert by_file["ar.txt"].language == "ar" and by_file["ar.txt"].published is None
    assert by_file["en.txt"].language == "en"
    messages = {p.source: str(p) for p in result.problems}
    assert messages["fr.txt"] == "W211 fr.txt: article is in French: frontlog codes English text"
    assert messages["ar.txt"] == "W211 ar.txt: article is in Arabic: frontlog codes English text"
    assert not any(p.code == "W201" for p in result.problems)  # not "no date": the language is the reason
