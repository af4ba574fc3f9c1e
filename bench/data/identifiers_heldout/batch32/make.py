"""Generate batch 32 of Clew's held-out identifier set (bench/data/identifiers_heldout/batch32/<type>.jsonl).

    python bench/data/identifiers_heldout/batch32/make.py

Why a thirty-second batch: batches up to 31 have been scored and studied, so they no longer measure text
nobody tuned for.  Batch 32 was written blind by an author who read only issue 3, the scorer, the first
lines of batch 7's files (record format) and batch 31's make.py (to reuse its encoders and checks and to
choose *other* cases).  No extractor code, generated docs, tests or held-out records were read (nor the
generators of batches 29 and 30, so an overlap with them is possible but unintended).

Everyday posts (classifieds, Telegram / WhatsApp / Line / VK / WeChat posts, job boards, forums, OCR'd
flyers, signatures) in 40+ languages and 20+ scripts, with disguises batch 31 did not use: phone digits
spelt in Lithuanian, Latvian, Czech, Slovak, Croatian, Serbian Cyrillic, Hungarian, Greek, Icelandic,
Irish, Welsh, Basque, Catalan, Galician, Swahili, Somali, Kazakh, Kyrgyz, Tajik, Nepali, Marathi,
Punjabi, Kannada, Malayalam, Sinhala, Khmer, Lao, Tagalog, Hebrew, Persian, Pashto, Sino-Korean and
Maori; a French number read in German pairs; French words mixed with digits; Tirhuta / Takri / Ahom /
Mro / Vai digits, ASCII and Devanagari digits alternating, bare combining keycaps (no FE0F), full-width
groups with ideographic commas, underscore / tilde / star-emoji separators, indented groups, a number as a
hashtag; viber:// with %2B, api.whatsapp.com/send, tg://resolve?phone=, the NA exit code 011; Sydney in
Hangul and Paris in Arabic as the only region cues.  E-mail at / dot words of German (Klammeraffe), Czech,
Slovak (zavináč), Hungarian (kukac), Greek (παπάκι), Hebrew (שטרודל), Persian, Kazakh (айқұлақ),
Armenian (շնիկ), Catalan (arrova), Basque (a bildua), Welsh (malwen), Lithuanian (eta), Latvian (et),
Croatian (manki), Serbian (мајмунче), Danish (snabel-a), Dutch (apenstaartje), Nepali, Sinhala, Kannada,
Malayalam, Punjabi, Thai, Swahili, Indonesian [titik], Russian (собачка); {at}/{dot}, defanged [@] [.],
HTML entities (&#64;, &commat;), percent-encoded mailto, Markdown mailto, JS concatenation, letter
spacing, line break before @, Cyrillic look-alikes in the domain, full-width capitals, 「at」, full-width
brackets, spaces around @, an apostrophe in the local part.  Handles in instagr.am, m.facebook.com,
mobile.twitter.com, twitter intent, telegram.me, telegram.dog, tg://resolve, line.me/ti/p/~, m.vk.com,
tiktok /live, onlyfans ?ref, kik.me, skype:?chat, snap ?share_id links; cues 绿泡泡, 飞机, 纸飞机, 텔레,
ไอจี, เฟส, tele (vi / id), اینستا, İnsta, Τέλεγκραμ, इंस्टा, вк, inflected 'na snapie', 'Instáč', 'auf
Snap', 'no insta', 'sa FB', 'в тиктоке'; ✈️ 🎵 🐦 as platform cues; 'dot' / 'underscore' spelt; Cyrillic
look-alikes, full-width, math bold, monospace, zero-width space inside; Skype live:.cid, legacy Discord
tag, wxid_.  Payment tags: cash.me, 'dollar sign' spelt, letter-spaced and look-alike tags, #cashapp;
fr / de / ko / ja / ru / hi / ar / id wordings; account.venmo.com; paypal.me with currency, defanged,
spaced, leet P@yP@l, PayPal @username; Revtag, via / über / pelo / prin / přes Revolut, Revoluton,
Револют, レボリュート, 'revolut dot me slash'; monzo.me variants; three services in one line.  Crypto
behind labels in 28 other languages; BIP 21 with label and message, EIP-681 with chain id, litecoin: /
dogecoin: / monero: / solana: URIs, etherscan / blockchair / mempool.space links, upper-case bech32
outside a URI, YAML, HTML <code>, 「」, «», 。, a Markdown table, blank lines, two lines.  Ages in 35
other wordings and languages (Persian / Devanagari / Gurmukhi / Kannada / Thai / Lao / Khmer digits,
native Korean numbers, ハタチ, 芳龄, '22F', 'F, 21', 'Anna (22)', Lenze / primaveras / printemps /
весны, two-and-twenty, bare keycaps).  About 15 % negatives per type with look-alike distractors
(coordinates, UPS tracking, IBAN, IP:port, MAC, lottery numbers, ISO timestamps, measurements, order
numbers; git remotes, retina image names, passwords, masked addresses; post / tag / sticker / search /
event / wall / share links, @everyone; discounts, tickers, pool links, currency prefixes; transaction
links, xpub, a v1 address with the bech32 constant, mixed-case bech32, checksums, commit ids, UUIDs;
areas, years, times, prices, sizes, house numbers).

Crypto addresses: payloads are sha256 of fixed seed strings, wrapped in the real base58check / bech32
(BIP 173) / bech32m (BIP 350) / EIP-55 / Monero base58 encodings; every expected value is re-checked by
decoders written separately from the encoders (and, for witness v0, by the `bech32` reference package),
and every crypto negative is checked to fail them.  Every expected phone is checked with `phonenumbers`
(valid for its region, E.164 equal).  Fictional contact data only (NA 555-01xx, UK 020 7946 0xxx,
FR 01 99 00 xx xx, AU 0491 570 1xx; example.com/.org/.net; made-up handles).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import base58

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kit import (
    BECH32_CONST,
    DEVANAGARI,
    GURMUKHI,
    KANNADA,
    KHMER,
    LAO,
    PERSIAN,
    THAI,
    Batch,
    Wallets,
    _b32_with,
    _bits,
    bold,
    check_segwit,
    cyr,
    e164,
    native,
)

W = Wallets(32)
seed, btc_p2pkh, btc_p2sh, btc_wpkh, btc_wsh = W.seed, W.btc_p2pkh, W.btc_p2sh, W.btc_wpkh, W.btc_wsh
btc_tr, eth, trx, ltc_l, ltc_m, ltc_w, doge = W.btc_tr, W.eth, W.trx, W.ltc_l, W.ltc_m, W.ltc_w, W.doge
doge_p2sh, sol, xmr, xmr_sub = W.doge_p2sh, W.sol, W.xmr, W.xmr_sub

OUT = Path(__file__).resolve().parent
BATCH = 32


# ---------------------------------------------------------------- digit forms and look-alikes (batch 25, reused)

BENGALI, TAMIL, TIBETAN, MONGOLIAN, OL_CHIKI, ADLAM = 0x09E6, 0x0BE6, 0x0F20, 0x1810, 0x1C50, 0x1E950


B = Batch(BATCH, OUT)
add = B.add


# ---------------------------------------------------------------- batch 31 number words and digit forms

# ---------------------------------------------------------------- batch 32 number words and digit forms

WORDS = {
    "lt": "nulis vienas du trys keturi penki šeši septyni aštuoni devyni",
    "lv": "nulle viens divi trīs četri pieci seši septiņi astoņi deviņi",
    "cs": "nula jedna dva tři čtyři pět šest sedm osm devět",
    "sk": "nula jeden dva tri štyri päť šesť sedem osem deväť",
    "hr": "nula jedan dva tri četiri pet šest sedam osam devet",
    "sr": "нула један два три четири пет шест седам осам девет",
    "hu": "nulla egy kettő három négy öt hat hét nyolc kilenc",
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα",
    "is": "núll einn tveir þrír fjórir fimm sex sjö átta níu",
    "ga": "náid aon dó trí ceathair cúig sé seacht ocht naoi",
    "cy": "dim un dau tri pedwar pump chwech saith wyth naw",
    "eu": "zero bat bi hiru lau bost sei zazpi zortzi bederatzi",
    "ca": "zero u dos tres quatre cinc sis set vuit nou",
    "gl": "cero un dous tres catro cinco seis sete oito nove",
    "sw": "sifuri moja mbili tatu nne tano sita saba nane tisa",
    "so": "eber kow laba saddex afar shan lix toddoba siddeed sagaal",
    "kk": "нөл бір екі үш төрт бес алты жеті сегіз тоғыз",
    "ky": "нөл бир эки үч төрт беш алты жети сегиз тогуз",
    "tg": "сифр як ду се чор панҷ шаш ҳафт ҳашт нӯҳ",
    "ne": "शून्य एक दुई तीन चार पाँच छ सात आठ नौ",
    "mr": "शून्य एक दोन तीन चार पाच सहा सात आठ नऊ",
    "pa": "ਸਿਫ਼ਰ ਇੱਕ ਦੋ ਤਿੰਨ ਚਾਰ ਪੰਜ ਛੇ ਸੱਤ ਅੱਠ ਨੌਂ",
    "kn": "ಸೊನ್ನೆ ಒಂದು ಎರಡು ಮೂರು ನಾಲ್ಕು ಐದು ಆರು ಏಳು ಎಂಟು ಒಂಬತ್ತು",
    "ml": "പൂജ്യം ഒന്ന് രണ്ട് മൂന്ന് നാല് അഞ്ച് ആറ് ഏഴ് എട്ട് ഒമ്പത്",
    "si": "බිංදුව එක දෙක තුන හතර පහ හය හත අට නවය",
    "km": "សូន្យ មួយ ពីរ បី បួន ប្រាំ ប្រាំមួយ ប្រាំពីរ ប្រាំបី ប្រាំបួន",
    "lo": "ສູນ ໜຶ່ງ ສອງ ສາມ ສີ່ ຫ້າ ຫົກ ເຈັດ ແປດ ເກົ້າ",
    "tl": "sero isa dalawa tatlo apat lima anim pito walo siyam",
    "he": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע",
    "fa": "صفر یک دو سه چهار پنج شش هفت هشت نه",
    "ps": "صفر یو دوه درې څلور پنځه شپږ اووه اته نهه",
    "ko-sino": "공 일 이 삼 사 오 육 칠 팔 구",
    "mi": "kore tahi rua toru whā rima ono whitu waru iwa",
}


def spell(lang: str, number: str, sep: str = " ", group: str = ", ") -> str:
    """``number``'s digits as the words of ``lang``, groups (split on spaces) joined by ``group``."""
    words = WORDS[lang].split()
    assert len(words) == 10, lang
    return group.join(sep.join(words[int(c)] for c in g) for g in number.split())


