"""Generate batch 29 of Clew's held-out identifier set (bench/data/identifiers_heldout/batch29/<type>.jsonl).

    python bench/data/identifiers_heldout/batch29/make.py

Why a twenty-ninth batch: batches up to 28 have been scored and studied, so they no longer measure text
nobody tuned for.  Batch 29 was written blind by an author who read only issue 3, the data contract, the
scorer, the first lines of batch 7's files (record format) and batch 28's make.py (to reuse its encoders
and checks and to choose *other* cases).  No extractor code, generated docs, tests or held-out records
were read (nor the generators of batches 26 and 27, so an overlap with them is possible but unintended).

Everyday posts (classifieds, Telegram / WhatsApp / Line / VK / WeChat posts, job boards, forums, OCR'd
flyers, signatures) in 50+ languages and 20+ scripts, with disguises batch 28 did not use: phone digits
spelt in Finnish, Estonian, Slovenian, Macedonian, Albanian, Belarusian, Georgian, Armenian, Azerbaijani,
Uzbek, Mongolian, Tamil, Telugu, Bengali, Gujarati, Malayalam, Urdu, Amharic, Hausa, Yoruba, Zulu,
Afrikaans, Galician, Maltese, Luxembourgish, Esperanto, Burmese, Malay, Ukrainian and Romanian; Chinese
financial numerals and 幺, Japanese kanji digits; dingbat (negative) circled sans-serif digits, keycap
marks without variation selector, Ahom and Mro digits; emoji / minus / one-dot-leader / bullet separators,
one digit per line, groups on separate lines, "three-twelve", "double four", a US number in pairs, a
country code without plus, bidi embeddings; t.me/+ phone, sms:, facetime://, tel: in HTML, a separate
area-code field.  E-mail at / dot words of Finnish (miukumauku), Estonian, Slovenian, Bulgarian,
Ukrainian, Belarusian, Romanian, Norwegian, Icelandic, Basque, Esperanto, Afrikaans, Vietnamese,
Indonesian, Thai, Tamil, Bengali, Urdu, Uzbek, Azerbaijani, Mongolian, Amharic, Albanian, Korean (앳 / 닷),
Chinese (圈a), Japanese hiragana, Russian (собачка / тчк), Quebec French (a commercial), Italian and
Polish diminutives; small commercial at, circled letters, (a), ideographic full stop, middle dot, NOSPAM,
mailto ?subject, vCard EMAIL, JSON, OCR hyphenation, soft hyphen, bidi isolates, a spoken sentence, plus
sub-address, three lines.  Handles in x.com, fb.com, instagram ?hl / stories, tiktok video, t.me/s,
OnlyFans media, snapchat.com/@, line.me/ti/p/~, m.vk.com links; Signal usernames; cues телега / ТГ / 电报 /
TG号 / ins / 脸书 / ツイッター / ไอดีไลน์ / Tele / انستقرام / تيك توك / ٹیلیگرام / אינסטגרם / Ίνστα / स्नैपचैट /
틱톡 and other wordings; Cyrillic look-alikes, a digit one, letter spacing, dots, @ and double-struck
letters inside the cue.  Payment tags behind the small dollar sign, cash.app amounts, C@sh, full-width
and small-capital cues, Cash App / Venmo / PayPal names in other scripts, venmo.com without /u/, leet
V3nm0, paypal.com/paypalme, bracketed and spelt dots, Cyrillic look-alikes in paypal.me, Revolut in 13
other languages, monzo.me queries.  Crypto behind labels in 29 other languages, explorer links
(tronscan, etherscan, blockstream, solscan, dogechain, litecoinspace), upper-case BIP 21, groups of four
/ six, soft hyphen, HTML, JSON, markdown bold, CJK brackets, three lines.  Ages in 30 other languages and
scripts, compound number words, 廿, a/s/l, [23F], "(21)".  About 15 % negatives per type with look-alike
distractors.

Crypto addresses: payloads are sha256 of fixed seed strings, wrapped in the real base58check / bech32
(BIP 173) / bech32m (BIP 350) / EIP-55 / Monero base58 encodings; every expected value is re-checked by
decoders written separately from the encoders (and, for witness v0, by the `bech32` reference package),
and every crypto negative is checked to fail them.  Every expected phone is checked with `phonenumbers`
(valid for its region, E.164 equal).  Fictional contact data only (NA 555-01xx, UK 020 7946 0xxx /
0113 496 0xxx, FR 01 99 00 xx xx, AU 0491 570 1xx; example.com/.org/.net; made-up handles).
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
    PERSIAN,
    SHY,
    ZWSP,
    Batch,
    Wallets,
    check_b58c,
    check_eth,
    check_segwit,
    cyr,
    e164,
    full,
    native,
    remap,
)

W = Wallets(29)
seed, btc_p2pkh, btc_p2sh, btc_wpkh, btc_wsh = W.seed, W.btc_p2pkh, W.btc_p2sh, W.btc_wpkh, W.btc_wsh
btc_tr, eth, trx, ltc_l, ltc_m, ltc_w, doge = W.btc_tr, W.eth, W.trx, W.ltc_l, W.ltc_m, W.ltc_w, W.doge
doge_p2sh, sol, xmr, xmr_sub = W.doge_p2sh, W.sol, W.xmr, W.xmr_sub

OUT = Path(__file__).resolve().parent
BATCH = 29


# ---------------------------------------------------------------- digit forms and look-alikes (batch 25, reused)

BENGALI, TAMIL, TIBETAN, MONGOLIAN, OL_CHIKI, ADLAM = 0x09E6, 0x0BE6, 0x0F20, 0x1810, 0x1C50, 0x1E950


B = Batch(BATCH, OUT)
add = B.add


# ---------------------------------------------------------------- batch 29 number words and digit forms

WORDS = {
    "fi": "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän",
    "et": "null üks kaks kolm neli viis kuus seitse kaheksa üheksa",
    "sl": "nič ena dve tri štiri pet šest sedem osem devet",
    "mk": "нула еден два три четири пет шест седум осум девет",
    "sq": "zero një dy tre katër pesë gjashtë shtatë tetë nëntë",
    "be": "нуль адзін два тры чатыры пяць шэсць сем восем дзевяць",
    "ka": "ნული ერთი ორი სამი ოთხი ხუთი ექვსი შვიდი რვა ცხრა",
    "hy": "զրո մեկ երկու երեք չորս հինգ վեց յոթ ութ ինը",
    "az": "sıfır bir iki üç dörd beş altı yeddi səkkiz doqquz",
    "uz": "nol bir ikki uch toʻrt besh olti yetti sakkiz toʻqqiz",
    "mn": "тэг нэг хоёр гурав дөрөв тав зургаа долоо найм ес",
    "ta": "பூஜ்ஜியம் ஒன்று இரண்டு மூன்று நான்கு ஐந்து ஆறு ஏழு எட்டு ஒன்பது",
    "te": "సున్నా ఒకటి రెండు మూడు నాలుగు ఐదు ఆరు ఏడు ఎనిమిది తొమ్మిది",
    "bn": "শূন্য এক দুই তিন চার পাঁচ ছয় সাত আট নয়",
    "gu": "શૂન્ય એક બે ત્રણ ચાર પાંચ છ સાત આઠ નવ",
    "ml": "പൂജ്യം ഒന്ന് രണ്ട് മൂന്ന് നാല് അഞ്ച് ആറ് ഏഴ് എട്ട് ഒമ്പത്",
    "ur": "صفر ایک دو تین چار پانچ چھ سات آٹھ نو",
    "am": "ዜሮ አንድ ሁለት ሦስት አራት አምስት ስድስት ሰባት ስምንት ዘጠኝ",
    "ha": "sifiri ɗaya biyu uku huɗu biyar shida bakwai takwas tara",
    "yo": "òdo ọ̀kan èjì ẹ̀ta ẹ̀rin àrún ẹ̀fà èje ẹ̀jọ ẹ̀sán",
    "zu": "iqanda kunye kubili kuthathu kune kuhlanu isithupha isikhombisa isishiyagalombili isishiyagalolunye",
    "af": "nul een twee drie vier vyf ses sewe agt nege",
    "gl": "cero un dous tres catro cinco seis sete oito nove",
    "mt": "żero wieħed tnejn tlieta erbgħa ħamsa sitta sebgħa tmienja disgħa",
    "lb": "null eent zwee dräi véier fënnef sechs siwen aacht néng",
    "eo": "nul unu du tri kvar kvin ses sep ok naŭ",
    "my": "သုည တစ် နှစ် သုံး လေး ငါး ခြောက် ခုနစ် ရှစ် ကိုး",
    "ms": "kosong satu dua tiga empat lima enam tujuh lapan sembilan",
    "uk": "нуль один два три чотири пʼять шість сім вісім девʼять",
    "ro": "zero unu doi trei patru cinci șase șapte opt nouă",
    "zh-fin": "零 壹 贰 叁 肆 伍 陆 柒 捌 玖",
    "zh-yao": "零 幺 二 三 四 五 六 七 八 九",
    "ja-kan": "〇 一 二 三 四 五 六 七 八 九",
}


def spell(lang: str, number: str, sep: str = " ", group: str = ", ") -> str:
    """``number``'s digits as the words of ``lang``, groups (split on spaces) joined by ``group``."""
    words = WORDS[lang].split()
    return group.join(sep.join(words[int(c)] for c in g) for g in number.split())


