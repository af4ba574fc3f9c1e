"""Crypto addresses: checksums verified, fixed-seed addresses only (none found online)."""

from __future__ import annotations

import hashlib

import base58
import pytest
from bech32 import CHARSET, bech32_hrp_expand, bech32_polymod, convertbits
from Crypto.Hash import keccak
from hypothesis import given, settings
from hypothesis import strategies as st

from clew.identifiers.base import FieldContext
from clew.identifiers.crypto import Crypto, classify, eth_checksum_ok, monero_b58decode
from clew.text import normalize

KIND = Crypto()


def seed_bytes(seed: str, n: int = 20) -> bytes:
    return hashlib.sha256(seed.encode()).digest()[:n]


def base58check(version: int, seed: str) -> str:
    return base58.b58encode_check(bytes([version]) + seed_bytes(seed)).decode()


def segwit(hrp: str, version: int, program: bytes) -> str:
    data = [version, *(convertbits(program, 8, 5) or [])]
    const = 1 if version == 0 else 0x2BC830A3
    polymod = bech32_polymod(bech32_hrp_expand(hrp) + data + [0] * 6) ^ const
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[d] for d in data + checksum)


def eip55(raw: bytes) -> str:
    hexed = raw.hex()
    digest = keccak.new(digest_bits=256, data=hexed.encode()).hexdigest()
    return "0x" + "".join(
        c.upper() if c.isalpha() and int(n, 16) >= 8 else c for c, n in zip(hexed, digest[:40], strict=True)
    )


def monero(seed: str, network: int = 0x12) -> str:
    data = bytes([network]) + hashlib.sha256(seed.encode()).digest() + hashlib.sha256((seed + "v").encode()).digest()
    data += keccak.new(digest_bits=256, data=data).digest()[:4]
    sizes = (0, 2, 3, 5, 6, 7, 9, 10, 11)
    out = ""
    for i in range(0, len(data), 8):
        block = data[i : i + 8]
        out += base58.b58encode_int(int.from_bytes(block, "big")).decode().rjust(sizes[len(block)], "1")
    return out


BTC_P2PKH = base58check(0x00, "test-btc-1")
BTC_P2SH = base58check(0x05, "test-btc-3")
TRX = base58check(0x41, "test-trx")
LTC = base58check(0x30, "test-ltc")
DOGE = base58check(0x1E, "test-doge")
BC1Q = segwit("bc", 0, seed_bytes("test-bc1q"))
BC1P = segwit("bc", 1, hashlib.sha256(b"test-bc1p").digest())
LTC1 = segwit("ltc", 0, seed_bytes("test-ltc1"))
ETH = eip55(seed_bytes("test-eth"))
XMR = monero("test-xmr")
XMR_SUB = monero("test-xmr-sub", 0x2A)
SOL = base58.b58encode(hashlib.sha256(b"test-sol").digest()).decode()

VALID = [
    (BTC_P2PKH, f"btc:{BTC_P2PKH}"),
    (BTC_P2SH, f"btc:{BTC_P2SH}"),
    (TRX, f"trx:{TRX}"),
    (LTC, f"ltc:{LTC}"),
    (DOGE, f"doge:{DOGE}"),
    (BC1Q, f"btc:{BC1Q}"),
    (BC1Q.upper(), f"btc:{BC1Q}"),
    (BC1P, f"btc:{BC1P}"),
    (LTC1, f"ltc:{LTC1}"),
    (ETH, f"eth:{ETH.lower()}"),
    (ETH.lower(), f"eth:{ETH.lower()}"),
    ("0x" + ETH[2:].upper(), f"eth:{ETH.lower()}"),
    (XMR, f"xmr:{XMR}"),
    (XMR_SUB, f"xmr:{XMR_SUB}"),
]


def found(text: str) -> list[tuple[str, str]]:
    ctx = FieldContext(field="text", text=normalize(text), region="US")
    return [(e.value, text[e.start : e.end]) for e in KIND.extract(ctx)]


