"""``clew rules test``: every example of every indicator behaves as it declares."""

from __future__ import annotations

from dataclasses import dataclass

from clew.identifiers import extract, normalized_fields
from clew.model import Document
from clew.rules.matcher import RuleSet
from clew.rules.model import Pack


@dataclass(frozen=True)
class ExampleFailure:
    indicator: str
    path: str
    lang: str
    text: str
    expected: str

    def __str__(self) -> str:
        verb = "should fire but does not" if self.expected == "hit" else "fires but should not"
        return f"{self.path}: {self.indicator} [{self.lang}] {verb}: {self.text!r}"


def run_examples(packs: list[Pack]) -> tuple[int, list[ExampleFailure]]:
    """Check every example, indicators that are off by default included."""
    checked = 0
    failures: list[ExampleFailure] = []
    for pack in packs:
        for indicator in pack.indicators:
            single = Pack(info=pack.info, indicators=(indicator,), path=pack.path)
            ruleset = RuleSet([single], include_off=True)
            for example in indicator.examples:
                doc = Document(id="example", text=example.text, country=example.country)
                views = normalized_fields(doc)
                hits = ruleset.match(views, extract(doc, normalized=views))
                fired = any(h.id == indicator.id for h in hits)
                checked += 1
                if fired != (example.expect == "hit"):
                    failures.append(
                        ExampleFailure(
                            indicator.id,
                            f"{pack.path}/{indicator.id.split('.', 1)[1]}.yaml",
                            example.lang,
                            example.text,
                            example.expect,
                        )
                    )
    return checked, failures
