"""Made-up news for the store tests: small articles with events, in several files."""

from __future__ import annotations

from pathlib import Path

import pytest

TOWNS = ["Manbij", "Tabqa", "Hajin", "Palmyra", "Qamishli", "Jarablus", "Afrin", "Madaya", "Saraqib", "Douma"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


def make_articles(folder: Path, n: int, *, start: int = 0) -> list[Path]:
    """n articles, each a dated text page with two or three event sentences."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        town = TOWNS[i % len(TOWNS)]
        other = TOWNS[(i + 3) % len(TOWNS)]
        day = DAYS[i % len(DAYS)]
        text = (
            f"2018-03-{10 + i % 18:02d}\n\n"
            f"BEIRUT (AFP) — Government forces recaptured the town of {town} from Islamic State fighters on {day}, "
            f"state media said in report number {i}.\n\n"
            f"Russian air strikes killed at least {i % 7 + 2} civilians in {other} on {day}, the Syrian Observatory "
            f"for Human Rights said.\n\n"
            f"The Observatory said government forces now control 80 percent of {town}.\n"
        )
        path = folder / f"article_{i:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    make_articles(folder, 6)
    return folder