@pytest.mark.parametrize(("address", "value"), VALID)
def test_valid_addresses_from_fixed_seeds(address: str, value: str) -> None:
    assert classify(address) == value
    text = f"send to {address} please"
    assert found(text) == [(value, address)]


def _flip(address: str, index: int) -> str:
    """Change one character to another of the same alphabet (keeping base58 / hex / bech32 valid)."""
    ch = address[index]
    if ch.isdigit():
        alphabet = "23456789"
    elif ch.islower():
        alphabet = (
            "acdefghjkmnpqrstuvwxyz"
            if not address.lower().startswith(("bc1", "ltc1"))
            else "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
        )
    else:
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    replacement = next(c for c in alphabet if c != ch)
    return address[:index] + replacement + address[index + 1 :]


CHECKSUMMED = [a for a, _ in VALID if not (a.startswith("0x") and (a[2:].islower() or a[2:].isupper()))]
"""All-lower and all-upper ETH addresses carry no checksum."""


@pytest.mark.parametrize("address", CHECKSUMMED)
@pytest.mark.parametrize("where", [-1, -7, 12])
def test_one_changed_character_breaks_the_checksum(address: str, where: int) -> None:
    broken = _flip(address, where)
    assert broken != address
    assert classify(broken) is None
    assert found(f"wallet {broken}") == []


def test_eip55_case_must_match_the_checksum() -> None:
    body = ETH[2:]
    assert eth_checksum_ok(body)
    letters = [i for i, c in enumerate(body) if c.isalpha()]
    i = letters[0]
    swapped = body[:i] + body[i].swapcase() + body[i + 1 :]
    assert not eth_checksum_ok(swapped)
    assert classify("0x" + swapped) is None


def test_solana_needs_a_cue() -> None:
    assert found(f"{SOL}") == []
    assert found(f"key {SOL} here") == []
    assert found(f"Solana: {SOL}") == [(f"sol:{SOL}", SOL)]
    assert found(f"Phantom wallet {SOL}") == [(f"sol:{SOL}", SOL)]


def test_monero_decoder_round_trips() -> None:
    raw = monero_b58decode(XMR)
    assert raw is not None and len(raw) == 69 and raw[0] == 0x12
    assert monero_b58decode("0" * 95) is None


@pytest.mark.parametrize(
    "text",
    [
        "tx 0x" + hashlib.sha256(b"tx").hexdigest() + " confirmed",
        "txid " + hashlib.sha256(b"tx2").hexdigest(),
        "commit " + hashlib.sha1(b"git").hexdigest(),
        "id 123e4567-e89b-12d3-a456-426614174000",
        "token " + base58.b58encode(hashlib.sha256(b"tok").digest() * 2).decode(),
        "session " + hashlib.sha256(b"s").hexdigest()[:40] + "zz",
        "ref ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijk",
    ],
)
def test_distractors_are_not_addresses(text: str) -> None:
    assert found(text) == []


def test_offsets_point_at_the_written_address_with_wide_characters() -> None:
    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in BTC_P2PKH)
    text = f"BTC：{wide} 🙏"
    ((value, written),) = found(text)
    assert value == f"btc:{BTC_P2PKH}"
    assert written == wide


def test_zero_width_characters_inside_an_address_are_ignored() -> None:
    text = f"eth {ETH[:10]}\u200b{ETH[10:]}"
    ((value, written),) = found(text)
    assert value == f"eth:{ETH.lower()}"
    assert written.replace("\u200b", "") == ETH


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_no_crash_spans_inside(text: str) -> None:
    for value, written in found(text):
        assert value.split(":", 1)[0] in {"btc", "eth", "trx", "ltc", "doge", "xmr", "sol"}
        assert written


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", min_size=25, max_size=110))
def test_random_base58_strings_are_not_addresses(token: str) -> None:
    assert found(f"wallet {token}") == []
