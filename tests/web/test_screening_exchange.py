"""Two real `clew serve` processes on localhost exchange a bank over HTTP with tokens.

Organisation A (police) keeps a bank; organisation B (a platform) pulls it with a
token of scope ``exchange`` that A created, then screens uploads against it. The
pull is incremental: after A adds, changes and deletes signals, B's next pull starts
from its checkpoint and brings exactly those changes, deletions included. Then A
pulls B's opinion back, and the two opinions combine.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from screening_support import Server, clew, new_token

from clew.settings import Settings
from clew.sharing.banks import bank_signals, get_bank
from clew.store import open_workspace


def pull(ws: Path, bank: str, peer: Server, remote: str, token: str, *, check: bool = True):
    return clew(
        ws,
        "exchange",
        "pull",
        bank,
        "--from",
        peer.base,
        "--remote-bank",
        remote,
        env={"CLEW_EXCHANGE_TOKEN": token},
        check=check,
    )


def screen(server: Server, token: str, text: str) -> list[tuple[str, str, str]]:
    with server.client(token) as http:
        resp = http.post("/api/v1/screen", json={"id": "up", "text": text, "country": "US"})
    assert resp.status_code == 200, resp.text
    return sorted((m["bank"], m["type"], m["status"]) for m in resp.json()["matches"])


def hashes(ws: Path, bank: str) -> dict[str, str]:
    store = open_workspace(Settings(workspace=ws))
    try:
        _total, items = bank_signals(store, get_bank(store, bank), limit=1000)
        return {i["hash"]: i["opinion"] for i in items}
    finally:
        store.close()


@pytest.mark.slow
def test_two_servers_exchange_a_bank_incrementally(tmp_path: Path) -> None:
    a_ws, b_ws, key = tmp_path / "police", tmp_path / "platform", tmp_path / "ring.key"
    for ws in (a_ws, b_ws):
        clew(ws, "init")
    clew(a_ws, "group", "create", "ring", "--org", "Police A", "--key-file", str(key))
    clew(b_ws, "group", "create", "ring", "--org", "Platform B", "--key-file", str(key))  # joins with A's key
    clew(a_ws, "bank", "create", "leads", "--group", "ring")
    clew(b_ws, "bank", "create", "police-leads", "--group", "ring")
    clew(a_ws, "bank", "add", "leads", "phone", "+1 213 555 0127", "--opinion", "confirmed", "--tag", "se")
    clew(a_ws, "bank", "add", "leads", "email", "x@example.com")
    a_exchange = new_token(a_ws, "platform-b", "exchange")
    a_screen_only = new_token(a_ws, "wrong-scope", "screen")
    b_screen = new_token(b_ws, "uploads", "screen")
    b_exchange = new_token(b_ws, "police-a", "exchange")

    a, b = Server(a_ws), Server(b_ws)
    try:
        # scopes and tokens are enforced between servers too
        refused = pull(b_ws, "police-leads", a, "leads", a_screen_only, check=False)
        assert refused.returncode == 2 and "403" in refused.stderr
        refused = pull(b_ws, "police-leads", a, "leads", "clew_bogus", check=False)
        assert refused.returncode == 2 and "401" in refused.stderr

        first = pull(b_ws, "police-leads", a, "leads", a_exchange)
        assert "pulled 2 changes" in first.stdout and "checkpoint 0 -> 2" in first.stdout
        assert hashes(b_ws, "police-leads") == hashes(a_ws, "leads")
        assert screen(b, b_screen, "call 213-555-0127, x@example.com") == [
            ("police-leads", "email", "match"),
            ("police-leads", "phone", "match"),
        ]

        # nothing new: an empty page, the checkpoint stays
        again = pull(b_ws, "police-leads", a, "leads", a_exchange)
        assert "pulled 0 changes" in again.stdout and "checkpoint 2 -> 2" in again.stdout

        # A adds one, withdraws one (a deletion) and changes its mind on another
        clew(a_ws, "bank", "add", "leads", "handle", "instagram:lily_rose", "--opinion", "lead")
        clew(a_ws, "bank", "delete", "leads", "email", "x@example.com")
        clew(a_ws, "bank", "add", "leads", "phone", "+1 213 555 0127", "--opinion", "false_positive")
        second = pull(b_ws, "police-leads", a, "leads", a_exchange)
        assert "pulled 3 changes" in second.stdout and "checkpoint 2 -> 5" in second.stdout
        assert hashes(b_ws, "police-leads") == hashes(a_ws, "leads")
        assert screen(b, b_screen, "call 213-555-0127, x@example.com, insta @lily_rose") == [
            ("police-leads", "handle", "match"),
            ("police-leads", "phone", "suppressed"),
        ]  # the e-mail is gone; the phone is now a false positive; the handle is new

        # B gives its own opinion; A pulls it back and the opinions combine into a dispute
        clew(b_ws, "bank", "add", "police-leads", "phone", "+1 213 555 0127", "--opinion", "confirmed")
        clew(a_ws, "bank", "create", "from-platform", "--group", "ring")
        back = pull(a_ws, "from-platform", b, "police-leads", b_exchange)
        assert "pulled" in back.stdout
        listing = json.loads(clew(a_ws, "bank", "signals", "from-platform", "--json").stdout)
        phone = next(i for i in listing["items"] if i["type"] == "phone")
        assert phone["opinion"] == "disputed"
        assert {o["organisation"] for o in phone["opinions"]} == {"Police A", "Platform B"}

        # what travelled over HTTP were hashes: B holds a raw value only for what it typed itself
        raw = json.loads(clew(b_ws, "bank", "signals", "police-leads", "--show-raw", "--json").stdout)
        assert {i["type"]: i["value"] for i in raw["items"]} == {"phone": "+12135550127", "handle": None}
    finally:
        logs = a.stop() + b.stop()
    assert key.read_text().strip() not in logs
    for token in (a_exchange, b_screen, b_exchange):
        assert token not in logs


@pytest.mark.slow
def test_file_exchange_through_the_cli_with_explicit_raw_export(tmp_path: Path) -> None:
    a_ws, b_ws, key = tmp_path / "a", tmp_path / "b", tmp_path / "k"
    for ws in (a_ws, b_ws):
        clew(ws, "init")
    clew(a_ws, "group", "create", "ring", "--org", "Police A", "--key-file", str(key))
    clew(b_ws, "group", "create", "ring", "--org", "NGO C", "--key-file", str(key))
    clew(a_ws, "bank", "create", "leads", "--group", "ring")
    clew(b_ws, "bank", "create", "leads", "--group", "ring")
    clew(a_ws, "bank", "add", "leads", "phone", "+1 213 555 0127", "--opinion", "confirmed")
    hashed = clew(a_ws, "exchange", "export", "leads", "-o", str(tmp_path / "h.json"))
    assert "checkpoint 1" in hashed.stdout
    assert "+12135550127" not in (tmp_path / "h.json").read_text()
    assert key.read_text().strip() not in (tmp_path / "h.json").read_text()
    raw = clew(a_ws, "exchange", "export", "leads", "-o", str(tmp_path / "r.json"), "--include-raw")
    assert "personal data" in raw.stderr and "+12135550127" in (tmp_path / "r.json").read_text()
    assert "1 applied" in clew(b_ws, "exchange", "import", "leads", str(tmp_path / "h.json")).stdout
    assert "0 applied" in clew(b_ws, "exchange", "import", "leads", str(tmp_path / "h.json")).stdout
    (tmp_path / "bad.json").write_text("{not json")
    bad = clew(b_ws, "exchange", "import", "leads", str(tmp_path / "bad.json"), check=False)
    assert bad.returncode == 2 and "bad.json" in bad.stderr and "line 1" in bad.stderr
    stix = clew(a_ws, "export", "stix", "leads").stdout
    assert json.loads(stix)["type"] == "bundle" and "+12135550127" not in stix
    assert "+12135550127" in clew(a_ws, "export", "stix", "leads", "--include-raw").stdout
