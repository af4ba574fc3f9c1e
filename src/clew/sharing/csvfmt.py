"""CSV of a bank's signals: one row per signal and organisation's opinion.

Spreadsheets are how many partners read a list; the columns are stable and named
in :data:`COLUMNS`. Raw values appear (``value`` column filled) only when an
operator exports them on purpose; otherwise the column is empty.
"""

from __future__ import annotations

import csv
from typing import IO

from clew.sharing.banks import Bank, bank_signals
from clew.store import Store

COLUMNS: tuple[str, ...] = (
    "bank",
    "group_key_id",
    "type",
    "hash",
    "value",
    "combined_opinion",
    "organisation",
    "opinion",
    "tags",
    "at",
)


def _cell(value: str) -> str:
    # A cell starting with =, +, - or @ is a formula to a spreadsheet: quote it as text.
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def write_bank_csv(store: Store, bank: Bank, out: IO[str], *, include_raw: bool = False) -> int:
    """Write the bank as CSV; returns the number of rows after the header."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    rows = 0
    offset = 0
    while True:
        _total, items = bank_signals(store, bank, limit=5000, offset=offset, include_raw=include_raw)
        if not items:
            break
        offset += len(items)
        for item in items:
            for op in item["opinions"]:
                writer.writerow(
                    [
                        bank.name,
                        bank.group.key_id,
                        item["type"],
                        item["hash"],
                        _cell(item.get("value") or "") if include_raw else "",
                        item["opinion"],
                        _cell(op["organisation"]),
                        op["opinion"],
                        ";".join(op["tags"]),
                        op["at"],
                    ]
                )
                rows += 1
    return rows
