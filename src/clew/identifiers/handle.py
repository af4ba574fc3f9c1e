"""Social-media and messenger handles: ``platform:username``.

A handle is a username next to a platform cue: the platform's name or a common
abbreviation in several languages and scripts ("IG", "tg", "tele", "инста", "इंस्टा",
"微信", "ไลน์"), its emoji (👻 for Snapchat, ✈ for Telegram) or a profile URL (``t.me/…``,
``instagram.com/…``, the deep link ``tg://resolve?domain=…``, the chat links ``ig.me/m/…``, ``m.me/…``).
A two-letter cue that is also a state code ("SC", "WA") written after a place name ("Columbia, SC") is the
state; a cue glued to the end of a username (``mia.x``) is part of it. A username written letter by letter after a cue
("l u n a _ s t a r") is joined.
A cue may follow its username ("jade_x on tg", "@lily on IG"; after an '@' name with a preposition of many
languages, "@x en insta", "@x bei Snapchat", "@x в телеграме", "@x 在tg上", in brackets, "@x (ig)", or with a
case ending instead, "@x tg'den"), and a cue with no name of its own names
the '@' name later in its clause ("find me on Telegram, I'm @vale"); a display name before the
platform's profile URL ("Facebook: Maria Lopez (facebook.com/…)") is no username. A cue followed by "same",
"too", "auch" takes the username read just before ("snap: x … kik same"), and an '@' name said to be another
account ("TikTok @x (2nd acc @y)") takes the platform of the handle before it.
A username written ``@name`` with no cue nearby is ``unknown:name``, and so is the name after the '@' used as a noun
("my @ is cleo.rae", "mi @ es …"); a JSON key or a JSON-LD keyword ("@type": …) is none, and a meta tag's name
('<meta name="twitter:creator" content="@x">') names the platform of its content, not a username. Korean writes a
platform's name in its initial consonants too ("ㅇㅅㅌ" for 인스타). A platform's compound name in the Arabic script,
Devanagari, Bengali or Hebrew is a cue written as one word or two ("ٹیلیگرام", "ٹیلی گرام"); Instagram's story
highlights name no account.

Cues are found with one Aho-Corasick automaton over the normalised view; the
username after a cue is read with an anchored pattern. Several cues joined by
``/``, ``&``, "and", "or" share the username that follows them ("snap/insta:
lily23"), and so do cues said to share it ("my IG is the same as my TG: …", "mi tiktok es igual que mi ig").
Between the cue and the name may stand separators, arrows and pointing
hands (``➜``, ``👉``), "id"/"username", or a possessive ("ig aku:", "insta mình:");
platform names written with look-alike digits or signs (``sn@p``, ``k1k``, ``1nsta``)
count as the name, and so do names with a case ending glued on (Russian and Ukrainian
"в телегу", "в інстаграмі"; Turkish "telegramdan", "instadan"; Polish "instagramie", "na snapie";
Hungarian "telegramon"; Finnish, Estonian, Latvian and Lithuanian "snäpissä", "Telegramis", "Instagramā";
Kazakh "Телеграмда"; Georgian "ტელეგრამში"; Ukrainian "в телезі"; after a hyphen, "Telegram-е"), leetspeak in
any mix ("t3l3gr4m", "1n$t4"), a Latin cue glued to Chinese or Thai ("加我wx："), Telegram's "Forwarded from"
header, Ukrainian and Belarusian spellings made from the Russian ones ("інст", "тэлеграм"), Polish and Czech
endings replacing a final -a ("na instę") or added to a short name ("na snapa"), Japanese and Korean particles
("インスタのIDは …", "인스타 아이디는 …"), a bullet or an arrow standing for the colon after a short cue in a
footer ("IG • x | TT • y"), an '@' name said to be "my" account ("@x — мой телеграм"), the ghost after a name
("lily_23 👻") and two-letter abbreviations with dots ("i.g:"). Placeholders ("coming soon", "tba") and CSS or JSDoc
at-rules ("@media (…) {") are no usernames. A copula may stand between cue and name
("mon snap c'est …", "tiktok adalah …"), and a word with a colon before an ``@`` name
("telegramdan yaz: @…"), or a short phrase ending in a colon ("insta pe msg karo: priya.k") — which,
like the word-like cue "face" (Facebook), marks nothing by itself: the name after it must look like a
handle. A bare word after a cue counts only when the writer marks it as a
handle — a separator (``:``, ``-``, ``=``, an arrow, "is", "id"), an ``@``, or a
character a plain word lacks (digit, ``_``, ``.``, inner capital) — so that
"Telegram only" or "Instagram model" stay out — but a word or two of the sentence (a copula, "pe Insta sunt …")
may stand before a name that looks like a handle; a name in quotation marks or corner brackets (“x”, 「x」) is set
apart as by a colon; an underscore, hyphen or dot spelled out inside a name ("lila underscore rose", "mia dot
belle", in brackets too: "nina (dot) vx") is read as the sign; a cue that ends its sentence names the '@' name
written next, on a later line too ("DM on IG.\n\n@x"); a hyphen glued on both sides makes a compound
("Instagram-worthy"), not a separator. An ``@`` name going on with a hyphen ("@sara-lee22") is
no social handle (no social platform allows one: it is Venmo's). Ambiguous short cues ("OF", "X",
"TT", "WA", "line", "signal") need a colon or ``@``, and the two-letter ones must
be written in capitals. Usernames are lower-cased: every platform here treats
them case-insensitively.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from math import prod
from pathlib import Path

import ahocorasick

from clew.identifiers.base import (
    DASH_WORDS,
    DOT_WORDS,
    UNAVAILABLE_WORDS,
    UNDERSCORE_WORDS,
    Example,
    FieldContext,
    IdentifierType,
    is_phrase,
    spaced_user,
)
from clew.identifiers.payment import SCRIPT_NAMES as PAYMENT_SCRIPT_NAMES
from clew.identifiers.payment import TYPO_NAMES as PAYMENT_TYPO_NAMES
from clew.model import Entity
from clew.text.confusables import latin_capitals
from clew.text.normalize import SCRIPT_MARKS as _SCRIPT_MARKS
from clew.text.phrases import PhraseIndex

_PAYMENT = "payment"
# Cue kinds: "word" needs word boundaries on cased scripts; "strict" needs a colon or "@"
# (and capitals when marked "upper"); "url" is followed directly by the username.
_WORD = "word"
_STRICT = "strict"
_UPPER = "upper"
_URL = "url"

_FORWARDED_FROM = (
    *("forwarded from", "переслано от", "переслано від", "reenviado de", "encaminhado de"),
    *("weitergeleitet von", "inoltrato da", "przekazano od", "transféré de", "doorgestuurd van"),
)
"""The header Telegram writes over a forwarded post, in its interface languages ("Forwarded from @x"): a strict
cue (an '@' or a colon must follow) that is never joined to a cue before it."""
_INSTAGRAM_ACCOUNT_PATHS = tuple(
    f"{host}/{path}/" for host in ("instagram.com", "instagr.am") for path in ("stories", "_u")
)
"""Paths after which an Instagram link names the account: a story (``/stories/name/123…``) and the app link
(``/_u/name``)."""
_TIKTOK_NOTES = ("🎵", "🎶", "♪", "♫")
"""The musical notes of TikTok's logo: a strict cue (an '@' or a colon must follow: "🎵 @kimi.moves"), since a
note also decorates any line about music or dancing ("🎶 party tonight")."""
_CUES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # platform: (word cues, strict cues, url prefixes)
    "telegram": (
        (
            "telegram",
            "telegramm",
            "telega",
            "tg",
            "tlg",
            "телеграм",
            "телеграмм",
            "телеграмме",
            "телега",
            "тг",
            "телеге",
            "电报",
            "電報",
            "飞机",
            "飛機",
            "تيليجرام",
            "تليجرام",
            "تلغرام",
            "تيليغرام",
            "تلجرام",
            "تلگرام",
            "เทเลแกรม",
        ),
        _FORWARDED_FROM,
        (
            "t.me/",
            "telegram.me/",
            "telegram.dog/",
            # the web clients' links to a chat: "web.telegram.org/k/#@name", "/a/#@name", "/k/#name"
            *(f"web.telegram.org/{v}#{at}" for v in ("k/", "a/", "z/", "") for at in ("@", "")),
            "tg://resolve?domain=",
            "tg://resolve?phone=",
            "telegram://resolve?domain=",
        ),
    ),
    "instagram": (
        (
            "instagram",
            "insta",
            "instagr",
            "ig",
            "inst",
            "инстаграм",
            "инстаграме",
            "инста",
            "инсте",
            "инст",
            "インスタ",
            "インスタグラム",
            "انستقرام",
            "انستغرام",
            "انستجرام",
            "انستا",
            "اینستاگرام",
            "اینستا",
            "انسٹاگرام",
            "انسٹا",
            "인스타",
            "อินสตาแกรม",
            "ไอจี",
        ),
        ("ins",),
        (
            "instagram.com/",
            "instagr.am/",
            "ig.me/m/",
            "ig.me/",
            "instagram://user?username=",
            *_INSTAGRAM_ACCOUNT_PATHS,
        ),
    ),
    "snapchat": (
        (
            "snapchat",
            "snap",
            "sc",
            "snapch",
            "👻",
            "снэпчат",
            "снапчат",
            "снап",
            "سناب",
            "سنابشات",
            "سناب شات",
            "اسنپ چت",
            "اسنپچت",
            "اسنیپ چیٹ",
            "سنیپ چیٹ",
        ),
        (),
        ("snapchat.com/add/", "snapchat.com/@", "snapchat://add/", "snapchat://@"),
    ),
    "kik": (("kik", "кик"), (), ("kik.me/", "kik://users/")),
    "onlyfans": (("onlyfans", "only fans", "онлифанс"), ("of",), ("onlyfans.com/",)),
    "fansly": (("fansly",), (), ("fansly.com/",)),
    "twitter": (
        ("twitter", "твиттер", "تويتر", "🐦", "🐤"),
        ("x", "tw"),
        ("twitter.com/", "x.com/", "mobile.twitter.com/", "twitter://user?screen_name="),
    ),
    "tiktok": (
        ("tiktok", "tik tok", "тикток", "تيك توك", "تیک تاک", "ٹک ٹاک", "ٹِک ٹاک"),
        ("tt", *_TIKTOK_NOTES),
        ("tiktok.com/@", "tiktok://user/@", "snssdk1233://user/@"),
    ),
    "facebook": (
        ("facebook", "fb", "фейсбук", "фб", "فيسبوك", "فيس بوك", "脸书", "臉書", "เฟสบุ๊ค", "เฟซบุ๊ก", "📘"),
        ("face", "feis"),
        ("facebook.com/", "fb.com/", "m.facebook.com/", "fb.me/", "m.me/", "messenger.com/t/"),
    ),
    "wechat": (
        ("wechat", "we chat", "weixin", "微信", "威信", "薇信", "v信", "加v", "加微", "加薇", "wx", "vx", "вичат"),
        ("微", "薇"),
        (),
    ),
    "line": (
        ("line id", "lineid", "ไลน์", "ライン", "라인"),
        # "賴" (lài, Taiwanese slang for LINE) is also a surname: only with a colon or an '@' after it
        ("line", "賴", "赖"),
        ("line.me/ti/p/~", "line.me/r/ti/p/~", "line://ti/p/~", "line.me/r/ti/p/@", "line://ti/p/@"),
    ),
    "skype": (("skype", "скайп"), (), ()),
    "signal": (("сигнал",), ("signal",), ()),
    "discord": (("discord", "дискорд", "👾", "dscrd", "discrd", "дискорде"), ("dc", "дс"), ()),
    "whatsapp": (
        (
            "whatsapp",
            "whats app",
            "whatsap",
            "watsap",
            "wsp",
            "wassap",
            "ватсап",
            "вотсап",
            "вацап",
            "واتساب",
            "واتس اب",
        ),
        ("wa", "zap"),
        (),
    ),
    "kakaotalk": (("kakaotalk", "kakao", "kakao id", "카톡", "카카오톡"), (), ()),
    "vk": (
        ("vkontakte", "вконтакте", "вк"),
        ("vk",),
        ("vk.com/", "m.vk.com/", "vk.me/", "vk://vk.com/", "vk.ru/", "m.vk.ru/"),
    ),
    "threads": ((), (), ("threads.net/@", "threads.com/@")),
    "reddit": (("reddit",), (), ("reddit.com/user/", "reddit.com/u/", "u/")),
    # Payment services: their "@user" is a payment handle (see payment.py), not a social one.
    _PAYMENT: (
        (
            *("venmo", "ven mo", "vnmo", "cashapp", "cash app", "zelle", "revolut", "paypal", "pay pal", "pypl"),
            *("chime", "monzo"),
            "wise",
            *PAYMENT_SCRIPT_NAMES,
            *PAYMENT_TYPO_NAMES,
        ),
        (),
        (),
    ),
}
_MORE_WORD_CUES: dict[str, tuple[str, ...]] = {
    # Colloquial names and the names in more scripts (Devanagari, Hebrew, Greek, Persian, Korean, Japanese,
    # Chinese, Thai); emoji that stand for a platform (✈ the paper plane of Telegram's logo).
    "telegram": (
        # Turkish slang and its possessive ("Teli", "Telim": my Telegram), Persian and Arabic clipped forms
        "teli", "telim", "telgramım", "تلگرامم", "تلگ",
        "tele", "tlgrm", "telegrm", "telgram", "✈", "纸飞机", "紙飛機", "टेलीग्राम", "टेलिग्राम", "טלגרם",
        "τελεγκραμ", "τελεγραμ", "τέλεγκραμ", "텔레그램", "텔레", "テレグラム", "телеграмчик", "телеграмм", "тєлєграм",
        "тележка", "телеграмка",
        "টেলিগ্রাম", "டெலிகிராம்", "టెలిగ్రామ్", "ٹیلیگرام", "ቴሌግራም", "ტელეგრამი", "ტელეგრამ", "ტელეგრამზე",
        "տելեգրամ", "տելեգրամով", "teleqram", "តេឡេក្រាម", "តេលេក្រាម", "ເທເລແກຣມ", "တယ်လီဂရမ်", "တယ်လီဂရာမ်",
        "ටෙලිග්රෑම්", "ටෙලිග්රැම්",
        # Vietnamese spelled syllable by syllable, with and without its tones
        "tê-lê-gram", "tê lê gram", "te-le-gram", "te le gram", "tê-lê", "tê lê gờ ram", "tê-lê-gờ-ram",
    ),
    "instagram": (
        "📸", "📷", "instgram", "instaqram", "អ៊ីនស្តាក្រាម", "ອິນສະຕາແກຣມ", "အင်စတာဂရမ်",
        "ඉන්ස්ටග්රෑම්", "इंस्टा", "इंस्टाग्राम", "इन्स्टा", "इन्स्टाग्राम", "אינסטגרם", "אינסטה", "ινσταγκραμ", "ινστα",
        "اینستا", "اینستاگرام", "인스타그램", "ไอจี", "อินสตา", "інста", "інстаграм", "ίνστα", "ίνσταγκραμ", "ινσταγκράμ",
        "ইনস্টা", "ইনস্টাগ্রাম", "இன்ஸ்டா", "இன்ஸ்டாகிராம்", "ఇన్స్టా", "ఇన్స్టాగ్రామ్", "انسٹا", "انسٹاگرام",
        "ინსტა", "ინსტაგრამი", "ინსტაგრამზე", "ինստա", "ինստագրամ", "ինստագրամում", "ኢንስታ", "ኢንስታግራም",
        "instáč", "instač", "instáči", "instáčem",
        # "ins", the Chinese and Korean web's name for Instagram, read beside their script only (English "ins" is
        # insurance): "我的ins", "加ins", "ins号", "인스 아이디"
        "我ins", "的ins", "加ins", "关注ins", "關注ins", "ins号", "ins號", "ins账号", "ins帳號", "ins上", "인스",
        # Taiwanese slang (哀居, "ai-ju", for IG)
        "哀居",
        # Turkish possessives ("İnstam", "instamdan": my Insta), Arabic and Persian dialect spellings
        "instam", "instamda", "instamdan", "instama", "انستي", "انستاغرام", "انستگرام", "اینستام",
    ),
    "snapchat": (
        "स्नैपचैट", "स्नैप", "סנאפ", "סנאפצ'ט", "σναπ", "스냅챗", "スナップチャット", "สแนป", "اسنپ", "سنپ", "снепчат",
        "снеп", "снэп", "snäp", "snäpp", "snäppen", "snäppi", "snappi",
        "snapčat", "snapčats", "snepčet", "スナチャ", "スナップ", "스냅",
        # Turkish possessives of the clipped name ("Snapim", "Snapım": my Snap), Arabic and Persian dialect spellings
        "snapim", "snapım", "snapime", "snapimden", "snapımdan", "سنابي", "سناپ", "اسناپ",
        "สแนปแชท", "สแนปแชต",
    ),
    # Japanese, Korean and Thai names, and the clipped forms Japanese slang makes of them ("スナチャ" Snapchat)
    "discord": (
        "ディスコード", "디스코드", "디코",
        "ดิสคอร์ด", "डिस्कॉर्ड", "ديسكورد", "دیسکورد", "דיסקורד", "ντισκορντ", "дискорді",
    ),
    "kakaotalk": ("カカオトーク", "カカオ", "カトク"),
    "skype": (
        "スカイプ", "스카이프", "สไกป์", "سكايب", "سکایپ", "اسکائپ", "סקייפ", "σκάιπ", "σκαιπ", "स्काइप", "স্কাইপ",
        "скайпі", "skajp", "skaip", "skajpie", "скайпа", "ස්කයිප්",
    ),
    "signal": ("سيجنال", "سیگنال", "סיגנל", "σίγκναλ", "सिग्नल", "시그널", "シグナル"),
    "onlyfans": ("オンリーファンズ", "온리팬스", "اونلي فانز", "اونلی فنز", "אונליפאנס", "онліфанс", "ओनलीफैंस"),
    "tiktok": (
        "टिकटॉक", "טיקטוק", "틱톡", "ティックトック", "抖音", "ติ๊กต็อก", "تیک تاک", "тікток", "тік ток", "тик ток",
        "τικ τοκ", "τικτοκ", "টিকটক",
        "tóp tóp",  # Vietnamese slang
    ),
    "facebook": (
        "फेसबुक", "פייסבוק", "페이스북", "페북",
        "フェイスブック", "เฟซ", "فیسبوک", "ফেসবুক", "ფეისბუქი", "ֆեյսբուք", "φέισμπουκ",
        "fejs", "fejsbuk", "fejsbuka",
        # Indonesian, Malay and Tagalog spellings as said ("fesbuk", "pesbuk")
        "fesbuk", "pesbuk", "fesbuq",
        # Thai clipped "เฟส" (face), Vietnamese "phây"
        "เฟส", "เฟสบุ๊ก", "เฟซบุ๊ค", "phây",
        # Vietnamese spelled syllable by syllable ("phây-búc"), and its slang "phở bò"
        "phây-búc", "phây búc", "phay-buc", "phây-bút", "phở bò",
        "فیسبک", "فیس بک", "فیس بُک",  # Urdu
    ),
    "line": (
        "加line", "賴帳號", "賴號", "赖号", "ライン id",
        "add line", "add line id", "แอดไลน์", "加賴", "加赖", "賴 id", "賴id", "赖 id", "赖id", "라인 아이디",
    ),
    "twitter": ("تويتري", "تویتر", "ტვიტერი", "ट्विटर", "טוויטר", "트위터", "ツイッター", "推特", "ทวิตเตอร์", "توییتر"),
    "whatsapp": (
        "wasap", "wasep",  # Indonesian and Malay spellings as said
        "व्हाट्सएप", "व्हाट्सऐप", "וואטסאפ", "왓츠앱", "واتساپ", "ワッツアップ", "واٹس ایپ", "واٹساپ", "واٹس اپ", "وٹس ایپ",
    ),
    "wechat": (
        "위챗", "ウィーチャット", "วีแชท", "ويتشات", "وی چت", "ויצ'אט", "вічат", "वीचैट",
        # Chinese slang written to pass keyword filters: "卫星" (wèixīng, a homophone), the "green bubble" icon
        "卫星号", "衛星號", "卫星", "衛星", "绿泡泡", "綠泡泡", "绿色泡泡",
    ),
}  # fmt: skip
"""Word cues beyond the main table (kept apart so that the table stays readable)."""
_KOREAN_INITIALS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # platform: (word cues, strict cues); two letters are also chat slang ("ㅌㅌ" run away): a colon or '@' after
    "instagram": (("ㅇㅅㅌ", "ㅇㅅㅌㄱㄹ"), ()),
    "twitter": (("ㅌㅇㅌ",), ()),
    "telegram": (("ㅌㄹㄱㄹ",), ("ㅌㄹ",)),
    "kakaotalk": ((), ("ㅋㅌ",)),
    "facebook": ((), ("ㅍㅂ",)),
    "tiktok": ((), ("ㅌㅌ",)),
}
"""Platforms' names in Korean initial consonants (ㅇㅅㅌ for 인스타, ㅌㅇㅌ for 트위터, ㅋㅌ for 카톡), written as the
compatibility letters of a keyboard; NFKC makes them the conjoining letters the normalised view holds, and the
automaton takes that form."""
_CYRILLIC_ENDINGS = ("а", "у", "е", "и", "ы", "ом", "ой", "ою", "і", "ю", "ем", "ах", "ке", "ку")
"""Case endings of Russian and Ukrainian: a platform's name is inflected ("в телегу", "в инстаграме", "у тіктоку")."""
_SUFFIXES_TEXT = (
    "dan den tan ten da de ta te a e ya ye ı i u ü yı yi yu yü ın in un ün la le yla yle ie em om"
    " on en ön ra re ról ről ban ben nál nél hoz hez höz ê yê"
    " ım im um üm m ımız imiz umuz ümüz"
)
_TURKISH_SUFFIXES = tuple(_SUFFIXES_TEXT.split())
"""Case suffixes glued to a platform's name, with or without an apostrophe ("telegramdan", "Instagram'dan"),
in Turkish, the Polish and Czech locative/instrumental endings ("na instagramie", "facebooku"), the
Hungarian ones ("telegramon", "facebookon") and the Kurmanji oblique ("li Telegramê")."""
_FINNIC_BALTIC_TEXT = "is ist iga isse ā ą ē ė ui ssa ssä sta stä issa issä ista istä iin ille illa illä lle lla llä"
_FINNIC_BALTIC_SUFFIXES = tuple(_FINNIC_BALTIC_TEXT.split())
"""Case endings of Estonian ("Telegramis", "Telegramiga"), Finnish ("WhatsAppissa", "snäpissä", "Instaan"),
Latvian ("Instagramā") and Lithuanian ("Telegrame", "Instagramą")."""
_CYRILLIC_TURKIC_SUFFIXES = (
    *("да", "де", "та", "те", "дан", "ден", "тан", "тен", "ға", "ге", "қа", "ке", "ка", "га"),
    *("аар", "ээр", "оор", "өөр", "ад", "эд", "д", "т"),
)
"""Case suffixes of the Turkic languages written in Cyrillic (Kazakh, Kyrgyz, Tatar, Bashkir: "Телеграмда",
"Инстаграмдан") and of Mongolian (instrumental "Инстаграмаар", dative-locative "Телеграмд"), glued to a name
ending in a consonant."""
_CYRILLIC_PALATALISED = {"г": "зі", "к": "ці", "х": "сі"}
"""The Ukrainian locative changes the stem's last consonant: "телега" → "в телезі"."""
_GEORGIAN_SUFFIXES = ("ში", "ზე", "ით", "ის", "თან", "დან", "ისთვის", "მა")
"""Georgian postpositions glued to a name ("ტელეგრამში", "ინსტაგრამზე"), after the nominative -ი is dropped."""
_SHORT_NAME_SUFFIXES = ("ie", "i", "u", "a", "em", "ovi", "issa", "issä", "iin", "is", "ā")
"""The Polish, Czech and Slovak case endings of four-letter names ("na snapie", "na snapu", "pisz na snapa",
"snapem", Slovak "na Snapi"), which make no English words of them (Turkish and Hungarian ones would: "snapon")."""
_A_STEM_ENDINGS = ("ę", "y", "ą", "u", "ou", "ě", "ie", "e", "i")
"""The Polish, Czech and Slovak case endings of names ending in -a, which replace it ("na instę", "z insty",
"instą", "přes instu"), and the locative of transliterated Russian ("v telege")."""
_EAST_SLAVIC_LETTERS = (("и", "і"), ("е", "э"), ("е", "є"))
"""Ukrainian and Belarusian write the Russian и as і, Belarusian the hard е as э ("інст", "тэлеграм"): a Russian
spelling of a platform's name gives theirs."""
_LENGTHENED = {"a": "á", "e": "é"}
_HUNGARIAN_AFTER_VOWEL = (
    *("n", "ra", "re", "ról", "ről", "ba", "be", "ban", "ben"),
    *("hoz", "hez", "nál", "nél", "val", "vel"),
)
"""Hungarian case suffixes after a name ending in a vowel, which they lengthen ("Instán", "Instára", "Instáról")."""
_NOT_INFLECTED = frozenset({"instale", "instala", "chimera", "chimere"})
"""Suffixed short names that are words of their own (Spanish "instale", "instala"; "chimera")."""
_ABBREVIATIONS = ("ig", "tg", "fb", "sc", "wx", "vx")
"""Two-letter cues that are also written with dots ("i.g:", "t.g.")."""
_REGION_CODE_CUES = frozenset({"sc", "wa", "dc"})
"""Cues that are also state codes: after "Columbia, " they name South Carolina, not Snapchat; after
"Washington, " the district, not Discord."""
_AT_NEXT = re.compile(r"[\s:：=\-–—>|]*@")
_PLACE_BEFORE = re.compile(r"(?:^|[^\w])[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s?$")
_UPPER_SHORT = ("of", "x", "tw", "tt", "wa", "vk")
_DOTTED_STRICT = ("of", "tw", "tt", "vk")
"""Ambiguous two-letter cues also written with dots ("O.F:", "T.T:"), in capitals and with a colon or '@' like the
plain ones ("W.A." is left out: it is an address's Western Australia)."""
_UPPER_CUES = frozenset(
    {*_UPPER_SHORT, *(f"{c[0]}.{c[1]}" for c in _DOTTED_STRICT), *(f"{c[0]}.{c[1]}." for c in _DOTTED_STRICT)}
)
"""Strict cues that must also be written in capitals ("OF:", "X:")."""
_CJK_WEB_CUES = frozenset({"ins"})
"""Cues only the Chinese, Japanese and Korean web use ("ins：x" for Instagram; English "Ins:" is insurance): read in
a field with a character of those scripts or a full-width sign (the colon "："), as their keyboards write it."""
_CJK_WEB_TEXT = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff01-\uff60]")
_WORD_LIKE_CUES = frozenset({"face", "feis"})
"""Strict cues that are ordinary words ("Face: pretty"): the name after them must look like a handle or be an
'@' name ("face: carla.ruiz.88")."""

