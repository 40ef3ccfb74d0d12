"""Acts told inside accusations and denials: striking a place of civilians ("accusé l'armée
d'avoir visé le marché"), a killing a party denies or is accused of ("denied killing
civilians"), homes burnt, an act after "اتهم X بـ" as X's own event, and people named by their
trade as the civilians struck. Sentences are made up in the style of wire copy."""

from __future__ import annotations

from datetime import date

from event_helpers import parsed, place, through

from passage.record import Article, Event

PUBLISHED = date(2025, 6, 11)


def events_of(text: str, lang: str = "fr", country: tuple[str, str] | None = None) -> list[Event]:
    a: Article = parsed(text, outlet="AFP", published=PUBLISHED, language_code=lang)
    if country is not None:
        written, name = country
        place(a, written, "country", name=name)
    return through(a).events


def one(text: str, lang: str = "fr") -> Event:
    found = events_of(text, lang)
    assert len(found) == 1, [(e.trigger.text, e.subtype) for e in found]
    return found[0]


def named(e: Event, role: str) -> set[str]:
    return {x.name for x in e.actors if x.role == role}


# --- French: striking a place of civilians -------------------------------------------------


def test_accused_of_targeting_a_market_is_an_attack_by_the_accused() -> None:
    e = one("Les rebelles ont accusé l'armée d'avoir visé le marché de Ndélé.")
    assert (e.trigger.text, e.subtype) == ("visé", "Attack")
    assert named(e, "actor") == {"l'armée"}
    assert named(e, "target") == {"Civilians"}


def test_accused_noun_carries_the_act_when_the_parse_hangs_it_there() -> None:
    e = one("Le Hamas a accusé l'armée israélienne d'avoir frappé une école à Rafah.")
    assert e.subtype == "Attack"
    assert named(e, "actor") == {"Israel Defense Forces"}


def test_a_denied_strike_on_a_hospital_is_still_told() -> None:
    e = one("Le ministère de la Défense réfute avoir frappé un hôpital à Zaporijia.")
    assert (e.trigger.text, e.subtype) == ("frappé", "Attack")
    assert named(e, "target") == {"Civilians"}


def test_the_weapon_named_makes_a_strike_on_a_hospital_remote_violence() -> None:
    e = one("L'aviation a visé un hôpital de Sebha, selon le ministère de la Santé.")
    assert e.subtype == "Air/drone strike"


def test_struck_by_a_crisis_or_a_virus_is_no_event() -> None:
    assert events_of("Le marché de Misrata a été frappé par la flambée des prix.") == []
    assert events_of("La maladie a frappé durement la région de Tombouctou.") == []
    assert events_of("Les nouvelles sanctions visent les dirigeants de la junte.") == []


# --- English: the act inside a denial or an accusation -------------------------------------


def test_denied_killing_civilians_is_an_attack_by_the_denier() -> None:
    e = one("Soldiers denied killing civilians near Djibo.", "en")
    assert e.subtype == "Attack"
    assert named(e, "actor") == {"Soldiers"}
    assert named(e, "target") == {"Civilians"}


def test_accused_of_killing_names_the_accused_as_killer() -> None:
    e = one("The army accused the rebels of killing teachers in Kayin.", "en")
    assert e.subtype == "Attack"
    assert named(e, "actor") == {"the rebels"}


def test_a_killing_condemned_is_not_done_by_who_condemns_it() -> None:
    e = one("Soldiers condemned the killing of a farmer near Djibo.", "en")
    assert "Soldiers" not in named(e, "actor")


def test_gangs_burning_homes_is_property_destruction() -> None:
    e = one("Armed gangs were burning houses in Mirebalais, witnesses said.", "en")
    assert e.subtype == "Looting/property destruction"
    assert events_of("The blaze was burning for hours near the port.", "en") == []


def test_people_named_by_their_trade_are_civilians_struck() -> None:
    e = one("Gunmen killed four farmers near Gwoza on Sunday.", "en")
    assert named(e, "target") == {"Civilians"}


# --- Arabic: the accused's act is its own event --------------------------------------------


def test_an_act_after_an_accusation_is_the_accused_own_event() -> None:
    text = "نفى الجيش مسؤوليته عن الغارة واتهم روسيا بقصف مدرسة في سراقب."
    found = events_of(text, "ar", country=("روسيا", "Russia"))
    by_trigger = {e.trigger.text: e for e in found}
    assert set(by_trigger) == {"الغارة", "بقصف"}
    assert named(by_trigger["بقصف"], "actor") == {"Russian forces"}
    assert named(by_trigger["الغارة"], "actor") != {"Russian forces"}


def test_the_party_named_last_before_the_act_is_the_accused() -> None:
    e = one("اتهمت الحكومة قوات الدعم السريع بنهب مخازن الغذاء في الأبيض.", "ar")
    assert named(e, "actor") == {"Rapid Support Forces"}


def test_a_party_accused_in_the_passive_did_the_killing() -> None:
    e = one("The militia was accused of killing a village chief near Beni.", "en")
    assert e.subtype == "Attack"
    assert named(e, "actor") != set() and "Civilians" not in named(e, "actor")
    assert named(e, "target") == {"Civilians"}


def test_a_title_of_several_words_names_a_civilian_struck() -> None:
    e = one("Des hommes armés ont tué un chef coutumier près de Kaya.")
    assert named(e, "target") == {"Civilians"}
    e = one("Des assaillants ont enlevé le chef de village de Tillabéri.")
    assert named(e, "target") == {"Civilians"}
    e = one("Suspected jihadists abducted a traditional leader near Mora.", "en")
    assert named(e, "target") == {"Civilians"}


def test_a_place_of_civilians_right_after_the_act_was_struck() -> None:
    e = one("اتهمت الحكومة قوات الدعم السريع بقصف مستشفى في كادقلي.", "ar")
    assert e.subtype == "Shelling/artillery/missile attack"
    assert named(e, "target") == {"Civilians"}


def test_homes_named_by_the_trigger_are_what_it_struck() -> None:
    e = one("Gang members set houses on fire in Cabaret, residents said.", "en")
    assert e.subtype == "Looting/property destruction"
    assert named(e, "target") == {"Civilians"}
