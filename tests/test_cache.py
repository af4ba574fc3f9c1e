"""The disk cache: built once, read back, rebuilt whenever an input changes, never fatal."""

from __future__ import annotations

import gc
import logging
from pathlib import Path

import pytest

from clew.cache import cache_dir, cached


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv("CLEW_CACHE_DIR", str(where))
    return where


def test_built_once_then_read_back(folder: Path, tmp_path: Path) -> None:
    data = tmp_path / "input.txt"
    data.write_text("one")
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"value": len(calls)}

    assert cached("thing", [data], build) == {"value": 1}
    assert cached("thing", [data], build) == {"value": 1}
    assert len(calls) == 1
    assert len(list(folder.glob("thing-*.pickle"))) == 1
    assert oct(folder.stat().st_mode & 0o777) == oct(0o700)


def test_a_changed_input_rebuilds_and_replaces_the_old_entry(folder: Path, tmp_path: Path) -> None:
    data = tmp_path / "input.txt"
    data.write_text("one")
    assert cached("thing", [data], lambda: "first") == "first"
    data.write_text("two")
    assert cached("thing", [data], lambda: "second") == "second"
    assert cached("thing", [data, "v2"], lambda: "third") == "third"
    assert len(list(folder.glob("thing-*.pickle"))) == 1


def test_a_corrupt_entry_is_rebuilt(folder: Path, caplog: pytest.LogCaptureFixture) -> None:
    cached("thing", ["k"], lambda: [1, 2, 3])
    (entry,) = folder.glob("thing-*.pickle")
    entry.write_bytes(entry.read_bytes()[:10])
    with caplog.at_level(logging.WARNING, logger="clew.cache"):
        assert cached("thing", ["k"], lambda: [4, 5]) == [4, 5]
    assert "unreadable" in caplog.text
    assert cached("thing", ["k"], lambda: [6]) == [4, 5]


def test_switched_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLEW_CACHE_DIR", "off")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache_dir() is None
    assert cached("thing", ["k"], lambda: 7) == 7
    assert list(tmp_path.rglob("*.pickle")) == []


def test_an_unwritable_folder_only_costs_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CLEW_CACHE_DIR", str(blocker / "cache"))
    assert cached("thing", ["k"], lambda: 8) == 8
    assert cached("thing", ["k"], lambda: 9) == 9


def test_cached_gazetteer_and_rules_give_the_same_results_as_fresh_ones(folder: Path) -> None:
    from clew.identifiers import extract
    from clew.identifiers.location import gazetteer
    from clew.model import Document
    from clew.rules import default_ruleset
    from clew.rules.loader import load_packs
    from clew.rules.matcher import RuleSet

    text = (
        "Nueva en Madrid, de Colombia; then Vancouver and 曼谷. Passport kept by the agency, "
        "pay the recruitment fee first. Call 213-555-0127"
    )
    doc = Document(id="d1", text=text)
    gazetteer.cache_clear()
    default_ruleset.cache_clear()
    try:
        fresh_places = extract(doc)  # built, and written to the cache
        fresh_hits = RuleSet(load_packs([])).match_text(text)
        first_rules = default_ruleset()
        assert list(folder.glob("gazetteer-*.pickle")) and list(folder.glob("rules-*.pickle"))
        gazetteer.cache_clear()
        default_ruleset.cache_clear()
        assert default_ruleset() is not first_rules
        assert extract(doc) == fresh_places  # read back from the cache
        assert any(e.type == "location" for e in fresh_places)
        cached_hits = default_ruleset().match_text(text)
        assert cached_hits and [h.model_dump() for h in cached_hits] == [h.model_dump() for h in fresh_hits]
    finally:
        gazetteer.cache_clear()
        default_ruleset.cache_clear()


def test_the_rules_entry_names_the_code_a_process_imported_not_the_files_on_disk(tmp_path: Path) -> None:
    """Code changed on disk while a process runs (an upgrade, an edit): what that process builds
    must not be stored under the new code's key, where new code would read an old class's object."""
    import os
    import shutil
    import subprocess
    import sys

    import clew

    shutil.copytree(Path(clew.__file__).parent, tmp_path / "pkg" / "clew", ignore=shutil.ignore_patterns("*.pyc"))
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "pkg"), "CLEW_CACHE_DIR": str(tmp_path / "cache")}
    old_process = (
        "import pathlib, clew.rules\n"
        "m = pathlib.Path(clew.rules.__file__).parent / 'matcher.py'\n"
        "m.write_text(m.read_text() + '\\nNEW_CODE = True\\n')\n"  # the files change while this process runs
        "clew.rules.default_ruleset()\n"
    )
    new_process = (
        "import clew.rules, clew.rules.matcher as m\n"
        "assert m.NEW_CODE and m.__file__.startswith(" + repr(str(tmp_path)) + ")\n"
        "assert clew.rules.default_ruleset().match_text('passport kept by the employer') is not None\n"
    )
    subprocess.run([sys.executable, "-c", old_process], env=env, check=True, timeout=300)
    (old_entry,) = (tmp_path / "cache").glob("rules-*.pickle")
    subprocess.run([sys.executable, "-c", new_process], env=env, check=True, timeout=300)
    (new_entry,) = (tmp_path / "cache").glob("rules-*.pickle")
    assert new_entry.name != old_entry.name  # new code built its own entry instead of reading the old one


class _Recorder:
    """A value that notes, as it is read back, whether the garbage collector could run."""

    collecting: list[bool] = []  # noqa: RUF012 - shared on purpose: it outlives the instance read back

    def __setstate__(self, state: dict[str, object]) -> None:
        _Recorder.collecting.append(gc.isenabled())
        self.__dict__.update(state)


def _recorder() -> _Recorder:
    made = _Recorder()
    made.__dict__["name"] = "a table"  # some state, so that reading it back calls __setstate__
    return made


def test_a_table_is_read_back_with_the_collector_paused_then_frozen(folder: Path) -> None:
    assert gc.isenabled()
    cached("recorder", ["x"], _recorder)  # built and stored
    _Recorder.collecting.clear()
    frozen = gc.get_freeze_count()
    value = cached("recorder", ["x"], _recorder)  # read back
    assert isinstance(value, _Recorder) and _Recorder.collecting == [False]
    assert gc.isenabled()  # the collector runs again after the read
    assert gc.get_freeze_count() > frozen  # and what the read made lies in the permanent generation
