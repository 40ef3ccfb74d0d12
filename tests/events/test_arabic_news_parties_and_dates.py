"""Arabic news without a parser, through the whole stage chain: two parties of one act
("من جانب سوريا والأردن", "بين قوات X وقوات Y"), the day a report was made against the day
its act happened, and a crossing named long before the act it bears. Sentences of our own,
wire style."""

from __future__ import annotations

from datetime import date

from passage import pipeline
from passage.record import Article, Event

PUBLISHED = date(2025, 6, 12)  # a Thursday


def run(text: str, published: date | None = PUBLISHED) -> Article:
    return pipeline.run(Article(text=text, language="ar", outlet="X", published=published))


def only(article: Article, trigger: str) -> Event:
    found = [e for e in article.events if e.trigger.text == trigger]
    assert len(found) == 1, [(e.trigger.text, e.subtype) for e in article.events]
    return found[0]


def actors(event: Event) -> list[tuple[str, str]]:
    return [(a.role, a.name) for a in event.actors]


# --- two parties of one act -----------------------------------------------------------------


def test_a_closure_by_two_countries_names_both_governments():
    article = run("أُغلق معبر نصيب من جانب سوريا والأردن صباح اليوم بعد تبادل لإطلاق النار.")
    closure = only(article, "أُغلق")
    assert closure.access is not None and closure.access.effect == "close"
    assert ("actor", "Government of Syria") in actors(closure)
    assert ("actor", "Government of Jordan") in actors(closure)


def test_the_agent_phrase_names_who_acted_not_the_speaker_before_it():
    article = run("قالت السلطات المحلية إن معبر السلوم أُغلق من قبل مصر وليبيا حتى إشعار آخر.")
    closure = only(article, "أُغلق")
    names = [n for _r, n in actors(closure)]
    assert names[:2] == ["Government of Egypt", "Government of Libya"]


def test_one_party_after_the_agent_phrase_stays_alone():
    article = run("أُغلق معبر جابر من جانب الأردن مساء أمس لأسباب أمنية.")
    closure = only(article, "أُغلق")
    assert actors(closure) == [("actor", "Government of Jordan")]


def test_a_clash_between_two_forces_keeps_both_sides():
    article = run(
        "اندلعت أمس اشتباكات بين قوات الجيش السوداني وقوات الدعم السريع قرب مدينة الأبيض."
    )
    clash = only(article, "اشتباكات")
    names = {n for _r, n in actors(clash)}
    assert {"Sudanese Armed Forces", "Rapid Support Forces"} <= names


# --- the day of the report and the day of the act -------------------------------------------


def test_a_fronted_report_day_is_only_a_weak_date_for_the_act_it_tells():
    article = run("اليوم الخميس، أعلن الجيش تعزيز مواقعه قرب معبر نصيب إثر هجوم شنه مسلحون.")
    attack = only(article, "هجوم")
    assert attack.date is not None and attack.date.start == PUBLISHED
    assert attack.date.inferred and attack.date.reason == "date of the report"


def test_the_act_keeps_the_day_its_own_clause_gives():
    article = run(
        "أعلن الجيش اليوم الخميس أن مسلحين هاجموا حاجزا عسكريا قرب مدينة درعا ليلة الاثنين."
    )
    attack = only(article, "هاجموا")
    assert attack.date is not None and attack.date.start == date(2025, 6, 9)
    assert not attack.date.inferred


def test_a_date_in_the_acts_own_clause_is_not_a_report_day():
    article = run("هاجم مسلحون أمس الأربعاء حاجزا للشرطة في بلدة الزاوية.")
    attack = only(article, "هاجم")
    assert attack.date is not None and attack.date.start == date(2025, 6, 11)
    assert not attack.date.inferred


def test_an_act_retold_takes_the_earliest_day_it_was_reported_on():
    article = run(
        "اليوم الخميس، أعلنت وزارة الداخلية الأردنية غلق معبر جابر عقب هجوم مسلح على "
        "المعبر. وكانت إذاعة محلية قد أفادت، مساء أمس الأربعاء، باندلاع اشتباكات مسلحة "
        "في المعبر."
    )
    attack = next(e for e in article.events if e.type == "Battles")
    assert attack.date is not None and attack.date.start == date(2025, 6, 11)
    closure = next(e for e in article.events if e.access is not None)
    assert closure.date is not None and closure.date.start == PUBLISHED


# --- a crossing named long before the act ---------------------------------------------------


def test_a_use_told_far_after_the_crossing_it_bears_finds_it():
    article = run(
        "قصفت الطائرات معبر جوسية الحدودي بين البلدين غداة توجيه الجيش "
        "الإسرائيلي اتهاما لحزب الله بنقل أسلحة."
    )
    use = only(article, "بنقل")
    assert use.access is not None
    assert (use.access.target, use.access.effect) == ("crossing:jousieh-al-qaa", "use")
    assert ("actor", "Hezbollah") in actors(use)


def test_a_crossing_that_another_act_holds_is_not_a_far_use():
    # the crossing is ten words before "دخول", and the opening told in between holds it
    article = run(
        "أعلنت السلطات أن معبر القلابات الحدودي مع إثيوبيا سيبقى مفتوحاً ثلاثة أشهر أمام "
        "دخول قوافل الإغاثة."
    )
    assert [e.trigger.text for e in article.events if e.access is not None] == ["مفتوحاً"]


def test_a_use_over_a_stretch_of_time_is_dated_by_the_whole_stretch():
    article = run("وعبرت 900 شاحنة مساعدات معبر رفح منذ 3 مايو الماضي وحتى يوم الأحد الماضي.")
    use = only(article, "وعبرت")
    assert use.date is not None
    assert (use.date.start, use.date.end) == (date(2025, 5, 3), date(2025, 6, 8))