DINGBAT = dict(zip("0123456789", ["\U0001f10b", *(chr(0x2780 + i) for i in range(9))], strict=True))
NEG_DINGBAT = dict(zip("0123456789", ["\U0001f10c", *(chr(0x278A + i) for i in range(9))], strict=True))
AHOM, MRO = 0x11730, 0x16A60
LRE, PDF, LRI, PDI = "\u202a", "\u202c", "\u2066", "\u2069"

# ---- phone ---------------------------------------------------------------
P = add
spelt = [
    ("fi", "Siivoustyötä Lontoossa, asunto järjestetty. Soita: {w}", "020 7946 0731", "GB", " ", ", "),
    ("et", "Töö Sydneys, majutus tasuta. Helista: {w}", "0491 570 118", "AU", " ", " / "),
    ("sl", "Delo v Torontu, bivanje brezplačno. Pokličite: {w}", "416 555 0179", "CA", "-", ", "),
    ("mk", "Работа во Париз, сместување бесплатно. Јавете се: {w}", "01 99 00 73 25", "FR", " ", ", "),
    ("sq", "Punë në Londër, strehim falas. Telefononi: {w}", "020 7946 0864", "GB", " ", " – "),
    ("be", "Праца ў Чыкага, жыллё бясплатна. Тэлефон: {w}", "312 555 0127", "US", " ", ", "),
    ("ka", "სამუშაო სიდნეიში, საცხოვრებელი უფასოა. დარეკეთ: {w}", "0491 570 142", "AU", " ", ", "),
    ("hy", "Աշխատանք Լոնդոնում, կացարանն անվճար է։ Զանգահարեք՝ {w}", "020 7946 0395", "GB", " ", ", "),
    ("az", "Torontoda iş, yaşayış pulsuzdur. Zəng edin: {w}", "647 555 0136", "CA", " ", ", "),
    ("uz", "Parijda ish, turar joy bepul. Qoʻngʻiroq qiling: {w}", "01 99 00 58 16", "FR", " ", ", "),
    ("mn", "Сиднейд ажил, байр үнэгүй. Залгаарай: {w}", "0491 570 187", "AU", " ", ", "),
    ("ta", "லண்டனில் வேலை, தங்குமிடம் இலவசம். அழைக்கவும்: {w}", "020 7946 0512", "GB", " ", ", "),
    ("te", "న్యూయార్క్‌లో ఉద్యోగం, వసతి ఉచితం. కాల్ చేయండి: {w}", "646 555 0185", "US", " ", ", "),
    ("bn", "সিডনিতে কাজ, থাকা বিনামূল্যে। ফোন করুন: {w}", "0491 570 165", "AU", " ", ", "),
    ("gu", "ટોરોન્ટોમાં નોકરી, રહેવાનું મફત. ફોન કરો: {w}", "905 555 0143", "CA", " ", ", "),
    ("ml", "ലണ്ടനിൽ ജോലി, താമസം സൗജന്യം. വിളിക്കൂ: {w}", "020 7946 0647", "GB", " ", ", "),
    ("ur", "دبئی نہیں، لندن میں نوکری، رہائش مفت۔ کال کریں: {w}", "020 7946 0928", "GB", " ", "، "),
    ("am", "በሲድኒ ሥራ፣ መኖሪያ በነፃ። ይደውሉ፦ {w}", "0491 570 109", "AU", " ", "፣ "),
    ("ha", "Aiki a Landan, masauki kyauta. Kira: {w}", "020 7946 0283", "GB", " ", ", "),
    ("yo", "Iṣẹ́ ní Toronto, ibùgbé ọ̀fẹ́. Pè: {w}", "416 555 0162", "CA", " ", ", "),
    ("zu", "Umsebenzi eLondon, indawo yokuhlala mahhala. Shayela: {w}", "020 7946 0446", "GB", " ", ", "),
    ("af", "Werk in Sydney, verblyf gratis. Bel: {w}", "0491 570 124", "AU", " ", "\n"),
    ("gl", "Traballo en París, aloxamento gratuíto. Chama ao {w}", "01 99 00 29 64", "FR", " ", ", "),
    ("mt", "Xogħol f'Londra, akkomodazzjoni b'xejn. Ċempel: {w}", "020 7946 0175", "GB", " ", ", "),
    ("lb", "Aarbecht zu Paräis, Logement gratis. Rufft un: {w}", "01 99 00 61 38", "FR", " ", " · "),
    ("eo", "Laboro en Ĉikago, loĝejo senpaga. Telefonu: {w}", "773 555 0151", "US", " ", ", "),
    ("my", "ဆစ်ဒနီတွင် အလုပ်၊ နေစရာ အခမဲ့။ ဖုန်းဆက်ပါ- {w}", "0491 570 176", "AU", " ", "၊ "),
    ("ms", "Kerja di London, tempat tinggal percuma. Hubungi: {w}", "020 7946 0739", "GB", " ", ", "),
    ("uk", "Робота в Торонто, житло безкоштовно. Дзвоніть:\n{w}", "647 555 0193", "CA", " ", "\n"),
    ("ro", "Muncă la Sydney, cazare gratuită. Sunați la {w}", "0491 570 133", "AU", "-", ", "),
]
for lang, tpl, number, region, sep, group in spelt:
    P("phone", tpl.format(w=spell(lang, number, sep, group)), region, [e164(number, region)], f"{lang}: number words")
