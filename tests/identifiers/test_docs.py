from __future__ import annotations

from clew.identifiers import REGISTRY
from clew.identifiers.docs import DEFAULT_PATH, render


def test_identifier_page_is_generated_from_the_registry() -> None:
    page = DEFAULT_PATH.read_text(encoding="utf-8")
    assert page == render(), "run `python -m clew.identifiers.docs`"
    for name, kind in REGISTRY.items():
        assert f"## `{name}`" in page
        for example in kind.examples:
            for value in example.values:
                assert f"`{value}`" in page
