"""Indicator rule packs: the format, the loader, the compiled matcher."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from clew.rules.loader import BUILTIN_DIR, load_pack, load_packs
from clew.rules.matcher import RuleSet
from clew.rules.model import Indicator, Pack, PackInfo


@lru_cache(maxsize=8)
def default_ruleset(extra_dirs: tuple[Path, ...] = ()) -> RuleSet:
    """The compiled built-in packs (plus extra directories), built once per process."""
    return RuleSet(load_packs(list(extra_dirs)))


__all__ = [
    "BUILTIN_DIR",
    "Indicator",
    "Pack",
    "PackInfo",
    "RuleSet",
    "default_ruleset",
    "load_pack",
    "load_packs",
]
