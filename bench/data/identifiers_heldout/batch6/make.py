"""Generate batch 6 of Clew's held-out identifier set (bench/data/identifiers_heldout/batch6/<type>.jsonl).

Why a sixth batch: batch 5 has been scored and studied, so it no longer measures text nobody tuned
for.  Batch 6 was written blind by another author who read only issue 3, the obfuscation table in
the research notes (indicators.md section 5), the data contract in PRODUCT.md, the scorer, the first
lines of batch 5's files (for the record format) and batch 5's docstring (to choose *other* cases).
No extractor code, generated docs, tests or earlier held-out records were read.

What is different from batch 5:
- phones: digits split by emoji or hashtags, one group (or one digit) per line, zero-width joiners
  between digits, digits of further scripts (Khmer, Myanmar, Lao, Gujarati, Tamil, Telugu,
  Gurmukhi, mathematical bold and double-struck, superscript, negative-circled dingbats), Chinese
  "financial" numerals (肆壹伍), Sino-Korean readings with 공 for zero, the Brazilian "meia" for six,
  number words in German, Italian, Dutch, Turkish, Tagalog, Swahili, Ukrainian, Greek, Hindi, Thai,
  Arabic, Persian, Hebrew, Polish; wa.me and tel: links; the number in a URL path; 00/011 and
  "+44 (0)" prefixes; the non-breaking hyphen and the katakana long-vowel mark as separators; a
  Cyrillic capital О for zero; documents with no ``country`` where the city names the market.
- e-mail: the word for "@" in further languages (Klammeraffe, ät, apenstaartje, chiocciola,
  arobase, et, שטרודל, 艾特, アットマーク, แอท, zavináč, snabel-a, kukac, a còng, равлик, 앳, एट,
  آت, ات), curly/angle/defanged ``[.]`` brackets, "dotcom" glued, letter-spaced local parts,
  Cyrillic letters inside the address or inside "at"/"dot", zero-width characters, full-width
  forms, mailto: links, plus-addressing, sub-domains, addresses next to Ethiopic, Georgian and
  Armenian text.
- handles: profile URLs (t.me, instagram.com, instagr.am, onlyfans.com, tiktok.com/@,
  snapchat.com/add, kik.me, facebook.com, fb.com), Chinese slang for WeChat (加V, 薇信) and
  Telegram (飞机, 纸飞机), katakana/hangul/Thai/Arabic/Persian/Devanagari platform names, Russian
  "телега", the Turkish suffix "telegramdan", German "Telegramm", vowel-less "tlgrm", homoglyph
  platform names (Cyrillic in "Telegram", Ukrainian І in "IG"), full-width handles, ✈️ as the cue.
- payment: cash.app/$tag and venmo.com/u/ links, paypal.me with an amount in the path and the
  paypal.com/paypalme/ form, leet and misspelt platform names (c@shapp, cashap, v3nmo, p@ypal),
  Greek capitals in "VENMO", Korean/Russian/Arabic/Hindi transliterations of the platforms.
- crypto: BIP-21 and EIP-681 URIs, explorer links (mempool.space, etherscan, tronscan),
  taproot (bech32m) and P2WSH, all-caps EIP-55-valid ETH, USDT on TRON, a few Litecoin addresses
  (``ltc:ADDR``, by the ``chain:address`` pattern of PRODUCT.md), zero-width and full-width forms.
- age: number words with reversed German order (dreiundzwanzig), diminutives (годика, aninhos,
  añitos), keycaps, small-capital "ᴀɢᴇ", the letter O for zero, ages in about 30 languages.
Negatives (``"expected": []``, about 15 % per type) carry look-alikes: prices, dates, order and
tracking numbers, IBAN, ISBN, coordinates, measurements, times, tx hashes, broken checksums,
IPFS CIDs, ENS names, retina file names (photo@2x.png), stock cashtags.

Canonical values follow PRODUCT.md: phone E.164; e-mail lower-case; handle ``platform:username``
lower-case (``unknown`` when no platform is named); payment ``cashapp:$tag``, ``venmo:user``,
``paypal:user``; crypto ``btc:ADDR``, ``eth:0x...`` lower-case, ``trx:ADDR``, ``ltc:ADDR``; age a
decimal string.

All values are fictional.  Phones: North American 555-0100..0199 with real area codes, Australian
0491 570 1xx, UK Ofcom drama ranges 020 7946 0xxx / 0113, 0161 496 0xxx, French 01 99 00 xx xx.
(The UK 07700 900xxx and French 06 39 98 xx xx ranges are *not* used: ``phonenumbers`` rejects them
as invalid, so no validating extractor could ever return them.)  Every expected phone is checked
valid with ``phonenumbers`` and inside these ranges.  E-mail domains are example.com/.org/.net.
Wallets are derived from fixed seeds (SHA-256 of a label) with valid checksums (base58check,
bech32, bech32m, EIP-55), verified again before writing; broken-checksum negatives are verified to
fail.  Each record's note starts with a language code (``xx:``); the script prints the counts.

    .venv/bin/python bench/data/identifiers_heldout/batch6/make.py
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import base58
import bech32
import phonenumbers
from Crypto.Hash import keccak

OUT = Path(__file__).resolve().parent
BATCH = 6
ZW = "\u200b"  # zero-width space
ZWNJ = "\u200c"
ZWJ = "\u200d"
RLM = "\u200f"

Rec = tuple[str, list[str], str, str | None]


def r(text: str, expected: list[str], note: str, country: str | None = None) -> Rec:
    return (text, expected, note, country)


# --------------------------------------------------------------------------------------------- crypto
def _h(label: str, n: int) -> bytes:
    return hashlib.sha256(f"clew-heldout-b6:{label}".encode()).digest()[:n]


def b58check(version: int, label: str) -> str:
    return base58.b58encode_check(bytes([version]) + _h(label, 20)).decode()


def _bech32m(hrp: str, witver: int, prog: bytes) -> str:
    data = [witver] + (bech32.convertbits(list(prog), 8, 5) or [])
    polymod = bech32.bech32_polymod(bech32.bech32_hrp_expand(hrp) + data + [0] * 6) ^ 0x2BC830A3
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(bech32.CHARSET[d] for d in data + checksum)


def btc_p2pkh(label: str) -> str:
    return b58check(0x00, label)


def btc_p2sh(label: str) -> str:
    return b58check(0x05, label)


def btc_wpkh(label: str) -> str:
    out = bech32.encode("bc", 0, list(_h(label, 20)))
    assert out
    return out


def btc_wsh(label: str) -> str:
    out = bech32.encode("bc", 0, list(_h(label, 32)))
    assert out
    return out


def btc_tr(label: str) -> str:
    return _bech32m("bc", 1, _h(label, 32))


def trx(label: str) -> str:
    return b58check(0x41, label)


def ltc_p2pkh(label: str) -> str:
    return b58check(0x30, label)


def ltc_wpkh(label: str) -> str:
    out = bech32.encode("ltc", 0, list(_h(label, 20)))
    assert out
    return out


def _keccak(data: bytes) -> str:
    k = keccak.new(digest_bits=256)
    k.update(data)
    return k.hexdigest()


def eth(label: str) -> str:
    """EIP-55 mixed-case address from a seed."""
    raw = _keccak(hashlib.sha256(f"clew-heldout-b6:{label}".encode()).digest())[-40:]
    digest = _keccak(raw.encode())
    return "0x" + "".join(c.upper() if c.isalpha() and int(digest[i], 16) >= 8 else c for i, c in enumerate(raw))


def valid_wallet(chain: str, addr: str) -> bool:
    """Independent check of a wallet's checksum (used on expected values and on broken negatives)."""
    try:
        if chain == "eth":
            if not re.fullmatch(r"0x[0-9a-fA-F]{40}", addr):
                return False
            body = addr[2:]
            if body == body.lower() or body == body.upper():
                return True
            digest = _keccak(body.lower().encode())
            return all(
                (c.isupper() if int(digest[i], 16) >= 8 else c.islower()) for i, c in enumerate(body) if c.isalpha()
            )
        if chain in ("btc", "ltc") and addr.lower().startswith(("bc1", "ltc1")):
            hrp = "bc" if chain == "btc" else "ltc"
            got_hrp, data = bech32.bech32_decode(addr)
            if got_hrp == hrp and data is not None:
                return data[0] == 0 and bech32.decode(hrp, addr)[0] == 0
            # bech32m (witness version >= 1)
            pos = addr.rfind("1")
            if addr[:pos] != hrp:
                return False
            values = [bech32.CHARSET.find(c) for c in addr[pos + 1 :]]
            if -1 in values:
                return False
            return values[0] >= 1 and bech32.bech32_polymod(bech32.bech32_hrp_expand(hrp) + values) == 0x2BC830A3
        raw = base58.b58decode_check(addr)
        versions = {"btc": (0x00, 0x05), "trx": (0x41,), "ltc": (0x30, 0x32, 0x05)}[chain]
        return len(raw) == 21 and raw[0] in versions
    except ValueError:
        return False


