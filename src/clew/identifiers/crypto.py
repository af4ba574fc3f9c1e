"""Cryptocurrency addresses, accepted only when their checksum verifies.

Candidates are runs of 25 to 110 letters and digits in the normalised view (bounded by anything but a letter of a
spaced script: in Chinese, Japanese or Thai an address is glued to the words around it, "ETH地址0x…请核对"); the
address itself is read from the *original* characters (the view is case-folded,
and case carries the checksum of base58 and EIP-55 addresses). Full-width forms
and invisible characters inside an address are undone before checking.

* BTC: base58check P2PKH/P2SH (``1…``/``3…``) and segwit bech32/bech32m (``bc1…``);
* ETH (and EVM chains that share its format): ``0x`` + 40 hex digits; mixed case
  must match the EIP-55 keccak checksum, all-lower and all-upper are accepted;
* TRON: base58check with version byte 0x41 (``T…``);
* LTC: base58check ``L…``/``M…`` and bech32 ``ltc1…``; DOGE: base58check ``D…``/``A…``/``9…``;
* XMR: Monero's block base58 with a keccak checksum (standard, sub- and integrated
  addresses);
* SOL: base58 of 32 bytes. Solana addresses carry no checksum, so one counts only
  with a cue word (sol, solana, phantom, …) a few words away.

A string whose checksum does not verify is not an address: transaction hashes,
git hashes, UUIDs and random tokens stay out.

An address broken into pieces by spaces, a line break or a dash (spaced or not: ``15q1 - DdQ5 - …``)
(``bc1q edpv 0ruq …``, ``TSVqM Bdnqg nZy5i …``) is joined back when a coin or wallet is
named in the field or the pieces start with ``bc1``/``ltc1``/``0x`` — and only when the
join's checksum verifies; a joined ``0x`` address must carry its EIP-55 checksum in mixed
case with at least 12 letters (10 when the coin is named just before it: "ETH:" and the address on
the next lines), since an address in one case, or with few letters, has little or no checksum to
verify. Its span covers every piece.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import base58
from bech32 import CHARSET as _BECH32_CHARSET
from bech32 import bech32_hrp_expand, bech32_polymod, convertbits

from clew.identifiers.base import Example, FieldContext, IdentifierType
from clew.model import Entity
from clew.text.confusables import tables
from clew.text.normalize import FILLERS as _FILLERS
from clew.text.phrases import PhraseIndex

_UNSPACED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
"""Thai, Lao, Myanmar, Khmer, CJK, kana and Hangul: scripts written without spaces, where an address is glued to the
words around it ("转账ETH地址0x…请核对"): their letters bound a candidate as a space does."""
_CANDIDATE = re.compile(rf"(?<![^\W{_UNSPACED}])[0-9a-z]{{25,110}}(?![^\W{_UNSPACED}])")
_BASE58 = re.compile(r"[1-9A-HJ-NP-Za-km-z]+")
_HEX40 = re.compile(r"[0-9a-fA-F]{40}")
_GATE_TEXT = """
    btc bitcoin eth ether ethereum erc20 erc-20 usdt usdc trx tron trc20 trc-20 bep20 bep-20 ltc litecoin doge
    dogecoin xmr monero wallet crypto billetera cartera carteira portefeuille кошелек кошелёк биткоин 钱包 錢包
    монеро эфир эфириум лайткоин тезер трон біткоїн гаманець 比特币 比特幣 以太坊 ビットコイン 비트코인 بيتكوين
    محفظة sol solana phantom solflare солана
