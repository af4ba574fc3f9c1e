"""Files generated from the code and data (schemas, indicator and identifier pages).

Each generator renders its text; ``write_or_check`` either writes it or, with
``check``, reports drift so that CI fails when someone forgot to regenerate.
"""

from __future__ import annotations

import sys
from pathlib import Path


def write_or_check(path: Path, text: str, *, command: str, check: bool) -> int:
    """Write ``text`` to ``path``, or (``check``) return 1 if the file differs."""
    if check:
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            print(f"{path} is out of date — run `{command}`", file=sys.stderr)
            return 1
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(path)
    return 0