def break_b58(addr: str) -> str:
    """Change one character so that the base58check checksum fails."""
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    i = len(addr) // 2
    c = alphabet[(alphabet.index(addr[i]) + 7) % len(alphabet)]
    return addr[:i] + c + addr[i + 1 :]


def break_bech32(addr: str) -> str:
    i = len(addr) - 9
    c = bech32.CHARSET[(bech32.CHARSET.index(addr[i]) + 3) % 32]
    return addr[:i] + c + addr[i + 1 :]


def break_eip55(addr: str) -> str:
    body = list(addr[2:])
    for i, c in enumerate(body):
        if c.isalpha():
            body[i] = c.swapcase()
            break
    return "0x" + "".join(body)


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


# fixed wallets
B1, B2, B3, B4, B5, B6, B7, B8 = (btc_p2pkh(f"p2pkh-{i}") for i in range(1, 9))
S1, S2, S3, S4 = (btc_p2sh(f"p2sh-{i}") for i in range(1, 5))
W1, W2, W3, W4, W5, W6, W7, W8 = (btc_wpkh(f"wpkh-{i}") for i in range(1, 9))
WS1, WS2 = (btc_wsh(f"wsh-{i}") for i in range(1, 3))
TR1, TR2, TR3 = (btc_tr(f"tr-{i}") for i in range(1, 4))
E = [eth(f"eth-{i}") for i in range(1, 21)]
T = [trx(f"trx-{i}") for i in range(1, 15)]
L1, L2 = (ltc_p2pkh(f"ltc-{i}") for i in range(1, 3))
LW1, LW2 = (ltc_wpkh(f"ltcw-{i}") for i in range(1, 3))


def bt(a: str) -> str:
    return "btc:" + a.lower() if a.lower().startswith("bc1") else "btc:" + a


def et(a: str) -> str:
    return "eth:" + a.lower()


def tr(a: str) -> str:
    return "trx:" + a


def lt(a: str) -> str:
    return "ltc:" + a.lower() if a.lower().startswith("ltc1") else "ltc:" + a


TXHASH = "0x" + hashlib.sha256(b"clew-heldout-b6:tx-1").hexdigest()
TXID = hashlib.sha256(b"clew-heldout-b6:txid-1").hexdigest()
IPFS = base58.b58encode(b"\x12\x20" + hashlib.sha256(b"clew-heldout-b6:ipfs").digest()).decode()
PGP = hashlib.sha1(b"clew-heldout-b6:pgp").hexdigest().upper()
UUID = hashlib.md5(b"clew-heldout-b6:uuid").hexdigest()
UUID = f"{UUID[:8]}-{UUID[8:12]}-{UUID[12:16]}-{UUID[16:20]}-{UUID[20:]}"
BAD_B = break_b58(btc_p2pkh("bad-1"))
BAD_T = break_b58(trx("bad-2"))
BAD_W = break_bech32(btc_wpkh("bad-3"))
BAD_E = break_eip55(eth("bad-4"))
TRUNC_E = eth("trunc-1")
TRUNC_W = btc_wpkh("trunc-2")

