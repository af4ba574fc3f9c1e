"""Shared kit for the blind held-out identifier batches (``batchNN/make.py``): digit forms, look-alike letters,
wallet encoders from fixed seeds, decoders written apart from the encoders, and the record writer.

A batch imports what it needs instead of carrying its own copy. Batches 19-35 import every piece that behaves
exactly like the copy they had (each regenerates byte for byte) and keep their own where it differs (batches
24-35 also write through ``Batch``); batches 5-18 derive their wallets otherwise and keep their own code. Every
wallet is derived from a seed string with the batch number in it, so two batches never share an address:

    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from kit import Batch, Wallets, native, ...  # noqa: E402

    B = Batch(36, Path(__file__).resolve().parent)
    W = Wallets(36)
    B.add("crypto", f"USDT TRC20: {W.trx('rent')}", None, [f"trx:{W.trx('rent')}"], "label in Hausa")
    ...
    if __name__ == "__main__":
        print(json.dumps(B.write()))

``Batch.write`` runs ``Batch.verify`` first: phones valid for their region and fictional, wallets accepted by the
independent decoders (and every long token of a crypto negative refused by them), e-mails on example domains,
handles and payments ``platform:name`` in lower case, ages 13-99, 10-20 % negatives per type.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import base58
from Crypto.Hash import keccak


def native(s: str, zero: int) -> str:
    """ASCII digits of ``s`` rewritten in the script whose digit zero is code point ``zero``."""
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in s)


GUJARATI, GURMUKHI, TELUGU, LAO, KHMER, MYANMAR = 0x0AE6, 0x0A66, 0x0C66, 0x0ED0, 0x17E0, 0x1040
DEVANAGARI, PERSIAN, MONO, BOLD = 0x0966, 0x06F0, 0x1D7F6, 0x1D7CE
CIRCLED = dict(zip("0123456789", "⓪①②③④⑤⑥⑦⑧⑨", strict=True))
NEG_CIRCLED = dict(zip("0123456789", "⓿❶❷❸❹❺❻❼❽❾", strict=True))
SUB = dict(zip("0123456789", "₀₁₂₃₄₅₆₇₈₉", strict=True))


def remap(s: str, table: dict[str, str]) -> str:
    return "".join(table.get(c, c) for c in s)


def full(s: str) -> str:
    """Full-width form of printable ASCII."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


ZWNJ, RLM, SHY = "\u200c", "\u200f", "\u00ad"

# ---------------------------------------------------------------- crypto encoders

B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32_CONST, BECH32M_CONST = 1, 0x2BC830A3


def _polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _bits(data: bytes) -> list[int]:
    acc = bits = 0
    out: list[int] = []
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


def _b32_with(hrp: str, data: list[int], const: int) -> str:
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ const
    return hrp + "1" + "".join(B32[d] for d in data + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])


def segwit(hrp: str, version: int, program: bytes) -> str:
    """BIP 173 (v0) / BIP 350 (v1+) address."""
    return _b32_with(hrp, [version, *_bits(program)], BECH32_CONST if version == 0 else BECH32M_CONST)


def b58c(version: bytes, payload: bytes) -> str:
    return base58.b58encode_check(version + payload).decode()


def _keccak(data: bytes) -> bytes:
    return keccak.new(digest_bits=256, data=data).digest()


def eip55(payload20: bytes) -> str:
    h = payload20.hex()
    k = _keccak(h.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(k[i], 16) >= 8 else c for i, c in enumerate(h))


_XMR_ALPHA = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_XMR_BLOCK = [0, 2, 3, 5, 6, 7, 9, 10, 11]  # encoded length of a block of n bytes


def _xmr_b58(raw: bytes) -> str:
    out = []
    for i in range(0, len(raw), 8):
        block = raw[i : i + 8]
        n = int.from_bytes(block, "big")
        chars = []
        for _ in range(_XMR_BLOCK[len(block)]):
            n, r = divmod(n, 58)
            chars.append(_XMR_ALPHA[r])
        out.append("".join(reversed(chars)))
    return "".join(out)


