"""``docs/indicators.md``, generated from the rule packs (``python -m clew.rules.docs``).

``--check`` exits 1 when the file differs from what the packs say, so the page
never drifts from the data.
"""

from __future__ import annotations

import sys
from pathlib import Path

from clew.docgen import write_or_check
from clew.learned import ID_PREFIX as LEARNED_PREFIX
from clew.learned import REPORTING_WEIGHT as LEARNED_REPORTING_WEIGHT
from clew.learned import WEIGHT as LEARNED_WEIGHT
from clew.rules.loader import BUILTIN_DIR, LEXICON_DIR, load_lexicons, load_packs
from clew.rules.model import Indicator, Lexicon, Pack
from clew.scoring import LEVEL_THRESHOLDS, SINGLE_INDICATOR_CAP

DEFAULT_PATH = Path(__file__).resolve().parents[3] / "docs" / "indicators.md"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _kinds(indicator: Indicator) -> str:
    kinds = sorted({p.kind for p in indicator.patterns})
    if indicator.requires:
        kinds.append("requires " + ", ".join(sorted({c.kind for c in indicator.requires})))
    if indicator.unless:
        kinds.append("unless")
    if indicator.lexicons:
        kinds.append("concepts " + ", ".join(f"@{name}" for name in indicator.lexicons))
    return ", ".join(kinds)


def _as_written(indicator: Indicator, where: str, expanded: tuple[str, ...]) -> str:
    """A list as written: lexicon references with their size, then the literal phrases."""
    written = indicator.written.get(where)
    if written is None:
        return "; ".join(expanded)
    return "; ".join(written) + f" ({len(expanded)} terms)"


def _lexicon_lines(indicator: Indicator, pack: Pack) -> list[str]:
    known = {lexicon.name: lexicon for lexicon in pack.lexicons}
    lines = []
    for name in indicator.lexicons:
        lexicon = known.get(name)
        if lexicon is None:
            continue
        lines.append(f"  @{name}: {' '.join(lexicon.description.split())}")
        langs = [lang for lang in indicator.languages if lang in lexicon.terms]
        for lang in langs:
            words = lexicon.words(lang)
            shown = ", ".join(words[:12]) + (f", … ({len(words)} in all)" if len(words) > 12 else "")
            lines.append(f"    [{lang}] {shown}")
    return lines


def explain(indicator: Indicator, pack: Pack) -> str:
    """A readable account of one indicator (``clew rules explain ID``)."""
    lines = [
        f"{indicator.id} — {indicator.title}",
        f"pack {pack.info.name} {pack.info.version}; indicator version {indicator.version}; weight {indicator.weight}",
        f"status: {indicator.status}" + (f" — {indicator.status_reason}" if indicator.status_reason else ""),
        f"languages: {', '.join(indicator.languages)}",
        "",
        " ".join(indicator.description.split()),
        "",
        "patterns:",
    ]
    for index, pattern in enumerate(indicator.patterns):
        lang = f"[{pattern.lang}] " if pattern.lang else ""
        if pattern.phrases is not None:
            lines.append(f"  {lang}phrases: " + _as_written(indicator, f"patterns.{index}.phrases", pattern.phrases))
        elif pattern.regex is not None:
            lines.append(f"  {lang}regex: {pattern.regex}")
        elif pattern.near is not None:
            near = pattern.near
            side_a = _as_written(indicator, f"patterns.{index}.near.a", near.a).replace("; ", "/")
            side_b = _as_written(indicator, f"patterns.{index}.near.b", near.b).replace("; ", "/")
            line = f"  {lang}near: {side_a} within {near.within} words of {side_b}"
            if near.c:
                side_c = _as_written(indicator, f"patterns.{index}.near.c", near.c).replace("; ", "/")
                line += f", and {side_c} within {near.c_within} words of the pair"
            lines.append(line)
        elif pattern.entity is not None:
            lines.append(f"  entity: {pattern.entity.model_dump(exclude_defaults=True)}")
        else:
            lines.append(f"  feature: {pattern.feature}")
    for condition in indicator.requires:
        what = condition.entity.model_dump(exclude_defaults=True) if condition.entity else condition.feature
        lines.append(f"  requires: {what}")
    if indicator.unless:
        lines.append(
            f"  unless (within {indicator.unless_within} characters): "
            + _as_written(indicator, "unless", indicator.unless)
        )
    concepts = _lexicon_lines(indicator, pack)
    if concepts:
        lines += ["", "concept lexicons:", *concepts]
    lines += ["", "sources:"]
    lines += [f"  {s.ref} ({s.status}): {s.citation}" for s in indicator.sources]
    lines += ["", "examples:"]
    lines += [f"  {e.expect:<4} [{e.lang}] {e.text}" for e in indicator.examples]
    return "\n".join(lines)


