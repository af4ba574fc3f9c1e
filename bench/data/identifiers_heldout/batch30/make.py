"""Generate batch 30 of Clew's held-out identifier set (bench/data/identifiers_heldout/batch30/<type>.jsonl).

    python bench/data/identifiers_heldout/batch30/make.py

Why a thirtieth batch: batches up to 29 have been scored and studied, so they no longer measure text
nobody tuned for.  Batch 30 was written blind by an author who read only issue 3, the data contract, the
scorer, the first lines of batch 7's files (record format) and batch 29's make.py (to reuse its encoders
and checks and to choose *other* cases).  No extractor code, generated docs, tests or held-out records
were read (nor the generators of batches 27 and 28, so an overlap with them is possible but unintended).

Everyday posts (classifieds, Telegram / WhatsApp / Line / VK / WeChat posts, job boards, forums, OCR'd
flyers, signatures) in 50+ languages and 20+ scripts, with disguises batch 29 did not use: phone digits
spelt in Lithuanian, Latvian, Irish, Welsh, Icelandic, Catalan, Basque, Croatian, Serbian, Slovak, Czech,
Hungarian, Greek, Hebrew, Persian, Pashto, Kazakh, Kyrgyz, Tajik, Turkmen, Nepali, Marathi, Punjabi,
Kannada, Sinhala, Khmer, Lao, Somali, Swahili, Igbo, Malagasy, Cebuano, Javanese, Haitian Creole, Maori,
Scottish Gaelic, Kurmanji, Tigrinya and Sino-Korean Hangul; parenthesised digits, Vai / Newa / Pahawh
Hmong digits, Arabic-Indic or Devanagari groups mixed with ASCII ones, full- and half-width mixed with a
katakana long-vowel dash, combining enclosing squares, strikethrough digits, invisible separators, O / l
for 0 / 1, Russian words inside a digit number; tilde / slash / underscore / star-emoji / table-pipe
separators; viber:// and api.whatsapp.com links, +44 (0), 00 and 011 exit prefixes, an extension, a
hashtag, a flag emoji or a Cyrillic city as the only region cue, groups introduced by Polish words.
E-mail at / dot words of Lithuanian, Latvian, Croatian, Serbian (мајмунче), Czech / Slovak (zavináč),
Hungarian (kukac), Greek (παπάκι), Hebrew (שטרודל), Persian, Swedish / Danish (snabel-a), Dutch
(apenstaartje), Catalan (arrova), Kazakh (айқұлақ), Armenian (շնիկ), Hindi, Nepali, Khmer, Tagalog,
Swahili, Japanese katakana (アットマーク), Chinese (艾特), Turkish (et işareti); defanged [@] / [.], HTML
entities, %40, JavaScript concatenation, letter spacing, 【at】, «at», {at}, full-width, local part and
domain given apart, markdown mailto, glued to Thai / Chinese, subdomain, capitals in brackets, (@), leet
4t / d0t, signature, CSV, Cyrillic look-alikes in the domain, zero-width joiners, OCR comma, circled
letters, a line break before @.  Handles in instagr.am, instagram /_u/, tg://resolve, telegram.me,
telegram.dog, t.me ?start, twitter intent, mobile.twitter, tiktok ?lang, web. / m.facebook, kik.me,
skype:?chat, onlyfans ?ref, snapchat /add ?share_id, vk ?w, line.me/R/ti/p/~ links; cues ✈️, 🐦, VX, V信,
賴, 推特, インスタ, 인스타, 텔레, ไอจี, Persian, Turkish, Hindi, Bengali, Georgian, Телеграмм, тележка,
Polish / Finnish / Spanish / Thai / Arabic / Ukrainian / Russian wordings, 0nlyfans; user names with
spelt dot / underscore, full-width, mathematical bold, @ on its own line.  Payment tags in cash.me links,
'dollar sign' spelt, brackets, next line, #cashapp, CA$H APP, Cash App / Venmo / PayPal / Revolut in
Russian, Korean, Japanese, Thai, Hebrew, Hindi, Arabic, Persian and in European wordings (par, über,
tramite, przez, üzerinden, lewat, kupitia, sou, Revoluton, preko, prin, чрез, via), account.venmo.com,
paypal.me with amount / defanged / capitalised / spaced / spelt, revolut.me, Revtag, monzo.me amounts.
Crypto behind labels in 26 other languages, BIP 21-style URIs of other coins (EIP-681, litecoin:,
dogecoin:, Solana Pay, monero:), explorer links (mempool.space, blockchair, Solana explorer, ethplorer),
upper-case hex, ZWNJ, hyphenated line break, hyphen-separated chunks, fenced code, markdown table,
guillemets, arrows, two chains on a line, quotes, glued to Chinese.  Ages in 35 other languages and
scripts, abbreviations (J., l., г., thn, 22t), 才, 周岁, native Korean / Thai / Hindi / Hebrew / Greek /
Swahili number words, 'just turned', 'summers'.  About 15 % negatives per type with look-alike
distractors (tracking ids, IBAN, view counts, flights, coordinates, versions, masked addresses, share /
tag / invite links, stock cashtags, transaction ids and signatures, fingerprints, commit hashes, sizes,
hours, percentages).

Crypto addresses: payloads are sha256 of fixed seed strings, wrapped in the real base58check / bech32
(BIP 173) / bech32m (BIP 350) / EIP-55 / Monero base58 encodings; every expected value is re-checked by
decoders written separately from the encoders (and, for witness v0, by the `bech32` reference package),
and every crypto negative is checked to fail them.  Every expected phone is checked with `phonenumbers`
(valid for its region, E.164 equal).  Fictional contact data only (NA 555-01xx, UK 020 7946 0xxx,
FR 01 99 00 xx xx, AU 0491 570 1xx; example.com/.org/.net; made-up handles).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import base58

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kit import (
    ARABIC_INDIC,
    DEVANAGARI,
    KHMER,
    LAO,
    ZWNJ,
    Batch,
    Wallets,
    bold,
    check_b58c,
    check_segwit,
    combining,
    cyr,
    e164,
    full,
    native,
    remap,
)

W = Wallets(30)
seed, btc_p2pkh, btc_p2sh, btc_wpkh, btc_wsh = W.seed, W.btc_p2pkh, W.btc_p2sh, W.btc_wpkh, W.btc_wsh
btc_tr, eth, trx, ltc_l, ltc_m, ltc_w, doge = W.btc_tr, W.eth, W.trx, W.ltc_l, W.ltc_m, W.ltc_w, W.doge
doge_p2sh, sol, xmr, xmr_sub = W.doge_p2sh, W.sol, W.xmr, W.xmr_sub

OUT = Path(__file__).resolve().parent
BATCH = 30


# ---------------------------------------------------------------- digit forms and look-alikes (batch 25, reused)

BENGALI, TAMIL, TIBETAN, MONGOLIAN, OL_CHIKI, ADLAM = 0x09E6, 0x0BE6, 0x0F20, 0x1810, 0x1C50, 0x1E950


B = Batch(BATCH, OUT)
add = B.add


# ---------------------------------------------------------------- batch 30 number words and digit forms

WORDS = {
    "lt": "nulis vienas du trys keturi penki šeši septyni aštuoni devyni",
    "lv": "nulle viens divi trīs četri pieci seši septiņi astoņi deviņi",
    "ga": "náid aon dó trí ceathair cúig sé seacht ocht naoi",
    "cy": "dim un dau tri pedwar pump chwech saith wyth naw",
    "is": "núll einn tveir þrír fjórir fimm sex sjö átta níu",
    "ca": "zero u dos tres quatre cinc sis set vuit nou",
    "eu": "zero bat bi hiru lau bost sei zazpi zortzi bederatzi",
    "sr": "нула један два три четири пет шест седам осам девет",
    "cs": "nula jedna dva tři čtyři pět šest sedm osm devět",
    "hu": "nulla egy kettő három négy öt hat hét nyolc kilenc",
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα",
    "he": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע",
    "fa": "صفر یک دو سه چهار پنج شش هفت هشت نه",
    "ps": "صفر یو دوه درې څلور پنځه شپږ اووه اته نهه",
    "kk": "нөл бір екі үш төрт бес алты жеті сегіз тоғыз",
    "tg": "сифр як ду се чор панҷ шаш ҳафт ҳашт нӯҳ",
    "tk": "nol bir iki üç dört bäş alty ýedi sekiz dokuz",
    "ne": "शून्य एक दुई तीन चार पाँच छ सात आठ नौ",
    "pa": "ਸਿਫ਼ਰ ਇੱਕ ਦੋ ਤਿੰਨ ਚਾਰ ਪੰਜ ਛੇ ਸੱਤ ਅੱਠ ਨੌਂ",
    "kn": "ಸೊನ್ನೆ ಒಂದು ಎರಡು ಮೂರು ನಾಲ್ಕು ಐದು ಆರು ಏಳು ಎಂಟು ಒಂಬತ್ತು",
    "si": "බිංදුව එක දෙක තුන හතර පහ හය හත අට නවය",
    "km": "សូន្យ មួយ ពីរ បី បួន ប្រាំ ប្រាំមួយ ប្រាំពីរ ប្រាំបី ប្រាំបួន",
    "so": "eber kow laba saddex afar shan lix toddoba siddeed sagaal",
    "sw": "sifuri moja mbili tatu nne tano sita saba nane tisa",
    "ig": "efu otu abụọ atọ anọ ise isii asaa asatọ itoolu",
    "mg": "aotra iray roa telo efatra dimy enina fito valo sivy",
    "tl": "sero isa dalawa tatlo apat lima anim pito walo siyam",
    "ht": "zewo en de twa kat senk sis sèt uit nèf",
    "ti": "ዜሮ ሓደ ክልተ ሰለስተ ኣርባዕተ ሓሙሽተ ሽዱሽተ ሸውዓተ ሸሞንተ ትሽዓተ",
    "ko-native": "공 일 이 삼 사 오 육 칠 팔 구",
}


def spell(lang: str, number: str, sep: str = " ", group: str = ", ") -> str:
    """``number``'s digits as the words of ``lang``, groups (split on spaces) joined by ``group``."""
    words = WORDS[lang].split()
    assert len(words) == 10, lang
    return group.join(sep.join(words[int(c)] for c in g) for g in number.split())