_RESERVED_PATHS = frozenset(
    {
        "p", "reel", "reels", "explore", "stories", "accounts", "tv", "direct", "home", "search", "i", "intent",
        "share", "sharer", "hashtag", "settings", "messages", "notifications", "profile.php", "groups", "pages",
        "events", "watch", "marketplace", "photo.php", "permalink.php", "story.php", "login", "people", "joinchat",
        "addstickers", "proxy", "iv", "c", "s", "tos", "privacy", "help", "about", "legal", "signup", "dialog",
        # the site's own pages of VK, TikTok, X, Facebook, Telegram, Snapchat: the feed, the messages, the friends
        "feed", "im", "friends", "audio", "audios", "video", "videos", "music", "docs", "apps", "market", "edit",
        "bookmarks", "saved", "gaming", "following", "discover", "live", "tag", "compose", "addlist",
        "addemoji", "setlanguage", "socks", "spotlight", "fave", "albums", "photos",
        # Instagram's story highlights and its other collections of an account ("/stories/highlights/1789…/")
        "highlights", "highlight", "guides", "collections", "tagged",
    }
)  # fmt: skip

_VK_COMMUNITY = re.compile(r"(?:club|public|event)\d+")
"""VK's own addresses of a group, a public page or an event (``vk.com/club123456``): a community, not a user."""

_STOP_TEXT = """
    only me id is at on my and or for the to please pls plz too also available message msg dm dms app account handle
    username user name here now below above in bio link links channel channels group groups chat chats video videos
    call calls story stories premium free vip page profile live verified contact add follow text texting us our with
    via number num no yes preferred required first ok okay info details anytime always today tonight same both etc
    model famous baddie back up bot business marketplace messenger strength web desktop post posts pic pics photo
    photos reply replies dont don't not ask see check hit just request requests solo sólo seulement uniquement
    apenas somente doar hanya saja chỉ nur oder und und auch a an el la los las le les de del des do da em en et y e
    o ou i и или только тоже incall outcall incalls outcalls
    later everyone someone
"""
_STOP = frozenset(_STOP_TEXT.split()) | UNAVAILABLE_WORDS
"""Words that follow a platform cue without being a username ("Telegram only")."""

