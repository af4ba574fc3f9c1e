"""JSON Schemas of the data contracts, generated from the models.

``python -m clew.schemas`` writes them to ``schemas/``; ``--check`` exits 1 when
the files on disk differ from the models (CI runs it through the test suite).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from clew.docgen import write_or_check
from clew.model import Analysis, Document, LinkRecord, Network
from clew.rules.model import Indicator, Lexicon, PackInfo

SCHEMAS: dict[str, tuple[type[BaseModel], str]] = {
    "document": (Document, "An input document: one line of the JSONL given to clew analyze, link, ingest."),
    "analysis": (Analysis, "One line of clew analyze output."),
    "link": (LinkRecord, "One line of clew link output."),
    "network": (Network, "One line of clew link --evidence output: a network and why it holds together."),
    "indicator": (Indicator, "One indicator of a rule pack (rulepacks/<typology>/<name>.yaml)."),
    "pack": (PackInfo, "A rule pack's _pack.yaml."),
    "lexicon": (Lexicon, "A concept lexicon of the rule packs (rulepacks/_lexicons/<name>.yaml), used as '@name'."),
}

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "schemas"


def render(name: str) -> str:
    model, description = SCHEMAS[name]
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://clew.example.org/schemas/{name}.schema.json",
        **model.model_json_schema(),
    }
    schema["description"] = description
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def drift(directory: Path = DEFAULT_DIR) -> list[str]:
    """Names of the schemas whose file is missing or differs from the models."""
    return [
        name
        for name in SCHEMAS
        if not (path := directory / f"{name}.schema.json").is_file() or path.read_text(encoding="utf-8") != render(name)
    ]


def main(argv: list[str]) -> int:
    check = "--check" in argv
    failed = 0
    for name in SCHEMAS:
        path = DEFAULT_DIR / f"{name}.schema.json"
        failed |= write_or_check(path, render(name), command="python -m clew.schemas", check=check)
    return failed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