WANCHO, SORA_SOMPENG, SAURASHTRA, ARABIC_INDIC = 0x1E2F0, 0x110F0, 0xA8D0, 0x0660
DIGIT_COMMA = {str(i): chr(0x1F101 + i) for i in range(10)}
DINGBAT_SANS = {"0": "\U0001f10b", **{str(i): chr(0x2780 + i - 1) for i in range(1, 10)}}
SQUARED = {chr(65 + i): chr(0x1F130 + i) for i in range(26)}
SMALL_CAPS = dict(zip("abcdefghijklmnoprstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", strict=True))
NBSP = "\u00a0"

TIRHUTA, TAKRI, AHOM, MRO, BHAIKSUKI, MASARAM, NP_HMONG, PAHAWH, VAI = (
    0x114D0,
    0x116C0,
    0x11730,
    0x16A60,
    0x11C50,
    0x11D50,
    0x1E140,
    0x16B50,
    0xA620,
)
KEYCAP_BARE = "\u20e3"

# ---- phone ---------------------------------------------------------------
P = add
spelt = [
    ("lt", "Darbas Londone, būstas nemokamai. Skambinkite: {w}", "020 7946 0318", "GB", " ", ", "),
    ("lv", "Darbs Sidnejā, dzīvoklis bez maksas. Zvaniet: {w}", "0491 570 127", "AU", " ", ", "),
    ("cs", "Práce v Paříži, ubytování zdarma. Volejte: {w}", "01 99 00 36 47", "FR", " ", ", "),
    ("sk", "Práca v Londýne, ubytovanie zdarma. Volajte: {w}", "020 7946 0643", "GB", " ", ", "),
    ("hr", "Posao u Torontu, smještaj besplatan. Nazovite: {w}", "416 555 0137", "CA", " ", ", "),
    ("sr", "Посао у Лондону, смештај бесплатан. Позовите: {w}", "020 7946 0851", "GB", " ", ", "),
    ("hu", "Munka Sydney-ben, szállás ingyen. Hívjon: {w}", "0491 570 184", "AU", " ", ", "),
    ("el", "Δουλειά στο Λονδίνο, στέγη δωρεάν. Καλέστε: {w}", "020 7946 0274", "GB", " ", ", "),
    ("is", "Vinna í Toronto, frítt húsnæði. Hringdu: {w}", "647 555 0158", "CA", " ", ", "),
    ("ga", "Obair i Londain, lóistín saor in aisce. Glaoigh: {w}", "020 7946 0385", "GB", " ", ", "),
    ("cy", "Gwaith yn Llundain, llety am ddim. Ffoniwch: {w}", "020 7946 0926", "GB", " ", ", "),
    ("eu", "Lana Parisen, ostatua doan. Deitu: {w}", "01 99 00 84 12", "FR", " ", ", "),
    ("ca", "Feina a París, allotjament gratuït. Truca: {w}", "01 99 00 53 69", "FR", " ", ", "),
    ("gl", "Traballo en Toronto, aloxamento gratis. Chama: {w}", "905 555 0164", "CA", " ", ", "),
    ("sw", "Kazi London, malazi bure. Piga simu: {w}", "020 7946 0417", "GB", " ", ", "),
    ("so", "Shaqo Toronto, hoy bilaash ah. Wac: {w}", "416 555 0189", "CA", " ", ", "),
    ("kk", "Лондонда жұмыс, тұрғын үй тегін. Хабарласыңыз: {w}", "020 7946 0562", "GB", " ", ", "),
    ("ky", "Сиднейде жумуш, турак жай акысыз. Чалыңыз: {w}", "0491 570 119", "AU", " ", ", "),
    ("tg", "Кор дар Лондон, манзил ройгон. Занг занед: {w}", "020 7946 0739", "GB", " ", ", "),
    ("ne", "सिड्नीमा काम, बस्ने ठाउँ निःशुल्क। फोन गर्नुहोस्: {w}", "0491 570 145", "AU", " ", ", "),
    ("mr", "लंडनमध्ये नोकरी, राहणे मोफत. फोन करा: {w}", "020 7946 0193", "GB", " ", ", "),
    ("pa", "ਟੋਰਾਂਟੋ ਵਿੱਚ ਨੌਕਰੀ, ਰਿਹਾਇਸ਼ ਮੁਫ਼ਤ। ਫ਼ੋਨ ਕਰੋ: {w}", "647 555 0173", "CA", " ", ", "),
    ("kn", "ಲಂಡನ್‌ನಲ್ಲಿ ಕೆಲಸ, ವಸತಿ ಉಚಿತ. ಕರೆ ಮಾಡಿ: {w}", "020 7946 0648", "GB", " ", ", "),
    ("ml", "സിഡ്നിയിൽ ജോലി, താമസം സൗജന്യം. വിളിക്കൂ: {w}", "0491 570 162", "AU", " ", ", "),
    ("si", "ලන්ඩනයේ රැකියා, නවාතැන් නොමිලේ. අමතන්න: {w}", "020 7946 0471", "GB", " ", ", "),
    ("km", "ការងារនៅ ស៊ីដនី ស្នាក់នៅឥតគិតថ្លៃ។ ទូរស័ព្ទ: {w}", "0491 570 136", "AU", " ", ", "),
    ("lo", "ວຽກຢູ່ ລອນດອນ, ທີ່ພັກຟຣີ. ໂທ: {w}", "020 7946 0284", "GB", " ", ", "),
    ("tl", "Trabaho sa Toronto, libre ang tirahan. Tumawag: {w}", "416 555 0126", "CA", " ", ", "),
    ("he", "עבודה בלונדון, מגורים חינם. התקשרו: {w}", "020 7946 0357", "GB", " ", ", "),
    ("fa", "کار در تورنتو، اقامت رایگان. تماس: {w}", "905 555 0148", "CA", " ", "، "),
    ("ps", "په لندن کې کار، استوګنه وړیا. زنګ ووهئ: {w}", "020 7946 0815", "GB", " ", "، "),
    ("ko-sino", "시드니 일자리, 숙소 무료. 연락: {w}", "0491 570 173", "AU", "", " "),
    ("mi", "He mahi ki Tāmaki, whare kore utu. Waea mai: {w}", "020 7946 0542", "GB", " ", ", "),
]
for lang, tpl, number, region, sep, group in spelt:
    P("phone", tpl.format(w=spell(lang, number, sep, group)), region, [e164(number, region)], f"{lang}: number words")
