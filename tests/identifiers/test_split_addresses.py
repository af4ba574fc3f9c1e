"""Crypto addresses broken into pieces: joined only when the checksum verifies, spans over every piece."""

from __future__ import annotations

import hashlib

import base58
import pytest
from bech32 import CHARSET, bech32_hrp_expand, bech32_polymod, convertbits
from Crypto.Hash import keccak
from hypothesis import given, settings
from hypothesis import strategies as st

from clew.identifiers.base import FieldContext
from clew.identifiers.crypto import Crypto
from clew.text import normalize

KIND = Crypto()


def _seed(seed: str, n: int = 20) -> bytes:
    return hashlib.sha256(f"clew-test-split-{seed}".encode()).digest()[:n]


def _base58check(version: int, seed: str) -> str:
    return base58.b58encode_check(bytes([version]) + _seed(seed)).decode()


def _segwit(seed: str) -> str:
    data = [0, *(convertbits(_seed(seed), 8, 5) or [])]
    polymod = bech32_polymod(bech32_hrp_expand("bc") + data + [0] * 6) ^ 1
    return "bc1" + "".join(CHARSET[d] for d in data + [(polymod >> 5 * (5 - i)) & 31 for i in range(6)])


def _eip55(seed: str) -> str:
    hexed = _seed(seed).hex()
    digest = keccak.new(digest_bits=256, data=hexed.encode()).hexdigest()
    return "0x" + "".join(
        c.upper() if c.isalpha() and int(d, 16) >= 8 else c for c, d in zip(hexed, digest[:40], strict=True)
    )


def _found(text: str) -> list[tuple[str, str]]:
    ctx = FieldContext(field="text", text=normalize(text), region="US")
    return [(e.value, text[e.start : e.end]) for e in KIND.extract(ctx)]


ADDRESSES = {
    "btc": [_base58check(0x00, f"p2pkh-{i}") for i in range(4)],
    "trx": [_base58check(0x41, f"tron-{i}") for i in range(4)],
    "ltc": [_base58check(0x30, f"ltc-{i}") for i in range(4)],
    "bech32": [_segwit(f"segwit-{i}") for i in range(4)],
    "eth": [a for a in (_eip55(f"eth-{i}") for i in range(40)) if sum(c.isalpha() for c in a[2:]) >= 16][:4],
}


def _canonical(addr: str) -> str:
    if addr.startswith("bc1"):
        return f"btc:{addr}"
    if addr.startswith("0x"):
        return f"eth:{addr.lower()}"
    coin = {"1": "btc", "T": "trx", "L": "ltc"}[addr[0]]
    return f"{coin}:{addr}"


def _split(addr: str, cuts: list[int], seps: list[str]) -> str:
    points = sorted({c % (len(addr) - 2) + 1 for c in cuts})
    pieces = [addr[a:b] for a, b in zip([0, *points], [*points, len(addr)], strict=True)]
    out = pieces[0]
    for k, piece in enumerate(pieces[1:]):
        out += seps[k % len(seps)] + piece
    return out


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from([a for group in ADDRESSES.values() for a in group]),
    st.lists(st.integers(min_value=0, max_value=200), min_size=1, max_size=8),
    st.lists(st.sampled_from([" ", "\n", "-", "  ", " \n "]), min_size=1, max_size=3),
    st.sampled_from(["wallet: ", "BTC / ETH / TRX -> ", "deposit (crypto) ", "usdt trc20 "]),
    st.sampled_from(["", " thanks", ". DM me", " 💋"]),
)
def test_a_split_address_with_a_coin_named_is_joined_over_its_whole_span(
    addr: str, cuts: list[int], seps: list[str], before: str, after: str
) -> None:
    split = _split(addr, cuts, seps)
    text = before + split + after
    assert (_canonical(addr), split) in _found(text)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from([a for group in ADDRESSES.values() for a in group]),
    st.lists(st.integers(min_value=0, max_value=200), min_size=1, max_size=6),
    st.integers(min_value=3, max_value=60),
)
def test_a_split_address_with_one_character_changed_is_no_address(addr: str, cuts: list[int], where: int) -> None:
    k = 3 + where % (len(addr) - 3)
    alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    if addr.startswith("bc1"):
        alphabet = CHARSET
    elif addr.startswith("0x"):
        alphabet = "0123456789abcdef"
    replacement = next(c for c in alphabet if c.lower() != addr[k].lower())
    broken = addr[:k] + replacement + addr[k + 1 :]
    assert _found("wallet: " + _split(broken, cuts, [" "])) == []


def test_pieces_without_a_coin_named_are_joined_only_from_a_segwit_or_0x_start() -> None:
    btc, segwit, eth = ADDRESSES["btc"][0], ADDRESSES["bech32"][0], ADDRESSES["eth"][0]
    assert _found(f"ref {btc[:12]} {btc[12:]}") == []
    assert _found(f"ref {segwit[:14]} {segwit[14:]}") == [(f"btc:{segwit}", f"{segwit[:14]} {segwit[14:]}")]
    assert _found(f"{eth[:22]} {eth[22:]}") == [(f"eth:{eth.lower()}", f"{eth[:22]} {eth[22:]}")]


def test_a_joined_0x_address_needs_its_checksum_in_mixed_case() -> None:
    eth = ADDRESSES["eth"][1]
    assert _found(f"eth {eth[:20].lower()} {eth[20:].lower()}") == []
    assert _found(f"eth {eth[:20]} {eth[20:]}") == [(f"eth:{eth.lower()}", f"{eth[:20]} {eth[20:]}")]


@pytest.mark.parametrize(
    "text",
    [
        "tx 0x" + " ".join(hashlib.sha256(b"clew-test-tx").hexdigest()[i : i + 4] for i in range(0, 64, 4)),
        "wallet soon: " + " ".join(f"{n}{n + 1}" for n in range(10, 40)),
        "btc 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28",
        "ETH " + hashlib.sha256(b"clew-test-words").hexdigest()[:20] + " strong together, bitcoin later",
    ],
)
def test_hashes_numbers_and_words_in_pieces_are_no_address(text: str) -> None:
    assert _found(text) == []


def test_a_whole_address_is_found_once_and_not_joined_with_what_follows() -> None:
    btc = ADDRESSES["btc"][2]
    assert _found(f"btc {btc} 12ab cd34") == [(f"btc:{btc}", btc)]


@pytest.mark.parametrize("coin", ["btc", "trx", "ltc"])
def test_single_letters_joined_by_dashes_at_the_start_of_a_split_address_are_read_as_written(coin: str) -> None:
    # The normalised view joins "T-G-m" into one piece ("tgm"); the address as written must lose those dashes.
    addr = ADDRESSES[coin][0]
    split = f"{addr[0]}-{addr[1]}-{addr[2]} {addr[3:]}"
    text = f"wallet: {split} thanks"
    assert (_canonical(addr), split) in _found(text)