P(
    "phone",
    "伦敦招工，包吃住。电话：" + spell("zh-fin", "020 7946 0358", "", " "),
    "GB",
    ["+442079460358"],
    "zh: Chinese financial numerals (大写数字)",
)
P("phone", "芝加哥急招，手机：" + spell("zh-yao", "312 555 0161", "", " "), "US", ["+13125550161"], "zh: 幺 for one")
P(
    "phone",
    "シドニー求人 電話" + spell("ja-kan", "0491570145", "", ""),
    "AU",
    ["+61491570145"],
    "ja: kanji digits unspaced",
)
P("phone", "☎ " + remap("312 555 0174", DINGBAT), "US", ["+13125550174"], "en: dingbat circled sans-serif digits")
P("phone", "☎ " + remap("020 7946 0419", NEG_DINGBAT), "GB", ["+442079460419"], "en-GB: negative circled sans-serif")
P("phone", "txt 4💋1💋6 5💋5💋5 0💋1💋9💋7", "CA", ["+14165550197"], "en: emoji between every digit")
P("phone", "Call 646−555−0172 (after 6pm)", "US", ["+16465550172"], "en: Unicode minus signs as separators")
P("phone", "Mob 0491․570․146", "AU", ["+61491570146"], "en-AU: one-dot leaders as separators")
P("phone", "Tel 020∙7946∙0291", "GB", ["+442079460291"], "en-GB: bullet operators as separators")
P("phone", "Telegram by number: t.me/+13125550166", None, ["+13125550166"], "en: t.me/+ phone link")
P("phone", "sms:+16175550134?&body=Hi%20about%20the%20room", None, ["+16175550134"], "en: sms: URI with body")
P("phone", "FaceTime me: facetime://+14155550128", None, ["+14155550128"], "en: facetime:// URI")
P("phone", '<a href="tel:+33-1-99-00-46-82">Appeler</a>', None, ["+33199004682"], "html: tel: link with hyphens")
P("phone", "Area code: 905 | Number: 555-0126", "CA", ["+19055550126"], "en: area code in a separate field")
P("phone", "call\n4\n1\n5\n5\n5\n5\n0\n1\n1\n4", "US", ["+14155550114"], "en: one digit per line")
P(
    "phone",
    "ring: three-twelve, triple five, oh-one-forty-nine",
    "US",
    ["+13125550149"],
    "en: area code as 'three-twelve', 'triple five'",
)
P(
    "phone",
    "Call me: zero four nine one, five seven zero, one double four",
    "AU",
    ["+61491570144"],
    "en-IN style: 'double four'",
)
P("phone", "WhatsApp: 61491570157", None, ["+61491570157"], "en: country code without plus")
P("phone", "Tel. +1 31 25 55 01 47", None, ["+13125550147"], "en: US number grouped in pairs")
P("phone", "اتصل: " + LRE + "+44 20 7946 0391" + PDF, None, ["+442079460391"], "ar: number inside bidi embedding")
P("phone", "📞 3⃣1⃣2⃣ 5⃣5⃣5⃣ 0⃣1⃣8⃣1⃣", "US", ["+13125550181"], "en: keycap marks without variation selector")
P("phone", "Tel " + native("0491 570 198", AHOM), "AU", ["+61491570198"], "aho: Ahom digits")
P("phone", "Tel " + native("646 555 0139", MRO), "US", ["+16465550139"], "mro: Mro digits")
P(
    "phone",
    "Leeds office 0113 496 0572 · London desk 020 7946 0826",
    "GB",
    ["+441134960572", "+442079460826"],
    "en-GB: Leeds and London numbers in one line",
)
# negatives
P("phone", "ISBN 978-1-312-55501-4, 2nd edition", "US", [], "en: ISBN")
P("phone", "UPS 1Z 999 AA1 01 2345 6784 · 3.12 kg", "US", [], "en: UPS tracking number")
P("phone", "IMEI: 35-209900-176148-1, 128 GB", "GB", [], "en-GB: IMEI")
P("phone", "Order #6465550123 shipped on 2026-11-30", "US", [], "en: order number shaped like a phone")
P("phone", "-37.8136, 144.9631 · 12 km from CBD", "AU", [], "en-AU: coordinates")
P("phone", "Card •••• •••• •••• 0147, exp 03/28", "US", [], "en: masked card number and expiry")
P("phone", "Chambre 3,12 m × 5,55 m · vidéo 01:47", "FR", [], "fr: dimensions and video length")
P("phone", "2026年11月30日 下午3:12 订单号 55501470", "US", [], "zh: date, time, order number")
P("phone", "SIRET 199 004 217 00015 · TVA FR 42 199004217", "FR", [], "fr: SIRET and VAT numbers")

