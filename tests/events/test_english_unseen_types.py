"""English snippets of news the rules were not written on (the Sahel, Sudan, Haiti, Myanmar,
Libya, Yemen, Ukraine, the Caucasus, invented towns), each pinning one general rule of the ACLED
codebook: who did an act names it (a crowd's attack is mob violence), a name after the trigger
is the place taken, a rally in a town is a protest, a capture by police is an arrest. Written
for these tests, not taken from any evaluation snippet."""

from __future__ import annotations

import pytest

from passage.eval.events import classify

EXPECTED: list[tuple[str, str]] = [
    # "rally in <town>" is a protest; "rally in oil prices" is markets (below).
    (
        "Opposition supporters held an unauthorised rally in Antananarivo on Saturday.",
        "Peaceful protest",
    ),
    (
        "Police detained 30 people at a rally in Tashkent against the new constitution.",
        "Protest with intervention",
    ),
    # Violence done by residents, villagers, youths or a crowd is mob violence (ACLED Riots),
    # whoever it is done to.
    ("Angry residents attacked a bus driver after a crash in Kananga.", "Mob violence"),
    ("Villagers clashed with cattle keepers over grazing land near Rumbek.", "Mob violence"),
    ("A crowd attacked two men accused of theft at the market in Kindia.", "Mob violence"),
    ("Youths beat to death a suspected thief in the town of Kabala.", "Mob violence"),
    # ... but armed men or police beating someone to death attack a civilian.
    ("Police officers beat a hawker to death in Freetown, witnesses said.", "Attack"),
    ("Gunmen beat to death a teacher in the village of Tanout.", "Attack"),
    # The head of the subject acted, not the name that says whose it is.
    (
        "Rebels of the Northern People's Army captured the town of Kesselbach on Friday.",
        "Non-state actor overtakes territory",
    ),
    # A capitalised word right after "control of" or "retook" names the place taken.
    (
        "Malian troops regain control of Ansongo after jihadists withdraw",
        "Government regains territory",
    ),
    ("Jihadist fighters took control of Tessit on Sunday.", "Non-state actor overtakes territory"),
    (
        "Al-Shabaab fighters retook control of Bulo Marer from government forces.",
        "Non-state actor overtakes territory",
    ),
    # Handing a place over is a non-violent transfer; a letter handed over is no event.
    (
        "Under the truce, the militia handed the port over to the coast guard on Monday.",
        "Non-violent transfer of territory",
    ),
    (
        "Wagner forces transferred control of the Ber base to the Malian army.",
        "Non-violent transfer of territory",
    ),
    # Police capturing a wanted person arrest him.
    ("Police captured a gang leader wanted for kidnappings in Petion-Ville.", "Arrests"),
    # Abductions told without "kidnap".
    (
        "Masked men took him away from his shop in Sabha and he has not been heard from.",
        "Abduction/forced disappearance",
    ),
    (
        "Three truck drivers are being held for ransom by a gang near Mirebalais.",
        "Abduction/forced disappearance",
    ),
    (
        "Passengers were taken into the bush by armed men on the Kaya road.",
        "Abduction/forced disappearance",
    ),
    # A bomber's belt is a suicide bombing.
    (
        "A bomber detonated his explosives belt at a checkpoint in Gao, killing two soldiers.",
        "Suicide bomb",
    ),
    ("Militiamen abused two girls at a checkpoint outside Nyala.", "Sexual violence"),
    (
        "Protesters in Tbilisi were pushed back by riot police as they neared parliament.",
        "Protest with intervention",
    ),
    (
        "Protesters killed as troops open fire on rally in Kano",
        "Excessive force against protesters",
    ),
    (
        "The armed group said it was renaming itself the Sahel Salvation Front.",
        "Change to group/activity",
    ),
    (
        "The army sent additional troops and armoured vehicles to the border town of Zinder.",
        "Change to group/activity",
    ),
    # Coltan or gold mines are no weapons seized.
    (
        "Rebels seized the town of Numbi and its gold mines in heavy fighting on Tuesday.",
        "Non-state actor overtakes territory",
    ),
    (
        "Soldiers discovered a rocket launcher aimed at the airport of Goma and dismantled it.",
        "Disrupted weapons use",
    ),
    (
        "Unknown gunmen set upon a group of herders in Bokkos, hacking three of them to death.",
        "Attack",
    ),
    ("A local imam was shot by unidentified gunmen outside his home in Kidal.", "Attack"),
    ("A soldier was shot dead by suspected separatists at a checkpoint in Kumba.", "Armed clash"),
    ("An MQ-9 Reaper targeted a vehicle south of Jilib on Tuesday.", "Air/drone strike"),
    (
        "Government aircraft carried out 12 raids on rebel positions near Um Rawaba.",
        "Air/drone strike",
    ),
    ("Army planes bombarded rebel positions outside Kurmuk on Monday.", "Air/drone strike"),
    (
        "The government and the rebels exchanged 40 prisoners at the Tessenei crossing.",
        "Agreement",
    ),
    (
        "The militia seized the oil terminal of Zueitina from a rival brigade on Sunday.",
        "Non-state actor overtakes territory",
    ),
    (
        "An unexploded rocket was safely detonated by army engineers in Rashaya.",
        "Disrupted weapons use",
    ),
    (
        "The interception of two missiles over Jizan was announced by the coalition.",
        "Disrupted weapons use",
    ),
    (
        "Armed men forcibly took a lawyer from his car on the road to Bouar.",
        "Abduction/forced disappearance",
    ),
    (
        "Police found a hand grenade under a bench in Kisumu and took it away.",
        "Disrupted weapons use",
    ),
    (
        "Gunmen armed with rockets and machine guns attacked an army post near Tillaberi.",
        "Armed clash",
    ),
]