CRYPTO: list[Rec] = [
    r(f"Deposit first 👉 bitcoin:{B1}?amount=0.0025&label=deposit", [bt(B1)], "en: BIP-21 URI with query"),
    r(f"pay here: ethereum:{E[0]}@1?value=2.5e16", [et(E[0])], "en: EIP-681 URI with chain id and value"),
    r(f"check it: https://mempool.space/address/{W1}", [bt(W1)], "en: explorer link, bech32"),
    r(f"verify on https://etherscan.io/address/{E[1]} before sending", [et(E[1])], "en: etherscan link"),
    r(f"USDT only → https://tronscan.org/#/address/{T[0]}", [tr(T[0])], "en: tronscan link with #/"),
    r(f"USDT（TRC20）收款地址：{T[1]}，转账后截图发我", [tr(T[1])], "zh: full-width colon and comma around"),
    r(f"收款地址 (ERC20)：{E[2]}", [et(E[2])], "zh: ERC20 address"),
    r(f"比特币钱包：{B2}（只收BTC）", [bt(B2)], "zh: full-width brackets after"),
    r(f"BTC-кошелёк для предоплаты: {W2}", [bt(W2)], "ru: кошелёк"),
    r(f"Гаманець USDT TRC-20 — {T[2]}. Дякую!", [tr(T[2])], "uk: em dash before, full stop after"),
    r(f"Ví USDT (mạng TRON): {T[3]} — chuyển xong nhắn em", [tr(T[3])], "vi: ví"),
    r(f"กระเป๋า BTC: {B3} โอนแล้วแจ้งนะคะ", [bt(B3)], "th: Thai text both sides"),
    r(f"محفظة بيتكوين: {S1} ثم أرسل لي الإيصال", [bt(S1)], "ar: P2SH inside RTL text"),
    r(f"کیف پول تتر (ترون): {T[4]}", [tr(T[4])], "fa: USDT on TRON"),
    r(f"Cüzdan adresi (ETH): {E[3]} — ön ödeme şart", [et(E[3])], "tr: cüzdan"),
    r(f"dompet BTC (taproot): {TR1}", [bt(TR1)], "id: bech32m taproot"),
    r(f"Carteira BTC pra sinal: {B4}", [bt(B4)], "pt: carteira"),
    r(f"billetera USDT-TRC20: {T[5]} (mandar captura)", [tr(T[5])], "es: billetera"),
    r(f"Portefeuille ETH : « {E[4]} »", [et(E[4])], "fr: guillemets with spaces"),
    r(f"Wallet-Adresse (BTC): {S2}. Danach Screenshot schicken.", [bt(S2)], "de: address then full stop"),
    r(f"वॉलेट (USDT TRC20): {T[6]} पर भेजें", [tr(T[6])], "hi: Devanagari around"),
    r(f"지갑 주소 ETH {E[5]} 입금 후 연락주세요", [et(E[5])], "ko: Hangul around"),
    r(f"ウォレット（BTC）：{W3}　よろしくお願いします", [bt(W3)], "ja: ideographic space after"),
    r(f"Portfel BTC: {WS1}", [bt(WS1)], "pl: P2WSH (62 chars)"),
    r(f"portofel ETH: {E[6].lower()}", [et(E[6])], "ro: ETH all lower-case (no checksum, valid)"),
    r(f"pitaka ng USDT (TRC20): {T[7]} salamat po", [tr(T[7])], "tl: pitaka"),
    r(f"ETH: 0x{E[7][2:].upper()}", [et(E[7])], "en: ETH all upper-case hex (valid by EIP-55)"),
    r(f"btc: {W4[:14]}{ZW}{W4[14:]}", [bt(W4)], "en: zero-width space inside the address"),
    r(f"ETH　{fullwidth(E[8])}", [et(E[8])], "en: full-width address (NFKC folds it)"),
    r(f"Send the deposit to\n{B5}\nthen text me the amount.", [bt(B5)], "en: address alone on its own line"),
    r(
        f"BTC: {W5} | ETH: {E[9]} | USDT-TRC20: {T[8]}",
        [bt(W5), et(E[9]), tr(T[8])],
        "en: three chains in one line with pipes",
    ),
    r(f"ארנק ביטקוין: {W6}", [bt(W6)], "he: Hebrew label"),
    r(f"Πορτοφόλι ETH: {E[10]} — ευχαριστώ", [et(E[10])], "el: Greek label"),
    r(f"Pochi ya BTC: {B6} lipa kabla", [bt(B6)], "sw: pochi"),
    r(f"BTC-adres: {W7} (alleen bitcoin)", [bt(W7)], "nl: adres"),
    r(f"LTC: {L1} — cheaper fees than BTC", [lt(L1)], "en: litecoin legacy"),
    r(f"Litecoin (ltc1): {LW1}", [lt(LW1)], "en: litecoin bech32"),
    r(f"кошелёк Litecoin: {L2}", [lt(L2)], "ru: litecoin legacy"),
    r(f"billetera LTC → {LW2}", [lt(LW2)], "es: litecoin bech32 with arrow"),
    r(f"🔑{W8}🔑", [bt(W8)], "en: emoji glued on both sides"),
    r(f"send USDT (TRON) to {T[9]} then DM me the tx", [tr(T[9])], "en: TRON in prose"),
    r(f"[donate here](bitcoin:{S3})", [bt(S3)], "en: markdown link to a bitcoin: URI"),
    r(f"ETH 👉 {E[11]} 👈", [et(E[11])], "en: pointing emoji around"),
    r(f"₮ {T[10]}", [tr(T[10])], "en: tether sign as the only cue"),
    r(f"イーサリアム：{E[12]}", [et(E[12])], "ja: katakana Ethereum"),
    r(f"트론 주소: {T[11]}", [tr(T[11])], "ko: TRON address"),
    r(f"বিটকয়েন ওয়ালেট: {TR2}", [bt(TR2)], "bn: taproot with Bengali label"),
    r(f"BTC முகவரி: {S4}", [bt(S4)], "ta: Tamil label"),
    r(f"Adresa portofel USDT: {T[12]}.", [tr(T[12])], "ro: full stop after"),
    r(f"ETH/USDT(ERC20)/USDC: {E[13]}", [et(E[13])], "en: several tokens one address"),
    r(f"💰 BTC {B7}\n💰 ETH {E[14]}", [bt(B7), et(E[14])], "en: two lines with money bags"),
    r(f"Adresse BTC pour l'acompte : {WS2}", [bt(WS2)], "fr: P2WSH"),
    r(f"Bitcoin-Adresse: {TR3} (Taproot)", [bt(TR3)], "de: taproot"),
    r(f"(ETH) {E[15]}, (TRX) {T[13]}", [et(E[15]), tr(T[13])], "en: tickers in brackets before"),
    r(f"wallet:{E[16]}", [et(E[16])], "en: no space after colon"),
    r(f"oplata tylko krypto: {B8}", [bt(B8)], "pl: plain"),
    r(f"ETH (mainnet) — {E[17]} — no BSC please", [et(E[17])], "en: em dashes"),
    r(f"BTC地址:{W1}", [bt(W1)], "zh: glued to Chinese label, same wallet as another record"),
    r(f"Alamat ETH: {E[18]} ya kak", [et(E[18])], "id: alamat"),
    r(f"Send ETH to {E[19]}.", [et(E[19])], "en: sentence full stop after"),
    # negatives
    r(f"paid ✅ tx: {TXHASH}", [], "en: ETH transaction hash (64 hex), not an address"),
    r(f"txid {TXID} confirmed (3/6)", [], "en: BTC txid, 64 hex"),
    r(f"BTC: {BAD_B}", [], "en: base58 address with one character changed (bad checksum)"),
    r(f"USDT TRC20: {BAD_T}", [], "en: TRON-looking string with a broken checksum"),
    r(f"bc: {BAD_W}", [], "en: bech32 with one character changed (bad checksum)"),
    r(f"ETH: {BAD_E}", [], "en: mixed-case ETH with one letter's case flipped (EIP-55 fails)"),
    r(f"sent to {TRUNC_E[:6]}…{TRUNC_E[-4:]} and {TRUNC_W[:8]}…{TRUNC_W[-5:]} (short form)", [], "en: truncated"),
    r("send ETH to rosa-lane.eth (ENS)", [], "en: ENS name, not an address"),
    r(f"pics on IPFS: ipfs://{IPFS}", [], "en: IPFS CIDv0 (base58, no checksum)"),
    r(f"PGP fingerprint {PGP} · order {UUID} · color #1a2b3c", [], "en: hex look-alikes"),
    r("价格：1小时 0.002 BTC 或 150 USDT，订单号 TX20261129004512", [], "zh: prices in crypto, order id"),
]

