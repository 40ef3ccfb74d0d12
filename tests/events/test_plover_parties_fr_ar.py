"""Who acts and whom an interaction is done to in French and Arabic copy (plover.py): Arabic read
by word order without a parse (verb, subject, object), French reflexives, light verbs, days and
conjoined sides. Sentences are made up in the style of AFP, RFI, Al Jazeera and Anadolu copy."""

from __future__ import annotations

import pytest

from passage import pipeline
from passage.record import Article, Event
from passage.stages.events import plover


def run(text: str, language: str) -> Article:
    return pipeline.run(Article(text=text, language=language))


def coded(text: str, language: str) -> Event:
    found = plover.primary_coding(run(text, language))
    assert found is not None, text
    return found


def side(e: Event, role: str) -> str:
    return " | ".join(f"{a.text} {a.name}" for a in e.actors if a.role == role)


# --- Arabic: verb, subject, object ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "source"),
    [
        # an unknown subject right after the verb: a bare head and its idafa complement
        ("طالبت هيئة الدفاع بالإفراج الفوري عن الموقوفين.", "DEMAND", "هيئة الدفاع"),
        # a definite head and its relational adjectives
        ("انتقدت الرابطة التونسية لحقوق الإنسان قرار الحكومة.", "DISAPPROVE", "الرابطة التونسية"),
        # a noun trigger takes the subject of the verb that opens its clause
        ("فتحت الشرطة القضائية الليبية تحقيقا في اختفاء الناشط.", "INVESTIGATE", "الشرطة القضائية"),
    ],
)
def test_arabic_subject_after_the_verb_acts(text: str, category: str, source: str) -> None:
    e = coded(text, "ar")
    assert e.plover == category
    assert source in side(e, "actor")


def test_arabic_country_after_the_verb_beats_a_later_actor() -> None:
    e = coded("أغلقت السنغال سفارتها في طهران.", "ar")
    assert "السنغال" in side(e, "actor")
    assert "طهران" not in side(e, "actor")


def test_arabic_object_after_the_subject_is_the_target() -> None:
    e = coded("حثت المفوضية السامية الحكومة الليبية على حماية المهاجرين.", "ar")
    assert e.plover == "DEMAND"
    assert "المفوضية السامية" in side(e, "actor")
    assert "الحكومة الليبية" in side(e, "target")


def test_arabic_thing_after_the_subject_is_no_target() -> None:
    e = coded("رفضت نقابة المعلمين الخطة الوزارية الجديدة.", "ar")
    assert e.plover == "REJECT"
    assert "نقابة المعلمين" in side(e, "actor")
    assert "الخطة" not in side(e, "target")


def test_arabic_side_after_the_triggers_case_word_is_the_target() -> None:
    e = coded("بحث وزير الداخلية الأردني مع نظيره العراقي أمن الحدود.", "ar")
    assert e.plover == "CONSULT"
    assert "وزير الداخلية" in side(e, "actor")
    assert "نظيره العراقي" in side(e, "target")


def test_arabic_day_after_the_verb_is_no_party() -> None:
    e = coded("ندد الرئيس الصومالي الأحد بالهجوم على القاعدة.", "ar")
    assert "الرئيس الصومالي" in side(e, "actor")
    assert "الأحد" not in side(e, "actor") + side(e, "target")


def test_arabic_talks_refused_are_no_talks() -> None:
    a = run("ترفض الحكومة الإريترية أي تفاوض مع المعارضة.", "ar")
    assert [i.plover for i in a.interactions] == ["REJECT"]


def test_arabic_conjoined_threat_after_a_refusal_stays() -> None:
    a = run("رفضت الحركة المقترح الأمريكي، وهددت الحركة بمقاطعة المفاوضات.", "ar")
    assert "THREATEN" in [i.plover for i in a.interactions]


# --- French: reflexives, light verbs, days, conjoined sides -------------------------------------


def test_french_reflexive_subject_acts() -> None:
    e = coded("Les miliciens du CODECO se sont retirés du village de Djugu.", "fr")
    assert e.plover == "RETREAT"
    assert "CODECO" in side(e, "actor")
    assert not side(e, "target")


def test_french_light_verbs_noun_is_no_target() -> None:
    e = coded("Les enseignants grévistes ont lancé un appel au ministère de l'Éducation.", "fr")
    assert e.plover == "DEMAND"
    assert "appel" not in side(e, "target")
    assert "ministère" in side(e, "target")


def test_french_day_is_no_party_and_the_case_side_is_the_target() -> None:
    e = coded(
        "Le chef de la diplomatie guinéenne s'est entretenu lundi avec son homologue libérien.",
        "fr",
    )
    assert e.plover == "CONSULT"
    assert "lundi" not in side(e, "target")
    assert "homologue" in side(e, "target")


def test_french_conjoined_capitals_are_both_sides_of_an_agreement() -> None:
    e = coded("Lomé et Accra se sont mis d'accord sur la gestion de leur frontière.", "fr")
    assert e.plover == "AGREE"
    assert "Lomé" in side(e, "actor")
    assert "Accra" in side(e, "target")


def test_french_pair_after_between_are_both_sides_of_talks() -> None:
    e = coded("Des pourparlers entre Bujumbura et Kigali ont eu lieu à Arusha.", "fr")
    assert e.plover == "CONSULT"
    assert "Bujumbura" in side(e, "actor")
    assert "Kigali" in side(e, "target")


def test_french_object_named_as_a_side_beats_a_deeper_mention() -> None:
    e = coded("Le HCR a exhorté les pays voisins à accueillir les civils fuyant les combats.", "fr")
    assert e.plover == "DEMAND"
    assert "pays voisins" in side(e, "target")


def test_arabic_title_keeps_its_body_and_a_gift_keeps_its_receiver() -> None:
    e = coded("حث المفوض السامي للأمم المتحدة الحكومة السودانية على حماية المدنيين.", "ar")
    assert "المفوض السامي للأمم المتحدة" in side(e, "actor")
    assert "الحكومة السودانية" in side(e, "target")
    e = coded("قدم الهلال الأحمر المصري للنازحين مساعدات طبية.", "ar")
    assert "للنازحين" not in side(e, "actor")
    assert "النازحين" in side(e, "target")


def test_french_refused_meeting_lends_its_side_to_the_refusal() -> None:
    a = run("Le gouverneur a refusé de rencontrer les délégués syndicaux.", "fr")
    assert [i.plover for i in a.interactions] == ["REJECT"]
    assert "délégués" in side(a.interactions[0], "target")
