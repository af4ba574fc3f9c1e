"""Generate batch 38 of Clew's held-out identifier set (bench/data/identifiers_heldout/batch38/<type>.jsonl).

    python bench/data/identifiers_heldout/batch38/make.py

Why a thirty-eighth batch: batches up to 37 have been scored or studied, so they no longer measure text
nobody tuned for.  Batch 38 was written blind by an author who read only the project rules (notes/guide.md),
issue 3's text (notes/issue3.md), the "Data contracts" section of PRODUCT.md (canonical value formats), the
scorer (bench/identifiers_heldout.py), the shared kit (kit.py, imported here) and batch 37's make.py (record
format, and to choose *other* cases than the ones its docstring lists).  No extractor code, generated docs,
tests, other batches' files or held-out records were read, and no Clew code was run on this batch; only this
script, the standard library, the kit and `phonenumbers` (through the kit's check) were run.

Everyday posts (job and room ads, Telegram / WhatsApp posts, classifieds, bios, Markdown, CSV, YAML, JSON,
HTML and vCard snippets, OCR'd flyers, chat exports, app deep links) with disguises batch 37 did not use:
phone digits spelt in Hausa, Yoruba, Zulu, Somali, Nepali, Sinhala, Khmer (with its 5+n compounds), Lao and
Thai (words run together, as those scripts write them), Burmese, Hebrew, colloquial Greek, Lithuanian,
Hungarian, Czech, Croatian, Serbian Cyrillic, Kazakh, Icelandic, German with 'zwo' and one group per line,
Basque, Irish, Welsh ('dim'), Pashto, Kurmanji, Korean Sino-Korean digits joined by '에', Japanese kanji
numerals, Chinese '幺' for one and Chinese financial numerals (壹贰叁), British 'double' / 'triple', French
read in pairs ('quatre-vingt-dix-neuf'); groups joined by slashes, middle dots, tildes, asterisks, '::',
arrows, underscores, '//', stars, sparkles, '=', '▸', '^', the Arabic comma and the Burmese section mark;
Saurashtra / Ahom / Bhaiksuki / Gunjala Gondi / Tirhuta / Nyiakeng Puachue Hmong digits, dingbat circled
sans-serif digits (🄋➀…), one number mixing Arabic-Indic and Persian digits; '+44 (0)20', '+33 (0)1' in
YAML, the 00 exit code, api.whatsapp.com/send/, tg://resolve?phone=, callto:, facetime-audio://, a Markdown
tel: link, a CSV row; OCR'd l / o / | / S; letter-spaced digits with white bullets; London in Vietnamese and
Leeds in Korean as the only region cues; two numbers joined by 'или' / 'oder'.  E-mail at / dot words of
Czech, Slovak, Hungarian, Dutch, Lithuanian, Latvian, Croatian, Serbian, Greek, Hebrew, Russian (with a
Cyrillic 'ком'), Persian, Arabic, Thai, Vietnamese, Indonesian, Korean, Japanese, Catalan, Spanish,
Portuguese, Romanian, French, Kazakh and Khmer; {at} {dot}, defanged [@] [.], glued AT / DOT, /at/ /dot/,
full-width ＠ and ．, ⓐ for @, '。' and '•' for the dot, HTML numeric entities, a Markdown mailto link, CSV,
YAML and vCard EMAIL lines, an e-mail-to-SMS gateway address, Cyrillic letters in the domain, a zero-width
joiner and a soft hyphen inside, spaces around @ and ., mixed case, circled letters, CJK punctuation around
the address, two addresses joined by 'или'.  Handles with instagr.am, ig.me/m/, instagram://user?username=,
tg://resolve?domain=, snapchat://add/, kik.me, twitter.com/intent/user?screen_name=,
m.facebook.com, line.me/ti/p/~, skype:…?chat, tiktok.com/@…?lang=, Markdown / HTML / CSV / YAML / JSON; cues
'телега', 'ТГ', 'Telegramm', 'Tele', ไอจี, ไอดีไลน์, Hebrew, Greek, Hindi, Arabic (انستقرام), Korean and
Japanese 'insta', Vietnamese 'Phây', Czech 'Instáč', 薇信 and 'wx' for WeChat, 'kik me', 👻 and ✈️,
leetspeak and small-capital platform names, full-width and circled letters, a Cyrillic letter inside the
username, a letter-spaced username, a word joiner inside the platform name, a cue after
the handle, 'X (ex-Twitter)', two platforms in one post.  Payments with cash.me, cash.app/$tag/amount,
cash.app/%24tag, Cash App wordings in Spanish, Portuguese, French, German, Italian, Romanian, Russian,
Hebrew, Korean, Japanese, Hindi, Vietnamese, a 💲 emoji and a full-width ＄ for the dollar sign, 'c@sh app',
an amount before the tag; venmo.com/u/, account.venmo.com/u/, venmo://paycharge, Venmo in Spanish,
Portuguese, Hebrew, Japanese, Korean, 'V3nmo'; paypal.com/paypalme/, PayPal.Me with an amount, PayPal in
Arabic, Japanese, Korean, Hindi, defanged and spaced paypal.me; 'Revtag', revolut.me, Revolut in French and
German; monzo.me with an amount and with ?d=.  Crypto behind labels in 24 other languages; etherscan,
mempool.space, blockstream.info, solscan, litecoinspace, dogechain and blockchain.com links; monero:,
dogecoin:, lower-case litecoin: and BIP 21 with a lightning= parameter, EIP-681 'pay-'; a fenced code block,
CSV, YAML with two chains, HTML <code>, an upper-case '0X' address, a word joiner inside, mathematical
monospace letters, square brackets, single quotes, CJK and Thai text touching the address.  Ages in 29
other languages and in Thai / Lao / Khmer / Myanmar / Devanagari / Arabic-Indic / Persian digits, number
words in 14 of them (Danish 'toogtyve', Chinese '芳龄二十', Korean native numerals), diminutives ('añitos',
'aninhos', 'годиков'), 'printemps', 'Lena (23)', a/s/l '22/f/london', '22F', 'just turned', keycap digits,
the circled number ㉒, full-width digits, two ages in one post and four minors.  20 % negatives per type
(the kit's ceiling) with new look-alike distractors (order number holding a fictional number, IBAN, ISO
timestamp, rent, EAN, postal address, flight, Unix timestamp, build number, price in đồng, order reference
with 555-01xx, Japanese body sizes, VIN, sort code and account; image '@2x' file names, decorators, Slack
@here, cron @reboot, masked addresses, Go module versions, WeChat @所有人, mentions, spreadsheet '@',
at / dot words without an address; sticker, private invite, post, tag, music, event, hashtag, login,
Discord channel links, @everyone, service names only; stock cashtags, shell variables, LaTeX, help, settings,
sign-in, fee and business pages; transaction hashes, a broken EIP-55 checksum, a one-character bech32 and
Monero error, swapped base58 characters, a TRON typo, regtest, LNURL, ENS, a git commit, a truncated
address; '24/7', measurements, years of experience, birth year, building and car ages, room, time, clothing
size 'taille 12 ans', COVID-19, 'アラサー', an over-18 rule).

Crypto addresses come from ``Wallets(38)``; every expected value is re-checked by the kit's independent
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
    ARABIC_INDIC,
    DEVANAGARI,
    KHMER,
    LAO,
    MYANMAR,
    PERSIAN,
    SHY,
    THAI,
    WJ,
    Batch,
    Wallets,
    _b32_with,
    _bits,
    check_b58c,
    check_crypto,
    check_eth,
    check_segwit,
    check_xmr,
    cyr,
    e164,
    full,
    keycap,
    mono,
    native,
    segwit,
)

B = Batch(38, Path(__file__).resolve().parent)
W = Wallets(38)
add = B.add

# ---------------------------------------------------------------- batch 38 tables

WORDS = {
    "ha": "sifili ɗaya biyu uku huɗu biyar shida bakwai takwas tara",
    "yo": "òdo ọ̀kan méjì mẹ́ta mẹ́rin márùn mẹ́fà méje mẹ́jọ mẹ́sàn",
    "zu": "iqanda kunye kubili kuthathu kune kuhlanu isithupha isikhombisa isishiyagalombili isishiyagalolunye",
    "so": "eber kow laba saddex afar shan lix toddoba siddeed sagaal",
    "ne": "शून्य एक दुई तीन चार पाँच छ सात आठ नौ",
    "si": "බිංදුව එක දෙක තුන හතර පහ හය හත අට නවය",
    "km": "សូន្យ មួយ ពីរ បី បួន ប្រាំ ប្រាំមួយ ប្រាំពីរ ប្រាំបី ប្រាំបួន",
    "lo": "ສູນ ໜຶ່ງ ສອງ ສາມ ສີ່ ຫ້າ ຫົກ ເຈັດ ແປດ ເກົ້າ",
    "my": "သုည တစ် နှစ် သုံး လေး ငါး ခြောက် ခုနစ် ရှစ် ကိုး",
    "th": "ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า",
    "he": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע",
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά",
    "lt": "nulis vienas du trys keturi penki šeši septyni aštuoni devyni",
    "hu": "nulla egy kettő három négy öt hat hét nyolc kilenc",
    "cs": "nula jedna dva tři čtyři pět šest sedm osm devět",
    "hr": "nula jedan dva tri četiri pet šest sedam osam devet",
    "sr": "нула један два три четири пет шест седам осам девет",
    "kk": "нөл бір екі үш төрт бес алты жеті сегіз тоғыз",
    "is": "núll einn tveir þrír fjórir fimm sex sjö átta níu",
    "de": "null eins zwo drei vier fünf sechs sieben acht neun",
    "eu": "zero bat bi hiru lau bost sei zazpi zortzi bederatzi",
    "ga": "náid aon dó trí ceathair cúig sé seacht ocht naoi",
    "cy": "dim un dau tri pedwar pump chwech saith wyth naw",
    "ps": "صفر یو دوه درې څلور پنځه شپږ اووه اته نهه",
    "ku": "sifir yek du sê çar pênc şeş heft heşt neh",
    "ko": "공 일 이 삼 사 오 육 칠 팔 구",
    "ja": "〇 一 二 三 四 五 六 七 八 九",
    "zh-yao": "零 幺 二 三 四 五 六 七 八 九",
    "zh-daxie": "零 壹 贰 叁 肆 伍 陆 柒 捌 玖",
}


def spell(lang: str, number: str, group: str, digits: tuple[int, ...] = (), sep: str = " ") -> str:
    """``number``'s groups (split on spaces) as words of ``lang``, words joined by ``sep`` and groups by
    ``group``; groups whose index is in ``digits`` stay as digits."""
    words = WORDS[lang].split()
    assert len(words) == 10, lang
    return group.join(g if i in digits else sep.join(words[int(c)] for c in g) for i, g in enumerate(number.split()))


# digit scripts neither the kit nor batch 37 named (zero code points; all in Unicode 14)
SAURASHTRA, AHOM, BHAIKSUKI, GUNJALA_GONDI, TIRHUTA, NP_HMONG = 0xA8D0, 0x11730, 0x11C50, 0x11DA0, 0x114D0, 0x1E140
DINGBAT = dict(zip("0123456789", "🄋➀➁➂➃➄➅➆➇➈", strict=True))  # circled sans-serif (No, not folded by NFKC)
ZWJ = "\u200d"


def dingbat(s: str) -> str:
    return "".join(DINGBAT.get(c, c) for c in s)


def small_caps(s: str) -> str:
    table = dict(zip("abcdefghijklmnoprstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", strict=True))
    return "".join(table.get(c, c) for c in s.lower())


def circled(s: str) -> str:
    """Circled Latin letters (Ⓐ-Ⓩ, ⓐ-ⓩ); NFKC folds them."""
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(0x24B6 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x24D0 + ord(c) - 97))
        else:
            out.append(c)
    return "".join(out)


# ---- phone ---------------------------------------------------------------
P = add
spelt = [
    ("ha", "Aikin gida a London, masauki kyauta. Kira: {w}", "020 7946 0412", "GB", " / ", (), " "),
    ("yo", "Iṣẹ́ ilé ní Leeds, ibùgbé ọ̀fẹ́. Ẹ pè wá: {w}", "0113 496 0527", "GB", " · ", (), " "),
    ("zu", "Umsebenzi eSydney, indawo yokuhlala mahhala. Shayela: {w}", "0491 570 138", "AU", " ~ ", (), " "),
    ("so", "Shaqo London ah, hoy bilaash ah. Wac: {w}", "020 7946 0638", "GB", " ♥ ", (), "-"),
    ("ne", "सिड्नीमा काम, बस्ने ठाउँ निःशुल्क। फोन गर्नुहोस्: {w}", "0491 570 149", "AU", " / ", (0,), " "),
    ("si", "ලන්ඩනයේ රැකියා, නවාතැන් නොමිලේ. අමතන්න: {w}", "020 7946 0749", "GB", " * ", (), " "),
    ("km", "ការងារនៅស៊ីដនី ស្នាក់នៅឥតគិតថ្លៃ។ ទូរស័ព្ទ៖ {w}", "0491 570 163", "AU", " - ", (), " "),
    ("lo", "ວຽກຢູ່ປາຣີ ມີບ່ອນພັກຟຣີ ໂທ: {w}", "01 99 00 25 69", "FR", " ", (), ""),
    ("my", "လန်ဒန်မှာ အလုပ် နေရာအခမဲ့ ဖုန်း - {w}", "020 7946 0851", "GB", " ၊ ", (), " "),
    ("th", "งานที่โตรอนโต มีที่พักฟรี โทร {w}", "416 555 0145", "CA", "-", (), ""),
    ("he", "עבודה בלונדון, מגורים חינם. להתקשר: {w}", "020 7946 0963", "GB", " / ", (), " "),
    ("el", "Δουλειά στο Λονδίνο, δωρεάν διαμονή. Τηλ.: {w}", "020 7946 0174", "GB", " + ", (), " "),
    ("lt", "Darbas Mančesteryje, nemokamas būstas. Skambinkite: {w}", "0161 496 0962", "GB", " :: ", (), "-"),
    ("hu", "Munka Párizsban, ingyen szállás. Hívj: {w}", "01 99 00 46 82", "FR", " → ", (), " "),
    ("cs", "Práce v Londýně, ubytování zdarma. Volejte: {w}", "020 7946 0285", "GB", " _ ", (), ""),
    ("hr", "Posao u Londonu, smještaj besplatan. Nazovite: {w}", "020 7946 0396", "GB", " // ", (), " "),
    ("sr", "Посао у Торонту, смештај бесплатан. Позовите: {w}", "647 555 0152", "CA", " ★ ", (), " "),
    ("kk", "Лондонда жұмыс, тұрғын үй тегін. Қоңырау шалыңыз: {w}", "020 7946 0417", "GB", " ✨ ", (), " "),
    ("is", "Vinna í London, frítt húsnæði. Hringdu í {w}", "020 7946 0528", "GB", ", ", (2,), " "),
    ("de", "Arbeit in London, Unterkunft wird gestellt. Ruf an:\n{w}", "020 7946 0639", "GB", "\n", (), " "),
    ("eu", "Lana Londresen, ostatu doan. Deitu: {w}", "020 7946 0741", "GB", " ▸ ", (), " "),
    ("ga", "Obair i Londain, lóistín saor in aisce. Glaoigh ar {w}", "020 7946 0852", "GB", " . ", (), " "),
    ("cy", "Gwaith yn Llundain, llety am ddim. Ffonia {w}", "020 7946 0964", "GB", " = ", (), " "),
    ("ps", "په لندن کې کار، وړیا استوګنه. زنګ ووهئ: {w}", "020 7946 0175", "GB", " ، ", (), " "),
    ("ku", "Kar li Londonê, xanî belaş. Telefon bike: {w}", "020 7946 0286", "GB", " ^ ", (), " "),
    ("ko", "런던 일자리, 숙소 제공. 연락처: {w}", "020 7946 0397", "GB", "에 ", (), ""),
    ("ja", "ロンドンで住み込みの仕事 TEL：{w}", "020 7946 0418", "GB", "‐", (), ""),
    ("zh-yao", "悉尼工作 包吃住 电话：{w}", "0491 570 183", "AU", " ", (), ""),
    ("zh-daxie", "伦敦招工 包住 联系电话：{w}", "020 7946 0529", "GB", " ", (), ""),
]
for lang, tpl, number, region, grp, dig, sep in spelt:
    kept = {0: "", 1: ", one group in digits"}[len(dig)]
    how = {" ": "", "": ", words run together", "-": ", words hyphenated"}[sep]
    gname = "line breaks" if grp == "\n" else repr(grp.strip() or grp)
    note = f"{lang}: number words{how}{kept}, groups joined by {gname}"
    P("phone", tpl.format(w=spell(lang, number, grp, dig, sep)), region, [e164(number, region)], note)
P(
    "phone",
    "Ring Becky on oh one one three, four nine six, oh double seven nine — evenings only",
    "GB",
    ["+441134960779"],
    "en-GB: 'oh' and 'double seven'",
)
P(
    "phone",
    "Room in Hackney, bills incl. Sam: oh two oh, seven nine four six, oh triple three",
    "GB",
    ["+442079460333"],
    "en-GB: 'triple three'",
)
P(
    "phone",
    "Appelez le zéro un, quatre-vingt-dix-neuf, zéro zéro, trente-six, soixante-dix",
    "FR",
    ["+33199003670"],
    "fr: number read in pairs",
)
scripts = [
    ("Ph: ", "0161 496 0173", "GB", SAURASHTRA, "Saurashtra"),
    ("Call ", "312 555 0128", "US", AHOM, "Ahom"),
    ("📱 ", "020 7946 0630", "GB", BHAIKSUKI, "Bhaiksuki"),
    ("WhatsApp ", "01 99 00 47 81", "FR", GUNJALA_GONDI, "Gunjala Gondi"),
    ("फोन ", "0113 496 0624", "GB", TIRHUTA, "Tirhuta"),
    ("Hu rau ", "617 555 0139", "US", NP_HMONG, "Nyiakeng Puachue Hmong"),
]
for pre, number, region, zero, name in scripts:
    P("phone", pre + native(number, zero), region, [e164(number, region)], f"{name} digits")
P("phone", "☎ " + dingbat("0491 570 194"), "AU", ["+61491570194"], "dingbat circled sans-serif digits")
P(
    "phone",
    "تماس: " + native("020", ARABIC_INDIC) + " " + native("7946", PERSIAN) + " " + native("0742", ARABIC_INDIC),
    "GB",
    ["+442079460742"],
    "fa/ar: one number mixing Arabic-Indic and Persian digits",
)
P("phone", "Ask for Dee: +44 (0)20 7946 0853", None, ["+442079460853"], "en-GB: +44 with the (0) trunk digit")
P("phone", "Ligue já: 0033 1 99 00 58 92", "PT", ["+33199005892"], "pt: 00 exit code to France")
P(
    "phone",
    "https://api.whatsapp.com/send/?phone=14155550157&text&type=phone_number&app_absent=0",
    None,
    ["+14155550157"],
    "url: api.whatsapp.com/send/ without +",
)
P("phone", "Schreib mir: tg://resolve?phone=442079460965", None, ["+442079460965"], "uri: tg://resolve?phone=")
P(
    "phone",
    '<a href="callto:+33199006903">Skype-Anruf</a>',
    None,
    ["+33199006903"],
    "html: callto: link",
)
P("phone", "FaceTime me → facetime-audio://+17025550142", None, ["+17025550142"], "uri: facetime-audio://")
P(
    "phone",
    "Trabajo de limpieza en Miami. [📞 Llámame](tel:+1-305-555-0171)",
    None,
    ["+13055550171"],
    "md: tel: link in Markdown",
)
P("phone", "nombre,ciudad,tel\nMía,Leeds,0113 496 0735", "GB", ["+441134960735"], "csv: phone column")
P(
    "phone",
    'contacto:\n  nombre: Inés\n  movil: "+33 (0)1 99 00 70 14"',
    None,
    ["+33199007014"],
    "yaml: +33 with the (0) trunk digit",
)
P("phone", "Tel (2l2) 555-o16l", "US", ["+12125550161"], "en: OCR'd lower-case l and o")
P("phone", "Tel: 0|6| 496 0SS2 (scan)", "GB", ["+441614960552"], "en-GB: OCR'd | for 1 and S for 5")
P("phone", "7 1 8 ◦ 5 5 5 ◦ 0 1 6 5", "US", ["+17185550165"], "en: letter-spaced digits, white bullets")
P("phone", "Việc làm ở Luân Đôn, bao ăn ở. Gọi 020 7946 0176", None, ["+442079460176"], "vi: London as the only cue")
P("phone", "리즈에서 일하실 분 구합니다 0113 496 0846", None, ["+441134960846"], "ko: Leeds as the only cue")
P(
    "phone",
    "Звоните 020 7946 0287 или 0161 496 0495",
    "GB",
    ["+442079460287", "+441614960495"],
    "ru: two numbers with 'или'",
)
P(
    "phone",
    "+1 206 555 0110 oder +1 303 555 0133, ab 18 Uhr",
    None,
    ["+12065550110", "+13035550133"],
    "de: two numbers with 'oder'",
)
# negatives
P("phone", "Bestellnr. 44207946012345 — Lieferung Mo.–Fr.", "DE", [], "de: 14-digit order number")
P("phone", "IBAN: GB33 BUKB 2020 1555 5555 55", "GB", [], "en-GB: IBAN")
P("phone", "Check-in 2024-06-17T14:30:00+01:00", "GB", [], "en: ISO 8601 timestamp")
P("phone", "Miete 1.299,00 € / Monat, Kaution 2.598 €", "DE", [], "de: rent and deposit")
P("phone", "EAN 4006381333931, 250 ml", "DE", [], "de: EAN-13 barcode")
P("phone", "Flat 12, 34 Example Road, Leeds LS1 4AP", "GB", [], "en-GB: postal address")
P("phone", "Flight BA0117 dep 14:05 arr 16:55, seat 23A", "GB", [], "en: flight number and times")
P("phone", "ts=1718631000&page=2", "US", [], "url: Unix timestamp")
P("phone", "Build v2.0.7946.113 released", "GB", [], "en: build number with a 7946 group")
P("phone", "Giá 1.555.000đ / 2 giờ", "VN", [], "vi: price in đồng")
P("phone", "Ref. pedido 555-0199/2024", "US", [], "es: order reference with 555-0199")
P("phone", "B86 W58 H85 身長163cm 体重48kg", None, [], "ja: body sizes")
P("phone", "VIN 1HGCM82633A004352", "US", [], "en: vehicle identification number")
P("phone", "Sort code 20-79-46, account 01934567", "GB", [], "en-GB: sort code and account number")

# ---- email ---------------------------------------------------------------
E = add
at_dot = [
    ("cs", "Životopis posílejte na prace.prg zavináč example tečka com", "prace.prg@example.com"),
    ("sk", "CV posielajte: praca.ba zavináč example bodka net", "praca.ba@example.net"),
    ("hu", "Önéletrajz: munka.bp kukac example pont com", "munka.bp@example.com"),
    ("nl", "Sollicitaties naar werk.ams apenstaartje example punt org", "werk.ams@example.org"),
    ("lt", "CV siųskite: darbas.vno eta example taškas com", "darbas.vno@example.com"),
    ("lv", "CV sūtiet uz darbs.rix et example punkts net", "darbs.rix@example.net"),
    ("hr", "Životopis na posao.zg majmunčić example točka com", "posao.zg@example.com"),
    ("sr", "Биографију шаљите на posao.bg мајмунче example тачка org", "posao.bg@example.org"),
    ("el", "Βιογραφικά στο douleia.ath παπάκι example τελεία com", "douleia.ath@example.com"),
    ("he", "קורות חיים ל- avoda.tlv שטרודל example נקודה net", "avoda.tlv@example.net"),
    ("ru", "Резюме: rabota.spb собака example точка ком", "rabota.spb@example.com"),
    ("fa", "رزومه را بفرستید: kar.thr ات example دات org", "kar.thr@example.org"),
    ("ar", "أرسلي السيرة الذاتية: amal.dxb آت example دوت com", "amal.dxb@example.com"),
    ("th", "ส่งเรซูเม่มาที่ ngan.bkk แอท example ดอท com", "ngan.bkk@example.com"),
    ("vi", "Gửi CV về vieclam.hn a còng example chấm net", "vieclam.hn@example.net"),
    ("id", "Kirim CV ke loker.jkt et example titik com", "loker.jkt@example.com"),
    ("ko", "이력서는 ilja.sel 골뱅이 example 점 com 으로", "ilja.sel@example.com"),
    ("ja", "履歴書は shigoto.tyo アットマーク example ドット org まで", "shigoto.tyo@example.org"),
    ("ca", "Envia el CV a feina.bcn arrova example punt com", "feina.bcn@example.com"),
    ("es", "Mándame tu CV a empleo.mad arroba example punto net", "empleo.mad@example.net"),
    ("pt", "Currículos para emprego.lis arroba example ponto com", "emprego.lis@example.com"),
    ("ro", "CV-ul la munca.buc a rond example punct org", "munca.buc@example.org"),
    ("fr", "Candidatures : emploi.lyon arobase example point com", "emploi.lyon@example.com"),
    ("kk", "Түйіндемені jumys.ala айқұлақ example нүкте com адресіне жіберіңіз", "jumys.ala@example.com"),
    ("km", "ផ្ញើ CV មក kargnea.pnh អាត់ example ដត net", "kargnea.pnh@example.net"),
]
for lang, text, addr in at_dot:
    E("email", text, None, [addr], f"{lang}: spelt at / dot")
E("email", "nika{at}example{dot}org", None, ["nika@example.org"], "en: braces around at / dot")
E("email", "Contact: lea[@]example[.]com", None, ["lea@example.com"], "en: defanged [@] and [.]")
E("email", "mirabelleATexampleDOTnet", None, ["mirabelle@example.net"], "en: glued upper-case AT / DOT")
E("email", "zoe /at/ example /dot/ com", None, ["zoe@example.com"], "en: slashes around at / dot")
E("email", "ｍｉｋａ＠ｅｘａｍｐｌｅ．ｃｏｍ", None, ["mika@example.com"], "ja: full-width address")
E("email", "Bookings: sanaⓐexample.net", None, ["sana@example.net"], "en: circled ⓐ for @")
E("email", "お問い合わせ：yui＠example。com", None, ["yui@example.com"], "ja: full-width ＠ and ideographic full stop")
E("email", "kira@example•net", None, ["kira@example.net"], "en: bullet for the dot")
E("email", "Mail: lina&#64;example&#46;com", None, ["lina@example.com"], "html: numeric character references")
E(
    "email",
    "Dudas → [Escríbeme](mailto:carla@example.com)",
    None,
    ["carla@example.com"],
    "md: mailto link with other link text",
)
E(
    "email",
    "nombre,correo,ciudad\nLucía,lucia.m@example.org,Sevilla",
    None,
    ["lucia.m@example.org"],
    "csv: e-mail column",
)
E("email", "contact:\n  name: Noa\n  email: 'noa@example.net'", None, ["noa@example.net"], "yaml: quoted e-mail")
E(
    "email",
    "BEGIN:VCARD\nFN:Tess\nEMAIL;TYPE=INTERNET:tess@example.com\nEND:VCARD",
    None,
    ["tess@example.com"],
    "vcard: EMAIL line",
)
E(
    "email",
    "No calls, text me through 6175550143@txt.example.net",
    None,
    ["6175550143@txt.example.net"],
    "en: e-mail-to-SMS gateway address (all-digit local part)",
)
E("email", "Пишите: anya@" + cyr("exa") + "mple.com", None, ["anya@example.com"], "ru: Cyrillic е х а in the domain")
E("email", "jade@exam" + ZWJ + "ple.org", None, ["jade@example.org"], "en: zero-width joiner in the domain")
E("email", "mar" + SHY + "got@example.org", None, ["margot@example.org"], "fr: soft hyphen in the local part")
E("email", "dana @ example . org", None, ["dana@example.org"], "en: spaces around @ and .")
E("email", "Olga.K@Example.NET", None, ["olga.k@example.net"], "en: mixed case")
E("email", circled("rita") + "@example.com 💌", None, ["rita@example.com"], "en: circled letters in the local part")
E(
    "email",
    "Пишите на hr@example.com или sveta.k@example.org",
    None,
    ["hr@example.com", "sveta.k@example.org"],
    "ru: two addresses with 'или'",
)
E("email", "请发邮件至 wang.li@example.com。", None, ["wang.li@example.com"], "zh: ideographic full stop after")
E("email", "連絡は「yuki.s@example.org」まで", None, ["yuki.s@example.org"], "ja: corner brackets around")
# negatives
E("email", "![logo](img/logo@2x.png)", None, [], "md: retina image file name")
E("email", "@dataclass(frozen=True)\nclass Ad:", None, [], "python: decorator")
E("email", "@here the van leaves at 6, be ready", None, [], "slack: @here")
E("email", "@reboot /opt/app/start.sh", None, [], "cron: @reboot")
E("email", "E-mail: l***@e******.com", None, [], "en: masked address")
E("email", "go get example.com/tool@v1.4.2", None, [], "go: module version")
E("email", "@所有人 明天九点开会", None, [], "zh: WeChat mention-all")
E("email", "Fotos: @lena.photo en Insta", None, [], "es: mention with a dot")
E("email", "Correo: oculto, escríbeme por privado", None, [], "es: address withheld")
E("email", "=SUM(@Table1[Price])", None, [], "excel: implicit intersection @")
E("email", "I'm at work, call me at 7 on the dot", None, [], "en: 'at' and 'dot' with no address")
E("email", "Background #1E90FF @ 50% opacity", None, [], "css: colour @ opacity")

# ---- handle --------------------------------------------------------------
H = add
H("handle", "instagr.am/lena.vln", None, ["instagram:lena.vln"], "url: instagr.am short domain")
H("handle", "DM → ig.me/m/sofi.mad", None, ["instagram:sofi.mad"], "url: ig.me/m/ direct-message link")
H("handle", "instagram://user?username=carla.bcn", None, ["instagram:carla.bcn"], "uri: instagram://user")
H("handle", "tg://resolve?domain=mila_spb", None, ["telegram:mila_spb"], "uri: tg://resolve?domain=")
H("handle", "snapchat://add/nora.osl", None, ["snapchat:nora.osl"], "uri: snapchat://add/")
H("handle", "kik.me/tessa_luv", None, ["kik:tessa_luv"], "url: kik.me")
H(
    "handle",
    "twitter.com/intent/user?screen_name=ines_lis",
    None,
    ["twitter:ines_lis"],
    "url: twitter intent link",
)
H("handle", "m.facebook.com/rosa.mendes.31", None, ["facebook:rosa.mendes.31"], "url: m.facebook.com")
H("handle", "line.me/ti/p/~yui.bkk", None, ["line:yui.bkk"], "url: line.me/ti/p/~")
H("handle", "skype:vera.novak?chat", None, ["skype:vera.novak"], "uri: skype:…?chat")
H("handle", "tiktok.com/@ana.cdmx?lang=es", None, ["tiktok:ana.cdmx"], "url: tiktok.com/@ with ?lang=")
H("handle", "Escríbeme por [mi TG](https://t.me/dasha_ekb)", None, ["telegram:dasha_ekb"], "md: t.me link")
H(
    "handle",
    '<a href="https://www.instagram.com/nuria.val/">Sígueme</a>',
    None,
    ["instagram:nuria.val"],
    "html: Instagram link with other text",
)
H(
    "handle",
    "Name;Telegram;City\nKatya;@katya_nsk;Novosibirsk",
    None,
    ["telegram:katya_nsk"],
    "csv: column header as the cue",
)
H("handle", "socials:\n  snapchat: lulu.prg", None, ["snapchat:lulu.prg"], "yaml: platform key")
H("handle", '{"instagram": "@maya.tlv", "city": "Tel Aviv"}', None, ["instagram:maya.tlv"], "json: platform key")
H("handle", "Пиши в телегу: @nastya_vrn", None, ["telegram:nastya_vrn"], "ru: 'телега' slang")
H("handle", "ТГ: @polina_sam", None, ["telegram:polina_sam"], "ru: ТГ")
H("handle", "Schreib mir auf Telegramm: @jana_hh", None, ["telegram:jana_hh"], "de: 'Telegramm' spelling")
H("handle", "ไอจี: ploy.cnx", None, ["instagram:ploy.cnx"], "th: ไอจี (IG)")
H("handle", "ไอดีไลน์: nongfah99", None, ["line:nongfah99"], "th: ไอดีไลน์ (Line ID)")
H("handle", "אינסטגרם: @noa.hfa", None, ["instagram:noa.hfa"], "he: אינסטגרם")
H("handle", "טלגרם: @shira_tlv", None, ["telegram:shira_tlv"], "he: טלגרם")
H("handle", "Ίνστα: @eleni.skg", None, ["instagram:eleni.skg"], "el: Ίνστα")
H("handle", "इंस्टा पर फॉलो करो: @priya.jpr", None, ["instagram:priya.jpr"], "hi: इंस्टा")
H("handle", "Phây: linh.ngx", None, ["facebook:linh.ngx"], "vi: 'Phây' for Facebook")
H("handle", "follow IG aku ya kak: @salsa.bdg", None, ["instagram:salsa.bdg"], "id: 'IG aku'")
H("handle", "sígueme en el insta @valeria.gdl", None, ["instagram:valeria.gdl"], "es: 'en el insta'")
H("handle", "mon snap: lea.mrs", None, ["snapchat:lea.mrs"], "fr: 'mon snap'")
H("handle", "scrivimi su Tele: @giulia_na", None, ["telegram:giulia_na"], "it: 'Tele' for Telegram")
H("handle", "인스타: @jiwoo.bsn", None, ["instagram:jiwoo.bsn"], "ko: 인스타")
H("handle", "インスタ：@rin_fko", None, ["instagram:rin_fko"], "ja: インスタ")
H("handle", "薇信：meimei_gz", None, ["wechat:meimei_gz"], "zh: 薇信 homophone for 微信")
H("handle", "wx：lili_cq（备注工作）", None, ["wechat:lili_cq"], "zh: 'wx' for WeChat")
H("handle", "Kik me @ amber_rose22", None, ["kik:amber_rose22"], "en: 'Kik me @' with a space")
H("handle", "👻 dina.rz", None, ["snapchat:dina.rz"], "en: ghost emoji for Snapchat")
H("handle", "✈️ @vika_ods", None, ["telegram:vika_ods"], "en: paper-plane emoji for Telegram")
H("handle", "1nst4: @kimi.mx", None, ["instagram:kimi.mx"], "en: leetspeak '1nst4'")
H("handle", "T3l3gr4m: @sveta_msk", None, ["telegram:sveta_msk"], "en: leetspeak 'T3l3gr4m'")
H("handle", "Sn@pch@t: dani.lx", None, ["snapchat:dani.lx"], "en: 'Sn@pch@t'")
H("handle", small_caps("telegram") + ": @alina_ufa", None, ["telegram:alina_ufa"], "en: small-capital letters")
H("handle", full("IG:@mika_tky"), None, ["instagram:mika_tky"], "ja: full-width cue and handle")
H("handle", circled("Snap") + ": luna.vie", None, ["snapchat:luna.vie"], "en: circled letters in the cue")
H("handle", "Telegram: @m" + cyr("a") + "rina_kr", None, ["telegram:marina_kr"], "en: Cyrillic а in the username")
H("handle", "@jolie.v 💋 dm for rates", None, ["unknown:jolie.v"], "en: no platform named")
H(
    "handle",
    "IG @lara.mx / TT @lara.mx.dance",
    None,
    ["instagram:lara.mx", "tiktok:lara.mx.dance"],
    "es/en: IG and TT (TikTok) in one post",
)
H("handle", "TG: @ s a s h a _ n n", None, ["telegram:sasha_nn"], "en: letter-spaced username")
H("handle", "Insta" + WJ + "gram: @tami.gva", None, ["instagram:tami.gva"], "en: word joiner inside the cue")
H("handle", "Me chama: @mia_lisboa no Telegram", None, ["telegram:mia_lisboa"], "pt: cue after the handle")
H("handle", "Najdeš mě na Instáči: @tereza.brno", None, ["instagram:tereza.brno"], "cs: 'Instáč' slang")
H("handle", "انستقرام: @lama.amm", None, ["instagram:lama.amm"], "ar: انستقرام")
H("handle", "X (ex-Twitter): @maru_sal", None, ["twitter:maru_sal"], "es/en: 'X (ex-Twitter)'")
# negatives
H("handle", "t.me/addstickers/CatsPack", None, [], "url: Telegram sticker pack")
H("handle", "Grupo privado: t.me/+AbCdEfGhIjKlMnOp", None, [], "url: Telegram private invite")
H("handle", "instagram.com/p/C9xYz12AbCd/", None, [], "url: Instagram post")
H("handle", "instagram.com/explore/tags/trabajo/", None, [], "url: Instagram tag page")
H("handle", "tiktok.com/tag/trabajo", None, [], "url: TikTok tag page")
H("handle", "tiktok.com/music/original-sound-7300000000000000001", None, [], "url: TikTok sound page")
H("handle", "facebook.com/events/123456789012345/", None, [], "url: Facebook event")
H("handle", "x.com/hashtag/empleo", None, [], "url: X hashtag page")
H("handle", "#telegram #instagram #empleo", None, [], "es: hashtags only")
H("handle", "Telegram Premium — 4,99 €/Monat", None, [], "de: product name only")
H("handle", "instagram.com/accounts/login/?next=/direct/inbox/", None, [], "url: Instagram login")
H("handle", "discord.com/channels/123456789012345678/987654321098765432", None, [], "url: Discord channel")
H("handle", "@everyone 📢 stream at 8", None, [], "en: @everyone mention")

# ---- payment -------------------------------------------------------------
Y = add
Y("payment", "cash.me/$LunaRae", None, ["cashapp:$lunarae"], "url: old cash.me domain")
Y("payment", "https://cash.app/$MiaVal/25", None, ["cashapp:$miaval"], "url: cash.app/$tag/amount")
Y("payment", "cash.app/%24KatBrn", None, ["cashapp:$katbrn"], "url: URL-encoded dollar sign")
Y("payment", "Mándamelo por Cash App: $SofiGlz", None, ["cashapp:$sofiglz"], "es: 'por Cash App'")
Y("payment", "Manda no Cash App: $BiaRJ", None, ["cashapp:$biarj"], "pt: 'no Cash App'")
Y("payment", "Envoie sur Cash App : $LeaMtl", None, ["cashapp:$leamtl"], "fr: 'sur Cash App'")
Y("payment", "Per Cash App an $JanaB", None, ["cashapp:$janab"], "de: 'per Cash App an'")
Y("payment", "Pagamento su Cash App: $GiuliaN", None, ["cashapp:$giulian"], "it: 'su Cash App'")
Y("payment", "Trimite pe Cash App: $IoanaC", None, ["cashapp:$ioanac"], "ro: 'pe Cash App'")
Y("payment", "Кэшап: $NastyaV", None, ["cashapp:$nastyav"], "ru: Кэшап")
Y("payment", "קאש אפ: $NoaL", None, ["cashapp:$noal"], "he: קאש אפ")
Y("payment", "캐시앱: $JiwooK", None, ["cashapp:$jiwook"], "ko: 캐시앱")
Y("payment", "キャッシュアプリ：$YuiT", None, ["cashapp:$yuit"], "ja: キャッシュアプリ")
Y("payment", "कैश ऐप: $PriyaS", None, ["cashapp:$priyas"], "hi: कैश ऐप")
Y("payment", "Cash App của em: $LinhN", None, ["cashapp:$linhn"], "vi: 'Cash App của em'")
Y("payment", "Cash App 💲RoxyJ", None, ["cashapp:$roxyj"], "en: 💲 emoji for the dollar sign")
Y("payment", "Cash App ＄KikiM", None, ["cashapp:$kikim"], "ja/en: full-width dollar sign")
Y("payment", "c@sh app: $TinaQ", None, ["cashapp:$tinaq"], "en: 'c@sh app'")
Y("payment", "cashapp me $RubyL", None, ["cashapp:$rubyl"], "en: 'cashapp me', one word")
Y("payment", "$40 deposit → Cash App $AmaraK", None, ["cashapp:$amarak"], "en: amount before the tag")
Y("payment", "venmo.com/u/Lena-Marsh", None, ["venmo:lena-marsh"], "url: venmo.com/u/")
Y("payment", "https://account.venmo.com/u/Rita-Gomez", None, ["venmo:rita-gomez"], "url: account.venmo.com/u/")
Y(
    "payment",
    "venmo://paycharge?txn=pay&recipients=Kara-West&amount=30",
    None,
    ["venmo:kara-west"],
    "uri: venmo://paycharge",
)
Y("payment", "Págame por Venmo: @Ana-Lucia-R", None, ["venmo:ana-lucia-r"], "es: 'por Venmo'")
Y("payment", "Manda no Venmo: @Julia-Souza", None, ["venmo:julia-souza"], "pt: 'no Venmo'")
Y("payment", "ונמו: @Maya-Levi", None, ["venmo:maya-levi"], "he: ונמו")
Y("payment", "ベンモ：@Aya-Mori", None, ["venmo:aya-mori"], "ja: ベンモ")
Y("payment", "벤모: @Sora-Kim", None, ["venmo:sora-kim"], "ko: 벤모")
Y("payment", "V3nmo: @Jess-Lo", None, ["venmo:jess-lo"], "en: 'V3nmo'")
Y("payment", "paypal.com/paypalme/NinaVoss", None, ["paypal:ninavoss"], "url: paypal.com/paypalme/")
Y("payment", "PayPal.Me/ElsaBerg/10EUR", None, ["paypal:elsaberg"], "url: PayPal.Me mixed case with amount")
Y("payment", "باي بال: paypal.me/LamaH", None, ["paypal:lamah"], "ar: باي بال")
Y("payment", "ペイパル：paypal.me/YukiS", None, ["paypal:yukis"], "ja: ペイパル")
Y("payment", "페이팔: paypal.me/MinjiP", None, ["paypal:minjip"], "ko: 페이팔")
Y("payment", "पेपाल: paypal.me/AnjaliK", None, ["paypal:anjalik"], "hi: पेपाल")
Y("payment", "paypal(.)me/ZoeF", None, ["paypal:zoef"], "en: defanged paypal(.)me")
Y("payment", "paypal . me / IvyG", None, ["paypal:ivyg"], "en: spaced paypal . me /")
Y("payment", "Revtag: @luciam22", None, ["revolut:luciam22"], "en: 'Revtag'")
Y("payment", "Paye-moi sur Revolut : @camille.b", None, ["revolut:camille.b"], "fr: 'sur Revolut'")
Y("payment", "Über Revolut an @lena.kh", None, ["revolut:lena.kh"], "de: 'Über Revolut'")
Y("payment", "https://revolut.me/inesp", None, ["revolut:inesp"], "url: revolut.me")
Y("payment", "monzo.me/callumr/15.00", None, ["monzo:callumr"], "url: monzo.me with an amount")
Y("payment", "monzo.me/isla.m?d=Rent", None, ["monzo:isla.m"], "url: monzo.me with ?d=")
Y(
    "payment",
    "Cash App $KiraV o Venmo @Kira-V",
    None,
    ["cashapp:$kirav", "venmo:kira-v"],
    "es: two services with 'o'",
)
# negatives
Y("payment", "$TSLA down 4% today, $AAPL flat", None, [], "en: stock cashtags")
Y("payment", "export PATH=$HOME/bin:$PATH", None, [], "shell: environment variables")
Y("payment", "cash.app/help/us/en-us", None, [], "url: Cash App help")
Y("payment", "Rate: $150/hr, $40 deposit via app", None, [], "en: rates, no tag")
Y("payment", "account.venmo.com/settings/profile", None, [], "url: Venmo settings")
Y("payment", "paypal.com/signin?returnUri=%2Fmyaccount", None, [], "url: PayPal sign-in")
Y("payment", "PayPal-Gebühren: 2,49 % + 0,35 €", None, [], "de: PayPal fees")
Y("payment", "revolut.com/es-ES/business/", None, [], "url: Revolut business page")
Y("payment", "monzo.com/help/", None, [], "url: Monzo help")
Y("payment", "$x^2 + y^2 = r^2$", None, [], "latex: inline maths")
Y("payment", "Venmo y Zelle aceptados, pregunta por DM", None, [], "es: service names only")

# ---- crypto --------------------------------------------------------------
C = add
labels = [
    ("es", "Dirección de la billetera (USDT TRC20): {a}", W.trx),
    ("pt", "Endereço da carteira (BTC): {a}", W.btc_wpkh),
    ("fr", "Adresse du portefeuille (ETH) : {a}", W.eth),
    ("de", "Wallet-Adresse (LTC): {a}", W.ltc_m),
    ("it", "Indirizzo del portafoglio (SOL): {a}", W.sol),
    ("ro", "Adresa portofelului (BTC): {a}", W.btc_p2pkh),
    ("ru", "Адрес кошелька (USDT TRC20): {a}", W.trx),
    ("vi", "Địa chỉ ví (ETH): {a}", W.eth),
    ("id", "Alamat dompet (DOGE): {a}", W.doge),
    ("th", "ที่อยู่กระเป๋าเงิน (USDT TRC20): {a}", W.trx),
    ("ko", "지갑 주소 (BTC): {a}", W.btc_tr),
    ("ja", "ウォレットアドレス（XMR）：{a}", W.xmr),
    ("zh-TW", "錢包地址（USDT-TRC20）：{a}", W.trx),
    ("he", "כתובת ארנק (ETH): {a}", W.eth),
    ("ar", "عنوان المحفظة (BTC): {a}", W.btc_wsh),
    ("fa", "آدرس کیف پول (USDT TRC20): {a}", W.trx),
    ("el", "Διεύθυνση πορτοφολιού (LTC): {a}", W.ltc_w),
    ("hu", "Tárca címe (ETH): {a}", W.eth),
    ("cs", "Adresa peněženky (BTC): {a}", W.btc_p2sh),
    ("nl", "Walletadres (SOL): {a}", W.sol),
    ("kk", "Әмиян мекенжайы (USDT TRC20): {a}", W.trx),
    ("ha", "Adireshin walat (BTC): {a}", W.btc_wpkh),
    ("lt", "Piniginės adresas (DOGE): {a}", W.doge_p2sh),
    ("sr", "Адреса новчаника (XMR): {a}", W.xmr_sub),
]
for i, (lang, tpl, fn) in enumerate(labels):
    a = fn(f"label38-{lang}-{i}")
    C("crypto", tpl.format(a=a), None, [W.value(fn, a)], f"{lang}: {fn.__name__} with local label")
a = W.eth("etherscan")
C("crypto", f"https://etherscan.io/address/{a}", None, [f"eth:{a.lower()}"], "url: etherscan address page")
a = W.btc_tr("mempool")
C("crypto", f"mempool.space/address/{a}", None, [f"btc:{a}"], "url: mempool.space")
a = W.btc_wpkh("blockstream")
C("crypto", f"https://blockstream.info/address/{a}", None, [f"btc:{a}"], "url: blockstream.info")
a = W.sol("solscan")
C("crypto", f"solscan.io/account/{a}", None, [f"sol:{a}"], "url: solscan account")
a = W.ltc_w("litecoinspace")
C("crypto", f"https://litecoinspace.org/address/{a}", None, [f"ltc:{a}"], "url: litecoinspace")
a = W.doge("dogechain")
C("crypto", f"dogechain.info/address/{a}", None, [f"doge:{a}"], "url: dogechain.info")
a = W.btc_p2pkh("blockchain-com")
C(
    "crypto",
    f"https://www.blockchain.com/explorer/addresses/btc/{a}",
    None,
    [f"btc:{a}"],
    "url: blockchain.com explorer",
)
a = W.xmr("monero-uri")
C("crypto", f"monero:{a}?tx_amount=0.25&tx_description=deposit", None, [f"xmr:{a}"], "uri: monero: with amount")
a = W.doge("dogecoin-uri")
C("crypto", f"dogecoin:{a}?amount=150", None, [f"doge:{a}"], "uri: dogecoin:")
a = W.ltc_l("litecoin-uri")
C("crypto", f"litecoin:{a}?amount=0.5&label=Rent", None, [f"ltc:{a}"], "uri: lower-case litecoin:")
a = W.btc_wpkh("bip21-ln")
invoice = _b32_with("lnbc15u", _bits(W.seed("ln-1") + W.seed("ln-2") + W.seed("ln-3")), 1).upper()
C(
    "crypto",
    f"bitcoin:{a}?amount=0.0015&lightning={invoice}",
    None,
    [f"btc:{a}"],
    "uri: BIP 21 with a lightning= invoice",
)
a = W.eth("eip681-pay")
C("crypto", f"ethereum:pay-{a}@1?value=1e17", None, [f"eth:{a.lower()}"], "uri: EIP-681 with 'pay-' prefix")
a = W.trx("fenced")
C("crypto", f"USDT (TRC20):\n```\n{a}\n```", None, [f"trx:{a}"], "md: fenced code block")
a = W.trx("csv")
C("crypto", f"coin,network,address\nUSDT,TRC20,{a}", None, [f"trx:{a}"], "csv: address column")
a, b = W.btc_p2sh("yaml-btc"), W.eth("yaml-eth")
C(
    "crypto",
    f"wallets:\n  btc: {a}\n  eth: '{b}'",
    None,
    [f"btc:{a}", f"eth:{b.lower()}"],
    "yaml: two chains",
)
a = W.ltc_m("code")
C("crypto", f"<p>LTC: <code>{a}</code></p>", None, [f"ltc:{a}"], "html: <code>")
a = W.eth("upper")
C("crypto", f"ERC20: 0X{a[2:].upper()}", None, [f"eth:{a.lower()}"], "en: upper-case 0X address")
a = W.eth("word-joiner")
C("crypto", f"ETH: {a[:21]}{WJ}{a[21:]}", None, [f"eth:{a.lower()}"], "en: word joiner inside")
a = W.trx("mono")
C("crypto", "𝚄𝚂𝙳𝚃 𝚃𝚁𝙲𝟸𝟶: " + mono(a), None, [f"trx:{a}"], "en: mathematical monospace address")
a = W.sol("brackets")
C("crypto", f"SOL [{a}]", None, [f"sol:{a}"], "en: square brackets")
a = W.btc_wpkh("quotes")
C("crypto", f"{{'btc': '{a}'}}", None, [f"btc:{a}"], "python: single-quoted dict value")
a = W.trx("cjk-touch")
C("crypto", f"USDT地址{a}转账后发截图", None, [f"trx:{a}"], "zh: CJK text touching both ends")
a = W.trx("thai-touch")
C("crypto", f"โอน USDT มาที่{a}ได้เลย", None, [f"trx:{a}"], "th: Thai text touching both ends")
a = W.eth("zh-lower")
C("crypto", f"请转USDT(ERC20)到 {a.lower()} 谢谢", None, [f"eth:{a.lower()}"], "zh: lower-case ETH")
# negatives
C("crypto", "Tx: 0x" + W.seed("eth-tx").hex(), None, [], "en: Ethereum transaction hash")
C("crypto", "txid " + W.seed("btc-txid").hex(), None, [], "en: Bitcoin transaction id")
a = W.eth("broken-55")
k = next(i for i, ch in enumerate(a) if i > 1 and ch.isalpha())
broken = a[:k] + a[k].swapcase() + a[k + 1 :]
assert check_eth(a) and not check_eth(broken)
C("crypto", f"ERC20: {broken}", None, [], "en: ETH address with a broken EIP-55 checksum")
a = W.btc_wpkh("bech32-typo")
j = 20
bad_b32 = a[:j] + ("q" if a[j] != "q" else "p") + a[j + 1 :]
assert not check_segwit(bad_b32, "bc")
C("crypto", f"BTC: {bad_b32}", None, [], "en: bech32 address with one wrong character")
a = W.btc_p2pkh("swap")
j = next(i for i in range(10, len(a) - 1) if a[i] != a[i + 1])
swapped = a[:j] + a[j + 1] + a[j] + a[j + 2 :]
assert not check_b58c(swapped, {0, 5})
C("crypto", f"BTC {swapped}", None, [], "en: base58 address with two characters swapped")
C("crypto", "regtest: " + segwit("bcrt", 0, W.seed("regtest")[:20]), None, [], "en: regtest bech32 address")
lnurl = _b32_with("lnurl", _bits(b"https://pay.example.com/.well-known/lnurlp/kira"), 1).upper()
C("crypto", f"⚡ {lnurl}", None, [], "en: LNURL, not an on-chain address")
C("crypto", "ETH: kira.eth (ENS)", None, [], "en: ENS name, no address")
C("crypto", "commit " + W.seed("git")[:20].hex(), None, [], "git: commit hash (40 hex, no 0x)")
a = W.xmr("xmr-typo")
bad_xmr = None
for ch in "23456789":
    cand = a[:30] + ch + a[31:]
    if cand == a:
        continue
    try:
        ok = check_xmr(cand)
    except (ValueError, OverflowError):
        continue
    if not ok:
        bad_xmr = cand
        break
assert bad_xmr
C("crypto", f"XMR: {bad_xmr}", None, [], "en: Monero address with one wrong character")
a = W.trx("trx-typo")
bad_trx = a[:-1] + ("z" if a[-1] != "z" else "y")
assert not check_crypto(f"trx:{bad_trx}")
C("crypto", f"TRC20 {bad_trx}", None, [], "en: TRON address with a wrong last character")
a = W.eth("truncated")
C("crypto", f"Wallet {a[:6]}…{a[-4:]} connected", None, [], "en: truncated address in a wallet UI")

# ---- age -----------------------------------------------------------------
A = add
A("age", "22 añitos recién cumplidos 🎂, de Medellín", None, ["22"], "es: diminutive 'añitos'")
A("age", "Tenho 23 aninhos, sou de Recife", None, ["23"], "pt: diminutive 'aninhos'")
A("age", "21 printemps, étudiante à Lyon", None, ["21"], "fr: 'printemps'")
A("age", "Lena (23) aus Köln sucht ein WG-Zimmer", None, ["23"], "de: age in parentheses after the name")
A("age", "Am 20 de ani, din Iași", None, ["20"], "ro: 'de ani'")
A("age", "Мне 19 годиков, из Казани", None, ["19"], "ru: diminutive 'годиков'")
A("age", "Είμαι 23 χρονών, από τη Θεσσαλονίκη", None, ["23"], "el: 'χρονών'")
A("age", "אני בת 21, מחיפה", None, ["21"], "he: 'בת'")
A("age", "عمري " + native("22", ARABIC_INDIC) + " سنة، من عمّان", None, ["22"], "ar: Arabic-Indic digits")
A("age", native("24", PERSIAN) + " سالمه، از شیراز", None, ["24"], "fa: Persian digits with 'سالمه'")
A("age", "मेरी उम्र " + native("22", DEVANAGARI) + " साल है, जयपुर से", None, ["22"], "hi: Devanagari digits")
A("age", "अहिले म २३ वर्षकी भएँ, पोखराबाट", None, ["23"], "ne: Devanagari digits, 'वर्षकी'")
A("age", "อายุ " + native("21", THAI) + " ปี จากเชียงใหม่", None, ["21"], "th: Thai digits")
A("age", "ອາຍຸ " + native("22", LAO) + " ປີ, ຈາກວຽງຈັນ", None, ["22"], "lo: Lao digits")
A("age", "អាយុ " + native("19", KHMER) + " ឆ្នាំ មកពីសៀមរាប", None, ["19"], "km: Khmer digits")
A("age", "အသက် " + native("20", MYANMAR) + " နှစ်၊ မန္တလေးက", None, ["20"], "my: Myanmar digits")
A("age", "Umur 21 thn, asal Bandung", None, ["21"], "id: 'thn' abbreviation")
A("age", "22歳 OL 東京在住", None, ["22"], "ja: '歳'")
A("age", "Маған 22 жас, Алматыдан", None, ["22"], "kk: 'жас'")
A("age", "Shekaruna 20, daga Kano", None, ["20"], "ha: 'shekaruna'")
A("age", "Waxaan ahay 22 jir, Hargeysa", None, ["22"], "so: 'jir'")
A("age", "Tá mé 24 bliana d'aois", None, ["24"], "ga: 'bliana d'aois'")
A("age", "Dw i'n 23 oed, o Abertawe", None, ["23"], "cy: 'oed'")
A("age", "Tengo diecinueve años y busco trabajo", None, ["19"], "es: number word")
A("age", "Tenho vinte e três anos", None, ["23"], "pt: 'vinte e três'")
A("age", "J'ai vingt et un ans", None, ["21"], "fr: 'vingt et un'")
A("age", "Ho ventiquattro anni", None, ["24"], "it: 'ventiquattro'")
A("age", "zweiundzwanzig Jahre jung 💃", None, ["22"], "de: 'Jahre jung'")
A("age", "Мне двадцать три года", None, ["23"], "ru: number words")
A("age", "Em hai mươi hai tuổi", None, ["22"], "vi: 'hai mươi hai'")
A("age", "Umurku dua puluh satu tahun", None, ["21"], "id: 'dua puluh satu'")
A("age", "二十二歳です", None, ["22"], "ja: kanji numerals")
A("age", "芳龄二十，湖南妹子", None, ["20"], "zh: '芳龄二十'")
A("age", "스물두 살이에요", None, ["22"], "ko: native Korean numerals")
A("age", "אני בת עשרים ושלוש", None, ["23"], "he: number words")
A("age", "Huszonegy éves vagyok", None, ["21"], "hu: 'huszonegy'")
A("age", "Jeg er toogtyve år", None, ["22"], "da: 'toogtyve'")
A("age", "22/f/london, new here", None, ["22"], "en: a/s/l slashes")
A("age", "22F, just moved to Leeds", None, ["22"], "en: '22F'")
A("age", "Just turned 21 🥳", None, ["21"], "en: 'just turned'")
A("age", keycap("24") + " y/o 🌸", None, ["24"], "en: keycap digits")
A("age", "Age ㉒ | Leeds", None, ["22"], "en: circled number ㉒")
A("age", "２３歳・大阪", None, ["23"], "ja: full-width digits")
A("age", "Two girls, 21 & 23, new in town", None, ["21", "23"], "en: two ages in one post")
A("age", "Tengo 15 años, busco trabajo de niñera", None, ["15"], "es: a minor")
A("age", "Em mới 16 tuổi, cần việc làm thêm", None, ["16"], "vi: a minor")
A("age", "17살 알바 구해요", None, ["17"], "ko: a minor")
A("age", "J'ai 14 ans et je cherche un petit boulot", None, ["14"], "fr: a minor")
# negatives
A("age", "Disponible 24/7, servicio a domicilio", None, [], "es: 24/7")
A("age", "1,65 m, 55 kg, talla 38", None, [], "es: height, weight, dress size")
A("age", "20 años de experiencia en hostelería", None, [], "es: years of experience")
A("age", "Née en 2002 à Nantes", None, [], "fr: birth year")
A("age", "Edificio de 30 años, reformado", None, [], "es: age of a building")
A("age", "Chambre 21, 3e étage", None, [], "fr: room and floor")
A("age", "Rendez-vous à 22h30", None, [], "fr: time")
A("age", "Robe fille taille 12 ans, 8 €", None, [], "fr: children's clothing size in years")
A("age", "Test COVID-19 négatif exigé", None, [], "fr: COVID-19")
A("age", "Škoda Octavia, 12 let stará, 180 000 km", None, [], "cs: age of a car")
A("age", "アラサーです、よろしく", None, [], "ja: 'around thirty', no exact age")
A("age", "Chỉ nhận người trên 18 tuổi", None, [], "vi: an over-18 rule")


if __name__ == "__main__":
    print(json.dumps(B.write()))
