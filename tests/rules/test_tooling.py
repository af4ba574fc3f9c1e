"""`clew rules lint / test / explain / backtest` and the generated indicator page."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from clew.rules import BUILTIN_DIR
from clew.rules.docs import DEFAULT_PATH, render
from clew.rules.loader import load_lexicons, load_packs

CLEW = [sys.executable, "-m", "clew.cli"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLEW, *args], capture_output=True, text=True, timeout=300)


def test_indicator_page_is_generated_from_the_packs() -> None:
    assert DEFAULT_PATH.read_text(encoding="utf-8") == render(load_packs(), load_lexicons(BUILTIN_DIR)), (
        "run `python -m clew.rules.docs`"
    )
    page = DEFAULT_PATH.read_text(encoding="utf-8")
    rows = {line.split("`")[1]: line for line in page.splitlines() if line.startswith("| `")}
    for pack in load_packs():
        for indicator in pack.indicators:
            assert ("**off**" in rows[indicator.id]) == (indicator.status == "off")


def test_lint_and_test_pass_on_the_builtin_packs() -> None:
    lint = run("rules", "lint")
    assert lint.returncode == 0 and "labour_exploitation 1.28.0" in lint.stdout and "lexicon @organ:" in lint.stdout
    tested = run("rules", "test")
    assert tested.returncode == 0 and "0 failed" in tested.stdout


def test_lint_names_file_line_and_field_of_a_broken_user_pack(tmp_path: Path) -> None:
    shutil.copytree(BUILTIN_DIR / "organ_trafficking", tmp_path / "organ_trafficking")
    victim = sorted((tmp_path / "organ_trafficking").glob("[!_]*.yaml"))[0]
    victim.write_text(victim.read_text(encoding="utf-8").replace("weight: ", "weight: 7 #", 1), encoding="utf-8")
    result = run("rules", "lint", "--dir", str(tmp_path))
    assert result.returncode == 2
    assert f"{victim.name}:" in result.stderr and "field 'weight'" in result.stderr


def test_explain_shows_sources_and_examples() -> None:
    result = run("rules", "explain", "le.debt_bondage")
    assert result.returncode == 0
    assert "S15" in result.stdout and "examples:" in result.stdout and "weight" in result.stdout
    assert run("rules", "explain", "xx.nothing").returncode == 2


def test_explain_describes_a_learned_indicator_with_its_training_record() -> None:
    result = run("rules", "explain", "learned.organ_trafficking")
    assert result.returncode == 0, result.stderr
    assert "learned text model" in result.stdout and "trained on: " in result.stdout
    assert "calibrated on: " in result.stdout and "never proof" in result.stdout
    assert run("rules", "explain", "learned.no_such_typology").returncode == 2


def test_backtest_reports_documents_that_change_level(tmp_path: Path) -> None:
    new = tmp_path / "new"
    shutil.copytree(BUILTIN_DIR / "labour_exploitation", new / "labour_exploitation")
    (new / "labour_exploitation" / "document_retention.yaml").unlink()  # the change under review
    docs = tmp_path / "docs.jsonl"
    rows = [
        {"id": "keep", "text": "Your passport will be kept by the company. Visa and flight deducted from salary."},
        {"id": "other", "text": "Flat for rent, two rooms, near the station."},
    ]
    docs.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = run("rules", "backtest", "builtin", str(new), str(docs), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["documents"] == 2 and report["documents_changed"] == 1
    (change,) = report["changes"]
    assert change["id"] == "keep" and change["typology"] == "labour_exploitation"
    assert change["lost"] == ["le.document_retention"] and change["gained"] == []
    same = json.loads(run("rules", "backtest", "builtin", "builtin", str(docs), "--json").stdout)
    assert same["documents_changed"] == 0
