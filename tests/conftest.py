"""Shared test settings: a deterministic Hypothesis profile for CI."""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
settings.register_profile("long", max_examples=5_000, deadline=None)
# `make mutation` runs the suite once per mutant: fewer examples, same fixed seed.
settings.register_profile(
    "mutation",
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
if os.environ.get("ECOREG_HYPOTHESIS_PROFILE"):
    settings.load_profile(os.environ["ECOREG_HYPOTHESIS_PROFILE"])