# ---- email ---------------------------------------------------------------
E = add
E("email", "Hakemukset: tyo.hki miukumauku example piste com", None, ["tyo.hki@example.com"], "fi: miukumauku / piste")
E("email", "CV saatke: too.tln ät example punkt com", None, ["too.tln@example.com"], "et: ät / punkt")
E("email", "Prijave: delo.lj afna example pika com", None, ["delo.lj@example.com"], "sl: afna / pika")
E("email", "CV на: rabota.sof кльомба example точка com", None, ["rabota.sof@example.com"], "bg: кльомба / точка")
E("email", "Резюме: robota.lviv равлик example крапка net", None, ["robota.lviv@example.net"], "uk: равлик / крапка")
E("email", "Рэзюмэ: praca.minsk сабачка example кропка org", None, ["praca.minsk@example.org"], "be: сабачка / кропка")
E("email", "CV-uri la: munca.cluj a rond example punct com", None, ["munca.cluj@example.com"], "ro: a rond / punct")
E("email", "Søknad: jobb.osl krøllalfa example punktum com", None, ["jobb.osl@example.com"], "no: krøllalfa / punktum")
E("email", "Umsóknir: vinna.rvk hjá example punktur com", None, ["vinna.rvk@example.com"], "is: hjá / punktur")
E(
    "email",
    "Bidali CVa: lana.bilbo a bildua example puntu com",
    None,
    ["lana.bilbo@example.com"],
    "eu: a bildua / puntu",
)
E("email", "Skribu al: laboro.eo ĉe example punkto org", None, ["laboro.eo@example.org"], "eo: ĉe / punkto")
E("email", "Stuur CV: werk.kpt by example punt com", None, ["werk.kpt@example.com"], "af: by / punt")
E("email", "Gửi CV: viec.hcm a còng example chấm com", None, ["viec.hcm@example.com"], "vi: a còng / chấm")
E("email", "Kirim lamaran: loker.sby et example titik com", None, ["loker.sby@example.com"], "id: et / titik")
E("email", "ส่งประวัติ: ngan.bkk แอท example ดอท com", None, ["ngan.bkk@example.com"], "th: แอท / ดอท")
E("email", "மின்னஞ்சல்: velai.chn அட் example டாட் com", None, ["velai.chn@example.com"], "ta: அட் / டாட்")
E("email", "ইমেইল: kaj.dhaka অ্যাট example ডট com", None, ["kaj.dhaka@example.com"], "bn: অ্যাট / ডট")
E("email", "ای میل: naukri.lhr ایٹ example ڈاٹ com", None, ["naukri.lhr@example.com"], "ur: ایٹ / ڈاٹ")
E("email", "Rezyume: ish.tosh kuchukcha example nuqta com", None, ["ish.tosh@example.com"], "uz: kuchukcha / nuqta")
E("email", "CV göndərin: is.baku at example nöqtə com", None, ["is.baku@example.com"], "az: at / nöqtə")
E("email", "Анкет: ajil.ub at example цэг com", None, ["ajil.ub@example.com"], "mn: at / цэг")
E("email", "ኢሜይል: sira.addis አት example ነጥብ com", None, ["sira.addis@example.com"], "am: አት / ነጥብ")
E("email", "Dërgo CV: pune.tr et example pikë com", None, ["pune.tr@example.com"], "sq: et / pikë")
E("email", "이메일: alba.busan 앳 example 닷 com", None, ["alba.busan@example.com"], "ko: 앳 / 닷")
E("email", "邮箱：qiuzhi.sz 圈a example 点 net", None, ["qiuzhi.sz@example.net"], "zh: 圈a / 点")
E(
    "email",
    "めーる：baito.kyoto あっと example どっと com",
    None,
    ["baito.kyoto@example.com"],
    "ja: hiragana あっと / どっと",
)
E("email", "пиши: vera.k собачка example тчк com", None, ["vera.k@example.com"], "ru: собачка / тчк")
E(
    "email",
    "Bewerbung an: jobs.wien ät example Punkt at, sorry: Punkt org",
    None,
    ["jobs.wien@example.org"],
    "de: ät with a corrected TLD",
)
E(
    "email",
    "Courriel : emploi.qc a commercial example point net",
    None,
    ["emploi.qc@example.net"],
    "fr-CA: 'a commercial' / point",
)
E(
    "email",
    "Scrivimi: lavoro.na chiocciolina example punto org",
    None,
    ["lavoro.na@example.org"],
    "it: diminutive chiocciolina",
)
E("email", "Pisz na: praca.krk małpka example kropka com", None, ["praca.krk@example.com"], "pl: diminutive małpka")
E("email", "mail: lena.k﹫example.com", None, ["lena.k@example.com"], "en: small commercial at")
E("email", "mail: nina ⓐⓣ example ⓓⓞⓣ com", None, ["nina@example.com"], "en: circled letters for at / dot")
E("email", "Yhteys: rekry(a)example.org", None, ["rekry@example.org"], "fi: (a) for @")
E("email", "連絡先：ami.k@example。com", None, ["ami.k@example.com"], "ja: ideographic full stop for the dot")
E("email", "contact: hr@example·net", None, ["hr@example.net"], "en: middle dot for the dot")
E("email", "anna.berg@NOSPAMexample.com (remove NOSPAM)", None, ["anna.berg@example.com"], "en: NOSPAM insert")
E("email", "mailto:hr.team@example.org?subject=CV%20Driver", None, ["hr.team@example.org"], "url: mailto with subject")
E(
    "email",
    "BEGIN:VCARD\nFN:Dana Lee\nEMAIL;TYPE=INTERNET:Dana.Lee@Example.com\nEND:VCARD",
    None,
    ["dana.lee@example.com"],
    "vcard: EMAIL line, mixed case",
)
E("email", '{"name": "Ivo", "email": "ivo.p@example.net"}', None, ["ivo.p@example.net"], "json: email field")
E(
    "email",
    "Kontakt (Flyer-Scan): bewerbung@exam-\nple.com",
    None,
    ["bewerbung@example.com"],
    "de: OCR hyphenation break inside the domain",
)
E("email", "recruit" + SHY + "ment@example.org", None, ["recruitment@example.org"], "en: soft hyphen inside")
E("email", "البريد: " + LRI + "sara.a@example.com" + PDI, None, ["sara.a@example.com"], "ar: inside bidi isolates")
E(
    "email",
    "I'm Tom Reed and my email is tom dot reed at example dot net",
    None,
    ["tom.reed@example.net"],
    "en: spoken in a sentence",
)
E("email", "lucy AT-SIGN example PERIOD com", None, ["lucy@example.com"], "en: AT-SIGN / PERIOD")
E("email", "INFO@EXAMPLE.ORG", None, ["info@example.org"], "en: all capitals")
E("email", "CVs: jobs+driver@example.com", None, ["jobs+driver@example.com"], "en: plus sub-address")
E("email", "Ольга Миронова <olga.m@example.org>", None, ["olga.m@example.org"], "ru: display name in Cyrillic")
E(
    "email",
    "Envía tu CV a cv@example.com o a rrhh@example.net",
    None,
    ["cv@example.com", "rrhh@example.net"],
    "es: two addresses joined by 'o'",
)
E("email", "e-mail:\nkasia.w\n@\nexample.com", None, ["kasia.w@example.com"], "pl: address over three lines")
E("email", "Mail 👉 m.ortiz@example.com👈", None, ["m.ortiz@example.com"], "en: pointing emoji glued after")
# negatives
E("email", "Assets: icon@2x.png, logo@3x.png", None, [], "dev: retina image names")
E("email", "npm i @babel/core@7.24.0", None, [], "dev: scoped npm package with version")
E("email", "@Override public String toString()", None, [], "dev: Java annotation")
E("email", "ssh deploy@203.0.113.7 -p 2222", None, [], "dev: ssh login")
E("email", "3 kg @ €4.50 · example.net/shop", None, [], "en: unit price and shop URL")
E("email", "Follow @example.com on X for news", None, [], "en: domain-like handle")
E("email", "Kontakt: [email protected]", None, [], "de: Cloudflare-protected placeholder, no address")
E("email", "Twitter: @lena_art · web: example.org", None, [], "en: handle and domain")
E("email", "E-mail on request via the form at example.com", None, [], "en: address withheld")

