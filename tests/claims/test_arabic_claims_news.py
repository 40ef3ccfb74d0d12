"""Claims in Arabic news without a parser: footage the outlet could not verify is hedged (and
so is its English twin), "بدعوى" marks an accusation, and sources cited together keep their
words in one link. Sentences of our own, wire style, through the whole stage chain."""

from __future__ import annotations

from datetime import date

from passage import pipeline
from passage.record import Article, Event


def run(text: str, language: str = "ar") -> Article:
    return pipeline.run(
        Article(text=text, language=language, outlet="X", published=date(2025, 6, 12))
    )


def claims_of(article: Article, trigger: str) -> list[tuple[str, list[str]]]:
    found: list[Event] = [e for e in article.events if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.subtype) for e in article.events]
    return [(c.status, c.chain) for c in found[0].claims]


def test_footage_that_could_not_be_verified_is_hedged():
    article = run(
        "وأظهرت مقاطع مصورة نشرها ناشطون، لم يتسنَّ التحقق من صحتها، اشتباكات مسلحة قرب "
        "مدينة الزاوية."
    )
    assert [s for s, _chain in claims_of(article, "اشتباكات")] == ["hedged"]


def test_the_english_twin_of_could_not_be_verified_is_hedged_too():
    article = run(
        "Videos posted online, which could not be independently verified, showed clashes "
        "near the town of Zawiya.",
        language="en",
    )
    assert [s for s, _chain in claims_of(article, "clashes")] == ["hedged"]


def test_rumours_stay_rumoured():
    article = run("وترددت أنباء عن اشتباكات مسلحة قرب مدينة الزاوية.")
    assert [s for s, _chain in claims_of(article, "اشتباكات")] == ["rumoured"]


def test_on_the_pretext_that_marks_an_allegation():
    article = run(
        "وكانت السلطات قد أغلقت معبر السلوم، بدعوى أنه يُستغل لتهريب الأسلحة إلى المسلحين."
    )
    assert [s for s, _chain in claims_of(article, "يُستغل")] == ["alleged"]
    assert [s for s, _chain in claims_of(article, "أغلقت")] == ["asserted"]


def test_unknown_sources_cited_together_are_one_link_with_all_their_words():
    article = run(
        "قُتل ثلاثة جنود في هجوم على حاجز عسكري قرب مدينة درعا، وفق مصادر محلية وشهود عيان."
    )
    assert ("reported", ["X", "مصادر محلية وشهود عيان"]) in claims_of(article, "هجوم")


def test_of_sources_cited_together_the_known_one_names_the_link():
    article = run(
        "أفادت قناة محلية والسلطات الأردنية بأن معبر جابر أُغلق عقب اشتباكات مسلحة قرب الحدود."
    )
    assert ("reported", ["X", "Government of Jordan"]) in claims_of(article, "أُغلق")


def test_a_directed_accusation_names_its_accuser_for_what_follows_only():
    article = run(
        "وجاءت الغارة على معبر جوسية غداة توجيه الجيش الإسرائيلي اتهاماً لحزب الله بنقل أسلحة."
    )
    assert claims_of(article, "بنقل") == [("alleged", ["X", "Israel Defense Forces"])]
    assert claims_of(article, "الغارة") == [("asserted", ["X"])]


def test_a_reporting_verb_behind_a_preposition_is_a_verbal_noun():
    # "بنقل" (of transporting) is no "نقل" (he relayed): the words before it speak nothing
    article = run("اتهم الجيش الإسرائيلي حزب الله بنقل أسلحة عبر معبر جوسية.")
    assert claims_of(article, "بنقل") == [("alleged", ["X", "Israel Defense Forces"])]
