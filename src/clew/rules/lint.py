"""``clew rules lint``: load every pack and lexicon, then check what loading cannot.

Loading already refuses a broken file (schema, unknown lexicon, a lexicon without
the pattern's language, empty lists, duplicate terms). Lint adds the checks that
need the whole directory or the matcher's view of a term: terms of a lexicon that
normalise to the same text or that a stem of the list already matches (so one of
them is dead weight), and lexicons no
indicator uses (a warning: a concept nobody reads is usually a typo elsewhere), and
``near`` patterns where a word of one side contains a word of the other ("pay back"
and "pay"): such a pattern fires on that one phrase alone, which is rarely meant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from clew.rules.loader import BUILTIN_DIR, LEXICON_DIR, default_lexicons, load_packs
from clew.rules.matcher import ENGINE_LEXICONS
from clew.rules.model import Indicator, Lexicon, Pack, split_stem
from clew.text import in_spaced_script, normalize


def _contains(longer: str, shorter: str, stem: bool = False) -> bool:
    """Whether the matcher would find ``shorter`` inside ``longer`` (on whole words where the script has spaces;
    a ``stem`` may go on past its last letter)."""
    if not shorter or shorter not in longer:
        return False
    left = r"(?<!\w)" if in_spaced_script(shorter[0]) else ""
    right = r"(?!\w)" if in_spaced_script(shorter[-1]) and not stem else ""
    return re.search(left + re.escape(shorter) + right, longer) is not None


def _matcher_view(phrase: str) -> tuple[str, bool]:
    """The phrase as the matcher keys it: normalised, without its stem mark."""
    body, stem = split_stem(phrase)
    return normalize(body).text.strip(), stem


def self_firing(indicator: Indicator) -> list[str]:
    """Concept ``near`` patterns of which one phrase alone satisfies both sides.

    Only patterns that refer to a lexicon are checked: in a hand-written pair the
    overlap may be deliberate, in a pair of concepts it is an accident of two word lists.
    """
    problems = []
    written = indicator.written
    for index, pattern in enumerate(indicator.patterns):
        if pattern.near is None or not any(f"patterns.{index}.near.{side}" in written for side in "ab"):
            continue
        side_a = {_matcher_view(w) for w in pattern.near.a}
        side_b = {_matcher_view(w) for w in pattern.near.b}
        for a, a_stem in sorted(side_a):
            for b, b_stem in sorted(side_b):
                if _contains(a, b, b_stem) or _contains(b, a, a_stem):
                    problems.append(
                        f"{indicator.id}: field 'patterns.{index}.near': {a!r} and {b!r} overlap, "
                        "so the phrase alone satisfies both sides"
                    )
    return problems


@dataclass
class LintReport:
    lines: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def lexicon_problems(lexicon: Lexicon, path: Path) -> list[str]:
    """Terms that the matcher would see as the same phrase (after normalisation)."""
    problems = []
    for lang, words in lexicon.terms.items():
        seen: dict[tuple[str, bool], str] = {}
        stems: list[tuple[str, str]] = []
        for word in words:
            key = _matcher_view(word)
            if not key[0]:
                problems.append(f"{path}: field 'terms.{lang}': {word!r} is empty once normalised")
            elif key in seen:
                problems.append(
                    f"{path}: field 'terms.{lang}': {word!r} and {seen[key]!r} are the same once normalised"
                )
            else:
                seen[key] = word
                if key[1]:
                    stems.append((key[0], word))
        for (text, _), word in seen.items():
            for stem, stem_word in stems:
                rest = text[len(stem) :]
                if word != stem_word and text.startswith(stem) and (not rest or rest.isalnum()):
                    problems.append(
                        f"{path}: field 'terms.{lang}': {word!r} is already matched by the stem {stem_word!r}"
                    )
                    break
    return problems


def lint(dirs: list[Path]) -> LintReport:
    """Packs and lexicons of the built-in directory and of ``dirs`` (raises on a broken file)."""
    report = LintReport()
    packs: list[Pack] = load_packs(dirs)
    for pack in packs:
        off = sum(1 for i in pack.indicators if i.status == "off")
        report.lines.append(
            f"{pack.info.name} {pack.info.version}: {len(pack.indicators)} indicators ({off} off by default)"
        )
    for pack in packs:
        for indicator in pack.indicators:
            where = Path(pack.path) / f"{indicator.id.split('.', 1)[1]}.yaml"
            report.errors += [f"{where}: {problem}" for problem in self_firing(indicator)]
    used = {name for pack in packs for indicator in pack.indicators for name in indicator.lexicons}
    for root in [BUILTIN_DIR, *dirs]:
        lexicons = default_lexicons(root) if root != BUILTIN_DIR else default_lexicons()
        own = {p.stem for p in (root / LEXICON_DIR).glob("*.yaml")} if (root / LEXICON_DIR).is_dir() else set()
        for name in sorted(own):
            lexicon = lexicons[name]
            path = root / LEXICON_DIR / f"{name}.yaml"
            report.errors += lexicon_problems(lexicon, path)
            counts = ", ".join(f"{lang} {len(lexicon.words(lang))}" for lang in lexicon.terms)
            report.lines.append(f"lexicon @{name}: {counts}")
            if name not in used and name not in ENGINE_LEXICONS:
                report.warnings.append(f"{path}: lexicon @{name} is not used by any indicator")
    return report
