"""Arabic claims: a denial of "the allegations" denies the accusation told before it, by the
speaker named before (by surname too); a sentence with a voice of its own does not go on with
the account before it."""

from tests.claims.claim_helpers import Said, claims_by_trigger

OUTLET = "الجريدة"


def _claims(text: str) -> dict[str, Said]:
    return claims_by_trigger(text, "ar", OUTLET)


def test_a_denial_of_these_accusations_denies_the_act_alleged_before():
    found = _claims(
        "اتهم الجيش الإسرائيلي حزب الله بنقل أسلحة عبر معبر المصنع. "
        "ونفى المتحدث باسم الحكومة اللبنانية هذه الاتهامات."
    )
    assert found["بنقل"] == {
        ("alleged", ("Israel Defense Forces",)),
        ("denied", ("Government of Lebanon",)),
    }


def test_the_accused_party_denying_the_allegations_is_a_denied_claim_of_its_own():
    found = _claims(
        "اتهمت الحكومة السودانية قوات الدعم السريع بنهب السوق في مدينة الجنينة. "
        "ونفى الناطق باسم قوات الدعم السريع الفاتح قرشي الادعاءات، مؤكداً أن قواته تحمي المدنيين."
    )
    assert ("denied", ("Rapid Support Forces",)) in found["بنهب"]


def test_allegations_about_something_else_deny_nothing_told_before():
    found = _claims(
        "اتهمت الحكومة السودانية قوات الدعم السريع بنهب السوق في مدينة الجنينة. "
        "ونفى الناطق باسم قوات الدعم السريع الادعاءات حول تهريب الوقود."
    )
    assert all(status != "denied" for status, _c in found["بنهب"])


def test_a_speaker_named_before_denies_by_his_surname():
    found = _claims(
        "اتهم الجيش الإسرائيلي حزب الله بنقل أسلحة عبر معبر المصنع. "
        "وقال وزير الأشغال علي حمية إن الشاحنات تخضع للرقابة. "
        "ونفى حمية الادعاءات الإسرائيلية."
    )
    assert ("denied", ("وزير الأشغال علي حمية",)) in found["بنقل"]


def test_a_minister_named_with_his_country_s_adjective_speaks_for_its_government():
    found = _claims("قال وزير الداخلية التونسي خالد النوري إن معبر رأس جدير أغلق يوم الاثنين.")
    assert found["أغلق"] == {("reported", ("Government of Tunisia",))}


def test_a_minister_named_without_a_country_stays_his_noun_phrase():
    found = _claims("قال وزير الداخلية خالد النوري إن معبر رأس جدير أغلق يوم الاثنين.")
    assert found["أغلق"] == {("reported", ("وزير الداخلية خالد النوري",))}