# --------------------------------------------------------------------------------------------- phone
PHONE: list[Rec] = [
    r("Text me 3💋1💋2 5💋5💋5 0💋1💋4💋2 no blocked calls", ["+13125550142"], "en: every digit split by emoji", "US"),
    r("New in Chicago 🌆\ncall\n312\n555\n0187\nask for Mia", ["+13125550187"], "en: one group per line", "US"),
    r("my number (read down)\n2\n1\n3\n5\n5\n5\n0\n1\n9\n0\nLA only", ["+12135550190"], "en: one digit per line", "US"),
    r(f"Vegas 🎰 702{ZW}555{ZW}0123", ["+17025550123"], "en: zero-width spaces between groups", "US"),
    r(
        f"call 7{ZWNJ}0{ZWJ}2 5{ZWNJ}5{ZWJ}5 0{ZWNJ}1{ZWJ}6{ZWNJ}1",
        ["+17025550161"],
        "en: ZWNJ/ZWJ between digits",
        "US",
    ),
    r(
        "Neu in London! Ruf an: null zwei null, sieben neun vier sechs, null eins zwei drei",
        ["+442079460123"],
        "de: German digit words",
        "GB",
    ),
    r(
        "Italiana a Londra 🇮🇹 chiamami: zero due zero sette nove quattro sei zero tre quattro cinque",
        ["+442079460345"],
        "it: Italian digit words",
        "GB",
    ),
    r("Nieuw in Londen, bel me: nul twee nul, 7946 0 vijf zes zeven", ["+442079460567"], "nl: Dutch words mixed", "GB"),
    r("Arayın: üç bir iki beş beş beş sıfır bir yedi yedi (Chicago)", ["+13125550177"], "tr: Turkish words", "US"),
    r("Tawag lang: walo sero walo – lima lima lima – sero isa lima lima, Honolulu", ["+18085550155"], "tl", "US"),
    r(
        "Nipigie: saba moja tatu, tano tano tano, sifuri moja tano tano — Houston",
        ["+17135550155"],
        "sw: Swahili",
        "US",
    ),
    r("Дзвоніть: чотири один шість п'ять п'ять п'ять нуль один один один, Торонто", ["+14165550111"], "uk", "CA"),
    r("Κάλεσε: τέσσερα ένα έξι πέντε πέντε πέντε μηδέν ένα έξι τρία (Τορόντο)", ["+14165550163"], "el", "CA"),
    r("कॉल करें: सात एक आठ पाँच पाँच पाँच शून्य एक तीन तीन, न्यूयॉर्क", ["+17185550133"], "hi: Hindi words", "US"),
    r("ហៅមក ៥៦២-៥៥៥-០១០៩ Long Beach", ["+15625550109"], "km: Khmer digits", "US"),
    r("ဖုန်း ၉၁၇ ၅၅၅ ၀၁၂၃ New York", ["+19175550123"], "my: Myanmar digits", "US"),
    r("ໂທ ໖໑໒ ໕໕໕ ໐໑໔໔ Minneapolis", ["+16125550144"], "lo: Lao digits", "US"),
    r("ફોન: ૭૩૨ ૫૫૫ ૦૧૭૦ New Jersey", ["+17325550170"], "gu: Gujarati digits", "US"),
    r("அழைக்க: ௪௧௬ ௫௫௫ ௦௧௮௮ Toronto", ["+14165550188"], "ta: Tamil digits", "CA"),
    r("కాల్: ౨౧౪ ౫౫౫ ౦౧౧౯ Dallas", ["+12145550119"], "te: Telugu digits", "US"),
    r("ਫ਼ੋਨ ੬੦੪ ੫੫੫ ੦੧੪੭ Surrey BC", ["+16045550147"], "pa: Gurmukhi digits", "CA"),
    r("𝟕𝟎𝟐 𝟓𝟓𝟓 𝟎𝟏𝟔𝟔 Vegas baby", ["+17025550166"], "en: mathematical bold digits", "US"),
    r("𝟛𝟘𝟝-𝟝𝟝𝟝-𝟘𝟙𝟟𝟠 Miami 🌴", ["+13055550178"], "en: mathematical double-struck digits", "US"),
    r("☎ ⁴⁰⁴ ⁵⁵⁵ ⁰¹⁰⁴ Atlanta", ["+14045550104"], "en: superscript digits", "US"),
    r("➍➊➎ ➎➎➎ ⓿➊➌➌ SF", ["+14155550133"], "en: negative circled dingbat digits", "US"),
    r("Call 917-555-О1О2 (Manhattan)", ["+19175550102"], "en: Cyrillic capital О for zero", "US"),
    r("WhatsApp me: https://wa.me/13055550161", ["+13055550161"], "en: wa.me link", "US"),
    r('<a href="tel:+12065550113">tap to call</a> Seattle', ["+12065550113"], "en: tel: link in HTML", "US"),
    r("from abroad dial 00 1 617 555 0128", ["+16175550128"], "en: 00 international prefix", "US"),
    r(
        "from Europe dial 001-617-555-0129, in the US just 617-555-0129",
        ["+16175550129"],
        "en: 001 prefix, same number twice",
        "US",
    ),
    r("Kensington 💕 +44 (0)20 7946 0991", ["+442079460991"], "en: +44 (0) form", "GB"),
    r("Leeds city centre, ring 0113 496 0555", ["+441134960555"], "en: UK drama range Leeds", "GB"),
    r("Manchester — 0044 161 496 0777", ["+441614960777"], "en: 0044 prefix", "GB"),
    r("Appelle-moi 01 💕 99 💕 00 💕 56 💕 78", ["+33199005678"], "fr: pairs split by emoji", "FR"),
    r("Paris 8e, tél. +33 (0)1 99 00 12 21", ["+33199001221"], "fr: +33 (0)", "FR"),
    r("Sydney 🦘 0491🍑570🍑158", ["+61491570158"], "en: AU mobile with emoji separators", "AU"),
    r("Melbourne\n+61 491\n570 110", ["+61491570110"], "en: AU number across line breaks", "AU"),
    r("Mia 312-555-0101 / Lexi 312-555-0102 — duo available", ["+13125550101", "+13125550102"], "en: two", "US"),
    r("☎ 786-555-0131 ☎ 786-555-0131 ☎ 786-555-0131", ["+17865550131"], "en: same number three times", "US"),
    r("text 713_555_0199 only", ["+17135550199"], "en: underscores", "US"),
    r("Nouvelle à Montréal 514/555/0166", ["+15145550166"], "fr: slashes, Canadian French", "CA"),
    r("6 0 4 . 5 5 5 . 0 1 7 7 Vancouver", ["+16045550177"], "en: spaced digits with dots", "CA"),
    r("call #702 #555 #0148 🔥", ["+17025550148"], "en: groups as hashtags", "US"),
    r("Звони: 718-555-01-47 (Брайтон)", ["+17185550147"], "ru: 2-2 grouping of the last four", "US"),
    r("电话：肆壹伍 伍伍伍 零壹捌贰 旧金山", ["+14155550182"], "zh: Chinese financial numerals", "US"),
    r("電話：２１３ー５５５ー０１３７（LA）", ["+12135550137"], "ja: full-width digits, katakana ー as dash", "US"),
    r("연락처 삼일이 오오오 공일사육 시카고", ["+13125550146"], "ko: Sino-Korean, 공 for zero", "US"),
    r("โทร สอง หนึ่ง สาม ห้า ห้า ห้า ศูนย์ หนึ่ง เจ็ด หก (LA)", ["+12135550176"], "th: Thai words", "US"),
    r("اتصل: ثلاثة واحد ثلاثة خمسة خمسة خمسة صفر واحد اثنان صفر ديربورن", ["+13135550120"], "ar: words", "US"),
    r("تماس: سه یک صفر پنج پنج پنج صفر یک دو سه لس‌آنجلس", ["+13105550123"], "fa: Persian words", "US"),
    r("להזמנות: שבע אחת שמונה, חמש חמש חמש, אפס אחת שש אפס", ["+17185550160"], "he: Hebrew words", "US"),
    r("Zadzwoń: siedem jeden osiem pięć pięć pięć zero jeden dziewięć jeden", ["+17185550191"], "pl", "US"),
    r("Suna-ma\n4 1 6\ncinci cinci cinci\nzero unu doi doi\nToronto", ["+14165550122"], "ro: words per line", "CA"),
    r("Me liga: (617) 555-01 meia nove, Boston", ["+16175550169"], "pt: Brazilian 'meia' for six", "US"),
    r("Gọi: 7 1 3 - năm năm năm - không một bốn tám, Houston", ["+17135550148"], "vi: words", "US"),
    r("Telp/WA: 206 lima lima lima 0 satu 3 tujuh Seattle", ["+12065550137"], "id: mixed", "US"),
    r("Llámame 💃 (213) 555\u20110115", ["+12135550115"], "es: non-breaking hyphen U+2011", "US"),
    r("CALL NOW 4O4.555.O1O8", ["+14045550108"], "en: capital O for zero in caps title", "US"),
    r("Houston 832—555—0159", ["+18325550159"], "en: em dashes", "US"),
    r("+1.917.555.0111 Brooklyn", ["+19175550111"], "en: +1 with dots", "US"),
    r("Toronto girl 416 555 0193 💋", ["+14165550193"], "en: no country field, city names Canada"),
    r("Mayfair, London — 020 7946 0456", ["+442079460456"], "en: no country field, London"),
    r("Sydney CBD 0491 570 159", ["+61491570159"], "en: no country field, Sydney"),
    r("Paris 16e — 01 99 00 43 21", ["+33199004321"], "fr: no country field, Paris"),
    r("menu: www.example.com/call/312-555-0175", ["+13125550175"], "en: number in URL path", "US"),
    r("Deutsch/English: +1 (647) 555-0133, Toronto", ["+16475550133"], "de: +1 (647)", "CA"),
    # negatives
    r("Rates: 150/hr, 250/2hr, 600 overnight. Open 10:00-23:00, 24/7 outcall", [], "en: prices and times", "US"),
    r("Available 2026-12-05 to 2026-12-19, zip 60601, Chicago", [], "en: ISO dates and zip", "US"),
    r("Order No. 114-3941689-8772120 shipped; UPS 1Z 999 AA1 01 2345 6784", [], "en: order and tracking ids", "US"),
    r("Stats: 34D-24-36, 5'7\", 125 lbs, size 6", [], "en: body measurements", "US"),
    r("Book club: ISBN 978-0-306-40615-7, room 212, 7pm", [], "en: ISBN", "US"),
    r("Meet point 40.7128, -74.0060 (NYC), 3rd floor", [], "en: coordinates", "US"),
    r("Überweisung an IBAN DE89 3704 0044 0532 0130 00, Betrag 250 EUR", [], "de: IBAN", "DE"),
    r("Ad ID: 88213456 • posted 11/28/2026 21:45 • views 1,204", [], "en: ad id, date, views", "US"),
    r("价格：1小时 1500元，2小时 2800元，营业时间 10:00–02:00", [], "zh: prices and hours"),
    r("Flight UA 1542, seat 23C, gate B12, departs 06:45", [], "en: flight details", "US"),
    r("Precio: 100 dólares media hora, 180 la hora. Medidas 90-60-90. Edad 24.", [], "es: price, measures", "US"),
    r("Цена 5000 руб/час, рост 170, вес 55, грудь 3", [], "ru: price, height, weight", "RU"),
]

