"""Generate batch 39 of Clew's held-out identifier set (batch39/<type>.jsonl beside this file).

    python make.py            # from this folder, or by its path

Why a thirty-ninth batch: batches up to 38 have been scored or studied, so they no longer measure text nobody
tuned for.  Batch 39 was written blind by an author who read only its brief (notes/h_batch39.md), the project
rules (notes/guide.md), issue 3's text (notes/issue3.md), the "Data contracts" section of ../shared/PRODUCT.md
(canonical value formats), the scorer (bench/identifiers_heldout.py), the shared kit
(bench/data/identifiers_heldout/kit.py, imported here) and batch 38's make.py (record format, and to choose
*other* cases than the ones its docstring lists).  No extractor code (src/), generated docs, tests, other
bench scripts, other batches' files or held-out records were read, and no Clew code was run on this batch;
only this script, the standard library, the kit and `phonenumbers` (through the kit's check) were run.  The
texts were written by hand, one post at a time, as a poster or a trafficker would write them, before any
extractor could see them; the script only spells, encodes and checks them.

What it covers (every item chosen to differ from batch 38's list):
- phone: digits spelt in Swahili, Tagalog, Malay ('kosong'), Turkish, Ukrainian, Bulgarian, Polish, Slovenian,
  Latvian, Finnish, Swedish, Armenian, Georgian, Mongolian, Bengali, Tamil, Urdu, Amharic and Malagasy, with
  groups joined by commas, en / em dashes, pipes, semicolons, ellipses, '»', '‖' and the fraction slash, words
  hyphenated or run together, one group left in digits; the radio alphabet ('niner', 'fife', 'wun'), Chinese
  military readings (洞 幺 拐 勾), Spanish read partly in pairs ('setenta y dos'), Dutch pairs with units first
  ('negenennegentig'), English homophones ('for won', 'ate', 'oh'), Spanish words glued to digits ('tres1dos');
  Tibetan, Mongolian, Ol Chiki, Vai, Adlam, Warang Citi and Myanmar Tai Laing digits, negative circled sans-serif
  dingbats (🄌➊…) and mathematical sans-serif bold digits; the katakana prolonged sound mark 'ー', narrow no-break
  spaces, pipes, emoji between groups, one digit per line, one digit per bracket pair, the minus sign U+2212,
  ideographic spaces; whatsapp://send, an HTML sms: link, viber:// with %2B, signal.me/#p/, t.me/+number, vCard
  TEL, MECARD, JSON-LD telephone; a flag emoji, Paris in Chinese, Manchester in Arabic and Sydney in Japanese as
  the only region cue; OCR'd upper-case O and I; two numbers joined by 'або' / 'veya'.  Negatives: ISBN, GPS
  coordinates, an IP address and port, a bare 10-digit job reference, lottery numbers, a BTC amount, a date range,
  a parcel tracking number, dimensions, opening hours, a masked card number, a salary range, an Android build.
- email: at / dot words in Polish, Ukrainian, Bulgarian, Belarusian, German, Swedish, Danish, Norwegian, Finnish,
  Italian, Turkish, Estonian, Slovenian, Chinese (艾特 / 点, 小老鼠 / 點), Hindi, Urdu, Bengali, Armenian, Afrikaans,
  Esperanto and Indian English 'at the rate', Spanish 'arroba' with a literal dot; (a), '#' for @ after an e-mail
  cue, <at> <dot>, -at- -dot-, (@) (.), (at) with German (punkt), 'd0t'; letter-spaced, small commercial at and
  small full stop, mathematical bold letters, a Greek alpha in the domain, a zero-width space, combining
  underlines, percent-encoded mailto, mailto with subject and cc, Markdown autolink, display name in angle
  brackets, plus addressing, all upper case, an OCR line-break hyphen, trailing full stop and brackets, a
  subdomain, JSON, two addresses joined by ';', RTL marks around an address in Arabic.  Negatives: npm scoped
  package versions, a Docker digest, CSS @media, JSDoc @param, a sports fixture, '3 @ £5', Vue @click, SQL
  @@ROWCOUNT, a template placeholder, ssh to an IP, a password rule, an '@' time.
- handle: telegram.me, telegram.dog, t.me/s/, web.telegram.org/k/#@, instagram.com/stories/…, /reels/ and /_u/,
  snapchat.com/add/?share_id, tiktok.com/@…/video/, x.com/…/status/, twitter://user, onlyfans.com with ?ref=,
  fb.me, m.me, line://ti/p/~; cues 纸飞机, 电报, Ukrainian 'Телеграм', Persian تلگرام, Korean 텔레, Turkish
  'Telegram'dan', Chinese 'ins', Korean ㅇㅅㅌ, 📸, 'Инста', double-struck 𝕀𝔾 and 𝕏, Gulf Arabic سناب, Japanese
  スナチャ, 'addme sc', 推特, 틱톡, تيك توك, 'fesbuk', Brazilian 'face', 페북, 臉書, 'vx', 'V信', 威信, Japanese and
  Indonesian 'LINE ID', Signal usernames with a number, 'dc' for Discord, 'Скайп', 'kik ⇒'; 'IG/TT' and 'ig + snap'
  sharing one name, a small commercial at, a zero-width space and Greek letters inside the name, '(dot)' inside the
  name, a cue after the handle in Turkish, JSON-LD sameAs, an HTML twitter:creator meta tag, no platform at all.
  Negatives: joinchat invite, reel, vm.tiktok short link, x.com/i/status, Facebook group and marketplace,
  discord.gg invite, wa.me number, an e-mail address, a price '@', Instagram inbox, t.me/share, tiktok.com/foryou.
- payment: 'CA:' for Cash App, 'ca$h app', letter-spaced 'c a s h a p p', 'cashtag', 'tag =', the small dollar
  sign ﹩, a cue after the tag, Cash App in Tagalog, Haitian Creole, Polish, Chinese, Arabic, Amharic, Dutch and
  Thai; venmo.com/<user> without /u/, venmo.com/?txn=pay&recipients=, Venmo in Tagalog, Chinese, Russian, Arabic,
  monospace and letter-spaced cues, 'venmo me'; www.paypal.me, paypal.me with ?locale.x=, upper-case PAYPAL.ME,
  paypal[dot]me, circled letters, PayPal in Chinese (贝宝), Thai, Polish, Turkish, Dutch, Russian, Greek; Revolut in
  Polish ('na Revoluta'), Romanian, Lithuanian, Spanish, Italian, Russian, revolut.me with ?amount=; upper-case
  MONZO.ME; three services in one line, JSON keys, a Markdown link, an HTML link.  Negatives: template literals,
  jQuery, US$ / AU$ amounts, Cash App legal and Venmo fee pages, a bare paypal.me, PayPal buyer protection, a
  Revolut plan price, cashback, '$$$', SQL $1 parameters, a scam warning naming the service.
- crypto: labels in 22 other languages (pl uk tr sv fi da no hi bn ur ta sw tl ms zh-CN bg sk sl et lv hy mn);
  tronscan, blockchair (bitcoin, litecoin), live.blockcypher.com, explorer.solana.com links; Solana Pay 'solana:',
  upper-case BIP 21 as QR codes carry it, plain 'ethereum:'; JSON, XML, TOML, a Markdown table, a three-chain
  bullet list, inline back-ticks, angle brackets, full-width and mathematical bold addresses, a zero-width space,
  a soft hyphen and Cyrillic look-alikes inside, a label after the address, ₿ and 🪙, a QR caption, a bot message,
  an HTML data attribute, a URL query parameter, RLM marks in Arabic, guillemets.  Negatives: testnet bech32 and base58,
  an xpub, a Solana transaction signature, an IPFS CID, a seed-phrase warning, a 39-hex ETH address, a base58 address
  with 'l', a mixed-case bech32, a taproot address under the bech32 (not bech32m) constant, a tltc1 testnet
  address, a base58 address with one letter's case flipped.
- age: Turkish, Polish, Ukrainian, Swedish, Finnish, Dutch, Tagalog, Swahili, Tamil, Malayalam, Georgian,
  Armenian, Azerbaijani, Uzbek, Mongolian, Albanian, Bulgarian, Slovenian, Latvian, Estonian, Icelandic; Bengali,
  Urdu (extended Arabic-Indic), Gujarati, Gurmukhi and Telugu digits; Italian '22enne', Czech '21letá', Polish
  '22-latka', French 'balais', German 'Lenze', Dutch 'jr', Korean '만 21세', Japanese 'はたち', Chinese '岁' and
  Cantonese '歲'; number words in Swahili, Tagalog, Turkish, Polish, Dutch, Romanian, Finnish (one compound),
  Hindi, colloquial Arabic, hyphenated English; JSON and HTML, 'F, 22', '♀ 20', '[F24]', superscript and
  sans-serif bold digits, two ages, four minors.  Negatives: an age range to apply, warranty, temperature, flat
  size, bus line, shoe size, whisky age, a chart, contract length, a gate number, a pet's age, 'mid-20s'.

Crypto addresses come from ``Wallets(39)``; every expected value is re-checked by the kit's independent
decoders and every crypto negative is checked to fail them; every expected phone is checked with
`phonenumbers` (``Batch.verify``).  Fictional contact data only (NA 555-01xx, UK 020 7946 0xxx /
0113 496 0xxx / 0161 496 0xxx, FR 01 99 00 xx xx, AU 0491 570 1xx; example.com/.org/.net; made-up handles).

Known limits: the author reads most of these languages only in part, so a few sentences may be stilted; some
expected values take a side where the contract is silent (m.me -> facebook, 'CA:' -> Cash App, a '#' for @
after an e-mail cue, an OCR line-break hyphen inside a domain); 'ages' of the poster only, not of others.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import base58

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kit import (
    BECH32_CONST,
    BENGALI_D,
    GUJARATI,
    GURMUKHI,
    PERSIAN,
    SMALL_AT,
    SMALL_STOP,
    SUPER,
    TELUGU_D,
    UNDERLINE,
    ZWSP,
    Batch,
    Wallets,
    _b32_with,
    _bits,
    b58c,
    bold,
    check_b58c,
    check_segwit,
    cyr,
    e164,
    full,
    greek,
    mono,
    native,
    remap,
    segwit,
)

HERE = Path(__file__).resolve().parent
B = Batch(39, HERE)
W = Wallets(39)
add = B.add

# ---------------------------------------------------------------- batch 39 tables

WORDS = {
    "sw": "sifuri moja mbili tatu nne tano sita saba nane tisa",
    "tl": "sero isa dalawa tatlo apat lima anim pito walo siyam",
    "ms": "kosong satu dua tiga empat lima enam tujuh lapan sembilan",
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
    "uk": "нуль один два три чотири пʼять шість сім вісім девʼять",
    "bg": "нула едно две три четири пет шест седем осем девет",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
    "sl": "nič ena dve tri štiri pet šest sedem osem devet",
    "lv": "nulle viens divi trīs četri pieci seši septiņi astoņi deviņi",
    "et": "null üks kaks kolm neli viis kuus seitse kaheksa üheksa",
    "fi": "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän",
    "sv": "noll ett två tre fyra fem sex sju åtta nio",
    "af": "nul een twee drie vier vyf ses sewe agt nege",
    "mt": "żero wieħed tnejn tlieta erbgħa ħamsa sitta sebgħa tmienja disgħa",
    "hy": "զրո մեկ երկու երեք չորս հինգ վեց յոթ ութ ինը",
    "ka": "ნული ერთი ორი სამი ოთხი ხუთი ექვსი შვიდი რვა ცხრა",
    "mn": "тэг нэг хоёр гурав дөрөв тав зургаа долоо найм ес",
    "bn": "শূন্য এক দুই তিন চার পাঁচ ছয় সাত আট নয়",
    "ta": "பூஜ்ஜியம் ஒன்று இரண்டு மூன்று நான்கு ஐந்து ஆறு ஏழு எட்டு ஒன்பது",
    "ur": "صفر ایک دو تین چار پانچ چھ سات آٹھ نو",
    "am": "ዜሮ አንድ ሁለት ሶስት አራት አምስት ስድስት ሰባት ስምንት ዘጠኝ",
    "mg": "aotra iray roa telo efatra dimy enina fito valo sivy",
    "zh-mil": "洞 幺 两 三 四 五 六 拐 八 勾",
    "radio": "zero wun too tree fow-er fife six seven ait niner",
}


def spell(lang: str, number: str, group: str, digits: tuple[int, ...] = (), sep: str = " ") -> str:
    """``number``'s groups (split on spaces) as words of ``lang``, words joined by ``sep`` and groups by
    ``group``; groups whose index is in ``digits`` stay as digits."""
    words = WORDS[lang].split()
    assert len(words) == 10, lang
    return group.join(g if i in digits else sep.join(words[int(c)] for c in g) for i, g in enumerate(number.split()))


# digit scripts neither the kit nor batch 38 named (zero code points; all decimal digits in Unicode 14)
TIBETAN, MONGOLIAN, OL_CHIKI, VAI, ADLAM, WARANG_CITI, TAI_LAING = (
    0x0F20,
    0x1810,
    0x1C50,
    0xA620,
    0x1E950,
    0x118E0,
    0xA9F0,
)
SANS_BOLD = 0x1D7EC
for _zero in (TIBETAN, MONGOLIAN, OL_CHIKI, VAI, ADLAM, WARANG_CITI, TAI_LAING, SANS_BOLD):
    assert [unicodedata.digit(chr(_zero + i)) for i in range(10)] == list(range(10)), hex(_zero)
# negative circled sans-serif digits (dingbats); NFKC leaves them alone
NEG_SANS = dict(zip("0123456789", "🄌➊➋➌➍➎➏➐➑➒", strict=True))
NNBSP, IDEO_SPACE, RLM = "\u202f", "\u3000", "\u200f"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def circled(s: str) -> str:
    """Circled Latin letters (Ⓐ-Ⓩ, ⓐ-ⓩ)."""
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(0x24B6 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x24D0 + ord(c) - 97))
        else:
            out.append(c)
    return "".join(out)


def underlined(s: str) -> str:
    """A combining low line after every character, as 'underline text' generators write."""
    return "".join(c + UNDERLINE for c in s)


# ---- phone ---------------------------------------------------------------
P = add
spelt = [
    ("sw", "Kazi ya ndani London, malazi bure. Piga simu: {w}", "020 7946 0311", "GB", ", ", (), " "),
    ("tl", "Trabaho sa Sydney, may libreng tirahan. Tumawag: {w}", "0491 570 106", "AU", " – ", (), " "),
    ("ms", "Kerja kilang di Manchester, asrama percuma. Hubungi: {w}", "0161 496 0248", "GB", " | ", (), " "),
    ("tr", "Londra'da ev işi, konaklama ücretsiz. Arayın: {w}", "020 7946 0457", "GB", "; ", (), " "),
    ("uk", "Робота в Лондоні, житло безкоштовно. Дзвоніть: {w}", "020 7946 0563", "GB", " … ", (), " "),
    ("bg", "Работа в Лийдс, квартира осигурена. Обадете се: {w}", "0113 496 0671", "GB", " — ", (), " "),
    ("pl", "Praca w Manchesterze, zakwaterowanie za darmo. Dzwoń: {w}", "0161 496 0784", "GB", " » ", (), "-"),
    ("sl", "Delo v Parizu, bivanje brezplačno. Pokličite: {w}", "01 99 00 13 58", "FR", " ‖ ", (), " "),
    ("lv", "Darbs Londonā, dzīvesvieta bez maksas. Zvaniet: {w}", "020 7946 0892", "GB", " ⁄ ", (), " "),
    ("fi", "Töitä Sydneyssä, asunto ilmaiseksi. Soita {w}", "0491 570 117", "AU", ", ", (0,), " "),
    ("sv", "Jobb i London, gratis boende. Ring {w}", "020 7946 0136", "GB", " – ", (), ""),
    ("hy", "Աշխատանք Լոնդոնում, անվճար կացարան։ Զանգահարեք՝ {w}", "020 7946 0469", "GB", " – ", (), " "),
    ("ka", "სამსახური ლონდონში, საცხოვრებელი უფასოა. დარეკეთ: {w}", "020 7946 0571", "GB", "; ", (), " "),
    ("mn", "Лондонд ажил, байр үнэгүй. Залгаарай: {w}", "020 7946 0682", "GB", " | ", (1,), " "),
    ("bn", "লন্ডনে কাজ, থাকা ফ্রি। ফোন করুন: {w}", "020 7946 0793", "GB", ", ", (), " "),
    ("ta", "சிட்னியில் வேலை, தங்குமிடம் இலவசம். அழைக்கவும்: {w}", "0491 570 128", "AU", " – ", (), " "),
    ("ur", "لندن میں کام، رہائش مفت۔ فون کریں: {w}", "020 7946 0814", "GB", " … ", (), " "),
    ("am", "በለንደን ሥራ፣ መኖሪያ ነጻ። ይደውሉ፦ {w}", "020 7946 0926", "GB", ", ", (), " "),
    ("mg", "Asa any Paris, trano maimaim-poana. Antsoy: {w}", "01 99 00 27 64", "FR", " — ", (), "-"),
]
for lang, tpl, number, region, grp, dig, sep in spelt:
    kept = {0: "", 1: ", one group in digits"}[len(dig)]
    how = {" ": "", "": ", words run together", "-": ", words hyphenated"}[sep]
    gname = "line breaks" if grp == "\n" else repr(grp.strip() or grp)
    note = f"{lang}: number words{how}{kept}, groups joined by {gname}"
    P("phone", tpl.format(w=spell(lang, number, grp, dig, sep)), region, [e164(number, region)], note)
P(
    "phone",
    "Radio check, call back on " + spell("radio", "702 555 0193", ", "),
    "US",
    ["+17025550193"],
    "en: radio alphabet digits ('too', 'fife', 'niner')",
)
P(
    "phone",
    "悉尼招工 包住 联系：" + spell("zh-mil", "0491 570 173", " ", sep=""),
    "AU",
    ["+61491570173"],
    "zh: military readings 洞 幺 拐 勾",
)
P(
    "phone",
    "Llámame al tres cero cinco, cinco cinco cinco, cero uno, setenta y dos",
    "US",
    ["+13055550172"],
    "es: last group read in pairs ('setenta y dos')",
)
P(
    "phone",
    "Bel me: nul een, negenennegentig, nul nul, vierendertig, zesenvijftig",
    "FR",
    ["+33199003456"],
    "nl: French number read in pairs, units first",
)
P("phone", "Text me: for won five, five five five, oh won ate too", "US", ["+14155550182"], "en: homophones")
P("phone", "Llama: tres1dos 555 cero1seis8", "US", ["+13125550168"], "es: number words glued to digits")
scripts = [
    ("ཁ་པར། ", "020 7946 0135", "GB", TIBETAN, "Tibetan"),
    ("Утас: ", "020 7946 0246", "GB", MONGOLIAN, "Mongolian"),
    ("Phone ", "0113 496 0357", "GB", OL_CHIKI, "Ol Chiki"),
    ("Call ", "404 555 0138", "US", VAI, "Vai"),
    ("Noddu ", "01 99 00 35 79", "FR", ADLAM, "Adlam"),
    ("Tel ", "0161 496 0468", "GB", WARANG_CITI, "Warang Citi"),
    ("📞 ", "0491 570 184", "AU", TAI_LAING, "Myanmar Tai Laing"),
    ("Call me ", "713 555 0186", "US", SANS_BOLD, "mathematical sans-serif bold"),
]
for pre, number, region, zero, name in scripts:
    P("phone", pre + native(number, zero), region, [e164(number, region)], f"{name} digits")
P("phone", "☎ " + remap("020 7946 0579", NEG_SANS), "GB", ["+442079460579"], "negative circled sans-serif dingbats")
P("phone", "ロンドン勤務・寮あり TEL 020ー7946ー0681", "GB", ["+442079460681"], "ja: katakana prolonged sound mark")
P(
    "phone",
    "Tél. : " + NNBSP.join(["01", "99", "00", "31", "47"]),
    "FR",
    ["+33199003147"],
    "fr: groups joined by narrow no-break spaces",
)
P("phone", "☎ 617 | 555 | 0192, après 18h", "US", ["+16175550192"], "fr/en: pipes between groups")
P("phone", "Whatsapp 0161🍒496🍒0793 💋", "GB", ["+441614960793"], "en: emoji between groups")
P("phone", "text me\n2\n1\n2\n5\n5\n5\n0\n1\n4\n7", "US", ["+12125550147"], "en: one digit per line")
P("phone", "(5)(0)(3)(5)(5)(5)(0)(1)(2)(4) ask for Jade", "US", ["+15035550124"], "en: every digit in brackets")
P("phone", "Anruf: 0113−496−0815", "GB", ["+441134960815"], "de: minus sign U+2212 between groups")
P(
    "phone",
    "電話：020" + IDEO_SPACE + "7946" + IDEO_SPACE + "0924（ロンドン）",
    "GB",
    ["+442079460924"],
    "ja: ideographic spaces",
)
P(
    "phone",
    "Escríbeme: whatsapp://send?phone=442079460137&text=Hola",
    None,
    ["+442079460137"],
    "uri: whatsapp://send",
)
P("phone", '<a href="sms:+16025550119?&body=room">Text</a>', None, ["+16025550119"], "html: sms: link with body")
P("phone", "viber://chat?number=%2B61491570195", None, ["+61491570195"], "uri: viber:// with %2B")
P("phone", "Signal → https://signal.me/#p/+33199004258", None, ["+33199004258"], "url: signal.me/#p/")
P("phone", "Пиши: t.me/+14155550176", None, ["+14155550176"], "url: t.me/+number")
P(
    "phone",
    "BEGIN:VCARD\nVERSION:3.0\nFN:Rosa\nTEL;TYPE=CELL:+44 113 496 0926\nEND:VCARD",
    None,
    ["+441134960926"],
    "vcard: TEL line",
)
P("phone", "MECARD:N:Lima,Rosa;TEL:+17205550163;;", None, ["+17205550163"], "qr: MECARD")
P(
    "phone",
    '{"@type": "LocalBusiness", "name": "Studio M", "telephone": "+44-161-496-0359"}',
    None,
    ["+441614960359"],
    "json-ld: telephone",
)
P("phone", "🇬🇧 Live-in carer wanted 💷 call 0113 496 0248", None, ["+441134960248"], "en: flag emoji as the cue")
P("phone", "巴黎招保姆 包吃住 电话 01 99 00 48 62", None, ["+33199004862"], "zh: Paris as the only cue")
P(
    "phone",
    "مطلوب عاملة في مانشستر، السكن مجاني. اتصل 0161 496 0572",
    None,
    ["+441614960572"],
    "ar: Manchester as the only cue",
)
P("phone", "シドニーでワーホリ歓迎！0491 570 152", None, ["+61491570152"], "ja: Sydney as the only cue")
P("phone", "Call (3O5) 555-OI47 (flyer scan)", "US", ["+13055550147"], "en: OCR'd upper-case O and I")
P(
    "phone",
    "Дзвоніть 020 7946 0316 або 0113 496 0427",
    "GB",
    ["+442079460316", "+441134960427"],
    "uk: two numbers with 'або'",
)
P(
    "phone",
    "+44 161 496 0638 veya +33 1 99 00 52 86, akşam",
    None,
    ["+441614960638", "+33199005286"],
    "tr: two numbers with 'veya'",
)
# negatives
P("phone", "ISBN 978-0-306-40615-7, pbk.", "GB", [], "en: ISBN-13")
P("phone", "Pickup at 53.7960, -1.5479 (Leeds)", "GB", [], "en: GPS coordinates")
P("phone", "Server 192.0.2.146:8080 down", "US", [], "en: IP address and port")
P("phone", "Job ref 2079460318 – apply online", "GB", [], "en-GB: bare 10-digit job reference")
P("phone", "Loto du samedi : 01 07 19 46 33 41", "FR", [], "fr: lottery numbers")
P("phone", "Deposit 0.01134960 BTC to confirm", "GB", [], "en: bitcoin amount")
P("phone", "Séjour du 07/09/2024 au 14/09/2024", "FR", [], "fr: date range")
P("phone", "Tracking: 1Z 999 AA1 01 2345 6784", "US", [], "en: parcel tracking number")
P("phone", "Maße: 1610 × 496 × 582 mm", "DE", [], "de: dimensions")
P("phone", "Mo–Fr 09:00–17:30, Sa 10:00–14:00", "DE", [], "de: opening hours")
P("phone", "Visa •••• •••• •••• 0147, exp 09/27", "US", [], "en: masked card number")
P("phone", "Salary £21,496–£24,079 p.a.", "GB", [], "en-GB: salary range")
P("phone", "Android 14 build UP1A.231005.007", "US", [], "en: build number")

# ---- email ---------------------------------------------------------------
E = add
at_dot = [
    ("pl", "CV prosimy wysyłać na praca.waw małpa example kropka com", "praca.waw@example.com"),
    ("uk", "Резюме надсилайте на robota.kyiv равлик example крапка org", "robota.kyiv@example.org"),
    ("bg", "CV на rabota.sof кльомба example точка net", "rabota.sof@example.net"),
    ("be", "Рэзюмэ: praca.msk сабачка example кропка com", "praca.msk@example.com"),
    ("de", "Bewerbung an jobs.ber Klammeraffe example Punkt org", "jobs.ber@example.org"),
    ("sv", "Skicka CV till jobb.sthlm snabel-a example punkt com", "jobb.sthlm@example.com"),
    ("da", "Send CV til job.cph snabel-a example punktum net", "job.cph@example.net"),
    ("no", "CV sendes til jobb.osl krøllalfa example punktum com", "jobb.osl@example.com"),
    ("fi", "Hakemukset: tyo.hki ät example piste org", "tyo.hki@example.org"),
    ("it", "Curriculum a lavoro.mi chiocciola example punto com", "lavoro.mi@example.com"),
    ("tr", "CV'nizi is.ist et example nokta net adresine gönderin", "is.ist@example.net"),
    ("et", "CV saata: too.tln ät example punkt com", "too.tln@example.com"),
    ("sl", "Prijave na delo.lj afna example pika org", "delo.lj@example.org"),
    ("zh", "简历发到 gongzuo.sh 艾特 example 点 com", "gongzuo.sh@example.com"),
    ("zh-TW", "履歷請寄 gongzuo.tpe 小老鼠 example 點 net", "gongzuo.tpe@example.net"),
    ("hi", "अपना CV naukri.del एट example डॉट com पर भेजें", "naukri.del@example.com"),
    ("ur", "سی وی بھیجیں: kaam.lhr ایٹ example ڈاٹ org", "kaam.lhr@example.org"),
    ("bn", "সিভি পাঠান: kaj.dhk অ্যাট example ডট com", "kaj.dhk@example.com"),
    ("hy", "Ռեզյումեն ուղարկեք՝ ashkhatank.evn շնիկ example կետ net", "ashkhatank.evn@example.net"),
    ("af", "Stuur jou CV na werk.kpt aapstert example punt com", "werk.kpt@example.com"),
    ("eo", "Skribu al laboro.ams ĉe example punkto org", "laboro.ams@example.org"),
    ("en-IN", "Send resume to rahul.k at the rate example dot com", "rahul.k@example.com"),
]
for lang, text, addr in at_dot:
    E("email", text, None, [addr], f"{lang}: spelt at / dot")
E("email", "Escríbeme a mariana.p arroba example.com", None, ["mariana.p@example.com"], "es-US: only the @ spelt")
E("email", "Mail: linnea(a)example.net", None, ["linnea@example.net"], "sv: '(a)' for @")
E("email", "E-mail: bookings#example.org", None, ["bookings@example.org"], "en: '#' for @ after an e-mail cue")
E("email", "mira <at> example <dot> com", None, ["mira@example.com"], "en: <at> and <dot>")
E("email", "write to tessa-at-example-dot-net", None, ["tessa@example.net"], "en: -at- and -dot-")
E("email", "ines (@) example (.) org", None, ["ines@example.org"], "es/en: (@) and (.)")
E("email", "Kontakt: anna (at) example (punkt) com", None, ["anna@example.com"], "de: (at) with (punkt)")
E("email", "lara at example d0t com", None, ["lara@example.com"], "en: 'd0t' with a zero")
E("email", "n i n a @ e x a m p l e . c o m", None, ["nina@example.com"], "en: letter-spaced address")
E(
    "email",
    "yuna" + SMALL_AT + "example" + SMALL_STOP + "org",
    None,
    ["yuna@example.org"],
    "small commercial at and stop",
)
E("email", bold("kira") + "@example.net ✨", None, ["kira@example.net"], "en: mathematical bold local part")
E("email", "sofia@" + greek("example") + ".com", None, ["sofia@example.com"], "en: Greek alpha in the domain")
E("email", "ma" + ZWSP + "rta@example.org", None, ["marta@example.org"], "en: zero-width space in the local part")
E("email", underlined("cleo@example.com"), None, ["cleo@example.com"], "en: combining underline on every character")
E("email", "mailto:lena.k%40example.com", None, ["lena.k@example.com"], "uri: percent-encoded @ in mailto")
E(
    "email",
    "mailto:jobs@example.org?subject=Aplicaci%C3%B3n&cc=rh@example.org",
    None,
    ["jobs@example.org", "rh@example.org"],
    "uri: mailto with subject and cc",
)
E("email", "Escríbeme <vale.r@example.com>", None, ["vale.r@example.com"], "md: autolink in angle brackets")
E(
    "email",
    "Reply-To: Nina Voss <nina.voss@example.net>",
    None,
    ["nina.voss@example.net"],
    "header: display name and angle brackets",
)
E("email", "Rooms: hana+rooms@example.com", None, ["hana+rooms@example.com"], "en: plus addressing")
E("email", "EMAIL ME: JADE.W@EXAMPLE.ORG", None, ["jade.w@example.org"], "en: all upper case")
E(
    "email",
    "Contact: amelie.roux@exam-\nple.com (scan)",
    None,
    ["amelie.roux@example.com"],
    "fr/en: OCR line-break hyphen inside the domain",
)
E("email", "Questions? Write to ana_1999@example.org.", None, ["ana_1999@example.org"], "en: full stop after")
E("email", "Zimmer frei (paula.s@example.net)", None, ["paula.s@example.net"], "de: in brackets")
E("email", "Apply: recruit@mail.example.com", None, ["recruit@mail.example.com"], "en: subdomain")
E(
    "email",
    '{"name": "Dora", "email": "dora.m@example.com", "city": "Porto"}',
    None,
    ["dora.m@example.com"],
    "json: email field",
)
E(
    "email",
    "hr@example.com; jobs@example.net",
    None,
    ["hr@example.com", "jobs@example.net"],
    "en: two addresses joined by ';'",
)
E(
    "email",
    "البريد: " + RLM + "salma.k@example.org" + RLM,
    None,
    ["salma.k@example.org"],
    "ar: right-to-left marks around the address",
)
# negatives
E("email", "npm i @babel/core@7.24.0 @types/node@20.11.5", None, [], "npm: scoped packages with versions")
E("email", "image: nginx@sha256:" + "ab" * 32, None, [], "docker: image digest")
E("email", "@media (max-width: 600px) { .ad { display: none } }", None, [], "css: @media")
E("email", "/** @param {string} email the user's address */", None, [], "jsdoc: @param")
E("email", "Lakers @ Celtics, 7:30 ET", None, [], "en: sports fixture")
E("email", "Croissants 3 @ £5 today", None, [], "en: '3 @ £5'")
E("email", '<button @click="sendMail">Send</button>', None, [], "vue: @click")
E("email", "SELECT @@ROWCOUNT AS n", None, [], "sql: @@ROWCOUNT")
E("email", "E-Mail: {{ user.email }}", None, [], "template: placeholder")
E("email", "ssh deploy@192.0.2.10 -p 2222", None, [], "ssh: user at an IP address")
E("email", "Password must contain @ or # and a digit", None, [], "en: password rule")
E("email", "Treffen @ 18 Uhr am Bahnhof", None, [], "de: '@' for a time")

# ---- handle --------------------------------------------------------------
H = add
H("handle", "telegram.me/nina_vx", None, ["telegram:nina_vx"], "url: telegram.me")
H("handle", "https://telegram.dog/kira_lux", None, ["telegram:kira_lux"], "url: telegram.dog")
H("handle", "Канал: t.me/s/rabota_praga", None, ["telegram:rabota_praga"], "url: t.me/s/ channel preview")
H(
    "handle",
    "https://web.telegram.org/k/#@sasha_vlk",
    None,
    ["telegram:sasha_vlk"],
    "url: web.telegram.org/k/#@",
)
H(
    "handle",
    "instagram.com/stories/lena.mrz/3301234567890123456/",
    None,
    ["instagram:lena.mrz"],
    "url: Instagram story link",
)
H("handle", "www.instagram.com/nora.kvt/reels/", None, ["instagram:nora.kvt"], "url: Instagram reels tab")
H("handle", "https://www.instagram.com/_u/carla.bcn/", None, ["instagram:carla.bcn"], "url: Instagram /_u/ link")
H(
    "handle",
    "https://www.snapchat.com/add/jessy.luv?share_id=Q1w2E3r4",
    None,
    ["snapchat:jessy.luv"],
    "url: snapchat.com/add with share_id",
)
H(
    "handle",
    "tiktok.com/@bella.mx/video/7300000000000000123",
    None,
    ["tiktok:bella.mx"],
    "url: TikTok video link",
)
H(
    "handle",
    "x.com/nina_xo/status/1790000000000000000",
    None,
    ["twitter:nina_xo"],
    "url: x.com status link",
)
H("handle", "twitter://user?screen_name=joy_lnd", None, ["twitter:joy_lnd"], "uri: twitter://user")
H("handle", "onlyfans.com/ruby.xo?ref=tw", None, ["onlyfans:ruby.xo"], "url: OnlyFans with ?ref=")
H("handle", "fb.me/ana.souza.22", None, ["facebook:ana.souza.22"], "url: fb.me")
H("handle", "Chat → m.me/lina.rose.7", None, ["facebook:lina.rose.7"], "url: m.me (Messenger)")
H("handle", "line://ti/p/~mimi_0529", None, ["line:mimi_0529"], "uri: line://ti/p/~")
H("handle", "纸飞机：@mei_sh", None, ["telegram:mei_sh"], "zh: 纸飞机 (paper plane) for Telegram")
H("handle", "电报 @xiaoyu_bj 私聊", None, ["telegram:xiaoyu_bj"], "zh: 电报 for Telegram")
H("handle", "Телеграм: @oksana_kyiv", None, ["telegram:oksana_kyiv"], "uk: Телеграм")
H("handle", "تلگرام: @sara_teh", None, ["telegram:sara_teh"], "fa: تلگرام")
H("handle", "텔레 @minji_sel 으로 연락주세요", None, ["telegram:minji_sel"], "ko: 텔레")
H("handle", "Telegram'dan yaz: @elif_ist", None, ["telegram:elif_ist"], "tr: Telegram'dan")
H("handle", "ins：lulu_sh", None, ["instagram:lulu_sh"], "zh: 'ins' for Instagram")
H("handle", "ㅇㅅㅌ: @hana.dgu", None, ["instagram:hana.dgu"], "ko: ㅇㅅㅌ initials")
H("handle", "📸 @lola.mad", None, ["instagram:lola.mad"], "en: camera emoji for Instagram")
H("handle", "Инста: @dasha.krd", None, ["instagram:dasha.krd"], "ru: Инста")
H("handle", "𝕀𝔾: @sofia.rm", None, ["instagram:sofia.rm"], "en: double-struck IG")
H("handle", "سناب: noura_q8", None, ["snapchat:noura_q8"], "ar-Gulf: سناب")
H("handle", "スナチャ：rina_o", None, ["snapchat:rina_o"], "ja: スナチャ")
H("handle", "addme sc 👉 kelly.b", None, ["snapchat:kelly.b"], "en: 'addme sc'")
H("handle", "𝕏 @joy_mnc", None, ["twitter:joy_mnc"], "en: double-struck 𝕏 logo")
H("handle", "推特：@yun_tw", None, ["twitter:yun_tw"], "zh: 推特 for Twitter")
H("handle", "틱톡 @sora.dance", None, ["tiktok:sora.dance"], "ko: 틱톡")
H("handle", "تيك توك: @reem.dxb", None, ["tiktok:reem.dxb"], "ar: تيك توك")
H("handle", "fesbuk: putri.sby", None, ["facebook:putri.sby"], "id: 'fesbuk'")
H("handle", "me add no face: bruna.rj", None, ["facebook:bruna.rj"], "pt-BR: 'face' for Facebook")
H("handle", "페북: jisoo.k", None, ["facebook:jisoo.k"], "ko: 페북")
H("handle", "臉書：mei.tpe", None, ["facebook:mei.tpe"], "zh-TW: 臉書")
H("handle", "vx：tingting_sz", None, ["wechat:tingting_sz"], "zh: 'vx' for WeChat")
H("handle", "V信：xiaomei_cd", None, ["wechat:xiaomei_cd"], "zh: 'V信'")
H("handle", "加威信 lanlan_wh 详聊", None, ["wechat:lanlan_wh"], "zh: 威信 homophone")
H("handle", "LINE ID：aya_0312", None, ["line:aya_0312"], "ja: LINE ID with full-width colon")
H("handle", "ID Line: dewi_bdg", None, ["line:dewi_bdg"], "id: 'ID Line'")
H("handle", "Signal: kara.42", None, ["signal:kara.42"], "en: Signal username with a number")
H("handle", "dc: lunaexe", None, ["discord:lunaexe"], "pl/de: 'dc' for Discord")
H("handle", "Скайп: olga.kos", None, ["skype:olga.kos"], "ru: Скайп")
H("handle", "kik ⇒ amy_rose07", None, ["kik:amy_rose07"], "en: kik with an arrow")
H(
    "handle",
    "IG/TT: @nina.vx",
    None,
    ["instagram:nina.vx", "tiktok:nina.vx"],
    "en: one name for IG and TT",
)
H(
    "handle",
    "same @ on ig + snap: mira.lux",
    None,
    ["instagram:mira.lux", "snapchat:mira.lux"],
    "en: one name for two platforms",
)
H("handle", "TG: " + SMALL_AT + "lera_nsk", None, ["telegram:lera_nsk"], "en: small commercial at")
H("handle", "Insta: @ni" + ZWSP + "ka.bln", None, ["instagram:nika.bln"], "en: zero-width space in the name")
H("handle", "IG: @" + greek("kira.mx"), None, ["instagram:kira.mx"], "en: Greek look-alikes in the name")
H("handle", "Snap: nina (dot) vx", None, ["snapchat:nina.vx"], "en: '(dot)' inside the name")
H("handle", "@ayla.ank Instagram'dan yaz", None, ["instagram:ayla.ank"], "tr: cue after the handle")
H(
    "handle",
    '{"@type": "Person", "sameAs": ["https://www.instagram.com/vera.hh/", "https://t.me/vera_hh"]}',
    None,
    ["instagram:vera.hh", "telegram:vera_hh"],
    "json-ld: sameAs",
)
H(
    "handle",
    '<meta name="twitter:creator" content="@lotte_ams">',
    None,
    ["twitter:lotte_ams"],
    "html: twitter:creator meta tag",
)
H("handle", "Escríbeme 👉 @karla_vzla", None, ["unknown:karla_vzla"], "es: no platform named")
H("handle", "DM @ruby.rose.x for bookings", None, ["unknown:ruby.rose.x"], "en: no platform named")
# negatives
H("handle", "t.me/joinchat/AAAAAE1234abcdEFGH", None, [], "url: Telegram joinchat invite")
H("handle", "instagram.com/reel/C7AbCdEfGhI/", None, [], "url: Instagram reel")
H("handle", "vm.tiktok.com/ZMabc123/", None, [], "url: TikTok short link")
H("handle", "x.com/i/status/1790000000000000001", None, [], "url: x.com/i/status")
H("handle", "facebook.com/groups/123456789012345/", None, [], "url: Facebook group")
H("handle", "facebook.com/marketplace/item/987654321098765/", None, [], "url: Facebook marketplace")
H("handle", "Join: discord.gg/AbCd123", None, [], "url: Discord invite")
H("handle", "wa.me/14155550123", None, [], "url: WhatsApp number link")
H("handle", "Mail: nina.voss@example.com", None, [], "en: e-mail address, not a handle")
H("handle", "2 hrs @ 150", None, [], "en: price '@'")
H("handle", "instagram.com/direct/inbox/", None, [], "url: Instagram inbox")
H("handle", "t.me/share/url?url=https://example.com/job", None, [], "url: Telegram share link")
H("handle", "tiktok.com/foryou?lang=en", None, [], "url: TikTok For You page")

# ---- payment -------------------------------------------------------------
Y = add
Y("payment", "CA: $KaylaB", None, ["cashapp:$kaylab"], "en: 'CA' for Cash App")
Y("payment", "ca$h app: $DeeDee22", None, ["cashapp:$deedee22"], "en: 'ca$h app'")
Y("payment", "c a s h a p p $RinaM", None, ["cashapp:$rinam"], "en: letter-spaced cue")
Y("payment", "my cashtag is $BreeJ", None, ["cashapp:$breej"], "en: 'cashtag'")
Y("payment", "CashApp tag = $LolaVee", None, ["cashapp:$lolavee"], "en: 'tag ='")
Y("payment", "Cash App ﹩MayaQ", None, ["cashapp:$mayaq"], "en: small dollar sign ﹩")
Y("payment", "tips → $MiaRoseX (cashapp)", None, ["cashapp:$miarosex"], "en: cue after the tag")
Y("payment", "Padala sa Cash App ko: $JoyDL", None, ["cashapp:$joydl"], "tl: 'sa Cash App ko'")
Y("payment", "Voye sou Cash App: $NadegeP", None, ["cashapp:$nadegep"], "ht: 'sou Cash App'")
Y("payment", "Przelej na Cash App: $AgaW", None, ["cashapp:$agaw"], "pl: 'na Cash App'")
Y("payment", "Cash App（现金）：$LiliZ", None, ["cashapp:$liliz"], "zh: Cash App with full-width brackets")
Y("payment", "كاش آب: $HalaM", None, ["cashapp:$halam"], "ar: كاش آب")
Y("payment", "ካሽ አፕ፦ $SelamT", None, ["cashapp:$selamt"], "am: ካሽ አፕ")
Y("payment", "Betalen via Cash App: $SanneV", None, ["cashapp:$sannev"], "nl: 'via Cash App'")
Y("payment", "แคชแอป: $PloyK", None, ["cashapp:$ployk"], "th: แคชแอป")
Y("payment", "venmo.com/nina-voss-7", None, ["venmo:nina-voss-7"], "url: venmo.com/<user> without /u/")
Y(
    "payment",
    "https://venmo.com/?txn=pay&recipients=Kara-Lynn&amount=20&note=rent",
    None,
    ["venmo:kara-lynn"],
    "url: venmo.com/?txn=pay&recipients=",
)
Y("payment", "Bayad sa Venmo: @Joy-Santos", None, ["venmo:joy-santos"], "tl: 'sa Venmo'")
Y("payment", "Venmo 账号：@Amy-Chen-88", None, ["venmo:amy-chen-88"], "zh: 'Venmo 账号'")
Y("payment", "Венмо: @Olga-Petrova", None, ["venmo:olga-petrova"], "ru: Венмо")
Y("payment", "فينمو: @Lina-Haddad", None, ["venmo:lina-haddad"], "ar: فينمو")
Y("payment", mono("Venmo") + ": @Ivy-Lane", None, ["venmo:ivy-lane"], "en: monospace cue")
Y("payment", "V e n m o → @Maya-Ruiz", None, ["venmo:maya-ruiz"], "en: letter-spaced cue")
Y("payment", "venmo me @Lexi-Cole-2", None, ["venmo:lexi-cole-2"], "en: 'venmo me'")
Y("payment", "Venmo 📲 @Tasha-Reed", None, ["venmo:tasha-reed"], "en: emoji between cue and name")
Y("payment", "www.paypal.me/KatjaM", None, ["paypal:katjam"], "url: www.paypal.me")
Y("payment", "https://paypal.me/MiaLux?locale.x=de_DE", None, ["paypal:mialux"], "url: paypal.me with locale")
Y("payment", "PAYPAL.ME/ROSIEQ", None, ["paypal:rosieq"], "url: upper case")
Y("payment", "paypal[dot]me/ZaraP", None, ["paypal:zarap"], "en: paypal[dot]me")
Y("payment", circled("paypal") + "." + circled("me") + "/LulaB", None, ["paypal:lulab"], "en: circled letters")
Y("payment", "贝宝：paypal.me/LiNaW", None, ["paypal:linaw"], "zh: 贝宝 for PayPal")
Y("payment", "เพย์พาล: paypal.me/PloyS", None, ["paypal:ploys"], "th: เพย์พาล")
Y("payment", "Przez PayPal: paypal.me/AgaNowak", None, ["paypal:aganowak"], "pl: 'przez PayPal'")
Y("payment", "PayPal'dan: paypal.me/ElifY", None, ["paypal:elify"], "tr: PayPal'dan")
Y("payment", "Graag via PayPal: paypal.me/SanneD", None, ["paypal:sanned"], "nl: 'via PayPal'")
Y("payment", "Пейпал: paypal.me/IraK", None, ["paypal:irak"], "ru: Пейпал")
Y("payment", "Το PayPal μου: paypal.me/ElenaK", None, ["paypal:elenak"], "el: 'Το PayPal μου'")
Y("payment", "Płatność na Revoluta: @kasia.w", None, ["revolut:kasia.w"], "pl: 'na Revoluta'")
Y("payment", "Plata pe Revolut: @andreea.p", None, ["revolut:andreea.p"], "ro: 'pe Revolut'")
Y("payment", "Mokėkite per Revolut: @ieva.k", None, ["revolut:ieva.k"], "lt: 'per Revolut'")
Y("payment", "Bizum no, pero por Revolut sí: @marta.g", None, ["revolut:marta.g"], "es: 'por Revolut'")
Y("payment", "Pagami su Revolut: @chiara.b", None, ["revolut:chiara.b"], "it: 'su Revolut'")
Y("payment", "Револют: @anya.v", None, ["revolut:anya.v"], "ru: Револют")
Y(
    "payment",
    "https://revolut.me/sofiadl?amount=2000&currency=EUR",
    None,
    ["revolut:sofiadl"],
    "url: revolut.me with amount",
)
Y("payment", "MONZO.ME/JAMIEP", None, ["monzo:jamiep"], "url: upper-case monzo.me")
Y(
    "payment",
    "CashApp $TinaB / Venmo @Tina-B / PayPal.me/TinaB",
    None,
    ["cashapp:$tinab", "venmo:tina-b", "paypal:tinab"],
    "en: three services in one line",
)
Y(
    "payment",
    '{"cashapp": "$NoraQ", "venmo": "Nora-Q"}',
    None,
    ["cashapp:$noraq", "venmo:nora-q"],
    "json: service keys",
)
Y("payment", "[Tip me 💸](https://cash.app/$CocoBee)", None, ["cashapp:$cocobee"], "md: link to cash.app")
Y(
    "payment",
    "<a href='https://venmo.com/u/Dana-Kim'>Venmo</a>",
    None,
    ["venmo:dana-kim"],
    "html: link to venmo.com/u/",
)
Y("payment", "Cash App only: $JennyLo (no venmo, no zelle)", None, ["cashapp:$jennylo"], "en: one service of three")
# negatives
Y("payment", "Total: ${amount} USD", None, [], "js: template literal")
Y("payment", "$('#pay-btn').on('click', pay)", None, [], "js: jQuery")
Y("payment", "US$150 / AU$200 per night", None, [], "en: US$ and AU$ amounts")
Y("payment", "cash.app/legal/us/en-us/tos", None, [], "url: Cash App terms")
Y("payment", "venmo.com/about/fees/", None, [], "url: Venmo fees page")
Y("payment", "Pay via paypal.me (link in DM)", None, [], "en: paypal.me without a name")
Y("payment", "PayPal-Käuferschutz gilt nicht für Freunde & Familie", None, [], "de: PayPal buyer protection")
Y("payment", "Revolut Ultra kostet 45 € im Monat", None, [], "de: Revolut plan price")
Y("payment", "Earn 5% cashback, up to $50", None, [], "en: cashback offer")
Y("payment", "$$$ fast money, DM me", None, [], "en: '$$$'")
Y("payment", "SELECT * FROM payments WHERE id = $1", None, [], "sql: $1 parameter")
Y("payment", "Scam alert: never send a Cash App deposit first", None, [], "en: service named in a warning")

# ---- crypto --------------------------------------------------------------
C = add
labels = [
    ("pl", "Adres portfela (USDT TRC20): {a}", W.trx),
    ("uk", "Адреса гаманця (BTC): {a}", W.btc_wpkh),
    ("tr", "Cüzdan adresi (ETH): {a}", W.eth),
    ("sv", "Plånboksadress (LTC): {a}", W.ltc_l),
    ("fi", "Lompakon osoite (SOL): {a}", W.sol),
    ("da", "Wallet-adresse (DOGE): {a}", W.doge),
    ("no", "Lommebokadresse (BTC): {a}", W.btc_tr),
    ("hi", "वॉलेट पता (USDT TRC20): {a}", W.trx),
    ("bn", "ওয়ালেট ঠিকানা (ETH): {a}", W.eth),
    ("ur", "والٹ ایڈریس (BTC): {a}", W.btc_p2pkh),
    ("ta", "வாலட் முகவரி (USDT TRC20): {a}", W.trx),
    ("sw", "Anwani ya pochi (BTC): {a}", W.btc_wsh),
    ("tl", "Address ng wallet ko (ETH): {a}", W.eth),
    ("ms", "Alamat dompet saya (XMR): {a}", W.xmr),
    ("zh-CN", "收款地址（TRC20）：{a}", W.trx),
    ("bg", "Адрес на портфейла (LTC): {a}", W.ltc_w),
    ("sk", "Adresa peňaženky (BTC): {a}", W.btc_p2sh),
    ("sl", "Naslov denarnice (ETH): {a}", W.eth),
    ("et", "Rahakoti aadress (SOL): {a}", W.sol),
    ("lv", "Maka adrese (DOGE): {a}", W.doge_p2sh),
    ("hy", "Դրամապանակի հասցե (ETH)՝ {a}", W.eth),
    ("mn", "Түрийвчийн хаяг (USDT TRC20): {a}", W.trx),
]
for i, (lang, tpl, fn) in enumerate(labels):
    a = fn(f"label39-{lang}-{i}")
    C("crypto", tpl.format(a=a), None, [W.value(fn, a)], f"{lang}: {fn.__name__} with local label")
a = W.trx("tronscan")
C("crypto", f"https://tronscan.org/#/address/{a}", None, [f"trx:{a}"], "url: tronscan")
a = W.btc_wpkh("blockchair")
C("crypto", f"https://blockchair.com/bitcoin/address/{a}", None, [f"btc:{a}"], "url: blockchair bitcoin")
a = W.ltc_m("blockchair-ltc")
C("crypto", f"blockchair.com/litecoin/address/{a}", None, [f"ltc:{a}"], "url: blockchair litecoin")
a = W.doge("blockcypher")
C("crypto", f"live.blockcypher.com/doge/address/{a}/", None, [f"doge:{a}"], "url: live.blockcypher.com")
a = W.sol("explorer")
C("crypto", f"https://explorer.solana.com/address/{a}", None, [f"sol:{a}"], "url: explorer.solana.com")
a = W.sol("solana-pay")
C("crypto", f"solana:{a}?amount=1.5&label=Deposit", None, [f"sol:{a}"], "uri: Solana Pay")
a = W.btc_wpkh("bip21-upper")
C("crypto", f"BITCOIN:{a.upper()}?AMOUNT=0.002", None, [f"btc:{a}"], "uri: upper-case BIP 21 (QR form)")
a = W.eth("eip681-plain")
C("crypto", f"ethereum:{a}", None, [f"eth:{a.lower()}"], "uri: plain ethereum:")
a = W.trx("json")
C("crypto", f'{{"network": "TRON", "address": "{a}"}}', None, [f"trx:{a}"], "json: address field")
a = W.btc_tr("xml")
C("crypto", f'<wallet chain="btc">{a}</wallet>', None, [f"btc:{a}"], "xml: element text")
a = W.eth("toml")
C("crypto", f'[wallet]\neth = "{a}"', None, [f"eth:{a.lower()}"], "toml: key")
a = W.xmr("md-table")
C("crypto", f"| Coin | Address |\n|---|---|\n| XMR | {a} |", None, [f"xmr:{a}"], "md: table cell")
a, b, c = W.btc_p2pkh("list-btc"), W.eth("list-eth"), W.sol("list-sol")
C(
    "crypto",
    f"• BTC: {a}\n• ETH: {b}\n• SOL: {c}",
    None,
    [f"btc:{a}", f"eth:{b.lower()}", f"sol:{c}"],
    "en: three-chain bullet list",
)
a = W.trx("backticks")
C("crypto", f"USDT TRC20: `{a}`", None, [f"trx:{a}"], "md: inline code")
a = W.ltc_w("angle")
C("crypto", f"LTC <{a}>", None, [f"ltc:{a}"], "en: angle brackets")
a = W.trx("fullwidth")
C("crypto", "ＵＳＤＴ：" + full(a), None, [f"trx:{a}"], "ja/zh: full-width address")
a = W.btc_p2pkh("bold")
C("crypto", "BTC " + bold(a), None, [f"btc:{a}"], "en: mathematical bold address")
a = W.sol("zwsp")
C("crypto", f"SOL: {a[:20]}{ZWSP}{a[20:]}", None, [f"sol:{a}"], "en: zero-width space inside")
a = W.trx("shy")
C("crypto", f"TRC20: {a[:17]}\u00ad{a[17:]}", None, [f"trx:{a}"], "en: soft hyphen inside")
a = W.trx("cyrillic")
C("crypto", "USDT: " + a[:10] + cyr(a[10:24]) + a[24:], None, [f"trx:{a}"], "ru: Cyrillic look-alikes inside")
a = W.eth("label-after")
C("crypto", f"{a} ← ERC20 only!", None, [f"eth:{a.lower()}"], "en: label after the address")
a = W.btc_wpkh("bitcoin-sign")
C("crypto", f"₿ {a}", None, [f"btc:{a}"], "en: ₿ sign as the label")
a = W.sol("coin-emoji")
C("crypto", f"🪙 SOL {a}", None, [f"sol:{a}"], "en: coin emoji")
a = W.ltc_l("qr-caption")
C("crypto", f"Scan to pay\n[QR]\n{a}\n(Litecoin)", None, [f"ltc:{a}"], "en: QR caption, chain named after")
a = W.trx("bot")
C("crypto", f"💳 Deposit address:\n{a}\n⚠️ TRC20 only", None, [f"trx:{a}"], "en: bot message")
a = W.eth("data-attr")
C("crypto", f'<button data-address="{a}">Copy</button>', None, [f"eth:{a.lower()}"], "html: data attribute")
a = W.ltc_m("query")
C("crypto", f"https://pay.example.com/checkout?to={a}&coin=ltc", None, [f"ltc:{a}"], "url: query parameter")
a = W.trx("rlm")
C("crypto", f"عنوان USDT: {RLM}{a}{RLM}", None, [f"trx:{a}"], "ar: RLM marks around the address")
a = W.doge_p2sh("doge-quote")
C("crypto", f"«DOGE»: «{a}»", None, [f"doge:{a}"], "fr/ru: guillemets around")
# negatives
C("crypto", "testnet: " + segwit("tb", 0, W.seed("tb")[:20]), None, [], "en: testnet bech32 address")
C("crypto", "faucet → " + b58c(b"\x6f", W.seed("testnet-b58")[:20]), None, [], "en: testnet base58 address")
xpub = b58c(b"\x04\x88\xb2\x1e", b"\x03" + b"\x00" * 8 + W.seed("xpub-chain") + b"\x02" + W.seed("xpub-key"))
C("crypto", f"xpub for the watch-only wallet: {xpub}", None, [], "en: extended public key")
sig = base58.b58encode(W.seed("sig-1") + W.seed("sig-2")).decode()
C("crypto", f"Solana tx signature: {sig}", None, [], "en: Solana transaction signature")
cid = base58.b58encode(b"\x12\x20" + W.seed("ipfs")).decode()
C("crypto", f"ipfs://{cid}", None, [], "en: IPFS CID v0")
C(
    "crypto",
    "Never share your seed: abandon ability able about above absent absorb abstract",
    None,
    [],
    "en: seed phrase warning, no address",
)
a = W.eth("short")
C("crypto", f"ETH: {a[:-1]}", None, [], "en: ETH address missing one hex digit")
a = W.trx("ell")
j = next(i for i in range(5, len(a)) if a[i] in "123456789")
bad_l = a[:j] + "l" + a[j + 1 :]
assert not check_b58c(bad_l, {0x41})
C("crypto", f"TRC20 {bad_l}", None, [], "en: base58 address with an 'l' (not in the alphabet)")
a = W.btc_wpkh("mixed-case")
k = next(i for i, ch in enumerate(a) if i > 4 and ch.isalpha())
mixed = a[:k] + a[k].upper() + a[k + 1 :]
assert not check_segwit(mixed, "bc")
C("crypto", f"BTC: {mixed}", None, [], "en: bech32 address in mixed case")
tr_wrong = _b32_with("bc", [1, *_bits(W.seed("tr-wrong"))], BECH32_CONST)
assert not check_segwit(tr_wrong, "bc")
C("crypto", f"Taproot: {tr_wrong}", None, [], "en: v1 address under the bech32 (not bech32m) constant")
C("crypto", "LTC testnet: " + segwit("tltc", 0, W.seed("tltc")[:20]), None, [], "en: Litecoin testnet address")
a = W.ltc_m("case-flip")
k = next(i for i, ch in enumerate(a) if i > 3 and ch.isalpha() and ch.swapcase() in B58 and ch.swapcase() != ch)
flipped = a[:k] + a[k].swapcase() + a[k + 1 :]
assert not check_b58c(flipped, {0x30, 0x32})
C("crypto", f"LTC {flipped}", None, [], "en: base58 address with one letter's case flipped")

# ---- age -----------------------------------------------------------------
A = add
A("age", "22 yaşındayım, İzmir'denim", None, ["22"], "tr: 'yaşındayım'")
A("age", "Mam 21 lat, jestem z Gdańska", None, ["21"], "pl: 'mam … lat'")
A("age", "Мені 20 років, я з Харкова", None, ["20"], "uk: 'років'")
A("age", "Jag är 23 år gammal och bor i Malmö", None, ["23"], "sv: 'år gammal'")
A("age", "Olen 22-vuotias opiskelija Tampereelta", None, ["22"], "fi: '-vuotias'")
A("age", "Ik ben 24 jaar en kom uit Utrecht", None, ["24"], "nl: 'jaar'")
A("age", "22 taong gulang, taga-Cebu", None, ["22"], "tl: 'taong gulang'")
A("age", "Nina miaka 21, natoka Mombasa", None, ["21"], "sw: 'nina miaka'")
A("age", "என் வயது 24, சென்னை", None, ["24"], "ta: 'வயது'")
A("age", "എനിക്ക് 21 വയസ്സ്, കൊച്ചിയിൽ നിന്ന്", None, ["21"], "ml: 'വയസ്സ്'")
A("age", "22 წლის ვარ, თბილისიდან", None, ["22"], "ka: 'წლის'")
A("age", "23 տարեկան եմ, Երևանից", None, ["23"], "hy: 'տարեկան'")
A("age", "23 yaşım var, Bakıdanam", None, ["23"], "az: 'yaşım var'")
A("age", "Men 21 yoshdaman, Toshkentdan", None, ["21"], "uz: 'yoshdaman'")
A("age", "Би 22 настай, Улаанбаатараас", None, ["22"], "mn: 'настай'")
A("age", "Jam 20 vjeç, nga Tirana", None, ["20"], "sq: 'vjeç'")
A("age", "На 23 години съм, от Пловдив", None, ["23"], "bg: 'на … години'")
A("age", "Stara sem 22 let, iz Maribora", None, ["22"], "sl: 'stara … let'")
A("age", "Man ir 24 gadi, no Rīgas", None, ["24"], "lv: 'gadi'")
A("age", "Olen 23-aastane, Tartust", None, ["23"], "et: '-aastane'")
A("age", "Ég er 22 ára, frá Akureyri", None, ["22"], "is: 'ára'")
A("age", "আমার বয়স " + native("22", BENGALI_D) + " বছর, ঢাকা থেকে", None, ["22"], "bn: Bengali digits")
A("age", "میری عمر " + native("21", PERSIAN) + " سال ہے، لاہور سے", None, ["21"], "ur: extended Arabic-Indic digits")
A("age", "મારી ઉંમર " + native("23", GUJARATI) + " વર્ષ છે", None, ["23"], "gu: Gujarati digits")
A("age", "ਮੇਰੀ ਉਮਰ " + native("20", GURMUKHI) + " ਸਾਲ ਹੈ", None, ["20"], "pa: Gurmukhi digits")
A("age", "నా వయస్సు " + native("22", TELUGU_D) + " సంవత్సరాలు", None, ["22"], "te: Telugu digits")
A("age", "Ragazza 22enne, seria e solare", None, ["22"], "it: '22enne'")
A("age", "Sympatická 21letá studentka z Brna", None, ["21"], "cs: '21letá'")
A("age", "Kasia, 22-latka z Wrocławia", None, ["22"], "pl: '22-latka'")
A("age", "J'ai 23 balais et toutes mes dents", None, ["23"], "fr: slang 'balais'")
A("age", "mit meinen 24 Lenzen neu in Hamburg", None, ["24"], "de: poetic 'Lenze'")
A("age", "Sanne, 24 jr, Rotterdam", None, ["24"], "nl: 'jr' abbreviation")
A("age", "만 21세, 부산 거주", None, ["21"], "ko: '만 … 세' (international age)")
A("age", "はたちの大学生です", None, ["20"], "ja: 'はたち' (twenty years old)")
A("age", "今年21岁，四川人", None, ["21"], "zh: '岁'")
A("age", "我今年23歲，香港人", None, ["23"], "yue: '歲'")
A("age", "Nina umri wa miaka ishirini na mbili", None, ["22"], "sw: number words")
A("age", "Dalawampu't tatlong taong gulang ako", None, ["23"], "tl: number words")
A("age", "Yirmi iki yaşındayım", None, ["22"], "tr: number words")
A("age", "Mam dwadzieścia jeden lat", None, ["21"], "pl: number words")
A("age", "Ik ben tweeëntwintig jaar", None, ["22"], "nl: number word, units first")
A("age", "Am douăzeci și patru de ani", None, ["24"], "ro: number words")
A("age", "Olen kaksikymmentäkolmevuotias", None, ["23"], "fi: one compound word")
A("age", "मैं बाईस साल की हूँ", None, ["22"], "hi: 'बाईस'")
A("age", "عمري اثنين وعشرين سنة", None, ["22"], "ar: colloquial number words")
A("age", "I'm twenty-one, new to Leeds", None, ["21"], "en: hyphenated number word")
A("age", '{"name": "Mia", "age": 22, "city": "Leeds"}', None, ["22"], "json: age field")
A("age", "<li>Edad: <b>24</b></li>", None, ["24"], "html: list item")
A("age", "F, 22 | Manchester", None, ["22"], "en: 'F, 22'")
A("age", "♀ 20 | 💋 | Leeds", None, ["20"], "en: female sign and age")
A("age", "[F24] new in town", None, ["24"], "en: '[F24]'")
A("age", "ᵃᵍᵉ " + remap("21", SUPER), None, ["21"], "en: superscript letters and digits")
A("age", native("23", SANS_BOLD) + " 𝘆𝗼 🌸", None, ["23"], "en: sans-serif bold digits")
A("age", "Zwei Freundinnen, 22 und 24, neu in Köln", None, ["22", "24"], "de: two ages")
A("age", "Mam 16 lat, szukam pracy na wakacje", None, ["16"], "pl: a minor")
A("age", "15 yaşındayım, iş arıyorum", None, ["15"], "tr: a minor")
A("age", "17 taong gulang, naghahanap ng trabaho", None, ["17"], "tl: a minor")
A("age", "Мені 14, шукаю підробіток", None, ["14"], "uk: a minor")
# negatives
A("age", "Ages 18–35 welcome to apply", None, [], "en: age range to apply")
A("age", "3 yıl garanti, 2 yıl servis", None, [], "tr: warranty")
A("age", "Hava 22°C, güneşli", None, [], "tr: temperature")
A("age", "Kawalerka 24 m², 3 piętro", None, [], "pl: flat size")
A("age", "Autobus 21 co 20 minut", None, [], "pl: bus line and frequency")
A("age", "Rozmiar buta 38", None, [], "pl: shoe size")
A("age", "18 year old single malt, £45", None, [], "en: whisky age")
A("age", "Top 20 hits of the week", None, [], "en: chart")
A("age", "Contract 12 months, 40 hours/week", None, [], "en: contract length and hours")
A("age", "Boarding gate 22, Terminal 2", None, [], "en: gate number")
A("age", "Dog, 3 years old, vaccinated, free to good home", None, [], "en: a pet's age")
A("age", "mid-20s, easy going", None, [], "en: no exact age")


if __name__ == "__main__":
    print(json.dumps(B.write()))
