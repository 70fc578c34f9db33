"""The actor lexicon's public functions: context and period rules, ACLED names, inter codes."""

from __future__ import annotations

from datetime import date

import pytest

from frontlog.actors import ActorLexicon, acled_key, interaction, load_actor_lexicon
from frontlog.actors.loader import build_lexicon


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return load_actor_lexicon()


def label_of(lex: ActorLexicon, phrase: str) -> str:
    hits = [lab for lab, aliases in lex.aliases.items() if phrase in aliases]
    assert len(hits) == 1, f"{phrase!r} is an alias of {hits}"
    return hits[0]


def test_every_alias_means_one_thing(lex: ActorLexicon) -> None:
    owners: dict[str, set[str]] = {}
    for lab, aliases in lex.aliases.items():
        for a in aliases:
            owners.setdefault(a.lower().replace("-", " "), set()).add(lab)
    assert {a: o for a, o in owners.items() if len(o) > 1} == {}


@pytest.mark.parametrize(
    ("phrase", "country", "when", "actor"),
    [
        ("coalition warplanes", "YE", date(2019, 6, 1), "Saudi-led coalition"),
        ("coalition warplanes", "SY", date(2017, 6, 1), "US-led coalition"),
        ("coalition forces", "AF", date(2012, 6, 1), "NATO forces"),
        ("Saudi-led coalition", "SY", date(2019, 6, 1), "Saudi-led coalition"),
        ("US drones", "SO", date(2019, 6, 1), "US armed forces"),
        ("US drones", "SY", date(2019, 6, 1), "US-led coalition"),
        ("Afghan forces", "AF", date(2020, 6, 1), "Afghan government forces"),
        ("Afghan forces", "AF", date(2022, 6, 1), "Taliban"),
        ("soldiers", "KE", date(2016, 6, 1), "Kenyan government forces"),
        ("police officers", "KE", date(2016, 6, 1), "Kenyan police"),
        ("police officers", "SY", date(2016, 6, 1), "Syrian government forces"),
        ("rebels", "YE", date(2016, 6, 1), "Houthis"),
        ("rebels", "SD", date(2018, 6, 1), "Sudan People's Liberation Movement-North"),
        ("rebels", "SD", date(2023, 6, 1), "Rapid Support Forces"),
        ("militants", "SO", date(2016, 6, 1), "Al-Shabaab"),
        ("militants", "EG", date(2016, 6, 1), "Unidentified armed group"),
        ("warplanes", "YE", date(2016, 6, 1), "Saudi-led coalition"),
        ("Kurdish fighters", "SY", date(2014, 10, 1), "People's Protection Units (YPG)"),
        ("Kurdish fighters", "SY", date(2017, 10, 1), "Syrian Democratic Forces"),
        ("settlers", "PS", date(2024, 6, 1), "Israeli settlers"),  # (session 14)
        ("separatists", "CM", date(2021, 6, 1), "Ambazonian separatists"),
    ],
)
def test_context_rules(lex: ActorLexicon, phrase: str, country: str, when: date, actor: str) -> None:
    assert lex.resolve(label_of(lex, phrase), country=country, when=when) == actor


def test_militants_follow_the_group_the_article_names(lex: ActorLexicon) -> None:
    label = label_of(lex, "militants")
    named = frozenset({"Islamic State West Africa Province"})
    assert lex.resolve(label, country="NG", named=named) == "Islamic State West Africa Province"
    assert lex.resolve(label, country="NG") == "Boko Haram"


def test_modifiers_by_country(lex: ActorLexicon) -> None:
    assert lex.modifier("coalition", country="YE") == "Saudi-led coalition"
    assert lex.modifier("Coalition", country="IQ") == "US-led coalition"
    assert lex.modifier("coalition") == "US-led coalition"
    assert lex.modifier("US", country="SO") == "US armed forces"
    assert lex.modifier("Houthi") == "Houthis"
    assert lex.modifier("nonsense") is None