class Wallets:
    """Addresses of every chain from seed strings; ``batch`` keeps batches apart."""

    def __init__(self, batch: int) -> None:
        self.prefix = f"clew-b{batch}:"

    def seed(self, s: str) -> bytes:
        return hashlib.sha256((self.prefix + s).encode()).digest()

    def btc_p2pkh(self, s: str) -> str:
        return b58c(b"\x00", self.seed(s)[:20])

    def btc_p2sh(self, s: str) -> str:
        return b58c(b"\x05", self.seed(s)[:20])

    def btc_wpkh(self, s: str) -> str:
        return segwit("bc", 0, self.seed(s)[:20])

    def btc_wsh(self, s: str) -> str:
        return segwit("bc", 0, self.seed(s))

    def btc_tr(self, s: str) -> str:
        return segwit("bc", 1, self.seed(s))

    def eth(self, s: str) -> str:
        return eip55(self.seed(s)[:20])

    def trx(self, s: str) -> str:
        return b58c(b"\x41", self.seed(s)[:20])

    def ltc_l(self, s: str) -> str:
        return b58c(b"\x30", self.seed(s)[:20])

    def ltc_m(self, s: str) -> str:
        return b58c(b"\x32", self.seed(s)[:20])

    def ltc_w(self, s: str) -> str:
        return segwit("ltc", 0, self.seed(s)[:20])

    def doge(self, s: str) -> str:
        return b58c(b"\x1e", self.seed(s)[:20])

    def doge_p2sh(self, s: str) -> str:
        return b58c(b"\x16", self.seed(s)[:20])

    def sol(self, s: str) -> str:
        """Solana account: base58 of 32 bytes (no checksum exists)."""
        return base58.b58encode(self.seed(s)).decode()

    def xmr(self, s: str) -> str:
        """Monero standard address: 0x12, spend key, view key, 4-byte keccak checksum, Monero block base58."""
        body = b"\x12" + self.seed(s + "/spend") + self.seed(s + "/view")
        return _xmr_b58(body + _keccak(body)[:4])

    def xmr_sub(self, s: str) -> str:
        """Monero subaddress: prefix 0x2A (starts with 8), two keys, keccak checksum."""
        body = b"\x2a" + self.seed(s + "/sub-spend") + self.seed(s + "/sub-view")
        return _xmr_b58(body + _keccak(body)[:4])

    @staticmethod
    def chain(fn: Callable[[str], str]) -> str:
        """The contract's chain name of an encoder (``W.ltc_m`` -> ``ltc``, ``W.btc_tr`` -> ``btc``)."""
        return fn.__name__.split("_")[0]

    def value(self, fn: Callable[[str], str], address: str) -> str:
        """The expected crypto value of ``address`` made by the encoder ``fn``: ``chain:address``, an Ethereum
        address in lower case (the contract's canonical form)."""
        return f"{self.chain(fn)}:{address.lower() if fn == self.eth else address}"


# ---------------------------------------------------------------- independent checks


def _b58_int_decode(s: str) -> bytes:
    alpha = _XMR_ALPHA  # the bitcoin alphabet is the same 58 symbols
    n = 0
    for c in s:
        n = n * 58 + alpha.index(c)
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    return b"\x00" * (len(s) - len(s.lstrip("1"))) + raw


def check_b58c(addr: str, versions: set[int]) -> bool:
    try:
        raw = _b58_int_decode(addr)
    except ValueError:
        return False
    body, chk = raw[:-4], raw[-4:]
    return len(raw) == 25 and hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4] == chk and body[0] in versions


def check_segwit(addr: str, hrp: str) -> bool:
    """Decode per BIP 173 / 350 (written apart from the encoder) and demand the right constant per version."""
    if addr.lower() != addr and addr.upper() != addr:
        return False
    a = addr.lower()
    pos = a.rfind("1")
    if a[:pos] != hrp or len(a) > 90 or len(a) - pos - 1 < 7:
        return False
    try:
        data = [B32.index(c) for c in a[pos + 1 :]]
    except ValueError:
        return False
    chk = 1
    for v in [*(ord(c) >> 5 for c in hrp), 0, *(ord(c) & 31 for c in hrp), *data]:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i, g in enumerate((0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)):
            if (b >> i) & 1:
                chk ^= g
    version = data[0]
    if chk != (BECH32_CONST if version == 0 else BECH32M_CONST):
        return False
    acc = nbits = 0
    prog = bytearray()
    for v in data[1:-6]:
        acc = (acc << 5) | v
        nbits += 5
        if nbits >= 8:
            nbits -= 8
            prog.append((acc >> nbits) & 0xFF)
    if nbits >= 5 or (acc & ((1 << nbits) - 1)):
        return False
    if version == 0 and len(prog) not in (20, 32):
        return False
    if version == 0:  # second opinion from the reference implementation
        import bech32

        ver, p = bech32.decode(hrp, a)
        if ver != 0 or bytes(p or []) != bytes(prog):
            return False
    return 2 <= len(prog) <= 40 and version <= 16


