"""PLOVER interactions in French and Arabic wire copy (data/fr/plover.json, data/ar/plover.json):
the category a sentence is coded with, who acts, and the words that look like an interaction but
tell none. Sentences are made up in the style of AFP, RFI, Al Jazeera and SANA copy."""

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


def sources(e: Event) -> str:
    return " | ".join(f"{a.text} {a.name}" for a in e.actors if a.role == "actor")


def targets(e: Event) -> str:
    return " | ".join(f"{a.text} {a.name}" for a in e.actors if a.role == "target")


# --- French ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "source"),
    [
        (
            "Le Togo et le Ghana ont convenu de rouvrir leur frontière aux commerçants.",
            "AGREE",
            "Togo",
        ),
        (
            "La Banque africaine de développement exhorte les États du Sahel à investir davantage.",
            "DEMAND",
            "Banque africaine",
        ),
        (
            "Le Gabon réclame la restitution des œuvres pillées pendant la colonisation.",
            "DEMAND",
            "Gabon",
        ),
        (
            "Le Soudan du Sud a rejeté les conclusions de la commission électorale.",
            "REJECT",
            "Soudan",
        ),
        (
            "Les Houthis ont menacé de viser les navires marchands en mer Rouge.",
            "THREATEN",
            "Houthis",
        ),
        (
            "La Côte d'Ivoire condamne fermement l'attaque contre un poste de douane.",
            "DISAPPROVE",
            "Ivoire",
        ),
        ("Le Tchad a rappelé son ambassadeur au Qatar pour consultations.", "SANCTION", "Tchad"),
        ("La Mauritanie salue la libération des trois otages espagnols.", "SUPPORT", "Mauritanie"),
        ("Le Maroc a envoyé des tonnes de médicaments aux sinistrés de Libye.", "AID", "Maroc"),
        ("Le Bénin a retiré ses troupes de la mission de paix en Haïti.", "RETREAT", "Bénin"),
        (
            "Les autorités camerounaises ont levé le couvre-feu imposé à Bamenda.",
            "CONCEDE",
            "Cameroon",
        ),
        (
            "Le parquet de Niamey a ouvert une enquête sur le détournement de fonds publics.",
            "INVESTIGATE",
            "parquet",
        ),
        (
            "Le Sénégal et la Gambie ont échangé des informations sur les réseaux de passeurs.",
            "COOPERATE",
            "Sénégal",
        ),
        (
            "Le Mali a placé ses troupes en état d'alerte près de la frontière mauritanienne.",
            "MOBILIZE",
            "Mali",
        ),
        ("Le Niger accuse le Bénin d'abriter des bases étrangères.", "DISAPPROVE", "Niger"),
    ],
)
def test_french_interactions_are_coded_with_their_source(
    text: str, category: str, source: str
) -> None:
    found = coded(text, "fr")
    assert found.plover == category, (found.trigger.text, found.plover)
    assert source in sources(found), found.actors


def test_french_interactions_stay_out_of_the_acled_events() -> None:
    a = run("Le Burkina Faso exige du Niger la remise en liberté de ses ressortissants.", "fr")
    assert [i.plover for i in a.interactions][:1] == ["DEMAND"]
    assert not [e for e in a.events if e.plover in ("DEMAND", "CONCEDE")]


def test_french_present_tense_the_lemmatiser_leaves_is_still_a_trigger() -> None:
    # "reproche" stays "reproche" in the parse, not "reprocher"
    found = coded("Kinshasa reproche à Kigali d'armer les rebelles.", "fr")
    assert found.plover == "DISAPPROVE"


def test_french_expelled_diplomats_are_a_sanction_in_any_wording() -> None:
    assert coded("Bamako a expulsé deux diplomates suédois.", "fr").plover == "SANCTION"
    assert coded("Le Tchad expulse l'ambassadeur d'Allemagne.", "fr").plover == "SANCTION"


def test_french_court_sentence_is_coercion_not_disapproval() -> None:
    found = coded("Le tribunal a condamné l'ancien ministre à dix ans de prison.", "fr")
    assert found.plover == "COERCE"
    assert coded("Rabat condamne l'attaque contre le consulat.", "fr").plover == "DISAPPROVE"


def test_french_a_trip_of_a_leader_is_a_visit_a_driver_s_is_none() -> None:
    found = coded("Le Premier ministre guinéen s'est rendu mardi à Dakar.", "fr")
    assert found.plover == "CONSULT"
    assert not run("Le chauffeur se rend désormais à Maradi par la piste.", "fr").interactions


