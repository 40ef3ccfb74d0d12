"""English places in local news: a generic domain leans to its country, a site is where the
place it is named after lies (if that agrees with the article) or the town the text puts it
in, a people's word or a compound's first half is its country, a name no gazetteer holds
takes the country named nearest or the paper's own town, a world region beats a hamlet named
after it, a river is not its county, a town's own bodies keep the town, a dotted state
abbreviation is the state, and people's double or spaced names are no places."""

from __future__ import annotations

from passage.record import Article
from passage.stages.places.stage import annotate, resolve_spans
from tests.places.spans import spans_of

COUNCIL = "Mansfield council will vote on the library budget. The council meets on Monday."


def _names(text: str) -> list[str]:
    article = annotate(Article(text=text, language="en"))
    return [p.text for p in article.places]


def test_a_generic_domain_leans_to_its_country_for_a_lone_name(index) -> None:
    com = resolve_spans(
        COUNCIL,
        spans_of(COUNCIL, "Mansfield"),
        url="http://www.examplegazette.com/1",
        language="en",
    )
    uk = resolve_spans(
        COUNCIL, spans_of(COUNCIL, "Mansfield"), url="http://www.examplegazette.co.uk/1"
    )
    assert com[0].country == "US"
    assert uk[0].country == "GB"


def test_a_castle_is_in_the_town_it_is_named_after_in_the_papers_country(index) -> None:
    text = "The royal couple will marry at Windsor Castle in May. Shoppers queued for the cake."
    (m,) = resolve_spans(
        text, spans_of(text, "Windsor Castle"), url="https://www.examplemirror.co.uk/money/1"
    )
    assert (m.name, m.country, m.precision) == ("Windsor", "GB", 2)


def test_a_park_is_in_the_town_the_text_puts_it_in_not_a_namesake_far_away(index) -> None:
    text = (
        "Volunteers cleaned Shawnee Park in Dunbar on Saturday. The Kanawha County crew and "
        "Charleston police helped."
    )
    names = ("Shawnee Park", "Dunbar", "Kanawha County", "Charleston")
    park = resolve_spans(text, spans_of(text, *names))[0]
    assert (park.name, park.admin1, park.precision) == ("Dunbar", "West Virginia", 2)


def test_a_people_and_a_compounds_first_half_are_their_countries(index) -> None:
    text = "He was a Bosnian Serb who fought against Austro-Hungarian rule."
    serb, austro = resolve_spans(text, spans_of(text, "Serb", "Austro"))
    assert (serb.country, serb.kind) == ("RS", "country")
    assert (austro.country, austro.kind) == ("AT", "country")


def test_a_place_no_gazetteer_holds_takes_the_country_named_nearest(index) -> None:
    text = (
        "Flu cases rose in Mexico, Guadalajara and Monterrey, Mexico said. In Kenya, new "
        "cases were found at the Lake Basin clinic."
    )
    names = ("Mexico", "Guadalajara", "Monterrey", "Mexico", "Kenya", "Lake Basin")
    clinic = resolve_spans(text, spans_of(text, *names))[-1]
    assert clinic.country == "KE"


def test_a_local_papers_theatre_is_in_the_papers_country(index) -> None:
    text = "The band plays the Regal Theatre on Friday. Tickets are on sale now."
    (m,) = resolve_spans(
        text, spans_of(text, "Regal Theatre"), url="https://www.examplegazette.co.uk/whatson/1"
    )
    assert m.country == "GB"


def test_a_world_region_beats_a_hamlet_named_after_it(index) -> None:
    text = "Officials in Washington said the deal will bring stability to the Middle East."
    _washington, region = resolve_spans(text, spans_of(text, "Washington", "Middle East"))
    assert (region.kind, region.country) == ("region", None)