# --------------------------------------------------------------------------------------------- email
EMAIL: list[Rec] = [
    r("Schreib mir: lena.k Klammeraffe example Punkt com", ["lena.k@example.com"], "de: Klammeraffe / Punkt"),
    r("Kontakt: nina_b (ät) example (Punkt) net", ["nina_b@example.net"], "de: (ät)"),
    r("mail: sanne.vip apenstaartje example punt org", ["sanne.vip@example.org"], "nl: apenstaartje / punt"),
    r("scrivimi: giulia.rossi chiocciola example punto com", ["giulia.rossi@example.com"], "it: chiocciola"),
    r("contact : chloe.lune arobase example point net", ["chloe.lune@example.net"], "fr: arobase / point"),
    r("manda e-mail pra bia.mel arroba example ponto com", ["bia.mel@example.com"], "pt: arroba / ponto"),
    r("e-posta: elif.yaz et example nokta org", ["elif.yaz@example.org"], "tr: et / nokta"),
    r("מייל: noa.levi שטרודל example נקודה com", ["noa.levi@example.com"], "he: שטרודל / נקודה"),
    r("邮箱：lili88 艾特 example 点 com", ["lili88@example.com"], "zh: 艾特 / 点"),
    r("メール：yuki.s アットマーク example ドット net", ["yuki.s@example.net"], "ja: アットマーク / ドット"),
    r("อีเมล: ploy.th แอท example ดอท com", ["ploy.th@example.com"], "th: แอท / ดอท"),
    r("e-mail: tereza.n zavináč example tečka org", ["tereza.n@example.org"], "cs: zavináč / tečka"),
    r("mejla mig: elsa.b snabel-a example punkt com", ["elsa.b@example.com"], "sv: snabel-a"),
    r("e-mail: reka.v kukac example pont net", ["reka.v@example.net"], "hu: kukac / pont"),
    r("email: thu.ha a còng example chấm com", ["thu.ha@example.com"], "vi: a còng / chấm"),
    r("email aku: putri.ayu et example titik com", ["putri.ayu@example.com"], "id: et / titik"),
    r("email: ioana.m a-rond example punct com", ["ioana.m@example.com"], "ro: a-rond / punct"),
    r("почта: katya.s@example точка com", ["katya.s@example.com"], "ru: only the dot spelled (точка)"),
    r("пошта: oksana_k равлик example крапка net", ["oksana_k@example.net"], "uk: равлик / крапка"),
    r("email: eleni.p@example τελεία org", ["eleni.p@example.org"], "el: τελεία"),
    r("الإيميل: layla.m آت example دوت com", ["layla.m@example.com"], "ar: آت / دوت transliterated"),
    r("ایمیل: sara.r ات example دات net", ["sara.r@example.net"], "fa: ات / دات"),
    r("이메일: jiwoo.k 앳 example 닷 com", ["jiwoo.k@example.com"], "ko: 앳 / 닷"),
    r("ईमेल: priya.s एट example डॉट com", ["priya.s@example.com"], "hi: एट / डॉट"),
    r("ｍａｉｌ：ｒｏｓａ．ｌａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ", ["rosa.lane@example.com"], "en: full-width address"),
    r("Email: mаrta.v@exаmple.com", ["marta.v@example.com"], "en: Cyrillic а inside local part and domain"),
    r(f"write: jade.{ZW}moon@{ZW}example.org", ["jade.moon@example.org"], "en: zero-width spaces inside"),
    r("k i m . l e e @ example . net", ["kim.lee@example.net"], "en: letter-spaced local part"),
    r("EMAIL: AMBER.ROSE@EXAMPLE.COM", ["amber.rose@example.com"], "en: upper-case"),
    r('<a href="mailto:bookings@example.net?subject=date">email</a>', ["bookings@example.net"], "en: mailto"),
    r("nora+ads@example.com for bookings", ["nora+ads@example.com"], "en: plus addressing"),
    r("vip desk: vip.desk@mail.example.org", ["vip.desk@mail.example.org"], "en: sub-domain"),
    r("ivy.rose(@)example(.)com", ["ivy.rose@example.com"], "en: symbols in round brackets"),
    r("dana.k{at}example{dot}net", ["dana.k@example.net"], "en: curly braces"),
    r("lucy_m <at> example <dot> org", ["lucy_m@example.org"], "en: angle brackets"),
    r("ROXY AT EXAMPLE DOT COM", ["roxy@example.com"], "en: AT / DOT in capitals, no brackets"),
    r("mira -at- example -dot- net", ["mira@example.net"], "en: -at- / -dot-"),
    r("tina.v at example dotcom", ["tina.v@example.com"], "en: 'dotcom' glued"),
    r("sky.blue@example•com", ["sky.blue@example.com"], "en: bullet for dot"),
    r("write to luna.vip (at sign) example.org", ["luna.vip@example.org"], "en: '(at sign)'"),
    r("vale.rm arroba example puntocom", ["vale.rm@example.com"], "es: 'puntocom' glued"),
    r("ania.w@example kropka com", ["ania.w@example.com"], "pl: kropka"),
    r("email me:\nrosie.b\n@example.org", ["rosie.b@example.org"], "en: local part and domain on two lines"),
    r("bookings: desk@example.com, backup: desk2@example.net", ["desk@example.com", "desk2@example.net"], "en: two"),
    r("i-email mo ako: mae.cruz at example dot com", ["mae.cruz@example.com"], "tl: at / dot"),
    r("barua pepe: amina.j@example.org", ["amina.j@example.org"], "sw: plain"),
    r("ইমেইল: rima.k@example.com", ["rima.k@example.com"], "bn: plain next to Bengali"),
    r("…or write to hello@example.com.", ["hello@example.com"], "en: trailing full stop"),
    r("maya1999@example.net 💌", ["maya1999@example.net"], "en: digits in local part"),
    r("lily-rose@example.com", ["lily-rose@example.com"], "en: hyphen in local part"),
    r("sofi_a аt example dоt com", ["sofi_a@example.com"], "en: Cyrillic а/о inside 'at' and 'dot'"),
    r("aoi.t atmark example.com", ["aoi.t@example.com"], "ja: romaji 'atmark'"),
    r(f"{RLM}מייל: dana.g@example.org{RLM}", ["dana.g@example.org"], "he: right-to-left marks around"),
    r("e-mail: zoe (at) example [.] com", ["zoe@example.com"], "en: defanged [.]"),
    r("mila[@]example[.]net", ["mila@example.net"], "en: defanged [@] and [.]"),
    r("மின்னஞ்சல்: kavya.r@example.com", ["kavya.r@example.com"], "ta: Tamil label"),
    r("ኢሜይል: selam.t@example.org", ["selam.t@example.org"], "am: Ethiopic label"),
    r("ელფოსტა: nino.k@example.net", ["nino.k@example.net"], "ka: Georgian label"),
    r("Էլ. փոստ՝ ani.h@example.com", ["ani.h@example.com"], "hy: Armenian label"),
    r("E-Mail an: JANA.W (at) EXAMPLE.NET", ["jana.w@example.net"], "de: upper-case with (at)"),
    r("mail → clara.b＠example.org", ["clara.b@example.org"], "es: full-width at sign only"),
    # negatives
    r("photo@2x.png and banner@3x.jpg attached", [], "en: retina file names"),
    r("2 girls @ $300, meet @ 9pm", [], "en: @ as 'at' for price and time"),
    r("IG @rosa.lane.vip, snap @rosa_lane", [], "en: handles, not e-mails"),
    r("website: www.example.com/contact (no email, text only)", [], "en: URL only"),
    r("Contact via the form on example.org", [], "en: domain without local part"),
    r("deal: 3 hrs @ 450, 24/7 @ downtown", [], "en: @ in prices"),
    r("Treffen um 20 Uhr at Hauptbahnhof, Preis 200 € pro Stunde", [], "de: English 'at' in German"),
    r("version: app@1.4.2, build 2026.11", [], "en: package@version"),
    r("价格 @ 800元/小时，地点 @ 市中心", [], "zh: @ as 'at' for price and place"),
    r("follow @example_com for updates", [], "en: handle that looks like a domain"),
    r("Cena: 300 zł @ godzina, kropka.", [], "pl: @ and 'kropka' without an address"),
]