# ---- handle --------------------------------------------------------------
H = add
H("handle", "x.com/lina_runs", None, ["twitter:lina_runs"], "en: x.com profile")
H("handle", "x.com/mara_ph/status/1799123456789012345", None, ["twitter:mara_ph"], "en: x.com status link")
H("handle", "fb.com/olga.rabota", None, ["facebook:olga.rabota"], "ru: fb.com short link")
H("handle", "www.instagram.com/maya.glow/?hl=en", None, ["instagram:maya.glow"], "en: Instagram link with ?hl")
H(
    "handle",
    "instagram.com/stories/nika.vibes/3345678901234567890",
    None,
    ["instagram:nika.vibes"],
    "en: Instagram story link",
)
H("handle", "tiktok.com/@zoe.cooks/video/7312345678901234567", None, ["tiktok:zoe.cooks"], "en: TikTok video link")
H("handle", "t.me/s/vacancies_dubai", None, ["telegram:vacancies_dubai"], "en: t.me/s web preview")
H("handle", "onlyfans.com/bella_noir/media", None, ["onlyfans:bella_noir"], "en: OnlyFans media tab")
H("handle", "snapchat.com/@jenna.sc", None, ["snapchat:jenna.sc"], "en: snapchat.com/@ link")
H("handle", "line.me/ti/p/~kanya_bkk", None, ["line:kanya_bkk"], "th: line.me/ti/p/~ link")
H("handle", "m.vk.com/katya_sochi", None, ["vk:katya_sochi"], "ru: mobile VK link")
H("handle", "Signal: nika.07", None, ["signal:nika.07"], "en: Signal username")
H("handle", "телега: @vera_job", None, ["telegram:vera_job"], "ru: slang 'телега'")
H("handle", "ТГ — @masha_msk", None, ["telegram:masha_msk"], "ru: Cyrillic ТГ")
H("handle", "电报：@lili_work", None, ["telegram:lili_work"], "zh: 电报 for Telegram")
H("handle", "TG号：anan_666", None, ["telegram:anan_666"], "zh: TG号")
H("handle", "ins：cici.sh", None, ["instagram:cici.sh"], "zh: 'ins' for Instagram")
H("handle", "脸书：mei.lin.hk", None, ["facebook:mei.lin.hk"], "zh: 脸书 for Facebook")
H("handle", "ツイッター：@haru_x", None, ["twitter:haru_x"], "ja: ツイッター")
H("handle", "ไอดีไลน์: somchai.bkk", None, ["line:somchai.bkk"], "th: ไอดีไลน์ (LINE ID)")
H("handle", "Tele: @linh_hn", None, ["telegram:linh_hn"], "vi: 'Tele'")
H("handle", "انستقرام: @reem.style", None, ["instagram:reem.style"], "ar: انستقرام")
H("handle", "تيك توك: @dana.dxb", None, ["tiktok:dana.dxb"], "ar: تيك توك")
H("handle", "ٹیلیگرام: @ali_jobs_khi", None, ["telegram:ali_jobs_khi"], "ur: ٹیلیگرام")
H("handle", "אינסטגרם: @noa.tlv", None, ["instagram:noa.tlv"], "he: אינסטגרם")
H("handle", "Ίνστα: @eleni.ath", None, ["instagram:eleni.ath"], "el: Ίνστα")
H("handle", "Телеграм-канал: @robota_kyiv", None, ["telegram:robota_kyiv"], "uk: Телеграм-канал")
H("handle", "Snap'ten ekle: elif.snp", None, ["snapchat:elif.snp"], "tr: Snap'ten ekle")
H("handle", "follow ig aku ya @putri.jkt", None, ["instagram:putri.jkt"], "id: 'ig aku'")
H("handle", "FB ko: joy.reyes.mnl", None, ["facebook:joy.reyes.mnl"], "tl: 'FB ko'")
H("handle", "स्नैपचैट: @priya.snaps", None, ["snapchat:priya.snaps"], "hi: स्नैपचैट")
H("handle", "틱톡: @minji.dance", None, ["tiktok:minji.dance"], "ko: 틱톡")
H("handle", "Me chama no Insta: @bia.rj", None, ["instagram:bia.rj"], "pt-BR: 'no Insta'")
H("handle", "agrégame al snap: vale.mx", None, ["snapchat:vale.mx"], "es: 'al snap'")
H("handle", "Schreib mir auf Telegram: @lena_berlin", None, ["telegram:lena_berlin"], "de: 'auf Telegram'")
H("handle", "Ajoute-moi sur Snap : chloe.prs", None, ["snapchat:chloe.prs"], "fr: 'sur Snap'")
H("handle", cyr("Instagram") + ": @mila.rose", None, ["instagram:mila.rose"], "en: Cyrillic look-alikes in the cue")
H("handle", "1nsta: kiara.x", None, ["instagram:kiara.x"], "en: digit one in 'insta'")
H("handle", "t e l e g r a m: @sun_hee", None, ["telegram:sun_hee"], "en: letter-spaced cue")
H("handle", "T.G.: @rio_ops", None, ["telegram:rio_ops"], "en: dotted abbreviation")
H("handle", "sn@p: tina.b", None, ["snapchat:tina.b"], "en: @ inside 'snap'")
H("handle", "\U0001d540\U0001d53e: @ava.luxe", None, ["instagram:ava.luxe"], "en: double-struck IG")
H("handle", "Snap: k a t i e _ 2 2", None, ["snapchat:katie_22"], "en: letter-spaced user name")
H("handle", "Telegram: @ro" + ZWSP + "sa_vip", None, ["telegram:rosa_vip"], "en: zero-width space in the name")
H("handle", "💬 WeChat: ling_gz520", None, ["wechat:ling_gz520"], "zh/en: WeChat with speech bubble")
H(
    "handle",
    "mismo usuario en IG y TikTok: @sofi.bcn",
    None,
    ["instagram:sofi.bcn", "tiktok:sofi.bcn"],
    "es: same name on two platforms",
)
H("handle", "инст и тг: @kira_spb", None, ["instagram:kira_spb", "telegram:kira_spb"], "ru: инст и тг")
H("handle", "pm @dayo_ng for details", None, ["unknown:dayo_ng"], "en: no platform named")
H("handle", "kik ➜ lexi.kik", None, ["kik:lexi.kik"], "en: kik with an arrow")
H("handle", "Discord username: koda.gg", None, ["discord:koda.gg"], "en: Discord username label")
H("handle", "Skype → rina.works", None, ["skype:rina.works"], "en: Skype with an arrow")
# negatives
H("handle", "t.me/joinchat/AAAAAE1x2y3Zq", None, [], "en: Telegram invite link")
H("handle", "t.me/+AbCdEf123xyz", None, [], "en: Telegram private invite")
H("handle", "instagram.com/reel/C9AbCdEfGh/", None, [], "en: Instagram reel link")
H("handle", "x.com/search?q=jobs%20london", None, [], "en: X search link")
H("handle", "tiktok.com/tag/nails", None, [], "en: TikTok tag page")
H("handle", "facebook.com/groups/1234567890/", None, [], "en: Facebook group")
H("handle", "vm.tiktok.com/ZMabc123/", None, [], "en: TikTok short link")
H("handle", "Instagram down again? 😩", None, [], "en: platform named, no handle")
H("handle", "Telegram: скоро / soon", None, [], "ru/en: platform named, no handle yet")

