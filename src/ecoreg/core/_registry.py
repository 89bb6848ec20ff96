"""The registry of every parameter ecoreg's rules read, gathered from each domain's specs.

Each domain keeps its parameter specs beside its rules (``ecoreg.<domain>._params``: the
specs, the key prefixes it owns, and the rules several of its parameters obey together);
this module gathers them into `PARAMETERS` and `COMBINATIONS`, which `ecoreg.PolicyBook`
validates policy data against. A key outside its domain's prefixes, or one key in two
domains, fails at import.

Examples:
    >>> PARAMETERS["penalty.payment_deadline_days"].kind.value
    'int'
    >>> domain_of("alerts.self_check_hours")
    'alerts'
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

from ecoreg.alerts import _params as alerts
from ecoreg.core import _params as core
from ecoreg.grading import _params as grading
from ecoreg.inspections import _params as inspections
from ecoreg.letters import _params as letters
from ecoreg.monitoring import _params as monitoring
from ecoreg.payment import _params as payment
from ecoreg.penalties import _params as penalties
from ecoreg.rewards import _params as rewards

if TYPE_CHECKING:
    from collections.abc import Mapping
    from types import ModuleType

    from ecoreg.core._parameters import Combination, ParameterSpec

__all__ = ["COMBINATIONS", "PARAMETERS", "domain_of"]

_DOMAINS: Mapping[str, ModuleType] = {
    "core": core,
    "penalties": penalties,
    "payment": payment,
    "grading": grading,
    "alerts": alerts,
    "monitoring": monitoring,
    "inspections": inspections,
    "rewards": rewards,
    "letters": letters,
}


def _gather() -> Mapping[str, ParameterSpec]:
    specs: dict[str, ParameterSpec] = {}
    owners: dict[str, str] = {}
    for name, module in _DOMAINS.items():
        for prefix in module.PREFIXES:
            if prefix in owners:
                msg = f"prefix {prefix!r} of {name} is {owners[prefix]}'s already"
                raise RuntimeError(msg)
            owners[prefix] = name
        for spec in module.SPECS:
            if not spec.key.startswith(module.PREFIXES):
                msg = f"{name} declares {spec.key!r}, outside its prefixes {module.PREFIXES}"
                raise RuntimeError(msg)
            if spec.key in specs:
                msg = f"{spec.key!r} is declared twice"
                raise RuntimeError(msg)
            specs[spec.key] = spec
    return MappingProxyType(dict(sorted(specs.items())))


PARAMETERS: Mapping[str, ParameterSpec] = _gather()
"""Every parameter key ecoreg knows, with its spec, in key order."""

COMBINATIONS: tuple[Combination, ...] = tuple(
    rule for module in _DOMAINS.values() for rule in module.COMBINATIONS
)
"""Every combination rule, domain by domain."""


def domain_of(key: str) -> str:
    """The domain whose specs declare ``key`` (by its prefix).

    Raises:
        KeyError: for a key no domain declares.
    """
    for name, module in _DOMAINS.items():
        if key.startswith(module.PREFIXES) and any(s.key == key for s in module.SPECS):
            return name
    raise KeyError(key)
