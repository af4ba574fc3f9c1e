"""Training mode for front-line staff and trainers: annotated examples and a quiz.

Examples come from the synthetic generator (``clew.demo.generator``): invented ads
and messages with fictional numbers and ``example.com`` addresses, never real
people. Each example is run through the same checker as the public page, so the
lesson shows exactly what a check would show: the words that are signs, and why.

The quiz is stateless: a round number picks the questions deterministically, the
answers travel in the form, and grading compares them with what the checker finds.
Nothing about the learner is stored — there is no account, cookie or score kept.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from clew.demo.generator import generate
from clew.model import TYPOLOGIES, Document
from clew.prevention.explain import Checker, Segment, Sign, segments
from clew.prevention.i18n import Catalogue

CORPUS_SIZE = 1500
CORPUS_SEED = 8
EXAMPLES_PER_LESSON = 4
QUIZ_QUESTIONS = 4
OPTIONS_PER_QUESTION = 5
NONE_OPTION = "none"


@dataclass(frozen=True)
class Example:
    """One synthetic text with the signs the checker finds in it."""

    id: str
    text: str
    lang: str
    category: str
    typologies: tuple[str, ...]
    """What the generator's ground truth says the text is (empty: a harmless text)."""
    signs: tuple[Sign, ...]
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class Lesson:
    typology: str
    title: str
    intro: str
    examples: list[Example]
    lookalike: Example | None
    """A harmless text that shares words with the typology, to show what is not a sign."""


@dataclass(frozen=True)
class Question:
    number: int
    example: Example
    options: list[tuple[str, str]]
    """(indicator id, explanation) choices, plus (``none``, "No warning signs")."""
    answer: frozenset[str]
    """Indicator ids the checker finds (``{"none"}`` for a harmless text)."""


@dataclass(frozen=True)
class Quiz:
    round: int
    questions: list[Question]


@dataclass
class Graded:
    number: int
    found: list[tuple[str, str]] = field(default_factory=list)
    missed: list[tuple[str, str]] = field(default_factory=list)
    wrong: list[tuple[str, str]] = field(default_factory=list)

    @property
    def correct(self) -> bool:
        return not self.missed and not self.wrong


@dataclass(frozen=True)
class Grade:
    questions: list[Graded]

    @property
    def score(self) -> int:
        return sum(1 for q in self.questions if q.correct)


