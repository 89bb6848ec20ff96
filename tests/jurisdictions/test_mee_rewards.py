"""The national frame of rewards (环办执法〔2020〕8号) and ecoreg's documented reward defaults."""

from __future__ import annotations

import datetime as dt

from ecoreg import standard_policy_book
from ecoreg.jurisdictions import mee_rewards

BOOK = standard_policy_book()


def test_guidance_in_force_and_real_name_rule() -> None:
    assert mee_rewards.CODE == "CN"
    policy = BOOK.resolve("CN", dt.date(2020, 4, 24))
    assert policy.as_bool("rewards.anonymous_allowed") is False
    citation = policy.citation("rewards.anonymous_allowed")
    assert citation.instrument.number == "环办执法〔2020〕8号"
    assert "实名举报人" in (citation.quote_zh or "")
    assert policy.as_str("rewards.model") == "local"
    assert "rewards.model" not in BOOK.resolve("CN", dt.date(2020, 4, 23)).parameters


def test_defaults_are_marked_as_defaults() -> None:
    policy = BOOK.resolve("CN", dt.date(2026, 9, 1))
    for key in (
        "rewards.notify_working_days",
        "rewards.claim_days",
        "rewards.pay_working_days",
        "rewards.first_reporter_only",
        "rewards.rounding",
    ):
        assert policy.get(key).basis == "default", key
        assert policy.get(key).citation.note, key
