"""Generate batch 26 of Clew's held-out identifier set (bench/data/identifiers_heldout/batch26/<type>.jsonl).

    python bench/data/identifiers_heldout/batch26/make.py

Why a twenty-sixth batch: batches up to 25 have been scored and studied, so they no longer measure text
nobody tuned for.  Batch 26 was written blind by an author who read only issue 3, PRODUCT.md's data
contract, the scorer, the first lines of batch 7's files (record format) and batch 25's make.py (to reuse
its encoders and checks and to choose *other* cases).  No extractor code, generated docs, tests or
held-out records were read (nor batches 23 and 24's generators, so an overlap with them is possible but
unintended).

Everyday posts (classifieds, Telegram / WhatsApp / Line / VK / WeChat posts, job boards, forums, OCR'd
flyers, signatures) in 40+ languages and 20+ scripts, with disguises batch 25 did not use: phone digits
spelt in Swedish, Danish, Dutch, Czech, Hungarian, Greek, Turkish, Serbian Cyrillic, Croatian, Lithuanian,
Latvian, Hebrew, Persian, Hindi, Nepali, Marathi, Punjabi, Korean Sino-Korean, Swahili, Tagalog, Basque,
Catalan, Welsh, Icelandic, Kazakh, Khmer, Sinhala, Lao, Somali and Vietnamese; "triple", Russian and
Spanish dictation in pairs, French pairs with quatre-vingt; Kannada / Sinhala / Tai Tham / New Tai Lue /
Meetei Mayek / Lepcha / Kayah Li / Myanmar Shan / Hanifi Rohingya / Chakma / sans-serif / segmented
digits, O and l for 0 and 1, Unicode dashes, tildes, slashes, hearts, stars and pipes between groups,
viber / sms / tel links with %2B, 00 and 011 exit codes.  E-mail at / dot words of Dutch, German,
Czech, Slovak, Polish, Hungarian, Greek, Hebrew, Arabic, Persian, Italian, Catalan, Swedish, Danish,
Serbian, Croatian, Lithuanian, Latvian, Ukrainian, Kazakh, Armenian, Turkish, Tagalog, Chinese and
Japanese; HTML entities, %40, full-width and bold letters, Greek look-alikes, zero-width spaces, NOSPAM
markers, letter spacing, a break inside the domain.  Handles in threads.net, snapchat.com/add, kik.me,
instagr.am, ig.me, m.me, telegram.me, tg://resolve, skype: URIs, line.me/R/ti/p/@, vk.me links and
behind local platform names and emoji in two dozen languages; payment tags in cash.me, account.venmo.com,
PayPal.Me with amounts and currencies, revolut.me with amounts, inflected Revolut in more languages,
full-width and small dollar signs; crypto in EIP-681 / litecoin: / dogecoin: / monero: / solana: URIs,
explorer links (mempool.space, blockchair, blockstream), other local labels and layouts; ages in other
languages, scripts and number words.  About 15 % negatives per type with look-alike distractors.

Crypto addresses: payloads are sha256 of fixed seed strings, wrapped in the real base58check / bech32
(BIP 173) / bech32m (BIP 350) / EIP-55 / Monero base58 encodings; every expected value is re-checked by
decoders written separately from the encoders below (and, for witness v0, by the `bech32` reference
package), and every crypto negative is checked to fail them.  Every expected phone is checked with
`phonenumbers` (valid for its region, E.164 equal).  Fictional contact data only (NA 555-01xx,
UK 020 7946 0xxx, FR 01 99 00 xx xx, AU 0491 570 1xx; example.com/.org/.net; made-up handles).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import base58

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kit import (
    B32,
    CHAKMA,
    DEVANAGARI,
    KANNADA,
    KAYAH_LI,
    LEPCHA,
    MEETEI,
    MYANMAR_SHAN,
    NEW_TAI_LUE,
    PERSIAN,
    ROHINGYA,
    SANS,
    SEGMENTED,
    SINHALA_LITH,
    TAI_THAM,
    WJ,
    ZWSP,
    Batch,
    Wallets,
    bold,
    check_eth,
    check_segwit,
    e164,
    full,
    greek,
    native,
)

W = Wallets(26)
seed, btc_p2pkh, btc_p2sh, btc_wpkh, btc_wsh = W.seed, W.btc_p2pkh, W.btc_p2sh, W.btc_wpkh, W.btc_wsh
btc_tr, eth, trx, ltc_l, ltc_m, ltc_w, doge, sol = W.btc_tr, W.eth, W.trx, W.ltc_l, W.ltc_m, W.ltc_w, W.doge, W.sol
xmr = W.xmr

OUT = Path(__file__).resolve().parent
BATCH = 26


# ---------------------------------------------------------------- digit forms and look-alikes (batch 25, reused)

BENGALI, TAMIL, TIBETAN, MONGOLIAN, OL_CHIKI, ADLAM = 0x09E6, 0x0BE6, 0x0F20, 0x1810, 0x1C50, 0x1E950


B = Batch(BATCH, OUT)
add = B.add


# ---------------------------------------------------------------- batch 26 digit forms and number words


WORDS = {
    "sv": "noll ett två tre fyra fem sex sju åtta nio",
    "da": "nul en to tre fire fem seks syv otte ni",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "cs": "nula jedna dva tři čtyři pět šest sedm osm devět",
    "hu": "nulla egy kettő három négy öt hat hét nyolc kilenc",
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα",
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
    "sr": "нула један два три четири пет шест седам осам девет",
    "hr": "nula jedan dva tri četiri pet šest sedam osam devet",
    "lt": "nulis vienas du trys keturi penki šeši septyni aštuoni devyni",
    "lv": "nulle viens divi trīs četri pieci seši septiņi astoņi deviņi",
    "he": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע",
    "fa": "صفر یک دو سه چهار پنج شش هفت هشت نه",
    "hi": "शून्य एक दो तीन चार पांच छह सात आठ नौ",
    "ne": "शून्य एक दुई तीन चार पाँच छ सात आठ नौ",
    "mr": "शून्य एक दोन तीन चार पाच सहा सात आठ नऊ",
    "pa": "ਸਿਫ਼ਰ ਇੱਕ ਦੋ ਤਿੰਨ ਚਾਰ ਪੰਜ ਛੇ ਸੱਤ ਅੱਠ ਨੌਂ",
    "ko": "공 일 이 삼 사 오 육 칠 팔 구",
    "sw": "sifuri moja mbili tatu nne tano sita saba nane tisa",
    "tl": "sero isa dalawa tatlo apat lima anim pito walo siyam",
    "eu": "zero bat bi hiru lau bost sei zazpi zortzi bederatzi",
    "ca": "zero u dos tres quatre cinc sis set vuit nou",
    "cy": "dim un dau tri pedwar pump chwech saith wyth naw",
    "is": "núll einn tveir þrír fjórir fimm sex sjö átta níu",
    "kk": "нөл бір екі үш төрт бес алты жеті сегіз тоғыз",
    "km": "សូន្យ មួយ ពីរ បី បួន ប្រាំ ប្រាំមួយ ប្រាំពីរ ប្រាំបី ប្រាំបួន",
    "si": "බිංදුව එක දෙක තුන හතර පහ හය හත අට නවය",
    "lo": "ສູນ ໜຶ່ງ ສອງ ສາມ ສີ່ ຫ້າ ຫົກ ເຈັດ ແປດ ເກົ້າ",
    "so": "eber kow laba saddex afar shan lix toddoba siddeed sagaal",
    "vi": "không một hai ba bốn năm sáu bảy tám chín",
}


def spell(lang: str, number: str, sep: str = " ") -> str:
    """``number``'s digits as the words of ``lang`` (other characters kept as group breaks)."""
    words = WORDS[lang].split()
    out: list[str] = []
    for c in number:
        if c.isdigit():
            out.append(words[int(c)])
        elif c == " " and out and out[-1] != ",":
            out.append(",")
    return sep.join(out).replace(sep + ",", ",")