@pytest.mark.parametrize(
    ("actor", "country", "when", "name", "inter"),
    [
        ("Syrian government forces", "SY", date(2018, 1, 5), "Military Forces of Syria (2000-2024)", 1),
        ("Syrian government forces", "SY", date(2025, 3, 1), "Military Forces of Syria (2024-)", 1),
        ("Kenyan police", "KE", date(2016, 1, 1), "Police Forces of Kenya (2013-2022)", 1),
        ("Kenyan police", "KE", date(2023, 1, 1), "Police Forces of Kenya (2022-)", 1),
        ("Civilians", "YE", date(2019, 1, 1), "Civilians (Yemen)", 7),
        ("Civilians", "CD", date(2019, 1, 1), "Civilians (Democratic Republic of Congo)", 7),
        ("Civilians", "PS", date(2019, 1, 1), "Civilians (Palestine)", 7),
        ("Protesters", "KE", date(2019, 1, 1), "Protesters (Kenya)", 6),
        ("Rioters", "NG", date(2019, 1, 1), "Rioters (Nigeria)", 5),
        ("Unidentified armed group", "SO", date(2019, 1, 1), "Unidentified Armed Group (Somalia)", 3),
        ("Taliban", "AF", date(2020, 3, 1), "Taliban", 2),
        ("Taliban", "AF", date(2022, 3, 1), "Military Forces of Afghanistan (2021-)", 1),
        ("Afghan government forces", "AF", date(2020, 3, 1), "Military Forces of Afghanistan (2014-2021)", 1),
        ("Houthis", "YE", date(2018, 1, 1), "Military Forces of Yemen (2016-) Supreme Political Council", 1),
        ("Houthis", "SA", date(2018, 1, 1), "Military Forces of Yemen (2016-) Supreme Political Council", 8),
        ("Saudi-led coalition", "YE", date(2018, 1, 1), "Operation Restoring Hope", 8),
        ("Russian armed forces", "UA", date(2023, 1, 1), "Military Forces of Russia (2000-)", 8),
        ("Russian armed forces", "RU", date(2023, 1, 1), "Military Forces of Russia (2000-)", 1),
        ("Ukrainian armed forces", "RU", date(2024, 9, 1), "Military Forces of Ukraine (2019-)", 8),
        ("Israeli armed forces", "PS", date(2018, 1, 1), "Military Forces of Israel (2009-2021)", 8),
        ("Boko Haram", "NG", date(2016, 1, 1), "Boko Haram - Wilayat Gharb Ifriqiyyah", 2),
        ("Islamic State West Africa Province", "NG", date(2020, 1, 1), "Islamic State (West Africa)", 2),
        ("African Union mission in Somalia", "SO", date(2023, 1, 1),
         "ATMIS: African Union Transition Mission in Somalia (2022-2024)", 8),
        ("Rapid Support Forces", "SD", date(2016, 1, 1), "RSF: Rapid Support Forces", 3),
        ("Rapid Support Forces", "SD", date(2023, 6, 1), "RSF: Rapid Support Forces", 2),
        ("Islamic State", "IQ", date(2018, 1, 1), "Islamic State (Iraq)", 2),
        ("Popular Mobilisation Forces", "IQ", date(2018, 1, 1),
         "Military Forces of Iraq (2014-2018) Popular Mobilization Forces", 1),
        ("Myanmar armed forces", "MM", date(2022, 1, 1), "Military Forces of Myanmar (2021-)", 1),
    ],
)  # fmt: skip
def test_acled_names(lex: ActorLexicon, actor: str, country: str, when: date, name: str, inter: int) -> None:
    got = lex.acled(actor, country=country, when=when)
    assert got is not None and (got.name, got.inter) == (name, inter)


def test_unknown_actor_keeps_its_name(lex: ActorLexicon) -> None:
    got = lex.acled("Some Brigade", country="SY", when=None)
    assert got is not None and got.name == "Some Brigade" and got.inter == 2
    assert lex.acled(None, country="SY", when=None) is None


def test_interaction_codes() -> None:
    assert interaction(7, 1) == 17
    assert interaction(1, 2) == 12
    assert interaction(2, None) == 20
    assert interaction(None, 6) == 60
    assert interaction(8, 8) == 88
    assert interaction(None, None) is None


def test_coding_reads_the_event_country_by_name(lex: ActorLexicon) -> None:
    c = lex.coding("Civilians", "Syrian government forces", country="Syria", when=date(2018, 2, 1))
    assert c.actor1_acled == "Civilians (Syria)"
    assert c.actor2_acled == "Military Forces of Syria (2000-2024)"
    assert (c.inter1, c.inter2, c.interaction) == (7, 1, 17)
    assert lex.coding(
        "Civilians", None, country="Democratic Republic of the Congo", when=None
    ).actor1_acled == ("Civilians (Democratic Republic of Congo)")
    assert lex.coding(None, None, country="Syria", when=None).interaction is None


def test_crowds(lex: ActorLexicon) -> None:
    assert lex.crowd_pair("Protests", "Kenyan police", None) == ("Protesters", "Kenyan police")
    assert lex.crowd_pair("Protests", None, "Civilians") == ("Protesters", None)
    assert lex.crowd_pair("Riots", None, "Civilians") == ("Rioters", "Civilians")
    assert lex.crowd_pair("Riots", "Kenyan police", "Rioters") == ("Rioters", "Kenyan police")
    assert lex.crowd_pair("Battles", "Taliban", None) == ("Taliban", None)
    # a crowd ACLED names is its riot's own crowd (session 14)
    assert lex.crowd_pair("Riots", "Israeli settlers", "Civilians") == ("Israeli settlers", "Civilians")
    assert lex.crowd_pair("Riots", "Israeli settlers", None) == ("Israeli settlers", None)


