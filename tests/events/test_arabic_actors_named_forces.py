"""Arabic actors and tolls: a force no list knows keeps the words that name it, the armed
groups and missions of the region are known by their Arabic names, and a number beats a vague
word ("عشرات")."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import parsed

from passage import pipeline
from passage.record import Article
from passage.stages import actors


def mentions(text: str) -> list[tuple[str, str, str]]:
    article = actors.annotate(parsed(text, language_code="ar"))
    return [(m.text, m.name, m.kind) for m in article.actors]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("اتهمت الحكومة بإدخال أسلحة إلى قوات تأسيس عبر الحدود.", "قوات تأسيس"),
        ("هاجمت قوات درع السودان بلدة في ولاية الجزيرة.", "قوات درع السودان"),
        ("وصلت الأسلحة لقوات تأسيس التي تسيطر على المدينة.", "قوات تأسيس"),  # after a clitic
    ],
)
def test_an_unknown_force_keeps_its_words_and_is_unidentified(text, words) -> None:
    assert (words, words, "unidentified") in mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "انتشرت قوات خاصة في المدينة.",  # an adjective, not a name
        "وصلت قوات من الجيش إلى المعبر.",  # a preposition follows the head
        "انتشرت قوات أمن في محيط المعبر.",  # security forces, a common noun
    ],
)
def test_a_force_s_head_with_no_name_after_it_is_no_actor(text) -> None:
    assert all(kind != "unidentified" for _t, _n, kind in mentions(text)), mentions(text)


def test_a_known_force_wins_over_an_unknown_name() -> None:
    found = mentions("هاجمت قوات الدعم السريع وقوات إسرائيلية مواقع مختلفة.")
    assert [(t, n) for t, n, _k in found] == [
        ("قوات الدعم السريع", "Rapid Support Forces"),
        ("قوات إسرائيلية", "Israel Defense Forces"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قالت قوات اليونيفيل إن دورية تعرضت لإطلاق نار.", "United Nations"),
        ("انتشرت قوات حفظ السلام قرب الحدود.", "United Nations"),
        ("أطلقت كتائب عز الدين القسام صواريخ على المدينة.", "Hamas"),
        ("هاجمت حركة تحرير السودان مواقع في شمال دارفور.", "Sudan Liberation Movement/Army"),
        ("تبنى تنظيم القاعدة في جزيرة العرب الهجوم.", "Al-Qaeda in the Arabian Peninsula"),
        ("هاجمت جبهة تحرير أزواد قافلة للجيش المالي.", "Azawad Liberation Front"),
    ],
)
def test_armed_groups_and_missions_are_known_by_their_arabic_names(text, name) -> None:
    assert name in [n for _t, n, _k in mentions(text)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "وكانت الحكومة السودانية قد حظرت دخول الشحنات عبر معبر أدري بدعوى إدخال أسلحة "
            "إلى قوات الدعم السريع.",
            "Government of Sudan",
        ),
        ("أغلقت السلطات الليبية معبر رأس جدير بحجة تسلل مسلحين.", "Government of Libya"),
    ],
)
def test_a_party_named_in_the_pretext_did_not_do_the_act(text, actor) -> None:
    article = pipeline.run(
        Article(text=text, language="ar", outlet="Outlet", published=date(2024, 8, 1))
    )
    closes = [e for e in article.events if e.access and e.access.effect == "close"]
    assert [[a.name for a in e.actors if a.role == "actor"] for e in closes] == [[actor]]


@pytest.mark.parametrize(
    ("text", "toll", "vague"),
    [
        # "dozens" yields to the number another voice gives
        (
            "أسفر القصف عن مقتل عشرات المدنيين في الفاشر، وقالت مصادر طبية إن 27 شخصا قتلوا "
            "في القصف.",
            27,
            False,
        ),
        ("قتل جندي وأصيب ثلاثة آخرون في هجوم على حاجز للجيش.", 1, False),  # a noun counts one
        ("أسفر القصف عن مقتل عشرات المدنيين في الفاشر.", 12, True),
    ],
)
def test_arabic_tolls_keep_a_number_before_a_vague_word(text, toll, vague) -> None:
    article = pipeline.run(
        Article(text=text, language="ar", outlet="Outlet", published=date(2024, 8, 1))
    )
    tolls = [e.fatalities for e in article.events if e.fatalities is not None]
    assert [(f.min, f.vague) for f in tolls] == [(toll, vague)]
