"""English news snippets of the kind the CASE 2021 shared task labels (short wire copy from
South Asia, Africa, Latin America and invented places), each pinning one general rule of the
ACLED codebook that the rules written on the dev snippets missed. Written for these tests, not
taken from any evaluation snippet or from the probes that found the rules."""

from __future__ import annotations

import pytest

from passage.eval.events import classify

EXPECTED: list[tuple[str, str]] = [
    # A past verb right after the noun of a protest's cause is what the protesters did, not
    # part of what they protested about.
    (
        "Workers protesting against job cuts smashed the windows of the factory office in Gazipur.",
        "Violent demonstration",
    ),
    # ... but a participle that describes that noun ("a man shot by police") stays the cause.
    (
        "Hundreds marched in Nairobi to protest the death of a hawker shot by police.",
        "Peaceful protest",
    ),
    # A crowd that was protesting when it turned violent riots; it is no mob.
    (
        "Irate traders protesting the demolition of their stalls attacked council officials in "
        "Ibadan.",
        "Violent demonstration",
    ),
    # "in police custody", "an army camp": a name that only qualifies a noun does not act.
    (
        "Youths protesting the death of a detainee in police custody stormed the council "
        "offices in Bo.",
        "Violent demonstration",
    ),
    (
        "Insurgents overran an army camp in Tillia and took control of the town.",
        "Non-state actor overtakes territory",
    ),
    # A name right after "seized"/"captured" is the place taken, even one no gazetteer knows.
    ("Rebels captured Kelomba on Sunday, a spokesman said.", "Non-state actor overtakes territory"),
    # Invading a place to kill its people is an attack on civilians.
    ("Fighters invaded Mopti and killed 12 traders at the market.", "Attack"),
    # Shooting and captive-taking phrases of the regional press.
    ("Two men on a motorbike pumped bullets into a taxi driver in Soweto.", "Attack"),
    ("Gunmen took six fishermen captive off the coast of Sulu.", "Abduction/forced disappearance"),
    (
        "Community members toyi-toyied outside the mayor's office in Khayelitsha over housing.",
        "Peaceful protest",
    ),
    (
        "Ex-servicemen submitted a memorandum demanding pension arrears to the governor in Kaduna.",
        "Peaceful protest",
    ),
    # Fighters who surrender and hand over their arms make an agreement, not a place handed over.
    (
        "Forty ADF fighters surrendered to the army in Beni, handing over their rifles.",
        "Agreement",
    ),
    # ACLED codes prisoner releases as agreements.
    ("Houthi authorities freed 40 prisoners in Sanaa on Sunday.", "Agreement"),
    # A bomb thrown by hand is a grenade (ACLED); a petrol bomb thrown by rioters stays a riot.
    ("Miscreants hurled crude bombs at a polling booth in Murshidabad.", "Grenade"),
    ("Rioters hurled petrol bombs at the police station in Belfast.", "Violent demonstration"),
    # Party supporters or communities fighting with sticks and bricks are a mob, not two
    # armed sides; troops and rebels still clash.
    (
        "Supporters of two rival parties clashed with sticks and bricks in Noakhali, injuring 20.",
        "Mob violence",
    ),
    ("Troops clashed with rebels near Beni on Tuesday.", "Armed clash"),
    # "returning families" are people coming home, not a place returned.
    (
        "Police set up a new post in the village of Gubio to protect returning families.",
        "Headquarters or base established",
    ),
    # Bombs made safe.
    (
        "Army engineers rendered harmless an improvised explosive device under a bridge near "
        "Tessalit.",
        "Disrupted weapons use",
    ),
    # What a rally asks governments to act on is its cause, not an act told.
    (
        "Activists rallied in Geneva urging governments to act on drone strikes in Sudan.",
        "Peaceful protest",
    ),
    # A found grenade or mine that went off was used, not disrupted.
    (
        "A boy was killed when a grenade he found near his house exploded in Bunia.",
        "Grenade",
    ),
    (
        "Several explosive devices have been found near the road to Mueda, and two farmers "
        "died in an explosion there.",
        "Remote explosive/landmine/IED",
    ),
    (
        "Bombs have been found near the market in Goma, and a child died in an explosion there.",
        "Remote explosive/landmine/IED",
    ),
    # Serious injury of peaceful protesters is excessive force (ACLED), not a mere dispersal.
    (
        "A student lost an eye after police fired pellets at a peaceful sit-in in Srinagar.",
        "Excessive force against protesters",
    ),
    # "X demanding Y were arrested": the demand qualifies who was arrested; the arrest happened.
    ("Nurses demanding better pay were arrested by police in Harare.", "Arrests"),
    # "X demanding Y gheraoed the manager": the trigger is the clause's own past verb.
    (
        "Plantation workers demanding bonus payments gheraoed the estate manager in Jalpaiguri.",
        "Peaceful protest",
    ),
    # Picked up by police is an arrest.
    ("Police picked up three men in connection with the robbery in Eldoret.", "Arrests"),
    ("Police picked up an opposition legislator at his home.", "Arrests"),
    # A thrown bomb is a grenade, but mortar bombs lobbed are shelling.
    (
        "Insurgents lobbed mortar bombs at the army base in Bama.",
        "Shelling/artillery/missile attack",
    ),
    # Warplanes that destroyed an arms depot struck it from the air; arms cleared away are a
    # disrupted weapons use.
    ("Warplanes destroyed the rebels' ammunition depot near Sirte.", "Air/drone strike"),
    ("Deminers cleared weapons left behind by the militia near Tessit.", "Disrupted weapons use"),
    # Dozens injured by the force that dispersed a crowd with no violence of its own is
    # excessive force; where the crowd threw stones it is a riot.
    (
        "Dozens of people were injured when police fired rubber bullets to disperse a march by "
        "teachers in Oaxaca.",
        "Excessive force against protesters",
    ),
    (
        "Protesters threw stones at police in Oaxaca and dozens of people were injured.",
        "Violent demonstration",
    ),
    # Hooligans and rampaging fans are a mob; passers-by are civilians.
    ("Hooligans attacked rival supporters outside the stadium in Belgrade.", "Mob violence"),
    (
        "Football fans rampaged through the city centre, attacking passers-by and smashing shop "
        "windows.",
        "Mob violence",
    ),
    # "after capturing the town": the capture came before the base set up there.
    (
        "The rebels set up their headquarters in Old Kassa after capturing the town.",
        "Headquarters or base established",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXPECTED)
def test_unseen_snippet_is_typed_by_the_codebook(text: str, expected: str) -> None:
    assert classify(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Men in plain clothes picked up the blogger outside his home in Lahore.",
        "Police picked up the bodies of three men in Juarez.",
    ],
)
def test_picked_up_is_no_arrest_of_bodies_or_by_unknown_men(text: str) -> None:
    assert classify(text) != "Arrests"
