"""A place the text puts at a distance and bearing from a town ("X (25km NW of Y)") lies there
(places/offset.py), and Mogadishu's districts are parts of Mogadishu (data/city_parts.tsv).
Made-up sentences."""

from __future__ import annotations

from importlib import resources

from frontlog.places import index as ix
from frontlog.places.gazetteer import distance_km, load_gazetteer
from frontlog.places.offset import offset_after, project
from tests.places.test_lone import _place

BAIDOA = (3.114, 43.650)
MOGADISHU = (2.037, 45.344)
BUUHOODLE = (8.231, 46.327)
LEEGO = (2.716, 44.512)  # a village of Bay region in the place index (GeoNames 54886)


def test_project_moves_a_point_along_a_bearing() -> None:
    lat, lon = project((0.0, 0.0), 0.0, 111.2)
    assert abs(lat - 1.0) < 0.01 and abs(lon) < 1e-6
    far = project(BAIDOA, 315.0, 25.0)  # north-west
    assert abs(distance_km(BAIDOA, far) - 25.0) < 0.1
    assert far[0] > BAIDOA[0] and far[1] < BAIDOA[1]


def test_the_phrase_is_read_in_its_usual_forms() -> None:
    gaz = load_gazetteer()
    for text in ("Qoraxlow (25km NW of Baidoa) on", "Qoraxlow, about 25 kilometres north-west of Baidoa,",
                 "Qoraxlow village (approx. 25 KM NW of Baidoa)", "Qoraxlow, some 15.5 miles northwest of Baidoa"):  # fmt: skip
        off = offset_after(text, len("Qoraxlow"), gaz)
        assert off is not None, text
        assert abs(distance_km(BAIDOA, off.point) - 25.0) < 1.0, text
    assert offset_after("Qoraxlow, near Baidoa", len("Qoraxlow"), gaz) is None
    assert offset_after("Qoraxlow (25km NW of Nowhereville)", len("Qoraxlow"), gaz) is None


def test_a_village_no_gazetteer_has_is_coded_at_the_point_the_text_gives() -> None:
    p = _place("Militiamen burned houses in Qoraxlow (25km NW of Baidoa) on Monday, killing two herders.")
    assert p.name == "Qoraxlow" and p.country == "Somalia" and p.point is not None
    assert abs(distance_km(BAIDOA, p.point) - 25.0) < 1.0  # not at Baidoa itself


def test_a_village_of_the_index_is_let_in_by_the_phrase() -> None:
    # no country named: the phrase alone is the local evidence for the village of Bay region
    p = _place("Gunmen ambushed a lorry near Leego (45km SE of Buur Hakaba) on Tuesday, killing the driver.")
    assert p.name == "Leego" and p.geonameid == 54886
    assert p.point is not None and distance_km(p.point, LEEGO) < 1


def test_a_hamlet_abroad_is_no_town_to_measure_from() -> None:
    # the article's country is Sudan; "Golo" is no town of Sudan in the gazetteer, only a hamlet of
    # Guinea-Bissau: no point is made up there
    gaz = load_gazetteer()
    assert offset_after("Tir Janga, 10km southeast of Golo.", len("Tir Janga"), gaz, {"SD": 2}) is None


def test_mogadishu_districts_are_parts_of_mogadishu() -> None:
    p = _place("Unknown gunmen shot dead a shopkeeper in Wardhigley District on Friday evening.")
    assert p.country == "Somalia" and p.point is not None and distance_km(p.point, MOGADISHU) < 15
    p = _place("Two soldiers were wounded in a grenade attack in Hodan district on Sunday, Somali police said.")
    assert p.name == "Hodan" and p.point is not None and distance_km(p.point, MOGADISHU) < 15


def test_packaged_city_parts_file_says_where_it_comes_from() -> None:
    head = (resources.files("frontlog.places") / "data" / ix.PARTS_FILE).read_text("utf-8")[:1200]
    assert "source:" in head and "licence:" in head and "known problems:" in head
    rows = [r for r in ix.wof_rows({}) if r.fcode == "PPLX" and r.cc == "SO"]
    assert len(rows) >= 17 and all(not r.loose for r in rows)


def test_a_hyphenated_name_the_tagger_cut_keeps_its_phrase() -> None:
    # the tagger takes "Bali" (Indonesia's island) of "Bali-Hadhac": the phrase follows the whole name
    p = _place("Militiamen overran a camp in Bali-Hadhac (62km NE of Buuhoodle) on Monday.")
    assert p.country == "Somalia" and p.point is not None
    assert 50 < distance_km(p.point, BUUHOODLE) < 75
    assert p.name == "Bali-Hadhac"
