"""Names written with an Arabic article spelt apart ("Ad Dali"; the tagger leaves the article out of
the span): the readings whose own names carry an article win over places elsewhere named like the
bare word; names listed before one plural district word are each a
district (places/listed_units.py). Issue 15, made-up sentences."""

from __future__ import annotations

from frontlog.places.articles import article_readings
from frontlog.places.gazetteer import GazEntry, load_gazetteer
from tests.places.test_districts import _place


def test_an_article_names_the_arab_town_not_the_bare_word_abroad() -> None:
    # Dali is also a Chinese city of some 600,000 people; "Ad Dali" is Yemen's
    p = _place("A mortar shell exploded in a village north of Ad Dali on Monday.")
    assert p.country == "Yemen"


def test_readings_without_the_article_are_kept_when_none_has_it() -> None:
    gaz = load_gazetteer()
    dali = GazEntry(1, "Dali", 25.6, 100.2, "CN", None, 600_000, "city")
    ad_dali = GazEntry(2, "Ad Dali'", 13.7, 44.7, "YE", None, 40_000, "city")
    assert article_readings("Ad Dali", [dali, ad_dali], gaz) == [ad_dali]
    assert article_readings("Dali", [dali, ad_dali], gaz) == [dali, ad_dali]  # no article written
    text = "Shells fell north of Ad Dali."
    assert article_readings("Dali", [dali, ad_dali], gaz, text, text.index("Dali")) == [ad_dali]
    text = "As Dali grew, ..."  # an English word, no article
    assert article_readings("Dali", [dali, ad_dali], gaz, text, text.index("Dali")) == [dali, ad_dali]
    other = GazEntry(3, "Dali", 10.0, 10.0, "NG", None, 5_000, "city")
    assert article_readings("Ad Dali", [dali, other], gaz) == [dali, other]  # none carries one


def test_each_name_listed_before_a_plural_district_word_is_a_district() -> None:
    # "Razih, Shada and Ghamr border districts": Razih is called a district too (its seat An Nazir),
    # not an unknown place of the Saudi soldiers' country
    p = _place("Saudi artillery fired into Razih, Shada and Ghamr border districts on Monday.")
    assert p.country == "Yemen" and p.precision == "city"
    assert abs(p.lat - 16.91) < 0.1 and abs(p.lon - 43.26) < 0.1