P(
    "phone",
    "Telefon: null eins, neunundneunzig, null null, zweiundvierzig, achtzehn",
    "FR",
    ["+33199004218"],
    "de: French number read in German pairs",
)
P("phone", "viber://chat?number=%2B61491570153", None, ["+61491570153"], "url: viber link with URL-encoded plus")
P("phone", "api.whatsapp.com/send?phone=442079460634&text=Hi", None, ["+442079460634"], "url: WhatsApp API link")
P("phone", "Dial 011 44 20 7946 0719 from the US", None, ["+442079460719"], "en: NA exit code 011 before +44")
P(
    "phone",
    "Tel " + "".join(c + KEYCAP_BARE if c.isdigit() else c for c in "312 555 0153"),
    "US",
    ["+13125550153"],
    "en: bare combining keycap without variation selector",
)
P("phone", "Call " + native("020 7946 0187", TIRHUTA), "GB", ["+442079460187"], "en-GB: Tirhuta digits")
P("phone", "Text " + native("646 555 0128", TAKRI), "US", ["+16465550128"], "en: Takri digits")
P("phone", "Tél " + native("01 99 00 73 26", AHOM), "FR", ["+33199007326"], "fr: Ahom digits")
P("phone", "Call " + native("0491 570 195", MRO), "AU", ["+61491570195"], "en-AU: Mro digits")
P("phone", "WhatsApp " + native("416 555 0182", VAI), "CA", ["+14165550182"], "en: Vai digits")
P(
    "phone",
    "Tel " + "".join(chr(DEVANAGARI + int(c)) if i % 2 and c.isdigit() else c for i, c in enumerate("3125550147")),
    "US",
    ["+13125550147"],
    "en: ASCII and Devanagari digits alternating",
)
P("phone", "電話：０２０、７９４６、０４５８", "GB", ["+442079460458"], "ja: full-width groups with ideographic commas")
P("phone", "Call 312_555_0194", "US", ["+13125550194"], "en: underscore separators")
P("phone", "Ring 020~7946~0673", "GB", ["+442079460673"], "en-GB: tilde separators")
P("phone", "Call (312)\n    555-\n    0165", "US", ["+13125550165"], "en: groups on indented lines")
P("phone", "#3125550138 text only", "US", ["+13125550138"], "en: number as a hashtag")
P("phone", "시드니 모바일 0491 570 167", None, ["+61491570167"], "ko: Sydney in Hangul as the only region cue")
P("phone", "باريس: 01 99 00 62 47", None, ["+33199006247"], "ar: Paris in Arabic as the only region cue")
P("phone", "Call 2⭐1⭐2⭐5⭐5⭐5⭐0⭐1⭐7⭐3", "US", ["+12125550173"], "en: star emoji between digits")
P("phone", "Appel : zéro quatre neuf un 570 1 huit 3", "AU", ["+61491570183"], "fr: words and digits mixed")
P("phone", "tg://resolve?phone=16465550191", None, ["+16465550191"], "url: tg://resolve with phone")
# negatives
P("phone", "GPS: -33.8688197, 151.2092955", "AU", [], "en-AU: coordinates")
P("phone", "UPS 1Z 999 AA1 01 2345 6784", "US", [], "en: UPS tracking number")
P("phone", "IBAN GB29 NWBK 6016 1331 9268 19", "GB", [], "en-GB: IBAN")
P("phone", "Server 192.168.100.147:5555", "US", [], "dev: IP address and port")
P("phone", "MAC 00:1A:2B:3C:4D:5E", "GB", [], "dev: MAC address")
P("phone", "Lotto: 03 12 19 27 41 49 (Zusatzzahl 05)", "FR", [], "de: lottery numbers")
P("phone", "2026-03-12T05:55:01Z build 4165550", "CA", [], "dev: ISO timestamp and build number")
P("phone", "Maße 91-61-89, Größe 168 cm, 52 kg", "GB", [], "de: body measurements")
P("phone", "Commande n° 0199004712 du 12/03/2026", "FR", [], "fr: order number and date")

