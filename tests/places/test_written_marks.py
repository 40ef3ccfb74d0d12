"""Arabic names written with the marks most spellings leave out: the marks tell namesakes apart
where the source holds the marked spelling for one of them ("عمّان", with a shadda, is Amman;
"عمان" unmarked may be Amman or Oman)."""

from __future__ import annotations

from datetime import date

from passage import pipeline
from passage.record import Article
from passage.stages.places import lookup
from passage.stages.places.normalise import has_arabic_marks


def test_which_marks_tell_words_apart():
    assert has_arabic_marks("عمّان") and has_arabic_marks("عَمّان")
    assert not has_arabic_marks("عمان") and not has_arabic_marks("بـغداد")  # tatweel is no mark


def test_a_shadda_the_source_writes_for_one_namesake_picks_it(index):
    assert [(c.name, c.kind) for c in lookup("عمّان", lang="ar")][:1] == [("Amman", "town")]
    # unmarked, both readings stay and the ranking (or the article) chooses
    assert {c.name for c in lookup("عمان", lang="ar")} >= {"Amman", "Oman"}


def test_marks_no_entry_carries_change_nothing(index):
    assert lookup("بَغْدَاد", lang="ar")[0].name == lookup("بغداد", lang="ar")[0].name == "Baghdad"


def test_in_running_text_with_no_country_named(index):
    text = "وصل الوفد الحكومي إلى عمّان مساء الخميس قادما من بيروت."
    article = pipeline.run(Article(text=text, language="ar", published=date(2025, 4, 3)))
    assert [(p.text, p.name) for p in article.places] == [("عمّان", "Amman"), ("بيروت", "Beirut")]
