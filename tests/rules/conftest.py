"""Fixtures for the rule tests (helpers live in ``pack_verdicts``)."""

from __future__ import annotations

import pytest

from clew.pipeline import Pipeline


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """One pipeline with the built-in packs, built once for every test that reads their verdicts."""
    return Pipeline()