# ---- email ---------------------------------------------------------------
E = add
E(
    "email",
    "Bewerbung an: jobs.ber Klammeraffe example Punkt com",
    None,
    ["jobs.ber@example.com"],
    "de: Klammeraffe / Punkt",
)
E("email", "Životopis: prace.prg zavináč example tečka com", None, ["prace.prg@example.com"], "cs: zavináč / tečka")
E("email", "Životopis: praca.ba zavináč example bodka org", None, ["praca.ba@example.org"], "sk: zavináč / bodka")
E("email", "Önéletrajz: munka.bp kukac example pont com", None, ["munka.bp@example.com"], "hu: kukac / pont")
E(
    "email",
    "Βιογραφικό: douleia.ath παπάκι example τελεία com",
    None,
    ["douleia.ath@example.com"],
    "el: παπάκι / τελεία",
)
E("email", "קורות חיים: avoda.tlv שטרודל example נקודה com", None, ["avoda.tlv@example.com"], "he: שטרודל / נקודה")
E("email", "رزومه: kar.thr اَت example نقطه com", None, ["kar.thr@example.com"], "fa: اَت / نقطه")
E("email", "Резюме: zhumys.ala айқұлақ example нүкте com", None, ["zhumys.ala@example.com"], "kk: айқұлақ / нүкте")
E("email", "Ռեզյումե: ashkhatanq.evn շնիկ example կետ com", None, ["ashkhatanq.evn@example.com"], "hy: շնիկ / կետ")
E("email", "CV: feina.bcn arrova example punt com", None, ["feina.bcn@example.com"], "ca: arrova / punt")
E("email", "CV: lana.bio a bildua example puntu com", None, ["lana.bio@example.com"], "eu: a bildua / puntu")
E("email", "CV: gwaith.cdf malwen example dot com", None, ["gwaith.cdf@example.com"], "cy: malwen / dot")
E("email", "CV: darbas.vno eta example taškas com", None, ["darbas.vno@example.com"], "lt: eta / taškas")
E("email", "CV: darbs.rix et example punkts com", None, ["darbs.rix@example.com"], "lv: et / punkts")
E("email", "Životopis: posao.zg manki example točka com", None, ["posao.zg@example.com"], "hr: manki / točka")
E(
    "email",
    "Радна биографија: posao.bg мајмунче example тачка net",
    None,
    ["posao.bg@example.net"],
    "sr: мајмунче / тачка",
)
E("email", "Ansøgning: job.cph snabel-a example punktum com", None, ["job.cph@example.com"], "da: snabel-a / punktum")
E(
    "email",
    "Sollicitatie: werk.ams apenstaartje example punt net",
    None,
    ["werk.ams@example.net"],
    "nl: apenstaartje / punt",
)
E("email", "ईमेल: kaam.ktm एट example डट com", None, ["kaam.ktm@example.com"], "ne: एट / डट")
E("email", "ඊමේල්: rekiya.cmb ඇට් example ඩොට් com", None, ["rekiya.cmb@example.com"], "si: ඇට් / ඩොට්")
E("email", "ಇಮೇಲ್: kelasa.blr ಅಟ್ example ಡಾಟ್ com", None, ["kelasa.blr@example.com"], "kn: ಅಟ್ / ಡಾಟ್")
E("email", "ഇമെയിൽ: joli.kochi അറ്റ് example ഡോട്ട് com", None, ["joli.kochi@example.com"], "ml: അറ്റ് / ഡോട്ട്")
E("email", "ਈਮੇਲ: naukri.asr ਐਟ example ਡਾਟ com", None, ["naukri.asr@example.com"], "pa: ਐਟ / ਡਾਟ")
E("email", "อีเมล: ngan.cnx แอ็ท example ด็อท org", None, ["ngan.cnx@example.org"], "th: แอ็ท / ด็อท spelling")
E("email", "Barua pepe: kazi.dar at example nukta com", None, ["kazi.dar@example.com"], "sw: at / nukta")
E("email", "Kirim ke: rekrut.sby [at] example [titik] com", None, ["rekrut.sby@example.com"], "id: [at] / [titik]")
E("email", "jobs{at}example{dot}org", None, ["jobs@example.org"], "en: curly braces around at / dot")
E("email", "Contact: info[@]example[.]net", None, ["info@example.net"], "sec: defanged brackets")
E("email", "Write: ana&#64;example.com", None, ["ana@example.com"], "html: numeric entity for @")
E(
    "email",
    "Mail: nina&commat;example&period;org",
    None,
    ["nina@example.org"],
    "html: named entities &commat; / &period;",
)
E("email", '<a href="mailto:eva%40example.com">mail</a>', None, ["eva@example.com"], "url: percent-encoded @ in mailto")
E("email", "[Mail me](mailto:tom.r@example.net)", None, ["tom.r@example.net"], "md: mailto link")
E("email", "'zoe' + '@' + 'example.com'", None, ["zoe@example.com"], "js: concatenated pieces")
E("email", "j o b s @ e x a m p l e . c o m", None, ["jobs@example.com"], "en: letter-spaced")
E("email", "kim.s\n@example.org", None, ["kim.s@example.org"], "en: line break before @")
E(
    "email",
    "mila@" + cyr("exa") + "mple.com",
    None,
    ["mila@example.com"],
    "ru: Cyrillic look-alike letters in the domain",
)
E("email", "ＹＵＫＩ＠ＥＸＡＭＰＬＥ．ＣＯＭ", None, ["yuki@example.com"], "ja: full-width capitals")
E("email", "Mail → lea AT example DOT org", None, ["lea@example.org"], "en: upper-case AT / DOT")
E("email", "メール：saki「at」example「dot」net", None, ["saki@example.net"], "ja: 「at」「dot」")
E(
    "email",
    "Почта: lena.v (собачка) example (точка) com",
    None,
    ["lena.v@example.com"],
    "ru: собачка / точка in brackets",
)
E(
    "email",
    "Email me at mia dot k at example dot net",
    None,
    ["mia.k@example.net"],
    "en: 'at' used twice, sentence and @",
)
E("email", "Contact • rosa.m ＠ example • com", None, ["rosa.m@example.com"], "es: full-width @ and bullet for dot")
E("email", "two addresses: a@example.com;b@example.org", None, ["a@example.com", "b@example.org"], "en: semicolon list")
E("email", "CV 📧 dev.team@example.org 📧", None, ["dev.team@example.org"], "en: envelope emoji around")
E("email", "Email: <b>hr</b>&#64;<b>example</b>.com", None, ["hr@example.com"], "html: tags and entity")
E("email", "maria.s@example.com\u200b\u200b(work)", None, ["maria.s@example.com"], "en: zero-width spaces after")
E("email", "郵件：chen.li（at）example（dot）com", None, ["chen.li@example.com"], "zh-TW: full-width brackets")
E("email", "Eposta: elif.k @ example . net", None, ["elif.k@example.net"], "tr: spaces around @ and dot")
E("email", "Email: liam.o'brien@example.com", None, ["liam.o'brien@example.com"], "ga: apostrophe in the local part")
# negatives
E("email", "git clone git@github.com:acme/site.git", None, [], "dev: git SSH remote")
E("email", "assets/logo@2x.png, icon@3x.webp", None, [], "dev: retina image names")
E("email", "Password: MyP@ssw0rd (change it!)", None, [], "en: password with @")
E("email", "Only addresses @example.com accepted", None, [], "en: domain only")
E("email", "Meet @ 10:30 at example.org's office", None, [], "en: @ for time")
E("email", "Cron mails go to root@localhost", None, [], "dev: local mailbox, no domain")
E("email", "Twitter: @example · Insta: @example.co", None, [], "en: handles")
E("email", "Adresse e-mail masquée : j***@e***.com", None, [], "fr: masked address")

