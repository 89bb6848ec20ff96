import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

from ecoreg import Citation, Decision, Fact, Hint, Notice, Reason, chinese_numeral, facts
from ecoreg.exceptions import InvalidInputError
from ecoreg.law import administrative_penalty_law as apl
from ecoreg.testing import citations, decisions

SCHEMAS = Path(__file__).parent.parent / "src" / "ecoreg" / "schemas"


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "一"),
        (10, "十"),
        (11, "十一"),
        (20, "二十"),
        (36, "三十六"),
        (100, "一百"),
        (105, "一百零五"),
        (117, "一百一十七"),
        (1000, "一千"),
        (1001, "一千零一"),
        (1010, "一千零一十"),
        (2024, "二千零二十四"),
    ],
)
def test_chinese_numerals(n: int, text: str) -> None:
    assert chinese_numeral(n) == text


def test_chinese_numeral_range() -> None:
    with pytest.raises(InvalidInputError, match="number"):
        chinese_numeral(0)


def test_citation_labels() -> None:
    assert apl.ART_67.label_zh == "《中华人民共和国行政处罚法》第六十七条第三款"
    assert apl.ART_66.label_en == "Administrative Penalty Law of the PRC, Art. 66(2)"
    bare = Citation(instrument=apl.INSTRUMENT)
    assert bare.label_zh == "《中华人民共和国行政处罚法》（中华人民共和国主席令第七十号）"


def test_citation_refuses_article_zero() -> None:
    with pytest.raises(InvalidInputError) as info:
        Citation(instrument=apl.INSTRUMENT, article=0)
    assert info.value.field == "article"


def test_facts_are_canonical_json_scalars() -> None:
    from decimal import Decimal  # noqa: PLC0415

    got = {f.name: f.value for f in facts({"a": Decimal("1.50")}, b=[1, 2], c=None)}
    assert got == {"a": "1.50", "b": "1, 2", "c": None}


def test_decision_explains_in_both_languages() -> None:
    decision = Decision[str](
        outcome="refused",
        decided_on="2026-03-01",  # type: ignore[arg-type]
        reasons=(
            Reason(
                rule_id="payment.deadline",
                citation=apl.ART_67,
                message_zh="申请晚于缴款期限。",
                message_en="The application is after the payment deadline.",
                facts=facts(days=15),
            ),
        ),
        hints=(
            Hint(rule_id="payment.deadline", message_zh="提前申请。", message_en="Apply earlier."),
        ),
        warnings=(
            Notice(code="calendar.provisional", message_zh="暂定。", message_en="Provisional."),
        ),
    )
    assert decision.rule_ids == ("payment.deadline",)
    assert decision.reasons[0].fact("days") == 15
    with pytest.raises(KeyError):
        decision.reasons[0].fact("nope")
    zh = decision.explain("zh")
    assert "第六十七条" in zh
    assert "提示" in zh
    assert "注意" in zh
    assert "Art. 67(3)" in decision.explain("en")
    with pytest.raises(InvalidInputError, match="language"):
        decision.explain("fr")


def test_decisions_are_immutable() -> None:
    decision = Decision[bool](outcome=True, decided_on="2026-03-01")  # type: ignore[arg-type]
    with pytest.raises(Exception, match="frozen"):
        decision.outcome = False  # type: ignore[misc]
    assert hash(decision) == hash(Decision[bool](outcome=True, decided_on="2026-03-01"))  # type: ignore[arg-type]


def test_bad_decision_names_the_field() -> None:
    with pytest.raises(InvalidInputError) as info:
        Decision[bool].from_data({"outcome": True, "decided_on": "2026-13-01"})
    assert info.value.field == "decided_on"
    with pytest.raises(InvalidInputError) as info:
        Reason(rule_id="Bad Id", citation=None, message_zh="x", message_en="x")
    assert info.value.field == "rule_id"
    with pytest.raises(InvalidInputError) as info:
        Fact(name="", value=1)
    assert info.value.field == "name"


@given(decisions())
def test_decisions_round_trip_through_json(decision: Decision[Any]) -> None:
    assert Decision[bool].from_json(decision.to_json()) == decision
    assert Decision[bool].from_data(json.loads(decision.to_json())) == decision


@given(citations())
def test_citations_round_trip(citation: Citation) -> None:
    assert Citation.from_json(citation.to_json()) == citation
    assert citation.label_zh.startswith("《")


def test_published_schemas_match_the_code() -> None:
    from ecoreg.schemas import SCHEMAS as GENERATORS  # noqa: PLC0415

    for name, generate in GENERATORS.items():
        published = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
        assert published == generate(), (
            f"src/ecoreg/schemas/{name}.schema.json is stale: run scripts/gen_schemas.py"
        )