# ---- phone ---------------------------------------------------------------
P = add
spelt = [
    ("sv", "Jobb i Chicago, boende ingår. Ring: {w}", "312 555 0147", "US"),
    ("da", "Arbejde i Toronto, bolig gratis. Ring på {w}", "416 555 0123", "CA"),
    ("nl", "Werk in Londen, woning geregeld. Bel {w}", "020 7946 0281", "GB"),
    ("cs", "Práce v Sydney, ubytování zdarma. Volejte: {w}", "0491 570 132", "AU"),
    ("hu", "Munka Párizsban, szállás ingyen. Hívjon: {w}", "01 99 00 34 56", "FR"),
    ("el", "Δουλειά στο Σικάγο, διαμονή δωρεάν. Τηλέφωνο: {w}", "773 555 0158", "US"),
    ("tr", "Londra'da iş, konaklama ücretsiz. Arayın: {w}", "020 7946 0719", "GB"),
    ("sr", "Посао у Торонту, смештај обезбеђен. Позовите: {w}", "647 555 0141", "CA"),
    ("hr", "Posao u Sydneyu, smještaj besplatan. Nazovite: {w}", "0491 570 117", "AU"),
    ("lt", "Darbas Londone, būstas nemokamas. Skambinkite: {w}", "020 7946 0962", "GB"),
    ("lv", "Darbs Čikāgā, dzīvoklis bez maksas. Zvaniet: {w}", "312 555 0175", "US"),
    ("he", "עבודה בניו יורק, מגורים חינם. התקשרו: {w}", "212 555 0136", "US"),
    ("fa", "کار در تورنتو، محل اقامت رایگان. تماس: {w}", "416 555 0189", "CA"),
    ("hi", "न्यूयॉर्क में होटल की नौकरी, रहना मुफ्त। कॉल करें: {w}", "646 555 0110", "US"),
    ("ne", "सिड्नीमा काम, बस्न निःशुल्क। फोन: {w}", "0491 570 183", "AU"),
    ("mr", "लंडनमध्ये काम, राहणे मोफत. फोन करा: {w}", "020 7946 0374", "GB"),
    ("pa", "ਟੋਰਾਂਟੋ ਵਿੱਚ ਕੰਮ, ਰਹਿਣਾ ਮੁਫ਼ਤ। ਫ਼ੋਨ ਕਰੋ: {w}", "905 555 0167", "CA"),
    ("ko", "LA 식당 일자리, 숙소 제공. 연락처: {w}", "213 555 0192", "US"),
    ("sw", "Kazi London, malazi bure. Piga simu: {w}", "020 7946 0527", "GB"),
    ("tl", "Trabaho sa Sydney, libre ang tirahan. Tumawag sa {w}", "0491 570 129", "AU"),
    ("eu", "Lana Parisen, ostatua doan. Deitu: {w}", "01 99 00 81 27", "FR"),
    ("ca", "Feina a París, allotjament inclòs. Truca al {w}", "01 99 00 45 63", "FR"),
    ("cy", "Gwaith yn Llundain, llety am ddim. Ffoniwch {w}", "020 7946 0615", "GB"),
    ("is", "Vinna í New York, húsnæði frítt. Hringdu í {w}", "917 555 0104", "US"),
    ("kk", "Торонтода жұмыс, тұрғын үй тегін. Қоңырау шалыңыз: {w}", "416 555 0157", "CA"),
    ("km", "ការងារនៅស៊ីដនី មានកន្លែងស្នាក់នៅ។ ទូរស័ព្ទ៖ {w}", "0491 570 168", "AU"),
    ("si", "ලන්ඩනයේ රැකියා, නවාතැන් නොමිලේ. අමතන්න: {w}", "020 7946 0833", "GB"),
    ("lo", "ວຽກຢູ່ຊິດນີ ມີບ່ອນພັກຟຣີ. ໂທ: {w}", "0491 570 146", "AU"),
    ("so", "Shaqo Minneapolis, hoy bilaash ah. Wac: {w}", "612 555 0172", "US"),
    ("vi", "Việc làm ở Houston, bao ăn ở. Gọi: {w}", "713 555 0138", "US"),
]


for lang, tpl, number, region in spelt:
    P("phone", tpl.format(w=spell(lang, number)), region, [e164(number, region)], f"{lang}: number words")
P(
    "phone",
    "Text me: three one two, triple five, oh one nine oh",
    "US",
    ["+13125550190"],
    "en: 'triple five'",
)
P(
    "phone",
    "Звони: девятьсот семнадцать, пятьсот пятьдесят пять, ноль один, сорок шесть",
    "US",
    ["+19175550146"],
    "ru: dictated as hundreds and pairs",
)
P(
    "phone",
    "Llámame al tres, doce · cinco, cincuenta y cinco · cero uno, setenta y tres",
    "US",
    ["+13125550173"],
    "es: dictated as a digit and pairs",
)
P(
    "phone",
    "Rappelez au zéro un, quatre-vingt-dix-neuf, zéro zéro, soixante-dix-sept, quatre-vingt-douze",
    "FR",
    ["+33199007792"],
    "fr: pairs with quatre-vingt-dix-neuf and soixante-dix-sept",
)
digit_scripts = [
    ("kn", "ಕರೆ ಮಾಡಿ ", "312 555 0126", "US", KANNADA, "Kannada digits"),
    ("si", "දුරකථන ", "020 7946 0448", "GB", SINHALA_LITH, "Sinhala Lith digits"),
    ("nod", "tel. ", "0491 570 137", "AU", TAI_THAM, "Tai Tham Hora digits"),
    ("khb", "tel ", "415 555 0185", "US", NEW_TAI_LUE, "New Tai Lue digits"),
    ("mni", "ꯐꯣꯟ ", "347 555 0164", "US", MEETEI, "Meetei Mayek digits"),
    ("lep", "call ", "718 555 0122", "US", LEPCHA, "Lepcha digits"),
    ("kyu", "call ", "503 555 0149", "US", KAYAH_LI, "Kayah Li digits"),
    ("shn", "ၽူင်း ", "416 555 0176", "CA", MYANMAR_SHAN, "Myanmar Shan digits"),
    ("rhg", "Kam Chicago, phone ", "312 555 0159", "US", ROHINGYA, "Hanifi Rohingya digits"),
    ("ccp", "phone ", "020 7946 0592", "GB", CHAKMA, "Chakma digits"),
    ("en", "hotline ", "01 99 00 26 48", "FR", SANS, "mathematical sans-serif digits"),
    ("en", "📟 ", "702 555 0131", "US", SEGMENTED, "segmented (seven-segment) digits"),
]
for lang, prefix, number, region, zero, note in digit_scripts:
    P("phone", prefix + native(number, zero), region, [e164(number, region)], f"{lang}: {note}")
