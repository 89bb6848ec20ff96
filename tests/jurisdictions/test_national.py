"""National (全国, CN): the baseline every jurisdiction starts from.

Measures: 中华人民共和国行政处罚法 (中华人民共和国主席令第七十号, in force 2021-07-15), the
Civil Code's counting of periods (中华人民共和国主席令第四十五号, in force 2021-01-01), and
ecoreg's compilation of statutory fine ranges (in force with 排污许可管理条例, 国务院令第736号,
2021-03-01).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ecoreg import JurisdictionLevel, late_surcharge, payment_deadline, standard_policy_book
from ecoreg.core import CaseFacts
from ecoreg.jurisdictions import national
from ecoreg.law import catalogue

D = dt.date
BOOK = standard_policy_book()
CN = BOOK.resolve(national.CODE, D(2026, 3, 10))

APL_KEYS = {
    "period.working_day_periods",
    "penalty.payment_deadline_days",
    "penalty.deferral_and_installments_allowed",
    "penalty.late_surcharge_daily_rate",
    "penalty.late_surcharge_cap_ratio",
    "penalty.enforcement_limit_from_term_end",
    "leniency.minor_no_harm_no_penalty",
    "leniency.first_violation_may_decline",
    "leniency.no_fault_no_penalty",
    "leniency.education_required",
}
KINDS = set(catalogue.kinds())
"""Every conduct of the catalogue (issue 21): one record each, whatever its first basis's date."""


def _parameters(measure_id: str) -> set[str]:
    (measure,) = (m for m in national.DATA["measures"] if m["id"] == measure_id)
    (version,) = measure["versions"]
    return set(version["parameters"])


# --- the jurisdiction ----------------------------------------------------------------------------


def test_entry() -> None:
    entry = BOOK.jurisdiction("CN")
    assert national.CODE == "CN"
    assert (entry.code, entry.name_zh, entry.name_en) == ("CN", "全国", "National")
    assert entry.level is JurisdictionLevel.NATIONAL
    assert entry.parent is None
    assert CN.chain == ("CN",)
    assert CN.jurisdiction == entry


def test_the_module_sets_these_parameters_and_no_others() -> None:
    assert _parameters("cn.administrative-penalty-law") == APL_KEYS
    assert _parameters("cn.violation-catalogue") == {"violations.catalogue"}
    assert _parameters("cn.civil-code.periods") == {"period.roll_last_day_to_working_day"}


# --- dates in force ------------------------------------------------------------------------------


def test_the_administrative_penalty_law_from_2021_07_15() -> None:
    before = BOOK.resolve("CN", D(2021, 7, 14))
    first = BOOK.resolve("CN", D(2021, 7, 15))
    for key in APL_KEYS:
        assert key not in before.parameters, key
        assert first.get(key).measure == "cn.administrative-penalty-law", key
        assert first.get(key).in_force_from == D(2021, 7, 15), key
    assert first.as_int("penalty.payment_deadline_days") == 15
    assert before.valid_until == D(2021, 7, 14)
    assert first.valid_from == D(2021, 7, 15)


def test_the_civil_code_periods_from_2021_01_01() -> None:
    key = "period.roll_last_day_to_working_day"
    assert key not in BOOK.resolve("CN", D(2020, 12, 31)).parameters
    first = BOOK.resolve("CN", D(2021, 1, 1))
    assert first.as_bool(key) is True
    assert first.get(key).measure == "cn.civil-code.periods"


def test_the_violation_catalogue_from_2021_03_01() -> None:
    key = "violations.catalogue"
    assert key not in BOOK.resolve("CN", D(2021, 2, 28)).parameters
    first = BOOK.resolve("CN", D(2021, 3, 1))
    assert set(first.records(key)) == KINDS
    assert first.get(key).in_force_from == D(2021, 3, 1)
    # A record is there from the start; whether the conduct was fined that day is its bases'.
    assert first.record(key, "air.over-limit").basis_on(D(2021, 3, 1)) is not None
    assert first.record(key, "air.coal-burner-no-control-equipment").basis_on(D(2021, 3, 1)) is None


def test_no_national_measure_ends() -> None:
    far = BOOK.resolve("CN", D(2040, 1, 1))
    assert far.as_int("penalty.payment_deadline_days") == 15
    assert far.as_bool("period.roll_last_day_to_working_day") is True
    assert set(far.records("violations.catalogue")) == KINDS
    assert far.valid_until is None


# --- values and citations ------------------------------------------------------------------------


def test_administrative_penalty_law_values() -> None:
    assert CN.as_tuple("period.working_day_periods") == (2, 3, 5, 7)
    assert CN.as_int("penalty.payment_deadline_days") == 15
    assert CN.as_bool("penalty.deferral_and_installments_allowed") is True
    assert CN.as_decimal("penalty.late_surcharge_daily_rate") == Decimal("0.03")
    assert CN.as_decimal("penalty.late_surcharge_cap_ratio") == Decimal(1)
    assert CN.as_bool("penalty.enforcement_limit_from_term_end") is True
    assert CN.as_bool("leniency.minor_no_harm_no_penalty") is True
    assert CN.as_bool("leniency.first_violation_may_decline") is True
    assert CN.as_bool("leniency.no_fault_no_penalty") is True
    assert CN.as_bool("leniency.education_required") is True