"""
_GATE_WORDS = tuple(_GATE_TEXT.split())
_GATE_STARTS = ("bc1", "ltc1", "0x")


_GATE_LEADS = " (:/[-,;=>"
"""What may stand before a gate word: keys start with one, so that words inside words ("together") never hit."""


@lru_cache(maxsize=1)
def _gate() -> PhraseIndex[tuple[str, bool]]:
    """Coin and wallet words and the starts of segwit and 0x addresses, for one C pass over a field."""
    keys: dict[str, tuple[str, bool]] = {}
    for key, is_start in [*((w, False) for w in _GATE_WORDS), *((s, True) for s in _GATE_STARTS)]:
        for lead in _GATE_LEADS:
            keys[lead + key] = (key, is_start)
    return PhraseIndex(keys.items())


def _split_gate(text: str) -> bool:
    """Where an address broken into pieces is looked for: a segwit or 0x start, or a coin or wallet named."""
    return _gate_hit(text) or _gate_hit(" " + text[:24])  # the second: a gate word opening the field


def _gate_hit(text: str) -> bool:
    for last, (_key, is_start) in _gate().iter(text):
        after = text[last + 1] if last + 1 < len(text) else " "
        if is_start:
            if "0" <= after <= "9" or "a" <= after <= "z":
                return True
        elif not "a" <= after <= "z":
            return True
    return False


_SPLIT_RUN = re.compile(
    r"(?<![\w])[0-9a-z]+(?:(?: ?(?:[\-–—·•|]|[\u2600-\u27bf\U0001f300-\U0001faff]{1,3}) ?| )[0-9a-z]+)+"
)
"""Pieces separated by a space, a line break or a dash, bar or dot with or without spaces ("15q1 - DdQ5 - …"), or by
emoji ("D8xq 🐕 3Fab …"): only a join whose checksum verifies counts."""
_PIECE = re.compile(r"[0-9a-z]+")
_LABELLED_PART = re.compile(r"[:：]\s?([0-9a-z]{6,64})(?![0-9a-z])")
"""A part of an address after its label's colon."""
_PART_GAP = 40
"""Most characters between two labelled parts of one address (the next part's label: "second half: ")."""
_SPLIT_STARTS = ("b", "0", "1", "3", "t", "l", "m", "d", "a", "9", "4", "8")
"""First characters of the addresses that are joined (bc1…, ltc1…, 0x…, base58 versions, Monero)."""
_SPLIT_LENGTHS = frozenset({*range(25, 36), 42, 43, 62, 63, 95, 106})
"""Lengths an address of a checked kind can have: only joins of these lengths are checked."""
_SPLIT_MAX = 110
_SOL_PIECE = 8
"""The shortest piece of a split Solana key: with no checksum, only long runs of base58 are joined."""
_SPLIT_ETH_LETTERS = 12
"""Letters a joined 0x address must hold, in mixed case: each carries one bit of its EIP-55 checksum."""
_SPLIT_ETH_LETTERS_NAMED = 10
"""The same when the coin is named just before the first piece ("ETH:" and the address on the next lines)."""
_SPLIT_ETH_LETTERS_LINES = 8
"""The same when the coin is named just before and each piece stands on a line of its own ("ETH:⏎0xe77A…⏎2095…⏎42f5…",
an address wrapped by a narrow column): hex alone on its lines after the coin's name is seldom anything else, and eight
checksum bits (1 in 256) still tell a mistyped or made-up one."""
_ETH_NAMED = re.compile(r"(?<!\w)(?:eth|ether|ethereum|erc-?20|usdt|usdc|bep-?20|эфир\w*|以太坊)\W{0,4}$")


def _strong_eip55(body: str, *, named: bool = False, lines: bool = False) -> bool:
    """Whether a 0x address joined from pieces carries enough checksum to tell it from chance.

    Base58check (32 bits) and bech32 (30 bits) checksums are strong whatever the address;
    EIP-55 puts one bit in the case of each letter, and an address in one case carries
    none. Pieces of hex that happen to stand together (a hash in groups, two ids) must
    not make an address, so a joined one needs mixed case and ``_SPLIT_ETH_LETTERS``
    letters (a chance of 1 in 4096) — or ``_SPLIT_ETH_LETTERS_NAMED`` (1 in 1024) when the coin is named right
    before it (``named``), which chance seldom adds.
    """
    letters = sum(c.isalpha() for c in body)
    need = _SPLIT_ETH_LETTERS_NAMED if named else _SPLIT_ETH_LETTERS
    if named and lines:
        need = _SPLIT_ETH_LETTERS_LINES
    return body not in (body.lower(), body.upper()) and letters >= need