# --------------------------------------------------------------------------------------------- handle
HANDLE: list[Rec] = [
    r("DM on t.me/rosa_lane77 for the menu", ["telegram:rosa_lane77"], "en: t.me link"),
    r("https://instagram.com/mia.bella.vip/", ["instagram:mia.bella.vip"], "en: instagram URL trailing slash"),
    r("subscribe 💦 onlyfans.com/jadexoxo", ["onlyfans:jadexoxo"], "en: onlyfans URL"),
    r("my dances: tiktok.com/@luna.dance", ["tiktok:luna.dance"], "en: tiktok URL with @"),
    r("add me snapchat.com/add/kira_sn", ["snapchat:kira_sn"], "en: snapchat add URL"),
    r("kik.me/bella_kik", ["kik:bella_kik"], "en: kik.me link"),
    r("facebook.com/ana.lopez.5055", ["facebook:ana.lopez.5055"], "en: facebook URL"),
    r("加V：rosa_lane88 备注来意", ["wechat:rosa_lane88"], "zh: 加V slang for WeChat"),
    r("薇信 luna520xx 24小时在线", ["wechat:luna520xx"], "zh: 薇信 homophone"),
    r("飞机：@mimi_vip88", ["telegram:mimi_vip88"], "zh: 飞机 (plane) for Telegram"),
    r("纸飞机 ✈️ tangtang_88", ["telegram:tangtang_88"], "zh: 纸飞机"),
    r("ラインID：yuki_0505", ["line:yuki_0505"], "ja: katakana LINE"),
    r("インスタ → hana.tokyo_", ["instagram:hana.tokyo_"], "ja: インスタ"),
    r("텔레 @minji_k99 로 연락", ["telegram:minji_k99"], "ko: 텔레"),
    r("인스타 : soyeon.vip", ["instagram:soyeon.vip"], "ko: 인스타"),
    r("пиши в телегу: @katya_msk", ["telegram:katya_msk"], "ru: телега slang, inflected"),
    r("инста — lera.spb", ["instagram:lera.spb"], "ru: инста"),
    r("тікток: @sonya.dance", ["tiktok:sonya.dance"], "uk: тікток"),
    r("تيليجرام: @noor_vip", ["telegram:noor_vip"], "ar: تيليجرام"),
    r("انستقرام layla.style", ["instagram:layla.style"], "ar: انستقرام"),
    r("تلگرام: @shirin_tht", ["telegram:shirin_tht"], "fa: تلگرام"),
    r("इंस्टा: @priya.glam", ["instagram:priya.glam"], "hi: इंस्टा"),
    r("ไอจี: ploy.bkk", ["instagram:ploy.bkk"], "th: ไอจี (IG)"),
    r("เทเลแกรม @nong_mai", ["telegram:nong_mai"], "th: เทเลแกรม"),
    r("tele: @thuy_tien99 nha anh", ["telegram:thuy_tien99"], "vi: tele"),
    r("IG aku: @putri.manis", ["instagram:putri.manis"], "id: IG aku"),
    r("FB: marites.cruz.7", ["facebook:marites.cruz.7"], "tl: FB"),
    r("insta ➜ vale.rm", ["instagram:vale.rm"], "es: insta with arrow"),
    r("meu tiktok: @bia.danca", ["tiktok:bia.danca"], "pt: tiktok"),
    r("Telegramm: @lena_berlin", ["telegram:lena_berlin"], "de: German spelling Telegramm"),
    r("mon snap c'est chloe.lune", ["snapchat:chloe.lune"], "fr: snap c'est"),
    r("seguimi su ig: giulia_rm", ["instagram:giulia_rm"], "it: ig lower-case"),
    r("telegramdan yaz: @elif_ist", ["telegram:elif_ist"], "tr: suffix -dan glued to the platform"),
    r("insta: ania.wawa", ["instagram:ania.wawa"], "pl: insta"),
    r("scrie-mi pe telegram: ioana_buc", ["telegram:ioana_buc"], "ro: telegram"),
    r("snap me: sanne_ams", ["snapchat:sanne_ams"], "nl: snap"),
    r("Теlеgrаm: rosa_lane99", ["telegram:rosa_lane99"], "en: Cyrillic Т/е/а in the platform name"),
    r("ІG: mia.nyc", ["instagram:mia.nyc"], "en: Ukrainian І in IG"),
    r("ＩＧ：ｒｏｓａ＿ｌａｎｅ", ["instagram:rosa_lane"], "en: full-width handle"),
    r(f"t.me/jade{ZW}_moon", ["telegram:jade_moon"], "en: zero-width space inside the username"),
    r("✈️ @vika_tg", ["telegram:vika_tg"], "en: paper-plane emoji as the only cue"),
    r("📷 IG @nina.pics", ["instagram:nina.pics"], "en: camera emoji and IG"),
    r("DM me @jade_xo 😘", ["unknown:jade_xo"], "en: no platform named"),
    r("find me: @sasha.vip", ["unknown:sasha.vip"], "en: no platform named"),
    r(
        "snap: kira_sn | tele: @kira_tg | OF: onlyfans.com/kira",
        ["snapchat:kira_sn", "telegram:kira_tg", "onlyfans:kira"],
        "en: three platforms",
    ),
    r("OF: @bella_of 🔥", ["onlyfans:bella_of"], "en: OF abbreviation"),
    r("skype: rosa.lane77", ["skype:rosa.lane77"], "en: skype"),
    r("Signal: mia.42", ["signal:mia.42"], "en: signal username"),
    r("discord — luna_dc", ["discord:luna_dc"], "en: discord"),
    r("line: meow_bkk", ["line:meow_bkk"], "th-en: line"),
    r("WeChat ID: chenxi_1999", ["wechat:chenxi_1999"], "en: WeChat ID"),
    r("IG: Rosa_Lane", ["instagram:rosa_lane"], "en: mixed-case username"),
    r("kik - sweetkira", ["kik:sweetkira"], "en: kik with dash"),
    r("s n a p : kiki_la", ["snapchat:kiki_la"], "en: letter-spaced platform name"),
    r("i.g: mara.vip", ["instagram:mara.vip"], "en: dotted i.g"),
    r("tlgrm: @nastya_kyiv", ["telegram:nastya_kyiv"], "en: vowel-less tlgrm"),
    r("Telegram\n@dasha_spb", ["telegram:dasha_spb"], "en: username on the next line"),
    r("instagr.am/tina.vip", ["instagram:tina.vip"], "en: instagr.am short link"),
    r("fb.com/jenny.lou.77", ["facebook:jenny.lou.77"], "en: fb.com link"),
    r("тикток: @alina_tt", ["tiktok:alina_tt"], "ru: тикток"),
    r("تيك توك: @rana.dxb", ["tiktok:rana.dxb"], "ar: تيك توك"),
    # negatives
    r("no social media, calls only. IG/snap/tg – no", [], "en: platforms named, no usernames"),
    r("#newgirl #vip #available", [], "en: hashtags"),
    r("Meet @ 9pm, $200 @ hotel", [], "en: @ as 'at'"),
    r("email rosa.lane@example.com", [], "en: e-mail, not a handle"),
    r("Line 3, Tower B, 14th floor", [], "en: 'Line' as a word with a number"),
    r("Signal at the corner then turn left", [], "en: 'Signal' as a word"),
    r("Instagram-worthy views from the 30th floor", [], "en: platform as an adjective"),
    r("微信支付 / 支付宝 都可以", [], "zh: WeChat Pay, no ID"),
    r("LINEで予約OK（IDはプロフから）", [], "ja: LINE named, no ID"),
    r("tiktok dance videos on request", [], "en: tiktok named, no username"),
    r("в телеге нет, только звонки", [], "ru: телега named, no username"),
]

