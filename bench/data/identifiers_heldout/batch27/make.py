"""Generate batch 27 of Clew's held-out identifier set (bench/data/identifiers_heldout/batch27/<type>.jsonl).

    python bench/data/identifiers_heldout/batch27/make.py

Why a twenty-seventh batch: batches up to 26 have been scored and studied, so they no longer measure text
nobody tuned for.  Batch 27 was written blind by an author who read only issue 3, the scorer, the first
lines of batch 7's files (record format) and batch 26's make.py (to reuse its encoders and checks and to
choose *other* cases).  No extractor code, generated docs, tests or held-out records were read (nor
batches 24 and 25's generators, so an overlap with them is possible but unintended).

Everyday posts (classifieds, Telegram / WhatsApp / Line / VK / WeChat posts, job boards, forums, OCR'd
flyers, signatures) in 40+ languages and 20+ scripts, with disguises batch 26 did not use: phone digits
spelt in Norwegian, Finnish, Estonian, Slovak, Slovenian, Polish, Ukrainian, Bulgarian, Belarusian,
Macedonian, Albanian, Romanian, Italian, German (with "zwo"), Georgian, Armenian, Azerbaijani, Uzbek,
Bengali, Tamil, Telugu, Urdu, Amharic, Hausa, Maltese, Galician, Mongolian, Burmese, Malayalam,
Gujarati, Afrikaans, Malay, Chinese dictation (幺 for one) and Japanese kanji digits; dingbat circled and
negative-circled sans-serif digits, bare keycaps without VS16, a digit per line, dots between digits,
mixed Devanagari / ASCII and Bengali / ASCII digits, a katakana long mark as a dash, flower emoji and
bullets between digits, narrow no-break spaces, api.whatsapp.com / t.me/+ / tel: links, extensions.
E-mail at / dot words of Finnish, Estonian, Norwegian, Slovenian, Romanian, Bulgarian, Belarusian,
Albanian, Georgian, Thai, Vietnamese, Hindi ("at the rate"), Bengali, Urdu, Tamil, Icelandic,
Esperanto, Azerbaijani, Uzbek, Mongolian, Japanese hiragana, Chinese 圈a, Korean, Swiss German and
Russian slang; "(a)", circled and small @, ideographic and leader dots, <span>-split, JS concatenation,
escaped underscores, soft hyphens, look-alikes in the domain.  Handles in t.me/s/, instagram stories and
_u links, TikTok video links, x.com status links, line.me/ti/p/~, snapchat.com/@, m.vk.com, behind local
platform names in other languages, leetspeak / censored / look-alike platform names, spelt dots.
Payment tags in cash.app links with amounts, paypal.com/paypalme, venmo:// deep links, legacy venmo.com,
Revtags with prepositions in other languages, look-alike letters.  Crypto behind wallet labels in 26
other languages, explorer links (etherscan, tronscan, blockchain.com, solscan, blockcypher), JSON / CSV
/ markdown links, groups of four, soft hyphens, three-line splits, Monero subaddresses, Dogecoin P2SH.
Ages in other languages, scripts, abbreviations and number words.  About 15 % negatives per type with
look-alike distractors.

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

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kit import KHMER, MYANMAR, RLM, SHY, THAI, Batch, Wallets, check_b58c, cyr, e164, native, remap

W = Wallets(27)
seed, btc_p2pkh, btc_p2sh, btc_wpkh, btc_wsh = W.seed, W.btc_p2pkh, W.btc_p2sh, W.btc_wpkh, W.btc_wsh
btc_tr, eth, trx, ltc_l, ltc_m, ltc_w, doge = W.btc_tr, W.eth, W.trx, W.ltc_l, W.ltc_m, W.ltc_w, W.doge
doge_p2sh, sol, xmr, xmr_sub = W.doge_p2sh, W.sol, W.xmr, W.xmr_sub

OUT = Path(__file__).resolve().parent
BATCH = 27


# ---------------------------------------------------------------- digit forms and look-alikes (batch 25, reused)

BENGALI, TAMIL, TIBETAN, MONGOLIAN, OL_CHIKI, ADLAM = 0x09E6, 0x0BE6, 0x0F20, 0x1810, 0x1C50, 0x1E950


B = Batch(BATCH, OUT)
add = B.add


# ---------------------------------------------------------------- batch 27 number words and digit forms

WORDS = {
    "no": "null en to tre fire fem seks sju åtte ni",
    "fi": "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän",
    "et": "null üks kaks kolm neli viis kuus seitse kaheksa üheksa",
    "sk": "nula jeden dva tri štyri päť šesť sedem osem deväť",
    "sl": "nič ena dve tri štiri pet šest sedem osem devet",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
    "uk": "нуль один два три чотири п'ять шість сім вісім дев'ять",
    "bg": "нула едно две три четири пет шест седем осем девет",
    "be": "нуль адзін два тры чатыры пяць шэсць сем восем дзевяць",
    "mk": "нула еден два три четири пет шест седум осум девет",
    "sq": "zero një dy tre katër pesë gjashtë shtatë tetë nëntë",
    "ro": "zero unu doi trei patru cinci șase șapte opt nouă",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "de": "null eins zwo drei vier fünf sechs sieben acht neun",
    "ka": "ნული ერთი ორი სამი ოთხი ხუთი ექვსი შვიდი რვა ცხრა",
    "hy": "զրո մեկ երկու երեք չորս հինգ վեց յոթ ութ ինը",
    "az": "sıfır bir iki üç dörd beş altı yeddi səkkiz doqquz",
    "uz": "nol bir ikki uch to'rt besh olti yetti sakkiz to'qqiz",
    "bn": "শূন্য এক দুই তিন চার পাঁচ ছয় সাত আট নয়",
    "ta": "பூஜ்ஜியம் ஒன்று இரண்டு மூன்று நான்கு ஐந்து ஆறு ஏழு எட்டு ஒன்பது",
    "te": "సున్నా ఒకటి రెండు మూడు నాలుగు ఐదు ఆరు ఏడు ఎనిమిది తొమ్మిది",
    "ur": "صفر ایک دو تین چار پانچ چھ سات آٹھ نو",
    "am": "ዜሮ አንድ ሁለት ሶስት አራት አምስት ስድስት ሰባት ስምንት ዘጠኝ",
    "ha": "sifili ɗaya biyu uku huɗu biyar shida bakwai takwas tara",
    "mt": "żero wieħed tnejn tlieta erbgħa ħamsa sitta sebgħa tmienja disgħa",
    "gl": "cero un dous tres catro cinco seis sete oito nove",
    "mn": "тэг нэг хоёр гурав дөрөв тав зургаа долоо найм ес",
    "my": "သုည တစ် နှစ် သုံး လေး ငါး ခြောက် ခုနစ် ရှစ် ကိုး",
    "ml": "പൂജ്യം ഒന്ന് രണ്ട് മൂന്ന് നാല് അഞ്ച് ആറ് ഏഴ് എട്ട് ഒമ്പത്",
    "gu": "શૂન્ય એક બે ત્રણ ચાર પાંચ છ સાત આઠ નવ",
    "af": "nul een twee drie vier vyf ses sewe agt nege",
    "ms": "kosong satu dua tiga empat lima enam tujuh lapan sembilan",
    "zh": "零 幺 二 三 四 五 六 七 八 九",
    "ja": "〇 一 二 三 四 五 六 七 八 九",
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


DINGBAT = dict(zip("0123456789", "🄋➀➁➂➃➄➅➆➇➈", strict=True))
NEG_DINGBAT = dict(zip("0123456789", "🄌➊➋➌➍➎➏➐➑➒", strict=True))
KEYCAP_BARE = {str(d): f"{d}\u20e3" for d in range(10)}
NNBSP = "\u202f"

# ---- phone ---------------------------------------------------------------
P = add
spelt = [
    ("no", "Jobb i Toronto, bolig ordnet. Ring: {w}", "416 555 0134", "CA", " "),
    ("fi", "Töitä Lontoossa, asunto ilmainen. Soita: {w}", "020 7946 0412", "GB", " "),
    ("et", "Töö Sydneys, majutus tasuta. Helista: {w}", "0491 570 153", "AU", " "),
    ("sk", "Práca v Chicagu, ubytovanie zadarmo. Volajte: {w}", "312 555 0163", "US", " "),
    ("sl", "Delo v Parizu, bivanje brezplačno. Pokličite: {w}", "01 99 00 27 38", "FR", " "),
    ("pl", "Praca w Londynie, zakwaterowanie gratis. Dzwoń: {w}", "020 7946 0538", "GB", "-"),
    ("uk", "Робота в Торонто, житло безкоштовно. Телефонуйте: {w}", "647 555 0129", "CA", " "),
    ("bg", "Работа в Чикаго, квартира безплатно. Обадете се: {w}", "773 555 0184", "US", " "),
    ("be", "Праца ў Лондане, жыллё бясплатна. Тэлефануйце: {w}", "020 7946 0627", "GB", " "),
    ("mk", "Работа во Сиднеј, сместување бесплатно. Јавете се: {w}", "0491 570 174", "AU", " "),
    ("sq", "Punë në Londër, strehim falas. Telefononi: {w}", "020 7946 0741", "GB", " "),
    ("ro", "Muncă în Paris, cazare gratuită. Sunați la: {w}", "01 99 00 58 14", "FR", " "),
    ("it", "Lavoro a New York, alloggio incluso. Chiama il {w}", "212 555 0179", "US", " "),
    ("de", "Job in Sydney, Unterkunft frei. Anrufen: {w}", "0491 570 122", "AU", " "),
    ("ka", "სამუშაო ლონდონში, საცხოვრებელი უფასოა. დარეკეთ: {w}", "020 7946 0856", "GB", " "),
    ("hy", "Աշխատանք Փարիզում, բնակարանն անվճար է։ Զանգեք՝ {w}", "01 99 00 63 72", "FR", " "),
    ("az", "Torontoda iş, yaşayış pulsuz. Zəng edin: {w}", "416 555 0162", "CA", " "),
    ("uz", "Chikagoda ish, turar joy bepul. Qo'ng'iroq qiling: {w}", "312 555 0111", "US", " "),
    ("bn", "লন্ডনে কাজ, থাকা ফ্রি। কল করুন: {w}", "020 7946 0193", "GB", " "),
    ("ta", "சிட்னியில் வேலை, தங்குமிடம் இலவசம். அழைக்கவும்: {w}", "0491 570 186", "AU", " "),
    ("te", "న్యూయార్క్‌లో ఉద్యోగం, వసతి ఉచితం. కాల్ చేయండి: {w}", "917 555 0153", "US", " "),
    ("ur", "لندن میں نوکری، رہائش مفت۔ فون کریں: {w}", "020 7946 0248", "GB", " "),
    ("am", "በቶሮንቶ ሥራ፣ መኖሪያ በነጻ። ይደውሉ፦ {w}", "905 555 0143", "CA", " "),
    ("ha", "Aiki a London, gida kyauta. Kira: {w}", "020 7946 0369", "GB", " "),
    ("mt", "Xogħol f'Sydney, akkomodazzjoni b'xejn. Ċempel: {w}", "0491 570 161", "AU", " "),
    ("gl", "Traballo en París, aloxamento gratis. Chama ao {w}", "01 99 00 74 96", "FR", " "),
    ("mn", "Чикагод ажил, байр үнэгүй. Залгаарай: {w}", "872 555 0125", "US", " "),
    ("my", "လန်ဒန်မှာ အလုပ်၊ နေစရာ အခမဲ့။ ဖုန်း: {w}", "020 7946 0472", "GB", " "),
    ("ml", "ടൊറന്റോയിൽ ജോലി, താമസം സൗജന്യം. വിളിക്കൂ: {w}", "416 555 0198", "CA", " "),
    ("gu", "સિડનીમાં નોકરી, રહેવાનું મફત. ફોન કરો: {w}", "0491 570 115", "AU", " "),
    ("af", "Werk in Londen, verblyf gratis. Bel: {w}", "020 7946 0586", "GB", " "),
    ("ms", "Kerja di Sydney, tempat tinggal percuma. Hubungi: {w}", "0491 570 139", "AU", " "),
    ("zh", "洛杉矶餐馆招工，包吃住。电话：{w}", "213 555 0161", "US", ""),
    ("ja", "シドニーで仕事、寮完備。電話：{w}", "0491 570 144", "AU", ""),
]
for lang, tpl, number, region, sep in spelt:
    w = spell(lang, number, sep)
    w = w.replace(",", "、") if not sep else w.replace(",-", " / ") if sep == "-" else w
    P("phone", tpl.format(w=w), region, [e164(number, region)], f"{lang}: number words")
P("phone", "☎ " + remap("312 555 0182", DINGBAT), "US", ["+13125550182"], "en: dingbat circled sans-serif digits")
P(
    "phone",
    "WA " + remap("020 7946 0915", NEG_DINGBAT),
    "GB",
    ["+442079460915"],
    "en-GB: negative circled sans-serif digits",
)
P(
    "phone",
    "call " + remap("646 555 0133", KEYCAP_BARE),
    "US",
    ["+16465550133"],
    "en: keycaps without the variation selector",
)
P("phone", "📞\n4\n1\n5\n5\n5\n5\n0\n1\n7\n6", "US", ["+14155550176"], "en: one digit per line")
P("phone", "txt 7.0.2.5.5.5.0.1.2.8 only", "US", ["+17025550128"], "en: a dot between every digit")
P("phone", "कॉल: 312 ५५५ 0१३९", "US", ["+13125550139"], "hi: Devanagari and ASCII digits mixed in one number")
P("phone", "যোগাযোগ: ০২০ 7946 ০৬৪১", "GB", ["+442079460641"], "bn: Bengali and ASCII digit groups mixed")
P(
    "phone",
    "連絡先：０４９１ー５７０ー１０７",
    "AU",
    ["+61491570107"],
    "ja: full-width digits with a katakana long mark as dash",
)
P("phone", "hmu 3🌸1🌸2🌸5🌸5🌸5🌸0🌸1🌸9🌸4", "US", ["+13125550194"], "en: flower emoji between every digit")
P("phone", "Tél • 01 • 99 • 00 • 37 • 85", "FR", ["+33199003785"], "fr: bullets between pairs")
P(
    "phone",
    "Tel." + NNBSP + "+44" + NNBSP + "20" + NNBSP + "7946" + NNBSP + "0207",
    None,
    ["+442079460207"],
    "en-GB: narrow no-break spaces",
)
P(
    "phone",
    "WhatsApp: https://api.whatsapp.com/send?phone=13125550157&text=hola",
    None,
    ["+13125550157"],
    "es: api.whatsapp.com send link",
)
P("phone", "Telegram по номеру: t.me/+61491570148", None, ["+61491570148"], "ru: t.me/+ phone link")
P("phone", '<a href="tel:+1-416-555-0106">Appelez-nous</a>', None, ["+14165550106"], "html: tel: link with dashes")
P("phone", "Office +1 (212) 555-0171 ext. 204", None, ["+12125550171"], "en: extension after the number")
P(
    "phone",
    "Ruf an: null sechs vier sechs … nein, Moment: 646 555 0116",
    "US",
    ["+16465550116"],
    "de: correction, digits win",
)
P(
    "phone",
    "Llama: 305 555 0102 o 305 555 0103 (solo WhatsApp)",
    "US",
    ["+13055550102", "+13055550103"],
    "es: two numbers joined by 'o'",
)
P("phone", "Tel plus trente-trois, un, 99 00 41 26", None, ["+33199004126"], "fr: 'plus' and country code in words")
# negatives
P("phone", "Tracking: 1Z 999 AA1 01 2345 6784 · parcel 3.12 kg", "US", [], "en: UPS tracking number and weight")
P("phone", "ISBN 978-0-306-40615-7, 312 pages, 2nd ed. 2015", "US", [], "en: ISBN and page count")
P("phone", "Order #3125550147 shipped 12/03/2025 14:55", "US", [], "en: order number and date-time")
P("phone", "N 41° 52.686′ W 087° 37.788′ · alt 181 m", "US", [], "en: GPS coordinates in degrees and minutes")
P("phone", "Sort code 20-79-46, account 01234567", "GB", [], "en-GB: bank sort code and account")
P("phone", "Test card 4111 1111 1111 1111, exp 04/29, CVV 555", "US", [], "en: test card number")
P("phone", "IMEI 35-209900-176148-1 · IMSI 310150123456789", "US", [], "en: IMEI and IMSI")
P("phone", "Flight BA 0117 dep 09:55, gate 20, seat 7946", "GB", [], "en-GB: flight, gate, seat")
P("phone", "Mesures 90-60-90 · 1,70 m · 55 kg · pointure 38", "FR", [], "fr: body measurements")

# ---- email ---------------------------------------------------------------
E = add
E("email", "Hakemukset: rekry.hki ät example piste com", None, ["rekry.hki@example.com"], "fi: ät / piste")
E("email", "CV: matti.k(a)example.com", None, ["matti.k@example.com"], "fi: '(a)' for @")
E("email", "CV saata: too.tallinn ätt example punkt com", None, ["too.tallinn@example.com"], "et: ätt / punkt")
E(
    "email",
    "Søknad sendes til: jobb.oslo krøllalfa example punktum com",
    None,
    ["jobb.oslo@example.com"],
    "nb: krøllalfa / punktum",
)
E("email", "Prijave na: delo.lj afna example pika com", None, ["delo.lj@example.com"], "sl: afna / pika")
E("email", "Trimite CV la: job.buc arond example punct com", None, ["job.buc@example.com"], "ro: arond / punct")
E("email", "CV на: rabota.sofia маймунка example точка com", None, ["rabota.sofia@example.com"], "bg: маймунка / точка")
E("email", "Рэзюмэ: praca.minsk сабачка example кропка org", None, ["praca.minsk@example.org"], "be: сабачка / кропка")
E("email", "Dërgo CV: pune.tirana et example pikë com", None, ["pune.tirana@example.com"], "sq: et / pikë")
E("email", "CV: samushao.tb ძაღლუკა example წერტილი com", None, ["samushao.tb@example.com"], "ka: ძაღლუკა / წერტილი")
E("email", "ส่งประวัติ: ngan.bkk แอท example จุด com", None, ["ngan.bkk@example.com"], "th: แอท / จุด")
E("email", "Gửi CV: tuyendung.hcm a còng example chấm com", None, ["tuyendung.hcm@example.com"], "vi: a còng / chấm")
E(
    "email",
    "Resume bhejein: naukri.mumbai at the rate example dot com",
    None,
    ["naukri.mumbai@example.com"],
    "en-IN: 'at the rate'",
)
E("email", "ईमेल: rozgar.delhi एट द रेट example डॉट com", None, ["rozgar.delhi@example.com"], "hi: एट द रेट / डॉट")
E("email", "ইমেইল: kaj.dhaka অ্যাট example ডট com", None, ["kaj.dhaka@example.com"], "bn: অ্যাট / ডট")
E("email", "ای میل: naukri.khi ایٹ example ڈاٹ com", None, ["naukri.khi@example.com"], "ur: ایٹ / ڈاٹ")
E("email", "மின்னஞ்சல்: velai.chennai அட் example டாட் com", None, ["velai.chennai@example.com"], "ta: அட் / டாட்")
E("email", "Umsóknir: starf.rvk hjá example punktur com", None, ["starf.rvk@example.com"], "is: hjá / punktur")
E("email", "Skribu al: laboro.eo ĉe example punkto org", None, ["laboro.eo@example.org"], "eo: ĉe / punkto")
E("email", "CV göndərin: ish.baku et example nöqtə com", None, ["ish.baku@example.com"], "az: et / nöqtə")
E(
    "email",
    "Rezyume: ish.toshkent kuchukcha example nuqta com",
    None,
    ["ish.toshkent@example.com"],
    "uz: kuchukcha / nuqta",
)
E("email", "Анкет илгээх: ajil.ub эт example цэг com", None, ["ajil.ub@example.com"], "mn: эт / цэг")
E(
    "email",
    "おうぼ：bosyu.fukuoka あっと example どっと com",
    None,
    ["bosyu.fukuoka@example.com"],
    "ja: hiragana あっと / どっと",
)
E("email", "邮箱：gongzuo.sz 圈a example 点 net", None, ["gongzuo.sz@example.net"], "zh: 圈a / 点")
E("email", "이메일: alba.busan 앳 example 닷 com", None, ["alba.busan@example.com"], "ko: 앳 / 닷")
E(
    "email",
    "Bewerbig a: stelle.zh Affeschwanz example Pünktli com",
    None,
    ["stelle.zh@example.com"],
    "gsw: Affeschwanz / Pünktli",
)
E("email", "пиши: vera.m собачка example тчк com", None, ["vera.m@example.com"], "ru: собачка / тчк")
E("email", "surel: loker.bdg (et) example (titik) com", None, ["loker.bdg@example.com"], "id: (et) / (titik)")
E("email", "contact: luna.b\u24d0example.com", None, ["luna.b@example.com"], "en: circled a for @")
E("email", "mail: kira.s\ufe6bexample.org", None, ["kira.s@example.org"], "en: small commercial at U+FE6B")
E("email", "メール：hana.t@example。com", None, ["hana.t@example.com"], "ja: ideographic full stop in the domain")
E("email", "Email: maria.p@example\u2024net", None, ["maria.p@example.net"], "en: one-dot leader for the dot")
E("email", "Kontakt: anna.w [ät] example [punkt] com", None, ["anna.w@example.com"], "de: [ät] / [punkt]")
E("email", "jade.r at example d0t com", None, ["jade.r@example.com"], "en: 'd0t' with a zero")
E("email", "Email us at sara.k@\nexample.com for details", None, ["sara.k@example.com"], "en: line break right after @")
E("email", 'contact: nika<span class="x">@</span>example.com', None, ["nika@example.com"], "html: @ in its own span")
E("email", "email = 'zoe.m' + '@' + 'example.org'", None, ["zoe.m@example.org"], "js: address built by concatenation")
E(
    "email",
    "mailto:Anna.K@Example.COM?subject=Job%20offer",
    None,
    ["anna.k@example.com"],
    "url: mailto with subject, mixed case",
)
E("email", "Reply: mira+jobs@example.net", None, ["mira+jobs@example.net"], "en: plus sub-address")
E(
    "email",
    "Contact: " + cyr("rita.v") + "@" + cyr("example") + ".com",
    None,
    ["rita.v@example.com"],
    "ru/en: Cyrillic look-alikes in local part and domain",
)
E(
    "email",
    "e-mail: ma" + SHY + "ria.l@exam" + SHY + "ple.com",
    None,
    ["maria.l@example.com"],
    "en: soft hyphens inside",
)
E(
    "email",
    "ایمیل: " + RLM + "shirin.a@example.com" + RLM,
    None,
    ["shirin.a@example.com"],
    "fa: right-to-left marks around",
)
E("email", "Email: dana\\_k@example.com", None, ["dana_k@example.com"], "markdown: escaped underscore")
E("email", "ANNA.KOVACS AT EXAMPLE DOT COM", None, ["anna.kovacs@example.com"], "en: shouted capitals")
E("email", "mail: lily.c [@] example [.] org", None, ["lily.c@example.org"], "en: bracketed @ and dot with spaces")
E(
    "email",
    "Escribe a: vale_m (arroba) example (punto) com o a rh (arroba) example (punto) net",
    None,
    ["vale_m@example.com", "rh@example.net"],
    "es: two spelt addresses",
)
E("email", "mail 👉 tess.w@example.com 👈", None, ["tess.w@example.com"], "en: pointing emoji around")
E(
    "email",
    "E-post: ingrid.h@example.org; kopi: post@example.org",
    None,
    ["ingrid.h@example.org", "post@example.org"],
    "nb: two addresses with a semicolon",
)
E(
    "email",
    "(email: noor.a@example.com)",
    None,
    ["noor.a@example.com"],
    "en: in parentheses with a closing bracket glued",
)
E(
    "email",
    "Pošlji na: ana.k@mail.example.com.",
    None,
    ["ana.k@mail.example.com"],
    "sl: subdomain and a final full stop",
)
E("email", "CV → jobs-uk@example.com", None, ["jobs-uk@example.com"], "en: hyphen in the local part")
# negatives
E("email", "npm i lodash@4.17.21 --save", None, [], "dev: package@version")
E("email", "@media (max-width: 600px) { body { margin: 0 } }", None, [], "css: @media rule")
E("email", "icon@2x.png, icon@3x.png", None, [], "dev: retina image names")
E("email", "Email: [email protected]", None, [], "en: address hidden by a page protector")
E("email", "Meet at example café, dot on 5 pm", None, [], "en: 'at' and 'dot' in prose")
E(
    "email",
    "docker pull nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31",
    None,
    [],
    "dev: image digest",
)
E("email", "Only DMs @ example_shop, no email", None, [], "en: handle with a spaced @")
E("email", "Visit example.org/careers — apply online", None, [], "en: URL only")
E("email", "Price: 3 @ 9.99 = 29.97", None, [], "en: @ as unit price")

# ---- handle --------------------------------------------------------------
H = add
H(
    "handle",
    "Канал вакансий: t.me/s/rabota_kyiv_now",
    None,
    ["telegram:rabota_kyiv_now"],
    "uk: t.me/s/ web preview link",
)
H(
    "handle",
    "instagram.com/stories/mila.brows/3312345678901234567/",
    None,
    ["instagram:mila.brows"],
    "en: Instagram story link",
)
H("handle", "www.instagram.com/_u/sasha.art.studio", None, ["instagram:sasha.art.studio"], "en: Instagram _u app link")
H("handle", "tiktok.com/@nina.moves/video/7301234567890123456", None, ["tiktok:nina.moves"], "en: TikTok video link")
H("handle", "x.com/lea_jobs_ldn/status/1790000000000000000", None, ["twitter:lea_jobs_ldn"], "en: x.com status link")
H("handle", "LINE: line.me/ti/p/~mai_bkk", None, ["line:mai_bkk"], "th: line.me/ti/p/~ personal ID link")
H("handle", "snapchat.com/@kayla.snaps", None, ["snapchat:kayla.snaps"], "en: snapchat.com/@ profile link")
H("handle", "onlyfans.com/luxelina/media", None, ["onlyfans:luxelina"], "en: OnlyFans media tab link")
H("handle", "m.vk.com/olya_foto_nsk", None, ["vk:olya_foto_nsk"], "ru: mobile VK link")
H(
    "handle",
    "https://www.facebook.com/ana.trabajo.madrid/about",
    None,
    ["facebook:ana.trabajo.madrid"],
    "es: Facebook about tab",
)
H("handle", "ტელეგრამი: @tbilisi_work", None, ["telegram:tbilisi_work"], "ka: ტელეგრამი")
H("handle", "Տելեգրամ՝ @yerevan_jobs", None, ["telegram:yerevan_jobs"], "hy: Տելեգրամ")
H("handle", "เทเลแกรม: @bkk_job_th", None, ["telegram:bkk_job_th"], "th: เทเลแกรม")
H("handle", "টেলিগ্রাম: @dhaka_kaj", None, ["telegram:dhaka_kaj"], "bn: টেলিগ্রাম")
H("handle", "ٹیلیگرام: @lahore_naukri", None, ["telegram:lahore_naukri"], "ur: ٹیلیگرام")
H("handle", "டெலிகிராம்: @chennai_velai", None, ["telegram:chennai_velai"], "ta: டெலிகிராம்")
H("handle", "ቴሌግራም: @addis_sira", None, ["telegram:addis_sira"], "am: ቴሌግራም")
H("handle", "Telegramdan yozing: @toshkent_ish", None, ["telegram:toshkent_ish"], "uz: ablative 'Telegramdan'")
H("handle", "Τέλεγκραμ: @douleia_ath", None, ["telegram:douleia_ath"], "el: Τέλεγκραμ")
H("handle", "Nhắn Tele: @viec_lam_hn", None, ["telegram:viec_lam_hn"], "vi: 'Tele'")
H("handle", "Scrie-mi pe Telegram, @munca_ro_de", None, ["telegram:munca_ro_de"], "ro: 'pe Telegram'")
H("handle", "t3l3gr4m: @nora_abroad", None, ["telegram:nora_abroad"], "en: leetspeak platform name")
H("handle", "ไอจี: mint.bkk", None, ["instagram:mint.bkk"], "th: ไอจี (IG)")
H("handle", "Ίνσταγκραμ: @eleni.nails", None, ["instagram:eleni.nails"], "el: Ίνσταγκραμ")
H("handle", "ইনস্টাগ্রাম: @puja.style", None, ["instagram:puja.style"], "bn: ইনস্টাগ্রাম")
H("handle", "Пишіть в інсту: @oksi.brows", None, ["instagram:oksi.brows"], "uk: accusative 'інсту'")
H(
    "handle",
    cyr("Instagram") + ": @vika.glow",
    None,
    ["instagram:vika.glow"],
    "ru/en: Cyrillic look-alikes in the platform name",
)
H("handle", "IG: @ m i a _ r o s e", None, ["instagram:mia_rose"], "en: letter-spaced handle")
H("handle", "Snap'ten ekle: defne.snp", None, ["snapchat:defne.snp"], "tr: 'Snap'ten ekle'")
H("handle", "Σναπ: @katerina.snap", None, ["snapchat:katerina.snap"], "el: Σναπ")
H("handle", "sn@pchat → bella.xo22", None, ["snapchat:bella.xo22"], "en: @ inside the platform name")
H("handle", "Снепчат: @liza_sn", None, ["snapchat:liza_sn"], "uk: Снепчат")
H("handle", "臉書：facebook.com/meili.tw", None, ["facebook:meili.tw"], "zh-TW: 臉書")
H("handle", "페북: fb.me/jiyeon.kim.77", None, ["facebook:jiyeon.kim.77"], "ko: 페북 with an fb.me link")
H("handle", "ফেসবুক: facebook.com/rina.akter.bd", None, ["facebook:rina.akter.bd"], "bn: ফেসবুক")
H("handle", "ティックトック：@yui.dance", None, ["tiktok:yui.dance"], "ja: ティックトック")
H("handle", "Тікток: @marta.moves", None, ["tiktok:marta.moves"], "uk: Тікток")
H("handle", "0nlyF@ns: luna.vip", None, ["onlyfans:luna.vip"], "en: censored OnlyFans name")
H("handle", "Only*ans → @peachy.kay", None, ["onlyfans:peachy.kay"], "en: asterisk inside OnlyFans")
H("handle", "威信：tt_5201314", None, ["wechat:tt_5201314"], "zh: 威信 homophone for WeChat")
H("handle", "薇❤：xiaoxue_99", None, ["wechat:xiaoxue_99"], "zh: 薇 plus heart for WeChat")
H("handle", "WeChat ID: lili_0312", None, ["wechat:lili_0312"], "en: WeChat ID")
H("handle", "ไอดีไลน์: ploy.bkk", None, ["line:ploy.bkk"], "th: ไอดีไลน์")
H("handle", "Line 👉 aom_2000", None, ["line:aom_2000"], "th/en: Line with a pointing emoji")
H("handle", "Скайп: anna.work.msk", None, ["skype:anna.work.msk"], "ru: Скайп")
H("handle", "스카이프: minji.call", None, ["skype:minji.call"], "ko: 스카이프")
H("handle", "Сигнал: lena.77", None, ["signal:lena.77"], "ru: Сигнал")
H("handle", "dc: mira.gg", None, ["discord:mira.gg"], "en: 'dc' for Discord")
H("handle", "디스코드: sora.night", None, ["discord:sora.night"], "ko: 디스코드")
H("handle", "Kik me 👉 kiki dot bae", None, ["kik:kiki.bae"], "en: 'dot' spelt in the handle")
H("handle", "TG: @irina_\nwork_de", None, ["telegram:irina_work_de"], "en: line break inside the handle")
H("handle", "(IG: @lola.brows).", None, ["instagram:lola.brows"], "en: closing bracket and full stop after the handle")
# negatives
H("handle", "t.me/joinchat/AAAAAEkk2WdoDrB4-Q8-gg", None, [], "en: Telegram joinchat invite")
H("handle", "instagram.com/explore/tags/jobs/", None, [], "en: Instagram hashtag page")
H("handle", "tiktok.com/tag/travelwork", None, [], "en: TikTok tag page")
H("handle", "facebook.com/groups/1234567890/", None, [], "en: Facebook group link")
H("handle", "x.com/i/flow/login", None, [], "en: X login page")
H("handle", "@here shift swap anyone?", None, [], "en: chat mention of here")
H("handle", "Instagram is down again 😩", None, [], "en: platform named, no handle")
H("handle", "Tele2 SIM, 5 GB, 199 ₽", None, [], "ru: mobile operator name")
H("handle", "vk.com/video-12345_678901", None, [], "ru: VK video link")

# ---- payment -------------------------------------------------------------
Y = add
Y("payment", "cash.app/$TinaBee/40", None, ["cashapp:$tinabee"], "en: cash.app link with an amount path")
Y("payment", "https://cash.app/$LexiMae?qr=1", None, ["cashapp:$leximae"], "en: cash.app link with a query")
Y("payment", "CashApp me at $JazzyB305", None, ["cashapp:$jazzyb305"], "en: 'CashApp me at'")
Y(
    "payment",
    "Cash App: $" + cyr("CocoRae"),
    None,
    ["cashapp:$cocorae"],
    "ru/en: Cyrillic look-alikes inside the cashtag",
)
Y("payment", "cashtag = $ MayaLux", None, ["cashapp:$mayalux"], "en: space after $")
Y("payment", "キャッシュアップ：$EmiLA", None, ["cashapp:$emila"], "ja: キャッシュアップ")
Y("payment", "كاش آب: $LaylaNY", None, ["cashapp:$laylany"], "ar: كاش آب")
Y("payment", "Кеш Апп: $OksanaUS", None, ["cashapp:$oksanaus"], "uk: Кеш Апп")
Y("payment", "mi Cash App es $ValeriaTX", None, ["cashapp:$valeriatx"], "es: 'mi Cash App es'")
Y("payment", "c a s h a p p → $DeeDee95", None, ["cashapp:$deedee95"], "en: letter-spaced cashapp")
Y("payment", "ca$h: $Bri4ever", None, ["cashapp:$bri4ever"], "en: 'ca$h' shorthand")
Y("payment", "deposit ($20) to my cash app — $NayaB", None, ["cashapp:$nayab"], "en: amount before the tag")
Y("payment", "💵 app: $KylieQ", None, ["cashapp:$kylieq"], "en: banknote emoji for Cash App")
Y("payment", "venmo.com/u/Rae-Lopez", None, ["venmo:rae-lopez"], "en: venmo.com/u link")
Y("payment", "https://venmo.com/Kim-Tran", None, ["venmo:kim-tran"], "en: legacy venmo.com/<user> link")
Y(
    "payment",
    "venmo://paycharge?txn=pay&recipients=Dani-Cruz&amount=20",
    None,
    ["venmo:dani-cruz"],
    "en: venmo:// deep link",
)
Y("payment", "Venmo me @Tasha-B", None, ["venmo:tasha-b"], "en: 'Venmo me'")
Y("payment", "ベンモ：@Emi-Sato", None, ["venmo:emi-sato"], "ja: ベンモ")
Y("payment", "벤모: @Yuna-Park", None, ["venmo:yuna-park"], "ko: 벤모")
Y("payment", "فينمو: @Layla-Haddad", None, ["venmo:layla-haddad"], "ar: فينمو")
Y("payment", "vemno @Gia-Rossi", None, ["venmo:gia-rossi"], "en: common misspelling 'vemno'")
Y("payment", "Venmo (last 4 digits 0147) @Ari-Fox", None, ["venmo:ari-fox"], "en: phone digits hint beside the user")
Y("payment", "V e n m o: @Joy-Kim", None, ["venmo:joy-kim"], "en: letter-spaced Venmo")
Y("payment", "Venmo\n@\nSky-Blue", None, ["venmo:sky-blue"], "en: @ and user on separate lines")
Y("payment", "paypal.com/paypalme/AnnaKo", None, ["paypal:annako"], "en: paypal.com/paypalme link")
Y(
    "payment",
    "https://www.paypal.com/paypalme/LinaMaier/25EUR",
    None,
    ["paypal:linamaier"],
    "de: paypalme link with amount",
)
Y("payment", "PP: paypal.me/SaraV", None, ["paypal:sarav"], "en: PP abbreviation")
Y("payment", "PayPal F&F: paypal.me/JoJo88", None, ["paypal:jojo88"], "en: friends and family")
Y("payment", "ペイパルミー：paypal.me/YuiN", None, ["paypal:yuin"], "ja: ペイパルミー")
Y("payment", "per PayPal (Freunde): paypal.me/LenaBerg", None, ["paypal:lenaberg"], "de: 'per PayPal (Freunde)'")
Y("payment", "Anticipo por PayPal: paypal.me/CarmenR", None, ["paypal:carmenr"], "es: 'anticipo por PayPal'")
Y("payment", cyr("paypal") + ".me/NadiaP", None, ["paypal:nadiap"], "ru/en: Cyrillic look-alikes in paypal.me")
Y("payment", "paypal•me/RoxyV", None, ["paypal:roxyv"], "en: bullet for the dot")
Y("payment", "paypal . me / LunaSky", None, ["paypal:lunasky"], "en: spaced link")
Y("payment", "ПэйПал: paypal.me/OlyaK", None, ["paypal:olyak"], "ru: ПэйПал")
Y("payment", "Ödeme PayPal'dan: paypal.me/SelinA", None, ["paypal:selina"], "tr: 'PayPal'dan'")
Y("payment", "revolut.me/annakov", None, ["revolut:annakov"], "en: revolut.me link")
Y("payment", "Revtag: @marko", None, ["revolut:marko"], "en: 'Revtag'")
Y("payment", "Anzahlung per Revolut an @lukasb", None, ["revolut:lukasb"], "de: 'per Revolut an'")
Y("payment", "Acconto su Revolut: @giuliam", None, ["revolut:giuliam"], "it: 'su Revolut'")
Y("payment", "Señal por Revolut @pablor", None, ["revolut:pablor"], "es: 'por Revolut'")
Y("payment", "Zaliczka na Revoluta: @kasiaw", None, ["revolut:kasiaw"], "pl: accusative 'Revoluta'")
Y("payment", "Avansas per Revolut: @ievap", None, ["revolut:ievap"], "lt: 'per Revolut'")
Y("payment", "Sinal pelo Revolut: @joanas", None, ["revolut:joanas"], "pt: 'pelo Revolut'")
Y("payment", "Aanbetaling via Revolut @daanv", None, ["revolut:daanv"], "nl: 'via Revolut'")
Y("payment", "Acompte sur Revolut : @camillel", None, ["revolut:camillel"], "fr: 'sur Revolut'")
Y("payment", "Záloha přes Revolut: @terezan", None, ["revolut:terezan"], "cs: 'přes Revolut'")
Y("payment", "Передоплата через Revolut: @oksanak", None, ["revolut:oksanak"], "uk: 'через Revolut'")
Y("payment", "Προκαταβολή στο Revolut: @elenip", None, ["revolut:elenip"], "el: 'στο Revolut'")
Y(
    "payment",
    "Cash App $MiaLux or Venmo @Mia-Lux, whichever",
    None,
    ["cashapp:$mialux", "venmo:mia-lux"],
    "en: two services joined by 'or'",
)
Y(
    "payment",
    "PayPal: paypal.com/paypalme/EvaS · Revolut: revolut.me/evas",
    None,
    ["paypal:evas", "revolut:evas"],
    "en: two links with a middle dot",
)
# negatives
Y("payment", "$25 deposit via Cash App (ask me for the tag)", None, [], "en: Cash App named, tag withheld")
Y("payment", "$$$ fast money $$$ no experience", None, [], "en: dollar signs as decoration")
Y("payment", "Venmo: ask in DM", None, [], "en: Venmo named, no user")
Y("payment", "PayPal fees are 3.49% + $0.49", None, [], "en: PayPal fees")
Y("payment", "paypal.com/signin?returnUri=%2Fmyaccount", None, [], "en: PayPal sign-in page")
Y("payment", "revolut.com/pricing · Revolut Premium €9.99/mo", None, [], "en: Revolut pricing page")
Y("payment", "cash.app/legal/us/en-us", None, [], "en: Cash App legal page")
Y("payment", "venmo.com/about/fees", None, [], "en: Venmo help page")
Y("payment", "$350 cash · $1,200/wk · US$ 80", None, [], "en: amounts only")

# ---- crypto --------------------------------------------------------------
C = add
labels = [
    ("de", "Wallet-Adresse (USDT TRC20): {a}", trx),
    ("fr", "Adresse du portefeuille (BTC) : {a}", btc_wpkh),
    ("es", "Dirección de la billetera (ETH): {a}", eth),
    ("it", "Indirizzo del portafoglio (USDT TRC20): {a}", trx),
    ("ru", "Адрес кошелька (BTC): {a}", btc_tr),
    ("uk", "Адреса гаманця (USDT TRC20): {a}", trx),
    ("pl", "Adres portfela (LTC): {a}", ltc_m),
    ("ro", "Adresa portofelului (ETH): {a}", eth),
    ("hu", "Tárca címe (BTC): {a}", btc_p2pkh),
    ("fi", "Lompakon osoite (XMR): {a}", xmr),
    ("id", "Alamat dompet (USDT TRC20): {a}", trx),
    ("tl", "Address ng wallet (SOL): {a}", sol),
    ("ko", "지갑 주소 (USDT TRC20): {a}", trx),
    ("bn", "ওয়ালেট ঠিকানা (BTC): {a}", btc_wsh),
    ("ur", "والیٹ ایڈریس (USDT TRC20): {a}", trx),
    ("ta", "வாலட் முகவரி (ETH): {a}", eth),
    ("am", "የዋሌት አድራሻ (BTC): {a}", btc_wpkh),
    ("sw", "Anwani ya pochi (USDT TRC20): {a}", trx),
    ("ka", "საფულის მისამართი (ETH): {a}", eth),
    ("hy", "Դրամապանակի հասցե (BTC)՝ {a}", btc_tr),
    ("az", "Pul kisəsinin ünvanı (USDT TRC20): {a}", trx),
    ("uz", "Hamyon manzili (DOGE): {a}", doge),
    ("mn", "Түрийвчний хаяг (USDT TRC20): {a}", trx),
    ("sq", "Adresa e portofolit (LTC): {a}", ltc_w),
    ("bg", "Адрес на портфейла (SOL): {a}", sol),
    ("nb", "Lommebokadresse (BTC): {a}", btc_p2sh),
    ("et", "Rahakoti aadress (ETH): {a}", eth),
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
    a = fn(f"label27-{lang}-{i}")
    value = a.lower() if fn is eth else a
    C("crypto", tpl.format(a=a), None, [f"{CHAIN[fn]}:{value}"], f"{lang}: {fn.__name__} with local label")
a = eth("etherscan")
C(
    "crypto",
    f"https://etherscan.io/address/{a}#tokentxns",
    None,
    [f"eth:{a.lower()}"],
    "en: etherscan link with a fragment",
)
a = trx("tronscan")
C("crypto", f"tronscan.org/#/address/{a}/transfers", None, [f"trx:{a}"], "en: tronscan link")
a = btc_wpkh("blockchain-com")
C(
    "crypto",
    f"https://www.blockchain.com/explorer/addresses/btc/{a}",
    None,
    [f"btc:{a}"],
    "en: blockchain.com explorer link",
)
a = sol("solscan")
C("crypto", f"solscan.io/account/{a}?cluster=mainnet", None, [f"sol:{a}"], "en: solscan link")
a = ltc_l("blockcypher")
C("crypto", f"live.blockcypher.com/ltc/address/{a}/", None, [f"ltc:{a}"], "en: blockcypher Litecoin link")
a = eth("groups4")
C(
    "crypto",
    "ETH: 0x " + " ".join(a[i : i + 4] for i in range(2, len(a), 4)),
    None,
    [f"eth:{a.lower()}"],
    "en: ETH body in groups of four after a spaced 0x",
)
a = btc_tr("dash-groups")
C(
    "crypto",
    "BTC: " + "-".join(a[i : i + 8] for i in range(0, len(a), 8)),
    None,
    [f"btc:{a}"],
    "en: taproot in dashed groups of eight",
)
a = trx("three-lines")
C("crypto", f"USDT TRC20 👇\n{a[:12]}\n{a[12:24]}\n{a[24:]}", None, [f"trx:{a}"], "en: TRON over three lines")
a = btc_tr("upper-qr")
C("crypto", f"BTC (QR text): {a.upper()}", None, [f"btc:{a}"], "en: taproot in upper case")
a = eth("all-lower")
C("crypto", f"eth addr {a.lower()} (no checksum)", None, [f"eth:{a.lower()}"], "en: all-lower-case ETH")
a = btc_wpkh("bip21-label")
C(
    "crypto",
    f"bitcoin:{a}?amount=0.0021&label=Deposit%20Anna&message=room",
    None,
    [f"btc:{a}"],
    "en: BIP 21 with label and message",
)
a = xmr_sub("sub")
C("crypto", f"XMR subaddress: {a}", None, [f"xmr:{a}"], "en: Monero subaddress (starts with 8)")
a = doge_p2sh("doge-p2sh")
C("crypto", f"DOGE multisig: {a}", None, [f"doge:{a}"], "en: Dogecoin P2SH address")
a = trx("json")
C("crypto", '{"network": "TRC20", "address": "' + a + '", "memo": null}', None, [f"trx:{a}"], "json: address field")
a = ltc_w("csv")
C("crypto", f"coin,address,min\nLTC,{a},0.1", None, [f"ltc:{a}"], "csv: address in a row")
a = eth("md-link")
C("crypto", f"[my wallet](https://etherscan.io/address/{a})", None, [f"eth:{a.lower()}"], "markdown: link to etherscan")
a = btc_p2pkh("point")
C("crypto", f"👉 {a} 👈 send BTC here", None, [f"btc:{a}"], "en: pointing emoji around")
a = trx("full-stop")
C("crypto", f"Send the deposit to {a}.", None, [f"trx:{a}"], "en: full stop after the address")
a = eth("shy")
C("crypto", "ETH: " + a[:21] + SHY + a[21:], None, [f"eth:{a.lower()}"], "en: soft hyphen inside the address")
a1, a2 = xmr("pair-xmr"), btc_wsh("pair-btc")
C(
    "crypto",
    f"XMR preferred: {a1}\nBTC ok: {a2}",
    None,
    [f"xmr:{a1}", f"btc:{a2}"],
    "en: Monero and Bitcoin on two lines",
)
a = sol("sol-colon")
C("crypto", f"SOL地址：{a}（仅限SOL链）", None, [f"sol:{a}"], "zh: Solana with full-width brackets after")
a = ltc_m("ltc-arrow")
C("crypto", f"LTC ⇒ {a}", None, [f"ltc:{a}"], "en: double arrow")
a = doge("doge-tip")
C("crypto", f"tip jar Ð {a}", None, [f"doge:{a}"], "en: Dogecoin sign as label")
a = btc_p2sh("tab")
C("crypto", f"BTC\t{a}\tmin 0.001", None, [f"btc:{a}"], "tsv: tab-separated")
# negatives
C("crypto", "tx 0x" + seed("txhash").hex(), None, [], "en: Ethereum transaction hash")
C("crypto", "txid " + seed("txid").hex() + " · 3 confirmations", None, [], "en: Bitcoin txid")
a = eth("short")
C("crypto", f"ETH {a[:6]}…{a[-4:]} (full address in DM)", None, [], "en: shortened ETH address")
a = trx("bad-trx")
bad = a[:-1] + ("A" if a[-1] != "A" else "B")
assert not check_b58c(bad, {0x41})
C("crypto", f"USDT TRC20: {bad}", None, [], "en: TRON address with its last character changed")
C("crypto", "PGP fingerprint 3A1F 9C2B 7D4E 5F60 8A1B  2C3D 4E5F 6071 8293 A4B5", None, [], "en: PGP fingerprint")
C("crypto", "Ref 550e8400-e29b-41d4-a716-446655440000", None, [], "en: UUID")
C("crypto", "0.00512 BTC, fee 12 sat/vB, block 843,210", None, [], "en: amounts and block height")
C(
    "crypto",
    "seed: abandon ability able about above absent absorb abstract absurd abuse access accident",
    None,
    [],
    "en: BIP 39 seed words",
)
a = ltc_l("bad-ltc")
bad = a[:10] + a[11:]
assert not check_b58c(bad, {0x30, 0x32})
C("crypto", f"LTC: {bad}", None, [], "en: Litecoin address with a character missing")

# ---- age -----------------------------------------------------------------
A = add
A("age", "Olen 22-vuotias, Tampereelta", None, ["22"], "fi: '-vuotias'")
A("age", "Olen 21-aastane, Tartust", None, ["21"], "et: '-aastane'")
A("age", "Jeg er 23 år, fra Bergen", None, ["23"], "nb: 'jeg er … år'")
A("age", "Stara sem 22 let, iz Maribora", None, ["22"], "sl: 'stara sem … let'")
A("age", "Mám 21 rokov, z Košíc", None, ["21"], "sk: 'mám … rokov'")
A("age", "На 22 години съм, от Пловдив", None, ["22"], "bg: 'на … години съм'")
A("age", "Мені 21 рік, з Одеси", None, ["21"], "uk: 'мені … рік'")
A("age", "Мне 23 гады, з Гомеля", None, ["23"], "be: 'мне … гады'")
A("age", "Am 22 de ani, din Iași", None, ["22"], "ro: 'am … de ani'")
A("age", "22 წლის ვარ, ბათუმიდან", None, ["22"], "ka: 'წლის ვარ'")
A("age", "21 տարեկան եմ, Գյումրիից", None, ["21"], "hy: 'տարեկան եմ'")
A("age", "23 yaşım var, Gəncədən", None, ["23"], "az: 'yaşım var'")
A("age", "22 yoshdaman, Samarqanddan", None, ["22"], "uz: 'yoshdaman'")
A("age", "Би 21 настай, Дарханаас", None, ["21"], "mn: 'настай'")
A("age", "আমার বয়স " + native("22", BENGALI) + " বছর", None, ["22"], "bn: Bengali digits, 'বয়স … বছর'")
A("age", "எனக்கு 23 வயது, மதுரை", None, ["23"], "ta: 'வயது'")
A("age", "నా వయసు 21 సంవత్సరాలు", None, ["21"], "te: 'వయసు … సంవత్సరాలు'")
A("age", "میری عمر 22 سال ہے", None, ["22"], "ur: 'میری عمر … سال'")
A("age", "እድሜዬ 22 ዓመት ነው", None, ["22"], "am: 'እድሜዬ … ዓመት'")
A("age", "Ina da shekaru 21, daga Kano", None, ["21"], "ha: 'shekaru'")
A("age", "Mo jẹ́ ọmọ ọdún 23", None, ["23"], "yo: 'ọmọ ọdún'")
A("age", "Ngineminyaka engu-22", None, ["22"], "zu: 'engu-'")
A("age", "Umur saya 22 tahun, dari Ipoh", None, ["22"], "ms: 'umur saya … tahun'")
A("age", "အသက် " + native("21", MYANMAR) + " နှစ်", None, ["21"], "my: Myanmar digits, 'အသက် … နှစ်'")
A("age", "អាយុ " + native("22", KHMER) + " ឆ្នាំ", None, ["22"], "km: Khmer digits, 'អាយុ … ឆ្នាំ'")
A("age", "อายุ " + native("23", THAI) + " ปี", None, ["23"], "th: Thai digits, 'อายุ … ปี'")
A("age", "22才、大阪出身", None, ["22"], "ja: 才 instead of 歳")
A("age", "芳龄21，湖南妹子", None, ["21"], "zh: 芳龄")
A("age", "만 22세, 부산", None, ["22"], "ko: '만 … 세' (international age)")
A("age", "22t, Đà Nẵng, cao 1m60", None, ["22"], "vi: 't' abbreviation for tuổi, with height")
A("age", "בת 21 מחיפה", None, ["21"], "he: 'בת' (aged, feminine)")
A("age", "Mam dwadzieścia dwa lata", None, ["22"], "pl: 'dwadzieścia dwa lata'")
A("age", "Am douăzeci și unu de ani", None, ["21"], "ro: 'douăzeci și unu de ani'")
A("age", "Yirmi iki yaşındayım", None, ["22"], "tr: 'yirmi iki yaşındayım'")
A("age", "Olen kaksikymmentäkolmevuotias", None, ["23"], "fi: compound number word")
A("age", "Huszonkét éves lány", None, ["22"], "hu: 'huszonkét éves'")
A("age", "Jag är tjugoett år", None, ["21"], "sv: 'tjugoett år'")
A("age", "बाईस साल की हूँ", None, ["22"], "hi: 'बाईस साल'")
A("age", "Nina miaka ishirini na moja", None, ["21"], "sw: 'ishirini na moja'")
A("age", "Είμαι είκοσι τριών χρονών", None, ["23"], "el: 'είκοσι τριών χρονών'")
A("age", "age: 2 2 · new here", None, ["22"], "en: spaced digits")
A("age", "𝟐𝟏 years old", None, ["21"], "en: mathematical bold digits")
A("age", "twenty1 yo", None, ["21"], "en: word and digit glued")
A("age", "21 and a half 😜", None, ["21"], "en: 'and a half'")
A("age", "Age/Height/Weight: 22/165/50", None, ["22"], "en: slash-separated stats")
A("age", "22 años de edad, colombiana", None, ["22"], "es: 'años de edad'")
A("age", "Âge : 23 ans — Marseille", None, ["23"], "fr: 'Âge :' with a space before the colon")
A("age", "Tenho 17 anos, procuro trabalho de férias", None, ["17"], "pt: a minor")
A("age", "Мені 16, шукаю підробіток", None, ["16"], "uk: a minor, no unit")
A("age", "Ich bin fünfzehn und suche einen Ferienjob", None, ["15"], "de: a minor, number word")
A("age", "Cumplí 19 el mes pasado 🎂", None, ["19"], "es: 'cumplí … el mes pasado'")
# negatives
A("age", "18+ only, ID required", None, [], "en: adults-only notice")
A("age", "Open 24/7, room 22, floor 3", None, [], "en: hours and room number")
A("age", "Size 36, 5'4\", 22°C today", None, [], "en: size, height, temperature")
A("age", "Since 2019 · 21 reviews · 4.9★", None, [], "en: year, reviews, rating")
A("age", "22 min walk from the station", None, [], "en: minutes")
A("age", "Vol. 21, No. 3 (2024)", None, [], "en: journal volume")
A("age", "Mietvertrag 23 Monate, Kaution 2 Kaltmieten", None, [], "de: lease length")
A("age", "Whisky 18 ans d'âge, 70 cl", None, [], "fr: whisky age")
A("age", "Trial period: 22 days, then 21 days notice", None, [], "en: days")


if __name__ == "__main__":
    print(json.dumps(B.write()))