_CONNECTOR = re.compile(
    r"\s*(?:[/&,+|·•]|and|or|y|et|e|ou|o|oder|und|или|и|або|або ж|lub|veya|ya da|hoặc|atau|ή|或者|或|和|及|または|หรือ"
    r"|(?:is |es |est |é |ist |adalah )?(?:the |el |la |le |o |a )?(?:same as|same|mismo que|misma que|igual que"
    r"|même que|pareil que|mesmo que|igual a|sama dengan|sama kayak|sama seperti|giống|такой же как|такой же как и"
    r"|gleich wie|uguale a|stesso di)(?: my| mi| mon| ma| meu| minha| mein| il mio| мой| мой же)?)?\s*"
)
"""What joins cues that share one username: "snap/insta", "IG and TG", "my IG is the same as my TG", "WeChat · LINE",
"Telegram или WhatsApp", "微信或LINE": each platform of the group takes the name."""
_POSSESSIVES = (
    "my|mine|aku|saya|ku|mình|minh|em|ko|mi|mio|mia|moi|mon|ma|meu|minha|mein|meine|мой|моя|мою|мій|моя|ของฉัน|我的"
)
"""'My' after a cue ("ig aku:", "insta mình:", "telegram moi :"): the username still follows."""
_ACCOUNT_WORDS = (
    "account|acc|acct|profile|profil|profilim|hesabım|hesabim|hesap|hesabı|kullanıcı adım|kullanıcı adı|nick|nickname"
    "|cuenta|perfil|compte|conta|akun|akunku|tài khoản|аккаунт|акк|профиль|ник|ніка|帐号|賬號|계정|アカウント"
    "|usuario|usuaria|usuário|utilisateur|utente|nome utente|benutzer|benutzername|użytkownik|gebruiker|pengguna"
    "|nama pengguna|пользователь|логин|користувач|kullanıcı|用户名|用戶名|사용자|ユーザー名"
    "|닉네임|닉|아이디|ニックネーム|昵称|暱稱"
)
"""'Account', 'profile', 'nick' after a cue ("İnstagram hesabım:", "insta perfil:"): the username still follows."""
_ARROWS = "\u2190-\u21ff\u2794-\u27bf\u2b05-\u2b07\u2b95\U0001f446-\U0001f449\U0001f4f2\u25b6-\u25bb\u25c0-\u25c5\u2023"
"""Arrows, pointing hands and triangles (→ ➜ ➡ ⬇ 👉 👇 📲 ▸ ► ▶ ‣) that lead from a cue to its username."""
_QUOTES = '"＂„‚' + "".join(chr(c) for c in range(0x2000, 0x2E80) if unicodedata.category(chr(c)) == "Pi")
"""Opening quotation marks (the initial quotes of Unicode, “ ‘ ‹ «, the low ones „ ‚, and the straight double quote;
not the apostrophe, which makes "IG's"): a name quoted after a cue is set apart ("OnlyFans: “bella_x”")."""
_OPENERS = "~•·«‹<『「【〔⟨〈《" + _QUOTES
"""A tilde, a bullet, an opening bracket or quote between a cue and its username ("tiktok • @x", "👻 ⟨ amber-rae ⟩",
"✈ « vika_spb »", "LINEのIDは「x」"): they set the name apart, as a colon does."""
_CLOSERS = '»›>』」】〕⟩〉》"＂“”’‘\u201f\u201b'
"""What closes a quoted or bracketed name: a name between them is set apart even after a cue that needs a colon."""
_JOIN_SIGNS: dict[str, str] = {
    **{w: "." for w in DOT_WORDS.split("|")},
    **{w: "-" for w in DASH_WORDS.split("|")},
    **{w: "_" for w in UNDERSCORE_WORDS.split("|")},
    ".": ".",
    "_": "_",
}
"""The underscore, hyphen and dot spelled out (``clew.identifiers.base``), by the sign each stands for, and the dot
and underscore themselves set apart by spaces ("insta: mia . belle", read only after a cue): looked up
word by word (a dictionary, not a pattern: the lists are long, and a pattern of them costs every start)."""
_JOIN_LONGEST = max(w.count(" ") for w in _JOIN_SIGNS) + 1
_JOIN_BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">", "（": "）", "【": "】", "«": "»"}
"""Brackets around a spelled sign inside a username after a cue ("snap: nina (dot) vx", "ig: mia [underscore] rose"),
as an e-mail address writes "(at)" and "(dot)"."""
_SEP_WORDS = (
    r"id|is|me|at|on|only|handle|username|user|name|es|est|é|è|ist|c['’]est|c['’]è|add|tag|here|jest|je|это|є"
    r"|아이디|アイディー|มา|ได้ที่|นะ|same|mismo|même|igual|sama"
    r"|all|both|todos|todas|ambos|ambas|tous|toutes|alle|beide|tutti|entrambi|все|оба|обидва|semua|hepsi|wszystkie"
    rf"|adalah|là|คือ|ไอดี|айди|号|號|账号|帳號|{_POSSESSIVES}|{_ACCOUNT_WORDS}"
)
"""Words that may stand between a cue and its username ("IG is …", "mon snap c'est …", "ig aku: …")."""
_PARTICLES = "の|は|が|も|って|なら|으로|로|은|는|이|가|도|มาที่|ได้ที่|ที่|คือ|เลย"
"""Japanese and Korean particles after a cue or its "ID" ("インスタのIDは …", "인스타 아이디는 …"), and the Thai words
that lead from a cue to its name ("แอดไลน์มาที่ …" add LINE at …, "ไอจีคือ …" IG is …): the name follows."""
_PHRASE_LETTER = rf"(?:[^\W\d_]|[{_SCRIPT_MARKS}])"
"""A letter of a word in a phrase before a colon, marks included."""
_DECOR_BEFORE_COLON = "[\u2600-\u27bf\ufe0f\U0001f300-\U0001faff]{1,3}(?=\\s?[:：=])"
"""Emoji that decorate a cue before its colon ("微信❤：…", "insta🌸: …", "薇💕：…")."""
_WITHOUT_AT = (
    r"[(\[（]\s?(?:без|без знака|sin|sem|sans|without|w/o|no|ohne|senza|zonder|bez|bez znaku|tanpa|không có|không"
    r"|olmadan|不带|不帶|不加|不用|无|無|なし|없이)\s?@\s?(?:なし|없이|olmadan)?\s?[)\]）]"
)
"""A note between a cue and its name that the '@' is left out ("Telegram (без @): x", "IG (sin @): x",
"微信(不带@)")."""
_AFTER_CUE = re.compile(
    rf"(?P<sep>(?:{_WITHOUT_AT}|[\s:：=\-–—>⇒»|(\[,{_ARROWS}{_OPENERS}]|/(?=\s?@)|[)\]）](?=\s?[:：=])|👻|{_DECOR_BEFORE_COLON}|-[^\W\d_]{{1,3}}(?=[\s:：])|"
    rf"(?:{_SEP_WORDS})(?![\w])|(?:id|아이디|アイディー?|ユーザー名|アカウント)?(?:{_PARTICLES})(?![\w])"
    rf"|(?:{_PARTICLES})(?=id|아이디|アイディ|ユーザー名|アカウント)|id(?=(?:{_PARTICLES})(?![\w]))"
    rf"|(?:{_PHRASE_LETTER}{{1,12}} ){{0,3}}{_PHRASE_LETTER}{{2,12}}[:：՝]\s?){{0,12}})"
    r"(?P<at>@ ?|)(?P<user>[a-z0-9_](?:[a-z0-9_.\-]{0,48}[a-z0-9_])?)(?![\w@]|\.\w)"
)
_WRAPPED_REST = re.compile(
    r"\s(?P<rest>[a-z][a-z0-9]*(?:[_\d]|\.[a-z0-9])(?:[a-z0-9_.]{0,30}[a-z0-9_])?)(?![\w@]|\.\w)"
)
"""The rest of a username that a line break cut after its underscore, dot or hyphen ("TG: @irina_⏎work_de"): it
looks like a piece of a handle (a digit, an underscore or a dot in it), not the first word of the next line."""
_WRAPPED_WORD = re.compile(r"\s(?P<rest>[a-z][a-z0-9]{1,30})(?![\w@.\-])")
"""A plain word alone on the line after a username cut after its underscore or hyphen ("TG: @mila_⏎kyiv"): the rest
of the name. A word that opens a sentence ("IG: lena_⏎DM me for prices") has more after it; after a dot, which
ends sentences, a plain word is never joined."""
_JOIN_PIECE = re.compile(r"[a-z0-9](?:[a-z0-9_.]{0,30}[a-z0-9])?(?![\w@]|\.\w)")
"""The next piece of a username after a spelled underscore, hyphen or dot ("lila underscore rose", "mia dot belle
dot 22"): the username goes on with the sign."""
_LAST_SEP_WORD = re.compile(r"(?:^|(?<=\s))(?P<user>[a-z0-9_](?:[a-z0-9_.\-]{0,48}[a-z0-9_])?) $")
"""The last word of the separator before a name, which may be the name itself ("insta is mia dot belle": "mia"
is a separator word too, Italian "my")."""
_ONE_WORD_THEN = re.compile(r"(?: [^\W\d_]{1,8})? (?P<user>[a-z0-9_](?:[a-z0-9_.]{0,30}[a-z0-9_])?)(?![\w@]|\.\w)")
"""After a short word that followed a cue (and perhaps one more), a name: "pe Insta sunt x.y" (Romanian "on Insta I
am"), "auf Snap bin ich x.y": a copula or a verb of any language between the cue and a name that looks like a
handle."""
_PLAIN_SEP_WORDS = re.compile(rf"(?:{_SEP_WORDS}|c|kullanıcı|adım|adı|tài|khoản)")
"""The separator words of ``_AFTER_CUE``, one word at a time ("c" of "c'est"; "kullanıcı adım", "tài khoản"); the
other words before a colon are a phrase: "insta pe msg karo:"."""
_QUERY_USER = re.compile(
    r"(?:/[a-z0-9_.\-]{1,24}){0,3}/?\?(?:[a-z0-9_]{1,24}=[^&\s#]{0,64}&){0,6}"
    r"(?:screen_name|username|user_name|user|uname|unique_id|domain|handle|account|profile)="
    r"@?(?P<user>[a-z0-9_](?:[a-z0-9_.\-]{0,48}[a-z0-9_])?)(?![\w@])"
)
"""After a site's own page (``intent``, ``share``, ``dialog``…), a query parameter that names the account ("x.com/intent
/follow?screen_name=…", "twitter.com/intent/user?lang=en&screen_name=…", "instagram.com/accounts/…?username=…",
"tiktok.com/share/user?unique_id=…"): the username is its value. Bounded: linear on any query."""
_SKYPE_LIVE = re.compile(
    r"[\s:：=\-–—(]*(?:(?:id|name|username|login|логин)\s?[:：=]?\s*)?"
    r"(?P<user>live:(?:\.cid\.[0-9a-f]{6,24}|[a-z0-9_][a-z0-9_.\-]{1,30}[a-z0-9_]))(?![\w@:.\-])"
)
"""A Skype id of a Microsoft account: "live:.cid.<hex>" or "live:<name>", the prefix part of the id."""
_DISCORD_TAG = re.compile(r"#\d{4}(?![\w#])")
"""The four-digit tag of a legacy Discord name ("nyx#4821"): part of the name; a new-style name has none."""
_URL_USER = re.compile(r"@?(?P<user>[a-z0-9_](?:[a-z0-9_.\-]{0,48}[a-z0-9_])?)(?![\w@])")
_AT_AS_NAME = re.compile(
    r"(?<!\w)(?:my|mi|mon|ma|meu|minha|mein|meine|mio|mój|moj|мой|мій|мая|benim|moje|mijn|min)\s(?P<at>@)"
    r"(?:\s(?:is|es|est|c['’]est|é|è|ist|to|je|это|–|—|-|adalah|is\sjust|is\sstill)(?!\w)|\s?[:=])\s?"
    r"(?P<user>[a-z0-9_](?:[a-z0-9_.]{0,30}[a-z0-9_])?)(?![\w@]|[.\-]\w)"
)
"""The '@' itself as the name of the account: "my @ is cleo.rae", "mi @ es luna_22", "mon @ c'est …", "мой @ — …":
the word after the copula is the username, no platform named."""
_SPACED_AT_AFTER_VERB = re.compile(
    r"(?<![\w])(?:dm|pm|message|msg|text|add|follow|find|hit|write|contact|ping|escr[ií]beme|m[aá]ndame|s[ií]gueme"
    r"|agr[eé]game|[eé]cris-moi|suis-moi|ajoute-moi|schreib|folge|adde|scrivimi|seguimi|aggiungimi|me chama|me segue"
    r"|me adiciona|напиши|пиши|пишите|добавь|добавляйте|напишіть|пишіть|yaz|ekle|napisz|dodaj|hubungi|chat)"
    r"(?:\s(?:me|mir|mich|mi|mnie|мне|мені|up|us))?(?:\s(?:up|on|at|via))?\s(?P<at>@)\s"
    r"(?P<user>[a-z0-9_](?:[a-z0-9_.]{0,30}[a-z0-9_])?)(?![\w@]|[.\-]\w)"
)
"""An '@' spaced from the name after a verb of getting in touch, in several languages ("DM me @ rubi.x", "escríbeme @
luna_22"): a handle, when the name looks like one (a dot, an underscore or a digit) and like no host name; "meet me @
home" and "text me @ 5" stay out."""
_AT_HANDLE = re.compile(r"@(?<![\w@.]@)(?P<user>[a-z0-9_](?:[a-z0-9_.]{0,30}[a-z0-9_])?)(?![\w@]|-\w)")
"""An '@' name; one going on with a hyphen ("@sara-lee22") is no social handle (Venmo's, see payment.py)."""
_SET_APART = re.compile(rf"[•·|{_ARROWS}]")
"""Bullets, bars and arrows between a short cue and a name: in a footer ("IG • x | TT • y") they stand for a colon."""
_MARKED_SEP = re.compile(
    rf"[:：=\-–—>⇒»|👻{_ARROWS}{_OPENERS}]|\b(?:id|is|handle|username|user|name|es|est|é|è|ist|c['’]est|tag|jest|это|adalah|là)\b"
    r"|ไอดี|айди|号|號|คือ"
)
_NAME_CUE_LINK = "on|at|via|en|sur|no|na|auf"
"""The words that join a username to the cue after it ("jade_x on tg", "@lily en insta")."""
_AT_CUE_LINKS = (
    "on|at|via|in|en|sur|no|na|nos|nas|auf|bei|über|uber|per|su|sul|sulla|por|pelo|pela|em|op|på|pa|di|ke|lewat"
    "|trên|tren|qua|sa|pe|στο|στη|στον|σε|w|we|u|у|в|во|на|через|ใน|ทาง|บน|在|से|पर|de|dans|an|im|am|ve|ja"
)
"""Prepositions before a platform's name after an '@' name, in many languages: "@lily on IG", "@x en insta",
"@x su ig", "@x bei Snapchat", "@x di IG", "@x trên tele", "@x sa snap", "@x pe insta", "@x στο insta",
"@x в телеграме", "@x ใน IG", "@x 在tg上"."""
_THERE = "there|lá|la|ali|aí|ai|allí|alli|ahí|ahi|là|там|tam|dort|da"
"""'There' before the preposition: "@bruna_rj lá no telegram"."""
_SAID_MINE = rf"[—–\-:=]?\s*(?:(?:this is|that's|it's|is|это|це|to jest|to|c['’]est|es|ist|é|è)\s+)?(?:{_POSSESSIVES})"
"""An '@' name said to be the writer's account on the platform named next: "@x — это моя телега", "@x - my insta"."""
_BEFORE_CUE = re.compile(rf"^\s*(?:(?:(?:{_THERE})\s+)?(?:{_AT_CUE_LINKS})|{_SAID_MINE})\s*$")
"""What may stand between an '@' name and the platform named after it (no space needed before a CJK cue)."""
_BRACKET_BEFORE_CUE = re.compile(r"^\s*(?:[\u3040-\u30ff\u3400-\u9fff]{1,3}\s*)?[(\[（【〔]\s*$")
_AT_NAME_BEFORE_CUE = re.compile(
    rf"@(?P<user>[a-z0-9_](?:[a-z0-9_.]{{0,30}}[a-z0-9_])?)"
    rf"(?:\s*(?P<link>(?:(?:{_THERE})\s+)?(?:{_AT_CUE_LINKS})\s*|[(\[（【〔]\s*|{_SAID_MINE}\s+)|\s+)$"
)
"""An '@' name just before a cue, joined to it by a preposition or a bracket, or by a space when the cue carries a
case ending ("@x tg'den")."""
_SAME_AFTER = re.compile(
    r"[ \t:,\-–—]*(?:(?:is|ist|es|est|é|è)\s)?(?:the\s)?(?:same|too|also|as well|auch|ebenfalls|gleich|también"
    r"|tambien|tb|igual|aussi|pareil|pareille|idem|ditto|stesso|stessa|uguale|тоже|также|juga|sama|cũng vậy|cũng thế"
    r"|aynı|ayni|też|tez|taky|také|is ugyanaz|ugyanaz|samme|sama|même chose|meme chose|la même|le même|same thing"
    r"|same name|same one|lo mismo|el mismo|la misma|o mesmo|a mesma|mesma coisa|mesmo nome|das gleiche|dasselbe"
    r"|derselbe|lo stesso|la stessa|то же самое|то же|тот же|те саме|той самий|aynısı|aynisi|yang sama|giống vậy"
    r"|idem dito)(?![\w])(?=[ \t]*(?:$|[.,;!?)\n]|[^\w\s]))"
)
"""A platform said to have the same username as the handle just before ("snap: x … kik same", "Insta ist x,
TikTok auch", "IG: x, snap too"); the word ends the clause ("Telegram also accepted" says something else)."""
_SAME_REACH = 100
_HOST_PATH = re.compile(r"/\w")
"""A path after a dotted name: the name is a link's host ("discord.gg/AbCd12")."""
_FORWARDED_TITLE = 80
"""Longest display name of a channel between "Forwarded from" and its '@' name in brackets."""
_TITLE_THEN_BRACKET = re.compile(r"\s[^@\n()\[\]:]{1,76}[(\[]\s?")
_SECOND_ACCOUNT = re.compile(
    r"[\s,;/|(\[-]*(?:(?:my|mi|mon|meu|mein|мой)\s)?(?:(?:2nd|second|backup|back-up|old|new|main|other|alt|spare"
    r"|private|priv|segunda|segundo|otra|otro|outra|outro|zweit\w*|neuer?|alter?|deuxième|autre|nouveau|второй"
    r"|запасной|новый|старый)\s?)?(?:acc|account|acct|cuenta|conta|compte|konto|аккаунт|акк|page|backup)\s?:?\s*"
)
"""Words between a handle and an '@' name that make the name another account on the same platform ("(2nd acc",
"backup:")."""
"""How far back (characters) the handle that "same" points to may stand."""
_BRACKET_AFTER_CUE = re.compile(r"\s*[)\]）】〕]")
"""A platform in brackets after an '@' name: "@sunny.side_up (ig)", "@yuna_tokyo まで(インスタ)"."""
_CASED_OR_ASCII_WORD = re.compile(r"[0-9a-z_\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")
_DOMAIN_LIKE = re.compile(r"\.(?:com|net|org|info|io|me|co|ru|de|uk|fr|es|html?|php|jpe?g|png)$")
_WEB_SUFFIX = re.compile(r"\.(?:com|net|org|info|io|html?|php|jpe?g|png)$")
"""What ends a domain or a file name even after '@': "IG @ayesha.uk" is a name (Instagram allows the dot), "@site.com"
is not."""
_TIME_OR_NUMBER = re.compile(r"\d+(?:[.:]\d+)?(?:am|pm|h|hr|hrs|min|k|x)?")
"""Times, amounts and multipliers written after '@' ("@ 9pm", "@2x" of an image size, "150 @ 1hr")."""
_NAME_BEFORE_EMOJI = re.compile(r"(?:^|(?<=[\s,;:(\[]))(?P<user>[a-z0-9_](?:[a-z0-9_.]{0,30}[a-z0-9_])?)[ \t]*$")
_LABEL_EMOJI = frozenset({"👻"})
"""A platform's emoji that labels the name before it ("bella_rose22 👻"); the paper plane (✈) is not one: it
follows flight numbers too."""
_PLATFORM_EMOJI = frozenset({"👻", "📸", "📷", "✈", "👾", "🐦", "🐤", "📘"})
"""Emoji that stand for a platform; one before the platform's own name labels the line ("👻 SC ayeshauk")."""
_EMOJI_GAP = re.compile(r"[ \t\ufe0f]{0,3}")
_EMOJI_ENDS_LINE = re.compile(r"[ \t\ufe0f]*(?:$|[\n.,;!|/)\]])")
_NAME_BEFORE_CUE = re.compile(
    rf"(?:^|(?<=[\s,;(\[@]))(?P<user>[a-z0-9_](?:[a-z0-9_.]{{0,30}}[a-z0-9_])?)\s+(?:{_NAME_CUE_LINK})\s+$"
)
"""A bare username written before its cue ("jade_x on tg", "mira.la on snap"): read only when it looks like one."""
_CUE_WINDOW = 48
_DISPLAY_NAME_REST = re.compile(r"(?: [^\W\d_]+){0,3}[\s,:(\[\-–—]*(?:https?://)?(?:www\.)?")
"""What stands between a display name's first word and the profile URL after it ("Maria Lopez (", "Ana — ")."""
_ONLY_SIGNS_BETWEEN = re.compile(r"[\s.!:;,\-–—]{0,8}")
"""Between a cue that ends its sentence and an '@' name on the next line: nothing but signs and line breaks."""
_CLAUSE_BREAK = re.compile(r"[.!?;\n@|•]")
"""What ends the clause of a cue: a name after it is no longer the cue's."""
_NEGATED_CUE = re.compile(r"(?:^|\W)(?:no|not|non|sin|sem|pas|nicht|kein|keine|нет|без|не)\s+$")
"""A negation right before a cue ("no telegram", "sin insta", "нет телеграма")."""
_COORDINATED = re.compile(
    r"\s?(?:[,/&+]|\s(?:and|or|y|o|et|ou|und|oder|e|и|или|і|та|i|lub|ve|và|dan|と|和|及|或)\s)\s?"
)
"""What joins two platforms named after one handle ("IG and TikTok", "insta y tiktok", "тг и инсте", "IG/TT")."""
_NAME_ON_NEXT = re.compile(rf"\s+(?:{_NAME_CUE_LINK})\s+")
"""Between a name and the next cue that claims it ("… rose_22 on tg")."""
_POINTER = re.compile(f"[{_ARROWS}]")
"""An arrow or triangle points from a cue to its name ("OF ▸ kiraxo"); a bullet may only separate a list."""
_FOOTER_ITEM_BEFORE = re.compile(r"(?:^|[•·|/,;\n])\s*$")
_FOOTER_ITEM_AFTER = re.compile(r"[ \t]*(?:$|[•·|/,;\n])")
"""What stands around an item of a footer list ("TG ▸ x · SC ▸ y · OF ▸ z")."""
_MARKED_NEXT = re.compile(r"[ \t]*[:：=@]")