# ---- payment -------------------------------------------------------------
Y = add
Y("payment", "Cash App: \ufe69LilyMae", None, ["cashapp:$lilymae"], "en: small dollar sign")
Y("payment", "cash.app/$NoraVee/25", None, ["cashapp:$noravee"], "en: cash.app link with an amount")
Y("payment", "C@sh App $TiaLux", None, ["cashapp:$tialux"], "en: @ inside 'cash'")
Y("payment", "Mi Cash App es $YaraM", None, ["cashapp:$yaram"], "es: 'mi Cash App es'")
Y("payment", "Cashtag 💚 $GiGiBaby", None, ["cashapp:$gigibaby"], "en: cashtag with green heart")
Y("payment", "cash app (the green one): $PeachyK", None, ["cashapp:$peachyk"], "en: aside before the tag")
Y("payment", "CashApp:$RemyRo", None, ["cashapp:$remyro"], "en: label glued to the tag")
Y("payment", full("CashApp") + ": $SuriLA", None, ["cashapp:$surila"], "ja/en: full-width CashApp")
Y("payment", "ᴄᴀꜱʜᴀᴘᴘ: $Daisy77", None, ["cashapp:$daisy77"], "en: small-capital letters")
Y("payment", "cashapp $ MiaRose", None, ["cashapp:$miarose"], "en: space after $")
Y("payment", "KashApp $BriB", None, ["cashapp:$brib"], "en: misspelt KashApp")
Y("payment", "C.A. — $Jolie_X", None, ["cashapp:$jolie_x"], "en: dotted abbreviation")
Y("payment", "Voye lajan sou Cash App: $MarieHT", None, ["cashapp:$marieht"], "ht: 'sou Cash App'")
Y("payment", "Padala sa Cash App: $JoyPH", None, ["cashapp:$joyph"], "tl: 'sa Cash App'")
Y("payment", "Chuyển qua Cash App: $LanNguyen", None, ["cashapp:$lannguyen"], "vi: 'qua Cash App'")
Y("payment", "Cash App账号：$MeiLA", None, ["cashapp:$meila"], "zh: Cash App账号")
Y("payment", "كاش آب: $NourLA", None, ["cashapp:$nourla"], "ar: كاش آب")
Y("payment", "कैश ऐप: $PriyaNJ", None, ["cashapp:$priyanj"], "hi: कैश ऐप")
Y("payment", "venmo.com/Lacey-Ng", None, ["venmo:lacey-ng"], "en: venmo.com link without /u/")
Y("payment", "V3nm0: @Kendra-Cole", None, ["venmo:kendra-cole"], "en: leet-spelt Venmo")
Y("payment", "venmo me @Rory-Blue", None, ["venmo:rory-blue"], "en: 'venmo me'")
Y("payment", "Manda no Venmo: @Bia-Santos", None, ["venmo:bia-santos"], "pt-BR: 'no Venmo'")
Y("payment", "Venmo账号：@Xia-Wang", None, ["venmo:xia-wang"], "zh: Venmo账号")
Y("payment", "Venmo ko: @Joy-Dela-Cruz", None, ["venmo:joy-dela-cruz"], "tl: 'Venmo ko'")
Y("payment", "Венмо: @Alina-Petrova", None, ["venmo:alina-petrova"], "ru: Венмо")
Y("payment", "ᴠᴇɴᴍᴏ: @Skye-Rain", None, ["venmo:skye-rain"], "en: small-capital Venmo")
Y("payment", "paypal.com/paypalme/HannaK", None, ["paypal:hannak"], "de: paypal.com/paypalme link")
Y("payment", "https://www.paypal.com/paypalme/EmmaLou/10", None, ["paypal:emmalou"], "en: paypalme with an amount")
Y("payment", "贝宝：paypal.me/XiaoLi", None, ["paypal:xiaoli"], "zh: 贝宝 for PayPal")
Y("payment", "باي بال: paypal.me/SalmaR", None, ["paypal:salmar"], "ar: باي بال")
Y("payment", "פייפאל: paypal.me/NoaL", None, ["paypal:noal"], "he: פייפאל")
Y("payment", "paypal.me/JanaM?locale.x=de_DE", None, ["paypal:janam"], "de: paypal.me with locale query")
Y("payment", "paypal(.)me/LeaF", None, ["paypal:leaf"], "fr: bracketed dot in paypal.me")
Y("payment", "paypal dot me slash RosieP", None, ["paypal:rosiep"], "en: paypal.me spelt out")
Y("payment", "PP: paypal.me/KiraW", None, ["paypal:kiraw"], "en: PP abbreviation")
Y("payment", cyr("paypal.me/") + "MilaS", None, ["paypal:milas"], "ru/en: Cyrillic look-alikes in paypal.me")
Y("payment", "paypal.me/ AnyaB", None, ["paypal:anyab"], "en: space after the slash")
Y("payment", "Acconto su Revolut: @chiarap", None, ["revolut:chiarap"], "it: 'su Revolut'")
Y("payment", "Adelanto por Revolut: @luciam", None, ["revolut:luciam"], "es: 'por Revolut'")
Y("payment", "Sinal pelo Revolut: @inesr", None, ["revolut:inesr"], "pt: 'pelo Revolut'")
Y("payment", "Acompte sur Revolut : @camilled", None, ["revolut:camilled"], "fr: 'sur Revolut'")
Y("payment", "Anzahlung per Revolut: @lenah", None, ["revolut:lenah"], "de: 'per Revolut'")
Y("payment", "Zaliczka na Revolut: @zosiak", None, ["revolut:zosiak"], "pl: 'na Revolut'")
Y("payment", "Záloha přes Revolut: @terezan", None, ["revolut:terezan"], "cs: 'přes Revolut'")
Y("payment", "Ara prek Revoluta: @spelab", None, ["revolut:spelab"], "sl: 'prek Revoluta'")
Y("payment", "Avansas per Revolut: @gretaj", None, ["revolut:gretaj"], "lt: 'per Revolut'")
Y("payment", "Ennakko Revolutin kautta: @aino.v", None, ["revolut:aino.v"], "fi: 'Revolutin kautta'")
Y("payment", "Προκαταβολή μέσω Revolut: @marias", None, ["revolut:marias"], "el: 'μέσω Revolut'")
Y("payment", "Завдаток через Revolut: @oksanak", None, ["revolut:oksanak"], "uk: 'через Revolut'")
Y("payment", "monzo.me/harrietw?d=Rent", None, ["monzo:harrietw"], "en-GB: monzo.me with description query")
Y("payment", "Pay my Monzo → monzo.me/evied", None, ["monzo:evied"], "en-GB: 'my Monzo'")
Y(
    "payment",
    "CA $LexiQ / PP paypal.me/LexiQ / Rev @lexiq",
    None,
    ["cashapp:$lexiq", "paypal:lexiq", "revolut:lexiq"],
    "en: three abbreviations",
)
Y(
    "payment",
    "Pagos: Venmo @Ana-Gil o Cash App $AnaGil",
    None,
    ["venmo:ana-gil", "cashapp:$anagil"],
    "es: two services joined by 'o'",
)
# negatives
Y("payment", "$BTC pumping, $ETH next 🚀", None, [], "en: crypto cashtags")
Y("payment", "Price: $45/hr, $200 deposit", None, [], "en: amounts")
Y("payment", "paypal.com/signin?country.x=US", None, [], "en: PayPal sign-in page")
Y("payment", "revolut.com/business", None, [], "en: Revolut business page")
Y("payment", "Venmo accepted 👍 (ask for details)", None, [], "en: service named, no tag")
Y("payment", "cash.app/legal/us/en-us/tos", None, [], "en: Cash App legal page")
Y("payment", "monzo.com/features/pots", None, [], "en-GB: Monzo feature page")
Y("payment", "PayPal fee 2.9% + $0.30", None, [], "en: PayPal fee")
Y("payment", "US$ 1,200 / month, AU$ 50 bonus", None, [], "en: currency codes with $")