PAREN = dict(zip("123456789", (chr(0x2474 + i) for i in range(9)), strict=True))
PAREN["0"] = "(0)"
VAI, NEWA, PAHAWH = 0xA620, 0x11450, 0x16B50
STRIKE, SQUARE, INVIS_SEP, ZWJ = "\u0336", "\u20de", "\u2063", "\u200d"
CIRCLED_LOWER = {chr(97 + i): chr(0x24D0 + i) for i in range(26)}

# ---- phone ---------------------------------------------------------------
P = add
spelt = [
    ("lt", "Darbas Londone, būstas nemokamas. Skambinkite: {w}", "020 7946 0418", "GB", " ", ", "),
    ("lv", "Darbs Sidnejā, dzīvoklis bez maksas. Zvaniet: {w}", "0491 570 127", "AU", " ", ", "),
    ("ga", "Obair i Nua-Eabhrac, lóistín saor in aisce. Glaoigh: {w}", "212 555 0136", "US", " ", ", "),
    ("cy", "Gwaith yn Llundain, llety am ddim. Ffoniwch: {w}", "020 7946 0583", "GB", " ", ", "),
    ("is", "Vinna í Toronto, húsnæði frítt. Hringdu: {w}", "416 555 0104", "CA", " ", ", "),
    ("ca", "Feina a París, allotjament gratuït. Truca al {w}", "01 99 00 37 52", "FR", " ", ", "),
    ("eu", "Lana Parisen, ostatua doan. Deitu: {w}", "01 99 00 84 16", "FR", "-", " / "),
    ("sr", "Посао у Лондону, смештај бесплатан. Позовите: {w}", "020 7946 0672", "GB", " ", ", "),
    ("cs", "Práce v Torontu, ubytování zdarma. Volejte: {w}", "647 555 0158", "CA", " ", ", "),
    ("hu", "Munka Sydneyben, szállás ingyen. Hívjon: {w}", "0491 570 181", "AU", " ", ", "),
    ("el", "Δουλειά στο Λονδίνο, δωρεάν διαμονή. Τηλέφωνο: {w}", "020 7946 0947", "GB", " ", ", "),
    ("he", "עבודה בטורונטו, מגורים חינם. התקשרו: {w}", "905 555 0117", "CA", " ", ", "),
    ("fa", "کار در سیدنی، محل اقامت رایگان. تماس: {w}", "0491 570 139", "AU", " ", "، "),
    ("ps", "په لندن کې کار، استوګنه وړیا. زنګ ووهئ: {w}", "020 7946 0254", "GB", " ", "، "),
    ("kk", "Торонтода жұмыс, тұрғын үй тегін. Қоңырау шалыңыз: {w}", "416 555 0189", "CA", " ", ", "),
    ("tg", "Кор дар Лондон, манзил ройгон. Занг занед: {w}", "020 7946 0361", "GB", " ", ", "),
    ("tk", "Parižde iş, ýaşaýyş jaý mugt. Jaň ediň: {w}", "01 99 00 26 47", "FR", " ", ", "),
    ("ne", "सिड्नीमा काम, बस्ने ठाउँ निःशुल्क। फोन गर्नुहोस्: {w}", "0491 570 154", "AU", " ", ", "),
    ("pa", "ਟੋਰਾਂਟੋ ਵਿੱਚ ਨੌਕਰੀ, ਰਿਹਾਇਸ਼ ਮੁਫ਼ਤ। ਫ਼ੋਨ ਕਰੋ: {w}", "647 555 0172", "CA", " ", ", "),
    ("kn", "ಲಂಡನ್‌ನಲ್ಲಿ ಕೆಲಸ, ವಸತಿ ಉಚಿತ. ಕರೆ ಮಾಡಿ: {w}", "020 7946 0816", "GB", " ", ", "),
    ("si", "සිඩ්නි හි රැකියා, නවාතැන් නොමිලේ. අමතන්න: {w}", "0491 570 193", "AU", " ", ", "),
    ("km", "ការងារនៅស៊ីដនី ស្នាក់នៅឥតគិតថ្លៃ។ ទូរស័ព្ទ៖ {w}", "0491 570 115", "AU", " ", " / "),
    ("so", "Shaqo London ah, hoy bilaash ah. Wac: {w}", "020 7946 0627", "GB", " ", ", "),
    ("sw", "Kazi Toronto, malazi bure. Piga simu: {w}", "416 555 0145", "CA", " ", ", "),
    ("ig", "Ọrụ na London, ebe obibi n'efu. Kpọọ: {w}", "020 7946 0538", "GB", " ", ", "),
    ("mg", "Asa any Paris, trano maimaim-poana. Antsoy: {w}", "01 99 00 53 71", "FR", " ", ", "),
    ("ht", "Travay Miami, lojman gratis. Rele: {w}", "305 555 0123", "US", " ", ", "),
    ("ti", "ስራሕ ኣብ ለንደን፣ መንበሪ ብነጻ። ደውሉ፦ {w}", "020 7946 0269", "GB", " ", "፣ "),
]
for lang, tpl, number, region, sep, group in spelt:
    P("phone", tpl.format(w=spell(lang, number, sep, group)), region, [e164(number, region)], f"{lang}: number words")
