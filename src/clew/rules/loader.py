"""Load rule packs from folders into validated models; errors name file, line and field."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from clew.errors import RulePackError
from clew.rules.model import Indicator, Pack, PackInfo

BUILTIN_DIR = Path(__file__).resolve().parent.parent / "rulepacks"
PACK_FILE = "_pack.yaml"


def _line_of(node: yaml.Node | None, loc: tuple[int | str, ...]) -> int | None:
    """Line (1-based) of the YAML node at ``loc``, as far down as it exists."""
    line = node.start_mark.line + 1 if node is not None else None
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            found = None
            for k, v in node.value:
                if k.value == key:
                    found = v
                    line = k.start_mark.line + 1
                    break
            node = found
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            break
    return line


_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's loader when PyYAML was built with it: 20x faster than the pure-Python one,
which made loading the built-in packs take seconds at every start."""


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulePackError(f"{path}: cannot read: {exc}") from exc


def _parse(path: Path, text: str, parse: Callable[[str], Any]) -> Any:
    try:
        return parse(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise RulePackError(f"{where}: not valid YAML: {exc}") from exc


def _validate(model: type[Indicator] | type[PackInfo], path: Path) -> Any:
    text = _read_text(path)
    data = _parse(path, text, lambda t: yaml.load(t, Loader=_Loader))
    if not isinstance(data, dict):
        raise RulePackError(f"{path}:1: expected a mapping of fields, got {type(data).__name__}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        # Only a broken file pays for the node tree that gives line numbers.
        node = _parse(path, text, lambda t: yaml.compose(t, Loader=_Loader))
        problems = []
        for err in exc.errors():
            loc = tuple(err["loc"])
            line = _line_of(node, loc)
            field = ".".join(str(p) for p in loc) or "(file)"
            problems.append(f"{path}:{line}: field '{field}': {err['msg']}")
        raise RulePackError("\n".join(problems)) from exc


def load_indicator(path: Path) -> Indicator:
    indicator: Indicator = _validate(Indicator, path)
    return indicator


def load_pack(folder: Path) -> Pack:
    info_path = folder / PACK_FILE
    if not info_path.is_file():
        raise RulePackError(f"{folder}: a rule pack needs a {PACK_FILE} file")
    info: PackInfo = _validate(PackInfo, info_path)
    if info.name != folder.name:
        raise RulePackError(f"{info_path}: field 'name': {info.name!r} differs from the folder name")
    indicators = []
    seen: dict[str, Path] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.name == PACK_FILE:
            continue
        indicator = load_indicator(path)
        if indicator.typology != info.name:
            raise RulePackError(f"{path}: field 'typology': {indicator.typology!r} is not this pack ({info.name!r})")
        if indicator.id.split(".", 1)[1] != path.stem:
            raise RulePackError(f"{path}: field 'id': {indicator.id!r} must end with the file name ({path.stem!r})")
        if indicator.id in seen:
            raise RulePackError(f"{path}: field 'id': {indicator.id!r} is also in {seen[indicator.id]}")
        seen[indicator.id] = path
        indicators.append(indicator)
    return Pack(info=info, indicators=tuple(indicators), path=str(folder))


def load_packs(
    dirs: list[Path] | None = None,
    *,
    builtin: bool = True,
    on_error: Callable[[RulePackError], None] | None = None,
) -> list[Pack]:
    """Built-in packs, then packs from each extra directory (a user pack of the same
    name replaces the built-in one, so analysts can change rules without a release).

    With ``on_error``, a broken user pack is reported to it and skipped, so the pack
    it would have replaced stays in use; without, the error is raised (``lint``).
    """
    roots = ([BUILTIN_DIR] if builtin else []) + list(dirs or [])
    packs: dict[str, Pack] = {}
    for root in roots:
        if not root.is_dir():
            raise RulePackError(f"{root}: rule-pack directory does not exist")
        for folder in sorted(p for p in root.iterdir() if (p / PACK_FILE).is_file()):
            try:
                pack = load_pack(folder)
            except RulePackError as exc:
                if on_error is None or root == BUILTIN_DIR:
                    raise
                on_error(exc)
                continue
            packs[pack.info.name] = pack
    ids: dict[str, str] = {}
    for pack in packs.values():
        for indicator in pack.indicators:
            if indicator.id in ids:
                raise RulePackError(
                    f"indicator id {indicator.id!r} is in packs {ids[indicator.id]!r} and {pack.info.name!r}"
                )
            ids[indicator.id] = pack.info.name
    return list(packs.values())
