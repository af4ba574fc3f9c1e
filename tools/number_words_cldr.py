"""Write ``src/clew/text/data/number_words_cldr.yaml``: number words of the CLDR spell-out rules.

The hand-written vocabulary (``number_words.yaml``) covers the languages met so far, one batch at a time; this
tool adds every other language CLDR's rule-based number formatting spells, through the ``unicode-rbnf`` package
(a development dependency: ``pip install -e '.[dev]'``; Clew itself only reads the committed YAML).

For each locale whose language the hand file does not have it writes, from every cardinal rule set:
units 0-9, teens 10-19, tens 20-90, each 21-99 that is one word (or the connector between tens and unit where the
language says "tuttugu og einn"), the word for 100 and 1000 (as multipliers: "trys šimtai") and single words for
200-900 ("tricent"). Precision first:

* a Latin-script word of one or two letters is dropped (it would be met inside every text);
* a word that is a stop word of another language (``stopwordsiso``), a Latin, Cyrillic or Greek word of four
  letters or fewer, or a spelling that means another number elsewhere is flagged ``ambiguous`` (it counts only
  inside a run of numbers);
* scripts written without spaces (Khmer, Burmese) get ``no_spaces``.

Regenerate: ``.venv/bin/python tools/number_words_cldr.py`` (``--out PATH`` writes elsewhere; then run
``pytest tests/text``, which checks the committed file is what this tool writes).
"""

from __future__ import annotations

import bisect
import re
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

import stopwordsiso
import yaml
from unicode_rbnf import RbnfEngine

ROOT = Path(__file__).resolve().parent.parent
HAND = ROOT / "src/clew/text/data/number_words.yaml"
OUT = ROOT / "src/clew/text/data/number_words_cldr.yaml"

SAME_AS_HAND = {
    "fil": "tl",
    "nb": "da",
    "nn": "da",
    "no": "da",
    "hr": "sr",
    "bs": "sr",
    "sk": "cs",
    "ja": "zh",
    "yue": "zh",
}
"""Locales whose language the hand file has under another code (Japanese and Cantonese: the Chinese numerals)."""
NO_SPACES = {"km", "my"}
ERRATA = {"is": {"sjó": "sjö"}}
"""Misspellings of the CLDR data read by unicode-rbnf, by locale: Icelandic 7 is "sjö" ("sjó" is "sea";
"sjötíu" = 70 in the same file)."""
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060"), None)
_SPLIT = re.compile(r"[\s\-‐]+")


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKC", word).casefold()


def _script(word: str) -> str:
    for c in word:
        if c.isalpha():
            return unicodedata.name(c, "?").split()[0]
    return "?"


def _spellings(engine: RbnfEngine, n: int, locale: str = "") -> list[list[str]]:
    result = engine.format_number(n)
    out: list[list[str]] = []
    for name, text in result.text_by_ruleset.items():
        if not (name == "spellout-numbering" or name.startswith("spellout-cardinal")):
            continue
        if any(x in name for x in ("financial", "alternate", "verbose", "year")):
            continue
        fix = ERRATA.get(locale, {})
        parts = [fix.get(_fold(p), _fold(p)) for p in _SPLIT.split(text.translate(_INVISIBLE)) if p]
        if parts and parts not in out:
            out.append(parts)
    return out