# ---- handle --------------------------------------------------------------
H = add
H("handle", "instagr.am/nadia.vlc", None, ["instagram:nadia.vlc"], "es: instagr.am short domain")
H("handle", "m.facebook.com/kasia.wro", None, ["facebook:kasia.wro"], "pl: mobile facebook link")
H("handle", "mobile.twitter.com/lea_bxl", None, ["twitter:lea_bxl"], "fr: mobile twitter link")
H("handle", "twitter.com/intent/user?screen_name=tomi_hel", None, ["twitter:tomi_hel"], "fi: twitter intent link")
H("handle", "telegram.me/work_in_prague", None, ["telegram:work_in_prague"], "cs: telegram.me domain")
H("handle", "telegram.dog/nika_tbs", None, ["telegram:nika_tbs"], "ka: telegram.dog mirror domain")
H("handle", "tg://resolve?domain=oksana_kyiv", None, ["telegram:oksana_kyiv"], "uk: tg://resolve link")
H("handle", "line.me/ti/p/~pim_bkk", None, ["line:pim_bkk"], "th: line.me add-friend link with ~id")
H("handle", "m.vk.com/dasha_nsk", None, ["vk:dasha_nsk"], "ru: mobile vk link")
H("handle", "www.tiktok.com/@ana.lis/live", None, ["tiktok:ana.lis"], "pt: TikTok live link")
H("handle", "onlyfans.com/mira_x?ref=link", None, ["onlyfans:mira_x"], "en: OnlyFans link with ref query")
H("handle", "kik.me/roxy_kik", None, ["kik:roxy_kik"], "en: kik.me link")
H("handle", "skype:amira.work?chat", None, ["skype:amira.work"], "ar: skype: chat URI")
H("handle", "snapchat.com/add/yui.snap?share_id=abc", None, ["snapchat:yui.snap"], "ja: snap link with share query")
H("handle", "绿泡泡：xiaomei_0520", None, ["wechat:xiaomei_0520"], "zh: 绿泡泡 slang for WeChat")
H("handle", "飞机：@lili_sh", None, ["telegram:lili_sh"], "zh: 飞机 slang for Telegram")
H("handle", "纸飞机 @nana_gz", None, ["telegram:nana_gz"], "zh: 纸飞机 for Telegram")
H("handle", "텔레: @sora_seoul", None, ["telegram:sora_seoul"], "ko: 텔레 short for Telegram")
H("handle", "ไอจี: fah.bkk", None, ["instagram:fah.bkk"], "th: ไอจี for IG")
H("handle", "เฟส: nong.mai.22", None, ["facebook:nong.mai.22"], "th: เฟส for Facebook")
H("handle", "Liên hệ tele: @thao_hcm", None, ["telegram:thao_hcm"], "vi: 'tele'")
H("handle", "Hubungi via tele @putri_bdg", None, ["telegram:putri_bdg"], "id: 'via tele'")
H("handle", "اینستا: @sara.teh", None, ["instagram:sara.teh"], "fa: اینستا")
H("handle", "İnsta: @elif.izm", None, ["instagram:elif.izm"], "tr: dotted capital İ")
H("handle", "Τέλεγκραμ: @maria_skg", None, ["telegram:maria_skg"], "el: Τέλεγκραμ")
H("handle", "इंस्टा: @riya.mum", None, ["instagram:riya.mum"], "hi: इंस्टा")
H("handle", "вк: vk.com/lera_omsk", None, ["vk:lera_omsk"], "ru: вк with link")
H("handle", "Pisz na snapie: ola.waw", None, ["snapchat:ola.waw"], "pl: inflected 'na snapie'")
H("handle", "Napiš mi na Instáč: tereza.brno", None, ["instagram:tereza.brno"], "cs: slang 'Instáč'")
H("handle", "Schreib mir auf Snap: lina.hh", None, ["snapchat:lina.hh"], "de: 'auf Snap'")
H("handle", "me segue no insta: @duda.poa", None, ["instagram:duda.poa"], "pt: 'me segue no insta'")
H("handle", "I-add niyo ako sa FB: jane.cebu", None, ["facebook:jane.cebu"], "tl: 'sa FB'")
H("handle", "Пиши в тиктоке: @alisa.kzn", None, ["tiktok:alisa.kzn"], "ru: inflected 'в тиктоке'")
H("handle", "✈️ @rabota_riga", None, ["telegram:rabota_riga"], "lv: plane emoji for Telegram")
H("handle", "🎵 @mika.dance", None, ["tiktok:mika.dance"], "en: music-note emoji for TikTok")
H("handle", "🐦 @jo_writes", None, ["twitter:jo_writes"], "en: bird emoji for Twitter")
H("handle", "insta: lena dot moon", None, ["instagram:lena.moon"], "en: 'dot' spelt in the name")
H("handle", "snap: kira underscore 22", None, ["snapchat:kira_22"], "en: 'underscore' spelt in the name")
H("handle", "Telegram: @" + cyr("sasha_rabota"), None, ["telegram:sasha_rabota"], "ru: Cyrillic look-alike letters")
H("handle", "ＩＧ：＠ｍｉｍｉ．ｓｈ", None, ["instagram:mimi.sh"], "zh: full-width IG and name")
H("handle", "TikTok: " + bold("@nina.ro"), None, ["tiktok:nina.ro"], "ro: mathematical bold name")
H("handle", "OnlyFans 👉 @bella\u200b_rose", None, ["onlyfans:bella_rose"], "en: zero-width space inside the name")
H("handle", "Skype ID: live:.cid.a1b2c3d4e5f6", None, ["skype:live:.cid.a1b2c3d4e5f6"], "en: Skype live cid id")
H("handle", "Discord: nyx#4821 (old tag)", None, ["discord:nyx#4821"], "en: legacy Discord tag")
H("handle", "Signal username: maya.42", None, ["signal:maya.42"], "en: 'Signal username'")
H("handle", "Kik 👉 lexi.kik", None, ["kik:lexi.kik"], "en: pointing emoji after Kik")
H(
    "handle",
    "Tele & IG: @dina_ldn",
    None,
    ["telegram:dina_ldn", "instagram:dina_ldn"],
    "en: ampersand between two platforms",
)
H(
    "handle",
    "Insta/Snap/TikTok → sami.lee",
    None,
    ["instagram:sami.lee", "snapchat:sami.lee", "tiktok:sami.lee"],
    "en: slash list",
)
H("handle", "WeChat: wxid_ab12cd34ef", None, ["wechat:wxid_ab12cd34ef"], "zh: wxid form")
H("handle", "LINE：@ 𝚖𝚊𝚒.𝚝𝚢𝚘", None, ["line:mai.tyo"], "ja: monospace letters after a spaced @")
H("handle", "follow me 👉 @sunny.days.22", None, ["unknown:sunny.days.22"], "en: no platform named")
# negatives
H("handle", "instagram.com/p/C8xYz12AbCd/", None, [], "en: Instagram post link")
H("handle", "instagram.com/explore/tags/jobs/", None, [], "en: Instagram tag page")
H("handle", "t.me/addstickers/CuteCats", None, [], "en: Telegram sticker pack")
H("handle", "twitter.com/search?q=jobs", None, [], "en: Twitter search")
H("handle", "tiktok.com/tag/travel", None, [], "en: TikTok tag page")
H("handle", "facebook.com/events/123456789012345/", None, [], "en: Facebook event")
H("handle", "vk.com/wall-123456_789", None, [], "ru: VK wall post")
H("handle", "Discord: @everyone meeting @ 9pm", None, [], "en: Discord mention-all and time")
H("handle", "t.me/share/url?url=example.com", None, [], "en: Telegram share link")

