"""Indicator rule packs: the format, the loader, the compiled matcher."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

from clew.errors import RulePackError
from clew.rules.loader import BUILTIN_DIR, load_pack, load_packs
from clew.rules.matcher import RuleSet
from clew.rules.model import Indicator, Pack, PackInfo

log = logging.getLogger(__name__)


def _keep_previous(error: RulePackError) -> None:
    log.warning("rule pack rejected, the built-in version stays in use: %s", error)


@lru_cache(maxsize=8)
def default_ruleset(extra_dirs: tuple[Path, ...] = ()) -> RuleSet:
    """The compiled built-in packs plus user packs from extra directories, built once
    per process (and kept in the disk cache, keyed on every pack file and the code
    that compiles them). A broken user pack is logged and skipped: the built-in pack
    of the same name stays in use, and nothing else stops."""
    if extra_dirs:
        # User packs are read afresh every time, so that a broken one is reported every time.
        return RuleSet(load_packs(list(extra_dirs), on_error=_keep_previous))
    from importlib.metadata import version

    from clew.cache import cached

    files = sorted(BUILTIN_DIR.rglob("*.y*ml"))
    code = sorted(Path(__file__).parent.glob("*.py"))
    key: list[bytes | str | Path] = [*code, *(str(f.relative_to(BUILTIN_DIR)) for f in files), *files]
    key.append(version("pyahocorasick"))
    return cached("rules", key, lambda: RuleSet(load_packs([], on_error=_keep_previous)))


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