_AT_STOP_TEXT = """
    home work school gym night noon midnight morning evening weekend weekends hotel office place the a an my me you
    your all everyone anyone once least last first night nite lunch dinner work's mine yours ours here there this
    that it its his her their them someone somebody
"""
_AT_STOP = frozenset(_AT_STOP_TEXT.split())
"""Words written after '@' meaning "at" ("I'm @home")."""
_CODE_AT_TEXT = """
    media import keyframes supports page charset namespace layer container property font tailwind apply include
    mixin extend use forward each if else return function override param returns author since see deprecated
    click submit input change model bind
"""
_CODE_AT_WORDS = frozenset(_CODE_AT_TEXT.split())
"""CSS, Sass, Javadoc/JSDoc and template-directive words written after '@' ("@media (…) {", "@import url(…);",
"@param {string}", "@click=\"…\""): code, not a handle, when code follows them."""
_CODE_AFTER_AT = re.compile(r"[^\n]{0,80}?[({;=]")
_JSON_LD_TEXT = """
    context id type value language graph list set reverse index base vocab container nest prefix propagate protected
    version direction included json none
"""
_JSON_LD_KEYWORDS = frozenset(_JSON_LD_TEXT.split())
"""The keywords of JSON-LD ("@context", "@type", "@id"), written quoted as keys and values of a page's structured
data: no handle."""
_JSON_KEY_END = re.compile(r'"\s?:\s?(?:["{\[\d-]|true|false|null)')
"""The closing quote and the colon of a JSON key, then a value ("@type": "Person"): a key names a field, not an
account."""
_JSON_ITEM_END = re.compile(r'"\s?[:,\]}]')
"""The closing quote of a JSON string, then what follows a key or a value (a JSON-LD keyword as a value: "@id")."""
_META_NAME = re.compile(r"[:.][a-z][a-z0-9_:.-]{0,40}[\"']")
"""The rest of a meta tag's namespaced name after a platform's ("twitter:creator\"", "twitter:site\"",
"instagram:app_id\""): the name of a field, whose content is the account, not a username."""
_ATTRIBUTE_BEFORE = re.compile(r"(?:name|property|itemprop|key)\s?=\s?[\"']$")
_ANNOTATION_TEXT = """
    override staticmethod classmethod property dataclass abstractmethod deprecated functionalinterface
    suppresswarnings safevarargs autowired inject nullable nonnull notnull transactional component service
    repository controller restcontroller entity bean configuration requestmapping getmapping postmapping
    beforeeach aftereach beforeall afterall parameterizedtest displayname jsonproperty cached_property lru_cache
    functools.wraps wraps pytest.fixture fixture contextmanager overload final total_ordering singledispatch
    objc synthesize dynamic interface implementation end selector available mainactor published state binding
    observable injectable ngmodule input output viewchild hostlistener
"""
_ANNOTATIONS = frozenset(_ANNOTATION_TEXT.split())
"""Annotations and decorators of Java, Kotlin, Python, Swift, Objective-C and TypeScript ("@Override",
"@staticmethod", "@Injectable()"): an '@' name of them with no platform named is code, not a handle."""
_CODE_TALK = re.compile(
    r"(?<!\w)(?:decorators?|decorated|annotations?|annotated|dekorator\w*|décorateur\w*|decorador\w*"
    r"|anotaç\w*|anotaci\w*|annotazion\w*|аннотаци\w*|декоратор\w*|анотаці\w*|kotlin|typescript"
    r"|junit|pytest|compiler)(?!\w)"
)
"""Words of programming near an '@' name: "the @Memo decorator", "annotate with @Cached". Only words that are
nothing else: "class", "method", "function", "spring", "swift", "java" or "python" are also words of posts ("yoga
class, DM @maria_yoga"), and an unknown handle beside them must stay."""

# Per-platform username limits (length and characters), beyond the shared pattern.
_LIMITS: dict[str, tuple[int, int, str]] = {
    "telegram": (5, 32, "a-z0-9_"),
    "instagram": (2, 30, "a-z0-9._"),
    "snapchat": (3, 15, "a-z0-9._-"),
    "kik": (2, 20, "a-z0-9._"),
    "onlyfans": (3, 40, "a-z0-9._-"),
    "fansly": (3, 40, "a-z0-9._-"),
    "twitter": (2, 15, "a-z0-9_"),
    "tiktok": (2, 24, "a-z0-9._"),
    "facebook": (5, 50, "a-z0-9."),
    "wechat": (6, 20, "a-z0-9_-"),
    "line": (4, 20, "a-z0-9._-"),
    "skype": (6, 32, "a-z0-9._-"),
    "signal": (3, 40, "a-z0-9._"),
    "discord": (2, 32, "a-z0-9._"),
    "whatsapp": (3, 35, "a-z0-9._"),
    "kakaotalk": (4, 20, "a-z0-9._-"),
    "vk": (3, 32, "a-z0-9._"),
    "threads": (2, 30, "a-z0-9._"),
    "reddit": (3, 20, "a-z0-9_-"),
    "unknown": (2, 32, "a-z0-9._"),
}
_LIMIT_PATTERNS = {p: re.compile(f"[{chars}]{{{lo},{hi}}}") for p, (lo, hi, chars) in _LIMITS.items()}


@dataclass(frozen=True, slots=True)
class _Cue:
    platform: str
    kind: str
    text: str
    bounded: bool = True
    """Whether the cue must stand as a whole word: any word or strict cue in a cased or ASCII script.
    CJK, Thai, Arabic and emoji cues are not (those scripts do not separate words); URL cues have
    their own test."""
    inflected: bool = False
    """A name with a case ending glued on ("tg'den", "telegramie"): it says "on/at" by itself."""

    def __reduce__(self) -> tuple[type[_Cue], tuple[str, str, str, bool, bool]]:
        # read back from the disk cache by one call each: three times faster than a dataclass's own state
        return (_Cue, (self.platform, self.kind, self.text, self.bounded, self.inflected))


_BARE_URL_CUES = frozenset({"u/"})
"""URL-like cues without a host ("u/name" on Reddit): only at the start of a word, not inside a path."""
_LEET = {"a": "@4*", "i": "1!*", "o": "0*", "e": "3*", "u": "*", "s": "$5"}
"""Digits and signs written for letters in platform names (``sn@p``, ``k1k``, ``1nsta``), and a vowel masked
with an asterisk (``OnlyF*ns``, ``Sn*pchat``)."""
_LEET_MIX_LIMIT = 256
"""How many spellings of one name the automaton takes: every mix for short names, one per table column beyond."""


def _leet_variants(word: str) -> set[str]:
    """Spellings of a Latin cue with look-alike digits or signs: each letter alone, and all of them."""
    if len(word) < 3 or not word.isascii() or not word.isalpha():
        return set()
    out: set[str] = set()
    for i, c in enumerate(word):
        for sub in _LEET.get(c, ""):
            out.add(word[:i] + sub + word[i + 1 :])
    # Several letters at once in any mix ("t3l3gr4m", "1n$t4", "0nlyf4ns"), for names with few replaceable letters.
    choices = [(c, *(sub for sub in _LEET.get(c, "") if sub != "*")) for c in word]
    if prod(len(options) for options in choices) <= _LEET_MIX_LIMIT:
        out.update("".join(letters) for letters in product(*choices))
    else:
        for k in range(2):
            out.add("".join(options[k + 1] if len(options) > k + 1 else options[0] for options in choices))
    if len(word) >= _MASKED_MIN:
        # one letter masked with an asterisk, a consonant too ("Only*ans", "Tele*ram"), not the first
        out.update(word[:i] + "*" + word[i + 1 :] for i in range(1, len(word)))
    out.discard(word)
    return out


_LEET_URL_MIN = 5
"""Hosts at least this long ("tiktok", "onlyfans") are read with look-alike digits too: "t.me" is too short to tell."""
_MASKED_MIN = 6
"""Names at least this long keep apart from other words with any one letter masked."""


def _inflected(word: str) -> set[str]:
    """A platform's name with the case endings glued to it: Cyrillic names of four letters or more ("телегу"),
    Latin names of five or more ("telegramdan", "instadan", "instagramie", "telegramon"); two-letter abbreviations
    with dots ("i.g")."""
    out: set[str] = set()
    if 2 <= len(word) < 5 and word.isascii() and word.isalpha():
        for suffix in _TURKISH_SUFFIXES:  # with an apostrophe a suffix is safe on a short name too: "tg'den"
            out.update({f"{word}'{suffix}", f"{word}’{suffix}"})
    latin = word.isalpha() and all(c <= "\u024f" for c in word)
    if word in _ABBREVIATIONS:
        out.update({f"{word[0]}.{word[1]}", f"{word[0]}.{word[1]}."})
    elif len(word) >= 4 and all("\u0400" <= c <= "\u04ff" for c in word) and word != "сигнал":
        stem = word[:-1] if word[-1] in "аяыи" else word
        out.update(stem + ending for ending in _CYRILLIC_ENDINGS)
        if stem[-1] in _CYRILLIC_PALATALISED:
            out.add(stem[:-1] + _CYRILLIC_PALATALISED[stem[-1]])
        if stem == word and word[-1] not in "аеёиоуыэюяєії":
            out.update(word + suffix for suffix in _CYRILLIC_TURKIC_SUFFIXES)
    elif len(word) >= 4 and all("\u10d0" <= c <= "\u10ff" for c in word):
        stem = word[:-1] if word[-1] == "ი" else word
        out.update(stem + suffix for suffix in _GEORGIAN_SUFFIXES)
    elif len(word) == 4 and latin:
        out.update(word + suffix for suffix in _SHORT_NAME_SUFFIXES)
    elif len(word) >= 5 and latin:
        for suffix in _TURKISH_SUFFIXES:
            out.update({word + suffix, f"{word}'{suffix}", f"{word}’{suffix}"})
        for suffix in _FINNIC_BALTIC_SUFFIXES:  # after an apostrophe too: Lithuanian "per Revolut'ą", "Telegram'e"
            out.update({word + suffix, f"{word}'{suffix}", f"{word}’{suffix}"})
        if word.endswith("a"):
            out.update(word[:-1] + ending for ending in _A_STEM_ENDINGS)
    if len(word) >= 4 and latin and word[-1] in _LENGTHENED:
        stem = word[:-1] + _LENGTHENED[word[-1]]  # Hungarian lengthens a final vowel before a suffix: "Instán"
        out.update(stem + suffix for suffix in _HUNGARIAN_AFTER_VOWEL)
    out.discard(word)
    return out - _NOT_INFLECTED


def _east_slavic(word: str) -> set[str]:
    """``word`` and, for a Cyrillic name, its Ukrainian and Belarusian spellings ("инст" → "інст", "тэлеграм")."""
    if not any("\u0400" <= c <= "\u04ff" for c in word):
        return {word}
    choices = [(c, *(other for russian, other in _EAST_SLAVIC_LETTERS if c == russian)) for c in word]
    if prod(len(options) for options in choices) > _LEET_MIX_LIMIT:
        return {word}
    return {"".join(letters) for letters in product(*choices)}  # letter by letter: Belarusian "тэлеграм"


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    """Every cue spelling (names, leet and inflected forms, Ukrainian and Belarusian letters): about a tenth of a
    second to build, read back from the disk cache (``clew.cache``) at the next start; the key is this module and
    the modules whose names it takes (``payment``'s names in other scripts, ``base``'s word lists): a service named
    there in one more script is a cue here too."""
    from clew import cache
    from clew.identifiers import base, payment

    key: list[str | Path] = [Path(__file__), Path(payment.__file__), Path(base.__file__)]
    key.append(cache.versions("pyahocorasick"))
    return cache.cached("handle-cues", key, _build_automaton)


@lru_cache(maxsize=1)
def _cue_index() -> PhraseIndex[tuple[_Cue, ...]]:
    """The same cues for finding every occurrence in a field (``clew.text.phrases``: a compiled automaton); the trie
    above serves the look-ups of one word and the longest cue in a short window."""
    return PhraseIndex(_automaton().items())


_COMPOUND_PARTS = (
    *("گرام", "جرام", "غرام", "قرام", "بوک", "بوك", "ایپ", "چیٹ", "شات", "تاک", "توك"),
    *("ग्राम", "बुक", "গ্রাম", "বুক", "גרם", "בוק"),
)
"""The second half of a platform's compound name in scripts that write it as one word or two (the Arabic script of
Urdu, Persian and Arabic; Devanagari, Bengali, Hebrew): "ٹیلی گرام", "اینستا گرام", "فیس بوک", "टेली ग्राम". Each name
written glued in the tables is a cue split before its second half too."""
_SPACEABLE = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
"""Cues in Han, kana or Hangul: a writer dodging a filter spaces their characters apart ("微 信 号"), which the
normalisation's joining of letter-spaced words (Latin only) leaves as written."""


