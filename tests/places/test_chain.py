"""A chain of places, each inside the next ("X in Y of Z": Z a governorate, Y its district, X a
village of Y): every name read inside the region, the event at the smallest known one (issue 15,
made-up sentences; the places are real Yemeni villages and districts of the place index)."""

from __future__ import annotations

from frontlog.extract import extract_all
from frontlog.places.chain import chain_link, chains
from frontlog.places.gazetteer import distance_km
from frontlog.records import Article, Event

# the points of Yemen's Hayfan (Ta'izz), Bura (Al Hudaydah), Jihanah (Sanaa), Monabbih and Baqim (Sa'dah) districts
HAYFAN = (13.27, 44.27)
BURA = (14.92, 43.46)
JIHANAH = (15.19, 44.49)
MONABBIH = (17.15, 43.26)
BAQIM = (17.39, 43.49)


def _events(text: str) -> list[Event]:
    art = Article(doc_id="t", file="t.txt", text=text, title=None, published="2018-03-05", outlet=None,
                  dateline=None)  # fmt: skip
    events, _ = extract_all([art])
    assert events, f"no event in {text!r}"
    return list(events)


def test_chains_are_runs_of_names_linked_by_in_and_of() -> None:
    text = "In Saada, gunmen shot a guard in Al Qarn in Bani Sayyah wa Al Hijrah of Al Jawf on Friday."
    assert [[n.text for n in run] for run in chains(text)] == [
        ["Al Qarn", "Bani Sayyah wa Al Hijrah", "Al Jawf"]
    ]
    text = "Drones struck al-Naqil area in al-Hazm district, Jawf province."
    assert [[n.text for n in run] for run in chains(text)] == [["al-Naqil", "al-Hazm", "Jawf"]]
    assert chain_link("X area of Y", 1, 10) and chain_link("Y district, Z", 1, 12)
    assert not chain_link("X and Y", 1, 6)


def test_a_village_of_the_chain_is_the_one_near_its_district(gaz) -> None:  # type: ignore[no-untyped-def]
    # An Nujayd is also a village of Omran, of Ibb and two more of Ta'izz; the one of Hayfan district
    (e,) = _events("Gunmen kidnapped two traders in An Nujayd in Hayfan of Taizz on Sunday.")
    assert e.location.admin1 == "Ta‘izz" and e.location.point is not None
    assert distance_km(e.location.point, HAYFAN) < 15


def test_a_village_no_gazetteer_has_is_coded_at_its_district(gaz) -> None:  # type: ignore[no-untyped-def]
    (e,) = _events("A landmine killed a shepherd in Wadi Zarqun in Bura of Al Hudaydah on Tuesday.")
    assert e.location.name == "Bura" and e.location.point is not None
    assert distance_km(e.location.point, BURA) < 10


def test_a_district_and_its_governorate_are_one_place(gaz) -> None:  # type: ignore[no-untyped-def]
    # (coded at the district's seat, the town of Jihanah: not at the city of Sanaa 30 km west)
    (e,) = _events("Air strikes hit a fuel depot in Jihanah district, Sanaa, on Monday.")
    assert e.location.admin1 == "Sanaa" and e.location.point is not None
    assert distance_km(e.location.point, JIHANAH) < 10


def test_a_name_of_no_chain_is_left_alone(gaz) -> None:  # type: ignore[no-untyped-def]
    (e,) = _events("Police arrested three men in Aden on Sunday, the governor of Aden said.")
    assert e.location.name == "Aden"


def test_a_district_of_the_town_that_heads_its_governorate_is_the_district(gaz) -> None:  # type: ignore[no-untyped-def]
    # Saada is the town that heads Sa'dah governorate: Monabbih district is no quarter of the town
    (e,) = _events("Artillery fire hit a market in Monabbih district of Saada on Tuesday.")
    assert e.location.name == "Monabbih" and e.location.point is not None
    assert distance_km(e.location.point, MONABBIH) < 10


def test_a_list_of_regions_is_no_chain() -> None:
    # a comma links only the last name of a chain: "A, B, C" is a list
    text = "Teams flew to Hawaii and Guam, Louisiana, Nevada this spring."
    assert all(len(run) == 2 for run in chains(text))
    text = "Clashes in Matias Romero, Oaxaca State, Mexico, on Wednesday."
    assert ["Matias Romero", "Oaxaca State", "Mexico"] not in [[n.text for n in run] for run in chains(text)]


def test_a_region_of_a_list_keeps_its_reading(gaz) -> None:  # type: ignore[no-untyped-def]
    from frontlog.nlp import load_nlp
    from frontlog.places.resolve import resolve_places

    doc = load_nlp()("Crews are heading to Guam, Louisiana and Nevada next week.")
    found = {m.text: m.place for m in resolve_places(doc, gaz)}
    assert found["Louisiana"].precision == "admin1" and found["Louisiana"].country == "United States"


def test_a_border_district_is_a_district(gaz) -> None:  # type: ignore[no-untyped-def]
    # "X border district": the district word after "border" calls X a district (Baqim, Sa'dah)
    (e,) = _events("Rockets fell on farms in Baqem border district on Sunday, the Houthis said.")
    assert e.location.admin1 == "Şa‘dah" and e.location.point is not None
    assert distance_km(e.location.point, BAQIM) < 10
    # and the district of a chain, not a village spelt like it ("Al Ma'nibah", 60 km east)
    (e,) = _events(
        "Artillery shelled homes in the border district of Munabbih in Saada governorate on Monday."
    )
    assert e.location.name == "Monabbih" and e.location.point is not None
    assert distance_km(e.location.point, MONABBIH) < 10


def test_a_hilltop_or_a_junction_of_the_chain_is_read_inside_its_district(gaz) -> None:  # type: ignore[no-untyped-def]
    # Session 14 (geome): "X hilltop in Y district, Z", "X junction in Y of Z" are chains as "X area
    # in Y" is: the hill is no town of Al Bayda 250 km away (nor the junction the village Qaytah of Raymah), but
    # a place the gazetteer lacks in Bura
    (e,) = _events(
        "Snipers killed two soldiers on al-Baidha hilltop in Bura district, Al Hudaydah, on Tuesday."
    )
    assert e.location.point is not None and distance_km(e.location.point, BURA) < 15
    (e,) = _events("Rebels shelled an army post at Qaytah junction in Bura of Al Hudaydah on Friday.")
    assert e.location.point is not None and distance_km(e.location.point, BURA) < 15


def test_a_district_of_a_region_s_possessive_is_a_chain() -> None:
    # Session 14 (geome): "the Z province's Y district" names Y inside Z, as "Y district of Z province" does
    text = "Gendarmes found a cache in the Ortakoy village of the Bitlis province's Hizan district on Monday."
    assert [[n.text for n in run] for run in chains(text)] == [["Ortakoy", "Hizan", "Bitlis"]]


def test_a_region_s_central_district_is_its_seat(gaz) -> None:  # type: ignore[no-untyped-def]
    # Turkish "Merkez" (centre) is the district of a province's seat: not the village of Merkez in Canakkale
    (e,) = _events(
        "A roadside bomb wounded two soldiers in the Ortakoy village of the Kilis province's Merkez district on Friday."
    )
    assert e.location.name == "Kilis" and e.location.precision == "city"
    (e,) = _events("A mine exploded in the Sirnak province's Merkez district on Monday.")
    assert e.location.admin1 == "Şırnak" and e.location.precision == "city"