_SOL_CUE = re.compile(r"(?<![a-z])(?:sol|solana|phantom|solflare|spl|usdc[ -]?sol|solscan|solanabeach)(?![a-z])")
"""Words that name Solana near a bare base58 key: the coin, its wallets and its block explorers
(``solscan.io/account/…``, ``solana.fm``, ``explorer.solana.com``), whose account URLs end in the address."""

_BECH32_CONST = 1
_BECH32M_CONST = 0x2BC830A3
_SEGWIT_HRPS = {"bc": "btc", "ltc": "ltc"}

_BASE58CHECK_VERSIONS: dict[int, str] = {
    0x00: "btc",  # P2PKH, 1…
    0x05: "btc",  # P2SH, 3…
    0x41: "trx",  # TRON, T…
    0x30: "ltc",  # L…
    0x32: "ltc",  # M… (P2SH)
    0x1E: "doge",  # D…
    0x16: "doge",  # A…/9… (P2SH)
}

# Monero base58 works on 8-byte blocks written as 11 characters; a shorter last
# block of n bytes takes _XMR_BLOCK_CHARS[n] characters.
_XMR_BLOCK_CHARS = (0, 2, 3, 5, 6, 7, 9, 10, 11)
_XMR_CHARS_TO_BYTES = {chars: size for size, chars in enumerate(_XMR_BLOCK_CHARS)}
_XMR_NETWORK_BYTES = frozenset({0x12, 0x13, 0x2A})  # standard, integrated, subaddress (mainnet)


def _keccak(data: bytes) -> Any:
    """A Keccak-256 hash object. ``Crypto.Hash`` is imported on first use: its loader
    (cffi parsing C declarations) costs a tenth of a second at every start, and most
    runs never meet an ETH or XMR candidate."""
    from Crypto.Hash import keccak

    return keccak.new(digest_bits=256, data=data)


def keccak256(data: bytes) -> bytes:
    return bytes(_keccak(data).digest())


def eth_checksum_ok(body: str) -> bool:
    """EIP-55: an address in mixed case must carry its keccak checksum in the case."""
    if body == body.lower() or body == body.upper():
        return True
    digest = str(_keccak(body.lower().encode("ascii")).hexdigest())
    for ch, nibble in zip(body, digest[:40], strict=True):
        if ch.isalpha() and ch.isupper() != (int(nibble, 16) >= 8):
            return False
    return True


def _eth(addr: str) -> str | None:
    if len(addr) != 42 or addr[:2] not in ("0x", "0X"):
        return None
    body = addr[2:]
    if not _HEX40.fullmatch(body) or not eth_checksum_ok(body):
        return None
    return "eth:0x" + body.lower()


def _segwit(addr: str) -> str | None:
    if addr != addr.lower() and addr != addr.upper():
        return None
    low = addr.lower()
    pos = low.rfind("1")
    coin = _SEGWIT_HRPS.get(low[:pos])
    if coin is None or len(low) > 90 or len(low) - pos - 1 < 7:
        return None
    hrp = low[:pos]
    data = [_BECH32_CHARSET.find(c) for c in low[pos + 1 :]]
    if min(data) < 0:
        return None
    const = bech32_polymod(bech32_hrp_expand(hrp) + data)
    if const not in (_BECH32_CONST, _BECH32M_CONST):
        return None
    version = data[0]
    program = convertbits(data[1:-6], 5, 8, False)
    if version > 16 or program is None or not 2 <= len(program) <= 40:
        return None
    if version == 0 and (const != _BECH32_CONST or len(program) not in (20, 32)):
        return None
    if version != 0 and const != _BECH32M_CONST:
        return None
    return f"{coin}:{low}"


def monero_b58decode(text: str) -> bytes | None:
    """Decode Monero's block base58 (11 characters per 8 bytes); None if malformed."""
    out = bytearray()
    for i in range(0, len(text), 11):
        block = text[i : i + 11]
        size = _XMR_CHARS_TO_BYTES.get(len(block))
        if not size:
            return None
        try:
            number = base58.b58decode_int(block)
        except ValueError:
            return None
        if number >= 1 << (8 * size):
            return None
        out += number.to_bytes(size, "big")
    return bytes(out)