P("phone", "Cell: 3I2-555-OI48 (call after 6)", "US", ["+13125550148"], "en: capital I and O for 1 and 0")
P("phone", "ph. 4l5 555 0l63 — Lana", "US", ["+14155550163"], "en: small l for 1")
P("phone", "tel 312‒555‒0127", "US", ["+13125550127"], "en: figure dashes between groups")
P("phone", "TEL ~ 020~7946~0753 ~", "GB", ["+442079460753"], "en-GB: tildes between groups")
P("phone", "Mob: 0491/570/114", "AU", ["+61491570114"], "en-AU: slashes between groups")
P("phone", "call me 646❤555❤0195 xoxo", "US", ["+16465550195"], "en: hearts between groups")
P("phone", "☎ 213 ★ 555 ★ 0108", "US", ["+12135550108"], "en: stars between groups")
P("phone", "WA | 01 | 99 | 00 | 53 | 19", "FR", ["+33199005319"], "fr: pipes between pairs")
P("phone", "Viber: viber://chat?number=%2B442079460864", None, ["+442079460864"], "en: viber link with %2B")
P("phone", '<a href="sms:+16175550186?body=hi">text</a>', None, ["+16175550186"], "html: sms: link with a body")
P("phone", "From the US dial 011 44 20 7946 0385", None, ["+442079460385"], "en: US exit code 011")
P("phone", "Depuis l'étranger : 00 33 1 99 00 62 14", None, ["+33199006214"], "fr: 00 exit code")
P("phone", "+61 (0) 491 570 152", None, ["+61491570152"], "en-AU: +61 with trunk (0)")
P(
    "phone",
    "Rezeption: 416-555-0117\nNotfall: 416-555-0118",
    "CA",
    ["+14165550117", "+14165550118"],
    "de: two numbers on two lines",
)
P("phone", "WhatsApp: 312 555 01\n47", "US", ["+13125550147"], "en: line break inside the last group")
# negatives
P("phone", "IBAN GB82 WEST 1234 5698 7654 32 · ref 555-0142", "GB", [], "en-GB: IBAN and short reference")
P("phone", "VIN 1HGCM82633A004352, 2003 Accord, 155,501 km", "US", [], "en: VIN and mileage")
P("phone", "EAN 4006381333931 · 3 x 555 ml", "FR", [], "fr: barcode and volume")
P("phone", "41.8781, -87.6298 · 312 m", "US", [], "en: decimal coordinates")
P("phone", "Server 192.168.155.50:3125, MAC 00:1A:2B:3C:4D:5E", None, [], "dev: IP, port and MAC")
P("phone", "Open 09:00–21:30, 7/7 · tel. on request", "FR", [], "fr: opening hours")
P("phone", "BP 120/80, pulse 72, temp 36.6 · 2025-03-12", None, [], "en: vital signs and date")
P("phone", "Invoice INV-2025-0312-5550 · due 30.04.2025", "GB", [], "en: invoice number and date")
P("phone", "Score 3-1-2, attendance 55,501, 01:47 extra time", "GB", [], "en: football scores and times")

