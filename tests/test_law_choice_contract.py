"""The choice of law (从旧兼从轻) and the limitation choice, pinned at their edges.

`test_law.py` shows decisions citing the right law; this file checks `choose_basis` and
`choose_limitation` themselves: the fields an error names, the record of both candidates, the
reason's words and facts in each branch. Written against the surviving mutants of
``make mutation MODULE=_law``.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest

from ecoreg.core._records import ViolationKind
from ecoreg.exceptions import InvalidInputError
from ecoreg.jurisdictions import standard_policy_book
from ecoreg.law import catalogue
from ecoreg.law.regimes import regime_on
from ecoreg.penalties._choice import choose_basis, choose_limitation
from ecoreg.penalties._settings import PenaltySettings
from policy_helpers import local_measure

D = dt.date
BEFORE, CODE_DAY = D(2026, 8, 14), D(2026, 8, 15)
POLICY = standard_policy_book().resolve("CN", D(2026, 10, 1))


def _facts(reason: Any) -> dict[str, object]:
    return {f.name: f.value for f in reason.facts}


def _variant(
    kind_id: str, *, new_range: tuple[str, str] | None, ends: bool = False
) -> ViolationKind:
    """A catalogue kind whose Code basis has another range, or which the Code dropped."""
    data: dict[str, Any] = copy.deepcopy(
        dict(next(k for k in catalogue.KINDS_DATA if k["id"] == kind_id))
    )
    if ends:
        data["bases"] = data["bases"][:1]
    elif new_range is not None:
        data["bases"][1]["fine"] = {"shape": "range", "min": new_range[0], "max": new_range[1]}
    return ViolationKind.from_data(data)


def test_the_same_basis_needs_no_reason() -> None:
    kind = catalogue.kind("air.over-limit")
    choice = choose_basis(kind, act_on=D(2026, 9, 1), decided_on=D(2026, 10, 1), act_field="a")
    assert (choice.act_on, choice.decided_on) == (D(2026, 9, 1), D(2026, 10, 1))
    assert choice.at_act is choice.at_decision is choice.basis
    assert choice.regime is regime_on(D(2026, 9, 1))
    assert choice.reason is None


def test_a_heavier_new_law_leaves_the_old_one() -> None:
    kind = catalogue.kind("air.no-permit")  # 100,000–1,000,000, then 200,000–1,000,000
    choice = choose_basis(kind, act_on=BEFORE, decided_on=CODE_DAY, act_field="act_on")
    assert (choice.act_on, choice.decided_on) == (BEFORE, CODE_DAY)
    assert choice.basis is choice.at_act
    assert choice.at_decision is not None
    assert choice.at_decision.citation.article == 1102
    assert choice.regime is regime_on(BEFORE)
    reason = choice.reason
    assert reason is not None
    assert reason.rule_id == "law.choice"
    assert reason.message_zh.startswith(
        "从旧兼从轻（《中华人民共和国行政处罚法》第三十七条、《中华人民共和国生态环境法典》第一千零五十七条）"
    )
    assert "新的规定处罚不轻于原规定，适用违法行为发生时的规定。" in reason.message_zh
    assert reason.message_en.startswith(
        "Choice of law (Administrative Penalty Law Art. 37 and Ecological Environment Code "
        "Art. 1057): the act of 2026-08-14"
    )
    assert reason.message_en.endswith(
        "the new law is not lighter, so the law at the time of the act applies."
    )
    assert _facts(reason)["applied"] == "act"
    assert _facts(reason)["range_at_act"] == "100000.00–1000000.00"
    assert _facts(reason)["range_at_decision"] == "200000.00–1000000.00"


def test_a_lighter_new_law_applies_with_its_era() -> None:
    kind = _variant("air.no-permit", new_range=("50000", "500000"))
    choice = choose_basis(kind, act_on=BEFORE, decided_on=CODE_DAY, act_field="act_on")
    assert choice.basis is choice.at_decision
    assert choice.regime is regime_on(CODE_DAY)
    assert choice.reason is not None
    assert choice.reason.message_zh.endswith("新的规定处罚较轻，适用新的规定。")
    assert choice.reason.message_en.endswith("the new law punishes more lightly and applies.")
    assert _facts(choice.reason)["applied"] == "decision"
    assert choice.at_decision is not None
    assert (choice.at_act.citation.article, choice.at_decision.citation.article) == (99, 1102)


def test_conduct_that_is_no_longer_a_violation() -> None:
    kind = _variant("air.no-permit", new_range=None, ends=True)
    choice = choose_basis(kind, act_on=BEFORE, decided_on=CODE_DAY, act_field="act_on")
    assert choice.basis is None
    assert choice.at_decision is None
    assert choice.regime is regime_on(CODE_DAY)
    assert choice.reason is not None
    assert "已不认为是违法" in choice.reason.message_zh
    assert "no longer a violation" in choice.reason.message_en
    assert _facts(choice.reason)["basis_at_decision"] is None
    assert _facts(choice.reason)["range_at_decision"] is None


def test_a_decision_before_the_code_cites_article_37_alone() -> None:
    data = copy.deepcopy(dict(next(k for k in catalogue.KINDS_DATA if k["id"] == "air.no-permit")))
    data["bases"][0]["in_force_until"] = "2025-12-31"
    data["bases"][1] = {
        **data["bases"][0],
        "fine": {"shape": "range", "min": "50000", "max": "500000"},
    }
    data["bases"][1]["in_force_from"], data["bases"][1]["in_force_until"] = "2026-01-01", None
    kind = ViolationKind.from_data(data)
    choice = choose_basis(kind, act_on=D(2025, 12, 1), decided_on=D(2026, 2, 1), act_field="a")
    assert choice.reason is not None
    assert choice.reason.message_zh.startswith(
        "从旧兼从轻（《中华人民共和国行政处罚法》第三十七条）"
    )
    assert choice.reason.message_en.startswith(
        "Choice of law (Administrative Penalty Law Art. 37):"
    )


def test_errors_name_the_callers_fields() -> None:
    kind = catalogue.kind("air.no-permit")
    with pytest.raises(InvalidInputError) as info:
        choose_basis(kind, act_on=D(2010, 1, 1), decided_on=CODE_DAY, act_field="act_ended_on")
    assert (info.value.field, info.value.value) == ("act_ended_on", D(2010, 1, 1))
    assert info.value.allowed == (
        "a date on which air.no-permit was a violation (2018-10-26 – 2026-08-14, 2026-08-15 – …)"
    )
    monitoring = catalogue.kind("monitoring.anomaly-not-reported")  # a violation from 2021-03-01
    with pytest.raises(InvalidInputError) as info:
        choose_basis(monitoring, act_on=D(2021, 8, 1), decided_on=D(2019, 1, 1), act_field="a")
    assert info.value.field == "decided_on"
    early = catalogue.kind("air.no-permit")  # a violation from 2018, before ecoreg's first era
    with pytest.raises(InvalidInputError) as info:
        choose_basis(early, act_on=D(2019, 1, 1), decided_on=CODE_DAY, act_field="act_on")
    assert info.value.field == "act_on"
    assert info.value.value == D(2019, 1, 1)
    assert info.value.allowed == "a date on or after 2021-07-15 (the 2021 行政处罚法)"
    with pytest.raises(InvalidInputError) as info:
        choose_limitation(
            start=D(2019, 1, 1),
            decided_on=CODE_DAY,
            grave_harm=False,
            environmental_harm=False,
            settings=PenaltySettings.of(POLICY),
            start_field="act_ended_on",
        )
    assert (info.value.field, info.value.value) == ("act_ended_on", D(2019, 1, 1))
    with pytest.raises(InvalidInputError) as info:
        choose_limitation(
            start=CODE_DAY,
            decided_on=D(2019, 1, 1),
            grave_harm=False,
            environmental_harm=False,
            settings=PenaltySettings.of(POLICY),
            start_field="act_ended_on",
        )
    assert info.value.field == "decided_on"


def _limitation(follows: str | None, *, start: dt.date = BEFORE) -> Any:
    policy = POLICY
    if follows is not None:
        book = standard_policy_book().extend(local_measure({"law.limitation_follows": follows}))
        policy = book.resolve("CN-TJ", D(2026, 10, 1))
    return choose_limitation(
        start=start,
        decided_on=CODE_DAY,
        grave_harm=False,
        environmental_harm=True,
        settings=PenaltySettings.of(policy),
        start_field="act_ended_on",
    )


def test_limitation_by_the_choice_of_law_rule() -> None:
    # Environmental harm: 2 years at the act (before the Code), 5 at the decision (Art. 1054).
    choice = _limitation(None)
    assert choice.rule.years == 2
    assert choice.ends_on == D(2028, 8, 14)
    assert choice.reason is not None
    assert _facts(choice.reason)["limitation_follows"] == "art37"
    assert _facts(choice.reason)["applied_years"] == 2
    assert "追责期限按从旧兼从轻确定" in choice.reason.message_zh
    assert "the limitation follows the choice-of-law rule" in choice.reason.message_en
    assert choice.reason.message_en == (
        "At the act Administrative Penalty Law of the PRC, Art. 36 gives 2 years, at the decision "
        "Ecological Environment Code of the PRC, Art. 1054(1) gives 5 years; the limitation follows "
        "the choice-of-law rule (ecoreg's default; law.limitation_follows can switch it to the "
        "law at the decision): 2 years under Administrative Penalty Law of the PRC, Art. 36."
    )


def test_limitation_by_the_law_at_the_decision() -> None:
    choice = _limitation("decision_date")
    assert choice.rule.years == 5
    assert choice.ends_on == D(2031, 8, 14)
    assert choice.reason is not None
    assert _facts(choice.reason)["limitation_follows"] == "decision_date"
    assert _facts(choice.reason)["applied_years"] == 5
    assert "依政策按作出决定时的规定计算追责期限" in choice.reason.message_zh
    assert "the policy counts the limitation by the law at the decision" in choice.reason.message_en


def test_the_same_limitation_needs_no_reason() -> None:
    choice = _limitation(None, start=CODE_DAY)
    assert (choice.rule.years, choice.ends_on, choice.reason) == (5, D(2031, 8, 15), None)


def test_a_shorter_limitation_at_the_decision_applies(monkeypatch: pytest.MonkeyPatch) -> None:
    import ecoreg.penalties._choice as law  # noqa: PLC0415 - the eras are swapped for this case only

    # Swap the eras: the act falls under the Code (5 years), the decision under the 2021 law (2).
    swapped = {BEFORE: regime_on(CODE_DAY), CODE_DAY: regime_on(BEFORE)}
    monkeypatch.setattr(law, "_regime", lambda day, _field: swapped[day])
    choice = _limitation(None)
    assert choice.rule.years == 2
    assert choice.rule.citation.article == 36
    assert choice.ends_on == D(2028, 8, 14)


def test_equal_periods_from_different_articles_keep_the_law_at_the_act() -> None:
    choice = choose_limitation(
        start=BEFORE,
        decided_on=CODE_DAY,
        grave_harm=True,
        environmental_harm=True,
        settings=PenaltySettings.of(POLICY),
        start_field="act_ended_on",
    )
    assert choice.rule.years == 5
    assert choice.rule.citation.article == 36  # 行政处罚法 Art. 36, not the Code's Art. 1054
    assert choice.reason is not None
    assert _facts(choice.reason)["years_at_decision"] == 5


def test_the_decision_date_reason_in_full() -> None:
    reason = _limitation("decision_date").reason
    assert reason.message_zh == (
        "违法行为时《中华人民共和国行政处罚法》第三十六条规定2年，作出决定时"
        "《中华人民共和国生态环境法典》第一千零五十四条第一款规定5年；"
        "依政策按作出决定时的规定计算追责期限，适用《中华人民共和国生态环境法典》"
        "第一千零五十四条第一款规定的5年。（天津市地方规定）"  # the measure is Tianjin's
    )
    assert reason.message_en == (
        "At the act Administrative Penalty Law of the PRC, Art. 36 gives 2 years, at the decision "
        "Ecological Environment Code of the PRC, Art. 1054(1) gives 5 years; the policy counts "
        "the limitation by the law at the decision: 5 years under Ecological Environment Code of "
        "the PRC, Art. 1054(1). (a local measure of Tianjin)"
    )
