"""An independent corpus for judging linking: other templates, other words, other scripts.

Why a second generator: linking was tuned on ``clew.demo.generator``; a method that
only learned that generator's sentence banks would look better than it is. This one
shares no text with it. Its words are synthetic (syllables of Latin, Cyrillic,
Chinese and Thai script), so no phrase list can match them; its networks follow the
hard rules of issue 5:

* every ad of a network changes all four slots (name, age, city, price) and gets
  ``EDITS`` random word edits (insertion, deletion, substitution);
* numbers rotate: a network uses a new phone every ``ADS_PER_PHONE`` ads, in posting
  order, and a third of its ads carry no identifier at all;
* every ad, in or out of a network, carries two to four *boilerplate* sentences
  drawn from a pool shared by the whole corpus;
* ``FORM_SHARE`` of the documents are strangers filling in one of a few common
  forms ("site templates"), each with a contact of their own — near-duplicates that
  must not be linked.

Phones are fictional (North America NXX-555-0100..0199), e-mails on example.com.
``python -m clew.demo.linkjudge OUT.jsonl -n 20000 --seed 11`` writes the corpus
and ``OUT.truth.jsonl`` (``id``, ``network``, ``kind``).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

EDITS = 2
ADS_PER_PHONE = 4
NO_IDENTIFIER_SHARE = 1 / 3
FORM_SHARE = 0.15
NETWORK_SHARE = 0.35

_SYLLABLES: dict[str, Sequence[str]] = {
    "latin": [c + v for c in "bdfgklmnprstvz" for v in ("a", "e", "i", "o", "u", "ai", "ou")],
    "cyrillic": [c + v for c in "бвгдзклмнпрстф" for v in "аеиоуя"],
    "han": list(
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"
    ),
    "thai": [c + v for c in "กขคงจชดตนบปพมยรลวสห" for v in ("า", "ี", "ู", "ะ", "ิ", "ึ", "ำ", "ไ")],
}
_SCRIPTS: tuple[tuple[str, str, float], ...] = (
    ("latin", "en", 0.5),
    ("latin", "es", 0.15),
    ("cyrillic", "ru", 0.15),
    ("han", "zh", 0.1),
    ("thai", "th", 0.1),
)
_NAMES = (
    "Ava",
    "Lena",
    "Mira",
    "Sofi",
    "Kira",
    "Nina",
    "Dana",
    "Rosa",
    "Ines",
    "Tara",
    "Yuna",
    "Lila",
    "Vera",
    "Zoe",
    "Maya",
    "Ella",
    "Nora",
    "Iris",
    "Jade",
    "Lina",
)
_CITIES = (
    "Denver",
    "Austin",
    "Boston",
    "Dallas",
    "Seattle",
    "Chicago",
    "Phoenix",
    "Houston",
    "Miami",
    "Atlanta",
    "Portland",
    "Tampa",
    "Orlando",
    "Detroit",
    "Memphis",
)
_SOURCES = ("board.example.com", "listings.example.org", "meet.example.net", "ads.example.org")
_START = datetime(2026, 3, 1, tzinfo=UTC)
_AREAS = (
    201,
    202,
    203,
    205,
    206,
    207,
    208,
    210,
    212,
    213,
    214,
    215,
    216,
    217,
    218,
    219,
    224,
    225,
    228,
    229,
    231,
    234,
    239,
    240,
    248,
    251,
    252,
    253,
    254,
    256,
    260,
    262,
    267,
    269,
    270,
    276,
    281,
    301,
    302,
    303,
    304,
    305,
    307,
    308,
    309,
    310,
    312,
    313,
    314,
    315,
    316,
    317,
    318,
    319,
    320,
    321,
    323,
    325,
    330,
    334,
    336,
    337,
    339,
    347,
    351,
    352,
    360,
    361,
    386,
    401,
    402,
    404,
    405,
    406,
    407,
    408,
    409,
    410,
    412,
    413,
    414,
    415,
    417,
    419,
    423,
    425,
    430,
    432,
    434,
    435,
    440,
    443,
    469,
    478,
    479,
    480,
    484,
    501,
    502,
    503,
    504,
    505,
    507,
    508,
    509,
    510,
    512,
    513,
    515,
    516,
    517,
    518,
    520,
    530,
    540,
    541,
    551,
    559,
    561,
    562,
    563,
    567,
    570,
    571,
    573,
    574,
    580,
    585,
    586,
    601,
    602,
    603,
)


def _word(rng: random.Random, script: str) -> str:
    parts = _SYLLABLES[script]
    if script == "han":
        return "".join(rng.choice(parts) for _ in range(rng.randint(1, 3)))
    return "".join(rng.choice(parts) for _ in range(rng.randint(1, 3)))


def _sentence(rng: random.Random, script: str, words: tuple[int, int] = (6, 11)) -> str:
    n = rng.randint(*words)
    if script in ("han", "thai"):
        return "".join(_word(rng, script) for _ in range(n)) + ("。" if script == "han" else " ")
    out = " ".join(_word(rng, script) for _ in range(n))
    return out[0].upper() + out[1:] + "."


def _phone(rng: random.Random, used: set[str]) -> tuple[str, str]:
    """A fresh fictional number, or a fresh example.com address once the numbers run out."""
    for _ in range(50):
        area = rng.choice(_AREAS)
        line = rng.randint(100, 199)
        e164 = f"+1{area}5550{line}"
        if e164 in used:
            continue
        used.add(e164)
        style = rng.randrange(4)
        written = (
            f"({area}) 555-0{line}",
            f"{area}.555.0{line}",
            f"+1 {area} 555 0{line}",
            f"{area}-555-0{line}",
        )[style]
        return e164, written
    address = f"contact{len(used)}@example.com"
    used.add(address)
    return address, address


def _edit(rng: random.Random, text: str, script: str, edits: int) -> str:
    """Random word edits; slots and contact lines are left alone."""
    if script in ("han", "thai"):
        chars = list(text)
        for _ in range(edits):
            op = rng.random()
            i = rng.randrange(len(chars))
            if "{" in chars[max(0, i - 8) : i + 8] or "}" in chars[max(0, i - 8) : i + 8]:
                continue
            if op < 0.34 and len(chars) > 10:
                del chars[i]
            elif op < 0.67:
                chars[i] = _word(rng, script)
            else:
                chars.insert(i, _word(rng, script))
        return "".join(chars)
    words = text.split(" ")
    for _ in range(edits):
        free = [i for i, w in enumerate(words) if "{" not in w and "}" not in w and not w.endswith(".")]
        if not free:
            break
        i = rng.choice(free)
        op = rng.random()
        if op < 0.34 and len(words) > 8:
            del words[i]
        elif op < 0.67:
            words[i] = _word(rng, script)
        else:
            words.insert(i, _word(rng, script))
    return " ".join(words)


def _slot_sentence(rng: random.Random, script: str) -> str:
    a, b = _sentence(rng, script, (2, 4)), _sentence(rng, script, (2, 4))
    return f"{{name}} {a.rstrip('.')} {{age}}, {b.rstrip('.')} {{city}} {{price}}."


def _fill(template: str, rng: random.Random, names: Sequence[str], cities: Sequence[str], k: int) -> str:
    return (
        template.replace("{name}", rng.choice(names))
        .replace("{age}", str(rng.randint(19, 39)))
        .replace("{city}", cities[k % len(cities)])
        .replace("{price}", f"${rng.randrange(80, 400, 5)}")
    )


def generate(n: int, seed: int) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Yield ``n`` (document, truth) pairs in posting order; same arguments, same output."""
    rng = random.Random(seed)
    used: set[str] = set()
    boiler = {s: [_sentence(rng, s) for _ in range(30)] for s in _SYLLABLES}
    forms = {s: [_slot_sentence(rng, s) + " " + _sentence(rng, s) for _ in range(3)] for s in _SYLLABLES}
    drafts: list[tuple[int, dict[str, Any], dict[str, Any]]] = []
    net_count = 0
    in_networks = int(n * NETWORK_SHARE)
    forms_n = int(n * FORM_SHARE)
    made = 0

    def script_of() -> tuple[str, str]:
        x = rng.random()
        for script, lang, w in _SCRIPTS:
            x -= w
            if x < 0:
                return script, lang
        return _SCRIPTS[0][0], _SCRIPTS[0][1]

    def add(text: str, lang: str, t: int, network: str | None, kind: str, title: str) -> None:
        drafts.append(
            (
                t,
                {"text": text, "title": title, "lang": lang, "source": rng.choice(_SOURCES)},
                {"network": network, "kind": kind},
            )
        )

    def contact(phone: tuple[str, str] | None, script: str) -> str:
        if phone is None:
            return _sentence(rng, script, (2, 3))
        return f"{_word(rng, script)}: {phone[1]}"

    while made < in_networks:
        size = min(80, max(2, int(2 * rng.paretovariate(1.3))), max(2, in_networks - made))
        net_count += 1
        net = f"judge-net-{net_count:04d}"
        script, lang = script_of()
        own = [_sentence(rng, script) for _ in range(rng.randint(2, 4))]
        shared = rng.sample(boiler[script], rng.randint(2, 3))
        parts = [*own, *shared, _slot_sentence(rng, script)]
        rng.shuffle(parts)
        template = " ".join(parts)
        names = rng.sample(_NAMES, min(len(_NAMES), max(2, size // 3)))
        cities = rng.sample(_CITIES, rng.randint(1, 4))
        phones = [_phone(rng, used) for _ in range(max(1, size // ADS_PER_PHONE))]
        start = rng.randrange(0, 200 * 86400)
        title_words = _sentence(rng, script, (3, 5))
        for k in range(size):
            t = start + k * rng.randint(3600, 5 * 86400)
            text = _edit(rng, _fill(template, rng, names, cities, k), script, EDITS)
            phone = (
                None if rng.random() < NO_IDENTIFIER_SHARE else phones[min(len(phones) - 1, k * len(phones) // size)]
            )
            add(text + "\n" + contact(phone, script), lang, t, net, "network", title_words)
        made += size
    for i in range(n - made):
        script, lang = script_of()
        t = rng.randrange(0, 240 * 86400)
        phone = _phone(rng, used) if rng.random() < 0.7 else None
        if i < forms_n:
            body = _fill(rng.choice(forms[script]), rng, _NAMES, _CITIES, rng.randrange(100))
            add(body + "\n" + contact(phone, script), lang, t, None, "form", _sentence(rng, script, (2, 4)))
            continue
        parts = [_sentence(rng, script) for _ in range(rng.randint(1, 2))]
        parts += rng.sample(boiler[script], rng.randint(2, 4))
        parts.append(_slot_sentence(rng, script))
        rng.shuffle(parts)
        body = _fill(" ".join(parts), rng, _NAMES, _CITIES, rng.randrange(100))
        add(body + "\n" + contact(phone, script), lang, t, None, "single", _sentence(rng, script, (2, 4)))
    drafts.sort(key=lambda d: d[0])
    for k, (t, doc, truth) in enumerate(drafts[:n], start=1):
        doc_id = f"judge-{k:06d}"
        posted = _START + timedelta(seconds=t)
        yield (
            {"id": doc_id, **doc, "posted_at": posted.isoformat().replace("+00:00", "Z"), "country": "US"},
            {"id": doc_id, **truth},
        )


def write_corpus(path: Path, n: int, seed: int) -> Path:
    """Write ``n`` documents to ``path`` and their truth to ``NAME.truth.jsonl``; return the truth path."""
    path = Path(path)
    stem = path.stem if path.suffix == ".jsonl" else path.name
    truth_path = path.with_name(f"{stem}.truth.jsonl")
    path.parent.mkdir(parents=True, exist_ok=True)
    with (
        path.open("w", encoding="utf-8", newline="\n") as docs,
        truth_path.open("w", encoding="utf-8", newline="\n") as truths,
    ):
        for doc, truth in generate(n, seed):
            docs.write(json.dumps(doc, ensure_ascii=False) + "\n")
            truths.write(json.dumps(truth, ensure_ascii=False) + "\n")
    return truth_path


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Write the independent linking-judge corpus.")
    parser.add_argument("out", type=Path)
    parser.add_argument("-n", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    print(f"wrote {args.out} and {write_corpus(args.out, args.n, args.seed)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