# ---- payment -------------------------------------------------------------
Y = add
Y("payment", "cash.me/$RubyJ", None, ["cashapp:$rubyj"], "en: old cash.me domain")
Y("payment", "Payez par Cash App : $ChloeM", None, ["cashapp:$chloem"], "fr: 'par Cash App'")
Y("payment", "Zahlung über Cash App: $LenaK", None, ["cashapp:$lenak"], "de: 'über Cash App'")
Y("payment", "캐시앱: $MinaK", None, ["cashapp:$minak"], "ko: 캐시앱")
Y("payment", "キャッシュアプリ：$AoiS", None, ["cashapp:$aois"], "ja: キャッシュアプリ")
Y("payment", "Кэш Апп: $DashaV", None, ["cashapp:$dashav"], "ru: Кэш Апп")
Y("payment", "कैश ऐप: $PriyaS", None, ["cashapp:$priyas"], "hi: कैश ऐप")
Y("payment", "ca$h ap: $TeeJay", None, ["cashapp:$teejay"], "en: misspelt 'ca$h ap'")
Y("payment", "CashApp: $ m i a r o s e", None, ["cashapp:$miarose"], "en: letter-spaced tag")
Y("payment", "Cash App: $" + cyr("KaTe"), None, ["cashapp:$kate"], "en: Cyrillic look-alikes in the tag")
Y("payment", "Cash App ＄ＲＩＴＡ", None, ["cashapp:$rita"], "en: full-width sign and letters")
Y("payment", "#cashapp $Honey_B", None, ["cashapp:$honey_b"], "en: hashtag cue")
Y("payment", "Cash App: dollar sign JennyV", None, ["cashapp:$jennyv"], "en: 'dollar sign' spelt")
Y("payment", "account.venmo.com/u/Kira-Moss", None, ["venmo:kira-moss"], "en: account.venmo.com link")
Y("payment", "Payez par Venmo : @Chloe-Dubois", None, ["venmo:chloe-dubois"], "fr: 'par Venmo'")
Y("payment", "Per Venmo an @Lena-Koch", None, ["venmo:lena-koch"], "de: 'per Venmo an'")
Y("payment", "벤모: @Yuna-Park", None, ["venmo:yuna-park"], "ko: 벤모")
Y("payment", "ベンモ：@Hana-Ito", None, ["venmo:hana-ito"], "ja: ベンモ")
Y("payment", "فينمو: @Lina-Haddad", None, ["venmo:lina-haddad"], "ar: فينمو")
Y("payment", "V e n m o: @Cara-J", None, ["venmo:cara-j"], "en: letter-spaced service name")
Y("payment", "Venmo ＠Ivy-Chen", None, ["venmo:ivy-chen"], "en: full-width @")
Y("payment", "venmo me → Bree_Hall (last 4: 0147)", None, ["venmo:bree_hall"], "en: 'venmo me' with phone check digits")
Y("payment", "paypal.me/SofiaR/25EUR", None, ["paypal:sofiar"], "en: paypal.me with currency amount")
Y("payment", "PayPal.Me/MaxiB", None, ["paypal:maxib"], "de: mixed-case PayPal.Me")
Y("payment", "페이팔: paypal.me/JiwooL", None, ["paypal:jiwool"], "ko: 페이팔")
Y("payment", "ペイパル：paypal.me/RenaK", None, ["paypal:renak"], "ja: ペイパル")
Y("payment", "Per PayPal an paypal.me/TimoS", None, ["paypal:timos"], "de: 'per PayPal an'")
Y("payment", "P@yP@l.me/GinaV", None, ["paypal:ginav"], "en: leet P@yP@l")
Y("payment", "paypal[.]me/OlgaN", None, ["paypal:olgan"], "en: defanged dot")
Y("payment", "paypal . me / AmeliaW", None, ["paypal:ameliaw"], "en: spaces around dot and slash")
Y("payment", "PayPal: @NinaKraus", None, ["paypal:ninakraus"], "de: PayPal @username")
Y("payment", "PayPal-Pool: paypal.me/pools/c/8abcDEF123", None, [], "de: PayPal pool link, not a tag")
Y("payment", "Revtag: @marek.p", None, ["revolut:marek.p"], "pl: Revtag")
Y("payment", "Payez via Revolut : @camille.d", None, ["revolut:camille.d"], "fr: 'via Revolut'")
Y("payment", "Über Revolut: @jonas.w", None, ["revolut:jonas.w"], "de: 'über Revolut'")
Y("payment", "Pague pelo Revolut: @ines.c", None, ["revolut:ines.c"], "pt: 'pelo Revolut'")
Y("payment", "Plătește prin Revolut: @ioana.t", None, ["revolut:ioana.t"], "ro: 'prin Revolut'")
Y("payment", "Pošli přes Revolut: @petra.n", None, ["revolut:petra.n"], "cs: 'přes Revolut'")
Y("payment", "Revoluton: @zsofi.b", None, ["revolut:zsofi.b"], "hu: locative Revoluton")
Y("payment", "Револют: @mila.sf", None, ["revolut:mila.sf"], "bg: Револют")
Y("payment", "レボリュート：@yuki.t", None, ["revolut:yuki.t"], "ja: レボリュート")
Y("payment", "revolut dot me slash anna.b", None, ["revolut:anna.b"], "en: 'dot me slash' spelt")
Y("payment", "REVOLUT.ME/DANI_S", None, ["revolut:dani_s"], "en: upper-case revolut link")
Y("payment", "monzo.me/rosieb/20?d=deposit", None, ["monzo:rosieb"], "en-GB: monzo.me with amount and description")
Y("payment", "Monzo me: monzo.me/kate-h", None, ["monzo:kate-h"], "en-GB: 'Monzo me'")
Y("payment", "Pay via Monzo 👉 monzo.me/aimee", None, ["monzo:aimee"], "en-GB: pointing emoji")
Y("payment", "https://MONZO.ME/ELLIE", None, ["monzo:ellie"], "en-GB: upper-case monzo link")
Y(
    "payment",
    "Cash App $Zara | Venmo @Zara-Q | PayPal paypal.me/ZaraQ",
    None,
    ["cashapp:$zara", "venmo:zara-q", "paypal:zaraq"],
    "en: three services with pipes",
)
Y(
    "payment",
    "Revolut @kasia.m ou PayPal paypal.me/KasiaM",
    None,
    ["revolut:kasia.m", "paypal:kasiam"],
    "fr: 'ou' between",
)
Y("payment", "Cash App: $Dolly\nVenmo: @Dolly-Rae", None, ["cashapp:$dolly", "venmo:dolly-rae"], "en: two lines")
Y("payment", "Depo via CashApp: $Ayu_M", None, ["cashapp:$ayu_m"], "id: 'via CashApp'")
# negatives
Y("payment", "$5 off your first order!", None, [], "en: discount")
Y("payment", "$BTC and $ETH pumping", None, [], "en: crypto tickers")
Y("payment", "cash.app/help", None, [], "en: Cash App help page")
Y("payment", "Pay with PayPal at checkout", None, [], "en: service named, no tag")
Y("payment", "revolut.com/app", None, [], "en: Revolut app page")
Y("payment", "Price: USD$500, C$40 deposit", None, [], "en: currency prefixes")
Y("payment", "venmo.com/legal/us-user-agreement", None, [], "en: Venmo legal page")
Y("payment", "Monzo: sort code 04-00-04", None, [], "en-GB: bank details, no tag")

