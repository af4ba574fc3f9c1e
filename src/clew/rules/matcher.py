"""Compile rule packs into one matcher and run it over normalised text.

All phrase patterns of all indicators go into a single Aho-Corasick automaton
(``clew.text.phrases``), so the cost of matching grows with the text, not with the
number of phrases. The same automaton holds literal *triggers* derived from each
regular expression (``clew.rules.triggers``): a regex runs only on texts where, for
each of its (up to two) trigger sets, a literal of that set occurs. Proximity
("near") patterns pair occurrences within a bounded window. Every hit reports its span in the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from clew.model import Entity, IndicatorHit, TextField
from clew.rules.features import FEATURES
from clew.rules.model import EntityCondition, Indicator, Pack, PackInfo, Pattern, split_stem
from clew.rules.triggers import reach, start_literals, trigger_sets
from clew.text import NormalizedText, in_spaced_script, normalize
from clew.text.hanzi import simplified
from clew.text.phrases import PhraseIndex

MAX_HITS_PER_INDICATOR = 10
SPACED, NUMERAL = 1, 2
"""The left boundary a key needs (``_Entry.left``)."""
CHINESE_NUMERALS = frozenset("〇零一二三四五六七八九十百千两壹贰叁肆伍陆柒捌玖拾")
"""A key that begins with one of these starts a number only where no other comes before it."""
ENGINE_LEXICONS = ("report_action", "reported_object", "bypassed_marker", "bypassed_body")
"""Lexicons the matcher itself reads (report frames, bypassed bodies), not any indicator: lint does not call them
unused."""
BYPASS_WORDS = 3
"""How many words may stand between a @bypassed_marker word and the unless phrase it keeps from cancelling
('pas de passage par le tribunal'); four characters in scripts written without spaces ('不用去法院')."""
BYPASS_CHARS = 80
"""How far back from an unless phrase its @bypassed_marker word is looked for."""
REPORT_FRAME_CHARS = 40
"""How far after a @report_action word its @reported_object may begin ('banned u/…', 'удалил пост пользователя …')."""
MAX_WINDOWS = 6
"""A gated regex whose triggers fall in more places than this searches the whole text at once."""
WINDOWED_TEXT = 1500
"""Texts shorter than this are searched whole: the windows would cover most of them anyway."""
NEAR_CHARS_PER_WORD = 40
"""Proximity is checked only within ``(within + 1) * NEAR_CHARS_PER_WORD`` characters,
so a long text with many occurrences costs time linear in its length."""


def _key(phrase: str) -> str:
    """What the automaton holds for a phrase: its normalised text, traditional Chinese characters simplified
    (the text is read the same way, so one lexicon covers both scripts)."""
    return simplified(normalize(phrase).text)


@dataclass
class _Rule:
    indicator: Indicator
    pack: PackInfo
    source: str
    regexes: list[str] = field(default_factory=list)
    """Regex sources, compiled by the rule set on first use (``RuleSet._regex``)."""
    nears: list[int] = field(default_factory=list)
    """Window (in words) of each near pattern, by its index."""
    nears_c: list[int] = field(default_factory=list)
    """Window (in words) between the pair and the third side ``c`` of each near pattern; 0 when it has none."""
    entities: list[EntityCondition] = field(default_factory=list)
    features: list[str] = field(default_factory=list)


_PLAIN_NUMBER = re.compile(r"[\d\s().+\-/]+")
"""Digits of any script as people write them (Arabic-Indic in Arabic ads is plain)…"""
_DISGUISED_DIGITS = re.compile("[\uff10-\uff19\U0001d7ce-\U0001d7ff\u2460-\u24ff\u2776-\u2793]")
"""…but full-width, mathematical and circled digits are a known disguise (indicators.md OB-08)."""


def written_obfuscated(entity: Entity, written: str) -> bool:
    """Whether an identifier is written so that a plain filter would miss it
    (number words, letters for digits, symbols between digits, other scripts)."""
    if entity.type == "phone":
        return _PLAIN_NUMBER.fullmatch(written) is None or _DISGUISED_DIGITS.search(written) is not None
    if entity.type == "email":
        return "@" not in written
    return not written.isascii()


def _meets(cond: EntityCondition, entity: Entity, views: dict[TextField, NormalizedText]) -> bool:
    if entity.type != cond.type or (cond.prefix and not entity.value.startswith(cond.prefix)):
        return False
    if cond.min is not None or cond.max is not None:
        try:
            number = float(entity.value.split(":")[-1].split()[0])
        except (ValueError, IndexError):
            return False
        if (cond.min is not None and number < cond.min) or (cond.max is not None and number > cond.max):
            return False
    if cond.obfuscated is not None:
        view = views.get(entity.field)
        written = view.original[entity.start : entity.end] if view is not None else ""
        if written_obfuscated(entity, written) != cond.obfuscated:
            return False
    return True


class _Features:
    """Document features of one document's fields, each computed at most once per field."""

    __slots__ = ("_done", "views")

    def __init__(self, views: dict[TextField, NormalizedText]) -> None:
        self.views = views
        self._done: dict[tuple[str, TextField], list[tuple[int, int]]] = {}

    def spans(self, name: str, fld: TextField) -> list[tuple[int, int]]:
        """Spans of feature ``name`` in the normalised text of ``fld``."""
        key = (name, fld)
        found = self._done.get(key)
        if found is None:
            found = self._done[key] = FEATURES[name](self.views[fld].text)
        return found