def _locale_words(locale: str) -> dict[str, object]:
    engine = RbnfEngine.for_language(locale)
    units: dict[int, list[str]] = {}
    teens: dict[int, list[str]] = {}
    tens: dict[int, list[str]] = {}
    hundreds: dict[int, list[str]] = {}
    mults: dict[int, list[str]] = {}
    phrases: dict[str, dict[int, list[str]]] = {"teens": {}, "tens": {}}
    connectors: list[str] = []

    def put(table: dict[int, list[str]], value: int, word: str) -> None:
        if word not in table.setdefault(value, []):
            table[value].append(word)

    for n in range(10):
        for parts in _spellings(engine, n, locale):
            if len(parts) == 1:
                put(units, n, parts[0])
    for n in range(10, 100):
        for parts in _spellings(engine, n, locale):
            kind = "teens" if n < 20 else "tens"
            table = teens if n < 20 else tens
            if len(parts) == 1:
                put(table, n, parts[0])
                continue
            if n >= 20 and n % 10:
                head, unit = parts[:-1], parts[-1]
                if unit in units.get(n % 10, []) and len(head) in (1, 2) and head[0] in tens.get(n - n % 10, []):
                    if len(head) == 2 and head[1] not in connectors:
                        connectors.append(head[1])
                    continue
            put(phrases[kind], n, "-".join(parts))
    for k in range(1, 10):
        for base in (100, 1000):
            for parts in _spellings(engine, k * base, locale):
                if len(parts) == 1 and k == 1:
                    put(mults, base, parts[0])
                elif len(parts) == 2 and parts[0] in units.get(k, []):
                    put(mults, base, parts[1])
                elif len(parts) == 1 and base == 100:  # one word for 200-900: "tricent"
                    put(hundreds, k * base, parts[0])
    # a phrase counts only when each of its words is a number word of its own: keep those
    known = {w for t in (units, teens, tens, hundreds, mults) for ws in t.values() for w in ws}
    for kind, table in phrases.items():
        for n, spellings in table.items():
            for spelling in spellings:
                if all(p in known for p in spelling.split("-")):
                    put(teens if kind == "teens" else tens, n, spelling)
    return {
        "units": units,
        "teens": teens,
        "tens": tens,
        "hundreds": hundreds,
        "multipliers": mults,
        "connectors": connectors,
    }


def _hand_words(hand: dict[str, object]) -> set[str]:
    words: set[str] = set()
    for lang in hand["languages"].values():  # type: ignore[attr-defined]
        for section in ("units", "teens", "tens", "hundreds", "multipliers"):
            for spellings in (lang.get(section) or {}).values():
                words.update(_fold(s) for s in spellings)
    return words


def _strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _hand_pairs(hand: dict[str, object]) -> list[tuple[str, int]]:
    """Two number words of one hand-written language glued into one number ("trenta" + "due"), with the first one's
    length, sorted. The first is a teen, tens, hundreds or multiplier: glued digit by digit ("viena" + "septiņas")
    is rarer than the generated language's own word ("vienas", Lithuanian 1), which is kept.

    The word automaton takes the longest match at each place: a generated word that starts like such a pair and
    reaches past its first word ("trentadu", Venetian "trentadù" without its accent) would swallow it.
    """
    pairs: set[tuple[str, int]] = set()
    for lang in hand["languages"].values():  # type: ignore[attr-defined]
        words: dict[str, set[str]] = {}
        for section in ("units", "teens", "tens", "hundreds", "multipliers"):
            for spellings in (lang.get(section) or {}).values():
                for w in spellings:
                    if "-" not in w:
                        words.setdefault(section, set()).update({_fold(w), _strip_accents(_fold(w))})
        every = set().union(*words.values()) if words else set()
        firsts = every - words.get("units", set())
        pairs.update((a + b, len(a)) for a in firsts for b in every)
    return sorted(pairs)


