"""Claims stage (French): who speaks when the parse or the lemmatiser gets the sentence wrong,
which words of the speaker's noun phrase name it, and words that look like a citation but
are none. Sentences made up for these tests."""

from __future__ import annotations

from event_helpers import find, parsed, place, through


def claims(
    text: str,
    trigger: str,
    outlet: str = "RFI",
    places: tuple[str, ...] = (),
    crossing: tuple[str, str] | None = None,
):
    article = parsed(text, outlet=outlet)
    for name in places:
        place(article, name)
    if crossing is not None:
        place(article, crossing[0], "crossing", crossing[1])
    found = find(through(article), trigger)
    assert found, f"no event {trigger!r}"
    return [(c.status, c.chain) for c in found[0].claims]


def test_a_speaker_cut_off_by_its_apposition_and_a_later_same_source():
    text = (
        "Sept infirmiers ont été tués dans le camp. "
        "Un responsable de Médecins du Monde, l'ONG qui les employait, déplore qu'ils aient "
        "été « exécutés ». "
        "Cette même source indique que le dispensaire du camp a aussi été pillé."
    )
    assert ("reported", ["RFI", "un responsable de Médecins du Monde"]) in claims(text, "tués")
    assert claims(text, "pillé") == [("reported", ["RFI", "un responsable de Médecins du Monde"])]


def test_those_who_believe_are_who_hedge():
    text = (
        "Nombreux sont les analystes à croire que les rebelles utilisent l'aéroport pour y "
        "recevoir des livraisons d'armes."
    )
    got = claims(text, "livraisons d'armes", outlet="France 24")
    assert got == [("hedged", ["France 24", "les analystes"])]


def test_participles_that_only_describe_the_sources_are_part_of_their_name():
    text = "Le marché a été incendié lundi, d'après les nombreuses sources contactées à Kidal."
    got = claims(text, "incendié", places=("Kidal",))
    assert got == [("reported", ["RFI", "les nombreuses sources contactées à Kidal"])]


def test_a_member_of_a_known_body_speaks_for_himself_its_voice_for_the_body():
    member = claims(
        "Un sous-officier de l'armée malienne précise que la frappe a visé un dépôt près de "
        "Tessalit.",
        "frappe",
        places=("Tessalit",),
    )
    assert ("reported", ["RFI", "un sous-officier de l'armée malienne"]) in member
    voice = claims(
        "Un porte-parole de l'armée malienne précise que la frappe a visé un dépôt près de "
        "Tessalit.",
        "frappe",
        places=("Tessalit",),
    )
    assert any(chain[1:] == ["Military Forces of Mali"] for _s, chain in voice)


def test_what_the_report_is_compared_with_is_no_source():
    text = (
        "Une note interne a révélé que l'embuscade avait fait plus de victimes que ne "
        "l'affirmait le ministre : 40 soldats ont péri."
    )
    assert claims(text, "embuscade") == [("reported", ["RFI", "une note interne"])]


def test_des_sources_is_not_de_source():
    text = (
        "D'après un rescapé de cette embuscade et des sources locales, ce sont près de "
        "quarante civils qui ont péri."
    )
    assert claims(text, "embuscade") == [("reported", ["RFI", "un rescapé de cette embuscade"])]


def test_a_name_opening_the_sentence_before_its_apposition_is_the_speaker():
    text = (
        "Abou Talha Hamed, commandant du Jnim pour la région de Mopti, annonce dans plusieurs "
        "messages audios, diffusés en fin de semaine dernière, que la ville est désormais sous "
        "blocus."
    )
    assert claims(text, "blocus") == [("reported", ["RFI", "Abou Talha Hamed"])]


def test_a_report_seen_by_an_agency_is_told_by_the_agency_then_its_author():
    text = (
        "Selon un rapport confidentiel de l'ONU que Reuters a pu consulter, les rebelles ont "
        "attaqué la base de Rutshuru. Ce rapport indique que la base a été pillée."
    )
    chain = ["Le Monde", "Reuters", "United Nations"]
    assert claims(text, "attaqué", outlet="Le Monde", places=("Rutshuru",)) == [("reported", chain)]
    assert claims(text, "pillée", outlet="Le Monde", places=("Rutshuru",)) == [("reported", chain)]


def test_those_who_spread_pictures_or_welcome_a_decision_speak():
    shown = claims(
        "Dimanche, des militants ont fait circuler des photos de civils tués dans le village.",
        "tués",
    )
    assert shown == [("reported", ["RFI", "des militants"])]
    welcomed = claims(
        "Les agences des Nations unies se sont félicitées que le Tchad ait rouvert le poste "
        "frontière d'Adré.",
        "rouvert",
        crossing=("Adré", "crossing:adre"),
    )
    assert [chain[-1] for _s, chain in welcomed] == ["United Nations"]


def test_the_officer_is_the_officer_named_before_not_the_last_voice():
    text = (
        "Joint par RFI, un haut gradé de la gendarmerie précise que le pont a été détruit près "
        "de Kidal. Selon des témoins, la route est coupée. L'officier ajoute que le convoi a "
        "été attaqué."
    )
    got = claims(text, "attaqué", places=("Kidal",))
    assert [chain for _s, chain in got] == [["RFI", "un haut gradé de la gendarmerie"]]


def test_sources_cited_by_the_speakers_are_the_next_link():
    text = (
        "Selon la radio Mosaïque FM, le poste frontière de Ras Jedir a été fermé. Ces radios, "
        "qui citaient des sources douanières, ont affirmé que le poste de Ras Jedir avait été "
        "attaqué."
    )
    got = claims(text, "attaqué", crossing=("Ras Jedir", "crossing:ras-jedir"))
    assert ("reported", ["RFI", "Mosaïque FM", "des sources douanières"]) in got


def test_a_title_set_before_a_name_leaves_the_name_to_speak():
    text = (
        "Représentante spéciale de l'ONU pour le Mali, Aminata Diallo s'est dite inquiète, sur "
        "le réseau social X, de la fermeture du poste frontière de Ras Jedir."
    )
    got = claims(text, "fermeture", crossing=("Ras Jedir", "crossing:ras-jedir"))
    assert [chain for _s, chain in got] == [["RFI", "Aminata Diallo"]]


def test_an_accusation_qualifying_one_act_leaves_the_act_told_inside_it():
    text = (
        "Au moins trente civils ont été tués au cours d'attaques attribuées aux rebelles à "
        "Kutum, ville que l'armée a reprise aux rebelles mardi, selon des médecins."
    )
    assert ("alleged", ["RFI", "des médecins"]) in claims(text, "attaques", places=("Kutum",))
    assert claims(text, "reprise", places=("Kutum",)) == [("reported", ["RFI", "des médecins"])]