# --------------------------------------------------------------------------------------------- payment
PAYMENT: list[Rec] = [
    r("ca$h app: $jadeluv", ["cashapp:$jadeluv"], "en: ca$h app"),
    r("C.A.S.H A.P.P $kiramoon", ["cashapp:$kiramoon"], "en: dotted letters"),
    r("deposit at cash.app/$luna305", ["cashapp:$luna305"], "en: cash.app link"),
    r("https://cash.app/$bellamia", ["cashapp:$bellamia"], "en: full cash.app URL"),
    r("cashap $ninabby", ["cashapp:$ninabby"], "en: misspelt cashap"),
    r("ＣａｓｈＡｐｐ：＄ｓｋｙｅｘｏ", ["cashapp:$skyexo"], "en: full-width"),
    r("c@shapp $roxy212", ["cashapp:$roxy212"], "en: c@shapp"),
    r("pago por cashapp: $valeria305", ["cashapp:$valeria305"], "es: pago por"),
    r("chuyển tiền qua cashapp $thuyvy", ["cashapp:$thuyvy"], "vi"),
    r("bayad sa cash app $maecruz", ["cashapp:$maecruz"], "tl"),
    r("定金走cashapp：$lili415", ["cashapp:$lili415"], "zh: glued, full-width colon"),
    r("캐시앱 $minjila", ["cashapp:$minjila"], "ko: 캐시앱 transliteration"),
    r("кэшапп: $katyanyc", ["cashapp:$katyanyc"], "ru: кэшапп transliteration"),
    r("كاش اب $noorvip", ["cashapp:$noorvip"], "ar: كاش اب"),
    r("peye davans sou cashapp $manoumia", ["cashapp:$manoumia"], "ht: Haitian Creole"),
    r("cashtag: $daisyxo", ["cashapp:$daisyxo"], "en: 'cashtag' as the cue"),
    r(f"cashapp $kitty{ZW}kat9", ["cashapp:$kittykat9"], "en: zero-width space inside the tag"),
    r("Deposit (Cash App)\n$ambervip", ["cashapp:$ambervip"], "en: tag on the next line"),
    r("cashapp $mia1nyc or venmo @mia-nyc", ["cashapp:$mia1nyc", "venmo:mia-nyc"], "en: two platforms"),
    r("venmo: @tina-rose", ["venmo:tina-rose"], "en: venmo @user"),
    r("v3nmo @lexi-b", ["venmo:lexi-b"], "en: leet v3nmo"),
    r("ven mo: cassie-j", ["venmo:cassie-j"], "en: split platform name"),
    r("venmo.com/u/jenna-lux", ["venmo:jenna-lux"], "en: venmo.com/u/ link"),
    r("https://venmo.com/nicole-vip", ["venmo:nicole-vip"], "en: venmo.com link"),
    r("VΕΝΜΟ @sara-lee22", ["venmo:sara-lee22"], "en: Greek Ε/Ν/Μ/Ο in VENMO"),
    r("mándame por venmo a @dani-mia", ["venmo:dani-mia"], "es"),
    r("manda no venmo: @bia-mel", ["venmo:bia-mel"], "pt"),
    r("venmo: @hoa-nguyen99 nha", ["venmo:hoa-nguyen99"], "vi"),
    r("venmo ko: @joy-santos", ["venmo:joy-santos"], "tl"),
    r("벤모 @yuna-k", ["venmo:yuna-k"], "ko: 벤모"),
    r("venmo 账号：@amy-chen88", ["venmo:amy-chen88"], "zh"),
    r("венмо: @nastya-ny", ["venmo:nastya-ny"], "ru: венмо"),
    r("فينمو @rana-d", ["venmo:rana-d"], "ar: فينمو"),
    r("वेनमो: @riya-p", ["venmo:riya-p"], "hi: वेनमो"),
    r("venmo → tiffany_rx", ["venmo:tiffany_rx"], "en: underscore, arrow"),
    r("paypal.me/lenaberlin", ["paypal:lenaberlin"], "en: paypal.me"),
    r("PayPal.me/anouk88", ["paypal:anouk88"], "nl: capitalised domain"),
    r("https://www.paypal.me/giuliarm/50", ["paypal:giuliarm"], "it: amount in path"),
    r("acompte: paypal.me/chloelune/80EUR", ["paypal:chloelune"], "fr: amount with currency in path"),
    r("Anzahlung per PayPal an paypal.me/ninaham", ["paypal:ninaham"], "de"),
    r("acompte par paypal : paypal.me/manonparis", ["paypal:manonparis"], "fr"),
    r("pagamento anticipato su paypal.me/sofiamilano", ["paypal:sofiamilano"], "it"),
    r("betalen via paypal.me/femkeams", ["paypal:femkeams"], "nl"),
    r("przelew na paypal.me/zosiakrk", ["paypal:zosiakrk"], "pl"),
    r("avans pe paypal.me/ioanabuc", ["paypal:ioanabuc"], "ro"),
    r("ön ödeme paypal.me/elifist", ["paypal:elifist"], "tr"),
    r("предоплата на paypal.me/mashamsk", ["paypal:mashamsk"], "ru"),
    r("передоплата: paypal.me/oksanakyiv", ["paypal:oksanakyiv"], "uk"),
    r("前払い：paypal.me/yukitokyo", ["paypal:yukitokyo"], "ja"),
    r("มัดจำ paypal.me/ploybkk", ["paypal:ploybkk"], "th"),
    r("DP lewat paypal.me/putriayu", ["paypal:putriayu"], "id"),
    r("προκαταβολή paypal.me/elenigr", ["paypal:elenigr"], "el"),
    r("מקדמה: paypal.me/noalevi", ["paypal:noalevi"], "he"),
    r("p@ypal.me/amberlux", ["paypal:amberlux"], "en: leet p@ypal"),
    r("paypal . me / kiraxo", ["paypal:kiraxo"], "en: spaced URL"),
    r("paypal: rosalane22", ["paypal:rosalane22"], "en: 'paypal:' cue with a bare username"),
    r("PayPal (friends & family): paypal.me/mialove", ["paypal:mialove"], "en"),
    r(f"paypal.me/luna{ZW}vip", ["paypal:lunavip"], "en: zero-width space inside"),
    r("paypal.com/paypalme/sandravip", ["paypal:sandravip"], "en: paypal.com/paypalme/ form"),
    r("lipa kwa paypal.me/aminaj", ["paypal:aminaj"], "sw"),
    r(
        "💳 cashapp $jadexo · venmo @jade-xo · paypal.me/jadexo",
        ["cashapp:$jadexo", "venmo:jade-xo", "paypal:jadexo"],
        "en: three platforms",
    ),
    # negatives
    r("$50 deposit via cashapp, rest cash", [], "en: amount after the platform, no tag"),
    r("no cashapp, no venmo, cash only 💵", [], "en: platforms named, no tags"),
    r("Rates: $200/hr, $350/2hrs, $$$ for overnight", [], "en: prices"),
    r("I take paypal, ask for details", [], "en: paypal named, no user"),
    r("US$ 300 or CAD$ 400", [], "en: currency signs"),
    r("precio: $150 la hora, solo efectivo", [], "es: price"),
    r("支付宝 / 微信支付，不收 PayPal", [], "zh: no user"),
    r("venmo me after the date 😉", [], "en: venmo as a verb"),
    r("Stock tip: $TSLA $AAPL up 5%", [], "en: stock cashtags, no Cash App cue"),
    r("venmo-style split: $20 each", [], "en: venmo-style, amount"),
    r("acompte 50 € par virement, pas de PayPal", [], "fr: PayPal refused"),
]

