import pytest

from frontlog.events.claims import find_share
from frontlog.events.numbers import find_fatalities, parse_number


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("At least 34 soldiers and allied fighters have been killed in the attack.", 34),
        ("Six civilians, including a woman and four children, were killed in strikes.", 6),
        ("an attack that killed at least 11, mostly civilians", 11),
        ("three people were killed and nine were wounded", 3),
        ("killing more than 1,200 people", 1200),
        ("between 20 and 30 fighters were killed", 20),
        ("Twenty-four civilians died in the shelling.", 24),
        # the number before "killed" counts strikes, not people: the figure after it is the toll
        ("More than a dozen air strikes on the market killed at least nine people.", 9),
        ("Four rockets killed two shepherds near the village.", 2),
        # a toll stated as none is zero; a figure beside it wins
        ("The roadside bomb hit a patrol but caused no casualties, police said.", 0),
        ("No one was killed in the first raid, but 5 people were killed in the second.", 5),
        ("No one was hurt when the shell hit an empty school.", 0),
        (
            "16 July 2015 At least 11 civilians including three children were killed in barrel bomb attacks",
            11,
        ),
    ],
)
def test_fatalities_firm_figures(text: str, count: int) -> None:
    fat = find_fatalities(text)
    assert fat is not None and fat.count == count


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of fighters were killed.",
        "Hundreds died in the siege.",
        "Nine were wounded.",
        "There were no immediate reports of casualties.",
        "a 30-year-old man was wounded",
    ],
)
def test_fatalities_none_without_a_firm_figure(text: str) -> None:
    assert find_fatalities(text) is None


def test_parse_number_words() -> None:
    assert parse_number("twenty-four") == 24
    assert parse_number("two hundred") == 200
    assert parse_number("1,500") == 1500


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("The SDF have now seized 90 percent of the city, the monitor said.", 0.9),
        ("65-70 percent of the town was now under the control of the alliance.", 0.65),
        ("The army has lost more than half of the city to the rebels.", 0.5),
        ("Rebels had near complete control of the town.", 0.95),
        ("the government-held third of the city", 0.33),
    ],
)
def test_claims_shares(text: str, share: float) -> None:
    found = find_share(text)
    assert found is not None and found.value == share


def test_claims_share_of_a_district_is_not_of_the_city() -> None:
    assert find_share("IS had retaken most of the industrial district of the city.") is None
    assert find_share("Some 40 percent of the population has fled.") is None


def test_fatalities_not_a_date_stamp_number() -> None:
    # a date stamped before the lede is not a toll (made-up ledes)
    assert find_fatalities("04-04-2016 Two killed in rocket attack on a market.").count == 2
    assert find_fatalities("06.04.2017 The raid killed five fighters.").count == 5
    assert find_fatalities("30 October 2016 Three killed over 70 injured in shelling.").count == 3
    assert find_fatalities("Fri Jun 24 2016 Two civilians were killed in shelling.").count == 2
    assert find_fatalities("Sun Sep 4 2016 killed in the raid were nine fighters.") is None
    # a count next to a date is still a count
    assert find_fatalities("The strike killed 24 people on June 3.").count == 24
    assert find_fatalities("Fighting on May 5 left 12 dead.").count == 12


def test_fatalities_not_page_counters_or_glued_stamps() -> None:
    # a share bar's counters and a stamp whose day and year lost their space are no toll (made-up)
    assert find_fatalities("Get short URL 5310 At least 7 villagers were killed in the raid.").count == 7
    assert find_fatalities("Get short URL 0 44 9 fighters were killed near the dam.") is None
    assert find_fatalities("Last updated at Mar 142018 CAIRO 3 policemen were killed.").count == 3
    assert find_fatalities("Updated Sep 052019 Gunmen killed up to 11 herders.").count == 11