def _holds(condition: Pattern, entities: list[Entity], features: _Features) -> bool:
    if condition.entity is not None:
        found = any(_meets(condition.entity, e, features.views) for e in entities)
        return not found if condition.entity.absent else found
    if condition.feature is not None:
        return any(features.spans(condition.feature, fld) for fld in features.views if fld != "url")
    return False


@dataclass(frozen=True, slots=True)
class _Entry:
    rule: int
    role: str
    """'p' phrase, 'a'/'b' side of near pattern ``near``, 'u' unless, 't' trigger of regex ``near``."""
    near: int
    left: int
    """``SPACED``: a word boundary is required before the key; ``NUMERAL``: the key begins with a Chinese numeral,
    which must not follow another ('十五岁' is not inside '三十五岁'); 0: none."""
    right: bool
    """Whether a word boundary is required after the key (not after a stem: 'recrut*')."""
    need: int = 0
    """For a trigger: which of its regex's trigger sets the literal belongs to."""
    stem: bool = False
    """The phrase ended in '*': its last word may go on past the key."""


_NearKey = tuple[int, int]
"""(rule, near pattern) of a ``near`` side."""
_Words = tuple[tuple[int, ...], frozenset[_NearKey], frozenset[_NearKey], frozenset[int], frozenset[_NearKey]]
"""One automaton key's entries by role: phrase rules, near patterns it is side a / side b of, unless rules,
near patterns it is side c of."""


def _roles(entries: list[_Entry]) -> _Words:
    """Entries of one automaton key by role (sets, so that a text's scan combines them in C)."""
    return (
        tuple(e.rule for e in entries if e.role == "p"),
        frozenset((e.rule, e.near) for e in entries if e.role == "a"),
        frozenset((e.rule, e.near) for e in entries if e.role == "b"),
        frozenset(e.rule for e in entries if e.role == "u"),
        frozenset((e.rule, e.near) for e in entries if e.role == "c"),
    )


def _word_gap(text: str, end_first: int, start_second: int) -> int:
    """How many words lie between two spans (characters for scripts without spaces)."""
    if start_second <= end_first:
        return 0
    between = text[end_first:start_second]
    spaces = between.count(" ")
    return spaces - 1 if spaces else (len(between) + 1) // 2


