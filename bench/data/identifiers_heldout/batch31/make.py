"""Generate batch 31 of Clew's held-out identifier set (bench/data/identifiers_heldout/batch31/<type>.jsonl).

    python bench/data/identifiers_heldout/batch31/make.py

Why a thirty-first batch: batches up to 30 have been scored and studied, so they no longer measure text
nobody tuned for.  Batch 31 was written blind by an author who read only issue 3, the data contract, the
scorer, the first lines of batch 7's files (record format) and batch 30's make.py (to reuse its encoders
and checks and to choose *other* cases).  No extractor code, generated docs, tests or held-out records
were read (nor the generators of batches 28 and 29, so an overlap with them is possible but unintended).

Everyday posts (classifieds, Telegram / WhatsApp / Line / VK / WeChat posts, job boards, forums, OCR'd
flyers, signatures) in 40+ languages and 20+ scripts, with disguises batch 30 did not use: phone digits
spelt in Estonian, Finnish, Slovenian, Albanian, Macedonian, Bulgarian, Belarusian, Ukrainian, Georgian,
Armenian, Azerbaijani, Uzbek, Mongolian, Amharic, Yoruba, Hausa, Afrikaans, Maltese, Luxembourgish,
Faroese, Norwegian, Malay, Tamil, Telugu, Bengali, Gujarati, Urdu, Burmese, Esperanto and Hawaiian,
Chinese digits with 幺 for one, Japanese katakana readings joined by の, French pairs
(quatre-vingt-dix-neuf), Spanish 'triple cinco' and 'ciento veintiocho'; Wancho / Sora Sompeng /
Saurashtra digits, digit-comma and dingbat circled sans-serif digits, Chinese numerals mixed with ASCII
groups, one digit per line, a dot after every digit, bullet / arrow / em-dash separators, a hyphenated line
break; t.me/+phone, signal.me/#p, sms:, callto:, facetime: and tel: in an HTML href; Russian-style
555-01-72 grouping of a +1 number; a Japanese city as the only region cue.  E-mail at / dot words of
Estonian (ät), Finnish (miukumauku), Slovenian (afna), Bulgarian (кльомба), Ukrainian (равлик),
Belarusian (сабачка), Georgian, Azerbaijani, Uzbek, Afrikaans (aapstert), Norwegian (krøllalfa),
Icelandic (hjá), Romanian (a-rond), Vietnamese (a còng), Indonesian (a keong), Thai, Urdu, Bengali,
Tamil, Telugu, Gujarati, Arabic, Chinese (圈a), Japanese hiragana (あっと), Esperanto (ĉe), Mongolian,
Burmese; <at>, -at-, _at_, (a), '#' for @, HTML tags inside, small commercial at and one-dot leader, ⓐ,
mixed case, plus tags, display-name form, mailto with cc, soft hyphens, RTL marks, 或 between two
addresses, German (at)/(punkt), spelt dots in the local part, vCard, JSON, upper-case MAILTO, a line
break after @.  Handles in instagram stories / reels, x.com status, tiktok video, fb.com, t.me/s/, vk.ru,
onlyfans /media, upper-case snapchat links; cues 加薇, 卫星号, 哀居, 臉書, ไลน์ไอดี, ライン, 라인, سناب,
انستا, تويتر, تيليجرام, טלגרם, টেলিগ্রাম, Telegramdan, тг, телега, инста, тикток, 틱톡, 스냅챗, फेसबुक,
فيسبوك, Ίνστα, אינסטגרם, ديسكورد, 디스코드, スカイプ, Signal, 'Kik me at', OF, オンリーファンズ,
'X (ex-Twitter)'; squared letters, small capitals, letter-spaced names.  Payment tags in cash.app links
with amounts, 'cashtag', C@sh, full-width ＄, 💲 as the sign, '$ tag', 'no $ needed', es / pt / vi / tl /
ar / zh / uk wordings; venmo.com/<user>, venmo /u/ with query, V3nmo; paypal.com/paypalme, paypal.me
with locale, paypalme/ without dot, 贝宝, باي بال, PP; revolut.me with amount, Revoluta, por, per, su,
Revolut-Tag, 레볼루트; monzo.me with description or amount.  Crypto behind labels in 28 other languages,
upper-case BIP 21 (bech32 and bech32m) URIs, tronscan / blockstream / solscan / blockcypher / dogechain
links, four-group spacing, three indented lines, German quotes, JSON, inline code, bullet list, RTL marks.
Ages as number words in 15 languages, adjectival forms (22-letnia, 22-летняя, 23-vuotias, 22-aastane,
22-årig, 22-jara), age words of 30 other languages with Arabic-Indic / Bengali / Gujarati / Myanmar
digits, Roman numerals, 'quarter-century'.  About 15 % negatives per type with look-alike distractors
(ISBN, EAN, sort code, Royal Mail tracking, invoice, Unix time, VIN, Cloudflare-hidden e-mails, npm / docker
pins, CSS @media, shell prompts, invites, group / channel links, testnet address, ETH tx hash, bad EIP-55
case, WIF key, Lightning invoice, ENS name, shortened addresses, experience years, sizes, rooms, hours).

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
    GUJARATI,
    MYANMAR,
    RLM,
    SHY,
    Batch,
    Wallets,
    _xmr_b58,
    check_b58c,
    check_eth,
    check_segwit,
    e164,
    native,
    remap,
    segwit,
)

W = Wallets(31)
seed, btc_p2pkh, btc_p2sh, btc_wpkh, btc_wsh = W.seed, W.btc_p2pkh, W.btc_p2sh, W.btc_wpkh, W.btc_wsh
btc_tr, eth, trx, ltc_l, ltc_m, ltc_w, doge, sol = W.btc_tr, W.eth, W.trx, W.ltc_l, W.ltc_m, W.ltc_w, W.doge, W.sol
xmr, xmr_sub = W.xmr, W.xmr_sub

OUT = Path(__file__).resolve().parent
BATCH = 31


# ---------------------------------------------------------------- digit forms and look-alikes (batch 25, reused)

BENGALI, TAMIL, TIBETAN, MONGOLIAN, OL_CHIKI, ADLAM = 0x09E6, 0x0BE6, 0x0F20, 0x1810, 0x1C50, 0x1E950


B = Batch(BATCH, OUT)
add = B.add


# ---------------------------------------------------------------- batch 31 number words and digit forms

WORDS = {
    "et": "null üks kaks kolm neli viis kuus seitse kaheksa üheksa",
    "fi": "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän",
    "sl": "nič ena dva tri štiri pet šest sedem osem devet",
    "sq": "zero një dy tre katër pesë gjashtë shtatë tetë nëntë",
    "mk": "нула еден два три четири пет шест седум осум девет",
    "bg": "нула едно две три четири пет шест седем осем девет",
    "be": "нуль адзін два тры чатыры пяць шэсць сем восем дзевяць",
    "uk": "нуль один два три чотири п'ять шість сім вісім дев'ять",
    "ka": "ნული ერთი ორი სამი ოთხი ხუთი ექვსი შვიდი რვა ცხრა",
    "hy": "զրո մեկ երկու երեք չորս հինգ վեց յոթ ութ ինը",
    "az": "sıfır bir iki üç dörd beş altı yeddi səkkiz doqquz",
    "uz": "nol bir ikki uch to'rt besh olti yetti sakkiz to'qqiz",
    "mn": "тэг нэг хоёр гурав дөрөв тав зургаа долоо найм ес",
    "am": "ዜሮ አንድ ሁለት ሶስት አራት አምስት ስድስት ሰባት ስምንት ዘጠኝ",
    "yo": "òdo ọ̀kan èjì ẹ̀ta ẹ̀rin àrún ẹ̀fà èje ẹ̀jọ ẹ̀sán",
    "ha": "sifili ɗaya biyu uku huɗu biyar shida bakwai takwas tara",
    "af": "nul een twee drie vier vyf ses sewe agt nege",
    "mt": "żero wieħed tnejn tlieta erbgħa ħamsa sitta sebgħa tmienja disgħa",
    "lb": "null eent zwee dräi véier fënnef sechs siwen aacht néng",
    "fo": "null ein tveir tríggir fýra fimm seks sjey átta níggju",
    "no": "null en to tre fire fem seks sju åtte ni",
    "ms": "kosong satu dua tiga empat lima enam tujuh lapan sembilan",
    "ta": "பூஜ்ஜியம் ஒன்று இரண்டு மூன்று நான்கு ஐந்து ஆறு ஏழு எட்டு ஒன்பது",
    "te": "సున్నా ఒకటి రెండు మూడు నాలుగు ఐదు ఆరు ఏడు ఎనిమిది తొమ్మిది",
    "bn": "শূন্য এক দুই তিন চার পাঁচ ছয় সাত আট নয়",
    "gu": "શૂન્ય એક બે ત્રણ ચાર પાંચ છ સાત આઠ નવ",
    "ur": "صفر ایک دو تین چار پانچ چھ سات آٹھ نو",
    "my": "သုည တစ် နှစ် သုံး လေး ငါး ခြောက် ခုနစ် ရှစ် ကိုး",
    "eo": "nul unu du tri kvar kvin ses sep ok naŭ",
    "haw": "ʻole ʻekahi ʻelua ʻekolu ʻehā ʻelima ʻeono ʻehiku ʻewalu ʻeiwa",
    "zh-yao": "零 幺 二 三 四 五 六 七 八 九",
    "ja-kana": "ゼロ イチ ニ サン ヨン ゴ ロク ナナ ハチ キュウ",
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

# ---- phone ---------------------------------------------------------------
P = add
spelt = [
    ("et", "Töö Londonis, majutus tasuta. Helista: {w}", "020 7946 0437", "GB", " ", ", "),
    ("fi", "Työ Sydneyssä, asunto ilmainen. Soita: {w}", "0491 570 142", "AU", " ", ", "),
    ("sl", "Delo v Parizu, bivanje brezplačno. Pokličite: {w}", "01 99 00 41 63", "FR", " ", ", "),
    ("sq", "Punë në Londër, strehim falas. Telefononi: {w}", "020 7946 0752", "GB", " ", ", "),
    ("mk", "Работа во Торонто, сместување бесплатно. Јавете се: {w}", "416 555 0163", "CA", " ", ", "),
    ("bg", "Работа в Лондон, квартира безплатно. Обадете се: {w}", "020 7946 0829", "GB", " ", ", "),
    ("be", "Праца ў Парыжы, жыллё бясплатна. Тэлефануйце: {w}", "01 99 00 92 05", "FR", " ", ", "),
    ("uk", "Робота в Сіднеї, житло безкоштовно. Дзвоніть: {w}", "0491 570 163", "AU", " ", ", "),
    ("ka", "სამუშაო ლონდონში, საცხოვრებელი უფასოდ. დარეკეთ: {w}", "020 7946 0914", "GB", " ", ", "),
    ("hy", "Աշխատանք Տորոնտոյում, բնակարանն անվճար։ Զանգահարեք՝ {w}", "647 555 0124", "CA", " ", ", "),
    ("az", "Londonda iş, yaşayış pulsuz. Zəng edin: {w}", "020 7946 0286", "GB", " ", ", "),
    ("uz", "Sidneyda ish, turar joy bepul. Qo'ng'iroq qiling: {w}", "0491 570 176", "AU", " ", ", "),
    ("mn", "Лондонд ажил, байр үнэгүй. Залгаарай: {w}", "020 7946 0375", "GB", " ", ", "),
    ("am", "በለንደን ሥራ፣ መኖሪያ በነጻ። ይደውሉ፦ {w}", "020 7946 0648", "GB", " ", "፣ "),
    ("yo", "Iṣẹ́ ní London, ibùgbé ọ̀fẹ́. Pè: {w}", "020 7946 0197", "GB", " ", ", "),
    ("ha", "Aiki a Toronto, masauki kyauta. Kira: {w}", "905 555 0138", "CA", " ", ", "),
    ("af", "Werk in Sydney, verblyf gratis. Bel: {w}", "0491 570 109", "AU", " ", ", "),
    ("mt", "Xogħol f'Londra, akkomodazzjoni b'xejn. Ċempel: {w}", "020 7946 0523", "GB", " ", ", "),
    ("lb", "Aarbecht zu Paräis, Logement gratis. Rufft un: {w}", "01 99 00 65 38", "FR", " ", ", "),
    ("fo", "Arbeiði í London, ókeypis búpláss. Ring: {w}", "020 7946 0461", "GB", " ", ", "),
    ("no", "Jobb i Toronto, gratis bolig. Ring: {w}", "416 555 0192", "CA", " ", ", "),
    ("ms", "Kerja di Sydney, penginapan percuma. Hubungi: {w}", "0491 570 131", "AU", " ", ", "),
    ("ta", "லண்டனில் வேலை, தங்குமிடம் இலவசம். அழைக்கவும்: {w}", "020 7946 0736", "GB", " ", ", "),
    ("te", "టొరంటోలో ఉద్యోగం, వసతి ఉచితం. కాల్ చేయండి: {w}", "647 555 0186", "CA", " ", ", "),
    ("bn", "সিডনিতে কাজ, থাকা ফ্রি। কল করুন: {w}", "0491 570 158", "AU", " ", ", "),
    ("gu", "લંડનમાં નોકરી, રહેવાનું મફત. ફોન કરો: {w}", "020 7946 0892", "GB", " ", ", "),
    ("ur", "ٹورنٹو میں نوکری، رہائش مفت۔ کال کریں: {w}", "905 555 0171", "CA", " ", "، "),
    ("my", "ဆစ်ဒနီမှာ အလုပ်၊ နေစရာ အခမဲ့။ ဖုန်းဆက်ပါ: {w}", "0491 570 187", "AU", " ", "၊ "),
    ("eo", "Laboro en Parizo, loĝejo senpaga. Telefonu: {w}", "01 99 00 27 94", "FR", " ", ", "),
    ("haw", "Hana ma Honolulu, noho manuahi. Kelepona: {w}", "808 555 0146", "US", " ", ", "),
    ("zh-yao", "悉尼工作，包住。电话：{w}", "0491 570 114", "AU", "", " "),
    ("ja-kana", "ロンドンの仕事、寮あり。電話：{w}", "020 7946 0258", "GB", "・", " の "),
]
for lang, tpl, number, region, sep, group in spelt:
    P("phone", tpl.format(w=spell(lang, number, sep, group)), region, [e164(number, region)], f"{lang}: number words")
P(
    "phone",
    "Téléphone : zéro un, quatre-vingt-dix-neuf, zéro zéro, soixante-treize, quatre-vingt-quatre",
    "FR",
    ["+33199007384"],
    "fr: number read in pairs (quatre-vingt-dix-neuf)",
)
P(
    "phone",
    "Llama al trescientos cinco, triple cinco, cero ciento veintiocho",
    "US",
    ["+13055550128"],
    "es: 'triple cinco' and the last group read as 'cero ciento veintiocho'",
)
P("phone", "Telegram: t.me/+13125550162", None, ["+13125550162"], "url: t.me link to a phone number")
P("phone", "Signal → signal.me/#p/+442079460175", None, ["+442079460175"], "url: signal.me phone link")
P("phone", "sms:+16465550139?body=Hi%20from%20the%20ad", None, ["+16465550139"], "url: sms: URI with body")
P("phone", "Skype call: callto://+61491570148", None, ["+61491570148"], "url: callto: URI")
P("phone", "FaceTime me: facetime:+14165550176", None, ["+14165550176"], "url: facetime: URI")
P(
    "phone",
    '<a href="tel:+12125550143">Call now</a>',
    None,
    ["+12125550143"],
    "html: tel: in an href, no visible digits",
)
P("phone", "Call me\n3\n1\n2\n5\n5\n5\n0\n1\n8\n4", "US", ["+13125550184"], "en: one digit per line")
P("phone", "WhatsApp 0.4.9.1.5.7.0.1.6.8", "AU", ["+61491570168"], "en-AU: a dot after every digit")
P("phone", "Txt " + remap("6465550113", DIGIT_COMMA), "US", ["+16465550113"], "en: digit-comma characters")
P("phone", "Tel " + remap("020 7946 0592", DINGBAT_SANS), "GB", ["+442079460592"], "en-GB: dingbat circled sans digits")
P("phone", "Tél " + native("01 99 00 58 21", WANCHO), "FR", ["+33199005821"], "fr: Wancho digits")
P("phone", "Tel " + native("312 555 0172", SORA_SOMPENG), "US", ["+13125550172"], "en: Sora Sompeng digits")
P("phone", "Tel " + native("416 555 0115", SAURASHTRA), "CA", ["+14165550115"], "en: Saurashtra digits")
P("phone", "伦敦工作，电话 020-七九四六-0492", "GB", ["+442079460492"], "zh: Chinese numerals between ASCII groups")
P("phone", "Text 312•555•0136 after 6pm", "US", ["+13125550136"], "en: bullet separators")
P("phone", "Call 0491→570→152", "AU", ["+61491570152"], "en-AU: arrow separators")
P("phone", "Ring 020—7946—0538", "GB", ["+442079460538"], "en-GB: em-dash separators")
P("phone", "Тел. для США: +1 (646) 555-01-72", None, ["+16465550172"], "ru: US number grouped Russian-style 555-01-72")
P("phone", "ロンドン勤務　020 7946 0615", None, ["+442079460615"], "ja: Japanese city name as the only region cue")
P("phone", "Tel: 020 7946-\n0287 (evenings)", "GB", ["+442079460287"], "en-GB: hyphenated line break inside")
# negatives
P("phone", "ISBN 978-1-4165-5501-2", "CA", [], "en: ISBN")
P("phone", "EAN 4006381333931 · 6 pcs", "GB", [], "en: EAN barcode")
P("phone", "Sort code 20-79-46, account 05123456", "GB", [], "en-GB: bank sort code and account number")
P("phone", "Royal Mail tracking: RN 1234 5678 9GB", "GB", [], "en-GB: tracking number")
P("phone", "Invoice 2026/0491/570-12, due 15.12.", "AU", [], "en-AU: invoice number and date")
P("phone", "timestamp 1764555012", "US", [], "dev: Unix time")
P("phone", "VIN 1HGCM82633A004352, 312 hp", "US", [], "en: vehicle identification number")
P("phone", "Prix : 199,00 € (réf. 01990, lot 0073)", "FR", [], "fr: price and references")
P("phone", "Shift 09:46–10:20, 20 Nov, room 7946", "GB", [], "en-GB: times, date and room number")

# ---- email ---------------------------------------------------------------
E = add
E("email", "CV saata: too.tln ät example punkt com", None, ["too.tln@example.com"], "et: ät / punkt")
E("email", "Hakemukset: tyo.hki miukumauku example piste com", None, ["tyo.hki@example.com"], "fi: miukumauku / piste")
E("email", "Življenjepis: delo.lj afna example pika com", None, ["delo.lj@example.com"], "sl: afna / pika")
E("email", "CV: rabota.sf кльомба example точка com", None, ["rabota.sf@example.com"], "bg: кльомба / точка")
E("email", "Резюме: robota.kyiv равлик example крапка com", None, ["robota.kyiv@example.com"], "uk: равлик / крапка")
E("email", "Рэзюмэ: praca.minsk сабачка example кропка net", None, ["praca.minsk@example.net"], "be: сабачка / кропка")
E(
    "email",
    "რეზიუმე: samushao.tb ძაღლუკა example წერტილი com",
    None,
    ["samushao.tb@example.com"],
    "ka: ძაღლუკა / წერტილი",
)
E("email", "CV: is.baku at işarəsi example nöqtə com", None, ["is.baku@example.com"], "az: at işarəsi / nöqtə")
E("email", "Rezyume: ish.tosh kuchukcha example nuqta org", None, ["ish.tosh@example.org"], "uz: kuchukcha / nuqta")
E("email", "CV: werk.kpt aapstert example punt com", None, ["werk.kpt@example.com"], "af: aapstert / punt")
E("email", "Søknad: jobb.osl krøllalfa example punktum com", None, ["jobb.osl@example.com"], "no: krøllalfa / punktum")
E("email", "Umsókn: vinna.rvk hjá example punktur com", None, ["vinna.rvk@example.com"], "is: hjá / punktur")
E("email", "CV: munca.buc a-rond example punct com", None, ["munca.buc@example.com"], "ro: a-rond / punct")
E("email", "CV gửi: vieclam.hn a còng example chấm com", None, ["vieclam.hn@example.com"], "vi: a còng / chấm")
E("email", "Kirim CV: loker.jkt a keong example titik com", None, ["loker.jkt@example.com"], "id: a keong / titik")
E("email", "อีเมล: ngan.bkk แอท example จุด com", None, ["ngan.bkk@example.com"], "th: แอท / จุด")
E("email", "ای میل: naukri.khi ایٹ example ڈاٹ com", None, ["naukri.khi@example.com"], "ur: ایٹ / ڈاٹ")
E("email", "ইমেল: kaj.dhaka অ্যাট example ডট com", None, ["kaj.dhaka@example.com"], "bn: অ্যাট / ডট")
E("email", "மின்னஞ்சல்: velai.chn அட் example டாட் com", None, ["velai.chn@example.com"], "ta: அட் / டாட்")
E("email", "ఈమెయిల్: udyogam.hyd ఎట్ example డాట్ net", None, ["udyogam.hyd@example.net"], "te: ఎట్ / డాట్")
E("email", "ઈમેલ: naukri.amd એટ example ડોટ com", None, ["naukri.amd@example.com"], "gu: એટ / ડોટ")
E("email", "البريد: amal.job آت example دوت com", None, ["amal.job@example.com"], "ar: آت / دوت")
E("email", "邮箱：zp.sz 圈a example 点 com", None, ["zp.sz@example.com"], "zh: 圈a for @")
E(
    "email",
    "メール：baito.tyo あっと example どっと com",
    None,
    ["baito.tyo@example.com"],
    "ja: hiragana あっと / どっと",
)
E("email", "Retpoŝto: laboro.eo ĉe example punkto org", None, ["laboro.eo@example.org"], "eo: ĉe / punkto")
E("email", "Имэйл: ajil.ub at example цэг com", None, ["ajil.ub@example.com"], "mn: at / цэг")
E("email", "Mail me: maria<at>example<dot>com", None, ["maria@example.com"], "en: angle brackets around at / dot")
E("email", "nora-at-example-dot-net", None, ["nora@example.net"], "en: hyphenated -at- / -dot-")
E("email", "jobs_at_example_dot_org", None, ["jobs@example.org"], "en: underscored _at_ / _dot_")
E("email", "Sähköposti: hanna(a)example.com", None, ["hanna@example.com"], "fi: (a) for @")
E("email", "lisa#example.com (replace # with @)", None, ["lisa@example.com"], "en: # standing for @")
E("email", "marta@<span>example</span>.com", None, ["marta@example.com"], "html: tags inside the address")
E("email", "sam﹫example․org", None, ["sam@example.org"], "en: small commercial at and one-dot leader")
E("email", "leaⓐexample.com", None, ["lea@example.com"], "en: circled a for @")
E("email", "Contact: Maria.Lopez@Example.COM", None, ["maria.lopez@example.com"], "es: mixed case")
E("email", "CV to jobs+cv@example.com please", None, ["jobs+cv@example.com"], "en: plus tag")
E(
    "email",
    "ana-maria.1999@example.net",
    None,
    ["ana-maria.1999@example.net"],
    "ro: hyphen and digits in the local part",
)
E("email", "From: Anna Berg <anna.berg@example.org>", None, ["anna.berg@example.org"], "en: display-name form")
E(
    "email",
    "mailto:hr@example.org?subject=CV&cc=boss@example.org",
    None,
    ["hr@example.org", "boss@example.org"],
    "url: mailto with cc",
)
E("email", "E-mail: sa" + SHY + "ra@exam" + SHY + "ple.com", None, ["sara@example.com"], "en: soft hyphens inside")
E("email", "راسلونا على " + RLM + "info.dxb@example.com" + RLM, None, ["info.dxb@example.com"], "ar: RTL marks around")
E(
    "email",
    "邮箱：a.li@example.com 或 b.wu@example.net",
    None,
    ["a.li@example.com", "b.wu@example.net"],
    "zh: 或 between",
)
E("email", "E-Mail: info(at)example(punkt)com", None, ["info@example.com"], "de: (at) / (punkt)")
E("email", "olga dot petrova at example dot com", None, ["olga.petrova@example.com"], "en: dot spelt in local part")
E("email", "メール【 yuki@example.net 】", None, ["yuki@example.net"], "ja: lenticular brackets with spaces")
E("email", "BEGIN:VCARD\nEMAIL;TYPE=work:jobs@example.org\nEND:VCARD", None, ["jobs@example.org"], "vcard: EMAIL line")
E("email", '{"name": "Dev", "email": "dev.ops@example.net"}', None, ["dev.ops@example.net"], "json: field value")
E("email", "MAILTO:INFO@EXAMPLE.COM", None, ["info@example.com"], "url: upper-case mailto")
E("email", "Mail: kim.s@\nexample.org", None, ["kim.s@example.org"], "en: line break after @")
E("email", "mail: rita@example .com", None, ["rita@example.com"], "en: stray space before the dot")
E("email", "Write to ivy@example.com.", None, ["ivy@example.com"], "en: sentence period after the address")
# negatives
E("email", "Email: [email protected]", None, [], "web: Cloudflare-protected address")
E("email", "npm i left-pad@1.3.0", None, [], "dev: npm version pin")
E("email", "docker pull nginx@sha256:" + seed("docker").hex(), None, [], "dev: docker digest")
E("email", "2 tickets @ 15 € — example.org/tickets", None, [], "en: price with @ and a URL")
E("email", "@media (max-width: 600px) { .card { width: 100% } }", None, [], "css: @media rule")
E("email", "Follow @anna_example on IG", None, [], "en: a handle, not an address")
E("email", "E-mail: ukryty (kliknij, aby pokazać)", None, [], "pl: address hidden")
E("email", "root@raspberrypi:~$ ls", None, [], "dev: shell prompt")
E("email", "Send to nina@ … (domain in DM)", None, [], "en: local part only")

# ---- handle --------------------------------------------------------------
H = add
H("handle", "instagram.com/stories/lena.ber/3123456789", None, ["instagram:lena.ber"], "de: instagram stories link")
H("handle", "www.instagram.com/maya.lx/reels/", None, ["instagram:maya.lx"], "pt: instagram reels tab")
H("handle", "x.com/sofi_arg/status/1790000000000000000", None, ["twitter:sofi_arg"], "es: x.com status link")
H("handle", "tiktok.com/@linh.sg/video/7300000000000000000", None, ["tiktok:linh.sg"], "vi: TikTok video link")
H("handle", "fb.com/dana.cluj", None, ["facebook:dana.cluj"], "ro: fb.com short domain")
H("handle", "t.me/s/rabota_vilnius", None, ["telegram:rabota_vilnius"], "lt: t.me/s/ channel preview")
H("handle", "onlyfans.com/kiki_rae/media", None, ["onlyfans:kiki_rae"], "en: OnlyFans media tab")
H("handle", "SNAPCHAT.COM/ADD/ZOE.SNAPS", None, ["snapchat:zoe.snaps"], "en: upper-case snap link")
H("handle", "vk.ru/alina_spb", None, ["vk:alina_spb"], "ru: vk.ru domain")
H("handle", "加薇：tingting_520", None, ["wechat:tingting_520"], "zh: 薇 for WeChat")
H("handle", "卫星号：yanyan_88", None, ["wechat:yanyan_88"], "zh: 卫星 homophone for WeChat")
H("handle", "哀居：@wen.tpe", None, ["instagram:wen.tpe"], "zh-TW: 哀居 slang for IG")
H("handle", "臉書：chen.yiling", None, ["facebook:chen.yiling"], "zh-TW: 臉書")
H("handle", "ไลน์ไอดี: nok_cnx", None, ["line:nok_cnx"], "th: ไลน์ไอดี")
H("handle", "ライン：haru_0815", None, ["line:haru_0815"], "ja: ライン")
H("handle", "라인 아이디: minji_08", None, ["line:minji_08"], "ko: 라인 아이디")
H("handle", "سناب: @noura.ksa", None, ["snapchat:noura.ksa"], "ar: سناب")
H("handle", "انستا: @reem.kw", None, ["instagram:reem.kw"], "ar: انستا")
H("handle", "تويتر: @fahad_jed", None, ["twitter:fahad_jed"], "ar: تويتر")
H("handle", "تيليجرام: @amal_work", None, ["telegram:amal_work"], "ar: تيليجرام")
H("handle", "טלגרם: @dana_tlv", None, ["telegram:dana_tlv"], "he: טלגרם")
H("handle", "টেলিগ্রাম: @rumi_ctg", None, ["telegram:rumi_ctg"], "bn: টেলিগ্রাম")
H("handle", "Telegramdan yazın: @aylin_ank", None, ["telegram:aylin_ank"], "tr: 'Telegramdan'")
H("handle", "тг: @kira_ekb", None, ["telegram:kira_ekb"], "ru: тг abbreviation")
H("handle", "пиши в телегу: @vika_rostov", None, ["telegram:vika_rostov"], "ru: 'в телегу'")
H("handle", "инста: katya.msk", None, ["instagram:katya.msk"], "ru: инста")
H("handle", "тикток: @alina.dance", None, ["tiktok:alina.dance"], "ru: тикток")
H("handle", "틱톡: @yeji.dance", None, ["tiktok:yeji.dance"], "ko: 틱톡")
H("handle", "스냅챗: soyeon.s", None, ["snapchat:soyeon.s"], "ko: 스냅챗")
H("handle", "फेसबुक: priya.verma.22", None, ["facebook:priya.verma.22"], "hi: फेसबुक")
H("handle", "فيسبوك: salma.cairo", None, ["facebook:salma.cairo"], "ar: فيسبوك")
H("handle", "Ίνστα: @eleni.ath", None, ["instagram:eleni.ath"], "el: Ίνστα")
H("handle", "אינסטגרם: @noa.hfa", None, ["instagram:noa.hfa"], "he: אינסטגרם")
H("handle", "ديسكورد: shadow.fox", None, ["discord:shadow.fox"], "ar: ديسكورد")
H("handle", "디스코드: moonlight_kr", None, ["discord:moonlight_kr"], "ko: 디스코드")
H("handle", "スカイプ: aya.work", None, ["skype:aya.work"], "ja: スカイプ")
H("handle", "Signal: lina.07", None, ["signal:lina.07"], "en: Signal username with number suffix")
H("handle", "Kik me at jess_kik", None, ["kik:jess_kik"], "en: 'Kik me at'")
H("handle", "OF: bella_x 🔞", None, ["onlyfans:bella_x"], "en: OF abbreviation")
H("handle", "オンリーファンズ：@rin_of", None, ["onlyfans:rin_of"], "ja: オンリーファンズ")
H("handle", "X (ex-Twitter): @noor_writes", None, ["twitter:noor_writes"], "en: 'X (ex-Twitter)'")
H("handle", "Snap: " + remap("LUNA_X", SQUARED), None, ["snapchat:luna_x"], "en: squared capital letters")
H("handle", "IG: " + remap("lina.moon", SMALL_CAPS), None, ["instagram:lina.moon"], "en: small-capital letters")
H("handle", "Insta: @ m a r a . j o", None, ["instagram:mara.jo"], "en: letter-spaced user name")
H("handle", "Telegram (без @): sveta_work", None, ["telegram:sveta_work"], "ru: 'без @' note before the name")
H(
    "handle",
    "WeChat · LINE · Telegram: momo_bkk",
    None,
    ["wechat:momo_bkk", "line:momo_bkk", "telegram:momo_bkk"],
    "th/en: three platforms separated by middle dots",
)
H("handle", "Discord 👾 nyx.404", None, ["discord:nyx.404"], "en: alien emoji after Discord")
H("handle", "Facebook: facebook.com/ioana.pop.7", None, ["facebook:ioana.pop.7"], "ro: name with digit suffix")
H(
    "handle",
    "tiktok @mei.lin • insta @mei.lin.art",
    None,
    ["tiktok:mei.lin", "instagram:mei.lin.art"],
    "en: two platforms",
)
H("handle", "Line ID: ploy_bkk ค่ะ", None, ["line:ploy_bkk"], "th: Line ID followed by a particle")
H("handle", "dm me @ghost_rider_77 🖤", None, ["unknown:ghost_rider_77"], "en: no platform named")
# negatives
H("handle", "instagram.com/reel/Cx9AbC12dEf/", None, [], "en: Instagram reel link")
H("handle", "t.me/+AbCdEf123456", None, [], "en: Telegram invite link")
H("handle", "t.me/joinchat/AAAAAEk1234abcd", None, [], "en: Telegram joinchat link")
H("handle", "x.com/home", None, [], "en: X home page")
H("handle", "tiktok.com/discover/jobs-in-dubai", None, [], "en: TikTok discover page")
H("handle", "facebook.com/groups/123456789012345", None, [], "en: Facebook group")
H("handle", "discord.com/channels/123456789/987654321", None, [], "en: Discord channel link")
H("handle", "vm.tiktok.com/ZMabc123/", None, [], "en: TikTok short link")
H("handle", "Email sara@example.com for details", None, [], "en: e-mail, not a handle")

# ---- payment -------------------------------------------------------------
Y = add
Y("payment", "https://cash.app/$MiaRose/25", None, ["cashapp:$miarose"], "en: cash.app link with amount")
Y("payment", "my cashtag is $BellaMoon", None, ["cashapp:$bellamoon"], "en: 'cashtag'")
Y("payment", "C@sh App: $JadeK", None, ["cashapp:$jadek"], "en: C@sh App")
Y("payment", "CashApp ➡️ ＄TinaB", None, ["cashapp:$tinab"], "en: full-width dollar sign")
Y("payment", "Cash App: 💲KellyJ", None, ["cashapp:$kellyj"], "en: dollar emoji as the sign")
Y("payment", "Cash App: $ NinaP", None, ["cashapp:$ninap"], "en: space after $")
Y("payment", "cashapp me @ $LexiR", None, ["cashapp:$lexir"], "en: 'cashapp me @'")
Y("payment", "Mándame por Cash App: $CarlaM", None, ["cashapp:$carlam"], "es: 'por Cash App'")
Y("payment", "Manda pelo Cash App: $BiaS", None, ["cashapp:$bias"], "pt: 'pelo Cash App'")
Y("payment", "Gửi qua Cash App: $LanP", None, ["cashapp:$lanp"], "vi: 'qua Cash App'")
Y("payment", "Padala sa Cash App: $JoyD", None, ["cashapp:$joyd"], "tl: 'sa Cash App'")
Y("payment", "كاش آب: $MonaZ", None, ["cashapp:$monaz"], "ar: كاش آب")
Y("payment", "Cash App账号：$LilyW", None, ["cashapp:$lilyw"], "zh: Cash App账号")
Y("payment", "Кеш Епп: $OksanaK", None, ["cashapp:$oksanak"], "uk: Кеш Епп")
Y("payment", "CashApp ID: $DeeDee22", None, ["cashapp:$deedee22"], "en: 'CashApp ID'")
Y("payment", "Cashapp (no $ needed): KayLee99", None, ["cashapp:$kaylee99"], "en: tag without the sign")
Y("payment", "venmo.com/Ella-Grace", None, ["venmo:ella-grace"], "en: venmo.com/<user>")
Y("payment", "https://venmo.com/u/Sky-Li?txn=pay&amount=40", None, ["venmo:sky-li"], "en: venmo /u/ with query")
Y("payment", "Mándame por Venmo: @Sofia-Rivas", None, ["venmo:sofia-rivas"], "es: 'por Venmo'")
Y("payment", "Manda pelo Venmo: @Bia-Souza", None, ["venmo:bia-souza"], "pt: 'pelo Venmo'")
Y("payment", "Gửi qua Venmo: @Mai-Tran", None, ["venmo:mai-tran"], "vi: 'qua Venmo'")
Y("payment", "Venmo账号：@Jia-Chen", None, ["venmo:jia-chen"], "zh: Venmo账号")
Y("payment", "Венмо: @Olga-Petrova", None, ["venmo:olga-petrova"], "ru: Венмо")
Y("payment", "Venmo handle — Maya_Lee", None, ["venmo:maya_lee"], "en: 'Venmo handle' with dash")
Y("payment", "V3nmo: @Tori-B", None, ["venmo:tori-b"], "en: leet V3nmo")
Y("payment", "Padala sa Venmo: @Ria-Santos", None, ["venmo:ria-santos"], "tl: 'sa Venmo'")
Y("payment", "paypal.com/paypalme/EmmaW", None, ["paypal:emmaw"], "en: paypal.com/paypalme link")
Y("payment", "www.paypal.me/LucaB?locale.x=it_IT", None, ["paypal:lucab"], "it: paypal.me with locale")
Y("payment", "https://paypal.me/NinaS/10", None, ["paypal:ninas"], "en: paypal.me with bare amount")
Y("payment", "باي بال: paypal.me/RanaH", None, ["paypal:ranah"], "ar: باي بال")
Y("payment", "Пэйпал: paypal.me/DashaK", None, ["paypal:dashak"], "ru: Пэйпал")
Y("payment", "PP: paypal.me/SaraV", None, ["paypal:sarav"], "en: PP abbreviation")
Y("payment", "PayPal 👉 paypal.me/JessT", None, ["paypal:jesst"], "en: pointing emoji")
Y("payment", "贝宝：paypal.me/XiaoL", None, ["paypal:xiaol"], "zh: 贝宝")
Y("payment", "Paga por PayPal: paypal.me/LuciaG", None, ["paypal:luciag"], "es: 'por PayPal'")
Y("payment", "paypalme/ZoeT", None, ["paypal:zoet"], "en: paypalme without the dot")
Y("payment", "PAYPAL.ME/KATIEH", None, ["paypal:katieh"], "en: all capitals")
Y("payment", "revolut.me/elena88?amount=2000&currency=EUR", None, ["revolut:elena88"], "en: revolut.me with amount")
Y("payment", "Wpłać przez Revoluta: @ola.k", None, ["revolut:ola.k"], "pl: 'przez Revoluta'")
Y("payment", "Paga por Revolut: @lucia.m", None, ["revolut:lucia.m"], "es: 'por Revolut'")
Y("payment", "Avansas per Revolut: @ruta.v", None, ["revolut:ruta.v"], "lt: 'per Revolut'")
Y("payment", "Versa su Revolut: @giada.r", None, ["revolut:giada.r"], "it: 'su Revolut'")
Y("payment", "Revolut-Tag: @lea.s", None, ["revolut:lea.s"], "de: Revolut-Tag")
Y("payment", "Revolut username: @ana.p", None, ["revolut:ana.p"], "en: 'Revolut username'")
Y("payment", "레볼루트: @hyejin.k", None, ["revolut:hyejin.k"], "ko: 레볼루트")
Y("payment", "Revolut 💸 @nora.b", None, ["revolut:nora.b"], "en: money emoji")
Y("payment", "monzo.me/jessb?d=Deposit", None, ["monzo:jessb"], "en-GB: monzo.me with description")
Y("payment", "Monzo link: monzo.me/amyt/15.00", None, ["monzo:amyt"], "en-GB: monzo.me with decimal amount")
Y("payment", "Pay by Monzo → monzo.me/ellaw", None, ["monzo:ellaw"], "en-GB: 'Pay by Monzo'")
Y(
    "payment",
    "Venmo @Lia-M / PayPal paypal.me/LiaM",
    None,
    ["venmo:lia-m", "paypal:liam"],
    "en: two services with a slash",
)
Y("payment", "CashApp $Mimi / Revolut @mimi.x", None, ["cashapp:$mimi", "revolut:mimi.x"], "en: cashapp and revolut")
# negatives
Y("payment", "$20 Cash App only, no cards", None, [], "en: amount and service, no tag")
Y("payment", "Venmo request sent ✔️ ($45)", None, [], "en: request notice")
Y("payment", "paypal.com/signin", None, [], "en: PayPal sign-in page")
Y("payment", "revolut.com/business/pricing", None, [], "en: Revolut pricing page")
Y("payment", "$AAPL up 3% today", None, [], "en: stock cashtag")
Y("payment", "Price $45/hr, cash only", None, [], "en: price")
Y("payment", "Venmo/CashApp: ask me", None, [], "en: services, tag withheld")
Y("payment", "monzo.com/help", None, [], "en-GB: Monzo help page")
Y("payment", "Cash App Card ending 4242", None, [], "en: card ending")

# ---- crypto --------------------------------------------------------------
C = add
labels = [
    ("de", "Wallet-Adresse (BTC): {a}", btc_wpkh),
    ("fr", "Adresse du portefeuille (USDT TRC20) : {a}", trx),
    ("es", "Dirección de la billetera (ETH): {a}", eth),
    ("it", "Indirizzo del portafoglio (BTC): {a}", btc_tr),
    ("pl", "Adres portfela (USDT TRC20): {a}", trx),
    ("ro", "Adresa portofelului (ETH): {a}", eth),
    ("ru", "Адрес кошелька (USDT TRC20): {a}", trx),
    ("uk", "Адреса гаманця (BTC): {a}", btc_p2sh),
    ("bg", "Адрес на портфейла (LTC): {a}", ltc_l),
    ("hu", "Tárca címe (ETH): {a}", eth),
    ("fi", "Lompakon osoite (BTC): {a}", btc_p2pkh),
    ("sv", "Plånboksadress (USDT TRC20): {a}", trx),
    ("no", "Lommebokadresse (ETH): {a}", eth),
    ("da", "Tegnebogsadresse (SOL): {a}", sol),
    ("et", "Rahakoti aadress (BTC): {a}", btc_wsh),
    ("id", "Alamat dompet (USDT TRC20): {a}", trx),
    ("ko", "지갑 주소 (USDT TRC20): {a}", trx),
    ("zh", "钱包地址（ETH）：{a}", eth),
    ("ar", "عنوان المحفظة (USDT TRC20): {a}", trx),
    ("ur", "والیٹ ایڈریس (BTC): {a}", btc_wpkh),
    ("bn", "ওয়ালেট ঠিকানা (ETH): {a}", eth),
    ("ta", "வாலட் முகவரி (USDT TRC20): {a}", trx),
    ("sw", "Anwani ya pochi (BTC): {a}", btc_tr),
    ("tl", "Address ng wallet (ETH): {a}", eth),
    ("az", "Pul kisəsi ünvanı (USDT TRC20): {a}", trx),
    ("ka", "საფულის მისამართი (BTC): {a}", btc_p2sh),
    ("hy", "Դրամապանակի հասցե (ETH): {a}", eth),
    ("mn", "Хэтэвчний хаяг (USDT TRC20): {a}", trx),
    ("am", "የዋሌት አድራሻ (LTC): {a}", ltc_w),
    ("uz", "Hamyon manzili (DOGE): {a}", doge),
    ("sq", "Adresa e portofolit (XMR): {a}", xmr),
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
    a = fn(f"label31-{lang}-{i}")
    value = a.lower() if fn is eth else a
    C("crypto", tpl.format(a=a), None, [f"{CHAIN[fn]}:{value}"], f"{lang}: {fn.__name__} with local label")
a = btc_wpkh("bip21-upper")
C("crypto", f"BITCOIN:{a.upper()}?amount=0.005", None, [f"btc:{a}"], "uri: upper-case BIP 21 (QR alphanumeric) bech32")
a = btc_tr("bip21-upper-tr")
C("crypto", f"bitcoin:{a.upper()}?label=Deposit", None, [f"btc:{a}"], "uri: upper-case bech32m taproot address")
a = trx("tronscan")
C("crypto", f"https://tronscan.org/#/address/{a}", None, [f"trx:{a}"], "url: tronscan address page")
a = btc_wsh("blockstream")
C("crypto", f"blockstream.info/address/{a}", None, [f"btc:{a}"], "url: blockstream.info address page")
a = sol("solscan")
C("crypto", f"solscan.io/account/{a}", None, [f"sol:{a}"], "url: solscan account page")
a = ltc_l("blockcypher")
C("crypto", f"live.blockcypher.com/ltc/address/{a}/", None, [f"ltc:{a}"], "url: blockcypher litecoin page")
a = doge("dogechain")
C("crypto", f"dogechain.info/address/{a}", None, [f"doge:{a}"], "url: dogechain address page")
a = btc_p2pkh("groups4")
C("crypto", "BTC: " + " ".join(a[i : i + 4] for i in range(0, len(a), 4)), None, [f"btc:{a}"], "en: groups of four")
a = eth("three-lines")
C(
    "crypto",
    "ETH:\n    " + a[:14] + "\n    " + a[14:28] + "\n    " + a[28:],
    None,
    [f"eth:{a.lower()}"],
    "en: three indented lines",
)
a = btc_p2sh("de-quotes")
C("crypto", f"Bitte an „{a}“ senden.", None, [f"btc:{a}"], "de: German quotation marks")
a = eth("json")
C("crypto", '{"to": "' + a.lower() + '", "value": "0.05"}', None, [f"eth:{a.lower()}"], "json: lower-case in a field")
a = xmr_sub("inline-code")
C("crypto", f"XMR: `{a}`", None, [f"xmr:{a}"], "md: inline code span")
a1, a2 = btc_wpkh("list-btc"), trx("list-trx")
C("crypto", f"Donate:\n- BTC: {a1}\n- USDT (TRC20): {a2}", None, [f"btc:{a1}", f"trx:{a2}"], "md: bullet list of two")
a = trx("rtl")
C("crypto", "ادفع على " + RLM + a + RLM + " فقط", None, [f"trx:{a}"], "ar: RTL marks around the address")
a = ltc_m("paren-emoji")
C("crypto", f"💰LTC({a})", None, [f"ltc:{a}"], "en: in parentheses after an emoji")
a = doge("wow")
C("crypto", f"Such wow, much tip: {a}. Thanks!", None, [f"doge:{a}"], "en: sentence period after the address")
a = sol("tab")
C("crypto", f"SOL\t{a}\t(mainnet)", None, [f"sol:{a}"], "tsv: tab-separated")
a = eth("nbsp")
C("crypto", "ERC-20:" + NBSP + a, None, [f"eth:{a.lower()}"], "en: no-break space before")
a = trx("copy")
C("crypto", f"TRC20 👇 (tap to copy)\n{a}📋", None, [f"trx:{a}"], "en: clipboard emoji glued after")
a = btc_tr("pipe")
C("crypto", f"BTC | {a} | min 0.001", None, [f"btc:{a}"], "en: pipes around")
# negatives
tb = segwit("tb", 0, seed("testnet")[:20])
assert check_segwit(tb, "tb")
C("crypto", f"Testnet faucet: {tb}", None, [], "en: Bitcoin testnet address")
C("crypto", "ETH tx: 0x" + seed("eth-tx").hex(), None, [], "en: Ethereum transaction hash")
a = eth("badcase")
i = next(j for j, ch in enumerate(a[2:], 2) if ch.isalpha())
bad = a[:i] + a[i].swapcase() + a[i + 1 :]
assert not check_eth(bad)
C("crypto", f"ETH: {bad}", None, [], "en: mixed-case ETH address with one letter's case flipped")
wif = base58.b58encode_check(b"\x80" + seed("wif") + b"\x01").decode()
C("crypto", f"private key (never share!): {wif}", None, [], "en: WIF private key, not an address")
C("crypto", "Lightning: lnbc2500u1p" + _xmr_b58(seed("ln"))[:40].lower(), None, [], "en: Lightning invoice")
C("crypto", "Send to lina-wallet.eth", None, [], "en: ENS name, no address")
C("crypto", "BTC bc1qxy…0wlh · ETH 0x71C7…976F", None, [], "en: shortened addresses")
a = trx("broken")
bad = a[:12] + ("z" if a[12] != "z" else "y") + a[13:]
assert not check_b58c(bad, {0x41})
C("crypto", f"USDT TRC20: {bad}", None, [], "en: TRON address with a broken checksum")
C("crypto", "Block hash 0000000000000000000" + seed("block").hex()[:45], None, [], "en: block hash")

# ---- age -----------------------------------------------------------------
A = add
A("age", "J'ai vingt-deux ans, de Lyon", None, ["22"], "fr: number words")
A("age", "Tengo veintiún años, de Rosario", None, ["21"], "es: number word veintiún")
A("age", "Ho ventitré anni, di Napoli", None, ["23"], "it: number word")
A("age", "Tenho vinte e dois anos, de Recife", None, ["22"], "pt: number words")
A("age", "Ich bin zweiundzwanzig, aus Graz", None, ["22"], "de: number word, no unit")
A("age", "Мне двадцать один год", None, ["21"], "ru: number words")
A("age", "Мені двадцять три роки", None, ["23"], "uk: number words")
A("age", "Mam dwadzieścia dwa lata", None, ["22"], "pl: number words")
A("age", "Yirmi bir yaşındayım", None, ["21"], "tr: number words")
A("age", "Umur saya dua puluh dua tahun", None, ["22"], "id: number words")
A("age", "Em hai mươi ba tuổi", None, ["23"], "vi: number words")
A("age", "二十二歳です、福岡", None, ["22"], "ja: kanji numerals")
A("age", "今年二十一岁，广州", None, ["21"], "zh: Chinese numerals with 岁")
A("age", "عمري اثنان وعشرون عاماً", None, ["22"], "ar: number words")
A("age", "Am douăzeci și doi de ani", None, ["22"], "ro: number words")
A("age", "22-letnia studentka z Krakowa", None, ["22"], "pl: adjective 22-letnia")
A("age", "22-летняя девушка из Самары", None, ["22"], "ru: adjective 22-летняя")
A("age", "21-річна, з Одеси", None, ["21"], "uk: adjective 21-річна")
A("age", "23-vuotias nainen Tampereelta", None, ["23"], "fi: 23-vuotias")
A("age", "22-aastane, Tartust", None, ["22"], "et: 22-aastane")
A("age", "22-årig tjej från Göteborg", None, ["22"], "sv: 22-årig")
A("age", "Jeg er 23 år gammel, fra Bergen", None, ["23"], "no: 'år gammel'")
A("age", "Alder: 21, fra Aarhus", None, ["21"], "da: 'Alder'")
A("age", "Ek is 22 jaar oud, van Pretoria", None, ["22"], "af: 'jaar oud'")
A("age", "Jam 22 vjeç, nga Tirana", None, ["22"], "sq: 'vjeç'")
A("age", "На 22 години съм, от Пловдив", None, ["22"], "bg: 'на … години съм'")
A("age", "Имам 23 години, од Скопје", None, ["23"], "mk: 'имам … години'")
A("age", "Stara sem 22 let, iz Maribora", None, ["22"], "sl: 'stara sem … let'")
A("age", "Мне 21 год, з Гомеля", None, ["21"], "be: 'мне … год'")
A("age", "22 yaşım var, Gəncədən", None, ["22"], "az: 'yaşım var'")
A("age", "Yoshim 22 da, Samarqanddan", None, ["22"], "uz: 'yoshim'")
A("age", "Би 22 настай, Дарханаас", None, ["22"], "mn: 'настай'")
A("age", "22 წლის ვარ, ბათუმიდან", None, ["22"], "ka: 'წლის ვარ'")
A("age", "22 տարեկան եմ, Գյումրիից", None, ["22"], "hy: 'տարեկան եմ'")
A("age", "العمر: " + native("22", ARABIC_INDIC) + " سنة", None, ["22"], "ar: Arabic-Indic digits")
A("age", "میری عمر 23 سال ہے، لاہور", None, ["23"], "ur: 'عمر … سال'")
A("age", "বয়স " + native("22", BENGALI) + " বছর, চট্টগ্রাম", None, ["22"], "bn: Bengali digits")
A("age", "வயது 22, மதுரை", None, ["22"], "ta: 'வயது'")
A("age", "నా వయస్సు 21 సంవత్సరాలు", None, ["21"], "te: 'వయస్సు … సంవత్సరాలు'")
A("age", "ઉંમર " + native("22", GUJARATI) + " વર્ષ, સુરત", None, ["22"], "gu: Gujarati digits")
A("age", "പ്രായം 22 വയസ്സ്, കൊച്ചി", None, ["22"], "ml: 'പ്രായം'")
A("age", "အသက် " + native("22", MYANMAR) + " နှစ်၊ မန္တလေး", None, ["22"], "my: Myanmar digits")
A("age", "Saya berumur 22 tahun, dari Ipoh", None, ["22"], "ms: 'berumur'")
A("age", "ዕድሜ 22 ዓመት፣ ከአዳማ", None, ["22"], "am: 'ዕድሜ … ዓመት'")
A("age", "Mo jẹ́ ọmọ ọdún 22, láti Ìbàdàn", None, ["22"], "yo: 'ọmọ ọdún'")
A("age", "Shekaruna 22, daga Kano", None, ["22"], "ha: 'shekaruna'")
A("age", "Ngineminyaka engu-22, ngivela eThekwini", None, ["22"], "zu: 'engu-22'")
A("age", "Mi estas 22-jara, el Lyon", None, ["22"], "eo: 22-jara")
A("age", "Age: XXII (yes, Roman numerals)", None, ["22"], "en: Roman numerals")
A("age", "J'ai 16 ans, je cherche du travail à Paris", None, ["16"], "fr: a minor looking for work")
A("age", "Tengo 17 años y busco trabajo de niñera", None, ["17"], "es: a minor looking for work")
# negatives
A("age", "22 ans d'expérience dans la restauration", None, [], "fr: years of experience")
A("age", "Größe 38, 1,68 m, 55 kg", None, [], "de: size, height, weight")
A("age", "Camera 22, secondo piano", None, [], "it: room number")
A("age", "A 22 km de Sevilla", None, [], "es: distance")
A("age", "Звонить до 22:00", None, [], "ru: time")
A("age", "Cena: 22 zł za godzinę", None, [], "pl: price per hour")
A("age", "2022年モデル、22インチ", None, [], "ja: model year and inches")
A("age", "22 yıllık tecrübe", None, [], "tr: years of experience")
A("age", "الغرفة رقم " + native("22", ARABIC_INDIC), None, [], "ar: room number")


if __name__ == "__main__":
    print(json.dumps(B.write()))