def _build_automaton() -> ahocorasick.Automaton:
    # (platform, kind, inflected) per cue text; each ``_Cue`` is made once, at the end, with its ``bounded`` flag
    cues: dict[str, list[tuple[str, str, bool]]] = {}
    for platform, (words, stricts, urls) in _CUES.items():
        for kind, items in ((_WORD, words), (_STRICT, stricts), (_URL, urls)):
            for cue in items:
                cues.setdefault(cue, []).append((platform, kind, False))
    for platform, extra in _MORE_WORD_CUES.items():
        for cue in extra:
            cues.setdefault(cue, []).append((platform, _WORD, False))
    for platform, (words, stricts) in _KOREAN_INITIALS.items():
        for kind, items in ((_WORD, words), (_STRICT, stricts)):
            for cue in items:
                for form in {cue, unicodedata.normalize("NFKC", cue)}:
                    cues.setdefault(form, []).append((platform, kind, False))
    for platform, (words, _stricts, _urls) in _CUES.items():
        for name in (*words, *_MORE_WORD_CUES.get(platform, ())):
            for cue in _east_slavic(name):
                if cue not in cues:
                    cues[cue] = [(platform, _WORD, False)]
                inflected = _inflected(cue)
                for variant in _leet_variants(cue) | inflected:
                    if variant not in cues:
                        glued = variant in inflected and "." not in variant
                        cues[variant] = [(platform, _WORD, glued)]
    for platform, (_words, stricts, urls) in _CUES.items():
        for cue in stricts:
            if cue in _DOTTED_STRICT:
                for dotted in (f"{cue[0]}.{cue[1]}", f"{cue[0]}.{cue[1]}."):
                    cues.setdefault(dotted, []).append((platform, _STRICT, False))
        for url in urls:
            # a profile link with a look-alike digit in the platform's host ("0nlyfans.com/x", "1nstagram.com/x")
            host, sep, rest = url.partition(".")
            if sep and "/" not in host and ":" not in host and len(host) >= _LEET_URL_MIN:
                for variant in _leet_variants(host):
                    if "*" not in variant and variant + sep + rest not in cues:
                        cues[variant + sep + rest] = [(platform, _URL, False)]
    for key in [k for k in cues if 2 <= len(k) <= 4 and _SPACEABLE.fullmatch(k)]:
        cues.setdefault(" ".join(key), cues[key])  # "微 信", "微 信 号", "인 스 타": the cue's characters spaced apart
    for key in [k for k in cues if not k.isascii()]:
        for part in _COMPOUND_PARTS:
            k = key.find(part)
            if k > 2 and key[k - 1] != " ":  # "ٹیلیگرام" → "ٹیلی گرام", "اینستاگرام" → "اینستا گرام"
                cues.setdefault(f"{key[:k]} {key[k:]}", cues[key])
    automaton = ahocorasick.Automaton()
    for key, values in cues.items():
        # a cue that mixes a script without spaces with Latin ("我ins", "ins号") has no word boundary on its CJK side
        bounded = key.isascii() or (_cased(key) and not any(not _glues_ascii(c) and c.isalpha() for c in key))
        automaton.add_word(
            key, tuple(_Cue(platform, kind, key, bounded and kind != _URL, glued) for platform, kind, glued in values)
        )
    automaton.make_automaton()
    return automaton


_SKELETON_SPELLING = (("ph", "f"), ("ce", "se"), ("ci", "si"), ("c", "k"), ("q", "k"), ("w", "v"))
_SKELETON_DROP = str.maketrans("", "", "aeiouyh")
_MALAYALAM_RRA = str.maketrans({"\u0d31": "\u0d1f"})
"""Malayalam writes the English "tt" with RRA (റ്റ), which transliterates as "rr": read it as TTA."""
_NASAL = re.compile(r"m(?=[stdkgjz])")
_MIN_SKELETON = 4
"""Shorter skeletons ("snp", "nst") are the consonants of ordinary words of many languages."""
_WORDS_BEFORE_AT = re.compile(
    r"(?:(?P<first>[^\s\x00-\u024f]{2,24}) )?(?P<last>[^\s\x00-\u024f]{2,24})[\s:：=\-–—>]{0,4}$"
)


def skeleton(word: str) -> str:
    """The consonants of ``word`` transliterated to Latin letters, doubled ones single ("ಟೆಲಿಗ್ರಾಮ್" → "tlgrm").

    Scripts write a borrowed name by its sound and anyascii reads that sound back in Latin letters; without
    vowels and with one letter for each sound, the spellings of many scripts meet the Latin one.
    """
    from anyascii import anyascii  # imported on the first word of another script before an '@' name

    latin = "".join(c for c in anyascii(word.translate(_MALAYALAM_RRA)).lower() if "a" <= c <= "z")
    for written, sound in _SKELETON_SPELLING:
        latin = latin.replace(written, sound)
    consonants = _NASAL.sub("n", latin.translate(_SKELETON_DROP))  # an anusvara reads "m" before any consonant
    return "".join(c for i, c in enumerate(consonants) if i == 0 or c != consonants[i - 1])