def _lexicon_section(lexicons: dict[str, Lexicon], packs: list[Pack]) -> list[str]:
    users: dict[str, list[str]] = {name: [] for name in lexicons}
    for pack in packs:
        for indicator in pack.indicators:
            for name in indicator.lexicons:
                users.setdefault(name, []).append(indicator.id)
    out = [
        "## Concept lexicons",
        "",
        f"Shared word lists under `src/clew/rulepacks/{LEXICON_DIR}/`, one concept each with its words in",
        "every language (inflected forms, plurals, genders, misspellings and slang listed, because",
        "phrases match whole words; a term ending in `*` is a stem of at least four letters and matches",
        "every word that begins with it). An indicator refers to one as `@name` in a phrase list, a `near`",
        "side or `unless`; the loader expands it, so indicators combine concepts (a person word near a",
        "sale word) instead of listing sentences.",
        "",
        "| lexicon | concept | terms per language | used by | sources |",
        "|---|---|---|---|---|",
    ]
    for name, lexicon in sorted(lexicons.items()):
        counts = ", ".join(
            f"{lang} {len(words)}"
            + (f" ({stems} stem{'s' * (stems > 1)})" if (stems := sum(w.rstrip().endswith("*") for w in words)) else "")
            + (f" (+{len(lexicon.words(lang)) - len(words)} with prefixes)" if lang in lexicon.prefixes else "")
            for lang, words in lexicon.terms.items()
        )
        used = ", ".join(f"`{i}`" for i in sorted(users.get(name, []))) or "—"
        sources = ", ".join(f"{s.ref} ({s.status})" for s in lexicon.sources)
        out.append(f"| `@{name}` | {_cell(lexicon.description)} | {counts} | {used} | {sources} |")
    out.append("")
    return out


def render(packs: list[Pack], lexicons: dict[str, Lexicon] | None = None) -> str:
    thresholds = ", ".join(
        f"{level} from {value}" for level, value in sorted(LEVEL_THRESHOLDS, key=lambda lv: lv[1]) if value > 0
    )
    out = [
        "# Indicators",
        "",
        "<!-- Generated by `python -m clew.rules.docs` from src/clew/rulepacks; do not edit by hand. -->",
        "",
        "Every indicator is a lead for a person to review, never proof. Each is one YAML",
        "file under `src/clew/rulepacks/<typology>/`, with its sources and examples; "
        "`clew rules explain ID` shows one in full.",
        "",
        "A typology's score combines the weights of the distinct indicators that fired with a",
        f"noisy-OR (1 − Π(1 − w)); one indicator alone is capped at {SINGLE_INDICATOR_CAP}. "
        f"Levels: low above 0, {thresholds}.",
        "Source status: **V** checked in the source, **S** through a secondary copy, **U** unverified",
        "(see `../shared/research/indicators.md`).",
        "",
        "Beside the packs, the learned text model (`clew.learned`) adds one indicator per typology,",
        f"`{LEARNED_PREFIX}<typology>`, weight {LEARNED_WEIGHT}, on by default (`CLEW_LEARNED_MODEL=false`",
        "turns it off): it fires when a typology's probability reaches a threshold calibrated on texts the",
        "model never saw, and points at the words that raised the score most. In a text with words of reporting",
        f"context (`news_context`: news, court, hotline, awareness) its weight is {LEARNED_REPORTING_WEIGHT}.",
        "Its training data, thresholds, first-seen figures and the nationality and ethnicity words it never sees",
        "are in `docs/learned.md`.",
        "",
    ]
    for pack in sorted(packs, key=lambda p: p.info.name):
        on = sum(1 for i in pack.indicators if i.status == "on")
        out += [
            f"## {pack.info.name} — {pack.info.title} (pack {pack.info.version})",
            "",
            _cell(pack.info.description) or "",
            "",
            f"{len(pack.indicators)} indicators, {on} on by default.",
            "",
            "| id | indicator | weight | status | languages | kinds | sources |",
            "|---|---|---|---|---|---|---|",
        ]
        for ind in pack.indicators:
            status = "on" if ind.status == "on" else f"**off**: {_cell(ind.status_reason or '')}"
            sources = ", ".join(f"{s.ref} ({s.status})" for s in ind.sources)
            out.append(
                f"| `{ind.id}` | {_cell(ind.title)} | {ind.weight} | {status} | {', '.join(ind.languages)} "
                f"| {_kinds(ind)} | {sources} |"
            )
        out.append("")
    if lexicons:
        out += _lexicon_section(lexicons, packs)
    return "\n".join(out).rstrip() + "\n"


def main(argv: list[str]) -> int:
    return write_or_check(
        DEFAULT_PATH,
        render(load_packs(), load_lexicons(BUILTIN_DIR)),
        command="python -m clew.rules.docs",
        check="--check" in argv,
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
