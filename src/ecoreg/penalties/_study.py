"""`study_standing`: a law-study ledger read into points and the benefits they bring (Yingkou)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ecoreg.core._boundary import check_public
from ecoreg.core._decision import Decision, Reason, facts
from ecoreg.core._periods import add_months
from ecoreg.core._time import parse_date
from ecoreg.penalties._case import StudyEntry, StudyStanding
from ecoreg.penalties._settings import StudySettings

if TYPE_CHECKING:
    import datetime as dt

    from ecoreg.core._policy import Policy

__all__ = ["study_standing"]


def study_standing(
    entries: tuple[StudyEntry, ...] | list[StudyEntry],
    *,
    policy: Policy,
    on: dt.date | str,
) -> Decision[StudyStanding]:
    """Points of a law-study ledger on a date, and the benefits they bring (Yingkou).

    Class hours of ``study.minutes_per_class_hour`` minutes earn
    ``study.points_per_class_hour`` each; an exam scoring at least
    ``study.exam_pass_score`` earns ``study.points_per_exam_pass``. Points
    earned more than ``study.points_valid_months`` months before ``on`` (or
    after it) do not count.
    """
    day = parse_date(on, field="on")
    policy.check_date(day, "on")
    s = StudySettings.of(policy)
    since, _ = add_months(day, -s.points_valid_months)
    live = [e for e in entries if since <= e.on <= day]  # the anniversary day is inside
    minutes = sum(e.minutes for e in live)
    hours = minutes // s.minutes_per_class_hour
    passed = sum(1 for e in live if e.exam_score is not None and e.exam_score >= s.exam_pass_score)
    points = hours * s.points_per_class_hour + passed * s.points_per_exam_pass
    standing = StudyStanding(
        on=day,
        class_hours=hours,
        exams_passed=passed,
        points=points,
        lighter_penalty=points >= s.min_points_lighter,
        no_penalty_for_first_minor=points >= s.points_for_no_penalty,
        positive_list_priority=points >= s.points_for_positive_list,
        faster_credit_repair=points >= s.points_for_credit_repair,
    )
    return Decision[StudyStanding](
        outcome=standing,
        decided_on=day,
        jurisdiction=policy.jurisdiction.code,
        reasons=(
            Reason(
                rule_id="study.points",
                citation=policy.citation("study.points_per_class_hour"),
                message_zh=f"{since}（含当日）以来学法{minutes}分钟，合{hours}学时（每学时{s.minutes_per_class_hour}分钟），"
                f"通过考试{passed}次，积分{points}分。",
                message_en=f"Since {since} (included): {minutes} minutes of study = {hours} class hours of "
                f"{s.minutes_per_class_hour} minutes, {passed} exam(s) passed: {points} points.",
                facts=facts(
                    minutes=minutes,
                    class_hours=hours,
                    exams_passed=passed,
                    points=points,
                    counted_since=since,
                ),
            ),
        ),
    )


check_public(globals(), ("study_standing",))
