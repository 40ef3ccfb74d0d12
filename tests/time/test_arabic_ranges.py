"""Arabic stretches of time: two dates that open and close one stretch ("منذ ... وحتى ...",
"بين ... و...") are read as one mention whose interval runs from the first to the second
(`time.stretches`, what dates events), while the time layer keeps both expressions.
Sentences of our own, wire style."""

from __future__ import annotations

from datetime import date

from passage.stages import time as time_stage

PUBLISHED = date(2025, 6, 12)  # a Thursday


def mentions(text: str):
    return time_stage.stretches(text, time_stage.extract(text, PUBLISHED, "ar"), "ar")


def test_the_time_layer_keeps_both_ends_apart_as_timebank_marks_them():
    found = time_stage.extract(
        "عبرت 900 شاحنة منذ 3 مايو الماضي وحتى يوم الأحد الماضي.", PUBLISHED, "ar"
    )
    assert [m.text for m in found] == ["3 مايو الماضي", "يوم الأحد الماضي"]


def test_since_and_until_give_one_range():
    text = "عبرت 900 شاحنة منذ 3 مايو الماضي وحتى يوم الأحد الماضي."
    found = mentions(text)
    assert len(found) == 1
    value = found[0].value
    assert value is not None
    assert (value.start, value.end, value.precision) == (date(2025, 5, 3), date(2025, 6, 8), "day")
    assert found[0].text == "3 مايو الماضي وحتى يوم الأحد الماضي"


def test_a_range_takes_the_coarser_precision_of_its_ends():
    found = mentions("ظل المعبر مغلقا منذ عام 2021 وحتى 5 مارس 2024.")
    assert len(found) == 1
    value = found[0].value
    assert value is not None
    assert (value.start, value.end, value.precision) == (
        date(2021, 1, 1),
        date(2024, 3, 5),
        "year",
    )


def test_two_dates_without_an_opening_word_stay_two():
    found = mentions("وصلت قافلة يوم 3 مايو وحتى يوم الأحد لم تصل غيرها.")
    assert len(found) == 2


def test_a_date_since_which_something_else_follows_is_not_a_range():
    found = mentions("دخلت 500 شاحنة منذ 7 أكتوبر 2023، فضلاً عن شاحنات الوقود يوم الأحد.")
    assert len(found) == 2
    assert found[0].value is not None and found[0].value.end == date(2023, 10, 7)


def test_an_end_before_the_start_is_no_range():
    found = mentions("منذ 20 مايو وحتى 3 مايو من العام الماضي تضاربت الأرقام.")
    assert len(found) == 2