# --------------------------------------------------------------------------------------------- age
AGE: list[Rec] = [
    r("bin 21 Jahre jung und neu in der Stadt", ["21"], "de: Jahre jung"),
    r("j'ai 23 ans, nouvelle à Lyon", ["23"], "fr: j'ai N ans"),
    r("ho 22 anni, italiana vera", ["22"], "it: ho N anni"),
    r("tenho 20 aninhos 😇", ["20"], "pt: diminutive aninhos"),
    r("am 24 de ani, discretă", ["24"], "ro: N de ani"),
    r("мне 22 годика, новенькая", ["22"], "ru: diminutive годика"),
    r("мені 23 роки", ["23"], "uk: роки"),
    r("mam 21 lat, studentka", ["21"], "pl: lat"),
    r("21 yaşındayım, İstanbul", ["21"], "tr: yaşındayım"),
    r("umur 22 thn, asli Bandung", ["22"], "id: thn abbreviation"),
    r("em 20 tuổi, sinh viên", ["20"], "vi: tuổi"),
    r("22 taong gulang ako", ["22"], "tl: taong gulang"),
    r("อายุ 22 ปี น่ารัก", ["22"], "th: อายุ N ปี"),
    r("今年二十二岁，刚来", ["22"], "zh: Chinese numeral age"),
    r("20歳の大学生です", ["20"], "ja: 歳"),
    r("年齢：２３", ["23"], "ja: full-width digits"),
    r("나이 24살", ["24"], "ko: 살"),
    r("عمري ٢٢ سنة", ["22"], "ar: Arabic-Indic digits"),
    r("۲۱ ساله هستم", ["21"], "fa: Persian digits, ساله"),
    r("उम्र: 23 साल", ["23"], "hi: साल"),
    r("בת 25, חדשה בעיר", ["25"], "he: בת N"),
    r("είμαι 24 χρονών", ["24"], "el: χρονών"),
    r("nina miaka 22", ["22"], "sw: miaka"),
    r("ik ben 19 jaar", ["19"], "nl: jaar"),
    r("22 år, ny i stan", ["22"], "sv: år"),
    r("22 éves vagyok", ["22"], "hu: éves"),
    r("je mi 21 let", ["21"], "cs: let"),
    r("tengo 19 añitos 😘", ["19"], "es: diminutive añitos"),
    r("veintidós años, colombiana", ["22"], "es: words"),
    r("vingt-et-un ans, étudiante", ["21"], "fr: words with hyphens"),
    r("dreiundzwanzig Jahre alt", ["23"], "de: reversed compound"),
    r("мне двадцать два года", ["22"], "ru: words"),
    r("twenty-four y/o", ["24"], "en: hyphenated words"),
    r("vinte e dois anos", ["22"], "pt: words"),
    r("ventitré anni", ["23"], "it: words"),
    r("2O yrs old", ["20"], "en: letter O for zero"),
    r("age 2️⃣2️⃣", ["22"], "en: keycap digits"),
    r(f"I'm 2{ZW}3, new here", ["23"], "en: zero-width space between digits"),
    r("𝟐𝟏 y.o. petite", ["21"], "en: mathematical bold digits"),
    r("Age ➡ 21", ["21"], "en: arrow"),
    r("ᴀɢᴇ: 24", ["24"], "en: small-capital letters in the cue"),
    r("22yrs, 5'4", ["22"], "en: yrs glued, height after"),
    r("Sasha, 23 — new in town", ["23"], "en: 'Name, N' in an escort ad"),
    r("tengo 17 años", ["17"], "es: minor"),
    r("just turned 18 🎂", ["18"], "en: just turned"),
    r("barely legal, 18 y/o", ["18"], "en: y/o"),
    r("Ana (21 años) y Bia (23 años)", ["21", "23"], "es: two ages"),
    r("Age:\n22", ["22"], "en: value on the next line"),
    r("edad- 24", ["24"], "es: dash"),
    r("âge : 26 ans", ["26"], "fr: âge"),
    r("Alter: 27", ["27"], "de: Alter"),
    r("idade: 28", ["28"], "pt: idade"),
    r("возраст — 30", ["30"], "ru: возраст"),
    r("年龄：25", ["25"], "zh: 年龄"),
    r("umur: 19 tahun", ["19"], "id: tahun"),
    r("tuổi: 21", ["21"], "vi: tuổi before"),
    r("I am 35, mature & discreet", ["35"], "en: I am N"),
    r("MILF 42 y.o.", ["42"], "en: y.o."),
    r("বয়স ২২", ["22"], "bn: Bengali digits"),
    r("उम्र २४", ["24"], "hi: Devanagari digits"),
    # negatives
    r("Open 24/7, incall 30 min $120", [], "en: 24/7, minutes, price"),
    r("5'6\", 120 lbs, 34C", [], "en: height, weight, cup"),
    r("Room 21, 3rd floor, hotel on 22nd St", [], "en: room, floor, street"),
    r("15 years of experience in massage", [], "en: years of experience"),
    r("Cena: 200 zł / 1h, wzrost 168 cm", [], "pl: price, height"),
    r("2 girls available, 1 hr min", [], "en: counts and durations"),
    r("Since 2019 · 500+ reviews · rated 4.9", [], "en: year, counts"),
    r("身高165 体重48 胸围C", [], "zh: height, weight"),
    r("рост 170, вес 55, 2 часа — 10000", [], "ru: height, weight, price"),
    r("Disponible de 10 a 22 h, zona 5", [], "es: hours and zone"),
    r("営業時間 18:00〜24:00、60分 15000円", [], "ja: hours, price"),
]

TYPES: dict[str, list[Rec]] = {
    "phone": PHONE,
    "email": EMAIL,
    "handle": HANDLE,
    "payment": PAYMENT,
    "crypto": CRYPTO,
    "age": AGE,
}

PLATFORMS = {
    "telegram", "instagram", "snapchat", "kik", "onlyfans", "tiktok", "facebook",
    "wechat", "line", "skype", "signal", "discord", "unknown",
}  # fmt: skip


def _fictional_phone(value: str) -> bool:
    return bool(
        re.fullmatch(r"\+1\d{3}55501\d\d", value)
        or re.fullmatch(r"\+614915701\d\d", value)
        or re.fullmatch(r"\+44(207946|113496|161496)0\d{3}", value)
        or re.fullmatch(r"\+3319900\d{4}", value)
    )


def check(kind: str, value: str) -> None:
    """Raise if ``value`` is not in the canonical form for ``kind`` (or not fictional)."""
    ok: bool
    if kind == "phone":
        num = phonenumbers.parse(value)
        ok = (
            phonenumbers.is_valid_number(num)
            and _fictional_phone(value)
            and value == phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        )
    elif kind == "email":
        ok = bool(re.fullmatch(r"[a-z0-9._+-]+@([a-z0-9-]+\.)*example\.(com|org|net)", value))
    elif kind == "handle":
        platform, _, user = value.partition(":")
        ok = platform in PLATFORMS and bool(re.fullmatch(r"[a-z0-9._-]{2,40}", user))
    elif kind == "payment":
        ok = bool(
            re.fullmatch(r"cashapp:\$[a-z0-9]*[a-z][a-z0-9]*|venmo:[a-z0-9_-]{3,30}|paypal:[a-z0-9]{3,30}", value)
        )
    elif kind == "crypto":
        chain, _, addr = value.partition(":")
        ok = chain in ("btc", "eth", "trx", "ltc") and valid_wallet(chain, addr)
        if chain == "eth":
            ok = ok and addr == addr.lower()
    elif kind == "age":
        ok = bool(re.fullmatch(r"[1-9][0-9]?", value))
    else:
        ok = False
    if not ok:
        raise SystemExit(f"{kind}: not canonical or not fictional: {value!r}")


def _scripts(text: str) -> set[str]:
    out = set()
    for ch in text:
        if ch.isascii() or not (ch.isalpha() or ch.isdigit()):
            continue
        name = unicodedata.name(ch, "")
        first = name.split(" ")[0]
        if first in ("LATIN", "FULLWIDTH", "MATHEMATICAL", "DINGBAT", "SUPERSCRIPT", "NEGATIVE", "HANGUL", "CJK"):
            first = {"HANGUL": "HANGUL", "CJK": "HAN"}.get(first, first)
        out.add(first)
    return out


def main() -> None:
    for name, bad in (("btc", BAD_B), ("trx", BAD_T), ("btc", BAD_W), ("eth", BAD_E)):
        assert not valid_wallet(name, bad), bad
    langs: Counter[str] = Counter()
    scripts: Counter[str] = Counter()
    for kind, recs in TYPES.items():
        lines = []
        negatives = 0
        seen_text = set()
        for n, (text, expected, note, country) in enumerate(recs, 1):
            assert text not in seen_text, text
            seen_text.add(text)
            for value in expected:
                check(kind, value)
            negatives += not expected
            record: dict[str, Any] = {"id": f"b6-{kind}-{n:03d}", "batch": BATCH, "text": text}
            if country:
                record["country"] = country
            record["expected"] = sorted(set(expected))
            record["note"] = note
            lines.append(json.dumps(record, ensure_ascii=False))
            lang = note.split(":")[0] if ":" in note.split(" ")[0] else note.split(" ")[0]
            langs[lang.replace("-style", "").split("-")[0]] += 1
            for s in _scripts(text):
                scripts[s] += 1
        (OUT / f"{kind}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{kind}: {len(recs)} records, {negatives} negatives")
    print("languages:", dict(sorted(langs.items(), key=lambda kv: -kv[1])))
    print("scripts (records containing):", dict(sorted(scripts.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