def check_eth(addr: str) -> bool:
    h = addr[2:]
    if not addr.startswith(("0x", "0X")) or len(h) != 40 or any(c not in "0123456789abcdefABCDEF" for c in h):
        return False
    if h == h.lower() or h == h.upper():
        return True
    k = _keccak(h.lower().encode()).hex()
    return all((c.isupper() == (int(k[i], 16) >= 8)) for i, c in enumerate(h) if c.isalpha())


def check_xmr(addr: str) -> bool:
    if len(addr) != 95:
        return False
    raw = bytearray()
    sizes = {v: k for k, v in enumerate(_XMR_BLOCK)}
    for i in range(0, 95, 11):
        chunk = addr[i : i + 11]
        n = 0
        for c in chunk:
            n = n * 58 + _XMR_ALPHA.index(c)
        raw += n.to_bytes(sizes[len(chunk)], "big")
    return raw[0] in (0x12, 0x2A) and _keccak(bytes(raw[:-4]))[:4] == bytes(raw[-4:])


def check_crypto(value: str) -> bool:
    chain, addr = value.split(":", 1)
    if chain == "btc":
        return check_b58c(addr, {0, 5}) if addr[0] in "13" else check_segwit(addr, "bc") and addr == addr.lower()
    if chain == "ltc":
        return check_b58c(addr, {0x30, 0x32}) if addr[0] in "LM" else check_segwit(addr, "ltc")
    if chain == "doge":
        return check_b58c(addr, {0x1E, 0x16})
    if chain == "trx":
        return check_b58c(addr, {0x41})
    if chain == "eth":
        return check_eth(addr) and addr == addr.lower()
    if chain == "xmr":
        return check_xmr(addr)
    if chain == "sol":
        return len(_b58_int_decode(addr)) == 32
    return False


# the decoders must accept BIP 350's own vector and refuse its invalid ones
assert check_segwit("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", "bc")
assert not check_segwit(
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd", "bc"
)  # v1 with bech32 constant
assert check_segwit("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "bc")
assert check_b58c("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", {0})
assert check_eth("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")


# ---------------------------------------------------------------- digit forms and look-alikes (batch 25, reused)


NKO, OSMANYA, BALINESE, JAVANESE, THAI, DOUBLE = 0x07C0, 0x104A0, 0x1B50, 0xA9D0, 0x0E50, 0x1D7D8
ORIYA, LIMBU, SUNDANESE, CHAM, MALAYALAM = 0x0B66, 0x1946, 0x1BB0, 0xAA50, 0x0D66
SUPER = dict(zip("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹", strict=True))
FULL_STOP = dict(zip("0123456789", ["\U0001f100", *(chr(0x2488 + i) for i in range(9))], strict=True))
_CYR = dict(zip("ABEKMHOPCTXaeopcxy", "АВЕКМНОРСТХаеорсху", strict=True))
ZWSP, WJ = "\u200b", "\u2060"


def cyr(s: str) -> str:
    """Swap every letter of ``s`` that has a Cyrillic look-alike for that look-alike."""
    return remap(s, _CYR)


def mono(s: str) -> str:
    """Mathematical monospace letters and digits, as bio 'font' generators produce."""
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(0x1D670 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x1D68A + ord(c) - 97))
        elif c.isdigit():
            out.append(chr(0x1D7F6 + int(c)))
        else:
            out.append(c)
    return "".join(out)


def combining(s: str, mark: str) -> str:
    """Put the combining ``mark`` after every digit of ``s``."""
    return "".join(c + mark if c.isdigit() else c for c in s)


KANNADA, SINHALA_LITH, TAI_THAM, NEW_TAI_LUE, MEETEI, LEPCHA = 0x0CE6, 0x0DE6, 0x1A80, 0x19D0, 0xABF0, 0x1C40
KAYAH_LI, MYANMAR_SHAN, ROHINGYA, CHAKMA, SANS, SEGMENTED = 0xA900, 0x1090, 0x10D30, 0x11136, 0x1D7E2, 0x1FBF0
_GREEK = dict(zip("AEHIKMNOPTXYZaoiv", "ΑΕΗΙΚΜΝΟΡΤΧΥΖαοιν", strict=True))


def greek(s: str) -> str:
    """Swap letters of ``s`` for Greek look-alikes."""
    return remap(s, _GREEK)