def _near_pairs(
    text: str, sides_a: list[tuple[int, int]], sides_b: list[tuple[int, int]], within: int
) -> list[tuple[int, int]]:
    """Spans covering an ``a`` and a ``b`` at most ``within`` words apart (bounded window)."""
    sides_b = sorted(sides_b)
    starts_b = [b[0] for b in sides_b]
    reach = (within + 1) * NEAR_CHARS_PER_WORD
    found = []
    for a in sides_a:
        for b in sides_b[bisect_left(starts_b, a[0] - reach) : bisect_left(starts_b, a[1] + reach)]:
            first, second = (a, b) if a[0] <= b[0] else (b, a)
            if _word_gap(text, first[1], second[0]) <= within:
                found.append((first[0], max(first[1], second[1])))
    return found


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans of one indicator become one piece of evidence."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _blockers(found: list[tuple[int, int]] | None, phrases: list[tuple[int, int]] | None) -> list[int]:
    """Sorted starts of a rule's ``unless`` phrases, leaving out those inside one of its own phrase hits
    ("no adoption agency needed" is a phrase of its own; its "adoption agency" cancels nothing)."""
    if not found:
        return []
    if not phrases:
        return sorted(start for start, _ in found)
    return sorted(start for start, end in found if not any(a <= start and end <= b for a, b in phrases))


_NAMED = (
    r"""(?:\s*(?:\w+\s+)?(?:"[^"\n]{1,40}"|“[^”\n]{1,40}”|«[^»\n]{1,40}»|'[^'\n]{1,40}'|@[\w.]+|\w*_[\w.]*)|[\w.]+)?"""
)
"""The reported account's or post's name after the word for it: quoted, an @handle, a name with an underscore,
or the rest of a 'u/' handle. A name is not context: 'ورد_طنجة' names an account, not flowers."""


def _alternation(terms: Iterable[str], *, left: bool = True) -> str:
    """A regex alternation of lexicon terms as the automaton reads them (``_key``), longest first: a stem ('court*')
    takes the rest of its word, a whole word needs a word boundary after it in a spaced script, and before it too
    unless ``left`` is False (a phrase the automaton has already found, an Arabic clitic glued before it)."""
    keys: list[str] = []
    for term in terms:
        body, stem = split_stem(term)
        key = _key(body)
        if not key:
            continue
        before = r"(?<!\w)" if left and in_spaced_script(key[0]) else ""
        after = (r"\w*" if stem else r"(?!\w)") if in_spaced_script(key[-1]) else ""
        keys.append(before + re.escape(key) + after)
    keys.sort(key=len, reverse=True)
    return "|".join(dict.fromkeys(keys))


def _frame_regex(action: Iterable[str], reported: Iterable[str]) -> re.Pattern[str] | None:
    """A report about one post or account: a @report_action word, then within ``REPORT_FRAME_CHARS`` characters
    of the same sentence a @reported_object ('banned u/…', 'reporting the account', 'signalement : le compte').
    The whole span is the report's own wording; an unless phrase inside it cancels nothing."""
    first, second = _alternation(action), _alternation(reported)
    if not first or not second:
        return None
    return re.compile(f"(?:{first})[^.!?;\n]{{0,{REPORT_FRAME_CHARS}}}?(?:{second}){_NAMED}")