# ---- email ---------------------------------------------------------------
E = add
E(
    "email",
    "Sollicitaties: vacatures.ams apenstaartje example punt com",
    None,
    ["vacatures.ams@example.com"],
    "nl: apenstaartje / punt",
)
E(
    "email",
    "Bewerbungen an: jobs.berlin Klammeraffe example Punkt org",
    None,
    ["jobs.berlin@example.org"],
    "de: Klammeraffe / Punkt",
)
E(
    "email",
    "Životopis na: prace.praha zavináč example tečka com",
    None,
    ["prace.praha@example.com"],
    "cs: zavináč / tečka",
)
E(
    "email",
    "Životopis pošlite: praca.ba zavináč example bodka net",
    None,
    ["praca.ba@example.net"],
    "sk: zavináč / bodka",
)
E(
    "email",
    "CV prosimy na: rekrutacja.waw małpa example kropka com",
    None,
    ["rekrutacja.waw@example.com"],
    "pl: małpa / kropka",
)
E("email", "Önéletrajz: allas.bp kukac example pont com", None, ["allas.bp@example.com"], "hu: kukac / pont")
E(
    "email",
    "Βιογραφικά: douleia.ath παπάκι example τελεία com",
    None,
    ["douleia.ath@example.com"],
    "el: παπάκι / τελεία",
)
E("email", "קורות חיים: avoda.tlv שטרודל example נקודה com", None, ["avoda.tlv@example.com"], "he: שטרודל / נקודה")
E("email", "أرسل سيرتك: wazifa.dxb آت example دوت com", None, ["wazifa.dxb@example.com"], "ar: آت / دوت")
E("email", "رزومه را بفرستید: kar.thr ات example دات com", None, ["kar.thr@example.com"], "fa: ات / دات")
E(
    "email",
    "Curriculum a: lavoro.mi chiocciola example punto org",
    None,
    ["lavoro.mi@example.org"],
    "it: chiocciola / punto",
)
E("email", "Envia el CV a: feina.bcn arrova example punt com", None, ["feina.bcn@example.com"], "ca: arrova / punt")
E(
    "email",
    "Skicka CV till: jobb.sthlm snabel-a example punkt com",
    None,
    ["jobb.sthlm@example.com"],
    "sv: snabel-a / punkt",
)
E("email", "Send CV til: job.kbh snabel-a example prik com", None, ["job.kbh@example.com"], "da: snabel-a / prik")
E("email", "CV на: posao.bg мајмунче example тачка com", None, ["posao.bg@example.com"], "sr: мајмунче / тачка")
E("email", "Životopis na: posao.zg majmunče example točka com", None, ["posao.zg@example.com"], "hr: majmunče / točka")
E("email", "CV siųskite: darbas.vln eta example taškas com", None, ["darbas.vln@example.com"], "lt: eta / taškas")
E("email", "CV sūtiet: darbs.riga et example punkts com", None, ["darbs.riga@example.com"], "lv: et / punkts")
E("email", "Резюме на: robota.lviv равлик example крапка com", None, ["robota.lviv@example.com"], "uk: равлик / крапка")
E(
    "email",
    "Түйіндеме: jumys.almaty айқұлақ example нүкте com",
    None,
    ["jumys.almaty@example.com"],
    "kk: айқұлақ / нүкте",
)
E("email", "Ռեզյումե՝ ashkhatanq.evn շնիկ example կետ com", None, ["ashkhatanq.evn@example.com"], "hy: շնիկ / կետ")
E("email", "CV gönderin: is.ist et işareti example nokta com", None, ["is.ist@example.com"], "tr: 'et işareti' / nokta")
E(
    "email",
    "Ipadala ang resume: trabaho.mnl at example tuldok com",
    None,
    ["trabaho.mnl@example.com"],
    "tl: at / tuldok",
)
E("email", "简历发到：zhaopin.gz 艾特 example 点 com", None, ["zhaopin.gz@example.com"], "zh: 艾特 / 点")
E(
    "email",
    "応募先：saiyo.osaka アットマーク example ドット com",
    None,
    ["saiyo.osaka@example.com"],
    "ja: アットマーク / ドット",
)
E(
    "email",
    "Envoyez votre CV : emploi.lyon arobase example point net",
    None,
    ["emploi.lyon@example.net"],
    "fr: arobase / point",
)
E("email", "Contact: lena&#64;example&#46;com", None, ["lena@example.com"], "html: numeric entities for @ and .")
E(
    "email",
    "mail: rosa&commat;example&period;org",
    None,
    ["rosa@example.org"],
    "html: named entities &commat; / &period;",
)
E("email", "mailto:tina%40example.net", None, ["tina@example.net"], "url: %40 for @")
E(
    "email",
    "ｍａｉｌ：ｙｕｍｉ．ｋ＠ｅｘａｍｐｌｅ．ｃｏｍ",
    None,
    ["yumi.k@example.com"],
    "ja: whole address in full-width letters",
)
E(
    "email",
    "✉ " + bold("nina.b") + "@" + bold("example") + ".com",
    None,
    ["nina.b@example.com"],
    "en: mathematical bold letters",
)
E(
    "email",
    "Email: " + greek("olivia") + "@example.c" + greek("o") + "m",
    None,
    ["olivia@example.com"],
    "el/en: Greek look-alike letters",
)
E(
    "email",
    "contact: hana" + ZWSP + "@" + ZWSP + "example" + ZWSP + ".com",
    None,
    ["hana@example.com"],
    "en: zero-width spaces around @ and .",
)
E("email", "ivy.NOSPAM@example.com (delete NOSPAM)", None, ["ivy@example.com"], "en: NOSPAM marker")
E("email", "mila_REMOVETHIS@example.org", None, ["mila@example.org"], "en: REMOVETHIS marker")
E("email", "e-mail: s o f i a @ e x a m p l e . c o m", None, ["sofia@example.com"], "en: letter-spaced address")
E("email", "mail: daria.v@exam\nple.com", None, ["daria.v@example.com"], "en: line break inside the domain")
E("email", "julia at example period com", None, ["julia@example.com"], "en: at / period")
E("email", "write to: pia {at} example {dot} net", None, ["pia@example.net"], "en: curly braces")
E("email", "eva<at>example<dot>com", None, ["eva@example.com"], "en: angle-bracket at / dot")
E("email", "olga -at- example -dot- org", None, ["olga@example.org"], "en: dashed at / dot")
E("email", "Contato: carla.santos arroba example ponto com", None, ["carla.santos@example.com"], "pt: arroba / ponto")
E(
    "email",
    "Correo: ana_lopez(arroba)example(punto)net",
    None,
    ["ana_lopez@example.net"],
    "es: (arroba) / (punto) glued",
)
E("email", "Mail me: <maya.r@example.com>", None, ["maya.r@example.com"], "en: angle-bracket autolink")
E("email", "Pls reply to Kelly-ONeil@example.com", None, ["kelly-oneil@example.com"], "en: mixed case with a hyphen")
E(
    "email",
    "Kontakt: kontakt@jobs.example.org.",
    None,
    ["kontakt@jobs.example.org"],
    "de: trailing full stop, subdomain",
)
E("email", "📧 lucy.h@example.com 📧", None, ["lucy.h@example.com"], "en: envelope emoji around")
E("email", "Email — (bella.m at example.com)", None, ["bella.m@example.com"], "en: 'at' with a real domain")
E("email", "mail： mei_ling ＠ example · com", None, ["mei_ling@example.com"], "zh: full-width @ with a middle dot")
E("email", "Kontak e-mel: kerja.kl di example titik com", None, ["kerja.kl@example.com"], "ms: 'di' / titik")
E("email", 'Reply-To: "HR Team" <hr.team@example.net>', None, ["hr.team@example.net"], "email header with display name")
E(
    "email",
    "CV: info@example.com · copy: boss@example.net",
    None,
    ["info@example.com", "boss@example.net"],
    "en: two addresses with a middle dot",
)
# negatives
E("email", "@Override public String toString()", None, [], "dev: Java annotation")
E("email", "git clone ssh://git.example.com/repo.git", None, [], "dev: git URL, no user")
E("email", "3 tickets @ €25 each, doors @ 8", None, [], "en: @ as price and time")
E("email", "Website: www.example.com/contact", None, [], "en: URL only")
E("email", "E-mail: [hidden]@example.com", None, [], "en: hidden local part")
E("email", "user at localhost", None, [], "dev: no domain")
E("email", "Follow @example_jobs and #jobs", None, [], "en: handle and hashtag")
E("email", "Formulario en example punto com, sin correo", None, [], "es: spelt domain, no address")
E("email", "Retina: banner@1.5x.webp", None, [], "dev: image scale suffix")

