"""Indicator rule packs: the format, the loader, the compiled matcher."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

from clew.errors import RulePackError
from clew.rules.loader import BUILTIN_DIR, load_pack, load_packs
from clew.rules.matcher import RuleSet
from clew.rules.model import Indicator, Pack, PackInfo
from clew.text import hanzi
from clew.text.phrases import SOURCE as PHRASES_SOURCE

log = logging.getLogger(__name__)

_CODE = tuple(
    path.read_bytes() for path in [*sorted(Path(__file__).parent.glob("*.py")), PHRASES_SOURCE, Path(hanzi.__file__)]
)
"""The source of the code that compiles packs (and of the phrase index it holds, and of the traditional-Chinese fold
its keys go through), as it was when this process
imported it: the cache key must name the code that builds the entry, even if the files change on disk while the
process runs (a rule set pickled by old code under the new code's key would fail when new code reads it)."""


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
    from clew.cache import cached, versions

    files = sorted(BUILTIN_DIR.rglob("*.y*ml"))
    key: list[bytes | str | Path] = [*_CODE, *(str(f.relative_to(BUILTIN_DIR)) for f in files), *files]
    key.append(versions("ahocorasick-rs", "opencc"))
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