def _xmr(addr: str) -> str | None:
    raw = monero_b58decode(addr)
    if raw is None or len(raw) not in (69, 77) or raw[0] not in _XMR_NETWORK_BYTES:
        return None
    if keccak256(raw[:-4])[:4] != raw[-4:]:
        return None
    return f"xmr:{addr}"


def _base58check(addr: str) -> str | None:
    try:
        payload = base58.b58decode_check(addr)
    except ValueError:
        return None
    if len(payload) != 21:
        return None
    coin = _BASE58CHECK_VERSIONS.get(payload[0])
    return f"{coin}:{addr}" if coin else None


_SCRIPT_WORD = re.compile(r"[^\s\x00-\u024f]{3,16}")
_SOL_SOUNDS = frozenset({"sln", "fntm"})
"""The consonants of "solana" and "phantom" as any script writes them, the vowel letters w and y of the abjads
dropped: Urdu "سولانا" (swlana), Hindi "सोलाना", Tamil "சோலானா" (colana: Tamil writes s with its c)."""


@lru_cache(maxsize=2048)
def _sol_sound(word: str) -> bool:
    """Whether ``word``, in a script other than Latin, names Solana or its Phantom wallet."""
    from clew.identifiers.handle import skeleton  # the transliterated consonants, shared with the handle cues

    key = skeleton(word).replace("v", "").replace("k", "s", 1 if word[:1] in "சச" else 0)
    key = "".join(c for i, c in enumerate(key) if i == 0 or c != key[i - 1])
    return key in _SOL_SOUNDS


def _is_solana_key(addr: str) -> bool:
    if not 32 <= len(addr) <= 44:
        return False
    try:
        return len(base58.b58decode(addr)) == 32
    except ValueError:
        return False


def classify(addr: str) -> str | None:
    """The canonical value of an address written exactly as ``addr``, or None.

    Solana keys, which carry no checksum, are not classified here (they need a cue).
    """
    low = addr[:4].lower()
    if low.startswith("0x"):
        return _eth(addr)
    if low.startswith(("bc1", "ltc1")):
        return _segwit(addr)
    if not _BASE58.fullmatch(addr):
        return None
    if len(addr) in (95, 106) and addr[0] in "48":
        return _xmr(addr)
    if 25 <= len(addr) <= 35:
        return _base58check(addr)
    return None


def _clean(raw: str) -> str:
    """The address as written: compatibility forms folded, invisible characters and marks dropped, look-alikes read.

    Every address is ASCII, so a combining mark on it (zalgo "0̷x", a low line "3͟6͟") is decoration, and a letter of
    another script is a look-alike (Cyrillic "Н", "р" in "1НWs6рQ…"): it is read as the ASCII letter the Unicode
    confusables data names, keeping its case. The checksum, verified after, rejects a wrong reading.
    """
    if raw.isascii():
        return raw
    folded = unicodedata.normalize("NFKC", raw)
    t = tables()
    out: list[str] = []
    for c in folded:
        if c.isascii():
            out.append(c)
        elif c.isspace() or c in _FILLERS or unicodedata.category(c) in ("Cf", "Mn", "Me"):
            continue
        elif c.isupper():
            latin = t.capitals.get(c) or t.to_latin.get(c.casefold())
            out.append(latin.upper() if latin else c)
        else:
            out.append(t.to_latin.get(c, c))
    return "".join(out)


_X_SIGNS = frozenset("×✕✖⨯╳")
"""Signs written for the x of ``0x`` ("0×1c38…"); the normalised view keeps them (they are no letters)."""
_PIECE_SEPARATORS = re.compile(r"[\s\-–—·•|]")
"""Separators the normalised view may have joined inside one piece ("T-G-m" read as "tgm"); no address holds one."""


def _piece_as_written(ctx: FieldContext, start: int, end: int) -> str:
    """A piece of a split address as written, without the separators of letters the view joined ("T-G-m")."""
    raw = _clean(ctx.text.original_at(start, end))
    return _PIECE_SEPARATORS.sub("", raw) if len(raw) > end - start else raw


