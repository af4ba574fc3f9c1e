"""Generate batch 36 of Clew's held-out identifier set (bench/data/identifiers_heldout/batch36/<type>.jsonl).

    python bench/data/identifiers_heldout/batch36/make.py

Why a thirty-sixth batch: batches up to 35 have been scored and studied, so they no longer measure text
nobody tuned for.  Batch 36 was written blind by an author who read only issue 3, the data contract in
PRODUCT.md (identifier value formats), the scorer (bench/identifiers_heldout.py), the shared kit (kit.py,
imported here) and batch 35's make.py (record format, and to choose *other* cases).  No extractor code,
generated docs, tests, other batches' files or held-out records were read, and no Clew code was run on
this batch.

Everyday posts (classifieds, Telegram / WhatsApp / Line / VK / WeChat / KakaoTalk / Zalo posts, job boards,
forums, OCR'd flyers, signatures, transcribed screenshots) in 40+ languages and 20+ scripts, with disguises
batch 35 did not use: phone digits spelt in Hausa, Yoruba, Igbo, Zulu, Somali, Malay, Javanese, Khmer, Lao,
Burmese, Nepali, Sinhala, Pashto, Kurdish, Hebrew, Greek, Czech, Slovak, Croatian, Serbian Cyrillic, Lithuanian,
Latvian, Hungarian, Dutch, Danish, Catalan, Basque, Irish, Welsh, Maori and Hawaiian, some with one group left
in digits, groups joined by tildes, arrows, equals signs, stars, hearts, full-width slashes, katakana middle
dots, double colons, '>>' and blank lines; Saurashtra / Vai / Ahom / Tirhuta / Warang Citi / Bhaiksuki /
Nyiakeng Puachue Hmong / mathematical sans-serif bold digits; '+44 (0)', '0044', '00 33', '(0161)', lenticular
brackets per group, a number split across two sentences; tel: with hyphens, viber://chat with %2B,
api.whatsapp.com/send, Zalo and KakaoTalk posts; Leeds / Perth / Vancouver / Lyon / Boston / New York in Greek /
Korean / Punjabi / Hebrew / Georgian / Khmer as the only region cues; two numbers joined by 'ili' / 'vagy'.
E-mail at / dot words of Dutch, Danish, Czech, Slovak, Croatian, Hungarian, Greek, Hebrew, Lithuanian, Latvian,
Catalan, Basque, Irish, Icelandic, Kazakh, Serbian (both scripts), Thai, Hindi, Persian, Nepali, Taiwanese
Mandarin (小老鼠), Korean (골뱅이), Japanese hiragana; (a), /at/, *at*, [@] [.], {at}, capital AT / DOT, ideographic
and one-dot-leader full stops, percent-encoded mailto, HTML numeric and named entities, NOSPAM, '# = @', a From:
header, a Markdown link, circled letters, Cyrillic look-alikes, bold letters, a subdomain. Handles with
ig.me/m/, instagr.am, tg://resolve, telegram.me, twitter intent links, snapchat.com/@, m.tiktok.com, web. /
mbasic.facebook.com, kik.me, skype: URIs, line.me/ti/p/~, vk.com; cues in Hebrew, Greek, Khmer, Burmese, Nepali,
Sinhala, Pashto, Kazakh, Lao, Thai, Korean, Serbian, Czech, Hungarian, Dutch, Malay, Hausa; 賴 for Line, 微信号, 위챗,
카톡 posts carrying other platforms' names, the ✈️ emoji for Telegram, Signal usernames, circled / full-width /
Cyrillic / bold letters, a zero-width joiner. Payments with cash.me/$, cash.app/$tag/amount, Cash App wordings
in Hausa, Dutch, Greek, Czech, Hungarian, Korean, Japanese, Hindi, Malay, Yoruba; account.venmo.com/u/, venmo://
deep link, Venmo in Korean / Japanese / Greek / Czech; paypal.com/paypalme/, ideographic dot in paypal.me,
PayPal in Japanese / Korean / Serbian / Arabic / Greek / Hungarian, amounts with currency; Revtag, revolut.me
with an amount, Monzo with an amount and note. Crypto behind labels in 28 other languages; etherscan /
mempool.space / blockstream / solscan / litecoinspace / dogechain links, litecoin: / dogecoin: / monero: URIs,
BIP 21 with label and message, Monero subaddress, lenticular and corner brackets, HTML <code>, a Markdown link,
a word joiner inside, an address split in two halves, all upper-case hex. Ages in Hausa, Yoruba, Igbo, Zulu,
Somali, Malay, Javanese, Khmer / Lao / Burmese / Nepali digits, Sinhala, Pashto, Kurdish, Hebrew, Greek, Czech,
Slovak, Croatian, Serbian, Lithuanian, Latvian, Dutch, Danish, Catalan, Basque, Irish, Welsh, Maori, with number
words in several of them; a/s/l, '(age 24)', circled ㉔, keycaps, full-width 歳, small capitals. About 15 %
negatives per type with new look-alike distractors (IBAN, VIN, order numbers shaped like phones, lotto numbers,
BSB, bible verses, match scores, EAN; git remotes, retina file names, shell prompts, decorators, retweets;
invite / post / tag / event / status / share / open chat links; cash amounts, tickers, help pages; tx hashes,
Lightning-invoice-shaped strings, nostr keys, ENS names, mixed-case bech32, checksum typos, API keys; dress
sizes, age ranges in job ads, whisky ages, temperatures, karats).

Crypto addresses come from ``Wallets(36)``; every expected value is re-checked by the kit's independent
decoders and every crypto negative is checked to fail them; every expected phone is checked with
`phonenumbers`.  Fictional contact data only (NA 555-01xx, UK 020 7946 0xxx / 0113 496 0xxx /
0161 496 0xxx, FR 01 99 00 xx xx, AU 0491 570 1xx; example.com/.org/.net; made-up handles).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kit import (
    BOLD,
    DEVANAGARI,
    KHMER,
    LAO,
    MYANMAR,
    PERSIAN,
    WJ,
    Batch,
    Wallets,
    bold,
    check_b58c,
    check_eth,
    check_segwit,
    cyr,
    e164,
    full,
    keycap,
    native,
    segwit,
)

B = Batch(36, Path(__file__).resolve().parent)
W = Wallets(36)
add = B.add

# ---------------------------------------------------------------- batch 36 tables

WORDS = {
    "ha": "sifiri ɗaya biyu uku huɗu biyar shida bakwai takwas tara",
    "yo": "òdo ọ̀kan èjì ẹ̀ta ẹ̀rin àrún ẹ̀fà èje ẹ̀jọ ẹ̀sán",
    "ig": "efu otu abụọ atọ anọ ise isii asaa asatọ itoolu",
    "zu": "iqanda kunye kubili kuthathu kune kuhlanu isithupha isikhombisa isishiyagalombili isishiyagalolunye",
    "so": "eber kow laba saddex afar shan lix toddoba siddeed sagaal",
    "ms": "kosong satu dua tiga empat lima enam tujuh lapan sembilan",
    "jv": "nol siji loro telu papat lima enem pitu wolu sanga",
    "km": "សូន្យ មួយ ពីរ បី បួន ប្រាំ ប្រាំមួយ ប្រាំពីរ ប្រាំបី ប្រាំបួន",
    "lo": "ສູນ ໜຶ່ງ ສອງ ສາມ ສີ່ ຫ້າ ຫົກ ເຈັດ ແປດ ເກົ້າ",
    "my": "သုည တစ် နှစ် သုံး လေး ငါး ခြောက် ခုနစ် ရှစ် ကိုး",
    "ne": "शून्य एक दुई तीन चार पाँच छ सात आठ नौ",
    "si": "බිංදුව එක දෙක තුන හතර පහ හය හත අට නවය",
    "ps": "صفر يو دوه درې څلور پنځه شپږ اووه اته نهه",
    "ku": "sifir yek du sê çar pênc şeş heft heşt neh",
    "he": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע",
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα",
    "cs": "nula jedna dva tři čtyři pět šest sedm osm devět",
    "sk": "nula jeden dva tri štyri päť šesť sedem osem deväť",
    "hr": "nula jedan dva tri četiri pet šest sedam osam devet",
    "sr": "нула један два три четири пет шест седам осам девет",
    "lt": "nulis vienas du trys keturi penki šeši septyni aštuoni devyni",
    "lv": "nulle viens divi trīs četri pieci seši septiņi astoņi deviņi",
    "hu": "nulla egy kettő három négy öt hat hét nyolc kilenc",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "da": "nul en to tre fire fem seks syv otte ni",
    "ca": "zero u dos tres quatre cinc sis set vuit nou",
    "eu": "zero bat bi hiru lau bost sei zazpi zortzi bederatzi",
    "ga": "náid aon dó trí ceathair cúig sé seacht ocht naoi",
    "cy": "dim un dau tri pedwar pump chwech saith wyth naw",
    "mi": "kore tahi rua toru whā rima ono whitu waru iwa",
    "haw": "ʻole ʻekahi ʻelua ʻekolu ʻehā ʻelima ʻeono ʻehiku ʻewalu ʻeiwa",
}


def spell(lang: str, number: str, group: str, digits: tuple[int, ...] = (), sep: str = " ") -> str:
    """``number``'s groups (split on spaces) as words of ``lang`` joined by ``group``; groups in ``digits`` stay
    as digits (words mixed with digits)."""
    words = WORDS[lang].split()
    assert len(words) == 10, lang
    return group.join(g if i in digits else sep.join(words[int(c)] for c in g) for i, g in enumerate(number.split()))


# digit scripts not in the kit (zero code points)
SAURASHTRA, VAI, AHOM, TIRHUTA, WARANG_CITI = 0xA8D0, 0xA620, 0x11730, 0x114D0, 0x118E0
BHAIKSUKI, NP_HMONG, SANS_BOLD = 0x11C50, 0x1E140, 0x1D7EC
CIRCLED_LETTERS = {chr(ord("a") + i): chr(0x24D0 + i) for i in range(26)}
SMALL_CAPS = dict(zip("aeg", "ᴀᴇɢ", strict=True))
ZWJ = "\u200d"


def circled(s: str) -> str:
    return "".join(CIRCLED_LETTERS.get(c, c) for c in s)


# ---- phone ---------------------------------------------------------------
P = add
spelt = [
    ("ha", "Aiki a London, masauki kyauta. Kira: {w}", "020 7946 0213", "GB", " ~ ", ()),
    ("yo", "Iṣẹ́ ní London, ibùgbé ọ̀fẹ́. Pè: {w}", "0113 496 0327", "GB", " → ", ()),
    ("ig", "Ọrụ na Toronto, ebe obibi n'efu. Kpọọ: {w}", "905 555 0143", "CA", " = ", ()),
    ("zu", "Umsebenzi eSydney, indawo yokuhlala mahhala. Shayela: {w}", "0491 570 117", "AU", " ⭐ ", ()),
    ("so", "Shaqo London ah, hoy bilaash ah. Wac: {w}", "0161 496 0254", "GB", " ／ ", (0,)),
    ("ms", "Kerja di Sydney, penginapan percuma. Hubungi: {w}", "0491 570 128", "AU", " :: ", ()),
    ("jv", "Kerja ing Paris, panggonan gratis. Telpon: {w}", "01 99 00 47 15", "FR", " ~ ", (0, 1, 2)),
    ("km", "ការងារនៅឡុងដ៍ ស្នាក់នៅឥតគិតថ្លៃ។ ទូរស័ព្ទ៖ {w}", "020 7946 0362", "GB", " / ", ()),
    ("lo", "ວຽກຢູ່ປາຣີ ທີ່ພັກຟຣີ. ໂທ: {w}", "01 99 00 58 26", "FR", " ・ ", ()),
    ("my", "ဆစ်ဒနီမှာ အလုပ်၊ နေစရာ အခမဲ့။ ဖုန်း- {w}", "0491 570 131", "AU", "၊ ", ()),
    ("ne", "लन्डनमा काम, बस्ने ठाउँ निःशुल्क। फोन: {w}", "020 7946 0473", "GB", " → ", (1,)),
    ("si", "ලන්ඩනයේ රැකියා, නවාතැන් නොමිලේ. අමතන්න: {w}", "0161 496 0385", "GB", " ~ ", ()),
    ("ps", "په لندن کې کار، استوګنه وړیا. زنګ ووهئ: {w}", "0113 496 0496", "GB", "، ", ()),
    ("ku", "Kar li Londonê, mal belaş. Telefon bike: {w}", "020 7946 0584", "GB", " >> ", ()),
    ("he", "עבודה בטורונטו, מגורים חינם. התקשרו: {w}", "647 555 0161", "CA", " = ", ()),
    ("el", "Δουλειά στο Λονδίνο, διαμονή δωρεάν. Τηλέφωνο: {w}", "020 7946 0695", "GB", " ❤️ ", ()),
    ("cs", "Práce v Manchesteru, ubytování zdarma. Volejte: {w}", "0161 496 0716", "GB", " ~ ", (2,)),
    ("sk", "Práca v Paríži, ubytovanie zadarmo. Volajte: {w}", "01 99 00 69 37", "FR", " _ ", ()),
    ("hr", "Posao u Torontu, smještaj besplatan. Nazovite: {w}", "905 555 0184", "CA", " ／ ", ()),
    ("sr", "Посао у Лондону, смештај бесплатан. Позовите: {w}", "020 7946 0827", "GB", " → ", ()),
    ("lt", "Darbas Lidse, apgyvendinimas nemokamas. Skambinkite: {w}", "0113 496 0938", "GB", " :: ", (0,)),
    ("lv", "Darbs Londonā, dzīvošana bez maksas. Zvaniet: {w}", "020 7946 0149", "GB", "\n\n", ()),
    ("hu", "Munka Manchesterben, szállás ingyenes. Hívjon: {w}", "0161 496 0257", "GB", " = ", ()),
    ("nl", "Werk in Ottawa, gratis woonruimte. Bel: {w}", "613 555 0193", "CA", " ⭐ ", ()),
    ("da", "Job i London, gratis bolig. Ring: {w}", "020 7946 0368", "GB", " ~ ", (0,)),
    ("ca", "Feina a París, allotjament gratuït. Truca: {w}", "01 99 00 71 48", "FR", " ・ ", ()),
    ("eu", "Lana Parisen, ostatua doan. Deitu: {w}", "01 99 00 82 59", "FR", " >> ", ()),
    ("ga", "Obair i Londain, lóistín saor in aisce. Glaoigh: {w}", "020 7946 0479", "GB", " → ", ()),
    ("cy", "Gwaith yn Leeds, llety am ddim. Ffoniwch: {w}", "0113 496 0581", "GB", " _ ", ()),
    ("mi", "He mahi kei Poihākena, he wāhi noho utu kore. Waea mai: {w}", "0491 570 142", "AU", " ~ ", ()),
    ("haw", "He hana ma Honolulu, noho manuahi. Kāhea mai: {w}", "808 555 0172", "US", " ／ ", ()),
]
for lang, tpl, number, region, grp, dig in spelt:
    joined = grp.strip() or "a blank line"
    kept = {0: "", 1: ", one group in digits"}.get(len(dig), f", {len(dig)} groups in digits")
    note = f"{lang}: number words{kept}, groups joined by {joined!r}"
    P("phone", tpl.format(w=spell(lang, number, grp, dig)), region, [e164(number, region)], note)
scripts = [
    ("Call ", "617 555 0132", "US", SAURASHTRA, "Saurashtra"),
    ("Text ", "020 7946 0741", "GB", VAI, "Vai"),
    ("Mob ", "0491 570 163", "AU", AHOM, "Ahom"),
    ("Tél ", "01 99 00 93 61", "FR", TIRHUTA, "Tirhuta"),
    ("WhatsApp ", "0161 496 0963", "GB", WARANG_CITI, "Warang Citi"),
    ("Call ", "403 555 0156", "CA", BHAIKSUKI, "Bhaiksuki"),
    ("Hu rau ", "503 555 0181", "US", NP_HMONG, "Nyiakeng Puachue Hmong"),
    ("📲 ", "604 555 0121", "CA", SANS_BOLD, "sans-serif bold"),
]
for pre, number, region, zero, name in scripts:
    P("phone", pre + native(number, zero), region, [e164(number, region)], f"{name} digits")
P("phone", "Call +44 (0) 113 496 0615 after 5", None, ["+441134960615"], "en-GB: +44 with a bracketed trunk 0")
P("phone", "Bel 0044 161 496 0726", None, ["+441614960726"], "nl: 0044 international prefix")
P("phone", "Appelez le 00 33 1 99 00 26 48", None, ["+33199002648"], "fr: 00 33 prefix")
P("phone", "Mob: +61 (0)491 570 186", None, ["+61491570186"], "en-AU: +61 (0)")
P("phone", "Office (0161) 496-0837, ask for Ray", "GB", ["+441614960837"], "en-GB: bracketed area code, hyphen")
P("phone", "【020】【7946】【0948】", "GB", ["+442079460948"], "zh: lenticular brackets per group")
P(
    "phone",
    "Numer zaczyna się od 0113 496. Końcówka: 0159.",
    "GB",
    ["+441134960159"],
    "pl: number split across two sentences",
)
P("phone", '<a href="tel:+1-415-555-0164">call</a>', None, ["+14155550164"], "html: tel: with hyphens")
P("phone", "viber://chat?number=%2B442079460386", None, ["+442079460386"], "url: viber://chat with %2B")
P(
    "phone",
    "https://api.whatsapp.com/send/?phone=16175550195&text=hi&type=phone_number",
    None,
    ["+16175550195"],
    "url: api.whatsapp.com/send",
)
P("phone", "Zalo: 0491 570 194 (chị Lan, Sydney)", "AU", ["+61491570194"], "vi: Zalo post, AU number")
P("phone", "카톡 보이스톡 안 되면 +1 206 555 0129로 전화", None, ["+12065550129"], "ko: KakaoTalk post, +1")
P("phone", "Λιντς, δουλειά σε αποθήκη: 0113 496 0264", None, ["+441134960264"], "el: Leeds as the only cue")
P("phone", "퍼스 농장 일자리 연락 0491 570 153", None, ["+61491570153"], "ko: Perth as the only cue")
P("phone", "ਵੈਨਕੂਵਰ ਵਿੱਚ ਕੰਮ, ਫ਼ੋਨ 604 555 0188", None, ["+16045550188"], "pa: Vancouver as the only cue")
P("phone", "עבודה בליון, טלפון 01 99 00 37 84", None, ["+33199003784"], "he: Lyon as the only cue")
P("phone", "ბოსტონი, სამუშაო: 617 555 0107", None, ["+16175550107"], "ka: Boston as the only cue")
P("phone", "ញូវយ៉ក ការងារ ហៅ 212 555 0147", None, ["+12125550147"], "km: New York as the only cue")
P(
    "phone",
    "Nazovite 020 7946 0413 ili 0113 496 0524",
    "GB",
    ["+442079460413", "+441134960524"],
    "hr: two numbers with 'ili'",
)
P(
    "phone",
    "Hívjon: 0161 496 0635 vagy 020 7946 0746",
    "GB",
    ["+441614960635", "+442079460746"],
    "hu: two numbers with 'vagy'",
)
# negatives
P("phone", "IBAN GB29 NWBK 6016 1331 9268 19", "GB", [], "en-GB: IBAN (documentation example)")
P("phone", "VIN 1HGCM82633A004352", "US", [], "en: vehicle identification number")
P("phone", "Bestelnummer 447-555-0123", "US", [], "nl: order number shaped like a phone")
P("phone", "Lotto: 4 8 15 16 23 42", "AU", [], "en-AU: lottery numbers")
P("phone", "BSB 062-000, account 1234 5678", "AU", [], "en-AU: BSB and account")
P("phone", "Jan 3,16 · Žalm 23,1-6", "GB", [], "cs: bible verses")
P("phone", "Konečné skóre 3:1 (2:0), 90+2'", "FR", [], "sk: match score and minute")
P("phone", "EAN 5 901234 123457", "FR", [], "en: EAN-13 barcode")
P("phone", "Rozměry 120 × 60 × 75 cm, 0,5 m³", "GB", [], "cs: furniture dimensions")

# ---- email ---------------------------------------------------------------
E = add
at_dot = [
    ("nl", "Stuur je cv naar werk.ams apenstaartje example punt com", "werk.ams@example.com"),
    ("da", "Send ansøgning til job.cph snabel-a example punktum org", "job.cph@example.org"),
    ("cs", "Životopis: prace.prg zavináč example tečka net", "prace.prg@example.net"),
    ("sk", "Životopis posielajte: praca.ba zavináč example bodka com", "praca.ba@example.com"),
    ("hr", "Prijave na: posao.zg et example točka org", "posao.zg@example.org"),
    ("hu", "Önéletrajz: munka.bp kukac example pont com", "munka.bp@example.com"),
    ("el", "Βιογραφικά: douleia.ath παπάκι example τελεία com", "douleia.ath@example.com"),
    ("he", "קורות חיים: avoda.tlv שטרודל example נקודה net", "avoda.tlv@example.net"),
    ("lt", "CV siųskite: darbas.vno eta example taškas org", "darbas.vno@example.org"),
    ("lv", "CV sūtiet: darbs.rix et example punkts com", "darbs.rix@example.com"),
    ("ca", "Envia el CV a feina.bcn arrova example punt net", "feina.bcn@example.net"),
    ("eu", "Bidali CVa: lana.bio a bildua example puntu com", "lana.bio@example.com"),
    ("ga", "Seol CV chuig obair.dub ag example ponc org", "obair.dub@example.org"),
    ("is", "Umsóknir: vinna.rvk hjá example punktur com", "vinna.rvk@example.com"),
    ("kk", "Түйіндеме: jumys.ala айқұлақ example нүкте com", "jumys.ala@example.com"),
    ("sr", "Пријаве: posao.bg мајмунче example тачка net", "posao.bg@example.net"),
    ("sr-Latn", "Prijave: posao.ns majmunče example tačka org", "posao.ns@example.org"),
    ("th", "ส่งเรซูเม่: ngan.bkk แอท example ดอท com", "ngan.bkk@example.com"),
    ("hi", "सीवी भेजें: naukri.del एट example डॉट com", "naukri.del@example.com"),
    ("fa", "رزومه: kar.thr ات example نقطه com", "kar.thr@example.com"),
    ("ne", "सिभी पठाउनुहोस्: kaam.ktm एट example डट org", "kaam.ktm@example.org"),
    ("zh-TW", "履歷寄到 gongzuo.tpe 小老鼠 example 點 net", "gongzuo.tpe@example.net"),
    ("ko", "이력서: job.seoul 골뱅이 example 점 com", "job.seoul@example.com"),
    ("ja", "応募: shigoto.ngo あっと example どっと com", "shigoto.ngo@example.com"),
    ("ha", "Aika CV zuwa aiki.kano at example dot com", "aiki.kano@example.com"),
]
for lang, text, value in at_dot:
    E("email", text, None, [value], f"{lang}: spelt at / dot")
E("email", "kontakt: ana(a)example.com", None, ["ana@example.com"], "en: (a) for @")
E("email", "mila /at/ example /dot/ org", None, ["mila@example.org"], "en: slashes around at / dot")
E("email", "tara*at*example*dot*net", None, ["tara@example.net"], "en: asterisks around at / dot")
E("email", "lena [@] example [.] com", None, ["lena@example.com"], "en: bracketed @ and .")
E("email", "dora{at}example{dot}org", None, ["dora@example.org"], "en: braces")
E("email", "EMAIL: KATE AT EXAMPLE DOT NET", None, ["kate@example.net"], "en: capital AT / DOT words")
E("email", "メール：yumi@example。com", None, ["yumi@example.com"], "ja: ideographic full stop")
E("email", "ola@example\u2024org", None, ["ola@example.org"], "en: one-dot-leader for the dot")
E("email", '<a href="mailto:iva%40example.com">pište</a>', None, ["iva@example.com"], "html: percent-encoded @")
E("email", "zoe&#64;example&#46;net", None, ["zoe@example.net"], "html: numeric entities")
E("email", "eli&commat;example&period;org", None, ["eli@example.org"], "html: named entities")
E("email", "petraNOSPAM@example.com (remove NOSPAM)", None, ["petra@example.com"], "en: NOSPAM marker")
E("email", "gina#example.net (# = @)", None, ["gina@example.net"], "en: '# = @' instruction")
E("email", "From: Marta Nowak <marta.nowak@example.org>", None, ["marta.nowak@example.org"], "mail: From: header")
E("email", "[Napište mi](mailto:jana.k@example.com)", None, ["jana.k@example.com"], "md: mailto link")
E(
    "email",
    "✉ " + circled("nina") + "@" + circled("example") + "." + circled("com"),
    None,
    ["nina@example.com"],
    "en: circled letters",
)
E("email", cyr("oksana") + "@" + cyr("example") + ".com", None, ["oksana@example.com"], "ru: Cyrillic look-alikes")
E("email", "📧 " + bold("lara@example.net"), None, ["lara@example.net"], "en: bold letters")
E("email", "Bewerbung an jobs@mail.example.org", None, ["jobs@mail.example.org"], "de: subdomain")
E("email", "anna-1990@example.net — pište kdykoli", None, ["anna-1990@example.net"], "cs: hyphen and digits")
E(
    "email",
    "HR: kadry@example.com / nabor@example.org",
    None,
    ["kadry@example.com", "nabor@example.org"],
    "pl: two addresses with a slash",
)
E("email", "Σ.Π. | sofia.p@example.com | Αθήνα", None, ["sofia.p@example.com"], "el: signature line with pipes")
E(
    "email",
    "[screenshot] Từ: linh.tran@example.net\nĐến: tôi",
    None,
    ["linh.tran@example.net"],
    "vi: transcribed screenshot",
)
E("email", "KakaoTalk 말고 메일: minji.park@example.com", None, ["minji.park@example.com"], "ko: KakaoTalk post")
# negatives
E("email", "git clone git@github.com:acme/site.git", None, [], "dev: git remote")
E("email", "logo@2x.png, logo@3x.png", None, [], "dev: retina image file names")
E("email", "root@server01:~# uptime", None, [], "dev: shell prompt")
E("email", "@property\ndef name(self):", None, [], "python: decorator")
E("email", "RT @ana_k: nový byt v Brně", None, [], "cs: retweet mention")
E("email", "3 db @ 990 Ft", None, [], "hu: price with @")
E("email", "Slack: @channel please review", None, [], "en: Slack mention")
E("email", "írj a nevem kukac a cég domainje", None, [], "hu: spelt @ with no real address")
E("email", "Twitter: @example_org", None, [], "en: handle, not an e-mail")

# ---- handle --------------------------------------------------------------
H = add
H("handle", "ig.me/m/sara.vibes", None, ["instagram:sara.vibes"], "url: ig.me/m/ Instagram DM link")
H("handle", "instagr.am/lola.bcn", None, ["instagram:lola.bcn"], "url: instagr.am")
H("handle", "tg://resolve?domain=masha_riga", None, ["telegram:masha_riga"], "url: tg://resolve")
H("handle", "telegram.me/dina_vilnius", None, ["telegram:dina_vilnius"], "url: telegram.me")
H(
    "handle",
    "twitter.com/intent/user?screen_name=kira_ams",
    None,
    ["twitter:kira_ams"],
    "url: twitter intent link",
)
H("handle", "www.snapchat.com/@zoe.prg", None, ["snapchat:zoe.prg"], "url: snapchat.com/@")
H("handle", "m.tiktok.com/@nela.brno?lang=cs", None, ["tiktok:nela.brno"], "url: m.tiktok.com with ?lang")
H("handle", "web.facebook.com/petra.horvat.9", None, ["facebook:petra.horvat.9"], "url: web.facebook.com")
H("handle", "mbasic.facebook.com/ivana.kos", None, ["facebook:ivana.kos"], "url: mbasic.facebook.com")
H("handle", "kik.me/sunny_dee", None, ["kik:sunny_dee"], "url: kik.me")
H("handle", "skype:maja.novak?chat", None, ["skype:maja.novak"], "uri: skype: with ?chat")
H("handle", "line.me/ti/p/~aom.cnx", None, ["line:aom.cnx"], "url: line.me/ti/p/~")
H("handle", "vk.com/alina_krd", None, ["vk:alina_krd"], "url: vk.com")
H("handle", "טלגרם: @noa_hfa", None, ["telegram:noa_hfa"], "he: טלגרם")
H("handle", "אינסטגרם: @yael.tlv", None, ["instagram:yael.tlv"], "he: אינסטגרם")
H("handle", "Βρες με στο insta: @eleni.ath", None, ["instagram:eleni.ath"], "el: 'στο insta'")
H("handle", "តេឡេក្រាម៖ @sokha_pp", None, ["telegram:sokha_pp"], "km: តេឡេក្រាម")
H("handle", "တယ်လီဂရမ်: @thida_ygn", None, ["telegram:thida_ygn"], "my: တယ်လီဂရမ်")
H("handle", "टेलिग्राम: @sita_ktm", None, ["telegram:sita_ktm"], "ne: टेलिग्राम")
H("handle", "ටෙලිග්‍රෑම්: @nimali_cmb", None, ["telegram:nimali_cmb"], "si: ටෙලිග්‍රෑම් (with a ZWJ)")
H("handle", "ټیلیګرام: @zarmina_kbl", None, ["telegram:zarmina_kbl"], "ps: ټیلیګرام")
H("handle", "Телеграмда жазыңыз: @aigerim_ast", None, ["telegram:aigerim_ast"], "kk: 'Телеграмда'")
H("handle", "ເທເລແກຣມ: @noy_vte", None, ["telegram:noy_vte"], "lo: ເທເລແກຣມ")
H("handle", "ไอจี: nan.cnx", None, ["instagram:nan.cnx"], "th: ไอจี for IG")
H("handle", "인스타 아이디: yuna.dgu", None, ["instagram:yuna.dgu"], "ko: 인스타 아이디")
H("handle", "Инстаграм: @jelena.bg", None, ["instagram:jelena.bg"], "sr: Инстаграм")
H("handle", "Napiš mi na instáči: @tereza.olm", None, ["instagram:tereza.olm"], "cs: slang 'na instáči'")
H("handle", "Írj insta-n: @reka.deb", None, ["instagram:reka.deb"], "hu: 'insta-n'")
H("handle", "Volg me op insta: @fleur.utr", None, ["instagram:fleur.utr"], "nl: 'op insta'")
H("handle", "IG aku: @aisyah.kl", None, ["instagram:aisyah.kl"], "ms: 'IG aku'")
H("handle", "Ku same ni a Instagram: @hauwa.kn", None, ["instagram:hauwa.kn"], "ha: Hausa wording")
H("handle", "סנאפצ'ט: tamar.jlm", None, ["snapchat:tamar.jlm"], "he: סנאפצ'ט")
H("handle", "🟨👻 bella.snaps", None, ["snapchat:bella.snaps"], "en: ghost emoji")
H("handle", "טיקטוק: @shani.dance", None, ["tiktok:shani.dance"], "he: טיקטוק")
H("handle", "ติ๊กต๊อก: @fon.bkk", None, ["tiktok:fon.bkk"], "th: ติ๊กต๊อก")
H("handle", "फेसबुक: anita.shrestha.12", None, ["facebook:anita.shrestha.12"], "ne: फेसबुक")
H("handle", "דיסקורד: nightbird_il", None, ["discord:nightbird_il"], "he: דיסקורד")
H("handle", "✈️ @lina_odesa", None, ["telegram:lina_odesa"], "en: paper-plane emoji for Telegram")
H("handle", "加賴：yiting_tc", None, ["line:yiting_tc"], "zh-TW: 賴 slang for Line")
H("handle", "라인 아이디: hana_busan", None, ["line:hana_busan"], "ko: 라인 아이디")
H("handle", "微信号：xiaomei_hz", None, ["wechat:xiaomei_hz"], "zh: 微信号")
H("handle", "위챗: jiayi_sh", None, ["wechat:jiayi_sh"], "ko: 위챗")
H("handle", "카톡 안 해요, 텔레그램 @sora_icn 으로", None, ["telegram:sora_icn"], "ko: KakaoTalk post, Telegram")
H("handle", "Signal: rosa.42", None, ["signal:rosa.42"], "en: Signal username with number suffix")
H("handle", "𝕏: @nova_lux", None, ["twitter:nova_lux"], "en: 𝕏 symbol for X")
H("handle", "O.F: velvet.rae", None, ["onlyfans:velvet.rae"], "en: 'O.F' abbreviation")
H("handle", "Кик: sasha_kik", None, ["kik:sasha_kik"], "ru: Кик")
H("handle", "ВКонтакте: vk.com/olesya_nsk", None, ["vk:olesya_nsk"], "ru: ВКонтакте with a link")
H("handle", "TG: @" + circled("mira") + "_" + circled("bkk"), None, ["telegram:mira_bkk"], "en: circled letters")
H("handle", "insta " + full("@ivy.rose"), None, ["instagram:ivy.rose"], "en: full-width letters")
H("handle", "snap: " + cyr("kate.cox"), None, ["snapchat:kate.cox"], "en: Cyrillic look-alike letters")
H("handle", "TikTok: @" + bold("luna.dxb"), None, ["tiktok:luna.dxb"], "en: bold letters")
H("handle", "telegram: @ma" + ZWJ + "ya_spb", None, ["telegram:maya_spb"], "en: zero-width joiner inside")
H("handle", "DM me @ rubi.x", None, ["unknown:rubi.x"], "en: no platform, space after @")
# negatives
H("handle", "t.me/+AbCdEf12345", None, [], "en: Telegram invite link")
H("handle", "instagram.com/p/Cz9XyZ12abc/", None, [], "en: Instagram post link")
H("handle", "instagram.com/explore/tags/praha/", None, [], "en: Instagram tag page")
H("handle", "tiktok.com/tag/tanec", None, [], "en: TikTok tag page")
H("handle", "facebook.com/events/987654321/", None, [], "en: Facebook event")
H("handle", "open.kakao.com/o/gAbC12De", None, [], "ko: KakaoTalk open chat link")
H("handle", "x.com/i/status/1790000000000000000", None, [], "en: X status link")
H("handle", "line.me/R/msg/text/?hello", None, [], "en: Line share link")
H("handle", "Sraz @ 18:30 u Orloje", None, [], "cs: @ for a time")
H("handle", "@everyone server restart tonight", None, [], "en: Discord mass mention")

# ---- payment -------------------------------------------------------------
Y = add
Y("payment", "cash.me/$RoseK", None, ["cashapp:$rosek"], "url: cash.me/$")
Y("payment", "https://cash.app/$DeeLuxe/25", None, ["cashapp:$deeluxe"], "url: cash.app/$tag with an amount")
Y("payment", "Aika ta Cash App: $AminaB", None, ["cashapp:$aminab"], "ha: 'ta Cash App'")
Y("payment", "Fi ranṣẹ nipasẹ Cash App: $TolaA", None, ["cashapp:$tolaa"], "yo: 'nipasẹ Cash App'")
Y("payment", "Betaal via Cash App: $FleurV", None, ["cashapp:$fleurv"], "nl: 'via Cash App'")
Y("payment", "Πληρωμή μέσω Cash App: $ElenaK", None, ["cashapp:$elenak"], "el: 'μέσω Cash App'")
Y("payment", "Pošli přes Cash App: $JanaN", None, ["cashapp:$janan"], "cs: 'přes Cash App'")
Y("payment", "Cash Appon küldd: $RekaS", None, ["cashapp:$rekas"], "hu: 'Cash Appon'")
Y("payment", "캐시앱: $MinaKim", None, ["cashapp:$minakim"], "ko: 캐시앱")
Y("payment", "キャッシュアプリ：$AoiM", None, ["cashapp:$aoim"], "ja: キャッシュアプリ")
Y("payment", "कैश ऐप: $PriyaR", None, ["cashapp:$priyar"], "hi: कैश ऐप")
Y("payment", "Bayar melalui Cash App: $NurA", None, ["cashapp:$nura"], "ms: 'melalui Cash App'")
Y("payment", "Cashapp ➡️ $KiaraLove", None, ["cashapp:$kiaralove"], "en: arrow emoji")
Y("payment", "C@sh App: $MoniqueT", None, ["cashapp:$moniquet"], "en: @ for a in Cash App")
Y("payment", "$TT-Rae (that's my cash app)", None, ["cashapp:$tt-rae"], "en: service named after the tag")
Y("payment", "Cash App: " + full("$Neve"), None, ["cashapp:$neve"], "en: full-width tag")
Y("payment", "CashApp:\n$Jolie_B", None, ["cashapp:$jolie_b"], "en: tag on the next line")
Y("payment", "account.venmo.com/u/Tia-Marie", None, ["venmo:tia-marie"], "url: account.venmo.com/u/")
Y(
    "payment",
    "venmo://paycharge?txn=pay&recipients=Nora-Bell",
    None,
    ["venmo:nora-bell"],
    "url: venmo:// deep link",
)
Y("payment", "벤모: @Jisoo-Lee", None, ["venmo:jisoo-lee"], "ko: 벤모")
Y("payment", "ヴェンモ：@Emi-Sato", None, ["venmo:emi-sato"], "ja: ヴェンモ")
Y("payment", "Πλήρωσε στο Venmo: @Maria-Pap", None, ["venmo:maria-pap"], "el: 'στο Venmo'")
Y("payment", "Pošli na Venmo: @Klara-Dvorak", None, ["venmo:klara-dvorak"], "cs: 'na Venmo'")
Y("payment", "Venmo ⇒ Lexi-Grant (last 4: 0147)", None, ["venmo:lexi-grant"], "en: no @, last four digits")
Y("payment", "venmo @Bri-Lynn • cash app $BriLynn", None, ["venmo:bri-lynn", "cashapp:$brilynn"], "en: two services")
Y("payment", "paypal.com/paypalme/IrisM", None, ["paypal:irism"], "url: paypal.com/paypalme/")
Y("payment", "paypal。me/HanaS", None, ["paypal:hanas"], "ja: ideographic full stop in paypal.me")
Y("payment", "ペイパル：paypal.me/SakuraT", None, ["paypal:sakurat"], "ja: ペイパル")
Y("payment", "페이팔: paypal.me/SeoyeonC", None, ["paypal:seoyeonc"], "ko: 페이팔")
Y("payment", "Пејпал: paypal.me/MilicaJ", None, ["paypal:milicaj"], "sr: Пејпал")
Y("payment", "باي بال: paypal.me/LaylaM", None, ["paypal:laylam"], "ar: باي بال")
Y("payment", "Πληρωμή με PayPal: paypal.me/DimitraL", None, ["paypal:dimitral"], "el: 'με PayPal'")
Y("payment", "PayPalon: paypal.me/ZsofiK/5000HUF", None, ["paypal:zsofik"], "hu: amount with currency")
Y("payment", "PayPal-Link: PayPal.Me/LottaB/20EUR", None, ["paypal:lottab"], "de: mixed-case PayPal.Me, amount")
Y("payment", "Betaal met PayPal: paypal.me/SanneD", None, ["paypal:sanned"], "nl: 'met PayPal'")
Y("payment", "Platba přes PayPal: paypal.me/EvaH", None, ["paypal:evah"], "cs: 'přes PayPal'")
Y("payment", "Revtag: @ciara.m", None, ["revolut:ciara.m"], "en-IE: 'Revtag'")
Y("payment", "revolut.me/ondrej7/15", None, ["revolut:ondrej7"], "url: revolut.me with an amount")
Y("payment", "Pošlji na Revolut: @nika.z", None, ["revolut:nika.z"], "sl: 'na Revolut'")
Y("payment", "Revolut-ზე: @nino.g", None, ["revolut:nino.g"], "ka: 'Revolut-ზე'")
Y("payment", "Stuur via Revolut: @daan.k", None, ["revolut:daan.k"], "nl: 'via Revolut'")
Y("payment", "Revolut @aoife.b for the deposit", None, ["revolut:aoife.b"], "en-IE: tag after the service")
Y("payment", "monzo.me/ellie/10.00?d=rent", None, ["monzo:ellie"], "url: monzo.me with amount and note")
Y("payment", "Monzo me: monzo.me/rhys.t", None, ["monzo:rhys.t"], "en-GB: 'Monzo me'")
Y(
    "payment",
    "Talu Revolutiga @kadri.p või PayPal: paypal.me/KadriP",
    None,
    ["revolut:kadri.p", "paypal:kadrip"],
    "et: two services",
)
Y("payment", "Zalo không dùng — Cash App: $ThaoV", None, ["cashapp:$thaov"], "vi: Zalo post with Cash App")
Y("payment", "PP: paypal.me/CandyJ", None, ["paypal:candyj"], "en: 'PP' abbreviation")
Y("payment", "Cashtag ⬇️\n$SkyeB", None, ["cashapp:$skyeb"], "en: 'Cashtag' with down arrow")
Y("payment", "Venmo-n: @Hanna-Toth", None, ["venmo:hanna-toth"], "hu: 'Venmo-n'")
# negatives
Y("payment", "$20 via CashApp, DM first", None, [], "en: amount, no tag")
Y("payment", "cash.app/help", None, [], "url: Cash App help")
Y("payment", "$AAPL earnings beat", None, [], "en: stock ticker")
Y("payment", "venmo.com/legal/us-user-agreement/", None, [], "url: Venmo legal page")
Y("payment", "paypal.com/signin", None, [], "url: PayPal sign-in page")
Y("payment", "Hodinová mzda 15 $, výplata přes Revolut", None, [], "cs: wage and service, no tag")
Y("payment", "US$ 500 deposit, Cash App Card accepted", None, [], "en: amount and card")
Y("payment", "monzo.com/help", None, [], "url: Monzo help page")
Y("payment", "PayPal Giving Fund, 100 % donated", None, [], "en: PayPal charity programme")

# ---- crypto --------------------------------------------------------------
C = add
labels = [
    ("ha", "Adireshin walat (USDT TRC20): {a}", W.trx),
    ("yo", "Àdírẹ́sì àpamọ́wọ́ (BTC): {a}", W.btc_wpkh),
    ("ig", "Adreesị obere akpa (ETH): {a}", W.eth),
    ("zu", "Ikheli lesikhwama (USDT TRC20): {a}", W.trx),
    ("so", "Cinwaanka boorsada (BTC): {a}", W.btc_tr),
    ("ms", "Alamat dompet (USDT TRC20): {a}", W.trx),
    ("jv", "Alamat dompet (ETH): {a}", W.eth),
    ("km", "អាសយដ្ឋានកាបូប (USDT TRC20)៖ {a}", W.trx),
    ("lo", "ທີ່ຢູ່ກະເປົາເງິນ (BTC): {a}", W.btc_p2sh),
    ("my", "ပိုက်ဆံအိတ်လိပ်စာ (ETH): {a}", W.eth),
    ("ne", "वालेट ठेगाना (USDT TRC20): {a}", W.trx),
    ("si", "පසුම්බි ලිපිනය (BTC): {a}", W.btc_wsh),
    ("ps", "د والټ پته (USDT TRC20): {a}", W.trx),
    ("ku", "Navnîşana cûzdanê (LTC): {a}", W.ltc_m),
    ("he", "כתובת ארנק (ETH): {a}", W.eth),
    ("el", "Διεύθυνση πορτοφολιού (BTC): {a}", W.btc_p2pkh),
    ("cs", "Adresa peněženky (USDT TRC20): {a}", W.trx),
    ("sk", "Adresa peňaženky (ETH): {a}", W.eth),
    ("hr", "Adresa novčanika (BTC): {a}", W.btc_wpkh),
    ("sr", "Адреса новчаника (USDT TRC20): {a}", W.trx),
    ("lt", "Piniginės adresas (SOL): {a}", W.sol),
    ("lv", "Maka adrese (ETH): {a}", W.eth),
    ("nl", "Walletadres (DOGE): {a}", W.doge_p2sh),
    ("da", "Wallet-adresse (XMR): {a}", W.xmr),
    ("ca", "Adreça del moneder (BTC): {a}", W.btc_tr),
    ("eu", "Zorroaren helbidea (USDT TRC20): {a}", W.trx),
    ("ga", "Seoladh an sparáin (LTC): {a}", W.ltc_w),
    ("cy", "Cyfeiriad waled (ETH): {a}", W.eth),
]
for i, (lang, tpl, fn) in enumerate(labels):
    a = fn(f"label36-{lang}-{i}")
    C("crypto", tpl.format(a=a), None, [W.value(fn, a)], f"{lang}: {fn.__name__} with local label")
a = W.eth("etherscan")
C("crypto", f"https://etherscan.io/address/{a}", None, [f"eth:{a.lower()}"], "url: etherscan address page")
a = W.btc_wpkh("mempool")
C("crypto", f"mempool.space/address/{a}", None, [f"btc:{a}"], "url: mempool.space")
a = W.btc_p2sh("blockstream")
C("crypto", f"https://blockstream.info/address/{a}", None, [f"btc:{a}"], "url: blockstream.info")
a = W.sol("solscan")
C("crypto", f"https://solscan.io/account/{a}", None, [f"sol:{a}"], "url: solscan account")
a = W.ltc_l("litecoinspace")
C("crypto", f"litecoinspace.org/address/{a}", None, [f"ltc:{a}"], "url: litecoinspace.org")
a = W.doge("dogechain")
C("crypto", f"https://dogechain.info/address/{a}", None, [f"doge:{a}"], "url: dogechain.info")
a = W.ltc_w("ltc-uri")
C("crypto", f"litecoin:{a}?amount=0.5", None, [f"ltc:{a}"], "uri: litecoin:")
a = W.doge("doge-uri")
C("crypto", f"dogecoin:{a}?amount=420", None, [f"doge:{a}"], "uri: dogecoin:")
a = W.xmr("xmr-uri")
C("crypto", f"monero:{a}?tx_amount=0.25", None, [f"xmr:{a}"], "uri: monero: with tx_amount")
a = W.btc_tr("bip21-label")
C(
    "crypto",
    f"bitcoin:{a}?label=Kauce&message=Pronájem%20bytu",
    None,
    [f"btc:{a}"],
    "uri: BIP 21 with label and message",
)
a = W.xmr_sub("subaddress")
C("crypto", f"XMR (subaddress): {a}", None, [f"xmr:{a}"], "en: Monero subaddress")
a = W.trx("lenticular")
C("crypto", f"USDT-TRC20【{a}】", None, [f"trx:{a}"], "zh: lenticular brackets")
a = W.trx("corner")
C("crypto", f"入金アドレス「{a}」", None, [f"trx:{a}"], "ja: corner brackets")
a = W.eth("html-code")
C("crypto", f"<p>ETH: <code>{a}</code></p>", None, [f"eth:{a.lower()}"], "html: <code>")
a = W.btc_wpkh("md-link")
C(
    "crypto",
    f"[moja peněženka](https://mempool.space/address/{a})",
    None,
    [f"btc:{a}"],
    "md: link to an explorer",
)
a = W.trx("word-joiner")
C("crypto", f"TRC20: {a[:20]}{WJ}{a[20:]}", None, [f"trx:{a}"], "en: word joiner inside")
a = W.eth("halves")
C(
    "crypto",
    f"ETH první půlka: {a[:21]}\ndruhá půlka: {a[21:]}",
    None,
    [f"eth:{a.lower()}"],
    "cs: address split into two labelled halves",
)
a = W.eth("upper-hex")
C("crypto", f"ETH 0x{a[2:].upper()}", None, [f"eth:{a.lower()}"], "en: all upper-case hex")
a = W.sol("telegram-sol")
C("crypto", f"✈️ Telegram-та төлем: SOL {a}", None, [f"sol:{a}"], "kk: Solana in a Telegram post")
a = W.doge_p2sh("kakao")
C("crypto", f"카톡으로 문의, 도지코인 주소: {a}", None, [f"doge:{a}"], "ko: Dogecoin P2SH in a KakaoTalk post")
a, b = W.trx("pair-trx"), W.eth("pair-eth")
C(
    "crypto",
    f"USDT TRC20 → {a}\nUSDT ERC20 → {b}",
    None,
    [f"trx:{a}", f"eth:{b.lower()}"],
    "en: the same coin on two chains",
)
# negatives
C("crypto", "Tx: 0x" + W.seed("eth-tx").hex(), None, [], "en: Ethereum transaction hash")
invoice = segwit("lnbc25u", 0, W.seed("lightning") + W.seed("lightning-2"))
C("crypto", f"Lightning: {invoice}", None, [], "en: Lightning-invoice-shaped bech32 string")
npub = segwit("npub", 0, W.seed("nostr"))
C("crypto", f"nostr: {npub}", None, [], "en: nostr public key")
C("crypto", "Pošli na anna.eth nebo anna.sol", None, [], "cs: ENS / SNS names, not addresses")
a = W.btc_wpkh("mixed-case")
mixed = a[:10] + a[10:].upper()
assert not check_segwit(mixed, "bc")
C("crypto", f"BTC: {mixed}", None, [], "en: bech32 with mixed case (invalid)")
a = W.trx("typo")
typo = a[:15] + ("A" if a[15] != "A" else "B") + a[16:]
assert not check_b58c(typo, {0x41})
C("crypto", f"TRC20: {typo}", None, [], "en: TRON address with a one-character typo")
a = W.eth("eip55-broken")
letters = [i for i, c in enumerate(a[2:], 2) if c.isalpha()]
broken = a[: letters[1]] + a[letters[1]].swapcase() + a[letters[1] + 1 :]
assert not check_eth(broken)
C("crypto", f"ERC20: {broken}", None, [], "en: EIP-55 checksum broken by one letter's case")
C("crypto", "sk_test_" + W.seed("stripe").hex()[:24], None, [], "dev: API key")
C("crypto", "SHA-256: " + W.seed("iso").hex(), None, [], "en: file checksum")

# ---- age -----------------------------------------------------------------
A = add
A("age", "Ina da shekara 24, daga Kano", None, ["24"], "ha: 'shekara'")
A("age", "Ọmọ ọdún 23 ni mí, láti Ìbàdàn", None, ["23"], "yo: 'ọmọ ọdún'")
A("age", "Adị m afọ 21, si Enugu", None, ["21"], "ig: 'afọ'")
A("age", "Ngineminyaka engu-25, ngivela eThekwini", None, ["25"], "zu: 'iminyaka engu-'")
A("age", "Waxaan ahay 22 jir, Hargeysa", None, ["22"], "so: 'jir'")
A("age", "Saya berumur 26 tahun, dari Johor", None, ["26"], "ms: 'berumur … tahun'")
A("age", "Umurku 20 taun, saka Solo", None, ["20"], "jv: 'taun'")
A("age", "អាយុ " + native("24", KHMER) + " ឆ្នាំ ភ្នំពេញ", None, ["24"], "km: Khmer digits")
A("age", "ອາຍຸ " + native("23", LAO) + " ປີ, ວຽງຈັນ", None, ["23"], "lo: Lao digits")
A("age", "အသက် " + native("21", MYANMAR) + " နှစ်၊ ရန်ကုန်", None, ["21"], "my: Myanmar digits")
A("age", "उमेर " + native("25", DEVANAGARI) + " वर्ष, पोखरा", None, ["25"], "ne: Devanagari digits")
A("age", "මට වයස අවුරුදු 22යි, මහනුවර", None, ["22"], "si: 'වයස අවුරුදු'")
A("age", "زه " + native("27", PERSIAN) + " کلن یم، له کندهار", None, ["27"], "ps: Eastern Arabic digits, 'کلن'")
A("age", "Ez 24 salî me, ji Hewlêrê", None, ["24"], "ku: 'salî'")
A("age", "בת 23 מחיפה", None, ["23"], "he: 'בת'")
A("age", "Είμαι 26 χρονών, από Θεσσαλονίκη", None, ["26"], "el: 'χρονών'")
A("age", "Mám 21 rokov, z Košíc", None, ["21"], "sk: 'rokov'")
A("age", "Je mi 25 let, z Ostravy", None, ["25"], "cs: 'je mi … let'")
A("age", "Imam 22 godine, iz Splita", None, ["22"], "hr: 'godine'")
A("age", "Имам 24 године, из Новог Сада", None, ["24"], "sr: Cyrillic 'године'")
A("age", "Man 23 metai, iš Kauno", None, ["23"], "lt: 'metai'")
A("age", "Man ir 27 gadi, no Liepājas", None, ["27"], "lv: 'gadi'")
A("age", "Ik ben 20 jaar, uit Gent", None, ["20"], "nl: 'jaar'")
A("age", "Jeg er 24 år, fra Aarhus", None, ["24"], "da: 'år'")
A("age", "Tinc 21 anys, de Girona", None, ["21"], "ca: 'anys'")
A("age", "26 urte ditut, Donostiakoa", None, ["26"], "eu: 'urte ditut'")
A("age", "Tá mé 22 bliain d'aois, as Gaillimh", None, ["22"], "ga: 'bliain d'aois'")
A("age", "Dw i'n 23 oed, o Gaerdydd", None, ["23"], "cy: 'oed'")
A("age", "E 25 ōku tau, nō Ōtautahi", None, ["25"], "mi: 'ōku tau'")
A("age", "Ik ben tweeëntwintig jaar", None, ["22"], "nl: number word with diaeresis")
A("age", "Jeg er fireogtyve år", None, ["24"], "da: 'fireogtyve'")
A("age", "Είμαι είκοσι τριών χρονών", None, ["23"], "el: number words (genitive)")
A("age", "Mám dvadsaťjeden rokov", None, ["21"], "sk: number word")
A("age", "Imam dvadeset i pet godina", None, ["25"], "hr: number words with 'i'")
A("age", "Man ir divdesmit seši gadi", None, ["26"], "lv: number words")
A("age", "Tinc vint-i-set anys", None, ["27"], "ca: 'vint-i-set'")
A("age", "Hogeita bi urte ditut", None, ["22"], "eu: 'hogeita bi'")
A("age", "Tá mé trí bliana is fiche d'aois", None, ["23"], "ga: 'trí bliana is fiche'")
A("age", "בת עשרים ואחת", None, ["21"], "he: number words")
A("age", "Saya berumur sembilan belas tahun", None, ["19"], "ms: 'sembilan belas'")
A("age", "Waxaan ahay labaatan iyo shan jir", None, ["25"], "so: 'labaatan iyo shan'")
A("age", "Ina da shekara ashirin da biyu", None, ["22"], "ha: 'ashirin da biyu'")
A("age", "a/s/l: 23/f/Leeds", None, ["23"], "en: a/s/l")
A("age", "Lena (age 24) — nanny, Dublin", None, ["24"], "en: '(age 24)'")
A("age", "㉔歳、札幌", None, ["24"], "ja: circled number ㉔")
A("age", "Age: " + keycap("21"), None, ["21"], "en: keycap digits")
A("age", full("25") + "歳のOLです", None, ["25"], "ja: full-width digits and 歳")
A("age", "".join(SMALL_CAPS.get(c, c) for c in "age") + " 22 | Porto", None, ["22"], "en: small capitals")
A("age", "Mila, " + native("26", BOLD) + "y, Praha", None, ["26"], "cs: bold digits with 'y'")
A("age", "Ik ben 16 en zoek een bijbaan", None, ["16"], "nl: a minor, no unit")
A("age", "Mám 15 rokov, hľadám brigádu", None, ["15"], "sk: a minor")
A("age", "בת 17, מחפשת עבודה", None, ["17"], "he: a minor")
A("age", "Age ➜ 27, Wien", None, ["27"], "de/en: arrow before the age")
# negatives
A("age", "Veľkosť šiat 38, topánky 39", None, [], "sk: dress and shoe sizes")
A("age", "Věk 25–35 let vítán, praxe nutná", None, [], "cs: age range in a job ad")
A("age", "Whisky, 18 Jahre gereift", None, [], "de: whisky age")
A("age", "Teplota 23 °C, vlhkost 40 %", None, [], "cs: temperature and humidity")
A("age", "Zlato 24 karátů", None, [], "cs: gold karats")
A("age", "Garancija 24 mjeseca", None, [], "hr: warranty months")
A("age", "Kamer 21, tweede verdieping", None, [], "nl: room number")
A("age", "Open 24/7, 365 dagen", None, [], "nl: opening hours")
A("age", "Kinderen 3-12 jaar gratis", None, [], "nl: children's price band")


if __name__ == "__main__":
    print(json.dumps(B.write()))