# ---- crypto --------------------------------------------------------------
C = add
labels = [
    ("cs", "Adresa peněženky (BTC): {a}", btc_wpkh),
    ("sk", "Adresa peňaženky (USDT TRC20): {a}", trx),
    ("lt", "Piniginės adresas (ETH): {a}", eth),
    ("lv", "Maka adrese (BTC): {a}", btc_tr),
    ("hr", "Adresa novčanika (USDT TRC20): {a}", trx),
    ("sr", "Адреса новчаника (ETH): {a}", eth),
    ("el", "Διεύθυνση πορτοφολιού (BTC): {a}", btc_p2sh),
    ("he", "כתובת הארנק (USDT TRC20): {a}", trx),
    ("fa", "آدرس کیف پول (تتر TRC20): {a}", trx),
    ("hi", "वॉलेट पता (ETH): {a}", eth),
    ("th", "ที่อยู่กระเป๋าเงิน (BTC): {a}", btc_wpkh),
    ("vi", "Địa chỉ ví (USDT TRC20): {a}", trx),
    ("ja", "ウォレットアドレス（ETH）：{a}", eth),
    ("tr", "Cüzdan adresi (LTC): {a}", ltc_w),
    ("pt", "Endereço da carteira (SOL): {a}", sol),
    ("nl", "Walletadres (BTC): {a}", btc_p2pkh),
    ("kk", "Әмиян мекенжайы (USDT TRC20): {a}", trx),
    ("ms", "Alamat dompet (DOGE): {a}", doge_p2sh),
    ("ne", "वालेट ठेगाना (BTC): {a}", btc_wsh),
    ("si", "පසුම්බි ලිපිනය (ETH): {a}", eth),
    ("km", "អាសយដ្ឋានកាបូប (USDT TRC20): {a}", trx),
    ("ca", "Adreça del moneder (XMR): {a}", xmr),
    ("is", "Veskisfang (BTC): {a}", btc_tr),
    ("ga", "Seoladh an sparáin (ETH): {a}", eth),
    ("cy", "Cyfeiriad waled (LTC): {a}", ltc_m),
    ("sl", "Naslov denarnice (USDT TRC20): {a}", trx),
    ("ky", "Капчык дареги (ETH): {a}", eth),
    ("lo", "ທີ່ຢູ່ກະເປົາ (BTC): {a}", btc_wpkh),
]
CHAIN = {
    trx: "trx",
    eth: "eth",
    ltc_l: "ltc",
    ltc_m: "ltc",
    ltc_w: "ltc",
    btc_p2sh: "btc",
    btc_wpkh: "btc",
    btc_wsh: "btc",
    btc_tr: "btc",
    btc_p2pkh: "btc",
    sol: "sol",
    doge: "doge",
    doge_p2sh: "doge",
    xmr: "xmr",
}
for i, (lang, tpl, fn) in enumerate(labels):
    a = fn(f"label32-{lang}-{i}")
    value = a.lower() if fn is eth else a
    C("crypto", tpl.format(a=a), None, [f"{CHAIN[fn]}:{value}"], f"{lang}: {fn.__name__} with local label")
a = btc_wpkh("bip21-label")
C(
    "crypto",
    f"bitcoin:{a}?amount=0.002&label=Rent&message=Deposit%20room",
    None,
    [f"btc:{a}"],
    "uri: BIP 21 with label and message",
)
a = eth("eip681")
C("crypto", f"ethereum:{a}@1?value=2.5e16", None, [f"eth:{a.lower()}"], "uri: EIP-681 with chain id")
a = ltc_l("ltc-uri")
C("crypto", f"litecoin:{a}?amount=0.5", None, [f"ltc:{a}"], "uri: litecoin URI")
a = doge("doge-uri")
C("crypto", f"dogecoin:{a}?amount=100", None, [f"doge:{a}"], "uri: dogecoin URI")
a = xmr("xmr-uri")
C("crypto", f"monero:{a}?tx_amount=0.1", None, [f"xmr:{a}"], "uri: monero URI")
a = sol("solana-pay")
C("crypto", f"solana:{a}?amount=1&label=Deposit", None, [f"sol:{a}"], "uri: Solana Pay")
a = eth("etherscan")
C("crypto", f"https://etherscan.io/address/{a}", None, [f"eth:{a.lower()}"], "url: etherscan address page")
a = btc_p2pkh("blockchair")
C("crypto", f"blockchair.com/bitcoin/address/{a}", None, [f"btc:{a}"], "url: blockchair address page")
a = btc_tr("mempool")
C("crypto", f"mempool.space/address/{a}", None, [f"btc:{a}"], "url: mempool.space address page")
a = btc_wpkh("caps-plain")
C("crypto", f"BTC: {a.upper()}", None, [f"btc:{a}"], "en: upper-case bech32 outside a URI")
a = trx("tether-tron")
C("crypto", f"Tether (Tron network) → {a}", None, [f"trx:{a}"], "en: 'Tether (Tron network)'")
a = eth("yaml")
C("crypto", f'wallets:\n  eth: "{a}"\n  note: ERC-20 only', None, [f"eth:{a.lower()}"], "yaml: quoted value")
a = btc_p2sh("html-code")
C("crypto", f"<p>BTC: <code>{a}</code></p>", None, [f"btc:{a}"], "html: code element")
a = trx("kagi")
C("crypto", f"USDT（TRC20）アドレス「{a}」までお願いします。", None, [f"trx:{a}"], "ja: corner brackets")
a = ltc_w("guillemets")
C("crypto", f"Adresse LTC : «{a}»", None, [f"ltc:{a}"], "fr: guillemets")
a = eth("zh-period")
C("crypto", f"请转到{a}。谢谢", None, [f"eth:{a.lower()}"], "zh: ideographic full stop after")
a1, a2 = btc_wsh("slash-btc"), eth("slash-eth")
C("crypto", f"{a1} / {a2}", None, [f"btc:{a1}", f"eth:{a2.lower()}"], "en: two bare addresses with a slash")
a = xmr_sub("purse")
C("crypto", f"👛 {a}", None, [f"xmr:{a}"], "en: purse emoji before a Monero subaddress")
a = sol("table")
C("crypto", f"| chain | address |\n|---|---|\n| SOL | {a} |", None, [f"sol:{a}"], "md: table row")
a = doge("scan")
C("crypto", f"Scan the QR or copy:\n\n{a}\n\nmin 50 DOGE", None, [f"doge:{a}"], "en: blank lines around")
a = trx("split-half")
C("crypto", f"TRC20:\n{a[:17]}\n{a[17:]}", None, [f"trx:{a}"], "en: TRON address over two lines")
# negatives
C("crypto", "https://etherscan.io/tx/0x" + seed("tx-url").hex(), None, [], "url: Ethereum transaction link")
C("crypto", "mempool.space/tx/" + seed("btc-tx").hex(), None, [], "url: Bitcoin transaction id")
xpub = base58.b58encode_check(
    bytes.fromhex("0488b21e")
    + b"\x03"
    + seed("xpub-fp")[:4]
    + b"\x00\x00\x00\x00"
    + seed("xpub-cc")
    + b"\x02"
    + seed("xpub-key")
).decode()
C("crypto", f"Watch-only xpub: {xpub}", None, [], "en: extended public key, not an address")
bad_tr = _b32_with("bc", [1, *_bits(seed("bech32-not-m"))], BECH32_CONST)
assert not check_segwit(bad_tr, "bc")
C("crypto", f"BTC (taproot): {bad_tr}", None, [], "en: witness v1 encoded with the bech32 constant (invalid)")
a = btc_wpkh("mixedcase")
bad_mc = a[:10] + a[10:20].upper() + a[20:]
assert not check_segwit(bad_mc, "bc")
C("crypto", f"BTC: {bad_mc}", None, [], "en: mixed-case bech32 (invalid)")
C("crypto", "SHA-256: " + seed("iso").hex() + "  ubuntu.iso", None, [], "dev: file checksum")
C("crypto", "commit " + seed("git").hex()[:40], None, [], "dev: git commit id")
C("crypto", "Order ID 3f2b8c1e-9d4a-4e2b-8f1c-7a6d5e4b3c2a", None, [], "en: UUID")
C("crypto", "Location 48.8584, 2.2945 · 0x1F4 units", None, [], "en: coordinates and a short hex number")

