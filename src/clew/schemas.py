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

from clew.model import Analysis, Document, LinkRecord, Network
from clew.rules.model import Indicator, PackInfo

SCHEMAS: dict[str, tuple[type[BaseModel], str]] = {
    "document": (Document, "An input document: one line of the JSONL given to clew analyze, link, ingest."),
    "analysis": (Analysis, "One line of clew analyze output."),
    "link": (LinkRecord, "One line of clew link output."),
    "network": (Network, "One line of clew link --evidence output: a network and why it holds together."),
    "indicator": (Indicator, "One indicator of a rule pack (rulepacks/<typology>/<name>.yaml)."),
    "pack": (PackInfo, "A rule pack's _pack.yaml."),
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


def write(directory: Path = DEFAULT_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in SCHEMAS:
        path = directory / f"{name}.schema.json"
        path.write_text(render(name), encoding="utf-8")
        paths.append(path)
    return paths


def drift(directory: Path = DEFAULT_DIR) -> list[str]:
    """Names of the schemas whose file is missing or differs from the models."""
    out = []
    for name in SCHEMAS:
        path = directory / f"{name}.schema.json"
        if not path.is_file() or path.read_text(encoding="utf-8") != render(name):
            out.append(name)
    return out


def main(argv: list[str]) -> int:
    if "--check" in argv:
        stale = drift()
        if stale:
            print(f"schemas out of date: {', '.join(stale)} — run `python -m clew.schemas`", file=sys.stderr)
            return 1
        print("schemas up to date")
        return 0
    for path in write():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