@lru_cache(maxsize=1)
def _platform_skeletons() -> tuple[tuple[str, str], ...]:
    """(skeleton, platform) for every Latin name of a platform long enough to be told apart, longest first."""
    found: dict[str, str] = {}
    for platform, (words, _stricts, _urls) in _CUES.items():
        if platform == _PAYMENT:
            continue
        for name in (*words, *_MORE_WORD_CUES.get(platform, ())):
            if name.isascii() and name.isalpha() and len(key := skeleton(name)) >= _MIN_SKELETON:
                found.setdefault(key, platform)
    return tuple(sorted(found.items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=4096)
def script_platform(word: str) -> str | None:
    """The platform whose name ``word``, written in a script other than Latin, spells (with a case ending glued
    on, up to three more consonants), else None: "ಟೆಲಿಗ್ರಾಮ್" (Kannada) and "ഇൻസ്റ്റാഗ്രാം" (Malayalam) without a
    list of each script's spellings."""
    key = skeleton(word)
    for name, platform in _platform_skeletons():
        if key.startswith(name) and len(key) - len(name) <= 3:
            return platform
    return None


def _script_platform_before(text: str, at: int) -> str | None:
    """The platform named, in another script, by one of the two words just before an '@' name ("ಟೆಲಿಗ್ರಾಮ್: @x",
    Punjabi "ਟੈਲੀਗ੍ਰਾਮ ਤੇ @x" with its postposition)."""
    m = _WORDS_BEFORE_AT.search(text, max(0, at - 48), at)
    if m is None:
        return None
    return script_platform(m.group("last")) or (script_platform(m.group("first")) if m.group("first") else None)


_FOREIGN_AT_NAME = re.compile(r"(?<=@)[\w.\-]*[^\x00-\x7f][\w.\-]*")


def _latin_at_names(ctx: FieldContext) -> FieldContext:
    """``ctx`` with every '@' name written in capitals of another script that all look like Latin ones read in Latin
    ("@ΜΟΝΑ_ΤΟΚΥΟ" is mona_tokyo: the platforms' usernames are Latin only); the same context if there is none. One
    letter for one, so the offsets stand."""
    text = ctx.text.text
    pieces: list[str] = []
    pos = 0
    for m in _FOREIGN_AT_NAME.finditer(text):
        latin = latin_capitals(m.group(), ctx.text.original_at(m.start(), m.end()))
        if latin is not None and len(latin) == len(m.group()):
            pieces += (text[pos : m.start()], latin)
            pos = m.end()
    if not pieces:
        return ctx
    view = copy.copy(ctx.text)
    view.text = "".join(pieces) + text[pos:]
    view._digits = None  # the numeric view cached on the copied view was read from the old text
    return FieldContext(field=ctx.field, text=view, region=ctx.region)


def is_platform_word(word: str) -> bool:
    """Whether ``word`` (normalised) is a platform's name or abbreviation ("ig", "snap", "телеграм").

    The e-mail extractor asks: in "IG @rosa.lane.vip" the '@' starts a handle, not an address.
    """
    cues: tuple[_Cue, ...] | None = _automaton().get(word, None)
    return cues is not None and any(c.kind != _URL for c in cues)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _glues_ascii(ch: str) -> bool:
    """Whether a Latin cue next to ``ch`` is inside a word: a letter of a script written without spaces (Thai,
    Lao, Khmer, Myanmar, kana, CJK, Hangul) is a word of its own ("加我wx：", "แอดig", "インスタとtg")."""
    if not _is_word_char(ch):
        return False
    return not (
        "\u0e00" <= ch <= "\u109f" or "\u1780" <= ch <= "\u17ff" or "\u3040" <= ch <= "\u9fff"
        or "\uac00" <= ch <= "\ud7af" or "\uf900" <= ch <= "\ufaff" or "\u3400" <= ch <= "\u4dbf"
    )  # fmt: skip


def _cased(text: str) -> bool:
    return any(c.isalpha() and c.lower() != c.upper() for c in text)


def _spelled_join(text: str, pos: int) -> tuple[str, re.Match[str]] | None:
    """At ``pos``, a space, a spelled underscore, hyphen or dot, a space and a piece of a username: the sign and the
    piece; else None."""
    if not text.startswith(" ", pos):
        return None
    words = text[pos + 1 : pos + 64].split(" ", _JOIN_LONGEST)
    for n in range(min(_JOIN_LONGEST, len(words) - 1), 0, -1):
        said = " ".join(words[:n])
        if said[:1] in _JOIN_BRACKETS and _JOIN_BRACKETS[said[0]] == said[-1:]:
            said = said[1:-1].strip()  # "nina (dot) vx", "[underscore]": bracketed as in an e-mail address
        sign = _JOIN_SIGNS.get(said)
        if sign is not None:
            piece = _JOIN_PIECE.match(text, pos + 1 + sum(len(w) + 1 for w in words[:n]))
            return (sign, piece) if piece is not None else None
    return None


def _valid(platform: str, user: str, at: bool = False) -> bool:
    """Whether ``platform`` allows ``user``; ``at``: the name was written with '@' after the platform's cue, which a
    domain is not, so only a web suffix (".com", ".html") makes it one."""
    if platform == "skype" and user.startswith("live:"):
        user = user[5:].removeprefix(".cid.")  # "live:.cid.<hex>": the id of a Microsoft account
    elif platform == "discord" and user[-5:-4] == "#":
        user = user[:-5]  # "nyx#4821": a legacy name with its four-digit tag
    if not any("a" <= c <= "z" for c in user) or user in _STOP or (_WEB_SUFFIX if at else _DOMAIN_LIKE).search(user):
        return False
    return _LIMIT_PATTERNS[platform].fullmatch(user) is not None


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    cues: list[_Cue]


class Handle(IdentifierType):
    name = "handle"
    description = (
        "Usernames on social networks and messengers (Telegram, Instagram, Snapchat, Kik, OnlyFans, "
        "X/Twitter, TikTok, Facebook, WeChat, LINE, Skype, Signal, Discord, WhatsApp, …), recognised "
        "from a platform cue nearby: a name, an abbreviation, an emoji or a profile URL."
    )
    canonical = "platform:username, both lower-case, e.g. telegram:lilybooking; unknown:username without a cue"
    links = True
    fields = ("text", "title", "url")
    examples = (
        Example("sc 👻 lily_23 and IG: @Sweet.Lily", ("snapchat:lily_23", "instagram:sweet.lily")),
        Example("kik - lilyxo", ("kik:lilyxo",)),
        Example("ٹک ٹاک: @karachi.jobs اور اسنیپ چیٹ: karachi_jobs", ("tiktok:karachi.jobs", "snapchat:karachi_jobs")),
        Example("profile: https://www.snapchat.com/@rina.snaps", ("snapchat:rina.snaps",)),
        Example("#jobs #telegram #instagram @everyone", ()),
        Example("book me: https://t.me/LilyBooking", ("telegram:lilybooking",)),
        Example(
            "follow: x.com/intent/follow?lang=es&screen_name=Dani_Vip · instagram.com/accounts/?username=kai.rivers",
            ("twitter:dani_vip", "instagram:kai.rivers"),
            note="a site's own page with the account named by a query parameter",
        ),
        Example(
            "share: twitter.com/intent/tweet?text=hola&url=example.com, facebook.com/sharer/sharer.php?u=example.com",
            (),
            note="share links name no account",
        ),
        Example("snap/insta: mia.rose22", ("snapchat:mia.rose22", "instagram:mia.rose22")),
        Example(
            "KakaoTalk · LINE: minji_22; Telegram или WhatsApp: olya_spb; 微信或LINE：chen_bkk8",
            (
                "kakaotalk:minji_22",
                "line:minji_22",
                "telegram:olya_spb",
                "whatsapp:olya_spb",
                "wechat:chen_bkk8",
                "line:chen_bkk8",
            ),
            note="platforms joined by a middle dot or 'or' in any language share the name",
        ),
        Example(
            "Telegram (без @): sveta_work · IG (sin @): mar.luz · 微信(不带@)：lin_888a",
            ("telegram:sveta_work", "instagram:mar.luz", "wechat:lin_888a"),
            note="a note that the '@' is left out, between the cue and the name",
        ),
        Example(
            "Skype: live:.cid.9f8e7d6c5b4a, Discord: kira#0042 (old), Discord: kira.new",
            ("skype:live:.cid.9f8e7d6c5b4a", "discord:kira#0042", "discord:kira.new"),
            note="a Skype 'live:' id; a legacy Discord name with its tag, a new one without",
        ),
        Example("Pay (no @ sign) later: tomorrow; Skype: live chat only", (), note="no platform, no name"),
        Example("微信: lily_vip888 / LINE ID: lily-th", ("wechat:lily_vip888", "line:lily-th")),
        Example("DM me @velvet_nights for rates", ("unknown:velvet_nights",)),
        Example(
            "Snapim: ece.tr, İnstam: ece_tr, Teli: @ece_trk; 賴：wen_tpe; سنابي: noor.k",
            ("snapchat:ece.tr", "instagram:ece_tr", "telegram:ece_trk", "line:wen_tpe", "snapchat:noor.k"),
            note="Turkish possessives of clipped names, Taiwanese 賴 (LINE) with a colon, Arabic dialect spellings",
        ),
        Example("賴先生說 wen_tpe 很好", (), note="賴 without a colon is a surname"),
        Example(
            "web.telegram.org/k/#@lena_spb; vk.com/club123456, vk.com/public654321, vk.com/event777",
            ("telegram:lena_spb",),
            note="a web client's chat link; VK's community pages are no user's",
        ),
        Example(
            "Snap: тосо.раris, insta: kira underscore vip",
            ("snapchat:toco.paris", "instagram:kira_vip"),
            note="a one-script piece joined by a dot to a mixed look-alike piece; a stop word after a spelled '_'",
        ),
        Example("Пиши в телеграм @mila_msk", ("telegram:mila_msk",)),
        Example("follow ig aku: @putri.ayu", ("instagram:putri.ayu",), note="a possessive after the cue"),
        Example("sn@pchat ➜ kitty.k22, reddit u/sassy_sue", ("snapchat:kitty.k22", "reddit:sassy_sue")),
        Example(
            "İnstagram hesabım: @deniz.k, इंस्टा ➜ rahul_k9",
            ("instagram:deniz.k", "instagram:rahul_k9"),
            note="Turkish dotted capital İ; the name in Devanagari",
        ),
        Example(
            "✈️ @olga_spb, liên hệ tele: @mai_hcm",
            ("telegram:olga_spb", "telegram:mai_hcm"),
            note="paper-plane emoji; colloquial 'tele'",
        ),
        Example("kik: l u n a _ s t a r", ("kik:luna_star",), note="a letter-spaced username"),
        Example("SC: mia.x | IG: mia.x.vip", ("snapchat:mia.x", "instagram:mia.x.vip"), note="'x' ending a username"),
        Example("Based in Columbia, SC — incall, ve la tele con nosotros", (), note="a state code; 'tele' as TV"),
        Example("write to lily@example.com", (), note="an e-mail address is not a handle"),
        Example("see you @ 5pm, I work @home", (), note="'@' meaning 'at'"),
        Example("Telegram only, Instagram model, 150 @ 1hr", (), note="plain words after a cue, prices"),
        Example("WhatsApp +1 702 555 0100", (), note="a WhatsApp phone number is a phone, not a handle"),
        Example(
            "телеграм: @dina_spb, в телеге: @olya_msk, інстаграмі — @ira.kyiv",
            ("telegram:dina_spb", "telegram:olya_msk", "instagram:ira.kyiv"),
            note="Russian and Ukrainian case endings",
        ),
        Example(
            "Instagram'dan yaz: @derya.k, snapchatten ekle: @derya_k, t.g: @derya_tg",
            ("instagram:derya.k", "snapchat:derya_k", "telegram:derya_tg"),
            note="Turkish suffixes; a verb with a colon; a dotted abbreviation",
        ),
        Example(
            "mon insta c'est lina.mode, 텔레 @minho_k7",
            ("instagram:lina.mode", "telegram:minho_k7"),
            note="a copula after the cue; Korean 'tele'",
        ),
        Example(
            "Instagram-ready looks, TikTok-famous, telegram-only",
            (),
            note="platform names in compound words",
        ),
        Example(
            "ტელეგრამი: @keti_tb, টেলিগ্রাম: @mou_dhk, ইনস্টা: riya.kol",
            ("telegram:keti_tb", "telegram:mou_dhk", "instagram:riya.kol"),
            note="Georgian and Bengali names",
        ),
        Example(
            "keress facebookon: anna.kovacs.77, instadan yaz: @ece.izm",
            ("facebook:anna.kovacs.77", "instagram:ece.izm"),
            note="a Hungarian case ending; a Turkish one on a short name",
        ),
        Example(
            "my snap is the same as my insta: dana.lux, mi tiktok es igual que mi ig: @vale.mx",
            ("snapchat:dana.lux", "instagram:dana.lux", "tiktok:vale.mx", "instagram:vale.mx"),
            note="one username for two platforms, 'the same as'",
        ),
        Example(
            "加賴 kiki_tw, 라인 아이디: sora99, add line ya: nita.sby",
            ("line:kiki_tw", "line:sora99", "line:nita.sby"),
            note="LINE in Taiwanese Chinese ('賴'), Korean and Indonesian chat",
        ),
        Example(
            "añádeme al face: carla.ruiz.88, dm on insta for more pics: rosie.mx",
            ("facebook:carla.ruiz.88", "instagram:rosie.mx"),
            note="'face' for Facebook; a phrase before the colon",
        ),
        Example(
            "hmu, jade_x on tg; mira_la on insta, mira.la on snap",
            ("telegram:jade_x", "instagram:mira_la", "snapchat:mira.la"),
            note="the cue after the username; the name after a cue used so is not its name",
        ),
        Example("2 girls on snap, pics on insta, 9pm on tg", (), note="words and times before a cue are no usernames"),
        Example(
            "Dodaj mnie na snapie: ola_krk, napiš na snapu: @eva.brno",
            ("snapchat:ola_krk", "snapchat:eva.brno"),
            note="Polish and Czech case endings on a four-letter name",
        ),
        Example(
            "búscame en Telegram, me encuentras como @vale_mx23; find me on Telegram, I'm @ruby_22",
            ("telegram:vale_mx23", "telegram:ruby_22"),
            note="an '@' name later in the clause of a cue",
        ),
        Example(
            "no telegram, text me @lily_x. Telegram only. DM @rose_k",
            ("unknown:lily_x", "unknown:rose_k"),
            note="a negated cue; a cue in an earlier sentence",
        ),
        Example(
            "Facebook: Maria Lopez (facebook.com/maria.lopez.5521)",
            ("facebook:maria.lopez.5521",),
            note="a display name before the profile's URL is no username",
        ),
        Example("photos @2x and @3x, meet @ 9pm", (), note="image-size multipliers and a time after '@'"),
        Example(
            "Face: pretty, Body: slim, IG famous looks: stunning",
            (),
            note="'face' as a word; a phrase before a colon marks no plain word as a username",
        ),
        Example(
            "Löydät mut Instagramista: @sanni.oulu, Telegramiga: @mart_trt, WhatsAppā — ne, Instagramą: @rasa.kns",
            ("instagram:sanni.oulu", "telegram:mart_trt", "instagram:rasa.kns"),
            note="Finnish, Estonian and Lithuanian case endings on the platform's name",
        ),
        Example(
            "Инстаграмдан жазыңыз: @dana_ast, знайди в телезі @oksana_if, ინსტაგრამით: @tako_bt",
            ("instagram:dana_ast", "telegram:oksana_if", "instagram:tako_bt"),
            note="a Kazakh suffix in Cyrillic, the Ukrainian locative, a Georgian postposition",
        ),
        Example(
            "s3nd a msg on 7elegram? no: t3l3gr@m: @nika_vip, 1n5t4gr4m ➜ @nika.v, 0nlyf@ns is nika_x9",
            ("telegram:nika_vip", "instagram:nika.v", "onlyfans:nika_x9"),
            note="several letters of a platform's name written as digits or signs",
        ),
        Example(
            "我的tg：anna_sh01，ไลน์มาได้เลย ไอดี: pim.cnx",
            ("telegram:anna_sh01", "line:pim.cnx"),
            note="a Latin abbreviation glued to Chinese; a Thai phrase with vowel signs before the colon",
        ),
        Example(
            "@ksenia_nsk - мой телеграм; @dora.ff — my insta\nWeitergeleitet von @reisen_jobs_de",
            ("telegram:ksenia_nsk", "instagram:dora.ff", "telegram:reisen_jobs_de"),
            note="an '@' name said to be the writer's account on the platform named after; a forwarded post",
        ),
        Example("add me: lena.k_97 👻\nflight EK203 ✈ 14:05", ("snapchat:lena.k_97",), note="the ghost after the name"),
        Example(
            "telegram: soon, insta: tba, snap is banned; @media screen { a { color: red } }, @import url(a.css);",
            (),
            note="placeholders instead of a username; CSS at-rules",
        ),
        Example(
            "escríbeme a @vale.mx en insta, @ola_waw na telegramie, @lena_hh bei Snapchat",
            ("instagram:vale.mx", "telegram:ola_waw", "snapchat:lena_hh"),
            note="the platform named after the '@' name, with a preposition of the language",
        ),
        Example(
            "nhắn @mai_sg qua tele, cari @putri_s di IG, @ana.ro pe snap, @dina_ist tg'den yaz",
            ("telegram:mai_sg", "instagram:putri_s", "snapchat:ana.ro", "telegram:dina_ist"),
            note="prepositions of Vietnamese, Indonesian, Romanian; a Turkish case ending instead of one",
        ),
        Example(
            "@rosa.lux (ig), @rosa_tg (tg), @minho_k 인스타로, @lily_cn 在ig上",
            ("instagram:rosa.lux", "telegram:rosa_tg", "instagram:minho_k", "instagram:lily_cn"),
            note="the platform in brackets after the name; Korean and Chinese",
        ),
        Example(
            "Sn*pchat: coco_k22, ✈ « vika_msk », kik • @dancer.jo",
            ("snapchat:coco_k22", "telegram:vika_msk", "kik:dancer.jo"),
            note="a vowel masked with '*'; guillemets and a bullet between cue and name",
        ),
        Example(
            "X-SOCIALPROFILE;type=instagram:https://instagram.com/mila_k.22, t.me/s/spb_vip_kanal",
            ("instagram:mila_k.22", "telegram:spb_vip_kanal"),
            note="a vCard profile (the scheme is no username); a channel's web preview link",
        ),
        Example(
            "IG: rosa_k22, snap too. kik: mia.k7, tiktok auch",
            ("instagram:rosa_k22", "snapchat:rosa_k22", "kik:mia.k7", "tiktok:mia.k7"),
            note="'too', 'auch' after a platform: the username just before",
        ),
        Example(
            "telegram only, insta too; IG: ana_k. Telegram also accepted",
            ("instagram:ana_k",),
            note="no username before 'too'; 'also' that does not end the clause",
        ),
        Example(
            "Instagram-ում գրեք՝ lusine_k7",
            ("instagram:lusine_k7",),
            note="an Armenian case ending after a hyphen, a phrase ending in the Armenian comma",
        ),
        Example(
            "TikTok @mika.moves (2nd acc @mika.moves2), IG: rosa_k22, call @rosa_cell",
            ("tiktok:mika.moves", "tiktok:mika.moves2", "instagram:rosa_k22", "unknown:rosa_cell"),
            note="a second account of the platform just before; an '@' name with no such words",
        ),
        Example(
            "snap-on nails, see you @home on insta, @lily insta",
            ("unknown:lily",),
            note="a compound word; '@' meaning 'at'; a platform name with no preposition names nothing",
        ),
        Example(
            "Teleqramda yaz: @aysel_gnc; li Telegramê: @berfin_van; Телеграмаар: @bolor_ub",
            ("telegram:aysel_gnc", "telegram:berfin_van", "telegram:bolor_ub"),
            note="Azerbaijani spelling, Kurmanji oblique and Mongolian instrumental of the platform's name",
        ),
        Example(
            "tg://resolve?domain=Nika_Spb, ig.me/m/lena.art, m.me/pablo.ruiz.77, t.me/+AbCdEfGh12",
            ("telegram:nika_spb", "instagram:lena.art", "facebook:pablo.ruiz.77"),
            note="Telegram's deep link, Instagram's and Messenger's chat links; an invite link names no user",
        ),
        Example(
            "мой інст: olha.rivne, тэлеграм: @ales_by, napisz na instę: ola.wro, dodaj na snapa: kuba_22",
            ("instagram:olha.rivne", "telegram:ales_by", "instagram:ola.wro", "snapchat:kuba_22"),
            note="Ukrainian and Belarusian spellings of Russian names; Polish case endings replacing -a, on 'snap'",
        ),
        Example(
            "OF • mia.rose22 | TT • mia.dance; volg me op Insta (lies_x) of TikTok (lies.x)",
            ("onlyfans:mia.rose22", "tiktok:mia.dance", "instagram:lies_x", "tiktok:lies.x"),
            note="short cues with a bullet in a footer; Dutch 'of' (or) in lower case is no OnlyFans",
        ),
        Example("X • Y • Z, TT • dance, of course", (), note="a bullet before a plain word; 'of' as a word"),
        Example(
            "テレグラムは yui_tk です、인스타 아이디는 jisoo.k 이에요",
            ("telegram:yui_tk", "instagram:jisoo.k"),
            note="Japanese and Korean particles after the platform or its 'ID'",
        ),
        Example(
            "តេឡេក្រាម: @dara_pp, ເທເລແກຣມ: @kham_lpb, 🅸🅶: nina.k",
            ("telegram:dara_pp", "telegram:kham_lpb", "instagram:nina.k"),
            note="Telegram in Khmer and Lao; negative squared letters read as their letter",
        ),
        Example(
            "IG ▸ mia.rose · TG ▸ miarose · OF ▸ miarosexo",
            ("instagram:mia.rose", "telegram:miarose", "onlyfans:miarosexo"),
            note="a footer of cues, triangles pointing at the names, items set apart by middle dots",
        ),
        Example("X ▸ done", (), note="a lone capital cue and an arrow, no list around them"),
        Example("नमस्ते: @riya_k", ("unknown:riya_k",), note="a greeting in another script is no platform"),
        Example(
            "ଟେଲିଗ୍ରାମ: @sita_odisha, ਇੰਸਟਾਗ੍ਰਾਮ ਤੇ @preet.k, Írj Instára: @lili.bp",
            ("telegram:sita_odisha", "instagram:preet.k", "instagram:lili.bp"),
            note="platform names in Odia and Punjabi read by transliteration; a Hungarian case ending",
        ),
        Example(
            "라인 말고 텔레그램: @mina_k",
            ("telegram:mina_k",),
            note="a nearer cue in the phrase before the name owns it",
        ),
        Example(
            "snap: nora underscore vale, insta é rita ponto lima ponto 7, kik - ana guion bajo b",
            ("snapchat:nora_vale", "instagram:rita.lima.7", "kik:ana_b"),
            note="the underscore and the dot spelled out inside the username, in several languages",
        ),
        Example(
            "Signal 「mika_77」, Kik „lea.22“, OnlyFans: “rosa_x” (link in bio), IG ‹tina.k›",
            ("signal:mika_77", "kik:lea.22", "onlyfans:rosa_x", "instagram:tina.k"),
            note="a name in quotation marks or corner brackets is set apart, as a colon does",
        ),
        Example(
            "na Instagramie jestem kasia.w_99; auf Snap bin ich lena.k22",
            ("instagram:kasia.w_99", "snapchat:lena.k22"),
            note="a word of the sentence (a copula) between the cue and a name that looks like a handle",
        ),
        Example(
            "Escríbeme por IG.\n\n@nuria.bcn.",
            ("instagram:nuria.bcn",),
            note="a cue ending its sentence; the '@' name on the next line after blank lines",
        ),
        Example(
            "Instagram model from Lisbon, snapchat filters are fun, insta is great dot com",
            (),
            note="a plain word after the cue, then no handle-shaped name",
        ),
        Example(
            "Annotate it with @Override, or use the @Memoize decorator; @lru_cache",
            (),
            note="annotations and decorators of code, and code talked about, are no handles",
        ),
        Example(
            "Spring dance class on Friday, DM @maria_dance for a spot",
            ("unknown:maria_dance",),
            note="ordinary words that are also programming words ('spring', 'class') leave an '@' name alone",
        ),
        Example(
            "Forwarded from Pflege Jobs 🇩🇪 (@pflege_jobs_de)\nПереслано от Работа Варшава (@rabota_waw)",
            ("telegram:pflege_jobs_de", "telegram:rabota_waw"),
            note="Telegram's forwarded-from header with the channel's title before its '@' name",
        ),
        Example(
            "TT + IG → both @mara_vip; kik: rosa_k7, snap: lo mismo; пиши в тележку: @sveta_kzn",
            ("tiktok:mara_vip", "instagram:mara_vip", "kik:rosa_k7", "snapchat:rosa_k7", "telegram:sveta_kzn"),
            note="'both' before the shared name; 'the same thing' as a name; Russian slang 'тележка'",
        ),
        Example(
            "👻 SC mirabelle\n✈️ TG @mira_vip\n📸 IG @mira.de",
            ("snapchat:mirabelle", "telegram:mira_vip", "instagram:mira.de"),
            note="a platform's emoji before its abbreviation labels the name; a name may end like a country domain",
        ),
        Example(
            "Order SC-2291-TG, Date 2025; discord: discord.gg/Xy12ab",
            (),
            note="abbreviations inside a reference code; an invite link's host is no username",
        ),
        Example(
            "我的ins：@yun.xi 有事私信; ins号 tao_mei",
            ("instagram:yun.xi", "instagram:tao_mei"),
            note="'ins', the Chinese web's name for Instagram, beside Chinese characters",
        ),
        Example(
            "Ins: accepted, dental ins: yes",
            (),
            note="English 'ins' (insurance) is no Instagram cue",
        ),
        Example(
            "instagram.com/stories/lia.moon/3012345678/ · instagram.com/_u/kai.rivers",
            ("instagram:lia.moon", "instagram:kai.rivers"),
            note="a story link and the app link name the account after their path",
        ),
        Example(
            "Telegram (usuaria): luna_m9 · Kik (utilisateur) : zoe.bl · Signal (nome utente): gio_r",
            ("telegram:luna_m9", "kik:zoe.bl", "signal:gio_r"),
            note="'user' in Spanish, French and Italian between the cue and the name",
        ),
        Example(
            "Kik'im: ece_sun, Snap'imiz: ekip.istanbul",
            ("kik:ece_sun", "snapchat:ekip.istanbul"),
            note="Turkish possessive suffixes after an apostrophe on a short platform name",
        ),
        Example(
            "Insta 👉🏽 rosa.lin, tg 👇🏿 @nico_22",
            ("instagram:rosa.lin", "telegram:nico_22"),
            note="a pointing hand with a skin tone",
        ),
        Example("insta: dara . vee, snap ~ kay _ lee", ("instagram:dara.vee", "snapchat:kay_lee"), note="spaced signs"),
        Example(
            "tap → twitter://user?screen_name=kai_dev or line://ti/p/~nok.bkk",
            ("twitter:kai_dev", "line:nok.bkk"),
            note="apps' own link schemes",
        ),
        Example(
            "Agency: mbasic.facebook.com/work.abroad.de · line.me/R/ti/p/~somchai.th",
            ("facebook:work.abroad.de", "line:somchai.th"),
            note="a mobile host; a path ending like a country domain is still a name",
        ),
        Example(
            "ไอจีคือ fah.nail ค่ะ; ディスコード：kaito_77; 微 信：mei_sh88",
            ("instagram:fah.nail", "discord:kaito_77", "wechat:mei_sh88"),
            note="Thai 'is' between cue and name; Japanese name of Discord; a spaced Chinese cue",
        ),
        Example("微 信 很 好 用", (), note="a spaced cue with no name"),
        Example(
            "👾 void.runner | 📷 mira.snaps",
            ("discord:void.runner", "instagram:mira.snaps"),
            note="alien-monster and camera emoji as platform labels",
        ),
        Example(
            "news 🐦 @lumi_sketches\n📘 marta.lindqvist.art",
            ("twitter:lumi_sketches", "facebook:marta.lindqvist.art"),
            note="the bird of Twitter's logo and the blue book of Facebook as platform labels",
        ),
        Example(
            "🐦 early birds welcome 🐤 from 9am; 📷 from 10pm",
            (),
            note="a platform emoji with no name after it: a time after a word is no name",
        ),
        Example(
            "@mika_j en insta y tiktok; @dara.k on ig & fb",
            ("instagram:mika_j", "tiktok:mika_j", "instagram:dara.k", "facebook:dara.k"),
            note="one name, two platforms named after it",
        ),
        Example("@rosa.v on IG and my number follows", ("instagram:rosa.v",), note="no second platform after 'and'"),
        Example(
            "سكايب: noor.design | סקייפ: tal.studio | स्काइप: ravi.k22 | سیگنال: @sara_fa",
            ("skype:noor.design", "skype:tal.studio", "skype:ravi.k22", "signal:sara_fa"),
            note="Skype and Signal named in Arabic, Hebrew, Hindi, Persian",
        ),
        Example(
            "🎶 @dani.dances ♪ and ♫: mila_moves", ("tiktok:dani.dances", "tiktok:mila_moves"), note="TikTok's note"
        ),
        Example("🎵🎶 live music tonight @ 9pm ♪ dance all night", (), note="notes decorating a line about music"),
        Example(
            "TG: @ΝΙΚΟ_ΚΑΤΕ, ig @ΜΑΡΚΟ.ΤΙΜ; Ελένη @ελενη",
            ("telegram:niko_kate", "instagram:mapko.tim"),
            note="an '@' name in capitals of another script that all look like Latin ones; lower case stays out",
        ),
        Example(
            "Напиши в личку vk.me/olya_kzn; m.vk.com/dasha.ptz; chat: messenger.com/t/rosa.lima; threads.com/@kai.mx",
            ("vk:olya_kzn", "vk:dasha.ptz", "facebook:rosa.lima", "threads:kai.mx"),
            note="the message and mobile links of VK and Facebook, Threads on its new host",
        ),
        Example(
            "我的ins：yuki_0312; 디코 닉: starfall.kr; 페북 아이디: minji.cho; Snäppen: linnea.gbg; TikTok/@mira.x",
            (
                "instagram:yuki_0312",
                "discord:starfall.kr",
                "facebook:minji.cho",
                "snapchat:linnea.gbg",
                "tiktok:mira.x",
            ),
            note="'ins' with a full-width colon, Korean slang for Discord and Facebook and 'nick'/'ID', Swedish slang",
        ),
        Example(
            "Ins: Aetna, Cigna; vk.com/friends, vk.com/audio, facebook.com/saved, x.com/compose, t.me/addlist;"
            " PayPal/@rosa.m",
            (),
            note="'Ins' (insurance) in English text; the sites' own pages; a payment service's '@' name",
        ),
        Example(
            "dc: nova.pixel; DC ➜ @sunny_rae; пиши в дс: lumi.fox; dscrd - moth.wing",
            ("discord:nova.pixel", "discord:sunny_rae", "discord:lumi.fox", "discord:moth.wing"),
            note="'dc', 'дс' and the vowel-less 'dscrd' for Discord",
        ),
        Example(
            "微信❤：qing_88 | insta🌸: rosa.mae | 薇：lan_lan77 | Tele*ram → @kira_v | Only*ans: @mimi.soft",
            ("wechat:qing_88", "instagram:rosa.mae", "wechat:lan_lan77", "telegram:kira_v", "onlyfans:mimi.soft"),
            note="an emoji between a cue and its colon; 薇 for 微 (WeChat); any one letter of a long name masked",
        ),
        Example(
            "Washington, DC: call me; 小薇很可爱; IG 😍 lovely day; my disc: golden",
            (),
            note="DC after a city; 薇 in a name without a colon; an emoji then words; 'disc' is no cue",
        ),
        Example(
            "TG: @vika_\nmoscow_22 — пишите; snap: dasha.\nk_97",
            ("telegram:vika_moscow_22", "snapchat:dasha.k_97"),
            note="a username cut by a line break after its underscore or dot",
        ),
        Example(
            "IG: lena_\nDM me for prices; insta: mia_\n2024 was fun",
            ("instagram:lena_", "instagram:mia_"),
            note="the next line starts with a word or a year, no piece of a handle",
        ),
        Example(
            "加卫星：mimi_520 | 绿泡泡 lily_0909",
            ("wechat:mimi_520", "wechat:lily_0909"),
            note="zh: WeChat by its filter-dodging names",
        ),
        Example("哀居：@tina.khh", ("instagram:tina.khh",), note="zh-TW: 哀居 for Instagram"),
        Example("เฟส: ploy.cnx ; vk.ru/dasha_msk", ("facebook:ploy.cnx", "vk:dasha_msk"), note="th เฟส, vk.ru links"),
        Example(
            "ٹیلی گرام: @zara_khi; اینستا گرام: @nazanin.r",
            ("telegram:zara_khi", "instagram:nazanin.r"),
            note="ur, fa: a compound platform name written as two words",
        ),
        Example("My @ is nina.vale 💋", ("unknown:nina.vale",), note="the '@' itself as the account's name"),
        Example("instagram.com/stories/highlights/17841400000000001/", (), note="a story highlight names no account"),
    )

    def extract(self, ctx: FieldContext) -> Iterator[Entity]:
        if "@" in ctx.text.text and not ctx.text.text.isascii():
            ctx = _latin_at_names(ctx)
        text = ctx.text.text
        taken: set[int] = set()
        """Positions of the '@' signs already read as part of a cue's handle."""
        read_until = -1
        """The end of the last username read for a cue: a name already read is not read again before a cue."""
        groups = self._cue_groups(ctx, url_only=ctx.field == "url")
        unused: list[_Hit] = []
        """Cues with no username after them: an '@' name later in the clause may be theirs."""
        read: list[tuple[int, list[str]]] = []
        """Where each username read for a cue ends, and its platforms: a second account may follow."""
        last: tuple[str, int] | None = None
        """The username last read for a cue, and where it starts: a later cue said to be "the same" takes it."""
        for index, hit in enumerate(groups):
            before = self._name_before(ctx, hit, read_until)
            if before is not None:
                user, u_start, u_end = before
                read_until = hit.end
                if user:
                    for platform in dict.fromkeys(c.platform for c in hit.cues):
                        if platform != _PAYMENT and _valid(platform, user):
                            yield self.entity(ctx, f"{platform}:{user}", u_start, u_end)
                continue  # the cue named the platform of the name before it; what follows it is not its name
            same = _SAME_AFTER.match(text, hit.end) if last is not None else None
            if same is not None and last is not None and hit.start - last[1] <= _SAME_REACH:
                user, u_start = last  # "snap: x\ninsta: même chose": the name just read, not "chose"
                for platform in dict.fromkeys(c.platform for c in hit.cues):
                    if platform != _PAYMENT and _valid(platform, user):
                        yield self.entity(ctx, f"{platform}:{user}", u_start, same.end())
                continue
            found = self._user_after(ctx, hit)
            if found is not None and index + 1 < len(groups) and groups[index + 1].start < found[3]:
                found = None  # "카톡 안하고 텔레그램만 해요: @x": a nearer cue in the phrase before the name owns it
            if found is None:
                same = _SAME_AFTER.match(text, hit.end)
                if same is not None and last is not None and hit.start - last[1] <= _SAME_REACH:
                    user, u_start = last
                    for platform in dict.fromkeys(c.platform for c in hit.cues):
                        if platform != _PAYMENT and _valid(platform, user):
                            yield self.entity(ctx, f"{platform}:{user}", u_start, same.end())
                    continue
                unused.append(hit)
                continue
            user, _, u_end, span_start = found
            if text.startswith("#", u_end) and any(c.platform == "discord" for c in hit.cues):
                tag = _DISCORD_TAG.match(text, u_end)
                if tag is not None:  # "Discord: nyx#4821": a legacy name with its tag
                    user, u_end = user + tag.group(), tag.end()
            cut = u_end + 1 if text.startswith(".", u_end) else u_end  # (a dot at the end is left out of the name)
            wrap = _WRAPPED_REST.match(text, cut) if cut > u_end or user[-1] in "_-" else None
            if wrap is None and cut == u_end and user[-1] in "_-":
                wrap = _WRAPPED_WORD.match(text, cut)  # "TG: @mila_⏎kyiv": a plain word alone on the next line
                if (
                    wrap is not None
                    and wrap.end() < len(text)
                    and "\n" not in ctx.text.original_at(wrap.end(), min(len(text), wrap.end() + 2))
                ):
                    wrap = None
            if wrap is not None and "\n" in ctx.text.original_at(cut, wrap.start("rest")):
                # "@irina_⏎work_de", "dasha.⏎k_97": a username cut by a line break
                user, u_end = user + text[u_end:cut] + wrap.group("rest"), wrap.end("rest")
            if index + 1 < len(groups) and (
                self._display_name(ctx, hit, user, u_end, groups[index + 1])
                or _NAME_ON_NEXT.fullmatch(text, u_end, groups[index + 1].start) is not None
            ):
                # "Facebook: Maria Lopez (facebook.com/…)": a display name before the profile's URL;
                # "pics on insta, rose_22 on tg": the name of the next cue.
                continue
            at_name = text.startswith("@", span_start)
            platforms = [
                p
                for p in dict.fromkeys(c.platform for c in hit.cues)
                if p == _PAYMENT or _valid(p, user, at_name or all(c.kind == _URL for c in hit.cues))
            ]  # a profile link's path is no host: "facebook.com/agencia.trabajo.es" names the account
            if not platforms:
                continue  # no platform of the cue takes this name ("telegram: @hr.abroad"): read as an '@' name below
            taken.update(i for i in range(span_start, u_end) if text[i] == "@")
            read_until = max(read_until, u_end)
            last = (user, u_end - len(user))
            read.append((u_end, platforms))
            for platform in platforms:
                if platform != _PAYMENT:
                    yield self.entity(ctx, f"{platform}:{user}", span_start, u_end)
        if "@" not in text:
            return
        for m in _AT_HANDLE.finditer(text):
            if m.start() in taken:
                continue
            user = m.group("user").rstrip(".")
            if user in _AT_STOP or user in _STOP or _TIME_OR_NUMBER.fullmatch(user):
                continue
            if user in _CODE_AT_WORDS and _CODE_AFTER_AT.match(text, m.end()) is not None:
                continue
            if text[m.start() - 1 : m.start()] == '"' and (
                (user in _JSON_LD_KEYWORDS and _JSON_ITEM_END.match(text, m.end()))
                or _JSON_KEY_END.match(text, m.end())
            ):
                continue  # '{"@type": "Person"}': a key or keyword of structured data, not an account
            code = user in _ANNOTATIONS or _CODE_TALK.search(text, max(0, m.start() - 60), m.end() + 60) is not None
            after = self._platforms_after(text, m.end())
            platform = (
                (after[0] if after else None)
                or self._second_account(text, m.start(), user, read)
                or self._platform_before(text, m.start(), user, unused)
            )
            if platform == "unknown" and not text.isascii():
                platform = _script_platform_before(text, m.start()) or "unknown"
            if platform == "unknown" and self._forwarded_from(text, m.start(), unused):
                platform = "telegram"
            if not _valid(platform, user):
                platform = "unknown"  # a name the platform cannot have ("linh.hn" on Telegram): still an '@' name
            if platform == "unknown" and code:
                continue  # "use @Override and @staticmethod": annotations and decorators, or code talked about
            if _valid(platform, user):
                yield self.entity(ctx, f"{platform}:{user}", m.start(), m.start() + 1 + len(user))
                for more in after[1:]:  # "@x on IG and TikTok": one name, each platform named after it
                    if _valid(more, user):
                        yield self.entity(ctx, f"{more}:{user}", m.start(), m.start() + 1 + len(user))

        if "@" in text:  # the '@' used as a noun; most texts have no '@' at all, so the scan is skipped
            for m in _AT_AS_NAME.finditer(text):
                user = m.group("user").rstrip(".")
                if (
                    m.start("at") in taken
                    or user in _AT_STOP
                    or user in _STOP
                    or _TIME_OR_NUMBER.fullmatch(user)
                    or _DOMAIN_LIKE.search(user)
                    or not _valid("unknown", user)
                ):
                    continue
                taken.add(m.start("at"))
                yield self.entity(ctx, f"unknown:{user}", m.start("at"), m.end("user"))
        if "@ " in text:
            for m in _SPACED_AT_AFTER_VERB.finditer(text):
                user = m.group("user")
                if (
                    m.start("at") in taken
                    or user in _AT_STOP
                    or user in _STOP
                    or _TIME_OR_NUMBER.fullmatch(user)
                    or not any(c in "._" or c.isdigit() for c in user)
                    or _DOMAIN_LIKE.search(user)
                    or not _valid("unknown", user)
                ):
                    continue
                yield self.entity(ctx, f"unknown:{user}", m.start("at"), m.end("user"))

    # -- cues ---------------------------------------------------------------------------

    def _cue_groups(self, ctx: FieldContext, *, url_only: bool) -> list[_Hit]:
        """Cue hits, with cues joined by '/', '&', 'and', 'or' merged into one group."""
        text = ctx.text.text
        hits: list[_Hit] = []
        for end_index, cues in _cue_index().iter(text):
            end = end_index + 1
            first = cues[0]
            start = end - len(first.text)
            if first.bounded and (
                (start > 0 and _is_word_char(text[start - 1])) or (end < len(text) and _is_word_char(text[end]))
            ):
                ascii_cue = first.text.isascii()
                if not ascii_cue or (
                    (start > 0 and _glues_ascii(text[start - 1])) or (end < len(text) and _glues_ascii(text[end]))
                ):
                    continue  # inside a word ("ig" in "night"): the common case, rejected before anything else
            kept = [c for c in cues if self._cue_ok(text, start, end, c) and (c.kind == _URL or not url_only)]
            if any(c.text in _UPPER_CUES for c in kept) and not ctx.text.original_at(start, end).isupper():
                kept = [c for c in kept if c.text not in _UPPER_CUES]  # Dutch "of TikTok" is "or", not OnlyFans
            if any(c.text in _CJK_WEB_CUES for c in kept) and _CJK_WEB_TEXT.search(ctx.text.original) is None:
                kept = [c for c in kept if c.text not in _CJK_WEB_CUES]
            if kept and first.text.replace(".", "") in _REGION_CODE_CUES and self._region_code(ctx, start, end):
                continue
            if not kept:
                continue
            if hits and hits[-1].end > start:
                # Overlapping cues ("snap" in "snapchat", "加微" in "加微信"): keep the one reaching further.
                if end > hits[-1].end:
                    hits[-1] = _Hit(min(start, hits[-1].start), end, kept)
                continue
            hits.append(_Hit(start, end, kept))
        groups: list[_Hit] = []
        # Whether the last group holds only plain cues (no URL, no "forwarded from"), kept as the group grows so
        # that a long run of joined cues ("telegram telegram …") is merged in linear time.
        last_plain = False
        for hit in hits:
            plain = all(c.kind != _URL and c.text not in _FORWARDED_FROM for c in hit.cues)
            if (
                groups
                and plain
                and last_plain
                and (_CONNECTOR.fullmatch(text, groups[-1].end, hit.start) or self._emoji_label(text, groups[-1], hit))
            ):
                groups[-1].end = hit.end
                groups[-1].cues.extend(hit.cues)
            else:
                groups.append(_Hit(hit.start, hit.end, list(hit.cues)))
                last_plain = plain
        return groups

    @staticmethod
    def _emoji_label(text: str, emoji: _Hit, hit: _Hit) -> bool:
        """Whether a platform's emoji labels the name or abbreviation of the same platform written right after it
        ("👻 SC x", "📸 IG x", "✈️ TG x"): one cue, which marks the name after it as a colon would."""
        return (
            all(c.text in _PLATFORM_EMOJI for c in emoji.cues)
            and {c.platform for c in emoji.cues} & {c.platform for c in hit.cues} != set()
            and _EMOJI_GAP.fullmatch(text, emoji.end, hit.start) is not None
        )

    @staticmethod
    def _region_code(ctx: FieldContext, start: int, end: int) -> bool:
        """Whether a cue such as "SC" is a state code after a place name ("Columbia, SC")."""
        if _AT_NEXT.match(ctx.text.text, end) is not None:
            return False  # "…, SC: @mia_x": an '@' name is a handle whatever stands before
        a, b = ctx.text.span(start, end)
        original = ctx.text.original
        return original[a:b].isupper() and _PLACE_BEFORE.search(original, max(0, a - 40), a) is not None

    @staticmethod
    def _cue_ok(text: str, start: int, end: int, cue: _Cue) -> bool:
        before = text[start - 1] if start > 0 else " "
        after = text[end] if end < len(text) else " "
        if cue.kind == _URL:
            if cue.text in _BARE_URL_CUES:
                return before.isspace() or before in "([\"'"
            return not (before.isalnum() or before == "-")
        if before in "._" and start > 1 and _is_word_char(text[start - 2]):
            return False  # the end of a username ("mia.x", "lily_ig"), not a cue
        if (before == "-" and start > 1 and text[start - 2].isdigit()) or (
            after == "-" and end + 1 < len(text) and text[end + 1].isdigit()
        ):
            return False  # a piece of a reference code joined by hyphens to its digits ("Ref TG-4471-IG")
        if not cue.bounded:
            return True  # CJK, Thai, Arabic and emoji cues: no word boundaries to check
        if cue.text.isascii():
            return not _glues_ascii(before) and not _glues_ascii(after)
        return not _is_word_char(before) and not _is_word_char(after)

    def _user_after(self, ctx: FieldContext, hit: _Hit) -> tuple[str, int, int, int] | None:
        """The username after a cue group: (user, start, end, span start) in the normalised view."""
        text = ctx.text.text
        if all(c.kind == _URL for c in hit.cues):
            m = _URL_USER.match(text, hit.end)
            if m is None:
                return None
            user = m.group("user").rstrip(".-")
            if user == "s" and text.startswith("/", m.end()) and any(c.platform == "telegram" for c in hit.cues):
                m = _URL_USER.match(text, m.end() + 1)  # t.me/s/<channel>: the channel's web preview
                if m is None:
                    return None
                user = m.group("user").rstrip(".-")
            if _VK_COMMUNITY.fullmatch(user) and any(c.platform == "vk" for c in hit.cues):
                return None  # "vk.com/club123456", "vk.com/public123456": a community's page, not a person's
            if user in _RESERVED_PATHS:
                q = _QUERY_USER.match(text, m.end())  # "twitter.com/intent/user?screen_name=<user>"
                if q is None:
                    return None
                user = q.group("user").rstrip(".-")
                return user, q.start("user"), q.start("user") + len(user), hit.start
            return user, m.start("user"), m.start("user") + len(user), hit.start
        if "live:" in text[hit.end : hit.end + 32] and any(c.platform == "skype" for c in hit.cues):
            live = _SKYPE_LIVE.match(text, hit.end)
            if live is not None:
                return live.group("user"), live.start("user"), live.end("user"), live.start("user")
        if (
            hit.start > 0
            and text[hit.start - 1] in "\"'"
            and _META_NAME.match(text, hit.end)
            and _ATTRIBUTE_BEFORE.search(text, max(0, hit.start - 12), hit.start)
        ):
            return None  # '<meta name="twitter:creator" content="@x">': the field's name; its content is the handle
        m = _AFTER_CUE.match(text, hit.end)
        if m is None:
            return None
        user = m.group("user").rstrip(".-")
        sep = m.group("sep")
        at = bool(m.group("at"))
        u_start = m.start("user")
        u_end = u_start + len(user)
        if (
            not at
            and user in _JOIN_SIGNS
            and _spelled_join(text, u_start - 1) is not None
            and (last := _LAST_SEP_WORD.search(sep)) is not None
        ):
            # "insta is mia dot belle": the word read as a separator is the name's first piece
            user = last.group("user")
            u_start = m.start("sep") + last.start("user")
            u_end = u_start + len(user)
            sep = sep[: last.start("user")]
        if len(user) == 1 or len(ctx.text.original_at(u_start, u_end)) > len(user):
            user, u_end = self._spaced_user(ctx, user, u_start, u_end)
        if text.startswith(" ", u_end):
            user, u_end = self._spelled_user(text, user, u_end)
        if (
            not at
            and len(user) <= 8
            and user.isalpha()
            and not any(c.kind == _STRICT for c in hit.cues)
            and (then := _ONE_WORD_THEN.match(text, u_end)) is not None
            and self._looks_like_handle(ctx, then.group("user"), then.start("user"), then.end("user"))
            and any(c.isalpha() for c in then.group("user"))
            and not _TIME_OR_NUMBER.fullmatch(then.group("user"))
            and then.group("user").rstrip(".") not in _STOP
            and not _MARKED_SEP.search(sep)
        ):
            # "pe Insta sunt andreea.buc": a word of the sentence, then the name
            user = then.group("user").rstrip(".")
            u_start = then.start("user")
            u_end = u_start + len(user)
            if _HOST_PATH.match(text, u_end) and "." in user:
                return None  # "Discord server invite discord.gg/x": a link's host, not a name
            return user, u_start, u_end, u_start
        if user in _STOP or (not at and _TIME_OR_NUMBER.fullmatch(user)) or text.startswith("://", u_end):
            return None  # "Telegram only", "snap, 9pm"; "instagram:https://…" (the URL is read as a URL cue)
        if not at and "." in user and _HOST_PATH.match(text, u_end):
            return None  # "discord: discord.gg/AbCd12": the host of a link (an invite), not a username
        if m.group("at") == "@ " and (user in _AT_STOP or _TIME_OR_NUMBER.fullmatch(user)):
            return None  # "snap @ 5pm", "IG @ home": '@' meaning 'at'
        # A hyphen glued on both sides makes a compound word ("Instagram-worthy"), not a separator.
        compound = sep[:1] in ("-", "–") and text[hit.end + 1 : hit.end + 2].isalnum()  # "snap-on nails"
        marked = at or (not compound and _MARKED_SEP.search(sep) is not None)
        if not marked and len(hit.cues) > 1 and all(c.text in _PLATFORM_EMOJI for c in hit.cues[:1]):
            marked = not sep.strip() and all(c.kind == _WORD for c in hit.cues)  # "👻 SC ayeshauk"
        if marked and not at and is_phrase(sep, _PLAIN_SEP_WORDS):
            marked = False  # a phrase before the colon ("IG for more pics: …", "insta model body: …") marks nothing
        if (
            not at
            and any(c.text in _WORD_LIKE_CUES for c in hit.cues)
            and not self._looks_like_handle(ctx, user, u_start, u_end)
        ):
            return None
        if any(c.kind == _STRICT for c in hit.cues):
            quoted = sep[-1:] in _OPENERS and text[u_end : u_end + 1] in _CLOSERS  # "LINEのIDは「x」"
            if not (at or quoted or ":" in sep or "：" in sep or "=" in sep) and not (
                _SET_APART.search(sep)
                and (
                    self._looks_like_handle(ctx, user, u_start, u_end)
                    or (_POINTER.search(sep) is not None and self._footer_item(ctx, hit, u_end))
                )
            ):
                return None  # "IG • x | TT • sofi.arg": a bullet or an arrow sets apart a name that looks like one
            original_cue = ctx.text.original_at(hit.start, hit.end)
            if any(c.text in _UPPER_CUES for c in hit.cues) and not original_cue.isupper():
                return None
        elif not marked and not self._looks_like_handle(ctx, user, u_start, u_end):
            return None
        return user, u_start, u_end, m.start("at") if at else u_start

    @staticmethod
    def _footer_item(ctx: FieldContext, hit: _Hit, u_end: int) -> bool:
        """Whether a capitalised cue and the name set apart after it make one item of a footer list.

        "TG ▸ kira_vip · OF ▸ kiraxo" (the caller asks only when an arrow points at the name): the cue is written in
        capitals, stands at the start of the text or after a list separator, and its name ends the text, its line or
        its item. A plain word after the arrow then is the username even without a digit, "_" or "." in it; a lone
        "X ▸ done" is no list.
        """
        text = ctx.text.text
        if not ctx.text.original_at(hit.start, hit.end).isupper():
            return False
        before = _FOOTER_ITEM_BEFORE.search(text[max(0, hit.start - 3) : hit.start])
        after = _FOOTER_ITEM_AFTER.match(text, u_end)
        if before is None or after is None:
            return False
        return bool(before.group().strip()) or bool(after.group().strip())  # one item of a list, not a lone line

    def _name_before(self, ctx: FieldContext, hit: _Hit, read_until: int) -> tuple[str, int, int] | None:
        """A username written before its cue ("jade_x on tg", "@lily on IG"): (user, start, end), or None.

        Only a word cue not followed by a marked name (":" or "@") is read backwards, and only a bare
        name that looks like a username (a digit, "_" or "."); an '@' name is read by the '@' pass, so
        the user is empty then — either way the name after the cue is not its username
        ("mira_la on insta, mira.la on snap").
        """
        text = ctx.text.text
        if all(c.text in _LABEL_EMOJI for c in hit.cues):
            return self._name_before_emoji(ctx, hit, read_until)
        if any(c.kind != _WORD for c in hit.cues) or not all(c.bounded for c in hit.cues):
            return None
        if _MARKED_NEXT.match(text, hit.end) is not None:
            return None
        lo = max(0, hit.start - _CUE_WINDOW, read_until)
        m = _NAME_BEFORE_CUE.search(text, lo, hit.start)
        if m is None:
            # "@ana.ro pe snap, …", "@x (ig)", "@x tg'den": the cue names the '@' name before it (read by the '@'
            # pass), so whatever follows the cue is not its username
            at = _AT_NAME_BEFORE_CUE.search(text, lo, hit.start)
            if at is None or (not at.group("link") and not any(c.inflected for c in hit.cues)):
                return None
            return "", at.start("user"), at.end("user")
        start = m.start("user")
        if start > 0 and text[start - 1] == "@":
            return "", start, m.end("user")
        user = m.group("user")
        if not any(c.isdigit() or c in "_." for c in user) or _TIME_OR_NUMBER.fullmatch(user):
            return None
        if not any(p != _PAYMENT and _valid(p, user) for p in (c.platform for c in hit.cues)):
            return None
        return user, start, m.end("user")

    @staticmethod
    def _name_before_emoji(ctx: FieldContext, hit: _Hit, read_until: int) -> tuple[str, int, int] | None:
        """A username labelled by the platform's emoji after it, at the end of its line or clause ("bella_rose22 👻").

        Only a name that looks like a username (a digit, "_" or ".") and only when nothing follows the emoji that
        could be its own username ("👻 lily_23").
        """
        text = ctx.text.text
        if _EMOJI_ENDS_LINE.match(text, hit.end) is None and "\n" not in ctx.text.original_at(hit.end, hit.end + 1):
            return None  # something follows on the same line (the view writes a line break as a space)
        m = _NAME_BEFORE_EMOJI.search(text, max(0, hit.start - _CUE_WINDOW, read_until), hit.start)
        if m is None:
            return None
        start = m.start("user")
        if start > 0 and text[start - 1] == "@":
            return None  # an '@' name: read by the '@' pass, which looks for the platform after it
        user = m.group("user")
        if not any(c.isdigit() or c in "_." for c in user) or _TIME_OR_NUMBER.fullmatch(user):
            return None
        if not any(_valid(c.platform, user) for c in hit.cues):
            return None
        return user, start, m.end("user")

    @staticmethod
    def _second_account(text: str, at: int, user: str, read: list[tuple[int, list[str]]]) -> str | None:
        """The platform of a handle just before, when this '@' name is said to be another account of it.

        "TikTok @x (2nd acc @y)", "IG: x, backup: @y": the words between say "account", "backup", "second".
        """
        for end, platforms in reversed(read):
            if end > at:
                continue
            if at - end > _CUE_WINDOW or _SECOND_ACCOUNT.fullmatch(text, end, at) is None:
                return None
            return next((p for p in platforms if p != _PAYMENT and _valid(p, user)), None)
        return None

    @staticmethod
    def _forwarded_from(text: str, at: int, unused: list[_Hit]) -> bool:
        """Whether the '@' name is the channel of Telegram's "Forwarded from" header, after the channel's display name.

        "Forwarded from Jobs Abroad 🌍 (@jobs_abroad_hub)": the header, a title of a few words (emoji too) and the
        channel's '@' name in brackets, on one line.
        """
        for hit in reversed(unused):
            if hit.end > at:
                continue
            if not any(c.text in _FORWARDED_FROM for c in hit.cues) or at - hit.end > _FORWARDED_TITLE:
                return False
            return _TITLE_THEN_BRACKET.fullmatch(text, hit.end, at) is not None
        return False

    @staticmethod
    def _platform_before(text: str, at: int, user: str, unused: list[_Hit]) -> str:
        """The platform of an '@' name from a cue earlier in the same clause that had no name of its own.

        "Escríbeme por Telegram, me encuentras como @vale" or "find me on Telegram, I'm @vale": the cue
        names the platform, a few words stand between. A sentence end, another '@' or a negation before
        the cue ("no telegram, text me @…") keeps the name "unknown".
        """
        for hit in reversed(unused):
            if hit.end > at:
                continue
            if _ONLY_SIGNS_BETWEEN.fullmatch(text, hit.end, at) is not None and not _NEGATED_CUE.search(
                text, max(0, hit.start - 12), hit.start
            ):
                # "DM me on IG.\n\n@lola.x": the cue ends its sentence and the name is the next thing written
                return next(
                    (c.platform for c in hit.cues if c.platform != _PAYMENT and _valid(c.platform, user)), "unknown"
                )
            if at - hit.end > _CUE_WINDOW or _CLAUSE_BREAK.search(text, hit.end, at) is not None:
                return "unknown"
            if any(c.kind != _WORD or c.platform == _PAYMENT for c in hit.cues):
                return "unknown"
            if _NEGATED_CUE.search(text, max(0, hit.start - 12), hit.start) is not None:
                return "unknown"
            return next((c.platform for c in hit.cues if _valid(c.platform, user)), "unknown")
        return "unknown"

    @staticmethod
    def _display_name(ctx: FieldContext, hit: _Hit, user: str, u_end: int, nxt: _Hit) -> bool:
        """Whether a plain word after a cue is a person's name written before that platform's profile URL.

        "Facebook: Maria Lopez (facebook.com/maria.lopez.5521)": the URL holds the username; the capitalised
        words before it are the name shown on the profile.
        """
        if any(c.isdigit() or c in "_." for c in user) or not all(c.kind == _URL for c in nxt.cues):
            return False
        if not {c.platform for c in hit.cues} & {c.platform for c in nxt.cues}:
            return False
        original = ctx.text.original_at(u_end - len(user), u_end)
        return original[:1].isupper() and _DISPLAY_NAME_REST.fullmatch(ctx.text.text, u_end, nxt.start) is not None

    @staticmethod
    def _spaced_user(ctx: FieldContext, user: str, start: int, end: int) -> tuple[str, int]:
        return spaced_user(ctx, user, end)

    @staticmethod
    def _spelled_user(text: str, user: str, end: int) -> tuple[str, int]:
        """A username with its underscores, hyphens or dots spelled out ("lila underscore rose", "mia dot belle
        dot 22", "mia underscore vip"): its pieces joined with the sign, and its end."""
        pieces = [user]
        while (join := _spelled_join(text, end)) is not None and (join[0] == "_" or join[1].group() not in _STOP):
            # a word after a spelled underscore is the name's ("mia underscore vip"), whatever else it may mean
            sign, piece = join
            pieces.append(sign)
            pieces.append(piece.group())
            end = piece.end()
        return "".join(pieces), end

    @staticmethod
    def _looks_like_handle(ctx: FieldContext, user: str, start: int, end: int) -> bool:
        if any(c.isdigit() or c in "_." for c in user):
            return True
        original = ctx.text.original_at(start, end)
        return any(c.isupper() for c in original[1:]) and not original.isupper()

    @staticmethod
    def _platforms_after(text: str, end: int) -> list[str]:
        """The platforms named right after a handle: the first (``_platform_after``), then those joined to it by "and",
        "&", "/" or a comma in many languages ("@zoe on IG and TikTok", "@x en insta y tiktok", "@x в тг и инсте")."""
        first = Handle._platform_after(text, end)
        if first is None:
            return []
        found = [first]
        window = text[end : end + 64]
        hits = _automaton().iter_long(window)
        last_end: int | None = None
        for end_index, cues in hits:
            cue: _Cue = cues[0]
            start = end_index + 1 - len(cue.text)
            if cue.kind != _WORD or cue.platform == _PAYMENT:
                if last_end is not None:
                    break
                continue
            if last_end is None:
                if cue.platform == first:
                    last_end = end_index + 1
                continue
            if _COORDINATED.fullmatch(window, last_end, start) is None:
                break
            after = window[end_index + 1] if end_index + 1 < len(window) else " "
            if cue.bounded and _CASED_OR_ASCII_WORD.match(after):
                break
            if cue.platform not in found:
                found.append(cue.platform)
            last_end = end_index + 1
        return found

    @staticmethod
    def _platform_after(text: str, end: int) -> str | None:
        """The platform named right after a handle, if any.

        After a preposition of any language ("@lily on IG", "@x en insta", "@x bei Snapchat", "@x в телеграме",
        "@x 在tg上"), in brackets ("@x (ig)"), or with a case ending glued to the name instead of a preposition
        (Turkish "@x tg'den", Korean "@x 인스타로"). Only the first platform name after the handle counts.
        """
        window = text[end : end + 32]
        for end_index, cues in _automaton().iter_long(window):
            cue: _Cue = cues[0]
            start = end_index + 1 - len(cue.text)
            if cue.kind != _WORD or cue.platform == _PAYMENT:
                if cue.kind == _URL:
                    return None
                continue
            after = window[end_index + 1] if end_index + 1 < len(window) else " "
            if cue.bounded and _CASED_OR_ASCII_WORD.match(after):
                continue  # "inst" of "insta", "ig" of "igual": the longer name may still follow
            before = window[:start]
            if cue.bounded and _CASED_OR_ASCII_WORD.match(before[-1:] or " "):
                continue
            if _BRACKET_BEFORE_CUE.match(before):
                return cue.platform if _BRACKET_AFTER_CUE.match(window, end_index + 1) else None
            if not before.strip():
                return cue.platform if cue.inflected or not cue.bounded else None
            return cue.platform if _BEFORE_CUE.match(before) else None
        return None