# ---- handle --------------------------------------------------------------
H = add
H("handle", "Add me: snapchat.com/add/lexi.rae22", None, ["snapchat:lexi.rae22"], "en: snapchat.com/add link")
H("handle", "kik.me/bubbles_nyc", None, ["kik:bubbles_nyc"], "en: kik.me link")
H("handle", "instagr.am/vera.lashes", None, ["instagram:vera.lashes"], "en: instagr.am short domain")
H("handle", "DM: ig.me/m/tanya.brows", None, ["instagram:tanya.brows"], "en: ig.me/m direct-message link")
H("handle", "Escríbeme: m.me/camila.trabajos", None, ["facebook:camila.trabajos"], "es: Messenger m.me link")
H("handle", "telegram.me/rabota_praha", None, ["telegram:rabota_praha"], "cs: telegram.me domain")
H("handle", "tg://resolve?domain=vacancy_warsaw", None, ["telegram:vacancy_warsaw"], "pl: tg://resolve deep link")
H("handle", "Skype: skype:lina.interview?chat", None, ["skype:lina.interview"], "en: skype: URI with ?chat")
H(
    "handle",
    "Official: line.me/R/ti/p/@thaijobs.agency",
    None,
    ["line:thaijobs.agency"],
    "th: LINE official-account link",
)
H("handle", "Пишите: vk.me/nastya_model_spb", None, ["vk:nastya_model_spb"], "ru: vk.me message link")
H("handle", "vk.com/katya.photo?w=wall", None, ["vk:katya.photo"], "ru: vk.com with a query")
H("handle", "onlyfans.com/ruby_red?ref=bio", None, ["onlyfans:ruby_red"], "en: OnlyFans link with a ref")
H("handle", "tiktok.com/@lola.fit?lang=pt-BR", None, ["tiktok:lola.fit"], "pt-BR: TikTok link with a lang parameter")
H("handle", "fb.com/agencja.praca.de", None, ["facebook:agencja.praca.de"], "pl: fb.com short domain")
H("handle", "טלגרם: @avoda_israel", None, ["telegram:avoda_israel"], "he: טלגרם")
H("handle", "تلگرام: @kar_dubai", None, ["telegram:kar_dubai"], "fa: تلگرام")
H("handle", "تيليجرام: @wazaef_doha", None, ["telegram:wazaef_doha"], "ar: تيليجرام")
H("handle", "텔레그램: @seoul_alba", None, ["telegram:seoul_alba"], "ko: 텔레그램")
H("handle", "テレグラム：@tokyo_baito", None, ["telegram:tokyo_baito"], "ja: テレグラム")
H("handle", "टेलीग्राम: @naukri_delhi", None, ["telegram:naukri_delhi"], "hi: टेलीग्राम")
H("handle", "Napisz na Telegramie: @praca_berlin", None, ["telegram:praca_berlin"], "pl: locative 'na Telegramie'")
H("handle", "✈️ @lisa_travelwork", None, ["telegram:lisa_travelwork"], "en: paper-plane emoji for Telegram")
H("handle", "тг — @dasha_msk_job", None, ["telegram:dasha_msk_job"], "ru: 'тг' abbreviation")
H("handle", "אינסטגרם: @noa.style", None, ["instagram:noa.style"], "he: אינסטגרם")
H("handle", "اینستاگرام: @sara.beauty.thr", None, ["instagram:sara.beauty.thr"], "fa: اینستاگرام")
H("handle", "인스타: @jisoo.daily", None, ["instagram:jisoo.daily"], "ko: 인스타")
H("handle", "インスタ→@aoi_photo", None, ["instagram:aoi_photo"], "ja: インスタ with an arrow")
H("handle", "Insta'dan yazın: @elif.nails", None, ["instagram:elif.nails"], "tr: Insta'dan")
H("handle", "ins：xiaomei_0809", None, ["instagram:xiaomei_0809"], "zh: 'ins' slang for Instagram")
H("handle", "инста: lera_brows", None, ["instagram:lera_brows"], "ru: инста without @")
H("handle", "Snäpp: emma.sthlm", None, ["snapchat:emma.sthlm"], "sv: 'Snäpp' slang")
H("handle", "סנאפצ'אט: @maya.tlv", None, ["snapchat:maya.tlv"], "he: סנאפצ'אט")
H("handle", "سناب: @noura_q8", None, ["snapchat:noura_q8"], "ar: سناب (short for Snapchat)")
H("handle", "Снэп: @ksu_snap", None, ["snapchat:ksu_snap"], "ru: Снэп")
H("handle", "OF: bunny.lux", None, ["onlyfans:bunny.lux"], "en: OF abbreviation")
H("handle", "온리팬스: @hana.vip", None, ["onlyfans:hana.vip"], "ko: 온리팬스")
H("handle", "ไลน์: nam.bkk99", None, ["line:nam.bkk99"], "th: ไลน์")
H("handle", "加賴：@meimei0520", None, ["line:meimei0520"], "zh-TW: 加賴 (add on Line)")
H("handle", "ライン ID: sakura_0101", None, ["line:sakura_0101"], "ja: ライン ID")
H("handle", "라인 아이디: minseo22", None, ["line:minseo22"], "ko: 라인 아이디")
H("handle", "微信号：tangtang_668", None, ["wechat:tangtang_668"], "zh: 微信号")
H("handle", "vx：xiaoyu_520", None, ["wechat:xiaoyu_520"], "zh: vx abbreviation")
H("handle", "V信 lulu_1314", None, ["wechat:lulu_1314"], "zh: V信")
H("handle", "위챗: linlin_sh", None, ["wechat:linlin_sh"], "ko: 위챗")
H("handle", "Дискорд: vika.gamer", None, ["discord:vika.gamer"], "ru: Дискорд")
H("handle", "디코 닉: moonlight.kr", None, ["discord:moonlight.kr"], "ko: 디코 (Discord slang)")
H("handle", "ВК: id_olya_model", None, ["vk:id_olya_model"], "ru: ВК abbreviation")
H("handle", "Вконтакте: vk.com/marina_work", None, ["vk:marina_work"], "ru: Вконтакте and a link")
H("handle", "فيسبوك: facebook.com/jobs.gulf.agency", None, ["facebook:jobs.gulf.agency"], "ar: فيسبوك with a link")
H("handle", "틱톡: @yuna.dance", None, ["tiktok:yuna.dance"], "ko: 틱톡")
H("handle", "تيك توك: @lama.vibes", None, ["tiktok:lama.vibes"], "ar: تيك توك")
H("handle", "ติ๊กต็อก: @fah.dance", None, ["tiktok:fah.dance"], "th: ติ๊กต็อก")
H("handle", "Telegram: @lena" + ZWSP + "_work", None, ["telegram:lena_work"], "en: zero-width space inside the handle")
H("handle", "IG: ＠ｍｉｒａ．ｌａｓｈ", None, ["instagram:mira.lash"], "ja: full-width handle")
H("handle", "Snap: chloe underscore bby", None, ["snapchat:chloe_bby"], "en: 'underscore' spelt")
H("handle", "Kik: " + greek("roxi_23"), None, ["kik:roxi_23"], "el/en: Greek look-alike letters in the handle")
H(
    "handle",
    "Insta @viki.nails / Snap @viki.snaps",
    None,
    ["instagram:viki.nails", "snapchat:viki.snaps"],
    "en: two platforms, two names",
)
H("handle", "Signal-Benutzername: mara.42", None, ["signal:mara.42"], "de: Signal-Benutzername")
# negatives
H("handle", "Join: t.me/+AbCdEf12345", None, [], "en: Telegram private invite link")
H("handle", "instagram.com/p/C4xYz12AbCd/", None, [], "en: Instagram post link")
H("handle", "instagram.com/reel/C9aBcDeFgHi/", None, [], "en: Instagram reel link")
H("handle", "tiktok.com/music/original-sound-7301234567", None, [], "en: TikTok sound page")
H("handle", "Line cook wanted, kick-off meeting @ 9 at the diner", None, [], "en: 'line cook', 'kick-off'")
H("handle", "New Snapchat lens out now!", None, [], "en: platform feature, no handle")
H("handle", "@everyone meeting moved to 3pm", None, [], "en: chat mention of everyone")
H("handle", "Server invite: discord.gg/AbC123", None, [], "en: Discord server invite")
H("handle", "vk.com/feed · vk.com/im", None, [], "ru: VK system pages")