# ---- age -----------------------------------------------------------------
A = add
A("age", "Je mi 22 let, z Brna", None, ["22"], "cs: 'je mi … let'")
A("age", "Mám 21 rokov, z Košíc", None, ["21"], "sk: 'mám … rokov'")
A("age", "Imam 23 godine, iz Splita", None, ["23"], "hr: 'imam … godine'")
A("age", "Имам 22 године, из Новог Сада", None, ["22"], "sr: 'имам … године'")
A("age", "22 éves vagyok, Debrecenből", None, ["22"], "hu: 'éves vagyok'")
A("age", "Είμαι 21 χρονών, από τη Θεσσαλονίκη", None, ["21"], "el: 'χρονών'")
A("age", "Man 22 metai, iš Kauno", None, ["22"], "lt: 'man … metai'")
A("age", "Man ir 23 gadi, no Liepājas", None, ["23"], "lv: 'man ir … gadi'")
A("age", "בת 22 מחיפה", None, ["22"], "he: 'בת 22'")
A("age", native("22", PERSIAN) + " ساله، از شیراز", None, ["22"], "fa: Persian digits with ساله")
A("age", "उम्र 21 साल, जयपुर से", None, ["21"], "hi: 'उम्र … साल'")
A("age", native("22", DEVANAGARI) + " वर्षकी केटी, पोखरा", None, ["22"], "ne: Devanagari digits, 'वर्षकी'")
A("age", "वय " + native("23", DEVANAGARI) + " वर्षे, पुणे", None, ["23"], "mr: 'वय … वर्षे'")
A("age", "ਉਮਰ " + native("22", GURMUKHI) + " ਸਾਲ, ਲੁਧਿਆਣਾ", None, ["22"], "pa: Gurmukhi digits")
A("age", "ವಯಸ್ಸು " + native("21", KANNADA) + ", ಮೈಸೂರು", None, ["21"], "kn: Kannada digits")
A("age", "වයස 22යි, මහනුවර", None, ["22"], "si: 'වයස'")
A("age", "อายุ " + native("22", THAI) + " ปี เชียงราย", None, ["22"], "th: Thai digits")
A("age", "ອາຍຸ " + native("21", LAO) + " ປີ, ປາກເຊ", None, ["21"], "lo: Lao digits")
A("age", "អាយុ " + native("22", KHMER) + " ឆ្នាំ, សៀមរាប", None, ["22"], "km: Khmer digits")
A("age", "스물두 살이에요, 대구", None, ["22"], "ko: native Korean number words")
A("age", "만 21세, 부산", None, ["21"], "ko: international age 만 … 세")
A("age", "ハタチです！札幌在住", None, ["20"], "ja: ハタチ (twenty years old)")
A("age", "芳龄23，成都", None, ["23"], "zh: 芳龄")
A("age", "22 taong gulang, taga-Davao", None, ["22"], "tl: 'taong gulang'")
A("age", "Nina miaka ishirini na mbili, kutoka Arusha", None, ["22"], "sw: number words 'ishirini na mbili'")
A("age", "Tinc 22 anys, de Girona", None, ["22"], "ca: 'tinc … anys'")
A("age", "22 urte ditut, Donostiakoa", None, ["22"], "eu: 'urte ditut'")
A("age", "Teño 21 anos, de Vigo", None, ["21"], "gl: 'teño … anos'")
A("age", "Dw i'n 22 oed, o Abertawe", None, ["22"], "cy: 'oed'")
A("age", "Tá mé 23 bliain d'aois, as Corcaigh", None, ["23"], "ga: 'bliain d'aois'")
A("age", "Ég er 22 ára, frá Akureyri", None, ["22"], "is: 'ára'")
A("age", "22 жастамын, Шымкенттен", None, ["22"], "kk: 'жастамын'")
A("age", "22 жаштамын, Оштон", None, ["22"], "ky: 'жаштамын'")
A("age", "Синну солам 22, аз Хуҷанд", None, ["22"], "tg: 'синну сол'")
A("age", "Huszonkét éves lány, Szeged", None, ["22"], "hu: number word 'huszonkét éves'")
A("age", "Je mi dvaadvacet let", None, ["22"], "cs: number word 'dvaadvacet'")
A("age", "Είμαι είκοσι ενός χρονών", None, ["21"], "el: number words")
A("age", "Ik ben tweeëntwintig jaar", None, ["22"], "nl: number word with diaeresis")
A("age", "22F looking for a room in Leeds", None, ["22"], "en: '22F' dating shorthand")
A("age", "F, 21, new in Dublin", None, ["21"], "en: 'F, 21'")
A("age", "Anna (22) aus Köln sucht Job", None, ["22"], "de: age in parentheses after a name")
A("age", "Alter: 23 J., Hamburg", None, ["23"], "de: 'Alter … J.'")
A("age", "22 Lenze jung, aus Wien", None, ["22"], "de: poetic 'Lenze'")
A("age", "Tengo 22 primaveras 🌸", None, ["22"], "es: poetic 'primaveras'")
A("age", "21 printemps, Marseille", None, ["21"], "fr: poetic 'printemps'")
A("age", "Мне 22 весны", None, ["22"], "ru: poetic 'весны'")
A("age", "age: 2" + KEYCAP_BARE + "3" + KEYCAP_BARE, None, ["23"], "en: bare combining keycaps")
A("age", "I'm two-and-twenty, from York", None, ["22"], "en: archaic 'two-and-twenty'")
A("age", "Ndili ndi zaka 19, ndikufuna ntchito", None, ["19"], "ny: 'zaka 19', seeking work")
A("age", "Ich bin 17 und suche Arbeit als Kellnerin", None, ["17"], "de: a minor looking for work")
A("age", "Mam 16 lat, szukam pracy", None, ["16"], "pl: a minor looking for work")
# negatives
A("age", "Wohnung 22 m², 3. Stock", None, [], "de: area and floor")
A("age", "Seit 2022 im Geschäft, 22 Bewertungen", None, [], "de: year and review count")
A("age", "Öffnungszeiten bis 22 Uhr", None, [], "de: closing time")
A("age", "22 €/Std., Barzahlung", None, [], "de: hourly price")
A("age", "Velikost 22, délka 68 cm", None, [], "cs: size and length")
A("age", "Hus nr 22, 22 km från Malmö", None, [], "sv: house number and distance")
A("age", "22 éve a piacon", None, [], "hu: years in business")
A("age", "אוטובוס 22 בשעה 22:15", None, [], "he: bus number and time")
A("age", "สาขา 22 เปิด 24/7", None, [], "th: branch number and 24/7")


if __name__ == "__main__":
    print(json.dumps(B.write()))