# ---- crypto --------------------------------------------------------------
C = add
labels = [
    ("de", "Wallet-Adresse (BTC): {a}", btc_wpkh),
    ("fr", "Adresse du portefeuille (USDT TRC20) : {a}", trx),
    ("es", "Dirección de la billetera (ETH): {a}", eth),
    ("it", "Indirizzo del portafoglio (BTC): {a}", btc_tr),
    ("pl", "Adres portfela (USDT TRC20): {a}", trx),
    ("ro", "Adresa portofelului (LTC): {a}", ltc_l),
    ("hu", "Tárcacím (ETH): {a}", eth),
    ("fi", "Lompakon osoite (BTC): {a}", btc_p2sh),
    ("et", "Rahakoti aadress (USDT TRC20): {a}", trx),
    ("sl", "Naslov denarnice (BTC): {a}", btc_p2pkh),
    ("bg", "Адрес на портфейла (ETH): {a}", eth),
    ("uk", "Адреса гаманця (USDT TRC20): {a}", trx),
    ("ru", "Адрес кошелька (BTC): {a}", btc_wsh),
    ("ko", "지갑 주소 (USDT TRC20): {a}", trx),
    ("id", "Alamat wallet (ETH): {a}", eth),
    ("tl", "Address ng wallet (USDT TRC20): {a}", trx),
    ("sw", "Anwani ya pochi (BTC): {a}", btc_wpkh),
    ("ur", "والٹ ایڈریس (USDT TRC20): {a}", trx),
    ("bn", "ওয়ালেট ঠিকানা (ETH): {a}", eth),
    ("ta", "வாலட் முகவரி (BTC): {a}", btc_tr),
    ("az", "Pul kisəsi ünvanı (USDT TRC20): {a}", trx),
    ("uz", "Hamyon manzili (SOL): {a}", sol),
    ("ka", "საფულის მისამართი (ETH): {a}", eth),
    ("hy", "Դրամապանակի հասցե (BTC): {a}", btc_wpkh),
    ("mn", "Түрийвчний хаяг (USDT TRC20): {a}", trx),
    ("am", "የዋሌት አድራሻ (LTC): {a}", ltc_w),
    ("my", "ပိုက်ဆံအိတ်လိပ်စာ (USDT TRC20): {a}", trx),
    ("sq", "Adresa e portofolit (DOGE): {a}", doge),
    ("mk", "Адреса на паричник (XMR): {a}", xmr),
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
    a = fn(f"label29-{lang}-{i}")
    value = a.lower() if fn is eth else a
    C("crypto", tpl.format(a=a), None, [f"{CHAIN[fn]}:{value}"], f"{lang}: {fn.__name__} with local label")
a = trx("tronscan")
C("crypto", f"https://tronscan.org/#/address/{a}", None, [f"trx:{a}"], "url: tronscan address page")
a = eth("etherscan")
C("crypto", f"etherscan.io/address/{a}#tokentxns", None, [f"eth:{a.lower()}"], "url: etherscan with fragment")
a = btc_wpkh("blockstream")
C("crypto", f"https://blockstream.info/address/{a}", None, [f"btc:{a}"], "url: blockstream.info page")
a = sol("solscan")
C("crypto", f"solscan.io/account/{a}", None, [f"sol:{a}"], "url: solscan account page")
a = doge("dogechain")
C("crypto", f"dogechain.info/address/{a}", None, [f"doge:{a}"], "url: dogechain page")
a = ltc_w("litecoinspace")
C("crypto", f"litecoinspace.org/address/{a}", None, [f"ltc:{a}"], "url: litecoinspace page")
a = btc_wpkh("bip21-upper")
C("crypto", f"BITCOIN:{a.upper()}?AMOUNT=0.01", None, [f"btc:{a}"], "uri: upper-case BIP 21 (QR mode)")
a = btc_p2sh("bip21-label")
C("crypto", f"bitcoin:{a}?label=Room%202&amount=0.004", None, [f"btc:{a}"], "uri: BIP 21 with label")
a = trx("groups4")
C(
    "crypto",
    "TRC20: " + " ".join(a[i : i + 4] for i in range(0, len(a), 4)),
    None,
    [f"trx:{a}"],
    "en: TRON address in groups of four",
)
a = btc_tr("groups-tr")
C(
    "crypto",
    "BTC (Taproot):\n" + " ".join(a[i : i + 6] for i in range(0, len(a), 6)),
    None,
    [f"btc:{a}"],
    "en: taproot address in groups of six",
)
a = eth("full-stop")
C("crypto", f"Send the deposit in ETH to {a}.", None, [f"eth:{a.lower()}"], "en: full stop after the address")
a = ltc_m("angle")
C("crypto", f"LTC <{a}>", None, [f"ltc:{a}"], "en: address in angle brackets")
a = btc_p2pkh("html-code")
C("crypto", f"<p>BTC: <code>{a}</code></p>", None, [f"btc:{a}"], "html: code element")
a = trx("json")
C("crypto", f'{{"usdt_trc20": "{a}", "min": 50}}', None, [f"trx:{a}"], "json: address field")
a = eth("twice")
C("crypto", f"ETH {a}\n(again: {a})", None, [f"eth:{a.lower()}"], "en: same address twice")
a = sol("coin-emoji")
C("crypto", f"🪙 SOL ➜ {a}", None, [f"sol:{a}"], "en: coin emoji and arrow")
a = xmr("three-lines")
C("crypto", f"XMR:\n{a[:32]}\n{a[32:64]}\n{a[64:]}", None, [f"xmr:{a}"], "en: Monero over three lines")
a = eth("shy")
C("crypto", "ETH: " + a[:20] + SHY + a[20:], None, [f"eth:{a.lower()}"], "en: soft hyphen inside ETH")
a = doge_p2sh("list")
C("crypto", f"• DOGE (multisig): {a}\n• fees on me", None, [f"doge:{a}"], "en: Dogecoin P2SH in a bullet list")
a = xmr_sub("bold")
C("crypto", f"XMR subaddress: **{a}**", None, [f"xmr:{a}"], "markdown: bold Monero subaddress")
a = btc_wpkh("corner")
C("crypto", f"比特币地址「{a}」", None, [f"btc:{a}"], "zh: corner brackets")
a = trx("glued-cjk")
C("crypto", f"USDT-TRC20地址：{a}（请勿转ERC20）", None, [f"trx:{a}"], "zh: full-width colon and bracket glued")
a1, a2, a3 = btc_p2sh("trio-btc"), ltc_l("trio-ltc"), doge("trio-doge")
C(
    "crypto",
    f"BTC {a1}\nLTC {a2}\nDOGE {a3}",
    None,
    [f"btc:{a1}", f"ltc:{a2}", f"doge:{a3}"],
    "en: three coins on three lines",
)
# negatives
a = trx("truncated")
C("crypto", f"TRX: {a[:6]}…{a[-4:]} (full address in DM)", None, [], "en: truncated address")
C("crypto", "Tx: 0x" + seed("txhash").hex(), None, [], "en: Ethereum transaction hash")
a = eth("bad-eip55")
i = next(k for k, c in enumerate(a[2:], 2) if c.isalpha())
bad = a[:i] + a[i].swapcase() + a[i + 1 :]
assert not check_eth(bad)
C("crypto", f"ETH: {bad}", None, [], "en: EIP-55 checksum broken by one letter's case")
a = trx("one-char-trx")
bad = a[:-5] + ("X" if a[-5] != "X" else "Y") + a[-4:]
assert not check_b58c(bad, {0x41})
C("crypto", f"USDT TRC20: {bad}", None, [], "en: TRON address with one character changed")
a = btc_wpkh("mixed-case")
bad = a[:20] + a[20:].upper()
assert not check_segwit(bad, "bc")
C("crypto", f"BTC: {bad}", None, [], "en: bech32 in mixed case (invalid)")
cid = base58.b58encode(b"\x12\x20" + seed("ipfs")).decode()
C("crypto", f"ipfs://{cid}", None, [], "en: IPFS CID")
wif = base58.b58encode_check(b"\x80" + seed("wif")).decode()
C("crypto", f"Never post keys like this: {wif}", None, [], "en: WIF private key")
C("crypto", "order id 3f2a9c4e-8b1d-4e7a-9c2f-0d5b6a7e8f91", None, [], "en: UUID")
C("crypto", "Send 0.05 BTC to the address in my bio", None, [], "en: coin named, no address")

# ---- age -----------------------------------------------------------------
A = add
A("age", "Olen 22-vuotias, Tampereelta", None, ["22"], "fi: '-vuotias'")
A("age", "Olen 21-aastane, Tartust", None, ["21"], "et: '-aastane'")
A("age", "Stara sem 22 let, iz Maribora", None, ["22"], "sl: 'stara sem … let'")
A("age", "Mám 21 rokov, z Košíc", None, ["21"], "sk: 'mám … rokov'")
A("age", "Am 22 de ani, din Iași", None, ["22"], "ro: 'am … de ani'")
A("age", "На 23 години съм, от Пловдив", None, ["23"], "bg: 'на … години съм'")
A("age", "Мені 21 рік, зі Львова", None, ["21"], "uk: 'мені … рік'")
A("age", "Мне 22 гады, з Гродна", None, ["22"], "be: 'мне … гады'")
A("age", "22 წლის ვარ, ბათუმიდან", None, ["22"], "ka: 'წლის ვარ'")
A("age", "23 տարեկան եմ, Գյումրիից", None, ["23"], "hy: 'տարեկան եմ'")
A("age", "22 yaşım var, Gəncədən", None, ["22"], "az: 'yaşım var'")
A("age", "21 yoshdaman, Samarqanddan", None, ["21"], "uz: 'yoshdaman'")
A("age", "22 настай, Дарханаас", None, ["22"], "mn: 'настай'")
A("age", "வயது 22, மதுரை", None, ["22"], "ta: 'வயது'")
A("age", "నా వయస్సు 21, విజయవాడ", None, ["21"], "te: 'వయస్సు'")
A("age", "বয়স " + native("22", BENGALI) + ", খুলনা", None, ["22"], "bn: Bengali digits, 'বয়স'")
A("age", "ઉંમર " + native("23", GUJARATI) + " વર્ષ, સુરત", None, ["23"], "gu: Gujarati digits, 'ઉંમર … વર્ષ'")
A("age", "പ്രായം 22, കൊച്ചി", None, ["22"], "ml: 'പ്രായം'")
A("age", "عمر " + native("21", PERSIAN) + " سال، لاہور", None, ["21"], "ur: Urdu digits, 'عمر … سال'")
A("age", "ዕድሜ 22 ዓመት፣ አዳማ", None, ["22"], "am: 'ዕድሜ … ዓመት'")
A("age", "Shekaruna 22, daga Kano", None, ["22"], "ha: 'shekaruna'")
A("age", "Ọmọ ọdún 21 ni mí, láti Ìbàdàn", None, ["21"], "yo: 'ọmọ ọdún'")
A("age", "Ngineminyaka engu-22, ngivela eThekwini", None, ["22"], "zu: 'ngineminyaka engu-'")
A("age", "Ek is 23 jaar oud, van Pretoria", None, ["23"], "af: 'jaar oud'")
A("age", "Jam 22 vjeçe, nga Durrësi", None, ["22"], "sq: 'vjeçe'")
A("age", "Имам 21 година, од Битола", None, ["21"], "mk: 'имам … година'")
A("age", "Teño 22 anos, de Vigo", None, ["22"], "gl: 'teño … anos'")
A("age", "Għandi 23 sena, minn Għawdex", None, ["23"], "mt: 'għandi … sena'")
A("age", "Mi estas 22-jara, el Lyon", None, ["22"], "eo: '-jara'")
A("age", "Umur 21 tahun, dari Ipoh", None, ["21"], "ms: 'umur … tahun'")
A("age", "အသက် " + native("22", MYANMAR) + " နှစ်၊ မန္တလေး", None, ["22"], "my: Myanmar digits, 'အသက် … နှစ်'")
A("age", "Jeg er 22 år, fra Bergen", None, ["22"], "no: 'jeg er … år'")
A("age", "Ich bin zweiundzwanzig, aus Graz", None, ["22"], "de-AT: compound number word")
A("age", "J'ai vingt-trois ans, de Nantes", None, ["23"], "fr: 'vingt-trois ans'")
A("age", "Ho ventun anni, di Torino", None, ["21"], "it: elided 'ventun'")
A("age", "Mam dwadzieścia dwa lata", None, ["22"], "pl: number words with 'lata'")
A("age", "Мне двадцать один год, из Самары", None, ["21"], "ru: number words with 'год'")
A("age", "Am douăzeci și doi de ani", None, ["22"], "ro: number words")
A("age", "Em hai mươi mốt tuổi", None, ["21"], "vi: 'hai mươi mốt'")
A("age", "Umur dua puluh dua tahun", None, ["22"], "id: 'dua puluh dua'")
A("age", "Yirmi üç yaşındayım", None, ["23"], "tr: number words")
A("age", "Olen kaksikymmentäyksivuotias", None, ["21"], "fi: one-word compound with -vuotias")
A("age", "廿二岁，东莞", None, ["22"], "zh: 廿 for twenty")
A("age", "２２歳、福岡出身", None, ["22"], "ja: full-width digits with 歳")
A("age", "22세, 부산", None, ["22"], "ko: 세")
A("age", "22歲，台中", None, ["22"], "zh-TW: 歲")
A("age", "A/S/L: 22/f/Lagos", None, ["22"], "en: a/s/l triple")
A("age", "[23F] looking for a room share", None, ["23"], "en: [23F] tag")
A("age", "Mia (21), new in Leeds", None, ["21"], "en: age in brackets after a name")
A("age", "Olen 16-vuotias ja etsin kesätyötä", None, ["16"], "fi: a minor")
A("age", "I'm sixteen and need any job", None, ["16"], "en: a minor, number word")
# negatives
A("age", "Must be 18+ with a valid passport", None, [], "en: age requirement, no person's age")
A("age", "22 years warranty on the roof", None, [], "en: warranty")
A("age", "Whisky 18 años, 70 cl", None, [], "es: whisky age")
A("age", "Route 21, exit 22, 22:30", None, [], "en: route, exit, time")
A("age", "Temperatura 22 °C, umidità 21 %", None, [], "it: temperature and humidity")
A("age", "Apartment 22, built 21 years ago", None, [], "en: flat number and building age")
A("age", "Chapter 22, page 21", None, [], "en: chapter and page")
A("age", "Lot de 22 pièces, garantie 2 ans", None, [], "fr: item count and warranty")
A("age", "22 години стаж като готвач", None, [], "bg: years of experience")


if __name__ == "__main__":
    print(json.dumps(B.write()))