P(
    "phone",
    "서울 말고 시드니 일자리. 연락: " + spell("ko-native", "0491 570 183", "", " "),
    "AU",
    ["+61491570183"],
    "ko: Sino-Korean digit syllables in Hangul",
)
P("phone", "Tel " + remap("312 555 0164", PAREN), "US", ["+13125550164"], "en: parenthesised digits, (0) for zero")
P(
    "phone",
    "اتصل على +44 " + native("20", ARABIC_INDIC) + " 7946 " + native("0385", ARABIC_INDIC),
    None,
    ["+442079460385"],
    "ar: Arabic-Indic and ASCII digits mixed in one number",
)
P(
    "phone",
    "कॉल करें: 646 " + native("555", DEVANAGARI) + " 0128",
    "US",
    ["+16465550128"],
    "hi: Devanagari and ASCII digit groups mixed",
)
P(
    "phone",
    "シドニー勤務　電話：" + full("0491") + "ー" + full("570") + "ー" + "137",
    "AU",
    ["+61491570137"],
    "ja: full-width and half-width digits mixed, katakana long-vowel mark as dash",
)
P("phone", "viber://chat?number=%2B442079460153", None, ["+442079460153"], "url: viber chat link with encoded plus")
P(
    "phone",
    "https://api.whatsapp.com/send?phone=16465550191&text=Hola%20vi%20el%20anuncio",
    None,
    ["+16465550191"],
    "url: api.whatsapp.com send link",
)
P("phone", "UK office: +44 (0)20 7946 0874", None, ["+442079460874"], "en-GB: trunk zero in brackets after +44")
P("phone", "Appelez le 00 33 1 99 00 47 18", None, ["+33199004718"], "fr: 00 international prefix")
P("phone", "From the US dial 011 61 491 570 161", None, ["+61491570161"], "en-US: 011 exit code before +61 number")
P(
    "phone",
    "| Name | Mob |\n|------|-----|\n| Jess | 0491 | 570 | 178 |",
    "AU",
    ["+61491570178"],
    "md: groups split by table pipes",
)
P("phone", "Call 0491~570~134 anytime", "AU", ["+61491570134"], "en-AU: tilde separators")
P("phone", "Tél. 01/99/00/62/15", "FR", ["+33199006215"], "fr: slash separators")
P("phone", "text 646_555_0147", "US", ["+16465550147"], "en: underscore separators")
P("phone", "☎ 312⭐555⭐0196", "US", ["+13125550196"], "en: star emoji between groups")
P("phone", "🇦🇺 0491 570 103 (text first)", None, ["+61491570103"], "en: flag emoji as the only country cue")
P("phone", "Работа в Лондоне, тел. 020 7946 0441", None, ["+442079460441"], "ru: city in Cyrillic as region cue")
P("phone", "Call 312 пять пять пять 01 53", "US", ["+13125550153"], "ru/en: digits and Russian words in one number")
P("phone", "WhatsApp O491 57O l24", "AU", ["+61491570124"], "en-AU: letters O and l for digits")
P("phone", "Tel " + combining("416 555 0131", SQUARE), "CA", ["+14165550131"], "en: combining enclosing squares")
P("phone", "Call " + combining("312 555 0118", STRIKE), "US", ["+13125550118"], "en: strikethrough 'font' digits")
P("phone", "Tel 020" + INVIS_SEP + "7946" + INVIS_SEP + "0566", "GB", ["+442079460566"], "en-GB: invisible separators")
P("phone", "Office 020 7946 0719 ext. 12", "GB", ["+442079460719"], "en-GB: extension after the number")
P("phone", "#3125550182 #hiring #chicago", "US", ["+13125550182"], "en: number as a hashtag")
P("phone", "Tel " + native("0491 570 126", VAI), "AU", ["+61491570126"], "vai: Vai digits")
P("phone", "Tel " + native("020 7946 0953", NEWA), "GB", ["+442079460953"], "new: Newa digits")
P("phone", "Tel " + native("312 555 0107", PAHAWH), "US", ["+13125550107"], "hmn: Pahawh Hmong digits")
P(
    "phone",
    "Bureau Paris 01 99 00 18 36 / London 020 7946 0327",
    None,
    ["+33199001836", "+442079460327"],
    "fr/en: two countries named, one number each",
)
P(
    "phone",
    "Numer: zaczyna się od 020, potem 7946, na końcu 0684",
    "GB",
    ["+442079460684"],
    "pl: groups introduced by words",
)
# negatives
P("phone", "USPS 9400 1112 0255 5501 4700 00", "US", [], "en: USPS tracking number")
P("phone", "IBAN FR76 3000 6000 0112 3456 7890 189", "FR", [], "fr: IBAN")
P("phone", "Views: 4,165,550,118 · likes 312", "CA", [], "en: view count with thousands separators")
P("phone", "Flight BA0117 dep 07:46, gate 20, seat 31C", "GB", [], "en-GB: flight, time, gate")
P("phone", "51.5072, -0.1276 · 2.3 mi", "GB", [], "en-GB: coordinates")
P("phone", "Build 4.15.5501.44 (2026-11-30)", "US", [], "en: software version and date")
P("phone", "MAC 00:1A:2B:3C:4D:5E, S/N 7Q-0491-57A", "AU", [], "en: MAC address and serial number")
P("phone", "Prix 1 990 €, réf. 01 99 00", "FR", [], "fr: price and short reference")
P("phone", "Period 12.05.2026–31.05.2026, 312 m²", "US", [], "en: date range and area")
P("phone", "DHL JD014 6000 0556 6074 1, 2 Pakete", "GB", [], "de/en-GB: DHL tracking number")

