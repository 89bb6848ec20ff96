"""Hangzhou (杭州市, CN-ZJ-HZ), Zhejiang: whistleblower rewards by fine band.

The city's implementing measure (实施办法, 2021-01-20) pays by the fine: below 100,000 yuan
10 %; 100,000–200,000 → 10,000; 200,000–500,000 → 30,000; 500,000–1,000,000 → 50,000;
1,000,000–1,500,000 → 80,000; 1,500,000 and more → 100,000. Source: ``shared/domain/rewards.md``
§4 (M, one secondary source). The provincial stage bonuses and one-off award stay in force.
"""

from __future__ import annotations

from ecoreg.jurisdictions._build import jurisdiction, layer, measure, param
from ecoreg.jurisdictions.zhejiang import CODE as ZHEJIANG

__all__ = ["CODE", "DATA"]

CODE = "CN-ZJ-HZ"

_SRC = "杭州市生态环境违法行为举报奖励实施办法 (2021-01-20), shared/domain/rewards.md §4 (M)."

DATA = layer(
    [jurisdiction(CODE, "杭州市", "Hangzhou", "city", ZHEJIANG)],
    [
        measure(
            "cn-zj-hz.reporting-rewards",
            CODE,
            "杭州市生态环境违法行为举报奖励实施办法",
            "Hangzhou whistleblower reward measure",
            "2021-01-20",
            {
                "id": "cn-zj-hz.reporting-rewards.2021",
                "name_zh": "杭州市生态环境违法行为举报奖励实施办法",
                "name_en": "Hangzhou whistleblower reward measure",
                "issuer_zh": "杭州市生态环境局",
                "in_force": "2021-01-20",
            },
            {
                "rewards.model": param("band", _SRC, "local"),
                "rewards.fine_bands": param(
                    [
                        {"id": "band-1", "fine_from": "0", "share": "0.10"},
                        {"id": "band-2", "fine_from": "100000", "amount": "10000"},
                        {"id": "band-3", "fine_from": "200000", "amount": "30000"},
                        {"id": "band-4", "fine_from": "500000", "amount": "50000"},
                        {"id": "band-5", "fine_from": "1000000", "amount": "80000"},
                        {"id": "band-6", "fine_from": "1500000", "amount": "100000"},
                    ],
                    _SRC + " A band runs from its lower figure (inclusive) to the next; the "
                    "source's wording of the edges (以上/以下) was not seen, so ecoreg puts "
                    "each edge in the higher band.",
                    "local",
                ),
            },
        )
    ],
)
"""Hangzhou: its reward measure as read-only policy data."""
