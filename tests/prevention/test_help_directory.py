"""The help directory: the built-in file passes its lint, and every kind of mistake in a
deployer's own file is reported with its file, line and field."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from clew.errors import InputError
from clew.prevention.helpdir import MIN_COUNTRIES, HelpResource, lint, load_directory

GOOD = {
    "country": "US",
    "name": "Example line",
    "kind": "hotline",
    "phone": "1-888-373-7888",
    "languages": ["en"],
    "hours": "24/7",
    "source": "https://example.org/source",
    "checked": "2026-01-05",
}


def _write(tmp_path: Path, entries: str) -> Path:
    path = tmp_path / "directory.yaml"
    path.write_text("version: 1\nentries:\n" + textwrap.indent(textwrap.dedent(entries), "  "), encoding="utf-8")
    return path


def _entry(**changes: object) -> str:
    fields = {**GOOD, **changes}
    lines = [f"- {next(iter(fields))}: {fields[next(iter(fields))]}"]
    for key, value in list(fields.items())[1:]:
        if value is None:
            continue
        rendered = f"[{', '.join(value)}]" if isinstance(value, list) else f'"{value}"'
        lines.append(f"  {key}: {rendered}")
    return "\n".join(lines) + "\n"


def test_builtin_directory_passes_lint_with_forty_countries() -> None:
    report = lint()
    assert report.errors == []
    assert report.countries >= MIN_COUNTRIES
    assert report.entries >= report.countries


def test_builtin_entries_are_sourced_and_recent() -> None:
    directory = load_directory()
    for entry in directory.entries:
        assert entry.source.startswith(("https://", "http://")), entry.name
        assert entry.has_contact(), entry.name
        assert date.today() - entry.checked < timedelta(days=366), entry.name
        if entry.phone:
            assert entry.tel and set(entry.tel) <= set("+0123456789"), entry.name


def test_entries_of_a_country_put_hotlines_first() -> None:
    kinds = [e.kind for e in load_directory().for_country("NL")]
    assert kinds and kinds == sorted(kinds, key=["hotline", "helpline", "police", "labour", "organisation"].index)
    assert load_directory().for_country(None) == []
    assert load_directory().for_country("AQ") == []


def test_cli_lint_of_the_builtin_directory() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "clew.cli", "help-directory", "lint"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "countries, 0 errors" in result.stdout


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"country": "XX"}, "country", "ISO 3166-1"),
        ({"country": "us"}, "country", "ISO 3166-1"),
        ({"phone": "call me maybe"}, "phone", "digits"),
        ({"website": "ftp://example.org"}, "website", "http(s) URL"),
        ({"source": "somewhere on the web"}, "source", "http(s) URL"),
        ({"languages": ["english"]}, "languages", "not a language code"),
        ({"kind": "friend"}, "kind", "hotline"),
        ({"checked": (date.today() + timedelta(days=3)).isoformat()}, "checked", "future"),
        ({"hours": "x"}, "hours", "at least 2 characters"),
        ({"name": None}, "name", "Field required"),
        ({"email": "not-an-address"}, "email", "e-mail"),
    ],
)
def test_each_mistake_names_file_line_and_field(
    tmp_path: Path, changes: dict[str, object], field: str, message: str
) -> None:
    path = _write(tmp_path, _entry(**{"name": "First line"}) + _entry(**changes))
    report = lint(path, min_countries=1)
    assert len(report.errors) == 1, report.errors
    error = report.errors[0]
    assert error.startswith(f"{path}:")
    line = int(error.split(":")[1])
    assert 10 <= line <= 20  # the second entry, not the first
    assert f"field '{field}'" in error and message in error


def test_duplicates_and_entries_without_contact_are_errors(tmp_path: Path) -> None:
    path = _write(tmp_path, _entry() + _entry() + _entry(name="Nothing", phone=None))
    errors = lint(path, min_countries=1).errors
    assert any("listed twice for US" in e for e in errors)
    assert any("'Nothing' has no phone" in e for e in errors)


def test_too_few_countries_is_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path, _entry())
    assert any("covers 1 countries; at least 40" in e for e in lint(path).errors)
    assert lint(path, min_countries=1).errors == []


def test_stale_entries_are_warnings_not_errors(tmp_path: Path) -> None:
    path = _write(tmp_path, _entry(checked="2024-01-01"))
    report = lint(path, min_countries=1, today=date(2026, 6, 1))
    assert report.errors == []
    assert len(report.warnings) == 1 and "last checked on 2024-01-01" in report.warnings[0]


def test_cli_lint_exits_non_zero_on_errors_and_on_warnings_when_strict(tmp_path: Path) -> None:
    bad = _write(tmp_path, _entry(country="XX"))
    result = subprocess.run(
        [sys.executable, "-m", "clew.cli", "help-directory", "lint", str(bad), "--min-countries", "1"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert f"error: {bad}:" in result.stderr
    stale_dir = tmp_path / "stale"
    stale_dir.mkdir()
    stale = _write(stale_dir, _entry(checked="2020-01-01"))
    args = [sys.executable, "-m", "clew.cli", "help-directory", "lint", str(stale), "--min-countries", "1"]
    assert subprocess.run(args, capture_output=True, text=True).returncode == 0
    assert subprocess.run([*args, "--strict"], capture_output=True, text=True).returncode == 1


@pytest.mark.parametrize(
    ("content", "where"),
    [
        ("version: 1\nentries:\n  - name: [unclosed\n", "directory.yaml:4: not valid YAML"),
        ("just a string\n", "directory.yaml"),
        ("entries: {}\n", "directory.yaml"),
    ],
)
def test_unreadable_files_are_input_errors(tmp_path: Path, content: str, where: str) -> None:
    path = tmp_path / "directory.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_directory(path)
    assert where in str(info.value)


@given(st.text(max_size=40))
def test_phone_validation_never_crashes(value: str) -> None:
    try:
        entry = HelpResource.model_validate({**GOOD, "phone": value})
    except ValidationError:
        return
    assert entry.tel is not None and entry.tel.lstrip("+").isdigit()