# ---- email ---------------------------------------------------------------
E = add
E("email", "CV siųskite: darbas.vln eta example taškas com", None, ["darbas.vln@example.com"], "lt: eta / taškas")
E("email", "CV sūtiet: darbs.rix et example punkts com", None, ["darbs.rix@example.com"], "lv: et / punkts")
E("email", "Životopis: posao.zg manki example točka com", None, ["posao.zg@example.com"], "hr: manki / točka")
E("email", "CV: posao.bg мајмунче example тачка com", None, ["posao.bg@example.com"], "sr: мајмунче / тачка")
E("email", "Životopis: prace.brno zavináč example tečka com", None, ["prace.brno@example.com"], "cs: zavináč / tečka")
E("email", "Životopis: praca.ba zavináč example bodka net", None, ["praca.ba@example.net"], "sk: zavináč / bodka")
E("email", "Önéletrajz: munka.bp kukac example pont com", None, ["munka.bp@example.com"], "hu: kukac / pont")
E(
    "email",
    "Βιογραφικό: douleia.ath παπάκι example τελεία com",
    None,
    ["douleia.ath@example.com"],
    "el: παπάκι / τελεία",
)
E("email", "קו״ח: avoda.tlv שטרודל example נקודה com", None, ["avoda.tlv@example.com"], "he: שטרודל / נקודה")
E("email", "رزومه: kar.thr اَت example نقطه com", None, ["kar.thr@example.com"], "fa: اَت / نقطه")
E("email", "Ansökan: jobb.sthlm snabel-a example punkt org", None, ["jobb.sthlm@example.org"], "sv: snabel-a / punkt")
E("email", "Ansøgning: job.cph snabel-a example punktum net", None, ["job.cph@example.net"], "da: snabel-a / punktum")
E(
    "email",
    "Sollicitatie: werk.ams apenstaartje example punt com",
    None,
    ["werk.ams@example.com"],
    "nl: apenstaartje / punt",
)
E("email", "CV: feina.bcn arrova example punt org", None, ["feina.bcn@example.org"], "ca: arrova / punt")
E("email", "Түйіндеме: jumys.ala айқұлақ example нүкте com", None, ["jumys.ala@example.com"], "kk: айқұлақ / нүкте")
E("email", "Ռեզյումե: ashxatanq.evn շնիկ example կետ com", None, ["ashxatanq.evn@example.com"], "hy: շնիկ / կետ")
E("email", "ईमेल: naukri.pune ऐट example डॉट com", None, ["naukri.pune@example.com"], "hi: ऐट / डॉट")
E("email", "इमेल: kaam.ktm एट example डट com", None, ["kaam.ktm@example.com"], "ne: एट / डट")
E("email", "អ៊ីមែល: kar.pp អាត់ example ដត com", None, ["kar.pp@example.com"], "km: អាត់ / ដត")
E("email", "Email: trabaho.cebu at example tuldok com", None, ["trabaho.cebu@example.com"], "tl: at / tuldok")
E("email", "Barua pepe: kazi.dar kwa example nukta com", None, ["kazi.dar@example.com"], "sw: kwa / nukta")
E(
    "email",
    "メール：arubaito.osk アットマーク example ドット com",
    None,
    ["arubaito.osk@example.com"],
    "ja: katakana アットマーク / ドット",
)
E("email", "邮箱：zhaopin.cd 艾特 example 点 com", None, ["zhaopin.cd@example.com"], "zh: 艾特 for at")
E("email", "E-posta: is.ist et işareti example nokta com", None, ["is.ist@example.com"], "tr: et işareti / nokta")
E("email", "hr[@]example[.]com", None, ["hr@example.com"], "en: defanged brackets")
E("email", "mail: anna&#64;example&#46;org", None, ["anna@example.org"], "html: numeric entities for @ and .")
E("email", "mailto:lea.v%40example.net", None, ["lea.v@example.net"], "url: percent-encoded @ in mailto")
E("email", "email = 'lisa.m' + '@' + 'example.org'", None, ["lisa.m@example.org"], "js: string concatenation")
E("email", "j o b s @ e x a m p l e . n e t", None, ["jobs@example.net"], "en: letter-spaced address")
E("email", "邮箱：hr.gz【at】example【dot】com", None, ["hr.gz@example.com"], "zh: lenticular brackets around at / dot")
E("email", "почта: olga.p«at»example«dot»com", None, ["olga.p@example.com"], "ru: guillemets around at / dot")
E("email", "mail me: rosa{at}example{dot}org", None, ["rosa@example.org"], "en: curly braces around at / dot")
E("email", full("mari") + "＠" + full("example") + "．" + full("com"), None, ["mari@example.com"], "ja: all full-width")
E(
    "email",
    "username: kira.m · domain: example.net (put @ between)",
    None,
    ["kira.m@example.net"],
    "en: local part and domain given separately",
)
E("email", "[write to me](mailto:tess@example.com)", None, ["tess@example.com"], "md: mailto link")
E("email", "ติดต่อjob.bkk@example.comได้เลยค่ะ", None, ["job.bkk@example.com"], "th: glued to Thai without spaces")
E("email", "简历发hr@example.net谢谢", None, ["hr@example.net"], "zh: glued to Chinese characters")
E("email", "Bewerbung: jobs@mail.example.org", None, ["jobs@mail.example.org"], "de: subdomain")
E("email", "ANNA [AT] EXAMPLE [DOT] COM", None, ["anna@example.com"], "en: capitals with bracketed at / dot")
E("email", "mail: a.ross(@)example.com", None, ["a.ross@example.com"], "en: @ in parentheses")
E("email", "mia 4t example d0t c0m", None, ["mia@example.com"], "en: leet 4t / d0t / c0m")
E(
    "email",
    "--\nKind regards,\nPiotr Nowak\npiotr.n@example.com | Warsaw",
    None,
    ["piotr.n@example.com"],
    "en: signature block",
)
E("email", "name;email\nAna;ana.r@example.net", None, ["ana.r@example.net"], "csv: semicolon-separated row")
E(
    "email",
    "CV: cv@example.com / vagas@example.org",
    None,
    ["cv@example.com", "vagas@example.org"],
    "pt: two addresses separated by a slash",
)
E("email", "📧nina.k@example.com", None, ["nina.k@example.com"], "en: envelope emoji glued before")
E("email", "anna@" + cyr("example") + ".com", None, ["anna@example.com"], "ru/en: Cyrillic look-alikes in the domain")
E("email", "zo" + ZWJ + "e@exam" + ZWJ + "ple.org", None, ["zoe@example.org"], "en: zero-width joiners inside")
E("email", "OCR: kontakt@example,com", None, ["kontakt@example.com"], "de: OCR comma for the dot")
E(
    "email",
    "Mail: " + "".join(CIRCLED_LOWER.get(c, c) for c in "ivy") + "@example.com",
    None,
    ["ivy@example.com"],
    "en: circled letters in the local part",
)
E(
    "email",
    "Email\n  lina.h\n  @example.org\n(no calls)",
    None,
    ["lina.h@example.org"],
    "en: indented, line break before @",
)
# negatives
E("email", "Contact: j***@example.com (shown after login)", None, [], "en: masked address")
E("email", "@everyone meeting @ 5pm, room 2", None, [], "en: mentions and 'at' sign for time")
E("email", "psql -U admin@localhost", None, [], "dev: user at localhost")
E("email", "Addresses @example.org are blocked", None, [], "en: domain with no local part")
E("email", "2 @ €5 each, see example.net", None, [], "en: price with @")
E("email", "E-Mail: siehe Profil", None, [], "de: address withheld")
E("email", "IG @mara.example · web example.com", None, [], "en: handle and bare domain")
E("email", "Login: https://user:pass@example.com/admin", None, [], "url: credentials in a URL, not an address")
E("email", "Kirim ke email yang ada di bio ya", None, [], "id: address only in the bio")

