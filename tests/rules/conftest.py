"""Fixtures for the rule tests (helpers live in ``pack_verdicts``)."""

from __future__ import annotations

import pytest

from clew.pipeline import Pipeline
from clew.settings import Settings


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """One pipeline with the built-in packs, built once for every test that reads their verdicts.

    The packs alone: these tests pin what the packs decide; the learned text model beside them is
    tested in tests/learned and measured by the benchmarks.
    """
    return Pipeline(Settings(learned_model=False))
