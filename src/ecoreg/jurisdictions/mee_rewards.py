"""The national frame of whistleblower rewards (举报奖励), and ecoreg's defaults for it.

《关于实施生态环境违法行为举报奖励制度的指导意见》(环办执法〔2020〕8号), issued by the General
Office of the Ministry of Ecology and Environment in April 2020: verified reports by real-name
reporters are rewarded unless they decline ("经查证属实，对符合条件的实名举报人，除本人明确拒绝接受
外，均应给予奖励"); a report names its target and violation; the amounts are left to local
rules. ecoreg read it in three agreeing reprints (中新网 2020-04-26, 中国建材报 2020-04-30, 科技日报
2020-05-12), not in the official text; see ``shared/domain/rewards.md``. The conditions local
measures add (exclusions, the first reporter, deadlines) are ecoreg's documented defaults here,
each with the local measure it follows.

Examples:
    >>> DATA["measures"][0]["id"]
    'cn.mee.reporting-rewards'
"""

from __future__ import annotations

from ecoreg.jurisdictions._build import default, layer, measure, param
from ecoreg.jurisdictions.national import CODE as NATIONAL
from ecoreg.law.defaults import ECOREG_DEFAULTS

__all__ = ["CODE", "DATA", "GUIDANCE_IN_FORCE"]

CODE = NATIONAL

GUIDANCE_IN_FORCE = "2020-04-24"
"""The guidance was published on the Ministry's site about 2020-04-24 (reprints of 04-26)."""

_REPRINTS = "As reprinted by 中新网 2020-04-26, 中国建材报 2020-04-30, 科技日报 2020-05-12."

_ALL = [
    "fine",
    "seal_seize",
    "limit_stop_production",
    "daily_penalty",
    "administrative_detention",
    "criminal_referral",
    "criminal_detention",
    "arrest",
    "conviction",
    "incident_avoided_general",
    "incident_avoided_larger",
    "incident_avoided_major",
    "incident_avoided_especially_major",
]
"""The outcomes that earn a reward by default: a penalty decision or heavier, or an incident
avoided (a warning or an order to correct alone earns nothing unless a local rule says so)."""

DATA = layer(
    [],
    [
        measure(
            "cn.mee.reporting-rewards",
            CODE,
            "关于实施生态环境违法行为举报奖励制度的指导意见",
            "Guidance on whistleblower rewards for ecological and environmental violations",
            GUIDANCE_IN_FORCE,
            {
                "id": "cn.mee.reporting-rewards.2020",
                "name_zh": "关于实施生态环境违法行为举报奖励制度的指导意见",
                "name_en": "MEE guidance on whistleblower rewards",
                "number": "环办执法〔2020〕8号",
                "issuer_zh": "生态环境部办公厅",
                "in_force": GUIDANCE_IN_FORCE,
            },
            {
                "rewards.anonymous_allowed": {
                    **param(False, "Real-name reporters are rewarded. " + _REPRINTS, "local"),
                    "quote_zh": "经查证属实，对符合条件的实名举报人，除本人明确拒绝接受外，均应给予奖励。",
                },
                "rewards.target_and_violation_required": {
                    **param(True, _REPRINTS, "local"),
                    "quote_zh": "举报人举报的事项应当客观真实，一般应有明确的举报对象和环境违法行为。",
                },
                "rewards.exclude_false_report": {
                    **param(True, "A report must be true (客观真实). " + _REPRINTS, "local"),
                    "quote_zh": "举报人举报的事项应当客观真实",
                },
                "rewards.model": param(
                    "local",
                    "The guidance leaves the violation types and amounts to provincial and "
                    "prefecture-level rules. " + _REPRINTS,
                    "local",
                ),
            },
        ),
        measure(
            "ecoreg.defaults.rewards",
            CODE,
            "ecoreg 默认参数：举报奖励",
            "ecoreg defaults: whistleblower rewards",
            GUIDANCE_IN_FORCE,
            {
                **ECOREG_DEFAULTS.to_data(),
                "id": "ecoreg.defaults.rewards",
                "in_force": GUIDANCE_IN_FORCE,
            },
            {
                "rewards.rewarding_outcomes": default(
                    _ALL,
                    "Most local measures reward a report once a penalty decision, a coercive "
                    "measure, a police or criminal step follows, or an incident was avoided "
                    "(重庆 2025, 达州 2025); a warning alone is not listed.",
                ),
                "rewards.exclude_known_before": default(
                    True,
                    "湖南 2025 (事先未被生态环境部门掌握) and 深圳 2016 exclude facts the "
                    "department already knew.",
                ),
                "rewards.exclude_media_exposed": default(
                    False, "Only 湖南 2025 is known to exclude facts already in the media."
                ),
                "rewards.exclude_supervisory_staff": default(
                    True,
                    "Local rules exclude staff with a supervisory duty (清远 龙塘镇: "
                    "非负有监督职责的人员); close relatives follow the usual 回避 rule.",
                ),
                "rewards.exclude_non_cooperation": default(
                    True, "深圳 2016: a reporter who without good reason will not assist."
                ),
                "rewards.first_reporter_only": default(
                    True, "山东 2019, 重庆 2024, 大理: only the first valid reporter."
                ),
                "rewards.several_violations": default(
                    "highest", "山东 2019, 重庆 2024: 不累计，按就高原则."
                ),
                "rewards.repeat_after_close": default(
                    True, "大理, 山东 2019, 重庆 2025: a new violation after the case closed."
                ),
                "rewards.rounding": default(
                    "fen", "No measure found says how rewards are rounded; ecoreg keeps the fen."
                ),
                "rewards.notify_working_days": default(
                    10,
                    "浙江's solid-waste interim measure: notify within 10 working days of the "
                    "penalty decision; no national period exists.",
                ),
                "rewards.claim_days": default(
                    60, "浙江's solid-waste interim measure: claim within 60 days of the notice."
                ),
                "rewards.pay_working_days": default(
                    30,
                    "No measure in ecoreg's sources fixes when a claimed reward is paid; ecoreg "
                    "allows 30 working days (about six weeks) so a deadline can be tracked.",
                ),
            },
        ),
    ],
)
"""The national frame and ecoreg's reward defaults, as read-only policy data."""