# ---- handle --------------------------------------------------------------
H = add
H("handle", "instagr.am/noor.vibes", None, ["instagram:noor.vibes"], "en: instagr.am short domain")
H("handle", "instagram.com/_u/kasia.wro", None, ["instagram:kasia.wro"], "pl: instagram /_u/ deep link")
H("handle", "tg://resolve?domain=nadia_jobs", None, ["telegram:nadia_jobs"], "url: tg://resolve deep link")
H("handle", "telegram.me/work_in_lisbon", None, ["telegram:work_in_lisbon"], "pt: telegram.me link")
H("handle", "telegram.dog/vakansii_praha", None, ["telegram:vakansii_praha"], "cs: telegram.dog mirror")
H("handle", "t.me/anya_models?start=ref42", None, ["telegram:anya_models"], "en: t.me with start parameter")
H(
    "handle",
    "twitter.com/intent/user?screen_name=leila_nyc",
    None,
    ["twitter:leila_nyc"],
    "url: twitter intent link",
)
H("handle", "mobile.twitter.com/rubi_mx/with_replies", None, ["twitter:rubi_mx"], "es: mobile twitter replies tab")
H("handle", "tiktok.com/@thao.hn?lang=vi-VN", None, ["tiktok:thao.hn"], "vi: TikTok link with lang query")
H("handle", "web.facebook.com/amara.lagos", None, ["facebook:amara.lagos"], "en-NG: web.facebook.com")
H("handle", "m.facebook.com/ioana.bucuresti", None, ["facebook:ioana.bucuresti"], "ro: mobile Facebook link")
H("handle", "kik.me/jade.kik", None, ["kik:jade.kik"], "en: kik.me link")
H("handle", "skype:lara.work?chat", None, ["skype:lara.work"], "url: skype: chat URI")
H("handle", "onlyfans.com/roxy_lane?ref=linktree", None, ["onlyfans:roxy_lane"], "en: OnlyFans link with ref")
H(
    "handle",
    "snapchat.com/add/demi.snap?share_id=abc123",
    None,
    ["snapchat:demi.snap"],
    "en: snap add link with share_id",
)
H("handle", "vk.com/dasha_nsk?w=wall", None, ["vk:dasha_nsk"], "ru: VK link with query")
H("handle", "line.me/R/ti/p/~ploy.cnx", None, ["line:ploy.cnx"], "th: line.me/R/ti/p/~ link")
H("handle", "✈️ @marta_ua_jobs", None, ["telegram:marta_ua_jobs"], "uk: paper-plane emoji for Telegram")
H("handle", "VX：xiaoyu_0520", None, ["wechat:xiaoyu_0520"], "zh: VX slang for WeChat")
H("handle", "加V信：lulu_sh88", None, ["wechat:lulu_sh88"], "zh: V信 slang for WeChat")
H("handle", "加賴：mei_tw0520", None, ["line:mei_tw0520"], "zh-TW: 賴 slang for LINE")
H("handle", "推特：@yuki_tokyo22", None, ["twitter:yuki_tokyo22"], "zh: 推特 for Twitter")
H("handle", "インスタ：@sakura.osk", None, ["instagram:sakura.osk"], "ja: katakana インスタ")
H("handle", "인스타: @jiwoo.seoul", None, ["instagram:jiwoo.seoul"], "ko: 인스타")
H("handle", "텔레: @hana_kr", None, ["telegram:hana_kr"], "ko: 텔레 for Telegram")
H("handle", "ไอจี: @nong.fah", None, ["instagram:nong.fah"], "th: ไอจี (IG)")
H("handle", "اینستاگرام: @sara.shz", None, ["instagram:sara.shz"], "fa: اینستاگرام")
H("handle", "تلگرام: @kar_tehran", None, ["telegram:kar_tehran"], "fa: تلگرام")
H("handle", "İnsta hesabım: @ece.izmir", None, ["instagram:ece.izmir"], "tr: 'İnsta hesabım' with dotted capital I")
H("handle", "इंस्टा पर फॉलो करें: @riya.dl", None, ["instagram:riya.dl"], "hi: इंस्टा")
H("handle", "ইনস্টাগ্রাম: @mim.dhk", None, ["instagram:mim.dhk"], "bn: ইনস্টাগ্রাম")
H("handle", "ინსტაგრამი: @nino.tbs", None, ["instagram:nino.tbs"], "ka: ინსტაგრამი")
H("handle", "Телеграмм: @rabota_minsk", None, ["telegram:rabota_minsk"], "ru: misspelt Телеграмм")
H("handle", "тележка — @sveta_kzn", None, ["telegram:sveta_kzn"], "ru: slang тележка")
H("handle", "Napisz na snapie: ola.waw", None, ["snapchat:ola.waw"], "pl: 'na snapie'")
H("handle", "Lisää Snapchatissa: aino.snap", None, ["snapchat:aino.snap"], "fi: 'Snapchatissa'")
H("handle", "Sígueme en TikTok: @cami.bog", None, ["tiktok:cami.bog"], "es: 'en TikTok'")
H("handle", "ติ๊กต็อก: @pim.bkk", None, ["tiktok:pim.bkk"], "th: ติ๊กต็อก")
H("handle", "ويتشات: amal_wx", None, ["wechat:amal_wx"], "ar: ويتشات")
H("handle", "Фейсбук: olena.kharkiv", None, ["facebook:olena.kharkiv"], "uk: Фейсбук")
H("handle", "Дискорд: ryzhik.exe", None, ["discord:ryzhik.exe"], "ru: Дискорд")
H("handle", "Скайп: marina.odessa", None, ["skype:marina.odessa"], "ru: Скайп")
H("handle", "0nlyfans: @ivy_rose", None, ["onlyfans:ivy_rose"], "en: zero in 'onlyfans'")
H("handle", "insta: mila dot rose", None, ["instagram:mila.rose"], "en: dot spelt in the user name")
H("handle", "tg: lina underscore x", None, ["telegram:lina_x"], "en: underscore spelt in the user name")
H("handle", "Snap: " + full("@mika_jp"), None, ["snapchat:mika_jp"], "ja/en: full-width user name")
H("handle", "IG: " + bold("nika_22"), None, ["instagram:nika_22"], "en: mathematical bold user name")
H("handle", "Telegram:\n@\nmaya_dxb", None, ["telegram:maya_dxb"], "en: @ alone on its line")
H("handle", "🐦 @tomi_writes", None, ["twitter:tomi_writes"], "en: bird emoji for Twitter")
H(
    "handle",
    "IG/TT/SC: zara.moon",
    None,
    ["instagram:zara.moon", "tiktok:zara.moon", "snapchat:zara.moon"],
    "en: three abbreviations with slashes",
)
H("handle", "hmu @kemi_vibes 💕", None, ["unknown:kemi_vibes"], "en: no platform named")
# negatives
H("handle", "t.me/addstickers/CuteCats", None, [], "en: Telegram sticker pack")
H("handle", "instagram.com/explore/tags/londonjobs/", None, [], "en: Instagram tag page")
H("handle", "instagram.com/p/C1a2B3c4D5e/", None, [], "en: Instagram post link")
H("handle", "facebook.com/sharer/sharer.php?u=example.com", None, [], "en: Facebook share link")
H("handle", "twitter.com/hashtag/jobs", None, [], "en: Twitter hashtag page")
H("handle", "t.me/share/url?url=example.org", None, [], "en: Telegram share link")
H("handle", "discord.gg/abcXYZ12", None, [], "en: Discord invite")
H("handle", "line.me/en/", None, [], "en: LINE home page")
H("handle", "Telegram Premium за 299 ₽", None, [], "ru: platform product with price")