# ---- payment -------------------------------------------------------------
Y = add
Y("payment", "cash.me/$LunaRae", None, ["cashapp:$lunarae"], "en: old cash.me domain")
Y("payment", "C.A. $SkyeBby", None, ["cashapp:$skyebby"], "en: dotted C.A. abbreviation")
Y("payment", "my cashtag: $NovaLee", None, ["cashapp:$novalee"], "en: 'cashtag'")
Y("payment", "Cash App ＄MilaRose", None, ["cashapp:$milarose"], "en: full-width dollar sign")
Y("payment", "cashapp ﹩ZoeyK", None, ["cashapp:$zoeyk"], "en: small dollar sign U+FE69")
Y("payment", "CA$HAPP: $BriaNY", None, ["cashapp:$briany"], "en: CA$HAPP in capitals")
Y("payment", "cash-app → $JadaB", None, ["cashapp:$jadab"], "en: hyphenated cash-app")
Y("payment", "Cash App (dollar sign) KiraMoon", None, ["cashapp:$kiramoon"], "en: 'dollar sign' spelt")
Y("payment", "캐시앱: $JiwooLA", None, ["cashapp:$jiwoola"], "ko: 캐시앱")
Y("payment", "Кэш Эпп: $AlinaNY", None, ["cashapp:$alinany"], "ru: Кэш Эпп")
Y("payment", "Mándame el depósito por Cash App a $YaraMia", None, ["cashapp:$yaramia"], "es: 'por Cash App a'")
Y("payment", "#cashapp $DiorDoll", None, ["cashapp:$diordoll"], "en: hashtag cue")
Y("payment", "Cash App\n$\nRubyJ", None, ["cashapp:$rubyj"], "en: $ and tag on separate lines")
Y("payment", "cashapp: $" + ZWSP + "NiaVee", None, ["cashapp:$niavee"], "en: zero-width space after $")
Y("payment", "account.venmo.com/u/Ella-Grant", None, ["venmo:ella-grant"], "en: account.venmo.com link")
Y("payment", "V3nmo: @Kayla-Moss", None, ["venmo:kayla-moss"], "en: 3 for e in Venmo")
Y("payment", "Вэнмо @Sasha-Rey", None, ["venmo:sasha-rey"], "ru: Вэнмо")
Y("payment", "ונמו: @Tali-Cohen", None, ["venmo:tali-cohen"], "he: ונמו")
Y("payment", "Mándame por Venmo: @Lupe-Reyes", None, ["venmo:lupe-reyes"], "es: 'mándame por Venmo'")
Y("payment", "venmo ⇒ Amber-Lynn22", None, ["venmo:amber-lynn22"], "en: double arrow, no @")
Y("payment", "VENMO: @JADE-WEST", None, ["venmo:jade-west"], "en: upper-case user")
Y("payment", "vnmo @Gigi-Lane", None, ["venmo:gigi-lane"], "en: 'vnmo' abbreviation")
Y("payment", "Venmo: @Remi_Hart (pic is a sunset)", None, ["venmo:remi_hart"], "en: underscore user and a profile hint")
Y("payment", "Venmo/@Cleo-Ann", None, ["venmo:cleo-ann"], "en: slash between service and user")
Y("payment", "PayPal.Me/KarinaS/50EUR", None, ["paypal:karinas"], "de: PayPal.Me with amount and currency")
Y("payment", "paypal.me/IrinaV/1500RUB", None, ["paypal:irinav"], "ru: amount in roubles")
Y("payment", "paypal [.] me / NoraL", None, ["paypal:noral"], "en: defanged and spaced link")
Y("payment", "페이팔: paypal.me/SoraKim", None, ["paypal:sorakim"], "ko: 페이팔")
Y("payment", "ペイパル：paypal.me/RinaT", None, ["paypal:rinat"], "ja: ペイパル")
Y("payment", "پی‌پال: paypal.me/NegarR", None, ["paypal:negarr"], "fa: پی‌پال with a ZWNJ")
Y("payment", "Пейпал: paypal.me/Vika77", None, ["paypal:vika77"], "uk: Пейпал")
Y("payment", "Zaliczka na PayPala: paypal.me/AgaM", None, ["paypal:agam"], "pl: inflected 'PayPala'")
Y("payment", "PayPal (amici e familiari): paypal.me/GiuliaR", None, ["paypal:giuliar"], "it: 'amici e familiari'")
Y("payment", "PayPal-Link ⬇️\nhttps://paypal.me/LeaWinter", None, ["paypal:leawinter"], "de: link on the next line")
Y("payment", "envie no PayPal: paypal.me/BiaCosta/100BRL", None, ["paypal:biacosta"], "pt-BR: amount in reais")
Y("payment", "https://www.paypal.me/MayaQ", None, ["paypal:mayaq"], "en: www.paypal.me")
Y("payment", "paypal.me/" + ZWSP + "SiaB", None, ["paypal:siab"], "en: zero-width space after the slash")
Y("payment", "revolut.me/alexm/25", None, ["revolut:alexm"], "en: revolut.me link with an amount")
Y("payment", "Záloha na Revolut, @martinak", None, ["revolut:martinak"], "sk: 'na Revolut'")
Y("payment", "Uplata preko Revoluta: @ivanah", None, ["revolut:ivanah"], "hr: 'preko Revoluta'")
Y("payment", "Előleget Revolutra: @zsofi", None, ["revolut:zsofi"], "hu: 'Revolutra'")
Y("payment", "Revolut kullanıcı adı: @elifd", None, ["revolut:elifd"], "tr: 'kullanıcı adı'")
Y("payment", "Avans prin Revolut — @mariusp", None, ["revolut:mariusp"], "ro: 'prin Revolut'")
Y("payment", "Revolut-käyttäjä: @annet", None, ["revolut:annet"], "fi: 'Revolut-käyttäjä'")
Y("payment", "Револют: @mariyab", None, ["revolut:mariyab"], "bg: Револют")
Y("payment", "Revolut username → linab", None, ["revolut:linab"], "en: 'Revolut username' without @")
Y(
    "payment",
    "Zahlung per Revolut an @jonask oder PayPal.me/JonasK",
    None,
    ["revolut:jonask", "paypal:jonask"],
    "de: two services",
)
Y(
    "payment",
    "💸 Cash App $RayaB | PayPal paypal.me/RayaB",
    None,
    ["cashapp:$rayab", "paypal:rayab"],
    "en: pipe between services",
)
Y(
    "payment",
    "Venmo @Nikki-Dee, Cash App $NikkiDee, Revolut @nikkid",
    None,
    ["venmo:nikki-dee", "cashapp:$nikkidee", "revolut:nikkid"],
    "en: three services in one line",
)
# negatives
Y("payment", "Price: $150/hr, $250 overnight", None, [], "en: prices with $")
Y("payment", "Cash only, no apps", None, [], "en: cash, no tag")
Y("payment", "PayPal buyer protection does not cover this", None, [], "en: PayPal named, no user")
Y("payment", "paypal.me", None, [], "en: bare paypal.me")
Y("payment", "Revolut Business account opening takes 2 days", None, [], "en: product, no tag")
Y("payment", "Venmo limit is $4,999.99 per week", None, [], "en: Venmo limit")
Y("payment", "$BTC and $ETH pumping", None, [], "en: crypto cashtags")
Y("payment", "US$ 500 / R$ 2.500", None, [], "pt-BR: currency prefixes")
Y("payment", "account.venmo.com/settings", None, [], "en: Venmo settings page")