def _swallows(form: str, pairs: list[tuple[str, int]]) -> bool:
    i = bisect.bisect_left(pairs, (form, 0))
    while i < len(pairs) and pairs[i][0].startswith(form):
        if pairs[i][1] < len(form):
            return True
        i += 1
    return False


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    out = Path(args[1]) if len(args) == 2 and args[0] == "--out" else OUT
    hand = yaml.safe_load(HAND.read_text(encoding="utf-8"))
    covered = set(hand["languages"])
    hand_words = _hand_words(hand)
    pairs = _hand_pairs(hand)
    rbnf_dir = Path(sys.modules["unicode_rbnf"].__file__).parent / "rbnf"  # type: ignore[arg-type]
    locales = sorted(p.stem for p in rbnf_dir.glob("*.xml") if p.stem != "root")
    chosen = [loc for loc in locales if "_" not in loc and loc not in covered and loc not in SAME_AS_HAND]
    stop: dict[str, set[str]] = {
        lang: {_fold(w) for w in stopwordsiso.stopwords(lang)} for lang in stopwordsiso.langs()
    }

    data = {loc: _locale_words(loc) for loc in chosen}
    readings: dict[str, set[int]] = {}
    for lang in data.values():
        for section in ("units", "teens", "tens", "hundreds", "multipliers"):
            for n, spellings in lang[section].items():  # type: ignore[attr-defined]
                for s in spellings:
                    readings.setdefault(s, set()).add(n)

    lines = [
        "# Number words of the languages CLDR spells out and number_words.yaml does not have, GENERATED by",
        "# tools/number_words_cldr.py from the Unicode CLDR rule-based number formatting (spell-out rules) through",
        f"# unicode-rbnf {version('unicode-rbnf')} (MIT licence; CLDR data under the Unicode License v3),",
        f"# with the stop words of stopwordsiso {version('stopwordsiso')} (MIT) marking the ambiguous ones.",
        "# Do not edit by hand: change the tool, or write the language into number_words.yaml, whose entries",
        "# win over these (a language there is skipped here; a spelling there keeps its reading).",
        "# Regenerate: .venv/bin/python tools/number_words_cldr.py",
        "# Same format as number_words.yaml (see its header).",
        "version: 1",
        "languages:",
    ]
    for loc, lang in data.items():
        ambiguous: set[str] = set()
        accents_only: set[str] = set()
        kept: dict[str, dict[int, list[str]]] = {}
        for section in ("units", "teens", "tens", "hundreds", "multipliers"):
            for n, spellings in sorted(lang[section].items()):  # type: ignore[attr-defined]
                for s in spellings:
                    if s in hand_words or _swallows(s, pairs):
                        continue
                    if _swallows(_strip_accents(s), pairs):
                        accents_only.add(s)
                    script = _script(s)
                    plain = s.replace("-", "")
                    if script == "LATIN" and len(plain) <= 2:
                        continue
                    others = [w for code, w in stop.items() if code != loc]
                    if (
                        any(p in w for w in others for p in s.split("-"))
                        or (script in ("LATIN", "CYRILLIC", "GREEK") and len(plain) <= 4)
                        or len(readings.get(s, ())) > 1
                    ):
                        ambiguous.add(s)
                    kept.setdefault(section, {}).setdefault(n, []).append(s)
        words = hand_words | {w for t in kept.values() for ws in t.values() for w in ws if "-" not in w}
        for table in kept.values():  # a phrase of words dropped above would never be met
            for n in list(table):
                table[n] = [s for s in table[n] if all(p in words for p in s.split("-"))]
                if not table[n]:
                    del table[n]
        ambiguous = {s for s in ambiguous if any(s in ws for t in kept.values() for ws in t.values())}
        if not kept.get("units"):
            continue
        lines.append(f"  {loc}:")
        for section, table in kept.items():
            lines.append(f"    {section}:")
            lines.extend(f"      {n}: [{', '.join(table[n])}]" for n in sorted(table))
        if lang["connectors"]:
            lines.append(f"    connectors: [{', '.join(lang['connectors'])}]")  # type: ignore[arg-type]
        if ambiguous:
            lines.append(f"    ambiguous: [{', '.join(sorted(ambiguous))}]")
        accents_only &= {w for t in kept.values() for ws in t.values() for w in ws}
        if accents_only:
            lines.append(f"    accents_only: [{', '.join(sorted(accents_only))}]")
        if loc in NO_SPACES:
            lines.append("    no_spaces: true")
    text = "\n".join(lines) + "\n"
    yaml.safe_load(text)  # the file must read back
    out.write_text(text, encoding="utf-8")
    print(f"{out}: {len(chosen)} locales", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