# ---- payment -------------------------------------------------------------
Y = add
Y("payment", "cash.me/$LunaBae", None, ["cashapp:$lunabae"], "en: old cash.me link")
Y("payment", "CashApp: dollar sign KiraLee", None, ["cashapp:$kiralee"], "en: 'dollar sign' spelt")
Y("payment", "Cash App [$NinaB]", None, ["cashapp:$ninab"], "en: tag in square brackets")
Y("payment", "CashApp:\n$TashaV", None, ["cashapp:$tashav"], "en: tag on the next line")
Y("payment", "#cashapp $JuneBug", None, ["cashapp:$junebug"], "en: hashtag cue")
Y("payment", "CA$H APP → $RaeRae", None, ["cashapp:$raerae"], "en: dollar inside the cue")
Y("payment", "Кэш Апп: $DianaNY", None, ["cashapp:$dianany"], "ru: Кэш Апп")
Y("payment", "캐시앱: $SoraLA", None, ["cashapp:$sorala"], "ko: 캐시앱")
Y("payment", "キャッシュアプリ: $YumiSF", None, ["cashapp:$yumisf"], "ja: キャッシュアプリ")
Y("payment", "แคชแอป: $PloyNY", None, ["cashapp:$ployny"], "th: แคชแอป")
Y("payment", "קאש אפ: $NoaMiami", None, ["cashapp:$noamiami"], "he: קאש אפ")
Y("payment", "Paiement par Cash App : $ClaraB", None, ["cashapp:$clarab"], "fr: 'par Cash App'")
Y("payment", "Bezahlung über Cash App: $LenaK", None, ["cashapp:$lenak"], "de: 'über Cash App'")
Y("payment", "Pagamento tramite Cash App: $GiuliaR", None, ["cashapp:$giuliar"], "it: 'tramite Cash App'")
Y("payment", "Wpłata przez Cash App: $KasiaW", None, ["cashapp:$kasiaw"], "pl: 'przez Cash App'")
Y("payment", "Cash App üzerinden: $ElifD", None, ["cashapp:$elifd"], "tr: 'üzerinden'")
Y("payment", "Bayar lewat Cash App: $SitiNY", None, ["cashapp:$sitiny"], "id: 'lewat Cash App'")
Y("payment", "Lipa kupitia Cash App: $AminaTX", None, ["cashapp:$aminatx"], "sw: 'kupitia Cash App'")
Y("payment", "account.venmo.com/u/Tara-Quinn", None, ["venmo:tara-quinn"], "en: account.venmo.com link")
Y("payment", "Paiement par Venmo : @Chloe-Dubois", None, ["venmo:chloe-dubois"], "fr: 'par Venmo'")
Y("payment", "Zahlung per Venmo: @Lena-Vogel", None, ["venmo:lena-vogel"], "de: 'per Venmo'")
Y("payment", "벤모: @Yuna-Park", None, ["venmo:yuna-park"], "ko: 벤모")
Y("payment", "ベンモ：@Aoi-Tanaka", None, ["venmo:aoi-tanaka"], "ja: ベンモ")
Y("payment", "वेनमो: @Neha-Shah", None, ["venmo:neha-shah"], "hi: वेनमो")
Y("payment", "فينمو: @Layla-Haddad", None, ["venmo:layla-haddad"], "ar: فينمو")
Y("payment", "Voye sou Venmo: @Nadege-Pierre", None, ["venmo:nadege-pierre"], "ht: 'sou Venmo'")
Y("payment", "Venmo (last 4 digits 0147): @Kayla-Ruiz", None, ["venmo:kayla-ruiz"], "en: phone digits beside the tag")
Y("payment", "paypal.me/SophieL/25EUR", None, ["paypal:sophiel"], "fr: paypal.me with amount and currency")
Y("payment", "paypal[.]me/AnnaZ", None, ["paypal:annaz"], "en: defanged dot")
Y("payment", "PayPal.Me/MarieC", None, ["paypal:mariec"], "fr: capitalised PayPal.Me")
Y("payment", "ペイパル：paypal.me/HinaK", None, ["paypal:hinak"], "ja: ペイパル")
Y("payment", "페이팔: paypal.me/SeoyeonL", None, ["paypal:seoyeonl"], "ko: 페이팔")
Y("payment", "Пейпал: paypal.me/IrinaV", None, ["paypal:irinav"], "ru: Пейпал")
Y("payment", "پی‌پال: paypal.me/NegarS", None, ["paypal:negars"], "fa: پی‌پال with ZWNJ")
Y("payment", "पेपैल: paypal.me/AnjaliM", None, ["paypal:anjalim"], "hi: पेपैल")
Y("payment", "เพย์พาล: paypal.me/MaliP", None, ["paypal:malip"], "th: เพย์พาล")
Y("payment", "PayPal-Link: paypal . me / JuliaH", None, ["paypal:juliah"], "de: spaces around dot and slash")
Y("payment", "paypal point me slash LouiseB", None, ["paypal:louiseb"], "fr: 'point' / 'slash' spelt")
Y("payment", "revolut.me/andreea7", None, ["revolut:andreea7"], "ro: revolut.me link")
Y("payment", "Revtag: @ilona.h", None, ["revolut:ilona.h"], "en: 'Revtag'")
Y("payment", "@martaz on Revolut", None, ["revolut:martaz"], "en: tag before the service")
Y("payment", "Előleg Revoluton: @reka.b", None, ["revolut:reka.b"], "hu: 'Revoluton'")
Y("payment", "Predujam preko Revoluta: @ivana.k", None, ["revolut:ivana.k"], "hr: 'preko Revoluta'")
Y("payment", "Avans prin Revolut: @bianca.d", None, ["revolut:bianca.d"], "ro: 'prin Revolut'")
Y("payment", "Капаро чрез Revolut: @desi.p", None, ["revolut:desi.p"], "bg: 'чрез Revolut'")
Y("payment", "Aanbetaling via Revolut: @femke.j", None, ["revolut:femke.j"], "nl: 'via Revolut'")
Y("payment", "Револют: @polina.s", None, ["revolut:polina.s"], "ru: Револют")
Y("payment", "レボリュート：@mio.s", None, ["revolut:mio.s"], "ja: レボリュート")
Y("payment", "monzo.me/ellied/20", None, ["monzo:ellied"], "en-GB: monzo.me with an amount")
Y("payment", "Monzo 💳 monzo.me/poppyr", None, ["monzo:poppyr"], "en-GB: card emoji")
Y(
    "payment",
    "CashApp $ZoeyK • Venmo @Zoey-K",
    None,
    ["cashapp:$zoeyk", "venmo:zoey-k"],
    "en: two services with a bullet",
)
# negatives
Y("payment", "$TSLA and $NVDA calls 📈", None, [], "en: stock cashtags")
Y("payment", "$5 fee for cards, $60 deposit", None, [], "en: amounts")
Y("payment", "cash.app/help/us/en-us", None, [], "en: Cash App help page")
Y("payment", "venmo.com/about/fees", None, [], "en: Venmo fees page")
Y("payment", "PayPal Goods & Services only", None, [], "en: service named, no tag")
Y("payment", "Revolut card ending 0147", None, [], "en: card ending, no tag")
Y("payment", "paypal.me (link on request)", None, [], "en: bare paypal.me")
Y("payment", "Send $50 via Cash App, ask me for the tag", None, [], "en: tag withheld")
Y("payment", "Preis: 45 $ pro Stunde", None, [], "de: amount after the number")