class Crypto(IdentifierType):
    name = "crypto"
    description = (
        "Cryptocurrency addresses (BTC, ETH, TRON, LTC, DOGE, XMR, SOL) whose checksum "
        "verifies; Solana keys, which have none, need a cue word nearby."
    )
    canonical = (
        "coin:ADDRESS — btc:1…/3… as written, btc:bc1… lower-case, eth:0x… lower-case, "
        "trx:T…, ltc:…, doge:…, xmr:…, sol:…"
    )
    links = True
    # Every address below is made from a fixed seed (sha256 of "clew-example-…"), not found online.
    examples = (
        Example("BTC: 131fc8xJ8HStChqaMM1znM3wtHdyMRgB6E thanks", ("btc:131fc8xJ8HStChqaMM1znM3wtHdyMRgB6E",)),
        Example(
            "segwit BC1QZ4CCUYNE5TR28HH3TSCMWVXECFL98PT8U05SGP",
            ("btc:bc1qz4ccuyne5tr28hh3tscmwvxecfl98pt8u05sgp",),
            note="bech32 in upper case",
        ),
        Example(
            "USDT (ERC20) 0xB9140efe8CF520F638c28Da8a46F0cA4B540cB41",
            ("eth:0xb9140efe8cf520f638c28da8a46f0ca4b540cb41",),
            note="EIP-55 mixed case",
        ),
        Example(
            "trc20 TEB11L9hG3Jx2NQKzwJyKAHXn7G46CLrLn / xmr "
            "476nYYnoFzRa1w6HErvbyHWu4gk1X7w17Zxd1wsSuaZFeNErUKmrkqzTaBSQHH54huTyQCrCaAUXX3AjcrzwELu9GiQK7wN",
            (
                "trx:TEB11L9hG3Jx2NQKzwJyKAHXn7G46CLrLn",
                "xmr:476nYYnoFzRa1w6HErvbyHWu4gk1X7w17Zxd1wsSuaZFeNErUKmrkqzTaBSQHH54huTyQCrCaAUXX3AjcrzwELu9GiQK7wN",
            ),
        ),
        Example(
            "Phantom wallet (SOL): J6f2xF6F9ByJL6JZLrhavj3Xa22oH456yB8c5Z4uxPe9",
            ("sol:J6f2xF6F9ByJL6JZLrhavj3Xa22oH456yB8c5Z4uxPe9",),
        ),
        Example(
            "BTC: 131f c8xJ 8HSt Chqa MM1z nM3w tHdy MRgB 6E / bc1qz4ccuyne5tr28hh3-tscmwvxecfl98pt8u05sgp",
            ("btc:131fc8xJ8HStChqaMM1znM3wtHdyMRgB6E", "btc:bc1qz4ccuyne5tr28hh3tscmwvxecfl98pt8u05sgp"),
            note="addresses broken into groups by spaces or a hyphen",
        ),
        Example(
            "0xB9140efe8CF520F638c2 8Da8a46F0cA4B540cB41, trc20 TEB11L9hG3Jx2NQ\nKzwJyKAHXn7G46CLrLn",
            ("eth:0xb9140efe8cf520f638c28da8a46f0ca4b540cb41", "trx:TEB11L9hG3Jx2NQKzwJyKAHXn7G46CLrLn"),
            note="split by a space and by a line break",
        ),
        Example("BTC: 131f c8xJ 8HSt Chqa MM1z nM3w tHdy MRgB 6F", (), note="split, last character changed"),
        Example(
            "BTC 💰 131fc8xJ8HSt 💰 ChqaMM1znM3w ✨ tHdyMRgB6E; BTC 💰 131fc8xJ8HSt 💰 ChqaMM1znM3w ✨ tHdyMRgB6F",
            ("btc:131fc8xJ8HStChqaMM1znM3wtHdyMRgB6E",),
            note="split by emoji; the second has its last character changed",
        ),
        Example(
            "eth 0xb9140efe8cf520f638c2 8da8a46f0ca4b540cb41",
            (),
            note="split and all lower case: no checksum to verify the join",
        ),
        Example(
            "tx 0x9fc7 6417 374a a880 d444 9a1f 7f31 ec59 7f00 b1f6 f3dd 2d66 f4c9 c6c4 4583 6d8b",
            (),
            note="a transaction hash in groups: its first 42 characters are no address",
        ),
        Example(
            "0xB9140efe8CF520F638c28Da8a46F0cA4B540cb41",
            (),
            note="one letter in the wrong case: the EIP-55 checksum fails",
        ),
        Example("BTC 131fc8xJ8HStChqaMM1znM3wtHdyMRgB6F", (), note="last character changed: base58check fails"),
        Example("J6f2xF6F9ByJL6JZLrhavj3Xa22oH456yB8c5Z4uxPe9", (), note="a Solana-shaped key without a cue"),
        Example(
            "tips: https://solscan.io/account/J6f2xF6F9ByJL6JZLrhavj3Xa22oH456yB8c5Z4uxPe9",
            ("sol:J6f2xF6F9ByJL6JZLrhavj3Xa22oH456yB8c5Z4uxPe9",),
            note="a Solana block explorer's account URL names the chain",
        ),
        Example(
            "tx 0x9fc76417374aa880d4449a1f7f31ec597f00b1f6f3dd2d66f4c9c6c445836d8b confirmed",
            (),
            note="a transaction hash is not an address",
        ),
        Example("build 3f786850e387550fdab836ed7e6dc881de23001b, id 123e4567-e89b-12d3-a456-426614174000", ()),
        Example(
            "ETH:\n0x38570f3b034f289327f\n83D045610FEa91D9F1311",
            ("eth:0x38570f3b034f289327f83d045610fea91d9f1311",),
            note="split over lines after the coin's name: ten checksum letters are enough there",
        ),
        Example(
            "0x38570f3b034f289327f 83D045610FEa91D9F1311",
            (),
            note="the same join with no coin named: too few checksum letters",
        ),
        Example(
            "BTC — 131f - c8xJ - 8HSt - Chqa - MM1z - nM3w - tHdy - MRgB - 6E",
            ("btc:131fc8xJ8HStChqaMM1znM3wtHdyMRgB6E",),
            note="groups between spaced dashes",
        ),
        Example(
            "монеро:\n476nYYnoFzRa1w6HErvbyHWu4gk1X7w17Zxd1wsSuaZFeNErUK\n"
            "mrkqzTaBSQHH54huTyQCrCaAUXX3AjcrzwELu9GiQK7wN",
            ("xmr:476nYYnoFzRa1w6HErvbyHWu4gk1X7w17Zxd1wsSuaZFeNErUKmrkqzTaBSQHH54huTyQCrCaAUXX3AjcrzwELu9GiQK7wN",),
            note="the coin named in Russian, the address over two lines",
        ),
        Example(
            "BTC 131fс8xJ8НStChqaMM1znM3wtHdyMRgB6E, ETH 0̷xb̷9140efe8cf520f638c28da8a46f0ca4b540cb41",
            ("btc:131fc8xJ8HStChqaMM1znM3wtHdyMRgB6E", "eth:0xb9140efe8cf520f638c28da8a46f0ca4b540cb41"),
            note="Cyrillic с and Н inside a Bitcoin address; strokes through an Ethereum address's characters",
        ),
        Example(
            "ETH 0xb9140efe8cf520f638c28da8a46f0ca4b540cb4l",
            (),
            note="an 'l' for the last '1': the checksum rejects the reading",
        ),
        Example(
            "सोलाना वॉलेट: J6f2xF6F9ByJL6JZLrhavj3Xa22oH456yB8c5Z4uxPe9",
            ("sol:J6f2xF6F9ByJL6JZLrhavj3Xa22oH456yB8c5Z4uxPe9",),
            note="Solana named in Devanagari, read by transliteration",
        ),
        Example(
            "नमस्ते: J6f2xF6F9ByJL6JZLrhavj3Xa22oH456yB8c5Z4uxPe9", (), note="a word of another script that is no cue"
        ),
        Example(
            "付款用USDT钱包0xB9140efe8CF520F638c28Da8a46F0cA4B540cB41谢谢, "
            "ビットコインは131fc8xJ8HStChqaMM1znM3wtHdyMRgB6Eです",
            ("eth:0xb9140efe8cf520f638c28da8a46f0ca4b540cb41", "btc:131fc8xJ8HStChqaMM1znM3wtHdyMRgB6E"),
            note="glued to Chinese or Japanese words on both sides: scripts written without spaces bound it",
        ),
        Example(
            "ref x0xB9140efe8CF520F638c28Da8a46F0cA4B540cB41, id 131fc8xJ8HStChqaMM1znM3wtHdyMRgB6Ez",
            (),
            note="glued to Latin letters: part of a longer string",
        ),
        Example(
            "USDT (ERC20): 0×7d2e4F19a0b3c58E6f71D2A94c0e8B3F5a6D1C27",
            ("eth:0x7d2e4f19a0b3c58e6f71d2a94c0e8b3f5a6d1c27",),
            note="a multiplication sign written for the x of 0x",
        ),
        Example(
            "0×7d2e4f19a0b3c58e6f71D2A94c0e8B3F5a6D1C27",
            (),
            note="after a multiplication sign too, a broken EIP-55 checksum is no address",
        ),
        Example(
            "Phantom ⬇️\nJ6f2xF6F9ByJL6JZLrha\nvj3Xa22oH456yB8c5Z4uxPe9",
            ("sol:J6f2xF6F9ByJL6JZLrhavj3Xa22oH456yB8c5Z4uxPe9",),
            note="a Solana key over two lines after the wallet's name: no checksum, the join decodes to 32 bytes",
        ),
        Example(
            "SOL ref: ZZaa1122bbCCddEEff\nGGhh3344JJkkMMnnPPqqRRss",
            (),
            note="long pieces after a Solana cue whose join is no 32-byte key",
        ),
        Example(
            "Bitcoin, Teil 1: 131gPXp3xESX8bu8\nTeil 2: 1z5gvToxq2AsAsoGrA",
            ("btc:131gPXp3xESX8bu81z5gvToxq2AsAsoGrA",),
            note="an address given in two labelled parts: the parts after the colons, joined, verify",
        ),
        Example(
            "BTC: 131gPXp3xESX8bu8; Ref: 1z5gvToxq2AsAsoGrB",
            (),
            note="labelled parts whose join fails the checksum are no address",
        ),
    )

    def extract(self, ctx: FieldContext) -> Iterator[Entity]:
        text = ctx.text.text
        if len(text) < 25:
            return
        found: list[int] = []
        for m in _CANDIDATE.finditer(text):
            a, b = ctx.text.span(m.start(), m.end())
            addr = _clean(ctx.text.original[a:b])
            value = classify(addr)
            if value is None and _is_solana_key(addr) and self._solana_cue(text, m.start(), m.end()):
                value = f"sol:{addr}"
            if value is None and m.start() >= 2 and text[m.start() - 1] in _X_SIGNS and text[m.start() - 2] == "0":
                value = classify("0x" + addr)  # "0×…": a multiplication sign for the x of 0x
                a = ctx.text.span(m.start() - 2, m.start())[0] if value is not None else a
            if value is not None:
                found.append(m.start())
                yield Entity(type=self.name, value=value, start=a, end=b, field=ctx.field)
        if _split_gate(text):
            yield from self._split(ctx, set(found))

    def _split(self, ctx: FieldContext, found: set[int]) -> Iterator[Entity]:
        """Addresses broken into pieces by spaces, line breaks or hyphens ("bc1q edpv 0ruq …").

        Consecutive pieces from one that can start an address are joined while the join is
        no longer than an address; a join of an address's length counts only when its
        checksum verifies — the checksum is what tells an address from words and numbers
        that happen to stand together (a ``0x`` join needs enough EIP-55 checksum bits:
        ``_strong_eip55``). The entity spans every piece and what separates them.
        """
        text = ctx.text.text
        solana = _SOL_CUE.search(text) is not None
        for run in _SPLIT_RUN.finditer(text):
            pieces = [(m.start(), m.end()) for m in _PIECE.finditer(text, run.start(), run.end())]
            i = 0
            while i < len(pieces) - 1:
                start = pieces[i][0]
                if start in found:
                    i += 1
                    continue
                hit = self._join_from(ctx, pieces, i) if text.startswith(_SPLIT_STARTS, start) else None
                if hit is None and solana:
                    hit = self._join_solana(ctx, pieces, i)
                if hit is None:
                    i += 1
                    continue
                j, value = hit
                a, _ = ctx.text.span(start, pieces[i][1])
                _, b = ctx.text.span(pieces[j][0], pieces[j][1])
                yield Entity(type=self.name, value=value, start=a, end=b, field=ctx.field)
                i = j + 1
        if text.count(":") + text.count("：") >= 2:
            yield from self._labelled_parts(ctx, found)

    def _labelled_parts(self, ctx: FieldContext, found: set[int]) -> Iterator[Entity]:
        """An address given in parts, each after its own label ("first half: 3Liq…⏎second half: uHAo…", "part 1/2:
        …"): the parts after the colons, joined in order, count when the join's checksum verifies."""
        text = ctx.text.text
        parts = [m.span(1) for m in _LABELLED_PART.finditer(text)]
        i = 0
        while i < len(parts) - 1:
            if parts[i][0] in found or not text.startswith(_SPLIT_STARTS, parts[i][0]):
                i += 1
                continue
            near = [parts[i]]
            for part in parts[i + 1 : i + 4]:
                if part[0] - near[-1][1] > _PART_GAP:
                    break
                near.append(part)
            hit = self._join_from(ctx, near, 0) if len(near) > 1 else None
            if hit is None:
                i += 1
                continue
            j, value = hit
            a, _ = ctx.text.span(*near[0])
            _, b = ctx.text.span(*near[j])
            yield Entity(type=self.name, value=value, start=a, end=b, field=ctx.field)
            i += j + 1

    @staticmethod
    def _join_from(ctx: FieldContext, pieces: list[tuple[int, int]], i: int) -> tuple[int, str] | None:
        text = ctx.text.text
        length = pieces[i][1] - pieces[i][0]
        digits = sum(c.isdigit() for c in text[pieces[i][0] : pieces[i][1]])
        for j in range(i + 1, len(pieces)):
            s, e = pieces[j]
            length += e - s
            if length > _SPLIT_MAX:
                return None
            digits += sum(c.isdigit() for c in text[s:e])
            if length not in _SPLIT_LENGTHS or digits < 2:
                continue
            written = "".join(_piece_as_written(ctx, a, b) for a, b in pieces[i : j + 1])
            value = classify(written)
            if value is None:
                continue
            if value.startswith("eth:"):
                first = pieces[i][0]
                named = _ETH_NAMED.search(text, max(0, first - 16), first) is not None
                lines = all(
                    "\n" in ctx.text.original_at(a_end, b_start)
                    for (_, a_end), (b_start, _) in zip(pieces[i:j], pieces[i + 1 : j + 1], strict=True)
                )
                if not _strong_eip55(written[2:], named=named, lines=lines):
                    continue
            return j, value
        return None

    def _join_solana(self, ctx: FieldContext, pieces: list[tuple[int, int]], i: int) -> tuple[int, str] | None:
        """A Solana key broken into pieces ("SOL 👇⏎5YoZ…⏎LZtF…"): it has no checksum, so the join counts only with a
        Solana cue near, from two to four long pieces (``_SOL_PIECE`` characters or more each, where words are
        short) of base58 in mixed case with digits, whose join decodes to the key's 32 bytes."""
        text = ctx.text.text
        length = 0
        for j in range(i, min(len(pieces), i + 4)):
            s, e = pieces[j]
            if e - s < _SOL_PIECE:
                return None
            length += e - s
            if length > 44:
                return None
            if j == i or length < 32:
                continue
            written = "".join(_piece_as_written(ctx, a, b) for a, b in pieces[i : j + 1])
            if (
                written.isalnum()
                and not written.isdigit()
                and not written.islower()
                and not written.isupper()
                and any(c.isdigit() for c in written)
                and _is_solana_key(written)
                and self._solana_cue(text, pieces[i][0], e)
            ):
                return j, f"sol:{written}"
        return None

    @staticmethod
    def _solana_cue(text: str, start: int, end: int) -> bool:
        lo, hi = max(0, start - 60), min(len(text), end + 40)
        if _SOL_CUE.search(text, lo, hi) is not None:
            return True
        window = text[lo:hi]
        return not window.isascii() and any(_sol_sound(w) for w in _SCRIPT_WORD.findall(window))