@pytest.mark.parametrize(
    "text",
    [
        "Les obstacles que rencontrent les éleveurs sont nombreux.",
        "Les Forces de soutien rapide contrôlent la ville.",
        "Le commissaire à l'aide humanitaire a visité le camp.",
        "L'association veut lever des fonds pour reconstruire l'école.",
        "Le président a rappelé que la Constitution interdit un troisième mandat.",
        "La mesure est suspendue jusqu'à nouvel ordre.",
        "La famine menace dans plusieurs régions du pays.",
        "Des hommes armés ont été aperçus près du marché.",
        "Il convient de rappeler que la saison sèche a commencé.",
        "Le maire a déclaré dans un entretien avec la radio locale que tout était calme.",
        "Une enquête de satisfaction a été menée auprès des passagers du bac.",
        "Les ingénieurs ont déployé des panneaux solaires sur le toit du dispensaire.",
        "Le club a obtenu le soutien financier d'une banque régionale.",
        "La société a obtenu une concession minière dans le nord du pays.",
        "Le chanteur a rendu visite à ses parents à Ségou.",
        "La mairie a distribué des poubelles aux riverains.",
    ],
)
def test_french_words_that_tell_no_interaction(text: str) -> None:
    assert not run(text, "fr").interactions, [
        (i.trigger.text, i.plover) for i in run(text, "fr").interactions
    ]


def test_french_ruling_out_is_a_rejection_expelling_from_a_body_a_sanction() -> None:
    found = coded("Les islamistes ont exclu que leur parti entre au gouvernement.", "fr")
    assert found.plover == "REJECT"
    found = coded("L'Union africaine a exclu le Gabon de ses instances.", "fr")
    assert found.plover == "SANCTION"


def test_french_a_reflexive_pledge_is_an_agreement() -> None:
    found = coded("Le Niger et le Tchad se sont engagés à sécuriser leur frontière.", "fr")
    assert found.plover == "AGREE"


def test_french_leaders_who_meet_each_other_consult_whoever_they_are() -> None:
    # "se rencontrer" is reciprocal: no word for a leader is needed, unlike "a rencontré"
    found = coded("Ruto et Museveni se sont rencontrés samedi à Entebbe.", "fr")
    assert found.plover == "CONSULT"


def test_french_suspending_a_treaty_is_a_sanction() -> None:
    assert coded("Rabat a suspendu l'accord de pêche avec Madrid.", "fr").plover == "SANCTION"


def test_french_a_lender_approving_a_loan_gives_aid_a_party_approving_a_plan_agrees() -> None:
    found = coded("La Banque mondiale a approuvé un prêt de 80 millions de dollars au Togo.", "fr")
    assert found.plover == "AID"
    found = coded("Le Parlement somalien a approuvé le plan de paix de l'Igad.", "fr")
    assert found.plover == "AGREE"


def test_french_forces_leaving_their_base_retreat() -> None:
    found = coded("Les soldats tchadiens ont quitté la base de Faya après dix ans.", "fr")
    assert found.plover == "RETREAT"
    assert not run("Des milliers d'habitants ont quitté la ville inondée.", "fr").interactions


def test_french_a_decision_is_the_act_not_an_intent() -> None:
    found = coded("La Guinée a décidé de suspendre sa coopération militaire avec Paris.", "fr")
    assert found.plover == "SANCTION"


# --- Arabic ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "source"),
    [
        ("دعت الحكومة الأردنية المجتمع الدولي إلى دعم اللاجئين.", "DEMAND", "Jordan"),
        ("رفضت تونس الانتقادات الأوروبية لسياسة الهجرة.", "REJECT", "Tunisia"),
        ("هددت الحكومة الصومالية بطرد القوات الإثيوبية.", "THREATEN", "Somalia"),
        ("أدانت وزارة الخارجية الكويتية الهجوم على السفارة.", "DISAPPROVE", "Kuwait"),
        ("فرضت كندا عقوبات على مستوطنين متطرفين.", "SANCTION", "Canada"),
        ("أرسلت الجزائر شحنة مساعدات غذائية إلى النيجر.", "AID", "Algeria"),
        ("أفرجت السلطات الليبية عن صحفيين اثنين.", "CONCEDE", "Libya"),
        ("نشرت تركيا قوات إضافية في شمال العراق.", "MOBILIZE", "Turkey"),
        ("رفع الجيش المصري حالة التأهب في سيناء.", "MOBILIZE", "Egypt"),
    ],
)
def test_arabic_interactions_are_coded_with_their_source(
    text: str, category: str, source: str
) -> None:
    found = coded(text, "ar")
    assert found.plover == category, (found.trigger.text, found.plover)
    assert source in sources(found), found.actors


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("رحبت الجامعة العربية بإعلان الهدنة في السودان.", "SUPPORT"),
        ("التقى العاهل الأردني الرئيس الفرنسي في باريس.", "CONSULT"),
        ("بحث وزير الخارجية القطري مع نظيره الإيراني الأوضاع في المنطقة.", "CONSULT"),
        ("فتحت النيابة العامة تحقيقا في الحريق.", "INVESTIGATE"),
        ("طالب البرلمان الليبي بإلغاء الاتفاقية البحرية.", "DEMAND"),
        ("أعلنت مالي انسحابها من المنظمة الإقليمية.", "RETREAT"),
        ("تتعاون الشرطة الأردنية والعراقية في ملاحقة المهربين.", "COOPERATE"),
    ],
)
def test_arabic_interactions_are_coded(text: str, category: str) -> None:
    assert coded(text, "ar").plover == category