def test_a_surname_after_a_double_space_or_a_sentences_given_name_is_no_place(index) -> None:
    assert _names("Police also arrested Kimberly  Denton, 40. Denton was released on bail.") == []
    assert _names("Laura Denton died on Monday. Denton had taught for thirty years.") == []


def test_a_name_glued_to_a_surname_by_a_hyphen_is_no_place(index) -> None:
    assert _names("Such measures came too late for the family of Denton-Quarrie.") == []
    assert _names("The charity was founded by Oxford-Brumley in 1990.") == []
    # two places joined by a hyphen stay places
    assert _names("Talks on the Russia-Ukraine border resumed.") == ["Russia", "Ukraine"]


def test_a_towns_own_body_after_its_name_keeps_the_town(index) -> None:
    text = (
        "A kitchen fire broke out on Main Street on Sunday. The Litchfield Fire Department "
        "answered the call. Litchfield firefighters stayed until noon. Chicopee Mayor Ann "
        "Walsh thanked the crews."
    )
    assert _names(text) == ["Main Street", "Litchfield", "Litchfield", "Chicopee"]


def test_a_site_among_far_apart_regions_takes_the_one_named_nearest(index) -> None:
    text = (
        "The bill protects land in Oregon, Michigan and Colorado, and in Utah's Bryce Canyon Lodge."
    )
    names = ("Oregon", "Michigan", "Colorado", "Utah", "Bryce Canyon Lodge")
    lodge = resolve_spans(text, spans_of(text, *names))[-1]
    assert (lodge.name, lodge.precision) == ("Utah", 2)


def test_a_river_is_not_the_county_named_after_it(index) -> None:
    text = "Sandbags were stacked as the Red River rose past 30 feet in Fargo, North Dakota."
    river = resolve_spans(text, spans_of(text, "Red River", "Fargo", "North Dakota"))[0]
    assert river.admin1 == "North Dakota"


def test_a_state_read_inside_a_name_gives_way_to_the_county_the_text_names(index) -> None:
    text = (
        "A Tennessee Colony man was arrested on Friday. Deputies found him between Tennessee "
        "Colony and Montalba in northern Anderson County."
    )
    names = ("Tennessee Colony", "Tennessee Colony", "Montalba", "Anderson County")
    first = resolve_spans(text, spans_of(text, *names))[0]
    assert first.name == "Anderson County"


def test_a_site_a_local_paper_names_alone_is_near_the_papers_town(index) -> None:
    text = "Gardeners gathered at Riverbend Gardens on Saturday to swap seeds."
    (m,) = resolve_spans(
        text,
        spans_of(text, "Riverbend Gardens"),
        url="http://www.thedaytonherald.com/news/1",
        language="en",
    )
    assert (m.name, m.admin1, m.precision) == ("Dayton", "Ohio", 2)


def test_a_name_the_text_puts_in_a_far_town_is_a_place_of_that_town(index) -> None:
    text = "The chef trained at Lyon in Montreal before opening her own bistro in Quebec."
    lyon = resolve_spans(text, spans_of(text, "Lyon", "Montreal", "Quebec"), language="en")[0]
    assert (lyon.name, lyon.precision) == ("Montréal", 2)
    # where people come from, and a list of towns, are places of their own
    text = "Families who fled from Aden in Cairo asked for help. Flights to Lyon, Montreal resumed."
    aden, _cairo, lyon, _montreal = resolve_spans(
        text, spans_of(text, "Aden", "Cairo", "Lyon", "Montreal"), language="en"
    )
    assert aden.country == "YE" and lyon.country == "FR"


def test_a_dotted_state_abbreviation_is_the_state_not_a_town_of_that_name(index) -> None:
    article = annotate(
        Article(text="A man from Harmony, Pa., was hurt. HELENA, Mont. (AP) -", language="en")
    )
    read = {p.text: (p.name, p.country) for p in article.places}
    assert read["Pa."] == ("Pennsylvania", "US")
    assert read["Mont."] == ("Montana", "US")