# ---- crypto --------------------------------------------------------------
C = add
labels = [
    ("nl", "Walletadres (BTC): {a}", btc_wpkh),
    ("pt", "Endereço da carteira (USDT TRC20): {a}", trx),
    ("cs", "Adresa peněženky (ETH): {a}", eth),
    ("sk", "Adresa peňaženky (BTC): {a}", btc_tr),
    ("hr", "Adresa novčanika (USDT TRC20): {a}", trx),
    ("sr", "Адреса новчаника (BTC): {a}", btc_p2sh),
    ("lt", "Piniginės adresas (ETH): {a}", eth),
    ("lv", "Maka adrese (LTC): {a}", ltc_m),
    ("el", "Διεύθυνση πορτοφολιού (USDT TRC20): {a}", trx),
    ("he", "כתובת ארנק (BTC): {a}", btc_wpkh),
    ("fa", "آدرس کیف پول (USDT TRC20): {a}", trx),
    ("hi", "वॉलेट पता (ETH): {a}", eth),
    ("th", "ที่อยู่กระเป๋า (USDT TRC20): {a}", trx),
    ("vi", "Địa chỉ ví (BTC): {a}", btc_p2pkh),
    ("ja", "ウォレットアドレス（ETH）：{a}", eth),
    ("zh-TW", "錢包地址（USDT TRC20）：{a}", trx),
    ("tr", "Cüzdan adresi (SOL): {a}", sol),
    ("kk", "Әмиян мекенжайы (USDT TRC20): {a}", trx),
    ("ne", "वालेट ठेगाना (BTC): {a}", btc_wsh),
    ("ha", "Adireshin walat (ETH): {a}", eth),
    ("cy", "Cyfeiriad waled (BTC): {a}", btc_tr),
    ("ca", "Adreça del moneder (XMR): {a}", xmr),
    ("eu", "Zorro-helbidea (DOGE): {a}", doge),
    ("is", "Veskisfang (LTC): {a}", ltc_w),
    ("si", "පසුම්බි ලිපිනය (USDT TRC20): {a}", trx),
    ("km", "អាសយដ្ឋានកាបូប (ETH): {a}", eth),
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
    xmr: "xmr",
}
for i, (lang, tpl, fn) in enumerate(labels):
    a = fn(f"label30-{lang}-{i}")
    value = a.lower() if fn is eth else a
    C("crypto", tpl.format(a=a), None, [f"{CHAIN[fn]}:{value}"], f"{lang}: {fn.__name__} with local label")
a = eth("eip681")
C("crypto", f"ethereum:{a}@1?value=2.5e16", None, [f"eth:{a.lower()}"], "uri: EIP-681 payment request")
a = ltc_l("ltc-uri")
C("crypto", f"litecoin:{a}?amount=0.5", None, [f"ltc:{a}"], "uri: litecoin: with amount")
a = doge("doge-uri")
C("crypto", f"dogecoin:{a}?amount=100", None, [f"doge:{a}"], "uri: dogecoin: with amount")
a = sol("solana-pay")
C("crypto", f"solana:{a}?amount=1.5&label=Deposit", None, [f"sol:{a}"], "uri: Solana Pay request")
a = xmr("monero-uri")
C("crypto", f"monero:{a}?tx_amount=0.2", None, [f"xmr:{a}"], "uri: monero: with tx_amount")
a = btc_tr("mempool")
C("crypto", f"https://mempool.space/address/{a}", None, [f"btc:{a}"], "url: mempool.space address page")
a = btc_p2pkh("blockchair")
C("crypto", f"blockchair.com/bitcoin/address/{a}", None, [f"btc:{a}"], "url: blockchair bitcoin page")
a = ltc_m("blockchair-ltc")
C("crypto", f"blockchair.com/litecoin/address/{a}", None, [f"ltc:{a}"], "url: blockchair litecoin page")
a = sol("explorer")
C("crypto", f"explorer.solana.com/address/{a}?cluster=mainnet", None, [f"sol:{a}"], "url: Solana explorer")
a = eth("ethplorer")
C("crypto", f"ethplorer.io/address/{a.lower()}", None, [f"eth:{a.lower()}"], "url: ethplorer, lower-case")
a = eth("upper")
C("crypto", "ETH: 0x" + a[2:].upper(), None, [f"eth:{a.lower()}"], "en: all upper-case hex after 0x")
a = trx("zwnj")
C("crypto", "USDT (TRC20): " + a[:17] + ZWNJ + a[17:], None, [f"trx:{a}"], "en: zero-width non-joiner inside")
a = btc_wpkh("hyphen-break")
C("crypto", f"BTC:\n{a[:21]}-\n{a[21:]}", None, [f"btc:{a}"], "en: hyphenated line break inside")
a = trx("dashes")
C(
    "crypto",
    "TRC20 " + "-".join(a[i : i + 8] for i in range(0, len(a), 8)),
    None,
    [f"trx:{a}"],
    "en: hyphen-separated chunks of eight",
)
a = eth("codeblock")
C("crypto", f"ETH:\n```\n{a}\n```", None, [f"eth:{a.lower()}"], "md: fenced code block")
a = ltc_w("table")
C("crypto", f"| coin | address |\n|---|---|\n| LTC | {a} |", None, [f"ltc:{a}"], "md: table row")
a = btc_p2sh("guillemets")
C("crypto", f"Adresse BTC : «{a}»", None, [f"btc:{a}"], "fr: guillemets")
a = trx("arrow-down")
C("crypto", f"USDT TRC20 ⬇️⬇️\n{a}", None, [f"trx:{a}"], "en: address on the line after arrows")
a1, a2 = eth("pair-eth"), sol("pair-sol")
C(
    "crypto",
    f"ETH/USDT(ERC20): {a1} · SOL: {a2}",
    None,
    [f"eth:{a1.lower()}", f"sol:{a2}"],
    "en: two chains on one line",
)
a = xmr_sub("quoted")
C("crypto", f'XMR "{a}"', None, [f"xmr:{a}"], "en: quoted Monero subaddress")
a = doge_p2sh("glued")
C("crypto", f"DOGE地址:{a}谢谢", None, [f"doge:{a}"], "zh: glued between Chinese characters")
a = btc_wsh("bullet-wsh")
C("crypto", f"🔸BTC (P2WSH)🔸{a}", None, [f"btc:{a}"], "en: diamond emoji glued before the address")
a = trx("paren-cn")
C("crypto", f"收款地址（TRC20）\n{a}\n（仅限USDT）", None, [f"trx:{a}"], "zh: address between full-width bracket notes")
a = ltc_l("sig-ltc")
C("crypto", f"-- \nDonations welcome · LTC {a}", None, [f"ltc:{a}"], "en: forum signature")
# negatives
C("crypto", "BTC txid " + seed("btc-txid").hex(), None, [], "en: Bitcoin transaction id")
a = eth("short")
C("crypto", f"ETH: {a[:-1]}", None, [], "en: ETH address one hex digit short")
sig = base58.b58encode(seed("sig-a") + seed("sig-b")).decode()
C("crypto", f"Solana tx signature: {sig}", None, [], "en: Solana transaction signature")
a = btc_wpkh("flip")
k = len(a) - 3
bad = a[:k] + ("q" if a[k] != "q" else "p") + a[k + 1 :]
assert not check_segwit(bad, "bc")
C("crypto", f"BTC: {bad}", None, [], "en: bech32 with one character changed")
a = ltc_l("flip-ltc")
bad = a[:10] + ("z" if a[10] != "z" else "y") + a[11:]
assert not check_b58c(bad, {0x30, 0x32})
C("crypto", f"LTC: {bad}", None, [], "en: Litecoin address with a broken checksum")
C("crypto", "PGP: 3F2A 9C4E 8B1D 4E7A 9C2F 0D5B 6A7E 8F91 C0DE 1234", None, [], "en: PGP fingerprint")
C("crypto", "commit " + hashlib.sha1(b"clew-b30").hexdigest(), None, [], "dev: git commit SHA")
C(
    "crypto",
    "Seed: abandon ability able about above absent absorb abstract absurd abuse access accident",
    None,
    [],
    "en: mnemonic words, no address",
)
C("crypto", "USDT TRC20: T0lIO" + "a" * 29, None, [], "en: TRON-shaped string with non-base58 characters")