def test_arabic_release_is_read_when_the_subject_splits_the_phrase() -> None:
    # "أطلقت الحكومة سراح": the subject stands between the verb and its object (VSO)
    found = coded("أطلقت الحكومة سراح مئة معتقل سياسي.", "ar")
    assert found.plover == "CONCEDE"


def test_arabic_withdrawing_an_ambassador_is_a_sanction_troops_a_retreat() -> None:
    assert coded("سحبت الكويت سفيرها من بيروت احتجاجا على التصريحات.", "ar").plover == "SANCTION"
    assert coded("سحبت تركيا قواتها من المنطقة العازلة.", "ar").plover == "RETREAT"


def test_arabic_a_demanded_act_is_not_an_interaction_of_its_own_kind_first() -> None:
    found = coded("جددت نقابة المحامين مطالبتها بالإفراج عن المعتقلين.", "ar")
    assert found.plover == "DEMAND"


@pytest.mark.parametrize(
    "text",
    [
        "قتل طالب جامعي في حادث سير.",
        "تتواصل عمليات البحث عن المفقودين.",
        "يسعى الوسطاء إلى تحقيق السلام في المنطقة.",
        "نشرت الصحيفة تقريرا عن الفساد.",
        "رفعت الحكومة أسعار الوقود.",
        "سيطرت قوات الدعم السريع على المدينة.",
        "حذر الخبراء من أن الجفاف سيطال ملايين السكان.",
        "فاز المنتخب في لقاء الأمس بهدفين نظيفين.",
        "سمح الطقس المعتدل بعودة الصيادين إلى البحر.",
        "تحقق الشرطة من هوية الجثة التي عثر عليها قرب الشاطئ.",
        "زار آلاف السياح مدينة البتراء خلال العطلة.",
    ],
)
def test_arabic_words_that_tell_no_interaction(text: str) -> None:
    found = run(text, "ar").interactions
    assert not found, [(i.trigger.text, i.plover) for i in found]


def test_arabic_a_warning_is_a_threat_only_when_it_warns_someone_off() -> None:
    assert coded("حذرت إيران الولايات المتحدة من مغبة أي هجوم.", "ar").plover == "THREATEN"


def test_arabic_a_demand_is_read_by_what_is_demanded() -> None:
    # "طالب" is also a student: a demand when its object says what is demanded ("بإقالة")
    assert coded("طالب نواب في البرلمان بإقالة وزير المالية.", "ar").plover == "DEMAND"


def test_arabic_a_meeting_announced_with_the_future_prefix_is_an_intent_to_meet() -> None:
    # "سيلتقي": the future prefix is written on the verb; a cooperative act announced is AGREE
    assert coded("سيلتقي الرئيس اللبناني نظيره القبرصي الأسبوع المقبل.", "ar").plover == "AGREE"


def test_arabic_cooperation_named_as_a_purpose_is_no_cooperation() -> None:
    a = run("وقعت موريتانيا والسنغال مذكرة تفاهم للتعاون الأمني.", "ar")
    assert [i.plover for i in a.interactions] == ["AGREE"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("أعلن الجيش السوداني حالة النفير العام في ولاية الجزيرة.", "MOBILIZE"),
        ("أعلنت الميليشيا نزع سلاحها وتسليمه للجيش.", "RETREAT"),
        ("قررت كندا تجميد أصول خمسة مسؤولين إيرانيين.", "SANCTION"),
    ],
)
def test_arabic_mobilisation_disarmament_and_decided_sanctions(text: str, category: str) -> None:
    assert coded(text, "ar").plover == category