@pytest.mark.parametrize(
    ("key", "article", "paragraph", "item"),
    [
        ("period.working_day_periods", 85, None, None),
        ("penalty.payment_deadline_days", 67, 3, None),
        ("penalty.deferral_and_installments_allowed", 66, 2, None),
        ("penalty.late_surcharge_daily_rate", 72, 1, 1),
        ("penalty.late_surcharge_cap_ratio", 72, 1, 1),
        ("penalty.enforcement_limit_from_term_end", 72, 2, None),
        ("leniency.minor_no_harm_no_penalty", 33, 1, None),
        ("leniency.first_violation_may_decline", 33, 1, None),
        ("leniency.no_fault_no_penalty", 33, 2, None),
        ("leniency.education_required", 33, 3, None),
    ],
)
def test_administrative_penalty_law_citations(
    key: str, article: int, paragraph: int | None, item: int | None
) -> None:
    citation = CN.citation(key)
    assert citation.instrument.name_zh == "中华人民共和国行政处罚法"
    assert citation.instrument.number == "中华人民共和国主席令第七十号"
    assert citation.instrument.in_force == D(2021, 7, 15)
    assert (citation.article, citation.paragraph, citation.item) == (article, paragraph, item)
    assert CN.get(key).basis == "law"


def test_civil_code_value_and_citation() -> None:
    key = "period.roll_last_day_to_working_day"
    assert CN.as_bool(key) is True
    citation = CN.citation(key)
    assert citation.instrument.name_zh == "中华人民共和国民法典"
    assert citation.instrument.number == "中华人民共和国主席令第四十五号"
    assert citation.article == 203
    assert citation.label_zh == "《中华人民共和国民法典》第二百零三条"


@pytest.mark.parametrize(
    ("kind", "old", "code"),
    [
        ("air.no-permit", (99, None, 1, "100000", "1000000"), (1102, None, None, "200000", "1000000")),
        ("air.over-limit", (99, None, 2, "100000", "1000000"), (1107, None, None, "100000", "1000000")),
        ("air.evading-monitoring", (99, None, 3, "100000", "1000000"), (1108, None, None, "100000", "1000000")),
        ("monitoring.falsified-data", (99, None, 3, "100000", "1000000"), (1088, None, None, "100000", "1000000")),
        ("water.over-limit", (83, None, 2, "100000", "1000000"), (1107, None, None, "100000", "1000000")),
        ("water.evading-monitoring", (83, None, 3, "100000", "1000000"), (1108, None, None, "100000", "1000000")),
        ("monitoring.not-networked", (100, None, 3, "20000", "200000"), (1086, 1, 2, "20000", "200000")),
        ("monitoring.not-running", (100, None, 3, "20000", "200000"), (1086, 1, 2, "20000", "200000")),
        ("monitoring.anomaly-not-reported", (36, None, 8, "20000", "200000"), (1086, 1, 2, "20000", "200000")),
        ("monitoring.equipment-interference", (100, None, 1, "20000", "200000"), (1093, None, None, "20000", "200000")),
        ("dust.industrial-not-enclosed", (108, None, 5, "20000", "200000"), (1120, 1, 5, "20000", "200000")),
        ("dust.uncovered-stockpile", (117, None, 2, "10000", "100000"), (1130, None, 3, "10000", "100000")),
    ],
)  # fmt: skip
def test_catalogue_ranges_before_and_under_the_code(
    kind: str,
    old: tuple[int, int | None, int | None, str, str],
    code: tuple[int, int | None, int | None, str, str],
) -> None:
    before, after = CN.record("violations.catalogue", kind).bases
    for basis, (article, paragraph, item, low, high) in ((before, old), (after, code)):
        cited = basis.citation
        assert (cited.article, cited.paragraph, cited.item) == (article, paragraph, item)
        got = basis.range_for(CaseFacts())
        assert (got.low, got.high) == (Decimal(low), Decimal(high))
    assert before.ends == D(2026, 8, 14)
    assert after.starts == D(2026, 8, 15)
    assert after.citation.instrument.name_zh == "中华人民共和国生态环境法典"


def test_catalogue_never_lenient_kinds_and_its_citation() -> None:
    kinds = CN.records("violations.catalogue")
    # Falsified data, evading monitoring, dumping or spilling hazardous waste and toxic waste
    # into water (docs/fines.md, step 4).
    assert {k for k, v in kinds.items() if v.never_lenient} == {
        "air.evading-monitoring",
        "marine.evading-monitoring",
        "monitoring.agency-falsified-data",
        "monitoring.falsified-data",
        "monitoring.falsified-data-other",
        "monitoring.falsified-data-soil",
        "monitoring.falsified-data-water",
        "waste.hazardous-dumping",
        "waste.hazardous-transport-spill",
        "water.evading-monitoring",
        "water.toxic-waste-discharge",
    }
    citation = CN.citation("violations.catalogue")
    assert citation.instrument.name_zh == "生态环境违法行为法定罚款幅度汇编"
    assert citation.instrument.in_force == D(2021, 3, 1)


# --- worked cases --------------------------------------------------------------------------------


def test_15_days_from_2026_09_16_end_on_2026_10_08_after_national_day() -> None:
    deadline = payment_deadline(D(2026, 9, 16), policy=BOOK.resolve("CN", D(2026, 9, 16)))
    assert deadline.rolled_from == D(2026, 10, 1)
    assert deadline.last_day == D(2026, 10, 8)
    assert [r.citation.article for r in deadline.reasons if r.citation is not None] == [
        67,
        201,
        203,
    ]


def test_10000_paid_40_days_late_carries_a_surcharge_capped_at_10000() -> None:
    decision = late_surcharge("10000", due_on=D(2026, 3, 1), paid_on=D(2026, 4, 10), policy=CN)
    assert decision.outcome.days_late == 40
    assert decision.outcome.uncapped == Decimal("12000.00")  # 3 % a day, Art. 72 ¶1 (1)
    assert decision.outcome.surcharge == Decimal("10000.00")  # never above the fine
    assert decision.outcome.total_due == Decimal("20000.00")