# South Asian and Philippine wire copy: its own words for the same acts.
WIRE_WORDS: list[tuple[str, str]] = [
    (
        "Three insurgents were gunned down in an exchange of fire with the police in Kandhamal.",
        "Armed clash",
    ),
    ("Unknown men lobbed acid at a college student in Sialkot.", "Attack"),
    ("Villagers thrashed a man they suspected of stealing a motorbike in Nalbari.", "Mob violence"),
    (
        "Cops detained dozens of party workers who were protesting outside the secretariat.",
        "Protest with intervention",
    ),
    ("A mob of protesters torched a bus in Sylhet during the strike.", "Violent demonstration"),
    (
        "Police firing on agitating fishermen in Thoothukudi killed two.",
        "Excessive force against protesters",
    ),
    ("Police nabbed two militants along with explosives in Anantnag.", "Disrupted weapons use"),
]

# Protests, riots and what forces did to them.
CROWDS: list[tuple[str, str]] = [
    (
        "Riot police killed a teenager when they fired into a crowd of protesters in Tegucigalpa.",
        "Excessive force against protesters",
    ),
    (
        "Students marched in Chittagong after two classmates were killed in a bus crash.",
        "Peaceful protest",
    ),
    (
        "Students hurled Molotov cocktails at riot police outside the university in Valparaiso.",
        "Violent demonstration",
    ),
    (
        "Opposition supporters burned tyres in several districts of Freetown.",
        "Violent demonstration",
    ),
    ("Football fans attacked a referee after the match in Bamenda.", "Mob violence"),
]

# Headlines write the present tense.
HEADLINES: list[tuple[str, str]] = [
    ("Nurses Strike Over Unpaid Allowances In Zambia", "Peaceful protest"),
    ("Soldiers Shoot Dead Three Demonstrators In Chad", "Excessive force against protesters"),
    ("Protesters Torch Ruling Party Office In Malawi", "Violent demonstration"),
    ("Militia Hands Over Airport To Army Under Deal", "Non-violent transfer of territory"),
]

NO_EVENT = [
    "The ministry returned the seized goods to traders in the town of Gao.",
    "Copper Prices Rally As Demand Recovers",
    "Police raids on money changers in Khartoum continued on Tuesday.",
    "Residents said the road's reopening brought back memories of the fall of the Berlin Wall.",
    "Shares staged a rally in Nairobi after the central bank cut its rate.",
    "FARMERS IN NORTHERN KENYA BATTLE DROUGHT AS RAINS FAIL",
    "The minister returned the letter to the ambassador on Tuesday.",
    "The committee said the former governor had abused his power while in office.",
    "The defence minister said the army was ready to repel any attack on the capital.",
]


@pytest.mark.parametrize(("text", "subtype"), EXPECTED)
def test_unseen_news_gets_its_sub_event_type(text: str, subtype: str) -> None:
    assert classify(text) == subtype


@pytest.mark.parametrize(("text", "subtype"), WIRE_WORDS)
def test_wire_words_get_their_sub_event_type(text: str, subtype: str) -> None:
    assert classify(text) == subtype


@pytest.mark.parametrize(("text", "subtype"), CROWDS)
def test_crowds_get_their_sub_event_type(text: str, subtype: str) -> None:
    assert classify(text) == subtype


@pytest.mark.parametrize(("text", "subtype"), HEADLINES)
def test_headlines_get_their_sub_event_type(text: str, subtype: str) -> None:
    assert classify(text) == subtype


@pytest.mark.parametrize("text", NO_EVENT)
def test_unseen_news_without_an_event(text: str) -> None:
    assert classify(text) == "(none)"


def test_rebels_capturing_an_officer_arrest_no_one() -> None:
    """An armed group that captures a commander takes him; it makes no arrest."""
    text = "Rebels captured a government commander near the town of Sake on Monday."
    assert classify(text) != "Arrests"


def test_hostages_handed_over_are_no_territory() -> None:
    """What a side hands over is territory only where it is a place or its control."""
    text = "Rebels handed the hostages over to the Red Cross in the town of Kidal."
    assert classify(text) != "Non-violent transfer of territory"


def test_soldiers_attacking_protesters_use_force_against_them() -> None:
    text = "Members of the army attacked protesters in the town of Kassala on Friday."
    assert classify(text) == "Excessive force against protesters"