@dataclass(frozen=True)
class ReportFrames:
    """The report-frame regex, tried only where one of its first words begins.

    One Aho-Corasick pass finds those places; ``finditer`` would try the regex, which opens with a look-behind
    before hundreds of alternatives, at every character of the text (it took half of all rule matching).
    """

    regex: re.Pattern[str]
    starts: PhraseIndex[int]
    """Every @report_action key, with its length."""

    def _begins(self, text: str) -> list[int]:
        return [end - length + 1 for end, length in self.starts.iter(text)]

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The spans ``regex.finditer(text)`` gives."""
        begins = self._begins(text)
        return _match_at(self.regex, text, begins) if begins else []

    def search(self, text: str) -> re.Match[str] | None:
        """The first match, as ``regex.search(text)`` gives it."""
        for start in sorted(set(self._begins(text))):
            m = self.regex.match(text, start)
            if m is not None:
                return m
        return None


@lru_cache(maxsize=1)
def _report_frames() -> ReportFrames | None:
    """The built-in @report_action and @reported_object lexicons, every language at once (as unless lists are).

    Read once a process: every ``RuleSet`` shares them (immutable), so building one more rule set does not read
    the lexicon files again."""
    from clew.rules.loader import BUILTIN_DIR, load_lexicons

    lexicons = load_lexicons(BUILTIN_DIR)
    action, reported = (lexicons.get(name) for name in ENGINE_LEXICONS[:2])
    if action is None or reported is None:
        return None
    words = [[t for lang in lex.terms for t in lex.words(lang)] for lex in (action, reported)]
    regex = _frame_regex(words[0], words[1])
    if regex is None:
        return None
    keys = {key: len(key) for key in (_key(split_stem(term)[0]) for term in words[0]) if key}
    return ReportFrames(regex, PhraseIndex(keys.items()))


@dataclass(frozen=True)
class Bypass:
    """An unless phrase that names a body the text says is left out ('no court process needed', 'sin juzgado',
    'بدون تسجيل بالمحكمة' — an Arabic prefix may be glued to it) cancels nothing: a @bypassed_body phrase with a
    @bypassed_marker word up to ``BYPASS_WORDS`` words before it."""

    body: re.Pattern[str]
    """A @bypassed_body phrase, matched where an unless phrase begins."""
    marker: re.Pattern[str]
    """A @bypassed_marker word and the words after it, searched so that it ends where that phrase begins."""

    def applies(self, text: str, start: int) -> bool:
        return (
            self.body.match(text, start) is not None
            and self.marker.search(text, max(0, start - BYPASS_CHARS), start) is not None
        )


@lru_cache(maxsize=1)
def _bypass() -> Bypass | None:
    """The built-in @bypassed_marker and @bypassed_body lexicons, every language at once; read once a process."""
    from clew.rules.loader import BUILTIN_DIR, load_lexicons

    lexicons = load_lexicons(BUILTIN_DIR)
    marker, body = (lexicons.get(name) for name in ENGINE_LEXICONS[2:])
    if marker is None or body is None:
        return None
    spaced: list[str] = []
    unspaced: list[str] = []
    for lang in marker.terms:
        for term in marker.words(lang):
            key = _key(term)
            if key:
                (spaced if in_spaced_script(key[-1]) else unspaced).append(term)
    parts = []
    if spaced:  # then up to BYPASS_WORDS words, and an Arabic clitic glued to the body ('بدون تسجيل بالمحكمة')
        parts.append(rf"(?:{_alternation(spaced)})(?:[^\w\n]+\w+){{0,{BYPASS_WORDS}}}[^\w\n]+\w{{0,3}}")
    if unspaced:
        parts.append(rf"(?:{_alternation(unspaced)})\w{{0,4}}")
    bodies = _alternation((t for lang in body.terms for t in body.words(lang)), left=False)
    if not parts or not bodies:
        return None
    return Bypass(re.compile(f"(?:{bodies})"), re.compile(f"(?:{'|'.join(parts)})$"))


def _blocked(blockers: list[int], low: int, high: int) -> bool:
    """Whether an unless phrase starts in ``[low, high]`` (``blockers`` sorted)."""
    k = bisect_left(blockers, low)
    return k < len(blockers) and blockers[k] <= high


def _match_at(regex: re.Pattern[str], text: str, starts: list[int]) -> list[tuple[int, int]]:
    """The matches ``finditer`` would give, for a regex whose matches all begin at one of ``starts``.

    ``finditer`` tries every position from the left and goes on after each match; here
    only the positions where a match can begin are tried, in the same order.
    """
    found: list[tuple[int, int]] = []
    after = 0
    for start in sorted(set(starts)):
        if start < after:
            continue
        m = regex.match(text, start)
        if m is not None and m.end() > start:
            found.append((start, m.end()))
            after = m.end()
    return found


def _search_near(
    regex: re.Pattern[str], text: str, triggers: list[tuple[int, int]], longest: int, ahead: int
) -> list[tuple[int, int]]:
    """The matches ``regex.finditer(text)`` finds, searched only around the triggers that every match holds.

    A match is at most ``longest`` characters and contains a trigger at ``[s, e)``, so
    it starts in ``[e - longest, s]``; those ranges are merged and searched left to
    right, each with the text cut ``longest + ahead + 2`` characters after its last
    start (far enough that no look-ahead, ``\\b`` or ``$`` sees the cut), and a match
    that starts past the range is left to the next one. Matches do not overlap, as
    with ``finditer``.
    """
    ranges = sorted((max(0, e - longest), s) for s, e in triggers)
    merged: list[list[int]] = []
    for a, b in ranges:
        if merged and a <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    size = len(text)
    tail = longest + ahead + 2
    if len(merged) > MAX_WINDOWS or 2 * sum(min(size, b + tail) - a for a, b in merged) > size:
        # the windows would cover most of the text: one search over all of it costs less
        return [m.span() for m in regex.finditer(text) if m.end() > m.start()]
    found: list[tuple[int, int]] = []
    resume = 0
    for a, b in merged:
        pos = max(a, resume)
        stop = min(size, b + tail)
        while pos <= b:
            m = regex.search(text, pos, stop)
            if m is None or m.start() > b:
                break
            found.append(m.span())
            pos = resume = m.end()
    return found


_KeyValue = tuple[Any, ...]
"""What the automaton holds for a key: its length, boundary flags, the triggers and starts it fires, its roles."""


class RuleSet:
    """The compiled matcher for a set of packs."""

    def __init__(
        self, packs: Iterable[Pack], *, include_off: bool = False, gate: bool = True, report_frames: bool = True
    ) -> None:
        self.packs = {p.info.name: p for p in packs}
        self._frames = _report_frames() if report_frames else None
        """A moderator's or user's report about one post or account (@report_action then @reported_object):
        the unless phrases inside it are the report's own words and cancel nothing."""
        self.rules: list[_Rule] = []
        words: dict[str, _KeyValue] = {}
        entries: dict[str, list[_Entry]] = defaultdict(list)
        self._ungated: set[tuple[int, int]] = set()
        """(rule, regex) pairs without triggers: they run on every text."""
        self._two_sets: set[tuple[int, int]] = set()
        """(rule, regex) pairs with a second trigger set: a literal of each must have occurred."""
        self._reach: dict[tuple[int, int], tuple[int, int]] = {}
        """(rule, regex) → (longest match, longest look-ahead), for gated regexes searched near their triggers."""
        self._anchored: set[tuple[int, int]] = set()
        """(rule, regex) pairs whose every match begins with one of their start literals: tried only there."""
        self._compiled: dict[tuple[int, int], re.Pattern[str]] = {}
        """(rule, regex) → its compiled pattern, once a text has called for it."""

        def add(phrase: str, entry_rule: int, role: str, near: int = -1, need: int = 0) -> None:
            if role in ("t", "s"):  # a trigger or a start of the regex: a literal, matched anywhere
                entries[phrase].append(_Entry(entry_rule, role, near, False, False, need))
                return
            body, stem = split_stem(phrase)
            key = _key(body)
            if key:
                left = SPACED if in_spaced_script(key[0]) else NUMERAL if key[0] in CHINESE_NUMERALS else 0
                right = in_spaced_script(key[-1]) and not stem
                entries[key].append(_Entry(entry_rule, role, near, left, right, stem=stem))

        for pack in self.packs.values():
            for indicator in pack.indicators:
                if indicator.status == "off" and not include_off:
                    continue
                index = len(self.rules)
                source = "; ".join(f"{s.ref}: {s.citation}" for s in indicator.sources)
                rule = _Rule(indicator, pack.info, source)
                for pattern in indicator.patterns:
                    if pattern.phrases is not None:
                        for phrase in pattern.phrases:
                            add(phrase, index, "p")
                    elif pattern.regex is not None:
                        regex_index = len(rule.regexes)
                        rule.regexes.append(pattern.regex)
                        sets = trigger_sets(pattern.regex, limit=2) if gate else ()
                        if not sets:
                            self._ungated.add((index, regex_index))
                        elif len(sets) > 1:
                            self._two_sets.add((index, regex_index))
                        bounds = reach(pattern.regex) if sets else None
                        if bounds is not None:
                            self._reach[(index, regex_index)] = bounds
                        literals = start_literals(pattern.regex) if gate else None
                        if literals:
                            self._anchored.add((index, regex_index))
                            for literal in sorted(literals):
                                add(literal, index, "s", regex_index)
                        for need, literals in enumerate(sets):
                            for literal in sorted(literals):
                                add(literal, index, "t", regex_index, need)
                    elif pattern.entity is not None:
                        rule.entities.append(pattern.entity)
                    elif pattern.feature is not None:
                        rule.features.append(pattern.feature)
                    elif pattern.near is not None:
                        near_index = len(rule.nears)
                        rule.nears.append(pattern.near.within)
                        rule.nears_c.append(pattern.near.c_within if pattern.near.c else 0)
                        for phrase in pattern.near.a:
                            add(phrase, index, "a", near_index)
                        for phrase in pattern.near.b:
                            add(phrase, index, "b", near_index)
                        for phrase in pattern.near.c:
                            add(phrase, index, "c", near_index)
                for phrase in indicator.unless:
                    add(phrase, index, "u")
                self.rules.append(rule)
        shared: dict[_KeyValue, _KeyValue] = {}
        for key, items in entries.items():
            # Grouped once here so that the scan does the least per automaton hit: the word
            # boundaries depend on the key alone (triggers need none), and each role has its list.
            # A key that is only a regex's literal carries no words (None), so the scan skips the boundaries.
            # A key can be a whole word for some entries and a stem for others ('recrut' and
            # 'recrut*'): when the word goes on past the key, only the stems' entries count.
            bounded = [e for e in items if e.role not in ("t", "s")]
            left = bounded[0].left if bounded else 0
            right = any(e.right for e in bounded)
            stems = [e for e in bounded if e.stem]
            # the (rule, regex) pairs this literal is a trigger of, by trigger set
            first = tuple((e.rule, e.near) for e in items if e.role == "t" and e.need == 0)
            second = tuple((e.rule, e.near) for e in items if e.role == "t" and e.need == 1)
            starts = tuple((e.rule, e.near) for e in items if e.role == "s")
            value = (
                len(key),
                left,
                right,
                first,
                second,
                _roles(bounded) if bounded else None,
                _roles(stems) if stems else None,
                starts,
            )
            # Keys with the same entries (the words of one lexicon, mostly) share one value: the disk cache
            # stores and reads it once, not 48,000 times with its frozensets rebuilt each time (0.9 s -> 0.1 s).
            words[key] = shared.setdefault(value, value)
        self._documentwide = [i for i, r in enumerate(self.rules) if r.entities or r.features]
        self._requiring = [i for i, r in enumerate(self.rules) if r.indicator.requires]
        self._has_words = bool(entries)
        self._automaton: PhraseIndex[_KeyValue] = PhraseIndex(words.items())

    def _regex(self, index: int, regex_index: int) -> re.Pattern[str]:
        """A rule's regex, compiled the first time a text calls for it.

        Compiling all of them took about a third of a second at every start (the disk
        cache cannot keep compiled patterns: unpickling compiles them again), while an
        ordinary run of ads calls for about half of them.
        """
        key = (index, regex_index)
        regex = self._compiled.get(key)
        if regex is None:
            regex = self._compiled[key] = re.compile(self.rules[index].regexes[regex_index])
        return regex

    @property
    def indicators(self) -> list[Indicator]:
        return [r.indicator for r in self.rules]

    def match(self, views: dict[TextField, NormalizedText], entities: list[Entity] | None = None) -> list[IndicatorHit]:
        """Every hit in the given fields (and on the given entities), ordered by field and position."""
        hits: list[IndicatorHit] = []
        for fld, view in views.items():
            if fld != "url" and view.text:
                hits.extend(self._match_field(fld, view))
        found = entities or []
        features = _Features(views)
        for index in self._documentwide:
            rule = self.rules[index]
            requires = rule.indicator.requires
            if requires and not all(_holds(c, found, features) for c in requires):
                continue  # its hits would be dropped below: do not look for them
            spans: list[tuple[TextField, int, int]] = []
            for cond in rule.entities:
                spans.extend((e.field, e.start, e.end) for e in found if _meets(cond, e, views))
            for name in rule.features:
                for fld, view in views.items():
                    if fld != "url":
                        spans.extend((fld, *view.span(a, b)) for a, b in features.spans(name, fld))
            for where, start, end in sorted(set(spans))[:MAX_HITS_PER_INDICATOR]:
                hits.append(self._hit(rule, where, views[where], start, end))
        if self._requiring and hits:
            hit_ids = {h.id for h in hits}
            blocked = {
                rule.indicator.id
                for rule in (self.rules[i] for i in self._requiring)
                if rule.indicator.id in hit_ids and not all(_holds(c, found, features) for c in rule.indicator.requires)
            }
            hits = [h for h in hits if h.id not in blocked]
        return hits

    def match_text(self, text: str, entities: list[Entity] | None = None) -> list[IndicatorHit]:
        return self.match({"text": normalize(text)}, entities)

    @staticmethod
    def _hit(rule: _Rule, fld: TextField, view: NormalizedText, start: int, end: int) -> IndicatorHit:
        """A hit at original offsets ``[start, end)`` of the field."""
        # Validated construction: pydantic's checks run in Rust and cost less than model_construct's Python.
        return IndicatorHit(
            id=rule.indicator.id,
            pack=rule.pack.name,
            version=rule.pack.version,
            start=start,
            end=end,
            text=view.original[start:end],
            weight=rule.indicator.weight,
            source=rule.source,
            field=fld,
        )

    def _match_field(self, fld: TextField, view: NormalizedText) -> list[IndicatorHit]:
        text = simplified(view.text)  # as long as view.text: a position in it is a position in the view
        spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
        own: dict[int, list[tuple[int, int]]] = defaultdict(list)
        """Each rule's phrase hits: an unless phrase inside one of them is part of that phrase, not a cancel."""
        words_at: list[tuple[int, int, _Words]] = []
        """Every key found on word boundaries, for the near sides and unless phrases resolved after the scan."""
        side_a: set[_NearKey] = set()
        side_b: set[_NearKey] = set()
        side_c: set[_NearKey] = set()
        fired: set[tuple[int, int]] = set()
        """Regexes a literal of whose first trigger set occurred, and (``fired_second``) of whose second."""
        fired_second: set[tuple[int, int]] = set()
        triggered: list[tuple[int, int, tuple[tuple[int, int], ...]]] = []
        begun: list[tuple[int, tuple[tuple[int, int], ...]]] = []
        """Where start literals occur, and whose (rule, regex) they start."""
        long_text = len(text) >= WINDOWED_TEXT
        if self._has_words:
            size = len(text)
            for last, (length, left, right, first, second, words, stems, starts) in self._automaton.iter(text):
                start, end = last + 1 - length, last + 1
                if starts:
                    begun.append((start, starts))
                if first:
                    fired.update(first)
                    if long_text:
                        triggered.append((start, end, first))
                if second:
                    fired_second.update(second)
                if words is None:
                    continue  # a literal of regexes only: no word boundary to check
                if left and start > 0:
                    before = text[start - 1]
                    if in_spaced_script(before) if left == SPACED else before in CHINESE_NUMERALS:
                        continue
                if (right or stems is not None) and end < size and in_spaced_script(text[end]):  # the word goes on
                    if stems is None:
                        continue
                    if in_spaced_script(text[end - 1]):  # (a stem in a script without spaces needs no boundary)
                        if right:
                            words = stems
                        while end < size and in_spaced_script(text[end]):  # a stem's evidence is its whole word
                            end += 1
                for rule_index in words[0]:
                    spans[rule_index].append((start, end))
                    own[rule_index].append((start, end))
                side_a |= words[1]
                side_b |= words[2]
                side_c |= words[4]
                words_at.append((start, end, words))
        regexes = self._ungated | (fired - self._two_sets) | (fired & fired_second)
        anchored = regexes & self._anchored
        if anchored:
            at: dict[tuple[int, int], list[int]] = defaultdict(list)
            for start, starts in begun:
                for pair in starts:
                    if pair in anchored:
                        at[pair].append(start)
            for pair in anchored:
                spans[pair[0]].extend(_match_at(self._regex(*pair), text, at[pair]))
            regexes -= anchored
        for index, regex_index in regexes:
            regex = self._regex(index, regex_index)
            bounds = self._reach.get((index, regex_index)) if long_text else None
            if bounds is None:
                spans[index].extend(m.span() for m in regex.finditer(text) if m.end() > m.start())
            else:
                pair = (index, regex_index)
                near = [(a, b) for a, b, first in triggered if pair in first]
                spans[index].extend(_search_near(regex, text, near, *bounds))
        # Near patterns: only those with both sides in the text (a few per document) are paired.
        # A near pattern with a third side needs it in the text too, within its window of the pair.
        both = {key for key in side_a & side_b if not self.rules[key[0]].nears_c[key[1]] or key in side_c}
        if both:
            found_a: dict[_NearKey, list[tuple[int, int]]] = defaultdict(list)
            found_b: dict[_NearKey, list[tuple[int, int]]] = defaultdict(list)
            found_c: dict[_NearKey, list[tuple[int, int]]] = defaultdict(list)
            for start, end, words in words_at:
                for near_key in words[1] & both:
                    found_a[near_key].append((start, end))
                for near_key in words[2] & both:
                    found_b[near_key].append((start, end))
                for near_key in words[4] & both:
                    found_c[near_key].append((start, end))
            for near_key in sorted(both):
                index, near_index = near_key
                rule = self.rules[index]
                pairs = _near_pairs(text, found_a[near_key], found_b[near_key], rule.nears[near_index])
                if rule.nears_c[near_index] and pairs:
                    pairs = _near_pairs(text, pairs, found_c[near_key], rule.nears_c[near_index])
                spans[index].extend(pairs)
        # Unless phrases: only those of rules that found something.
        unless: dict[int, list[tuple[int, int]]] = defaultdict(list)
        if spans:
            live = spans.keys()
            bypass = _bypass()
            for start, end, words in words_at:
                if words[3] and live & words[3]:
                    if bypass is not None and bypass.applies(text, start):
                        continue  # 'no court', 'sin juzgado': a body the text says is left out cancels nothing
                    for rule_index in live & words[3]:
                        unless[rule_index].append((start, end))
        hits: list[IndicatorHit] = []
        frames = self._frames.spans(text) if self._frames is not None and unless else []
        for index in sorted(spans):
            rule = self.rules[index]
            blockers = _blockers(unless.get(index), [*own.get(index, []), *frames] or None)
            window = rule.indicator.unless_within
            found = spans[index]
            if blockers:
                # Each piece of evidence is judged on its own, before overlapping ones are merged: a near pair
                # or a regex reaching towards an unless phrase must not take down a phrase hit it overlaps.
                found = [(a, b) for a, b in found if not _blocked(blockers, a - window, b + window)]
            for start, end in _merge(found)[:MAX_HITS_PER_INDICATOR]:
                hits.append(self._hit(rule, fld, view, *view.span(start, end)))
        hits.sort(key=lambda h: (h.start, h.end, h.id))
        return hits
