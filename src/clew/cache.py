"""A disk cache for what is slow to build and never changes between runs.

The gazetteer automaton (every city and country name in many scripts) and the
compiled rule packs took about three seconds to build at every start of ``clew``,
more than analysing 2,000 ads. Both are pure functions of files on disk and of
Clew's own code, so they are built once, pickled, and read back in a fraction of
that time. The key is a SHA-256 over every input (data files, pack files, the
source of the modules that build them, Clew's and Python's versions): change any
of them and the entry is rebuilt; nothing is ever served stale.

Where: ``$CLEW_CACHE_DIR``, else ``$XDG_CACHE_HOME/clew``, else ``~/.cache/clew``;
``CLEW_CACHE_DIR=off`` switches caching off. The folder is the user's own, as
trusted as the virtual environment Clew runs from (pickles execute code when
read, so it is created private, 0700). A folder that cannot be written, or an
entry that cannot be read, only costs the build: the cache never fails a run.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TypeVar

from clew import __version__

log = logging.getLogger(__name__)

T = TypeVar("T")


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is switched off."""
    configured = os.environ.get("CLEW_CACHE_DIR", "").strip()
    if configured.lower() in ("off", "none", "0"):
        return None
    if configured:
        return Path(configured)
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(xdg) if xdg else Path.home() / ".cache") / "clew"


@cache
def versions(*distributions: str) -> str:
    """The installed versions of ``distributions``, for a cache key: an entry built by one version of a
    library (its pickled automaton or data) is not read by another. Each looked up once per process."""
    from importlib.metadata import version

    return ",".join(version(d) for d in distributions)


def fingerprint(parts: Iterable[bytes | str | Path]) -> str:
    """SHA-256 over Clew's and Python's versions and every part (a path stands for its bytes)."""
    digest = hashlib.sha256(f"{__version__}|{sys.version}".encode())
    for part in parts:
        if isinstance(part, Path):
            data = part.read_bytes()
            digest.update(f"|{part.name}:{len(data)}|".encode())
            digest.update(data)
        else:
            digest.update(b"|")
            digest.update(part.encode("utf-8") if isinstance(part, str) else part)
    return digest.hexdigest()[:32]


@contextmanager
def _no_collection() -> Iterator[None]:
    """The cyclic garbage collector paused while a table is read back.

    Unpickling creates hundreds of thousands of objects, which triggers collections; each full one walks every
    object alive, the tables read before included, so the third table read cost ten times the first. The tables
    hold no garbage. After each read, ``gc.freeze`` moves every object alive to the permanent generation, where
    later collections do not walk it (and forked workers do not copy the pages it lies on by touching them).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def cached(name: str, parts: Iterable[bytes | str | Path], build: Callable[[], T]) -> T:
    """``build()``, or the result of an earlier call with the same ``name`` and inputs."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{fingerprint(parts)}.pickle"
    try:
        with path.open("rb") as fh, _no_collection():
            value: T = pickle.load(fh)
        gc.freeze()
        return value
    except FileNotFoundError:
        pass
    except Exception as exc:  # a truncated or foreign file: rebuild it
        log.warning("cache entry %s unreadable (%s): rebuilding it", path, exc)
    value = build()
    _store(folder, path, name, value)
    return value


def _store(folder: Path, path: Path, name: str, value: object) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # atomic: readers see the whole entry or none
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        for old in folder.glob(f"{name}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.info("cannot write the cache in %s (%s): building at every start", folder, exc)
