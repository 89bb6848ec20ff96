"""The model of a law regime: the general rules every environmental penalty follows in an era."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

from ecoreg.core._boundary import check_class

if TYPE_CHECKING:
    import datetime as dt

    from ecoreg.core._citations import Citation

__all__ = ["LawRegime", "Limitation"]

LimitationCondition = Literal["always", "grave_harm", "environmental_harm"]


@check_class
@attrs.frozen
class Limitation:
    """A limitation period (追责时效) and the condition under which it applies."""

    years: int
    when: LimitationCondition
    """``always``; ``grave_harm`` (life, health or financial safety involved and harm
    resulted, 行政处罚法 Art. 36); ``environmental_harm`` (pollution or ecological harm
    resulted, 生态环境法典 Art. 1054)."""
    citation: Citation

    def applies(self, *, grave_harm: bool, environmental_harm: bool) -> bool:
        """Whether the condition holds for a case."""
        return {
            "always": True,
            "grave_harm": grave_harm,
            "environmental_harm": environmental_harm,
        }[self.when]


@check_class
@attrs.frozen
class LawRegime:
    """The general rules of one era: limitation, leniency and the choice-of-law article.

    Examples:
        >>> import datetime as dt
        >>> from ecoreg.law.regimes import regime_on
        >>> regime_on(dt.date(2026, 8, 15)).limitation(
        ...     grave_harm=False, environmental_harm=True
        ... ).citation.label_en
        'Ecological Environment Code of the PRC, Art. 1054(1)'
    """

    id: str
    name_zh: str
    name_en: str
    starts: dt.date
    ends: dt.date | None
    limitations: tuple[Limitation, ...]
    minor_no_penalty: Citation
    """Minor, promptly corrected, no harm: must not penalize."""
    first_may_decline: Citation
    """First violation, slight harm, promptly corrected: may decline to penalize."""
    no_fault: Citation
    """The party proved it had no fault: no penalty."""
    leniency: Citation
    """The leniency article as a whole, cited where no leniency applies."""
    choice_of_law: Citation
    """从旧兼从轻."""

    def in_force_on(self, day: dt.date) -> bool:
        """Whether the regime governs acts (or decisions) on ``day``."""
        return self.starts <= day and (self.ends is None or day <= self.ends)

    def limitation(self, *, grave_harm: bool, environmental_harm: bool) -> Limitation:
        """The longest limitation whose condition holds (the first listed on a tie)."""
        held = [
            rule
            for rule in self.limitations
            if rule.applies(grave_harm=grave_harm, environmental_harm=environmental_harm)
        ]
        return max(held, key=lambda rule: rule.years)