# ---- age -----------------------------------------------------------------
A = add
A("age", "Man 22 metai, iš Kauno", None, ["22"], "lt: 'man … metai'")
A("age", "Man ir 21 gads, no Liepājas", None, ["21"], "lv: 'man ir … gads'")
A("age", "Tá mé 22 bliain d'aois, ó Ghaillimh", None, ["22"], "ga: 'bliain d'aois'")
A("age", "Dw i'n 23 oed, o Gaerdydd", None, ["23"], "cy: 'oed'")
A("age", "Ég er 22 ára, frá Akureyri", None, ["22"], "is: 'ára'")
A("age", "Tinc 21 anys, de Girona", None, ["21"], "ca: 'tinc … anys'")
A("age", "22 urte ditut, Donostiakoa", None, ["22"], "eu: 'urte ditut'")
A("age", "Imam 23 godine, iz Splita", None, ["23"], "hr: 'imam … godine'")
A("age", "Имам 22 године, из Ниша", None, ["22"], "sr: 'имам … године'")
A("age", "Je mi 21 let, z Ostravy", None, ["21"], "cs: 'je mi … let'")
A("age", "22 éves vagyok, Debrecenből", None, ["22"], "hu: 'éves vagyok'")
A("age", "Είμαι 23 χρονών, από τη Θεσσαλονίκη", None, ["23"], "el: 'χρονών'")
A("age", "אני בת 22 מחיפה", None, ["22"], "he: 'בת'")
A("age", "۲۲ سالمه، از شیراز", None, ["22"], "fa: Persian digits, 'سالمه'")
A("age", "22 жастамын, Шымкенттен", None, ["22"], "kk: 'жастамын'")
A("age", "21 жаштамын, Оштон", None, ["21"], "ky: 'жаштамын'")
A("age", "Ман 22 сола дорам, аз Хуҷанд", None, ["22"], "tg: 'сола'")
A("age", "22 ýaşym bar, Marydan", None, ["22"], "tk: 'ýaşym bar'")
A("age", "मेरो उमेर " + native("22", DEVANAGARI) + " वर्ष, पोखरा", None, ["22"], "ne: Devanagari digits, 'उमेर … वर्ष'")
A("age", "माझे वय 23 वर्षे, नाशिक", None, ["23"], "mr: 'वय … वर्षे'")
A("age", "ਮੇਰੀ ਉਮਰ 21 ਸਾਲ ਹੈ, ਲੁਧਿਆਣਾ", None, ["21"], "pa: 'ਉਮਰ … ਸਾਲ'")
A("age", "ನನ್ನ ವಯಸ್ಸು 22, ಮೈಸೂರು", None, ["22"], "kn: 'ವಯಸ್ಸು'")
A("age", "වයස 23, මහනුවර", None, ["23"], "si: 'වයස'")
A("age", "អាយុ " + native("22", KHMER) + " ឆ្នាំ, សៀមរាប", None, ["22"], "km: Khmer digits, 'អាយុ … ឆ្នាំ'")
A("age", "ອາຍຸ " + native("21", LAO) + " ປີ, ປາກເຊ", None, ["21"], "lo: Lao digits, 'ອາຍຸ … ປີ'")
A("age", "Waxaan ahay 22 jir, Hargeysa", None, ["22"], "so: 'jir'")
A("age", "Nina miaka 23, kutoka Mombasa", None, ["23"], "sw: 'nina miaka'")
A("age", "Adị m afọ 22, si Enugu", None, ["22"], "ig: 'afọ'")
A("age", "22 taona aho, avy any Toamasina", None, ["22"], "mg: 'taona aho'")
A("age", "22 taong gulang ako, taga-Davao", None, ["22"], "tl: 'taong gulang'")
A("age", "21 anyos ko, taga-Cebu", None, ["21"], "ceb: 'anyos'")
A("age", "Umurku 22 taun, saka Solo", None, ["22"], "jv: 'umurku … taun'")
A("age", "Mwen gen 23 an, mwen soti Jakmèl", None, ["23"], "ht: 'mwen gen … an'")
A("age", "Ik ben 22 jaar, uit Utrecht", None, ["22"], "nl: 'ik ben … jaar'")
A("age", "Jag är 21 år, från Malmö", None, ["21"], "sv: 'jag är … år'")
A("age", "Nữ, 22t, Đà Nẵng", None, ["22"], "vi: shorthand '22t' for tuổi")
A("age", "22才、大阪在住", None, ["22"], "ja: 才 for 歳")
A("age", "女，22周岁，成都", None, ["22"], "zh: 周岁")
A("age", "스물두 살이에요, 대구", None, ["22"], "ko: native Korean number words with 살")
A("age", "อายุยี่สิบสองปี เชียงใหม่", None, ["22"], "th: number words, glued")
A("age", "मैं बाईस साल की हूँ", None, ["22"], "hi: number word बाईस")
A("age", "אני בת עשרים ושתיים", None, ["22"], "he: number words")
A("age", "Είμαι εικοσιδύο χρονών", None, ["22"], "el: number word")
A("age", "Nina miaka ishirini na mbili", None, ["22"], "sw: number words")
A("age", "Alter: 23 J., aus Linz", None, ["23"], "de: abbreviation 'J.'")
A("age", "wiek: 21 l., Gdańsk", None, ["21"], "pl: abbreviation 'l.'")
A("age", "возраст 22 г., Казань", None, ["22"], "ru: abbreviation 'г.'")
A("age", "umur 22 thn, Medan", None, ["22"], "id: abbreviation 'thn'")
A("age", "just turned 21 🎉", None, ["21"], "en: 'just turned'")
A("age", "22 summers young, from Cork", None, ["22"], "en: 'summers'")
A("age", "Mam 17 lat i szukam pracy za granicą", None, ["17"], "pl: a minor looking for work abroad")
# negatives
A("age", "Size 22 dress, worn once", None, [], "en: clothing size")
A("age", "22 years in business, est. 2004", None, [], "en: business age")
A("age", "Open 24/7 · 22:00–06:00 night shift", None, [], "en: hours and times")
A("age", "22 min from the airport, bus 21", None, [], "en: minutes and bus number")
A("age", "Luggage max 23 kg, 55 × 40 × 22 cm", None, [], "en: weight and measurements")
A("age", "22% off all week", None, [], "en: percentage")
A("age", "Vin rouge 2019, 13,5 % vol.", None, [], "fr: vintage and alcohol")
A("age", "Tuổi thọ pin 22 giờ", None, [], "vi: battery life in hours")
A("age", "Pokój 22 m², 3 piętro", None, [], "pl: room area and floor")


if __name__ == "__main__":
    print(json.dumps(B.write()))
