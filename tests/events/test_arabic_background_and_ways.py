"""Arabic without a parser: events told as background, the road a verb cuts beside a crossing's
name, a country as the subject by word order, "الوزارة" for the ministry named before, and a
crossing said to be exploited. Sentences of our own, wire style; places are hand-made layers."""

from __future__ import annotations

from datetime import date

from event_helpers import parsed, place, through

from passage.record import Article

PUBLISHED = date(2024, 5, 14)


def arabic(text: str, *places: tuple[str, str, str | None, str | None]) -> Article:
    """The article through the actors and events stages, with the given (text, kind, id,
    name) places."""
    article = parsed(text, outlet="X", published=PUBLISHED, language_code="ar")
    for text_, kind, gid, name in places:
        place(article, text_, kind, gid, name)
    return through(article, "events")


def only(article: Article, trigger: str):
    found = [e for e in article.events if e.trigger.text == trigger]
    assert len(found) == 1, [(e.trigger.text, e.subtype) for e in article.events]
    return found[0]


# --- background ----------------------------------------------------------------------------


def test_a_year_after_its_noun_makes_the_act_background():
    article = arabic("عرضت القناة فيلما وثائقيا عن مجزرة عام 1982 في المدينة.")
    event = only(article, "مجزرة")
    assert event.background


def test_acts_of_last_year_and_anniversaries_are_background():
    for text, trigger in (
        ("أصيب عشرة أشخاص في اشتباكات العام الماضي في حي الشيخ مقصود.", "اشتباكات"),
        ("تجمع الأهالي في ذكرى مجزرة ارتكبت بحق سكان القرية.", "مجزرة"),
    ):
        assert only(arabic(text), trigger).background, text


def test_an_act_answered_is_background_but_the_answer_is_news():
    article = arabic("ردا على هجوم شنه مسلحون على حاجز، قصف الجيش مواقعهم في الجبل.")
    assert only(article, "هجوم").background
    assert not only(article, "قصف").background


def test_news_dated_before_its_verb_is_not_background():
    article = arabic("في 12 مايو 2024 اندلعت اشتباكات عنيفة بين فصيلين في مدينة الزاوية.")
    assert not any(e.background for e in article.events)
    assert article.events


# --- the road a verb cuts ------------------------------------------------------------------

MASNAA = ("المصنع", "crossing", "crossing:masnaa-jdeidet-yabous", "Masnaa")


def test_a_road_cut_beside_a_crossing_is_the_road_through_it():
    article = arabic(
        "قطع قصف مدفعي الطريق الدولية صباح اليوم، بعدما طال محيط نقطة المصنع الحدودية.", MASNAA
    )
    cut = only(article, "قطع")
    assert cut.access is not None
    assert (cut.access.target, cut.access.effect) == ("road:beirut-damascus", "close")


def test_a_crossing_closed_by_name_stays_the_crossing():
    article = arabic("أغلقت السلطات اللبنانية نقطة المصنع الحدودية أمام الشاحنات.", MASNAA)
    closed = only(article, "أغلقت")
    assert closed.access is not None
    assert closed.access.target == "crossing:masnaa-jdeidet-yabous"


def test_a_road_with_no_registry_road_through_the_crossing_leaves_the_crossing():
    article = arabic(
        "أغلقت السلطات الطريق المؤدية إلى معبر رفح أمام الشاحنات.",
        ("معبر رفح", "crossing", "crossing:rafah", "Rafah crossing"),
    )
    closed = only(article, "أغلقت")
    assert closed.access is not None
    assert closed.access.target == "crossing:rafah"


# --- a country as subject, the ministry named before ---------------------------------------

NASSIB = ("معبر نصيب", "crossing", "crossing:nassib-jaber", "Nassib")


def test_a_country_right_after_the_verb_acts_through_its_government():
    article = arabic(
        "أغلقت الأردن معبر نصيب الحدودي مع سوريا حتى إشعار آخر.",
        ("الأردن", "country", None, "Jordan"),
        ("سوريا", "country", None, "Syria"),
        NASSIB,
    )
    closed = only(article, "أغلقت")
    assert ("actor", "Government of Jordan") in {(a.role, a.name) for a in closed.actors}


def test_a_country_opening_a_clause_before_its_verb_acts_through_its_government():
    article = arabic(
        "وذكرت الإذاعة الرسمية بأن الأردن أغلقت معبر نصيب لدواع أمنية.",
        ("الأردن", "country", None, "Jordan"),
        NASSIB,
    )
    closed = only(article, "أغلقت")
    assert ("actor", "Government of Jordan") in {(a.role, a.name) for a in closed.actors}


def test_a_country_after_a_preposition_is_no_actor():
    article = arabic(
        "عبرت شاحنات محملة بالوقود من الأردن عبر معبر نصيب.",
        ("الأردن", "country", None, "Jordan"),
        NASSIB,
    )
    for event in article.events:
        assert "Government of Jordan" not in {a.name for a in event.actors}


def test_the_ministry_stands_for_the_ministry_named_before():
    article = arabic(
        "أعلنت وزارة الداخلية الأردنية إغلاق معبر نصيب. "
        "وكانت الوزارة قد أعلنت أمس نشر قوات أمن إضافية في المعبر.",
        NASSIB,
    )
    deployed = only(article, "نشر قوات")
    assert ("actor", "Government of Jordan") in {(a.role, a.name) for a in deployed.actors}


# --- a crossing said to be exploited --------------------------------------------------------


def test_a_crossing_exploited_to_smuggle_is_a_use():
    article = arabic(
        "واتهمت الحكومة المتمردين باستغلال معبر نصيب لتهريب الأسلحة.",
        NASSIB,
    )
    used = only(article, "باستغلال")
    assert used.access is not None
    assert (used.access.target, used.access.effect) == ("crossing:nassib-jaber", "use")
