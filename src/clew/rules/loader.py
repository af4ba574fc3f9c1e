"""Load rule packs from folders into validated models; errors name file, line and field.

Lexicon references (``"@name"`` in a phrase list, a ``near`` side or ``unless``) are
expanded here, before validation, into the lexicon's words for the pattern's
language; the matcher never sees a reference. The lists as written are kept on
the indicator for ``clew rules explain`` and the generated docs.
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from clew.errors import RulePackError
from clew.rules.model import LEXICON_REF, Indicator, Lexicon, Pack, PackInfo

BUILTIN_DIR = Path(__file__).resolve().parent.parent / "rulepacks"
PACK_FILE = "_pack.yaml"
LEXICON_DIR = "_lexicons"
"""Folder of concept lexicons beside the packs of a rule-pack directory."""


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


def _read(path: Path) -> tuple[str, dict[str, Any]]:
    text = _read_text(path)
    data = _parse(path, text, lambda t: yaml.load(t, Loader=_Loader))
    if not isinstance(data, dict):
        raise RulePackError(f"{path}:1: expected a mapping of fields, got {type(data).__name__}")
    return text, data


def _located(path: Path, text: str, problems: list[tuple[tuple[int | str, ...], str]]) -> RulePackError:
    """One error naming file, line and field for each problem."""
    # Only a broken file pays for the node tree that gives line numbers.
    node = _parse(path, text, lambda t: yaml.compose(t, Loader=_Loader))
    lines = []
    for loc, message in problems:
        field = ".".join(str(p) for p in loc) or "(file)"
        lines.append(f"{path}:{_line_of(node, loc)}: field '{field}': {message}")
    return RulePackError("\n".join(lines))


def _check(model: type[Indicator] | type[PackInfo] | type[Lexicon], path: Path, text: str, data: dict[str, Any]) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise _located(path, text, [(tuple(err["loc"]), err["msg"]) for err in exc.errors()]) from exc


def _validate(model: type[Indicator] | type[PackInfo] | type[Lexicon], path: Path) -> Any:
    text, data = _read(path)
    return _check(model, path, text, data)


def _derive(data: dict[str, Any], base: Lexicon) -> list[tuple[tuple[int | str, ...], str]]:
    """Fill a derived lexicon's terms and prefixes in from ``base``, less its ``without`` words, in place.

    Returns the problems found (by location): own terms or prefixes beside ``derived_from``, and a
    ``without`` word or language that ``base`` does not have (a typo that would silently keep the word).
    """
    problems: list[tuple[tuple[int | str, ...], str]] = [
        ((key,), f"a lexicon derived from @{base.name} takes its {key} from it; list only 'without'")
        for key in ("terms", "prefixes")
        if key in data
    ]
    without = data.get("without")
    if without is None:
        without = {}
    if not isinstance(without, dict):
        return [*problems, (("without",), "must map languages to lists of words")]
    dropped: dict[str, set[str]] = {}
    for lang, words in without.items():
        if lang not in base.terms:
            problems.append((("without", lang), f"@{base.name} has no terms in {lang!r}"))
            continue
        if not isinstance(words, list):
            problems.append((("without", lang), "must be a list of words"))
            continue
        known = {" ".join(w.casefold().split()) for w in base.terms[lang]}
        for j, word in enumerate(words):
            key = " ".join(str(word).casefold().split())
            if key not in known:
                problems.append((("without", lang, j), f"{word!r} is not a word of @{base.name} in {lang!r}"))
        dropped[lang] = {" ".join(str(w).casefold().split()) for w in words}
    if not problems:
        data["terms"] = {
            lang: [w for w in words if " ".join(w.casefold().split()) not in dropped.get(lang, set())]
            for lang, words in base.terms.items()
        }
        data["prefixes"] = {lang: list(p) for lang, p in base.prefixes.items()}
    return problems


def load_lexicon(path: Path, base: Mapping[str, Lexicon] | None = None) -> Lexicon:
    """One lexicon; a ``derived_from`` lexicon is made from its base, looked up in ``base``."""
    return _lexicon(path, *_read(path), base)


def _lexicon(path: Path, text: str, data: dict[str, Any], base: Mapping[str, Lexicon] | None) -> Lexicon:
    parent = data.get("derived_from")
    if parent is not None:
        found = (base or {}).get(parent) if isinstance(parent, str) else None
        if found is None:
            known = ", ".join(sorted(base or {})) or "none"
            raise _located(path, text, [(("derived_from",), f"unknown lexicon {parent!r} (known: {known})")])
        problems = _derive(data, found)
        if problems:
            raise _located(path, text, problems)
    lexicon: Lexicon = _check(Lexicon, path, text, data)
    if lexicon.name != path.stem:
        raise RulePackError(f"{path}: field 'name': {lexicon.name!r} must be the file name ({path.stem!r})")
    return lexicon


def load_lexicons(root: Path, base: dict[str, Lexicon] | None = None) -> dict[str, Lexicon]:
    """The lexicons in ``root/_lexicons`` (none when the folder does not exist).

    A lexicon ``derived_from`` another is made after it: from one of this folder, else from ``base``
    (a user folder's lexicon may narrow a built-in one). Derivations that form a cycle are refused.
    """
    folder = root / LEXICON_DIR
    if not folder.is_dir():
        return {}
    paths = {path.stem: path for path in sorted(folder.glob("*.yaml"))}
    read = {name: _read(path) for name, path in paths.items()}
    parents: dict[str, str | None] = {}
    for name, (_, data) in read.items():
        parent = data.get("derived_from")
        parents[name] = parent if isinstance(parent, str) and parent in paths else None
    loaded: dict[str, Lexicon] = {}
    known = ChainMap(loaded, dict(base or {}))  # this folder's lexicons first, then the base; no copy per lexicon

    def load(name: str, chain: tuple[str, ...]) -> None:
        if name in loaded:
            return
        if name in chain:
            cycle = " → ".join(f"@{n}" for n in (*chain[chain.index(name) :], name))
            raise RulePackError(f"{paths[name]}: field 'derived_from': lexicons derive from each other: {cycle}")
        parent = parents[name]
        if parent is not None:
            load(parent, (*chain, name))
        loaded[name] = _lexicon(paths[name], *read[name], known)

    for name in paths:
        load(name, ())
    return {name: loaded[name] for name in paths}


def _expand(
    data: dict[str, Any], lexicons: dict[str, Lexicon]
) -> tuple[dict[str, tuple[str, ...]], list[tuple[tuple[int | str, ...], str]]]:
    """Replace every ``"@name"`` in the raw indicator by the lexicon's words, in place.

    Returns the lists as written (by field path) and the problems found (by location).
    A pattern's reference takes the words of the pattern's language, which the lexicon
    must have; an ``unless`` reference takes the words of every language the indicator
    declares that the lexicon has (a context word cancels a hit whatever its language).
    """
    written: dict[str, tuple[str, ...]] = {}
    problems: list[tuple[tuple[int | str, ...], str]] = []
    declared = [lang for lang in data.get("languages") or [] if isinstance(lang, str)]

    def refers(items: Any) -> bool:
        return isinstance(items, list) and any(isinstance(i, str) and LEXICON_REF.match(i) for i in items)

    def resolve(items: Any, langs: list[str], loc: tuple[int | str, ...], strict: bool) -> Any:
        if not refers(items):
            return items
        out: dict[str, None] = {}
        for j, item in enumerate(items):
            ref = LEXICON_REF.match(item) if isinstance(item, str) else None
            if ref is None:
                out[item] = None
                continue
            lexicon = lexicons.get(ref.group(1))
            if lexicon is None:
                known = ", ".join(sorted(lexicons)) or "none"
                problems.append(((*loc, j), f"unknown lexicon {item!r} (known: {known})"))
                continue
            present = [lang for lang in langs if lang in lexicon.terms]
            if strict and len(present) < len(langs):
                problems.append(((*loc, j), f"lexicon {item!r} has no terms in {langs[0]!r}"))
            elif not present:
                problems.append(((*loc, j), f"lexicon {item!r} has no terms in any of {', '.join(langs) or '(none)'}"))
            for lang in present:
                out.update(dict.fromkeys(lexicon.words(lang)))
        written[".".join(str(p) for p in loc)] = tuple(str(i) for i in items)
        return list(out)

    for i, pattern in enumerate(data.get("patterns") or []):
        if not isinstance(pattern, dict):
            continue
        lang = pattern.get("lang")
        langs = [lang] if isinstance(lang, str) else []
        targets: list[tuple[dict[str, Any], str, tuple[int | str, ...]]] = [
            (pattern, "phrases", ("patterns", i, "phrases"))
        ]
        near = pattern.get("near")
        if isinstance(near, dict):
            targets += [(near, side, ("patterns", i, "near", side)) for side in ("a", "b", "c")]
        for holder, key, loc in targets:
            if key not in holder or not refers(holder[key]):
                continue
            if not langs:
                problems.append((loc, "a pattern that refers to a lexicon needs its language in 'lang'"))
                continue
            holder[key] = resolve(holder[key], langs, loc, strict=True)
    if "unless" in data:
        data["unless"] = resolve(data["unless"], declared, ("unless",), strict=False)
    return written, problems


def load_indicator(path: Path, lexicons: dict[str, Lexicon] | None = None) -> Indicator:
    text, data = _read(path)
    written, problems = _expand(data, lexicons or {})
    if problems:
        raise _located(path, text, problems)
    indicator: Indicator = _check(Indicator, path, text, data)
    indicator._written = written
    return indicator


def default_lexicons(root: Path | None = None) -> dict[str, Lexicon]:
    """The built-in lexicons, with those of ``root`` (a user rule-pack directory) added or replacing them."""
    lexicons = load_lexicons(BUILTIN_DIR)
    if root is not None and root.resolve() != BUILTIN_DIR:
        lexicons.update(load_lexicons(root, lexicons))
    return lexicons


def load_pack(folder: Path, lexicons: dict[str, Lexicon] | None = None) -> Pack:
    """One pack; ``lexicons`` defaults to the built-in ones plus those beside the folder."""
    if lexicons is None:
        lexicons = default_lexicons(folder.parent)
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
        indicator = load_indicator(path, lexicons)
        if indicator.typology != info.name:
            raise RulePackError(f"{path}: field 'typology': {indicator.typology!r} is not this pack ({info.name!r})")
        if indicator.id.split(".", 1)[1] != path.stem:
            raise RulePackError(f"{path}: field 'id': {indicator.id!r} must end with the file name ({path.stem!r})")
        if indicator.id in seen:
            raise RulePackError(f"{path}: field 'id': {indicator.id!r} is also in {seen[indicator.id]}")
        seen[indicator.id] = path
        indicators.append(indicator)
    used = {name for indicator in indicators for name in indicator.lexicons}
    return Pack(
        info=info,
        indicators=tuple(indicators),
        path=str(folder),
        lexicons=tuple(lexicons[name] for name in sorted(used)),
    )


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
    builtin_lexicons = load_lexicons(BUILTIN_DIR)
    for root in roots:
        if not root.is_dir():
            raise RulePackError(f"{root}: rule-pack directory does not exist")
        lexicons = dict(builtin_lexicons)
        if root.resolve() != BUILTIN_DIR:
            try:
                lexicons.update(load_lexicons(root, builtin_lexicons))
            except RulePackError as exc:
                if on_error is None:
                    raise
                on_error(exc)  # none of this directory's packs can load; the built-in ones stay
                continue
        for folder in sorted(p for p in root.iterdir() if (p / PACK_FILE).is_file()):
            try:
                pack = load_pack(folder, lexicons)
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
