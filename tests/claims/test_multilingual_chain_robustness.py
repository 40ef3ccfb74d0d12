"""Claims on made-up news in the three languages: several sources in one phrase, a source
quoting a source, and hedges."""

import pytest

from tests.claims.claim_helpers import Said, every_claim

OUTLET = "Le Journal"


def _claims(text: str, lang: str) -> Said:
    return every_claim(text, lang, OUTLET)


@pytest.mark.parametrize(
    ("lang", "text", "link"),
    [
        (
            "fr",
            "Selon des sources sécuritaires et la radio Mosaïque FM, des hommes armés ont "
            "attaqué le poste-frontière de Ras Jedir lundi.",
            "Mosaïque FM",
        ),
        (
            "en",
            "According to security sources and witnesses, gunmen attacked a convoy near Gao "
            "on Monday.",
            "security sources and witnesses",
        ),
        (
            "en",
            "According to AFP and local residents, gunmen attacked a convoy near Gao on Monday.",
            "AFP",
        ),
        (
            "ar",
            "وفق مصادر أمنية وشهود عيان، هاجم مسلحون قافلة قرب غاو يوم الاثنين.",
            "مصادر أمنية وشهود عيان",
        ),
    ],
)
def test_sources_cited_together_are_one_link_named_by_the_known_one(lang, text, link):
    assert _claims(text, lang) == {("reported", (link,))}


@pytest.mark.parametrize(
    ("lang", "text", "chain"),
    [
        (
            "fr",
            "L'AFP, citant une source militaire, a indiqué que l'armée malienne avait repris "
            "la ville de Kidal.",
            ("AFP", "une source militaire"),
        ),
        (
            "en",
            "A military source quoted by AFP said gunmen attacked a convoy near Gao on Monday.",
            ("AFP", "a military source"),
        ),
        (
            "en",
            "Security officials, quoted by Reuters, said gunmen attacked a checkpoint near Gao.",
            ("Reuters", "Security officials"),
        ),
        (
            "ar",
            "نقلت وكالة الأناضول عن مصدر عسكري أن مسلحين هاجموا قافلة قرب غاو.",
            ("Anadolu", "مصدر عسكري"),
        ),
    ],
)
def test_a_source_quoting_a_source_is_two_links_outermost_first(lang, text, chain):
    assert _claims(text, lang) == {("reported", chain)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Il semble que des hommes armés ont attaqué un convoi près de Gao."),
        ("en", "The attack would appear to have been carried out by JNIM militants near Gao."),
        ("en", "It seems that gunmen attacked a convoy near Gao on Monday."),
        ("ar", "يبدو أن مسلحين هاجموا قافلة قرب غاو يوم الاثنين."),
    ],
)
def test_a_hedge_makes_the_act_hedged(lang, text):
    assert {status for status, _chain in _claims(text, lang)} == {"hedged"}