def test_acled_pair_victims_and_order(lex: ActorLexicon) -> None:
    """ACLED's pair: violence against civilians has its civilians, a mob's killing its victims, the
    forces first in excessive force (session 12)."""
    assert lex.acled_pair("Violence against civilians", "Attack", "Al-Shabaab", None) == ("Al-Shabaab", "Civilians")
    assert lex.acled_pair("Violence against civilians", "Attack", None, None, country="KE") == (
        "Unidentified armed group", "Civilians")
    assert lex.acled_pair("Riots", "Mob violence", None, None, fatalities=1) == ("Rioters", "Civilians")
    assert lex.acled_pair("Riots", "Mob violence", None, None, fatalities=None) == ("Rioters", "Civilians")  # (session 14)
    assert lex.acled_pair("Violence against civilians", "Attack", "Kenyan police", "Pokot ethnic militia") == (
        "Kenyan police", "Pokot ethnic militia")  # a named side is kept
    assert lex.acled_pair("Protests", "Excessive force against protesters", "Protesters", "Kenyan police") == (
        "Kenyan police", "Protesters")
    assert lex.acled_pair("Protests", "Protest with intervention", "Kenyan police", None) == (
        "Protesters", "Kenyan police")
    assert lex.acled_pair("Battles", "Armed clash", "Taliban", None) == ("Taliban", None)


def test_acled_key() -> None:
    assert acled_key("HTS: Hayat Tahrir al-Sham") == acled_key("Hayat Tahrir al-Sham")
    assert acled_key("People's Protection Units (YPG)") == acled_key("Peoples Protection Units")
    assert acled_key("Civilians (Syria)") != acled_key("Civilians (Iraq)")
    a, b = "Police Forces of Kenya (2013-)", "Police Forces of Kenya (2013-2022)"
    assert acled_key(a) != acled_key(b)
    assert acled_key(a, periods=False) == acled_key(b, periods=False)


def _raw(**extra: object) -> dict[str, object]:
    raw: dict[str, object] = {"actors": [{"name": "A", "kind": "nonstate", "aliases": ["the A"]}]}
    raw.update(extra)
    return raw


def test_loader_checks_names() -> None:
    assert build_lexicon(_raw()).kinds == {"A": "nonstate"}
    with pytest.raises(ValueError, match="unknown actor"):
        build_lexicon(_raw(context_aliases=[{"aliases": ["x"], "rules": [{"actor": "B"}]}]))
    with pytest.raises(ValueError, match="kind"):
        build_lexicon({"actors": [{"name": "A", "kind": "army", "aliases": []}]})
    with pytest.raises(ValueError, match="ISO2"):
        build_lexicon(_raw(states=[{"country": "XX", "adjectives": ["X"]}]))
    with pytest.raises(ValueError, match="valid period"):
        build_lexicon(_raw(context_aliases=[{"aliases": ["x"], "rules": [{"actor": "A", "valid": "2020"}]}]))


def test_states_give_forces_with_periods() -> None:
    raw = _raw(
        templates={"military": ["{adj} army"], "police": ["{adj} police"]},
        states=[
            {
                "country": "KE",
                "adjectives": ["Kenyan"],
                "regimes": {"2013-2022": "..2022-09", "2022-": "2022-10.."},
            }
        ],
    )
    lex = build_lexicon(raw)
    assert lex.aliases["A:Kenyan government forces"] == ["Kenyan army"]
    assert lex.are_allies("Kenyan government forces", "Kenyan police")
    got = lex.acled("Kenyan government forces", country="KE", when=date(2010, 1, 1))
    assert got is not None and got.name == "Military Forces of Kenya (2013-2022)"
    got = lex.acled("Kenyan police", country="SO", when=date(2024, 1, 1))
    assert got is not None and (got.name, got.inter) == ("Police Forces of Kenya (2022-)", 8)


def test_settlers_only_in_israel_and_palestine(lex: ActorLexicon) -> None:
    """Bare "settlers" are Israel's only there: Nigeria's "settlers and indigenes" are no actor (session 14)."""
    assert lex.resolve(label_of(lex, "settlers"), country="IL", when=date(2024, 6, 1)) == "Israeli settlers"
    assert lex.resolve(label_of(lex, "settlers"), country="NG", when=date(2024, 6, 1)) is None
