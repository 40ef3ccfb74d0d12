"""The outlet's home from its URL, airports as places, and a state named as such ("New York
state", "Buffalo, New York")."""

from __future__ import annotations

from passage.record import Article
from passage.stages.places import annotate
from passage.stages.places.gazetteer import airport_names
from passage.stages.places.outlet import outlet_hint
from passage.stages.places.resolver import haversine_km
from passage.stages.places.stage import resolve_spans
from tests.places.spans import spans_of

NYC = (40.71, -74.01)


def test_a_hostname_of_outlet_words_and_a_town_names_the_home(index) -> None:
    hint = outlet_hint("http://www.athensreview.com/local/story.html", "en")
    assert hint.names == ("athens",) and hint.countries == {"US"} and not hint.national
    assert outlet_hint("https://theparisnews.com/x", "en").names == ("paris",)
    assert outlet_hint("http://www.lasvegassun.com/news/", "en").names == ("lasvegas",)
    wales = outlet_hint("https://www.walesonline.co.uk/news/1", "en")
    assert wales.names == ("wales",) and wales.countries == {"GB"} and wales.national
    # ".com" is American only for English news; a country's own domain says so in any language
    assert outlet_hint("https://theparisnews.com/x", "fr").countries == frozenset()


def test_a_hostname_with_no_place_gives_no_home(index) -> None:
    for url in (
        "http://www.latimes.com/news/local/",  # "la" is too short to be a town
        "http://www.theday.com/re.aspx",
        "https://www.cbsnews.com/news/story",
        "http://news.postbulletin.com/newsmanager/",
        None,
        "not a url",
    ):
        hint = outlet_hint(url, "en")
        # a ".com" still leans to a country (see W_LEAN), but names no home
        assert hint is None or hint.names == (), url
    assert outlet_hint(None, "en") is None and outlet_hint("not a url", "en") is None


def test_a_local_paper_reads_its_town_as_its_home(index) -> None:
    text = "Jordan City Council approved the budget. Jordan police chief said the roads are safe."
    spans = spans_of(text, "Jordan", "Jordan")
    bare = resolve_spans(text, spans)
    local = resolve_spans(text, spans, url="http://www.jordannews.com/news/1", language="en")
    assert bare[0].kind == "country" and bare[0].country == "JO"
    assert [(m.country, m.admin1, m.kind) for m in local] == [("US", "Minnesota", "town")] * 2


def test_the_home_settles_a_namesake_nearby(index) -> None:
    text = "Dublin City Council met on Monday; Dublin's mayor spoke about the schools."
    spans = spans_of(text, "Dublin", "Dublin")
    url = "http://columbuslocalnews.com/articles/2009/03/18/dublin_news/council.txt"
    assert resolve_spans(text, spans)[0].country == "IE"
    local = resolve_spans(text, spans, url=url, language="en")
    assert {(m.country, m.admin1) for m in local} == {("US", "Ohio")}


def test_the_article_settles_which_namesake_the_home_is(index) -> None:
    # a Gainesville paper in an article about Hall County, Georgia is the Georgia one
    text = "Gainesville officials and Hall County commissioners met in Georgia on Monday."
    spans = spans_of(text, "Gainesville", "Hall County", "Georgia")
    m = resolve_spans(text, spans, url="http://www.gainesvilletimes.com/a/1", language="en")[0]
    assert (m.country, m.admin1) == ("US", "Georgia")


def test_the_stage_takes_the_home_from_the_article_url(index) -> None:
    text = "Jordan City Council approved the budget on Tuesday."
    plain = annotate(Article(text=text, language="en")).places
    local = annotate(
        Article(text=text, language="en", url="http://www.jordannews.com/news/1")
    ).places
    assert plain[0].country == "JO"
    assert (local[0].country, local[0].admin1) == ("US", "Minnesota")


def test_a_national_domain_admits_no_home_abroad(index) -> None:
    # burtonmail.co.uk: no British town is named plain "Burton", and no American one may be
    text = "Burton beat Bolton and Southampton at home."
    spans = spans_of(text, "Burton", "Bolton", "Southampton")
    url = "https://www.burtonmail.co.uk/sport/1"
    assert resolve_spans(text, spans, url=url, language="en")[0].country != "US"


def test_airport_names_drop_the_town_served_and_keep_people_with_their_airport() -> None:
    names, primary = airport_names("London Heathrow Airport", "London")
    assert primary == "London Heathrow Airport"
    assert {"Heathrow", "Heathrow Airport", "aéroport de Heathrow"} <= names
    names, _ = airport_names("Charles de Gaulle International Airport", "Paris")
    assert "Charles de Gaulle Airport" in names and "aéroport Charles de Gaulle" in names
    assert "Charles de Gaulle" not in names  # a man before an airport
    names, _ = airport_names("Edmonton International Airport", "Edmonton")
    assert "Edmonton" not in names  # the town's own name stays the town's


def test_an_airport_is_a_place_of_its_own(index) -> None:
    text = "Flights from Heathrow to Paris were cancelled, and Gatwick Airport closed in London."
    spans = spans_of(text, "Heathrow", "Paris", "Gatwick Airport", "London")
    heathrow, _paris, gatwick, _london = resolve_spans(text, spans)
    assert heathrow.gazetteer_id == "airport:EGLL" and heathrow.country == "GB"
    assert heathrow.kind == "town" and heathrow.precision == 1
    assert gatwick.gazetteer_id == "airport:EGKK"
    assert index.by_id("airport:EGLL").admin1 == "England"


def test_a_state_named_as_such_is_the_state(index) -> None:
    text = (
        "The girl was from Buffalo, New York. New York state governor David Paterson spoke. "
        "Former New York Gov. Mario Cuomo said so."
    )
    spans = spans_of(text, "Buffalo", "New York", "New York", "New York")
    _buffalo, *states = resolve_spans(text, spans)
    for m in states:
        assert m.kind == "region" and m.admin1 == "New York"
        # the state's point is not New York City's
        assert haversine_km((m.lat, m.lon), NYC) > 150


def test_the_city_stays_the_city_without_a_cue(index) -> None:
    text = "Prices rose in New York and Chicago last year."
    m = resolve_spans(text, spans_of(text, "New York", "Chicago"))[0]
    assert m.kind == "town" and haversine_km((m.lat, m.lon), NYC) < 20