def bold(s: str) -> str:
    """Mathematical bold letters and digits."""
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(0x1D400 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x1D41A + ord(c) - 97))
        elif c.isdigit():
            out.append(chr(BOLD + int(c)))
        else:
            out.append(c)
    return "".join(out)


REGION_CC = {"US": "1", "CA": "1", "GB": "44", "FR": "33", "AU": "61"}


def e164(number: str, region: str) -> str:
    digits = "".join(c for c in number if c.isdigit())
    return "+" + REGION_CC[region] + (digits[1:] if region in ("GB", "FR", "AU") else digits)


MODI, SHARADA, NEWA, SORA, MASARAM = 0x11650, 0x111D0, 0x11450, 0x110F0, 0x11D50
DIVES, TANGSA, BRAHMI = 0x11950, 0x16AC0, 0x11066
ARABIC_INDIC, BENGALI_D, TAMIL_D, TELUGU_D = 0x0660, 0x09E6, 0x0BE6, 0x0C66
KEYCAP = "\ufe0f\u20e3"
UNDERLINE, SMALL_AT, SMALL_STOP = "\u0332", "\ufe6b", "\ufe52"


def keycap(s: str) -> str:
    return "".join(c + KEYCAP if c.isdigit() else c for c in s)


# ---------------------------------------------------------------- records

KINDS = ("phone", "email", "handle", "payment", "crypto", "age")
FICTIONAL_PHONE = ("2079460", "1134960", "1614960", "199", "491570")


class Batch:
    """One batch's records per type, checked and written as ``<type>.jsonl`` beside its ``make.py``."""

    def __init__(self, number: int, out: Path) -> None:
        self.number = number
        self.out = out
        self.rows: dict[str, list[tuple[str, str | None, list[str], str]]] = {k: [] for k in KINDS}

    def add(self, kind: str, text: str, country: str | None, expected: list[str], note: str) -> None:
        self.rows[kind].append((text, country, expected, note))

    def verify(self) -> None:
        """Re-check every expected value independently of how it was written."""
        import phonenumbers

        for _text, _country, expected, note in self.rows["phone"]:
            for v in expected:
                n = phonenumbers.parse(v, None)
                assert phonenumbers.is_valid_number(n), (v, note)
                assert phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164) == v, (v, note)
                nat = str(n.national_number)
                assert nat[3:7].startswith("5550") or nat.startswith(FICTIONAL_PHONE), (v, note)
        for text, _c, expected, note in self.rows["crypto"]:
            for v in expected:
                assert check_crypto(v), (v, note)
            if not expected:  # negatives: nothing in the text may pass the decoders under any chain
                for tok in text.replace("\n", " ").split():
                    for chain in ("btc", "eth", "trx", "ltc", "doge", "xmr", "sol"):
                        if len(tok) >= 26:
                            with contextlib.suppress(ValueError, KeyError, IndexError):
                                assert not check_crypto(f"{chain}:{tok}"), (tok, note)
        for _text, _c, expected, note in self.rows["email"]:
            for v in expected:
                assert v == v.lower() and v.split("@")[1].split(".")[-2] == "example", (v, note)
        for kind in ("handle", "payment"):
            for _text, _c, expected, note in self.rows[kind]:
                for v in expected:
                    assert ":" in v and v == v.lower(), (v, note)
        for _text, _c, expected, note in self.rows["age"]:
            assert all(v.isdigit() and 13 <= int(v) <= 99 for v in expected), note
        for kind, rows in self.rows.items():
            negatives = sum(1 for row in rows if not row[2])
            assert rows and 0.1 <= negatives / len(rows) <= 0.2, (kind, negatives)
            texts = [row[0] for row in rows]
            assert len(set(texts)) == len(texts), (kind, "duplicate text")
            for text, _c, expected, note in rows:
                assert len(set(expected)) == len(expected), note
                assert text.strip(), note

    def write(self) -> dict[str, int]:
        self.verify()
        counts: dict[str, int] = {}
        for kind, rows in self.rows.items():
            lines = []
            for i, (text, country, expected, note) in enumerate(rows, 1):
                rec: dict[str, object] = {"id": f"b{self.number}-{kind}-{i:03d}", "batch": self.number, "text": text}
                if country:
                    rec["country"] = country
                rec["expected"] = expected
                rec["note"] = note
                lines.append(json.dumps(rec, ensure_ascii=False))
            (self.out / f"{kind}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
            counts[kind] = len(rows)
        return counts