# ---- crypto --------------------------------------------------------------
C = add
a = eth("eip681")
C("crypto", f"ethereum:{a}@1?value=2.5e16", None, [f"eth:{a.lower()}"], "en: EIP-681 payment URI with chain id")
a = ltc_m("ltc-uri")
C("crypto", f"litecoin:{a}?amount=0.75", None, [f"ltc:{a}"], "en: litecoin: URI with an M address")
a = doge("doge-uri")
C("crypto", f"dogecoin:{a}?amount=420", None, [f"doge:{a}"], "en: dogecoin: URI")
a = xmr("xmr-uri")
C("crypto", f"monero:{a}?tx_amount=0.3&recipient_name=Deposit", None, [f"xmr:{a}"], "en: monero: URI")
a = sol("solana-pay")
C("crypto", f"solana:{a}?amount=1.5&label=Booking", None, [f"sol:{a}"], "en: Solana Pay URI")
a = btc_tr("mempool")
C("crypto", f"https://mempool.space/address/{a}", None, [f"btc:{a}"], "en: mempool.space link")
a = btc_p2pkh("blockchair")
C("crypto", f"blockchair.com/bitcoin/address/{a}", None, [f"btc:{a}"], "en: blockchair link")
a = btc_wpkh("blockstream")
C("crypto", f"Check it: blockstream.info/address/{a}", None, [f"btc:{a}"], "en: blockstream.info link")
a = ltc_w("blockchair-ltc")
C("crypto", f"https://blockchair.com/litecoin/address/{a}", None, [f"ltc:{a}"], "en: blockchair Litecoin link")
a = sol("explorer")
C("crypto", f"explorer.solana.com/address/{a}", None, [f"sol:{a}"], "en: Solana explorer link")
a = doge("dogechain")
C("crypto", f"dogechain.info/address/{a}", None, [f"doge:{a}"], "en: dogechain link")
a = eth("hyphen-break")
C("crypto", f"ETH: {a[:22]}-\n{a[22:]}", None, [f"eth:{a.lower()}"], "en: ETH address hyphenated over a line break")
a = eth("upper-body")
C("crypto", "ERC20 USDT: 0x" + a[2:].upper(), None, [f"eth:{a.lower()}"], "en: ETH address with an upper-case body")
a = trx("fullwidth")
C("crypto", "ＵＳＤＴ（ＴＲＣ２０）：" + full(a), None, [f"trx:{a}"], "zh: TRON address in full-width characters")
a = btc_tr("parens-emoji")
C("crypto", f"🪙 BTC ({a}) 🙏", None, [f"btc:{a}"], "en: taproot in parentheses between emoji")
a = trx("quotes")
C("crypto", f"USDT TRC-20 -> '{a}'", None, [f"trx:{a}"], "en: single quotes")
a = eth("arrows")
C("crypto", f"ETH →{a}←", None, [f"eth:{a.lower()}"], "en: arrows glued to the address")
a = trx("groups-5")
C(
    "crypto",
    "TRC20: " + " ".join(a[i : i + 5] for i in range(0, len(a), 5)),
    None,
    [f"trx:{a}"],
    "en: TRON in groups of five",
)
a = btc_p2sh("ini")
C("crypto", f"[wallet]\nbtc_address = {a}\nnetwork = mainnet", None, [f"btc:{a}"], "ini: P2SH address in a config")
a = btc_wsh("md-code")
C("crypto", f"BTC (native segwit): `{a}`", None, [f"btc:{a}"], "markdown: inline code")
a = eth("query")
C("crypto", f"https://pay.example.com/checkout?to={a}&token=USDT", None, [f"eth:{a.lower()}"], "en: ETH in a URL query")
a = xmr("xmr-label")
C("crypto", f'XMR (Monero, private): "{a}"', None, [f"xmr:{a}"], "en: Monero in double quotes")
a = trx("greek")
assert greek(a) != a
C("crypto", "USDT (TRC20): " + greek(a), None, [f"trx:{a}"], "el/en: Greek look-alike letters inside a TRON address")
a = btc_wpkh("wj")
C("crypto", "BTC: " + WJ.join(a[i : i + 7] for i in range(0, len(a), 7)), None, [f"btc:{a}"], "en: word joiners inside")
a = btc_wpkh("bip21-upper")
C("crypto", f"BITCOIN:{a.upper()}?AMOUNT=0.01", None, [f"btc:{a}"], "en: upper-case BIP 21 QR payload")
a = eth("ens")
C("crypto", f"send to lina.eth ({a})", None, [f"eth:{a.lower()}"], "en: ENS name with the address")
a1, a2 = btc_tr("pair-btc"), eth("pair-eth")
C(
    "crypto",
    f"BTC {a1} or ETH {a2}, both fine",
    None,
    [f"btc:{a1}", f"eth:{a2.lower()}"],
    "en: two chains in one sentence",
)
a = ltc_l("nbsp")
C("crypto", f"LTC:\u00a0{a}", None, [f"ltc:{a}"], "en: no-break space after the label")
labels = [
    ("nl", "Walletadres (USDT TRC20): {a}", trx),
    ("sv", "Plånboksadress (BTC): {a}", btc_wpkh),
    ("cs", "Adresa peněženky (ETH): {a}", eth),
    ("el", "Διεύθυνση πορτοφολιού (USDT TRC20): {a}", trx),
    ("he", "כתובת ארנק (BTC): {a}", btc_tr),
    ("fa", "آدرس کیف پول (تتر TRC20): {a}", trx),
    ("ar", "عنوان المحفظة (ETH): {a}", eth),
    ("tr", "Cüzdan adresi (USDT TRC20): {a}", trx),
    ("pt", "Endereço da carteira (BTC): {a}", btc_p2sh),
    ("ja", "ウォレットアドレス（LTC）：{a}", ltc_w),
    ("zh-TW", "錢包地址（USDT TRC20）：{a}", trx),
    ("th", "ที่อยู่กระเป๋า (ETH): {a}", eth),
    ("vi", "Địa chỉ ví (USDT TRC20): {a}", trx),
    ("kk", "Әмиян мекенжайы (BTC): {a}", btc_wsh),
    ("sr", "Адреса новчаника (XMR): {a}", xmr),
    ("hr", "Adresa novčanika (SOL): {a}", sol),
    ("lt", "Piniginės adresas (DOGE): {a}", doge),
    ("lv", "Maka adrese (USDT TRC20): {a}", trx),
    ("ne", "वालेट ठेगाना (BTC): {a}", btc_p2pkh),
    ("si", "පසුම්බි ලිපිනය (ETH): {a}", eth),
    ("km", "អាសយដ្ឋានកាបូប (USDT TRC20): {a}", trx),
    ("lo", "ທີ່ຢູ່ກະເປົາ (BTC): {a}", btc_tr),
    ("my", "ပိုက်ဆံအိတ်လိပ်စာ (USDT TRC20): {a}", trx),
    ("pa", "ਵਾਲਿਟ ਪਤਾ (LTC): {a}", ltc_l),
]
CHAIN = {
    trx: "trx",
    eth: "eth",
    ltc_l: "ltc",
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
    a = fn(f"label26-{lang}-{i}")
    value = a.lower() if fn is eth else a
    C("crypto", tpl.format(a=a), None, [f"{CHAIN[fn]}:{value}"], f"{lang}: {fn.__name__} with local label")
# negatives
C("crypto", "block hash 00000000000000000002" + seed("block").hex()[:44], None, [], "en: Bitcoin block hash")
C(
    "crypto",
    "Pay invoice: lnbc25u1p" + "".join(B32[b % 32] for b in seed("ln") + seed("ln2")),
    None,
    [],
    "en: Lightning invoice",
)
xpub = base58.b58encode_check(
    bytes.fromhex("0488b21e") + seed("xpub")[:9] + seed("xpub2") + b"\x02" + seed("xpub3")
).decode()
C("crypto", f"watch-only xpub: {xpub}", None, [], "en: extended public key, not an address")
C("crypto", "send to nina.eth, ENS only, no raw address", None, [], "en: ENS name only")
a = btc_wpkh("bad-bech32")
bad = a[:-3] + ("q" if a[-3] != "q" else "p") + a[-2:]
assert not check_segwit(bad, "bc")
C("crypto", f"BTC: {bad}", None, [], "en: bech32 address with one character changed (checksum fails)")
a = eth("bad-eip55")
i = next(j for j, c in enumerate(a[2:], 2) if c.isalpha())
bad = a[:i] + a[i].swapcase() + a[i + 1 :]
assert not check_eth(bad)
C("crypto", f"ETH: {bad}", None, [], "en: ETH address with one letter's case flipped (EIP-55 fails)")
C(
    "crypto",
    "sig: " + base58.b58encode(seed("sig1") + seed("sig2")).decode(),
    None,
    [],
    "en: Solana transaction signature",
)
C("crypto", "ipfs://" + base58.b58encode(b"\x12\x20" + seed("cid")).decode(), None, [], "en: IPFS CID")
C("crypto", "BTC price 67,412.55 USD · ETH 3,125.50 · vol 0x1F", None, [], "en: prices")

# ---- age -----------------------------------------------------------------
A = add
A("age", "Jag är 22 år gammal, från Malmö", None, ["22"], "sv: 'år gammal'")
A("age", "Ik ben 21 jaar en woon in Gent", None, ["21"], "nl: 'ik ben … jaar'")
A("age", "Je mi 22 let, jsem z Brna", None, ["22"], "cs: 'je mi … let'")
A("age", "23 éves vagyok, Debrecenből", None, ["23"], "hu: 'éves vagyok'")
A("age", "Είμαι 22 χρονών, από τη Θεσσαλονίκη", None, ["22"], "el: 'χρονών'")
A("age", "Имам 21 годину, из Ниша", None, ["21"], "sr: 'имам … годину'")
A("age", "Imam 23 godine, iz Splita", None, ["23"], "hr: 'imam … godine'")
A("age", "Man 22 metai, iš Kauno", None, ["22"], "lt: 'man … metai'")
A("age", "Man ir 21 gads, no Rīgas", None, ["21"], "lv: 'man ir … gads'")
A("age", "22 жастамын, Алматыдан", None, ["22"], "kk: 'жастамын'")
A("age", "دختر " + native("۲۲", PERSIAN) + " ساله از شیراز", None, ["22"], "fa: Persian digits, 'ساله'")
A("age", "عمري ٢١ سنة", None, ["21"], "ar: Arabic-Indic digits, 'عمري … سنة'")
A("age", "मेरी उम्र 22 साल है", None, ["22"], "hi: 'मेरी उम्र … साल'")
A("age", "उमेर " + native("21", DEVANAGARI) + " वर्ष, काठमाडौं", None, ["21"], "ne: Devanagari digits, 'उमेर … वर्ष'")
A("age", "Nina miaka 22, natoka Mombasa", None, ["22"], "sw: 'nina miaka'")
A("age", "Tinc 22 anys, de Girona", None, ["22"], "ca: 'tinc … anys'")
A("age", "Teño 21 anos, son de Vigo", None, ["21"], "gl: 'teño … anos'")
A("age", "Mae gen i 22 oed", None, ["22"], "cy: 'oed'")
A("age", "Ég er 23 ára", None, ["23"], "is: 'ára'")
A("age", "二十二歳、東京在住", None, ["22"], "ja: kanji number with 歳")
A("age", "今年二十一岁，四川人", None, ["21"], "zh: '今年 … 岁' in characters")
A("age", "스물두 살이에요", None, ["22"], "ko: native Korean number 스물두 살")
A("age", "อายุยี่สิบเอ็ดปี", None, ["21"], "th: Thai number words ยี่สิบเอ็ด")
A("age", "Umur dua puluh dua tahun", None, ["22"], "id: 'dua puluh dua tahun'")
A("age", "Dalawampu't isang taong gulang ako", None, ["21"], "tl: 'dalawampu't isa … taong gulang'")
A("age", "Tenho vinte e três anos", None, ["23"], "pt: 'vinte e três anos'")
A("age", "Veintidós primaveras, de Cali", None, ["22"], "es: 'veintidós primaveras'")
A("age", "J'ai vingt-et-un ans", None, ["21"], "fr: 'vingt-et-un ans'")
A("age", "Bin zweiundzwanzig Jahre alt", None, ["22"], "de: 'zweiundzwanzig Jahre alt'")
A("age", "Мне двадцать три года", None, ["23"], "ru: 'двадцать три года'")
A("age", "Ik ben tweeëntwintig", None, ["22"], "nl: 'tweeëntwintig' with a diaeresis")
A("age", "Hai mươi hai tuổi, quê Huế", None, ["22"], "vi: 'hai mươi hai tuổi'")
A("age", "Ho ventitré anni, di Bari", None, ["23"], "it: 'ventitré anni'")
A("age", "22yrs young 💋", None, ["22"], "en: 'yrs young'")
A("age", "🎂 21 | 📏 165 cm | ⚖️ 52 kg", None, ["21"], "en: cake emoji for age, with height and weight")
A("age", "A: 23 · H: 5'6\" · W: 120 lbs", None, ["23"], "en: A/H/W stats")
A("age", "２２歳です", None, ["22"], "ja: full-width digits with 歳")
A("age", "2️⃣1️⃣ y/o babe", None, ["21"], "en: keycap digits with y/o")
A("age", "Aged twenty-two, new to the city", None, ["22"], "en: 'aged twenty-two'")
A("age", "twenty-one (21) yrs old", None, ["21"], "en: words and digits together")
A("age", "Age — 22 — Lisbon", None, ["22"], "en: em dashes around the age")
A("age", "Yaş: 22 / Boy: 170", None, ["22"], "tr: 'Yaş:' with height")
A("age", "Возраст: 21 / Рост: 168", None, ["21"], "ru: 'Возраст:' with height")
A("age", "Edad\n22", None, ["22"], "es: label and age on separate lines")
A("age", "Eu tenho 20 anos e meio", None, ["20"], "pt: 'anos e meio'")
A("age", "Turned 23 last week 🎉", None, ["23"], "en: 'turned … last week'")
A("age", "Elle a 16 ans, cherche un petit boulot", None, ["16"], "fr: a minor, 'elle a … ans'")
A("age", "Hijo de 15 años busca trabajo de verano", None, ["15"], "es: a minor, 'de … años'")
A("age", "Ik ben 17, zoek bijbaan", None, ["17"], "nl: a minor, 'ik ben …'")
A("age", "Mam 22 l., z Gdańska", None, ["22"], "pl: abbreviation 'l.'")
A("age", "22 vjet, nga Prishtina", None, ["22"], "sq-XK: 'vjet'")
# negatives
A("age", "22 years of experience in logistics", None, [], "en: years of experience")
A("age", "Dress size 22, shoe size 40", None, [], "en: clothing sizes")
A("age", "22 karat gold chain, 18 inches", None, [], "en: karat and length")
A("age", "Rum aged 12 years in oak", None, [], "en: rum age")
A("age", "Warranty: 2 years, 24 months", None, [], "en: warranty")
A("age", "Founded 1999 — 25 years in business", None, [], "en: company age")
A("age", "Kids 6–12 welcome at the pool", None, [], "en: age range for children, no person")
A("age", "Tome 22 (édition 2019)", None, [], "fr: book volume")
A("age", "Bus 21 to Gate 22, 23 minutes", None, [], "en: bus, gate, minutes")


if __name__ == "__main__":
    print(json.dumps(B.write()))
