"""Check an offer: indicator hits turned into plain-language warning signs.

``Checker.check(text, country, lang)`` runs the ordinary analysis pipeline in memory
(``clew.pipeline.Pipeline``) and turns its indicator hits into what a job seeker or
a young person can act on: each warning sign explained in plain words in the chosen
language, the exact words that triggered it, an overall message that is careful
rather than alarming, practical advice and the help resources for the country.

Nothing is stored, logged or sent: the text lives in the request and in the answer,
and this module holds no reference to it afterwards. Explanations come from the
message catalogues (``clew.prevention.i18n``) keyed by indicator id, falling back to
English and then to the indicator's own title.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

import pycountry
from babel.lists import format_list
from pydantic import BaseModel, Field

from clew.model import FLAGGED_LEVELS, TYPOLOGIES, Analysis, Document
from clew.pipeline import Pipeline
from clew.prevention.helpdir import HelpDirectory, HelpResource
from clew.prevention.i18n import N_, Catalogue, catalogue, country_name, normalise_lang
from clew.rules import Indicator

MAX_CHARS = 20_000
"""Longest text a check accepts: a job offer, an ad or a chat, not a book."""

GENERAL_ADVICE: tuple[str, ...] = (
    N_(
        "Never hand over your passport or identity card to an employer or agent. Keep copies and give a copy to"
        " someone you trust."
    ),
    N_("Never pay a fee or a deposit to get a job. Honest employers pay the recruitment costs, not the worker."),
    N_("Ask for a written contract in a language you understand before you travel, and keep a copy."),
    N_("Check that the agency is licensed, and look up the employer's name, address and phone number yourself."),
    N_(
        "Tell someone you trust where you are going, with the address and the employer's name, and agree how "
        "you will keep in touch."
    ),
)
"""Practical advice shown with every check (msgids: English text, translated in the catalogues)."""

TYPOLOGY_ADVICE: dict[str, tuple[str, ...]] = {
    "labour_exploitation": (
        N_("Be wary of offers that promise high pay for easy work, need no interview, or push you to leave at once."),
    ),
    "sexual_exploitation": (
        N_(
            "A real modelling, hostess or dancing job does not ask you to meet clients or to hand your earnings"
            " to someone else."
        ),
    ),
    "child_exploitation": (
        N_(
            "If someone online asks you to keep secrets, sends you gifts or money, or asks for pictures, stop "
            "and talk to an adult you trust. It is not your fault."
        ),
        N_("Do not send pictures or go to meet someone you only know online."),
    ),
    "organ_trafficking": (
        N_(
            "Selling an organ is illegal almost everywhere and can ruin your health; brokers often do not pay "
            "what they promise."
        ),
    ),
    "forced_marriage": (
        N_("No one may force you to marry. You can get help even if the marriage has been agreed by your family."),
    ),
    "sale_of_persons": (
        N_(
            "No one can buy or sell a person. If someone is being offered or held this way, call the help line "
            "or the police."
        ),
    ),
}

NOTHING_KEPT = N_(
    "What you paste is checked in memory and forgotten at once: it is not stored, not logged and not sent anywhere."
)
NOT_A_VERDICT = N_(
    "This check looks for known warning signs in the words. "
    "It cannot prove that an offer is a trap, or that it is safe."
)


class CheckError(Exception):
    """Input the check cannot use; ``message`` is a friendly sentence in the UI language."""

    def __init__(self, code: str, field: str, message: str, status: int) -> None:
        super().__init__(message)
        self.code = code
        self.field = field
        self.message = message
        self.status = status


class Evidence(BaseModel):
    start: int = Field(description="Start offset (characters) in the text as pasted.")
    end: int = Field(description="End offset (exclusive).")
    text: str = Field(description="The words that triggered the sign.")


class Sign(BaseModel):
    number: int = Field(description="1-based number, also used to label the highlighted words.")
    id: str = Field(description="Indicator id, e.g. le.recruitment_fees.")
    typology: str
    about: str = Field(description="What kind of harm the sign is linked to, in the UI language.")
    explanation: str = Field(description="The sign in plain words.")
    explanation_lang: str = Field(description="Language the explanation is in (English when not yet translated).")
    evidence: list[Evidence]


class Segment(BaseModel):
    """A run of the text: plain, or highlighted for the listed signs."""

    text: str
    signs: list[int] = Field(default_factory=list)


class HelpEntry(BaseModel):
    name: str
    name_en: str | None = None
    kind: str
    phone: str | None = None
    tel: str | None = None
    sms: str | None = None
    website: str | None = None
    email: str | None = None
    languages: list[str]
    interpretation: bool = False
    hours: str | None = Field(description="When it answers; null when the source does not say.")
    source: str
    checked: str

    @classmethod
    def of(cls, entry: HelpResource) -> HelpEntry:
        return cls(
            name=entry.name,
            name_en=entry.name_en,
            kind=entry.kind,
            phone=entry.phone,
            tel=entry.tel,
            sms=entry.sms,
            website=entry.website,
            email=entry.email,
            languages=list(entry.languages),
            interpretation=entry.interpretation,
            hours=entry.hours,
            source=entry.source,
            checked=entry.checked.isoformat(),
        )


class CheckResult(BaseModel):
    """The answer of ``POST /api/v1/check`` (and what the page shows)."""

    lang: str = Field(description="UI language of the answer.")
    dir: Literal["ltr", "rtl"]
    country: str | None
    country_name: str | None
    text_lang: str | None = Field(description="Language the text seems to be written in.")
    language_supported: bool = Field(description="Whether warning signs are known for the text's language.")
    level: Literal["none", "some", "several"] = Field(
        description="none: no known sign; some: signs below the alert level; several: enough signs to take care."
    )
    message: str = Field(description="The overall, careful message.")
    signs: list[Sign]
    segments: list[Segment] = Field(description="The text cut into plain and highlighted runs, in order.")
    advice: list[str]
    help: list[HelpEntry]
    notices: list[str] = Field(default_factory=list, description="Friendly notes about the input.")
    stored: bool = Field(default=False, description="Always false: nothing about the check is kept.")
    note: str


@dataclass(frozen=True)
class CheckInput:
    text: str
    country: str | None
    lang: str


def resolve_country(value: str | None, cat: Catalogue) -> str | None:
    """An upper-case ISO 3166-1 alpha-2 code, None when empty; a friendly error otherwise."""
    if value is None or not value.strip():
        return None
    code = value.strip().upper()
    if len(code) == 2 and code.isalpha() and pycountry.countries.get(alpha_2=code) is not None:
        return code
    raise CheckError(
        "unknown_country",
        "country",
        cat.gettext(
            "“{code}” is not a country code we know. Choose your country from the list, "
            "or leave it empty to see general advice.",
            code=value.strip()[:12],
        ),
        422,
    )


class Checker:
    """Checks texts with one pipeline and one help directory, holding no text between calls."""

    def __init__(self, pipeline: Pipeline, directory: HelpDirectory) -> None:
        if pipeline.model is not None:
            # The public check shows only the packs' signs: each has a plain-language explanation in every
            # language of the page, while the learned model's leads ("wording like known cases") are for
            # analysts, who see the words behind them and review them.
            pipeline = Pipeline(pipeline.settings.model_copy(update={"learned_model": False}), pipeline.ruleset)
        self.pipeline = pipeline
        self.directory = directory
        self.indicators: dict[str, Indicator] = {i.id: i for i in pipeline.ruleset.indicators}
        self.text_languages: frozenset[str] = frozenset(
            lang for i in pipeline.ruleset.indicators if i.status == "on" for lang in i.languages
        )

    def validate(self, text: str | None, country: str | None, lang: str | None) -> tuple[CheckInput, list[str]]:
        """Friendly errors for input that cannot be checked; notices for input that can."""
        ui = normalise_lang(lang)
        cat = catalogue(ui or "en")
        notices: list[str] = []
        if lang and ui is None:
            notices.append(
                cat.gettext("The page is not available in “{lang}” yet, so it is shown in English.", lang=lang[:12])
            )
        code = resolve_country(country, cat)
        if text is None or not text.strip():
            raise CheckError(
                "empty_text",
                "text",
                cat.gettext("Paste the job offer, ad or message you want to check, then press Check."),
                422,
            )
        if len(text) > MAX_CHARS:
            raise CheckError(
                "text_too_long",
                "text",
                cat.gettext(
                    "This text is too long to check ({length} characters). Paste only the offer or the "
                    "messages about it — up to {limit} characters.",
                    length=f"{len(text):,}",
                    limit=f"{MAX_CHARS:,}",
                ),
                413,
            )
        return CheckInput(text=text, country=code, lang=ui or "en"), notices

    def check(self, text: str | None, country: str | None = None, lang: str | None = None) -> CheckResult:
        """Validate and check; raises ``CheckError`` with a friendly message for bad input."""
        request, notices = self.validate(text, country, lang)
        analysis = self.pipeline.analyze(Document(id="check", text=request.text, country=request.country))
        return self._result(request, analysis, notices)

    def _result(self, request: CheckInput, analysis: Analysis, notices: list[str]) -> CheckResult:
        cat = catalogue(request.lang)
        signs = self._signs(analysis, cat)
        flagged = [t for t in TYPOLOGIES if analysis.typologies[t].level in FLAGGED_LEVELS]
        level: Literal["none", "some", "several"] = "several" if flagged else ("some" if signs else "none")
        if level == "several":
            what = format_list([self._about(t, cat) for t in flagged], locale=request.lang)
            message = cat.gettext(
                "Several warning signs of {what}. This is not proof, but take care: "
                "read the signs below and talk to someone you trust before you go any further.",
                what=what,
            )
        elif level == "some":
            message = cat.gettext(
                "Some possible warning signs. On their own they may be innocent, "
                "but check the offer carefully before you accept anything."
            )
        else:
            message = cat.gettext(
                "No known warning signs found — that does not mean it is safe. "
                "Follow the advice below whatever the offer looks like."
            )
        supported = analysis.lang is None or analysis.lang in self.text_languages
        if not supported and not signs:
            notices.append(
                cat.gettext(
                    "This text seems to be in a language we cannot check yet, so no warning signs could be "
                    "looked for. The advice and help below still apply."
                )
            )
        advice = [cat.gettext(a) for a in GENERAL_ADVICE]
        for typology in dict.fromkeys(s.typology for s in signs):
            advice.extend(cat.gettext(a) for a in TYPOLOGY_ADVICE.get(typology, ()))
        help_entries: list[HelpEntry] = []
        if request.country:
            help_entries = [HelpEntry.of(e) for e in self.directory.for_country(request.country)]
            if not help_entries:
                notices.append(
                    cat.gettext(
                        "We have no help line listed for {country} yet. In danger, call the local emergency number.",
                        country=country_name(request.country, request.lang),
                    )
                )
        return CheckResult(
            lang=request.lang,
            dir="rtl" if cat.direction == "rtl" else "ltr",
            country=request.country,
            country_name=country_name(request.country, request.lang) if request.country else None,
            text_lang=analysis.lang,
            language_supported=supported,
            level=level,
            message=message,
            signs=signs,
            segments=segments(request.text, signs),
            advice=advice,
            help=help_entries,
            notices=notices,
            note=cat.gettext(NOT_A_VERDICT),
        )

    def _about(self, typology: str, cat: Catalogue) -> str:
        found = cat.pgettext("typology", typology)
        return found[0] if found else typology.replace("_", " ")

    def explanation(self, indicator_id: str, cat: Catalogue) -> tuple[str, str]:
        """(plain explanation, its language): the catalogue's, else the indicator's title."""
        found = cat.pgettext("sign", indicator_id)
        if found:
            return found
        indicator = self.indicators.get(indicator_id)
        return (indicator.title if indicator else indicator_id), "en"

    def _signs(self, analysis: Analysis, cat: Catalogue) -> list[Sign]:
        grouped: dict[str, list[Evidence]] = {}
        typology: dict[str, str] = {}
        for hit in analysis.indicators:
            if hit.field != "text":
                continue
            grouped.setdefault(hit.id, []).append(Evidence(start=hit.start, end=hit.end, text=hit.text))
            typology[hit.id] = hit.pack
        ordered = sorted(grouped, key=lambda i: (grouped[i][0].start, i))
        signs = []
        for number, indicator_id in enumerate(ordered, start=1):
            text, text_lang = self.explanation(indicator_id, cat)
            signs.append(
                Sign(
                    number=number,
                    id=indicator_id,
                    typology=typology[indicator_id],
                    about=self._about(typology[indicator_id], cat),
                    explanation=text,
                    explanation_lang=text_lang,
                    evidence=sorted(grouped[indicator_id], key=lambda e: (e.start, e.end)),
                )
            )
        return signs


def segments(text: str, signs: list[Sign]) -> list[Segment]:
    """Cut ``text`` at every evidence boundary; each run lists the signs that cover it.

    Offsets are the pipeline's original offsets, so the highlighted words are exactly
    the characters the user pasted, whatever normalisation the matching used.
    """
    cuts = {0, len(text)}
    spans: list[tuple[int, int, int]] = []
    for sign in signs:
        for ev in sign.evidence:
            start, end = max(0, ev.start), min(len(text), ev.end)
            if start < end:
                spans.append((start, end, sign.number))
                cuts.update((start, end))
    points = sorted(cuts)
    out: list[Segment] = []
    for a, b in pairwise(points):
        covering = sorted({n for s, e, n in spans if s <= a and b <= e})
        if out and out[-1].signs == covering:
            out[-1] = Segment(text=out[-1].text + text[a:b], signs=covering)
        else:
            out.append(Segment(text=text[a:b], signs=covering))
    return out
