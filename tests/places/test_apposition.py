"""A town and the region or country the text puts it in ("Grantville, Pennsylvania", "Albany,
GA", "Greenwood, W. Va."), and a dateline's town ("WASHINGTON (AP) —")."""

from __future__ import annotations

from passage.record import Article
from passage.stages.places import annotate
from passage.stages.places.recognise import apposed_unit
from passage.stages.places.stage import resolve_spans
from tests.places.spans import spans_of


def _places(text: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for m in annotate(Article(text=text, language="en")).places:
        out.setdefault(m.text, []).append(m)
    return out


def test_a_town_known_only_elsewhere_is_put_in_the_region_the_text_names(index) -> None:
    # the gazetteer knows Grantvilles in Georgia and Utah, not this one: the state's point, near
    # a town, not a namesake two states away; and the later mention means the same place
    text = (
        "Martha was born in Grantville, Pennsylvania, in 1913 and later taught school in "
        "Grantville for thirty years."
    )
    first, _state, later = resolve_spans(
        text, spans_of(text, "Grantville", "Pennsylvania", "Grantville")
    )
    for m in (first, later):
        assert m.admin1 == "Pennsylvania" and m.country == "US"
        assert m.kind == "region" and m.precision == 2


def test_a_town_keeps_only_its_readings_in_the_region_after_it(index) -> None:
    # the state is not a given span: the text after the comma says it all the same
    text = "Crowds celebrated St. Patrick's Day in Dublin, Ohio, on Saturday."
    (dublin,) = resolve_spans(text, spans_of(text, "Dublin"))
    assert (dublin.kind, dublin.country, dublin.admin1) == ("town", "US", "Ohio")


def test_postal_codes_and_newspaper_abbreviations_name_the_state(index) -> None:
    places = _places("Police in Albany, GA, arrested a man on Friday after a long search.")
    assert places["Albany"][0].admin1 == "Georgia"
    places = _places("A barn burned near Greenwood, W. Va., on Sunday, firefighters said.")
    assert places["Greenwood"][0].admin1 == "West Virginia"


def test_a_list_of_states_is_not_a_town_and_its_state(index) -> None:
    text = "Cases were confirmed in Illinois, Missouri and Ohio last week."
    illinois, missouri, ohio = resolve_spans(text, spans_of(text, "Illinois", "Missouri", "Ohio"))
    assert (illinois.kind, illinois.admin1) == ("region", "Illinois")
    assert (missouri.kind, missouri.admin1) == ("region", "Missouri")


def test_only_a_whole_name_after_the_comma_is_a_unit() -> None:
    text = "Talks between Russian, South Ossetian and Georgian officials resumed."
    end = text.index("Russian") + len("Russian")
    assert apposed_unit(text, end) == ("", [], [])  # "South" alone is a region of Cameroon
    text = "He lived in Orient, Ohio. Family members visited him there."
    name, units, _readings = apposed_unit(text, text.index(","))
    assert name.rstrip(".") == "Ohio" and units[0].admin1 == "Ohio"


def test_a_town_in_a_list_of_towns_is_not_moved_to_a_namesake_region(index) -> None:
    # "Hama" is first a town: "Tadmur, Hama" is a list, not Tadmur in the Hama governorate
    text = "Air strikes hit Tadmur, Hama and Homs on Tuesday."
    tadmur, hama, _homs = resolve_spans(text, spans_of(text, "Tadmur", "Hama", "Homs"))
    assert tadmur.kind == "town" and tadmur.country == "SY"
    assert hama.kind == "town"


def test_a_dateline_in_capitals_is_the_town_the_story_was_filed_from(index) -> None:
    text = "WASHINGTON (AP) — The president pardoned a turkey on Tuesday."
    (m,) = resolve_spans(text, spans_of(text, "WASHINGTON"))
    assert m.kind == "town" and abs(m.lat - 38.9) < 0.3 and abs(m.lon + 77.0) < 0.3


def test_a_name_put_in_one_region_twice_is_there_at_its_bare_mentions_too(index) -> None:
    text = (
        "She was born in Grantville, Pennsylvania, moved back to Grantville, Pennsylvania, in "
        "1950 and taught school in Grantville."
    )
    spans = spans_of(text, "Grantville", "Pennsylvania", "Grantville", "Pennsylvania", "Grantville")
    resolved = resolve_spans(text, spans)
    assert {(m.text, m.admin1) for m in resolved} == {
        ("Grantville", "Pennsylvania"),
        ("Pennsylvania", "Pennsylvania"),
    }


def test_a_name_put_in_two_regions_is_left_to_the_context_elsewhere(index) -> None:
    text = (
        "Police in Albany, GA, and Albany, N.Y., issued warnings; Albany officials said "
        "more would follow."
    )
    places = _places(text)
    first, second = places["Albany"][:2]
    assert (first.admin1, second.admin1) == ("Georgia", "New York")