class Trainer:
    """Builds lessons and quizzes from a synthetic corpus generated once per process."""

    def __init__(self, checker: Checker, *, size: int = CORPUS_SIZE, seed: int = CORPUS_SEED) -> None:
        self.checker = checker
        self.size = size
        self.seed = seed

    @cached_property
    def _corpus(self) -> list[tuple[dict[str, object], dict[str, object]]]:
        return list(generate(self.size, self.seed))

    @cached_property
    def _analysed(self) -> list[tuple[dict[str, object], dict[str, object], list[tuple[str, str, int, int, str]]]]:
        """Each document with its hits as (indicator id, pack, start, end, text), language-independent."""
        out = []
        for doc, truth in self._corpus:
            text = str(doc["text"])
            if len(text) > 1200:
                continue
            analysis = self.checker.pipeline.analyze(
                Document(id=str(doc["id"]), text=text, country=doc.get("country"))  # type: ignore[arg-type]
            )
            hits = [(h.id, h.pack, h.start, h.end, h.text) for h in analysis.indicators if h.field == "text"]
            out.append((doc, truth, hits))
        return out

    def _example(
        self,
        doc: Mapping[str, object],
        truth: Mapping[str, object],
        hits: list[tuple[str, str, int, int, str]],
        cat: Catalogue,
    ) -> Example:
        from clew.prevention.explain import Evidence

        grouped: dict[str, list[Evidence]] = {}
        packs: dict[str, str] = {}
        for ind, pack, start, end, words in hits:
            grouped.setdefault(ind, []).append(Evidence(start=start, end=end, text=words))
            packs[ind] = pack
        ordered = sorted(grouped, key=lambda i: (grouped[i][0].start, i))
        signs = []
        for number, ind in enumerate(ordered, start=1):
            text, text_lang = self.checker.explanation(ind, cat)
            about = cat.pgettext("typology", packs[ind])
            signs.append(
                Sign(
                    number=number,
                    id=ind,
                    typology=packs[ind],
                    about=about[0] if about else packs[ind],
                    explanation=text,
                    explanation_lang=text_lang,
                    evidence=grouped[ind],
                )
            )
        body = str(doc["text"])
        typologies = truth.get("typologies") or []
        return Example(
            id=str(doc["id"]),
            text=body,
            lang=str(truth.get("lang") or doc.get("lang") or "en"),
            category=str(truth["category"]),
            typologies=tuple(str(t) for t in typologies) if isinstance(typologies, list) else (),
            signs=tuple(signs),
            segments=tuple(segments(body, signs)),
        )

    def _candidates(self, typology: str, lang: str) -> list[int]:
        """Indexes of documents labelled with ``typology`` in which the checker finds a sign
        of that typology, in the UI language first, then English, then any language."""
        matching = [
            i
            for i, (_doc, truth, hits) in enumerate(self._analysed)
            if typology in (truth.get("typologies") or []) and any(h[1] == typology for h in hits)  # type: ignore[operator]
        ]

        def rank(i: int) -> int:
            doc_lang = self._analysed[i][1].get("lang")
            return 0 if doc_lang == lang else (1 if doc_lang == "en" else 2)

        return sorted(matching, key=lambda i: (rank(i), -len({h[0] for h in self._analysed[i][2]}), i))

    def _harmless(self, lang: str) -> list[int]:
        harmless = [
            i
            for i, (_doc, truth, hits) in enumerate(self._analysed)
            if not truth.get("typologies") and not hits and truth.get("category") in ("legitimate_job", "classified")
        ]

        def rank(i: int) -> tuple[bool, bool, int]:
            truth = self._analysed[i][1]
            return (truth.get("lang") != lang, not truth.get("hard_negative"), i)

        return sorted(harmless, key=rank)

    def overview(self, cat: Catalogue) -> list[dict[str, object]]:
        """The typologies with their title and how many examples each lesson has."""
        out = []
        for typology in TYPOLOGIES:
            count = min(EXAMPLES_PER_LESSON, len(self._candidates(typology, cat.lang)))
            if count:
                out.append({"typology": typology, "title": self._title(typology, cat), "examples": count})
        return out

    def _title(self, typology: str, cat: Catalogue) -> str:
        found = cat.pgettext("typology", typology)
        text = found[0] if found else typology.replace("_", " ")
        return text[:1].upper() + text[1:]

    def lesson(self, typology: str, cat: Catalogue) -> Lesson | None:
        """Annotated examples of one typology, or None for an unknown typology."""
        if typology not in TYPOLOGIES:
            return None
        chosen = self._candidates(typology, cat.lang)[:EXAMPLES_PER_LESSON]
        if not chosen:
            return None
        examples = [self._example(*self._analysed[i], cat) for i in chosen]
        harmless = self._harmless(cat.lang)
        lookalike = self._example(*self._analysed[harmless[0]], cat) if harmless else None
        intro = cat.pgettext("lesson", typology)
        return Lesson(
            typology=typology,
            title=self._title(typology, cat),
            intro=intro[0] if intro else "",
            examples=examples,
            lookalike=lookalike,
        )

    def quiz(self, cat: Catalogue, *, round_number: int = 1) -> Quiz:
        """``QUIZ_QUESTIONS`` questions picked by the round number: mostly texts with signs,
        one harmless text, each with the true signs among distractors."""
        rng = random.Random(f"quiz-{round_number}")
        pools = [
            self._candidates(t, cat.lang)[:12]
            for t in (
                "labour_exploitation",
                "child_exploitation",
                "sexual_exploitation",
                "forced_marriage",
                "organ_trafficking",
                "sale_of_persons",
            )
        ]
        pools = [p for p in pools if p]
        picks: list[int] = []
        for pool in rng.sample(pools, k=min(len(pools), QUIZ_QUESTIONS - 1)):
            picks.append(rng.choice(pool))
        harmless = self._harmless(cat.lang)[:10]
        if harmless:
            picks.insert(rng.randrange(len(picks) + 1), rng.choice(harmless))
        all_ids = sorted(self.checker.indicators)
        questions = []
        for number, index in enumerate(picks, start=1):
            example = self._example(*self._analysed[index], cat)
            true_ids = [s.id for s in example.signs]
            same_typology = [
                i
                for i in all_ids
                if i not in true_ids
                and example.typologies
                and self.checker.indicators[i].typology in example.typologies
                and self.checker.indicators[i].status == "on"
            ]
            others = [
                i
                for i in all_ids
                if i not in true_ids
                and i not in same_typology
                and self.checker.indicators[i].status == "on"
                and i.startswith(("le.", "ce."))
            ]
            distractors = rng.sample(same_typology, k=min(len(same_typology), 2))
            need = max(0, OPTIONS_PER_QUESTION - len(true_ids) - len(distractors))
            distractors += rng.sample(others, k=min(len(others), need))
            option_ids = true_ids + distractors
            rng.shuffle(option_ids)
            options = [(i, self.checker.explanation(i, cat)[0]) for i in option_ids]
            options.append((NONE_OPTION, cat.gettext("No warning signs")))
            answer = frozenset(true_ids) if true_ids else frozenset({NONE_OPTION})
            questions.append(Question(number=number, example=example, options=options, answer=answer))
        return Quiz(round=round_number, questions=questions)

    def grade(self, quiz: Quiz, answers: Mapping[str, Sequence[str]], cat: Catalogue) -> Grade:
        """Compare the ticked options (form fields ``q1``, ``q2``…) with the signs found."""
        graded = []
        for question in quiz.questions:
            ticked = {a for a in answers.get(f"q{question.number}", ()) if a}
            label = dict(question.options)
            offered = set(label)
            ticked &= offered
            result = Graded(number=question.number)
            for option_id, text in question.options:
                if option_id in question.answer and option_id in ticked:
                    result.found.append((option_id, text))
                elif option_id in question.answer:
                    result.missed.append((option_id, text))
                elif option_id in ticked:
                    result.wrong.append((option_id, text))
            for sign_id in sorted(question.answer - offered):
                result.missed.append((sign_id, self.checker.explanation(sign_id, cat)[0]))
            graded.append(result)
        return Grade(questions=graded)
