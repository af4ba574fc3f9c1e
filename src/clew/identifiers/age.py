"""A person's stated age, only where the text says it is an age.

A number from 10 to 99 counts as an age when one of these is written next to it:

* an age word after it: "19yo", "19 y/o", "22 years old", "20 años", "20 añitos",
  "21 aninhos", "20 ans", "19 лет", "19岁", "19 tuổi" (and its short form "20t" in
  Vietnamese text or after "em"), "23 saal"/"23 साल", "19 tahun", "อายุ 19 ปี", "22 år",
  "21 let", "22 godine", "22 години", "21 metai", "20 vjeç", "22 წლის", "21 տարեկան", "24살", "21 J.", …,
  "springs" and "summers" for years ("20 primaveras", "22 printemps", "21 summers young", "22 весны", "21 вясны",
  "22 wiosny", "21 étés", "20 veranos", "23 Lenze", "25 Aprils old"; after "de" too: "blonde de 22 printemps"),
  diminutives ("19 wiosenek", "22 годков", "20 latek"),
  and Kurmanji "Temenê min 24", Somali "Da'daydu waa 21", Zulu "ngineminyaka engu-22" as labels,
  Belarusian "22 гады" and Ukrainian "21 рік", and the age
  adjectives "25-vuotias", "23-летняя", "21letá"; two numbers joined by "&"/"and" share one ("20 & 23 yo");
  French slang "balais" after "have" or a name ("j'ai 23 balais"; brooms otherwise);
* an age label before it: "age: 22", "aged 19", "edad 20", "возраст 19", "عمري 19",
  "umur 19", "อายุ 19", "年龄19", "年齢 21", "বয়স 22", Hebrew "בת 25", Swahili "nina miaka 22", "Umri: miaka 24",
  Hungarian "Életkor:", Serbian "Године:"/"Узраст:", Croatian "Dob:", Albanian "Mosha:", Oromo "Umuriin koo waggaa"
  (my age, years), …; after a label,
  Lithuanian "22 m." and Latvian "22 g." are years, not metres;
  between label and number may stand a colon, a dash of any length or an arrow ("Age ➡ 21",
  "возраст — 30");
* a first-person phrase before it, with the sentence going on after it (or an emoji):
  "I'm 19 and new in town", "finally turned 21 🥳", "tengo 20", "j'ai 20", "мне 19";
* after a birth year, "so"/"now" before it: "born 2004 so 20 now"; a past time after "turned"
  ("cumplí 20 la semana pasada", "turned 21 yesterday");
* an ordinal before a birthday word, with "my"/"her" before it: "my 20th birthday", "mein 21. Geburtstag";
* its two digits spaced ("age 3 1") after an age label or before an age word;
* a name before it in a profile line: "Mia, 22 💕", "Lily (19)", "Sasha, 23 — new in town", "Sofia | 23 |
  Berlin" (not in a table row starting with a bar, read by its header), or a word for a
  person before brackets ("my friend (21)"); or the sex, a capital at the start of the line or in brackets:
  "F, 22, 165cm", "(F, 23)", "(23, F)"; the female or male sign right before or after it ("Lina ♀ 22 | Kraków",
  "Eva 26 ♀");
* alone on its line (after a speaker's name, perhaps), answering an age question of the line before, in many
  languages ("how old r u?" / "her: 19", "wie alt bist du?");
* "I am" in Dutch, Swedish, Norwegian, Finnish, Czech too ("ik ben 23 en …"), or a relative said to be it
  ("my sister is 19 and …");
* a sex tag glued after it, the profile shorthand "23F", "22/F/NYC" (not a bra size: "34F cup"), in lower case
  opening a profile line with another field after it ("22f, new in town"); the forum tag "F/22" opening a line;
* "this year" before it in Chinese, Japanese and Korean ("我今年22，", "今年で二十二になります", "올해 27"), the
  sentence ending or going on with a particle after it;
* its cell in the column of a table whose header is an age label (markdown, CSV or tab-separated rows).

Ethiopic numerals are read additively ("ዕድሜ ፳፪" is 22), and Irish and Scottish Gaelic numbers with the noun
inside them ("trí bliana is fiche d'aois", three years and twenty) after "I am" or before "of age".

The second number of a pair joined by "and" in many languages ("Zwei Freundinnen, 22 und 24", "two girls, 21 & 23")
is an age when the first is, and a profile's abbreviated years include Dutch "jr" ("Sanne, 24 jr").

A word that is an age by itself counts (Japanese ハタチ, and はたち standing as a word, "twenty years old"), and
native Korean numbers before 살, glued or not ("스물한 살", "스물세살"), or after a label in the form said alone
("나이: 스물넷").

Numbers written as words count with an age word after them ("eighteen years young",
"veinte años", "hai mươi tuổi", "dua puluh satu tahun", "二十岁") or an age label or
"I'm" before them ("I'm nineteen", "Tuổi: hai mươi"), in every language of the shared
number vocabulary (``clew.text.numbers``: German, Dutch, Danish and Czech with the unit first,
"dreiundzwanzig", "drieëntwintig"; Italian "ventitré", Swedish, Polish, Hungarian "huszonegy", Finnish
"kaksikymmentäkaksi", Catalan "vint-i-dos", Serbian "dvadeset i jednu", Kazakh, Swahili, Tagalog); the age
module's own table keeps only the common spellings of en, es, fr, pt, ru, the native Korean numbers, the
Icelandic genitive said before "ára" ("tuttugu og tveggja ára"), Albanian ("njëzet e një vjeç") and Oromo
("digdamii lama"), with and without their accents; an apostrophe may stand inside a number word (Ukrainian
"двадцять п'ять років"); Armenian "քսանչորս տարեկան";
a tens word with its digit glued on ("thirty2 yrs old") too; a two-character number with a look-alike
letter ("I'm 2O") counts like digits. Both are found from one Aho-Corasick pass over
the age words and labels, so a text without them costs one scan.

Not ages: heights (5'6", 170cm), weights, measurements (34-24-36), times (19:00),
"24/7", prices, years (2019), age ranges and limits ("18-25 years", "between 18 and 25",
"over 18", "未满18岁", "18岁以上"),
the age of a thing (a car, a house, a whisky), durations ("20 years of experience", "22 Jahre Erfahrung",
"hace 20 años", "I've been here 15 years"), years after a label of work experience ("Staż pracy: 15 lat",
"Опыт работы — 5 лет", "Experience: 10 years") — but
"de" before the number is no duration after a person ("menina de 22 anos").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from clew.identifiers.base import Example, FieldContext, IdentifierType
from clew.model import Entity
from clew.text.normalize import SCRIPT_MARKS
from clew.text.numbers import ethiopic_numbers, read_token, vocabulary, words_value
from clew.text.phrases import PhraseIndex

# Lookbehinds sit after the first digit so that the scan can skip ahead to digits quickly.
_NUMBER = re.compile(r"(?P<n>\d(?<![\d./$€£¥#№+'’]\d)(?<!\d,\d)(?<!\d:\d)\d)(?!\d|[.,:/'’\"″%]\d|['’\"″%+])")

_AGE_UNIT = (
    r"(?:y/o|y\.o\.?|yo\b|yrs?\.?\s?old|years?[\s-]old|years?\s(?:young|of\sage)|-years?-old|yrs\b|yr\b"
    r"|años|anos|añitos|anitos|aninhos|aninho\b|ans\b|anni\b|jahre\b|-?jährige?[rn]?\b|j\.\s?alt|(?:de\s)?ani\b"
    r"|лет\b|годик(?:а|ов)?\b|годок\b|годочек\b|рочок\b|рочки\b|годочк(?:а|ов)\b|года?\b|год\b|рок(?:и|ів)\b|років|saal\b|साल|वर्ष|سال|বছর|tuoi\b"
    r"|سنة|سنه|عام|عاما|عامًا|tahun|thn\b|tuổi|ปี|[周週虚虛实實]?[岁歲歳]|歲|歳|才|さい|yaşında|yaş\b|lat\b|jaar\b|éves|ετών|χρονών"
    r"|taong gulang|anyos|anos de idade|lata\b|years\b"
    r"|år\b|let\b(?!\s(?:me|us|him|her|them|you|it|go|see)\b)|rokov\b|godin[ae]?\b|godine\b|metų|metu\b|gadi\b|gadus\b"
    r"|-?aastane\b|-?vuotias\b|-?летн(?:яя|ий|ей|юю|его)\b|-?річн(?:а|ий|у|ого)\b|-?годишн(?:а|и|о|ак)\b"
    r"|-?let[áýé]\b|-?ročn[áýé]\b|-?letni[aą]\b|살|세\b"
    r"|години\b|годинки\b|metai\b|metų\b|vjeç|vjec\b|vjeçe|vjet\b|vjeçare\b|gads\b|aastat\b|aasta\svanune\b|vloaz\b|bloaz\b|bliadhna\sa\sdh['’]aois|ára\b|árs\b|anys\b|urte\b|ساله|წლის|წლისაა|տարեկան"
    r"|ዓመቴ|ዓመት|አመት|ឆ្នាំ|ປີ|နှစ်|настай|жаста|жашта|yoshda|yaşım\b|oed\b|sena\b|salî\b|(?:m?bliana|bliain)\sd['’]aois|j\.(?=[\s,;]|$)|vuotta\b|godinu\b|sano\sjir\b|jir\b|године\b|годин[аеу]\b"
    r"|сола(?:ам|м)?\b|солаи\b|ёшдаман\b|ёшда\b|ёшли\b|яшьтә\b|яшьлек\b|яшь\b|йәштә\b|йәшлек\b|[çҫ]улта\b|[çҫ]улхи\b"
    r"|ýaşymda\b|ýaşym\b|ýaşynda\b|ýaşly\b|yoshdaman\b|yoshda\b|taona\b|taun\b|-?åring(?:ar|en)?\b"
    r"|வயது|வயசு|വയസ്സ്|വയസ്|ವರ್ಷ|సంవత్సరాలు|ఏళ్ళు|ఏళ్లు|વર્ષ|ਸਾਲ|वर्षे|वर्षांची"
    r"|(?:summers?|springs?|aprils?|winters?)\s(?:young|old)|primaveras|primaverinhas|abriles|printemps|primavere|piges\b|berges\b"
    r"|étés\b|veranos\b|verões|veroes\b|estati\b|lenze\b|lenzen\b|primăveri|primaveri\b"
    r"|вес(?:ны|ен|ни|нам?)\b|вёс(?:ен|наў|нау)\b|вясн(?:ы|аў|ау)\b|wiosn[yę]\b|wiosen(?:ek|ki)?\b|гад(?:ы|оў|оу)\b|рік\b"
    r"|годков\b|годиков\b|годочков\b|-?latk[aięo]\b|latek\b|کاله\b|کلن(?:ه|ې)?(?!\w)|(?:ōku|oku|ōna|ona|ōu|tōku)\stau\b"
    # the "N-year-old" adjectives: Dutch/Afrikaans, Scandinavian, Italian, South Slavic, Slovene; and "19y" glued
    r"|-?jaraj?\b|jarojn?\b|-?jarige?\b|-?årig[ae]?\b|-?arig[ae]\b|(?<=[^\W_])-?enne\b|-?godi[šs]nj(?:a|i|e|ak|akinja)\b|-?letn(?:a|ica)\b"
    r"|(?<![^\W_]\d\d)(?<=\d)y(?![\w'’.]))"
)
_RIGHT_UNIT = re.compile(r"\s?" + _AGE_UNIT)
_QUOTED_NUMBER = re.compile(r'"(\d\d)"')
_OBJECT_TEXT = """
    car cars truck van vehicle bike motorbike motorcycle scooter boat house building apartment flat condo roof
    laptop computer fridge furniture sofa tree dog cat puppy kitten horse company firm shop store restaurant
    coche carro auto moto casa edificio piso departamento vivienda perro gato empresa
    voiture maison immeuble appartement chien chat entreprise
    wagen fahrzeug haus gebäude wohnung hund katze firma
    prédio predio apartamento cachorro
    araba ev bina daire köpek kedi şirket
    mobil rumah gedung apartemen anjing kucing perusahaan
    дом дому здание квартира квартиры машина машине авто автомобиль машину собака кот коттедж дача фирма
    будинок будинку автомобіль кіт
    samochód dom mieszkanie budynek pies kot
    xe nhà chó mèo
    vůz dům byt pes kočka
    toyota honda ford škoda skoda volkswagen vw opel bmw audi mercedes renault peugeot citroën citroen fiat hyundai
    kia nissan dacia lada mazda volvo seat suzuki mitsubishi subaru chevrolet
    gari nyumba jengo mbwa paka
    whisky whiskey scotch bourbon rum ron rhum cognac brandy tequila mezcal añejo anejo vino wine vin wein
    malt armagnac calvados oporto porto виски коньяк вино ром
"""
_OBJECT_BEFORE = re.compile(
    rf"(?<!\w)(?:{'|'.join(sorted({re.escape(w) for w in _OBJECT_TEXT.split()}, key=len, reverse=True))})(?!\w)"
    r"[^.!?\n]{0,48}$"
)
_OBJECT_AFTER = re.compile(
    r"[\s-]?(?:[^\W\d_]+\s)?"
    rf"(?:{'|'.join(sorted({re.escape(w) for w in _OBJECT_TEXT.split()}, key=len, reverse=True))})(?!\w)"
)
"""A thing right after the age adjective ("22-year-old car for sale", "a 15 year old red truck"): its age."""
"""A thing before "N years old" in its sentence ("Car for sale: 2012 Toyota, 12 years old", "дом 30 лет"): the age
of a car, a house, a pet or a firm, not of a person."""
_PERSON_WORD = re.compile(
    r"(?<!\w)(?:i['’]?m|i am|she|he|girl|woman|lady|owner|driver|seller|chica|mujer|niña|señora|femme|fille"
    r"|menina|garota|mulher|frau|mädchen|девушка|женщина|дівчина|жінка|dziewczyna|kobieta|kız|kadın|cewek|wanita"
    r"|gadis|msichana|mwanamke|cô gái|я|мне|мені|soy|tengo|je|j['’]ai|sou|tenho|ich|bin|aku|saya|ben|mimi|nina)(?!\w)"
)
"""A person in the sentence: the years are hers, even with a thing named before them ("girl from the house, 23")."""
_SENTENCE_START = re.compile(r"[.!?;\n]")
_DIMINUTIVE = re.compile(
    r"\s?(?:añitos|anitos|aninhos|aninho|годик|годочк|годков|latek|latk|wiosenek|wiosenki"
    r"|primaveras|primaverinhas|abriles|printemps|étés|primavere|estati|veranos|verões|veroes|lenze|primăveri"
    r"|summers|springs|aprils|winters|вес|вёс|вясн|wiosn|wiosen)"
)
"""Diminutive and poetic age words (springs, summers, Aprils): said of a person's years, never of a duration
after "de" ("jolie blonde de 22 printemps")."""
_NOT_AGE_AFTER_UNIT = re.compile(
    r"['’]?\s*(?:of\s|de\s|di\s|d['’]\s?|в\s|ya\s|af\s|av\s|van\s|von\s|ng\s|z\s|ze\s)?\s*"
    r"(?:exp|experien|expérien|experiên|опыт|стаж|kinh nghiệm|pengalaman|"
    r"经验|經驗|خبرة|ago\b|назад|atrás|atras|depuis|in business|de casad|de servicio|de trabajo|contract|"
    r"warranty|garant|se\b|से(?!\S)|anubhav|अनुभव|erfaren|erfaring|sedan|siden|zkušen|zkusen|praxe|skúsen"
    r"|doświadcz|doswiadcz|temu\b|kokemus|sitten|kogemus|tapasztal|ervaring|geleden|iskust"
    r"|iliyopita|zilizopita|uliopita|uzoefu|lalu\b|yang lalu|trước\b|önce\b|evvel\b|m[ëe]\spar[ëe]\b|atpakaļ|tagasi\b"
    # years of service, of marriage, at work: a span of time, not the age of the one who speaks
    r"|service\b|servicio|serviço|servico|servizio|dienst|службы|стажа|marriage|mariage|matrimonio|casamento"
    r"|huwelijk|ehe\b|брака|в\sбраке|małżeńst|malzenst|evlilik|together\b|juntos|insieme|ensemble\b|zusammen"
    r"|lavoro\b(?!\s(?:come|a|in|da|per))|travail\b(?!\s(?:comme|à|a|en|dans|pour))|employment|teaching|insegnamento|enseignement|in\sthe\sindustry"
    r"|nel\ssettore|dans\sle\smétier|in\sder\sbranche|w\sbranży|в\sпрофессии|в\sотрасли|sobriety|sober\b"
    r"|berufserfahr|erfahr|esperienz|deneyim|tecrübe|tecrube|досвід|досвiд|εμπειρ|ניסיון|경력|経験|praktyk|staż"
    # Ukrainian "ago" and "of work"; Icelandic, Albanian, Armenian, Oromo experience, work and "ago"
    r"|тому\b|роботи\b|работы\b|pracy\b|ринку\b|reynsl|starfsreynsl|síðan\b|p[ëe]rvoj|eksperienc|pun[ëe]\b"
    r"|փորձ|առաջ|muuxannoo|dura\b"
    r"|以上|以下|未满|未滿|未満|禁止|미만|이상|이하)"
    # the years of a firm, a brand or a trade ("22 anos de empresa", "30 años en el mercado", "25 years of history")
    r"|['’]?\s?(?:de|do|da|of|d['’]|no|na|en\sel|en\sla|in\sthe|on\sthe|sur\sle|au|nel|sul|im|am|auf\sdem|на|в)\s?"
    r"(?:empresa|mercado|marca|história|historia|histoire|history|storia|geschichte|trayectoria|trajetória|trajetoria"
    r"|tradição|tradicao|tradición|tradicion|tradition|tradizione|existence|existência|existencia|esistenza"
    r"|fundação|fundacao|fundación|fundacion|fondation|actividad|atividade|activité|attività|carreira|carrera"
    r"|carrière|career|market|marché|mercato|markt|business|company|firm|brand|negócio|negocio|rynku|рынке|истории"
    r"|firma|firmy|azienda|entreprise|unternehmen|bestehen|existenz)(?!\w)"
)


def _folded(words: str) -> str:
    """An alternation of ``words`` as the normalised view writes them (NFKC, case-folded: Bengali "য়" decomposed)."""
    return "|".join(re.escape(unicodedata.normalize("NFKC", w).casefold()) for w in words.split())


_EXPERIENCE_ARROWS = "\u2190-\u21ff\u2794-\u27bf"
_EXPERIENCE_LABEL = re.compile(
    r"(?:(?<!\w)(?:exp|experience|work\sexperience|years\sof\sexperience|experiencia|experiência|experiencia\slaboral"
    r"|expérience|esperienza|erfahrung|berufserfahrung|arbeitserfahrung|ervaring|werkervaring|erfarenhet|erfaring"
    r"|arbeidserfaring|kokemus|työkokemus|tapasztalat|praxe|zkušenost|zkušenosti|skúsenosť|skúsenosti|doświadczenie"
    r"|doswiadczenie|staż|staz|опыт|стаж|досвід|досвiд|искуство|iskustvo|iskusstvo|радни\sстаж|radni\sstaž|trudovoi"
    r"|deneyim|tecrübe|tecrube|pengalaman|kinh\snghiệm|uzoefu|përvojë|përvoja|pervoje|pervoja|eksperiencë|reynsla"
    r"|starfsreynsla|փորձ|muuxannoo|tenure|seniority|antigüedad|antiguedad|ancienneté|anzianità|dienstjahre|years\sof\sservice"
    r"|εμπειρία|ניסיון|خبرة|الخبرة|تجربه|سابقه|अनुभव|anubhav)"
    r"(?:(?:\s(?:de\s|w\s|v\s|в\s|u\s|i\s|e\s|na\s|në\s|in\s)?[^\W\d_]{2,14}){0,2}"
    rf"\s?[:：=\-–—>|{_EXPERIENCE_ARROWS}]\s?$|\s$)"
    rf"|(?:经验|經驗|工龄|工齡|경력|経験|経歴|工作年限)\s?(?:[:：=\-–—>|{_EXPERIENCE_ARROWS}]\s?)?$)"
)
"""A label of work experience, tenure or service just before the number ("Staż pracy: 15 lat", "Опыт работы — 5 лет",
"Experience: 10 years", "工作经验5年", "Përvoja e punës: 6 vjet"), or right before it ("experience 3 years"): the years
are a span of work, never the age of the one who writes them, whatever year word follows. Words after the label
("pracy", "e punës") only with a separator after them: "no experience but 22 years old" is an age."""
_SPACED_LABELS = (
    "age aged edad âge idade возраст вік alter età eta vârsta varsta vîrsta umur usia yaş yas tuổi tuoi leeftijd wiek"
    " edat ηλικία umar umr věk vek starost възраст ikä ika vanus vecums amžius amzius ålder alder aldur umri"
    " בת בן גיל वय उमेर életkor године godine godina години узраст uzrast dob vârstă vîrstă yosh жасы жасым mosha"
    " adina yaşı yoshi shekaru shekara shekaruna ọdún ọdun odun afọ oed yaşım yasım yasim yoshim yashim lat"
    " imyaka iminyaka makore dilemo dingwaga umurku umurmu umure umurane yuswaku yuswa"
    " zaka emyaka umurii umuriin տարիքս տարիքը"
)
"""Age labels of scripts that separate words: they must start a word ("age", "возраст", Hebrew "בת 25")."""
_UNSPACED_LABELS = (
    "उम्र उमर عمري العمر عمر سني อายุ 年龄 年齡 年纪 年紀 年齢 年令 芳龄 芳齡 年方 나이 বয়স வயது వయస్సు ವಯಸ್ಸು പ്രായം ઉંમર"
    " ਉਮਰ ବୟସ වයස ასაკი տարիք ዕድሜ እድሜ ዕድሜዬ እድሜዬ អាយុ ອາຍຸ အသက်"
    " വയസ്സ് വയസ് ആയുസ്സ് आयु વય వయసు வயசு ವಯಸು"
)
"""Age labels of other scripts: Devanagari, Arabic, Thai, CJK, Hangul, Bengali, Tamil, …"""
_SPACED_OUT_LABELS = " ".join(
    "_".join(w) for w in _SPACED_LABELS.split() if 3 <= len(w) <= 8 and w.isalpha() and w.isascii()
)
"""The age labels of Latin script written letter-spaced ("A G E : 2 3", "E d a d: 24"), a "_" for each space."""
_YEARS_BEFORE = "(?:අවුරුදු|වසර|அகவை|(?:koo|kiyya|kee|ishee|isii|isaa|keenya)(?:\\swaggaa)?|waggaa)"
"""'Years' where the language writes it between the age label and the number (Sinhala "වයස අවුරුදු 24"; Oromo
"umuriin koo waggaa 22", my age years 22, "umurii koo: 23", the possessive before it)."""
_ARROWS = "\u2190-\u21ff\u2794-\u27bf\u2b05-\u2b07\u2b95\U0001f446-\U0001f449"
_LABEL_MARKS = rf"[:：፡፥=\-–—―|»·~{_ARROWS}\"“”]|</?[a-z]{{1,6}}>"
"""What may stand between an age label and the age: a colon (the Ethiopic "፡" and "፥" too), a dash of any length,
a tilde, an arrow ("Age ➡ 21"), the tags of an HTML field ("<dt>Edad</dt><dd>23")."""
_LABEL_TAIL = rf"\s?(?:(?:is|es|est|é|è|ist|je|jest)(?!\w))?\s?(?:(?:{_LABEL_MARKS})\s?){{0,3}}"
_LABEL_TAIL_GLUED = _LABEL_TAIL.removeprefix(r"\s?")
_LEFT_STRONG = re.compile(
    rf"(?:(?<![^\W_])(?:{_folded(_SPACED_LABELS)}|âgée?\sde|agée?\sde|âgé\sde|(?:nina|ana|una|umri(?:\swa)?:?|mwenye|wa|nikiwa|akiwa)\s?miaka)"
    r"|(?<!\w)temenê(?:\s(?:min|wê|wî|te|me))?|(?<!\w)da['’]d(?:ayd|eed|iis|ooda)[au](?:\swaa)?"
    r"|(?<!\w)\w{0,6}minyaka\s(?:engu|eyi|ewu|eli)"
    r"|(?<!\w)синну\sсол(?:ам|аш|и(?:\sман)?)?"  # Tajik "синну солам 22" (my age)
    r"|(?<!\w)ani\swaggaa"  # Oromo "ani waggaa 22 dha" (I am 22 years)
    r"|(?:^|[,;|•(]|[,;|•(]\s)miaka"
    rf"|{_folded(_UNSPACED_LABELS)}"
    rf"|(?<!\w)(?=\w \w \w)(?:{_folded(_SPACED_OUT_LABELS).replace('_', ' ')})(?!\w))"
    rf"(?:\s?{_YEARS_BEFORE})?{_LABEL_TAIL}(?:just|only|solo|seulement|apenas|всего|только)?\s?$"
)
_LEFT_REJECT_UNSPACED = re.compile(r"(?:未满|未滿|未満|不满|不滿|年满|年滿|超过|超過|大于|小于|低于|미만)\s?$")
"""Limits in scripts written without spaces: "未满18岁" (under 18), "年满18周岁" (18 or over, a job
requirement) state a rule, not an age. A bare 满 is no limit ("刚满20岁": just turned 20), nor is the
Korean 만 of the international age ("만 22세": 22 full years)."""
_LIMIT_LAST = frozenset("满滿満过過于만")
"""The last characters of ``_LEFT_REJECT_UNSPACED``: a quick test before the pattern."""


def _unspaced_limit(left: str) -> bool:
    """Whether ``left`` ends with a limit word of Chinese, Japanese or Korean ("未满" before "18岁")."""
    last = left[-2:-1] if left[-1:] == " " else left[-1:]
    return last in _LIMIT_LAST and _LEFT_REJECT_UNSPACED.search(left) is not None


_LEFT_WEAK = re.compile(
    r"(?<!\w)(?:i['’]m|i am|iam|im|she['’]s|she is|just turned|turned|turning|tengo|cumplí|j['’]ai|tenho|мне|мені"
    r"|ich bin|sono|aku|saya|tôi|em|ako ay|ik ben|jag är|jeg er|olen|je mi|he is|he['’]s"
    # just turned it: "recién cumplidos los 19", "acabo de cumplir 20", "appena compiuti 19", "fresh 19"
    r"|reci[eé]n cumplid[oa]s(?: los)?|acabo de cumplir|acabei de fazer|je viens d['’]avoir|appena compiuti"
    r"|ho appena compiuto|fresh|freshly turned|just hit|мне исполнилось|исполнилось|только исполнилось"
    r"|skończyłam|skonczylam|właśnie skończyłam|gerade geworden|bin gerade"
    r"|(?:sister|brother|daughter|son|friend|girlfriend|boyfriend|wife|cousin|niece|nephew|roommate) is)"
    r"\s(?:only|just|solo|sólo|seulement|apenas|всего|только|hanya|baru)?\s?$"
)
_LEFT_REJECT = re.compile(
    r"(?<!\w)(?:hace|il y a|há|ha|desde|depuis|seit|for|since|in|within|after|over|under|above|below"
    r"|plus de|más de|mais de|более|больше|старше|младше|почти|около|about|around|approx|between|entre|from"
    r"|від|от|до|de|des|dès|from"
    r"|ages|min|minimum|max|maximum|least|mayores de|menores de|upto|up to|até"
    r"|i|på|för|za|po|před|pred|prije|przez|od|pirms|para"
    r"|trên|dưới|từ"
    # a clothing or shoe size given in years ("Robe fille taille 12 ans", "talla 10 años", "размер на 8 лет")
    r"|taille|talla|size|gr[öo]sse|größe|tamanho|taglia|maat|rozmiar|velikost|veľkosť|m[ăa]rime|размер(?: на)?)\s?$"
)
_WELSH_I = re.compile(r"(?<!\w)(?:gen|gyda|efo|dw|rwy|wy|ydw|dwi)\s?i\s?$")
"""Welsh "mae gen i 22 oed" (I have 22 years), "dw i 22 oed": the pronoun "i", not the Scandinavian "i" (in) that
``_LEFT_REJECT`` keeps out ("i 10 år")."""
_HAVE_LEFT = re.compile(r"(?<!\w)(?:mam|mám|imam|имам|маю|man ir|turiu|mul on)\s$")
"""'I have' of Polish, Czech and Slovak, South Slavic, Ukrainian, Latvian, Lithuanian and Estonian, which state an
age before a year abbreviation ("Mam 22 l.", "Mám 23 r.", "Man ir 21 g.", "Маю 22 р.")."""
_STATS_AGE_LABEL = re.compile(r"(?:^|[\s|•·/,;(\[])(?:a|e|y\.?\s?o\.?|y/o|yrs?\.?|ag)\s?[:=]\s?$")
_LABEL_LIST = re.compile(
    r"(?<![\w/])(?P<labels>[^\W\d_]{1,12}(?:\s?/\s?[^\W\d_]{1,12}){1,5})\s?[:：=]\s?"
    r"(?P<values>(?:[^/\n:：=]{1,12}\s?/\s?){0,5})$"
)
"""Labels joined by slashes, then their values in the same order ("Age/Height/Weight: 23 / 165 / 55", "Ht/Age: 5'6 /
23"): the number stands under the label whose place it takes."""
_LIST_AGE_LABELS_TEXT = """
    age edad âge idade alter età eta wiek возраст вік vârsta varsta umur usia tuổi tuoi leeftijd ålder alder ikä
    věk vek yaş yas a e
"""
_LIST_AGE_LABELS = frozenset(_LIST_AGE_LABELS_TEXT.split())
_LABEL_LIST_HEAD = re.compile(r"(?<![\w/])[^\W\d_]{1,12}(?:\s?/\s?[^\W\d_]{1,12}){1,5}\s?[:：=]")
_LISTED_NUMBER = re.compile(r"(?<![\d.,])\d\d(?![\d.,%])")
"""The values of a label list glued by slashes ("Age/Height/Weight: 22/165/50"), which ``_NUMBER`` skips (a
number with a slash and a digit beside it is a date or a fraction elsewhere)."""
_LIST_VALUES_REACH = 60
_HALF_AFTER = re.compile(
    r"\s?(?:and a half|an a half|n a half|and 1/2|y medio|y media|et demi|et demie|e meio|e meia|e mezzo|e mezza"
    r"|с половиной|und ein halb|und einhalb|einhalb|en een half|en half|och en halv|og en halv|og halvt|i pół|a půl"
    r"|și jumătate|si jumatate|setengah|rưỡi|ve buçuk|buçuk)"
    r"(?=\s?(?:$|[!?.,;)\n]|[\u2600-\u27bf\U0001f000-\U0001faff]))"
)
"""A half after a number that opens the text, with no unit after it ("21 and a half 😜", "19 y medio!", "22 et
demie"): a person's age as a child says it; a duration or a size names its unit ("2 and a half hours")."""
_STATS_NEAR = re.compile(r"(?<![\w'’])(?:h|ht|hgt|w|wt|wgt|alt|altura|p|peso)\s?[:=]\s?\d")
"""A profile's stats line with one-letter labels: "A: 23 · H: 5'6 · W: 120 lbs" (Age, Height, Weight), Spanish
"E: 23" (edad), or the age word used as the label ("Y.O.: 23 | Ht: 5'6", "yrs: 22 / wt: 54"): the letter names the
age only beside a height or weight label."""
_PERSON_DE = re.compile(
    r"(?<!\w)(?:chica|chico|niña|nina|niño|nino|mujer|muchacha|muchacho|joven|señorita|senorita|nena|morena|rubia"
    r"|latina|novinha|novinho|novita|garota|garoto|menina|menino|moça|moca|mulher|gata|gatinha|fille|femme|jeune"
    r"|étudiante|etudiante|estudiante|estudante|universitaria|universitária|ragazza|chava|chavita|piba|pibita"
    r"|modelo|dama|señora|senhora|girl|boy|hija|filha|hijo|filho|fils|hermana|irmã|sœur|soeur|enfant|criança|niña"
    r"|adolescente|captive|captiva|cautiva|prisionera|prisonnière|victime|víctima|vítima|esclave|esclava)s?"
    r"\s(?:de|di|of)\s?$"
)
"""A person described by her age ("menina de 22 anos", "chica de 20 añitos"): "de" is no duration here; with no
age word after it, the number ends the description ("chica de 22, de Rosario", "ragazza di 23.", "girl of 21 |")."""
_BETWEEN = re.compile(
    r"(?<!\w)(?:between|entre|между|zwischen|tra|antara|giữa)\s?\d\d\s?(?:and|y|e|et|и|und|dan|và)\s?$"
)
"""The second number of a range written with "and" ("between 18 and 25 years old")."""
_AND_BEFORE = re.compile(r"\d\d\s?(?:and|y|e|et|и|und|dan|và)\s?$")
_VI_T = re.compile(r"t(?![\w])")
"""Vietnamese "20t", short for "20 tuổi"."""
_VIETNAMESE = re.compile("[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
_PAIR_JOINS = "&|and|und|et|y|e|i|и|і|та|en|og|och|ja|és|ve|dan|và|oraz|和|与|與|と|및|그리고|و"
"""The "and" of many languages between two ages of one post ("21 & 23", "22 und 24", "20 y 22", "22 和 24")."""
_AND_NEXT = re.compile(rf"\s?(?:{_PAIR_JOINS})\s?\d\d(?!\d)")
"""Two ages sharing one age word ("20 & 23 yo", "22 und 24 Jahre")."""
_PAIR_BEFORE = re.compile(rf"(?<![\d.,:/])(?P<n>\d\d)\s?(?:{_PAIR_JOINS})\s?$")
_PAIR_NEXT = re.compile(rf"\s?(?:{_PAIR_JOINS})\s?\d\d(?!\d|[.,:/]\d|['’\"″%+]|[^\W\d_])")
"""An "and" and a second number after an age, the number standing alone ("21 & 23, new in town")."""

_SPACED_DIGITS = re.compile(r"(\d)(?<![\d.,:/]\d)(?<!\d\s\d) (\d)(?![\d:/]|[.,]\d|\s\d)")
"""An age with its two digits spaced apart ("age 3 1"): counts only after an age label or before an age word;
looked for where the one pass over age words and labels (``_word_ages``) finds one."""
_BORN_BEFORE = re.compile(
    r"(?<!\w)(?:born|nacid[ao]|née?|nata|nato|geboren|рождения|родил(?:ась|ся)|sinh năm|lahir)(?!\w)"
)
_NOW_LEFT = re.compile(
    r"(?<!\w)(?:so|now|making me|which makes me|that makes me|so i['’]m|hence|então|así que|donc)\s$"
)
"""After a birth year, the age that follows: "born in 2003, so 21 now"."""
_NOW_ENDS = ("so ", "now ", "me ", "hence ", "então ", "que ", "donc ")
"""How ``_NOW_LEFT`` ends: a quick test before the pattern."""
_BARE_YEARS = re.compile(r"\s?years?$")
_BARE_YEARS_REJECT = re.compile(
    r"(?<!\w)(?:been|past|last|next|these|those|the|almost|nearly|several|many|few|some|all|with|of|by|per|every"
    r"|married|together|worked|working|lived|living|served|spent|wait|waited)\s?$"
)
"""Just before a bare "years" ("the last 20 years"): a duration, not an age."""
_DURATION_VERBS = re.compile(
    r"(?<![\w'’])(?:been|have|has|had|['’]ve|since|worked|working|lived|living|doing|during|spent|married|together)(?!\w)"
)
"""Anywhere before a bare "years" ("I've been here 15 years"): a duration, not an age."""
_LETTER_NUMBER = re.compile(r"[1-9lіι](?:(?<=[1-9])[oоοзб]|(?<=[lіι])[0-9])")
_LETTER_NUMBER_BEFORE = re.compile(r"[\w'’.,/$€£#+]")
_LETTER_NUMBER_AFTER = re.compile(r"[\w'’\"″%+]|[.,:/]\d")
"""Two-character numbers written with a look-alike letter: "I'm 2O", "l9yo", Cyrillic "2З" (3) and "2б" (6)."""
_LETTER_DIGITS = str.maketrans({"o": "0", "о": "0", "ο": "0", "l": "1", "і": "1", "ι": "1", "з": "3", "б": "6"})
_UNSPACED_CHARS = re.compile(r"[\u0e00-\u0e7f\u3000-\u9fff\uf900-\ufaff]")
"""Thai and CJK: scripts written without spaces between words."""
_UNSPACED_MAX = 16
"""Longest number in those scripts, in characters (Thai vowels and tone marks count: ยี่สิบเอ็ด is 10)."""
_LEFT_WORD_CUE_END = re.compile(
    r"(?<!\w)(?:age|aged|edad|âge|idade|возраст|вік|alter|età|vârsta|varsta|umur|usia|tuổi|tuoi|leeftijd|wiek|věk"
    r"|i['’]m|i am|iam|im|she['’]s|she is|just turned|turned|tengo|j['’]ai|tenho|мне|мені|ich bin|aku|saya|tôi|em"
    r"|miaka|ik ben|jag är|jeg er|olen|je mi|életkor|wieku|tiene|tienes|reci[eé]n cumplid[oa]s(?: los)?"
    r"|acabo de cumplir|(?:umurii?n?(?:\s(?:koo|kiyya|kee|ishee|isii|isaa|keenya))?|ani)\swaggaa)"
    rf"(?:{_LABEL_TAIL_GLUED}|\s)$"
    rf"|(?<!\w)(?:{_folded(_SPACED_LABELS)}){_LABEL_TAIL}$"
    rf"|(?:{_folded(_UNSPACED_LABELS)}){_LABEL_TAIL}$"
)
"""An age label or first-person phrase just before a number in words ("I'm nineteen", "Tuổi: hai mươi")."""
_UNIT_WORDS = """
    years year yrs yo y/o y.o años anos añitos aninhos ans anni jahre ani лет года год роки років рік سنة سنه عام عاما
    tahun thn tuổi ปี 岁 歲 歳 才 yaşında yaş lat lata jaar éves ετών χρονών taong anyos saal साल år let rokov
    godina godine godinu години metai vjeç ára anys summers primaveras abriles printemps 살 vuotta жаста
    gadi metų aastane salî oed sena springs aprils winters lenzen étés veranos verões lenze primavere primăveri
    годков годиков годочков वर्ष বছর বছরের বছরে წლის წლისაა ዓመት ዓመቴ አመት سالہ
    wiosen wiosenek latek کاله سال سالمه سالشه ساله 세 годину година сола taona taun яшь gads vjet aastat vloaz bloaz
    urte urteko jir کلن کلنه ōku_tau oku_tau ōna_tau
    տարեկան árs vjec vjeçe
"""
_LABEL_WORDS = """
    age aged edad âge idade возраст вік alter età vârsta varsta umur usia tuổi tuoi leeftijd i'm i’m iam im she's
    she’s turned tengo j'ai j’ai tenho мне мені aku saya tôi em عمري العمر อายุ 年龄 年齡 年纪 나이 umar umr उम्र
    wiek edat ηλικία 年齢 věk miaka olen életkor tiene tienes cumplidos cumplidas cumplir waggaa
"""
_LABEL_SEP = re.compile(_LABEL_TAIL)
_GLUED_SUFFIXES = """
    enne jarige jarig jährige jähriger jährigen åriga årige årig vuotias aastane letnia letni letna godišnja godišnji
"""
"""Age suffixes of the "N-year-old" adjectives, written glued to a number in words too ("ventiduenne")."""
_GLUED_UNITS = frozenset({"살", *_GLUED_SUFFIXES.split()})
"""Age words of spaced scripts written glued to the number too ("스물세살"): found inside a word."""


@lru_cache(maxsize=1)
def _cue_automaton() -> PhraseIndex[tuple[str, str]]:
    """Age words and labels, for one C pass that says where a number in words may stand."""
    keys: dict[str, tuple[str, str]] = {}  # a key given twice keeps its last value
    labels = [*_LABEL_WORDS.split(), "i am", "she is", "ich bin", "ik ben", "jag är", "jeg er", "je mi"]
    # every age label the digits are read after is one for numbers in words too ("Vanus: kakskümmend üks")
    labels += [_folded(w) for w in (*_SPACED_LABELS.split(), *_UNSPACED_LABELS.split()) if _folded(w) not in labels]
    labels += [w.replace("_", " ") for w in _SPACED_OUT_LABELS.split()]
    for word in _SELF_AGES:
        keys[word] = ("self", word)
    for word in _THIS_YEAR_WORDS:
        keys[word] = ("this_year", word)
    units = [*(w.replace("_", " ") for w in _UNIT_WORDS.split()), *_GLUED_SUFFIXES.split()]  # "ōku_tau": two words
    for kind, words in (("label", labels), ("unit", units)):
        for word in words:
            if _UNSPACED_CHARS.match(word) or word in _GLUED_UNITS:
                keys[word] = (kind, word)
            else:  # a word of a spaced script starts after a space or a hyphen (a label also a cell's: "|age|")
                for lead in (" ", "-", "(", *((",", ";", "|") if kind == "label" else ())):
                    keys[lead + word] = (kind, word)
    for word in set(labels) & set(_UNIT_WORDS.split()):
        # a word that is both ("yaş": "Yaş: yirmi üç", "yirmi üç yaş") is a label when a colon follows it
        if not _UNSPACED_CHARS.match(word):
            for lead in (" ", "-", "(", ",", ";", "|"):
                keys[lead + word + ":"] = ("label", word + ":")
    return PhraseIndex(keys.items())


_WORD = rf"[^\W\d_](?:[^\W\d_]|[{SCRIPT_MARKS}]|['’](?=[^\W\d_]))*"
"""A word, with the vowel signs of the Brahmic scripts inside it ("बाईस", "একুশ"), which ``\\w`` does not take, and an
apostrophe between two of its letters: Ukrainian and Belarusian write one inside number words ("п'ять", "дев’ять";
the shared vocabulary spells them with the letter "ʼ")."""
_WORDS_AFTER = re.compile(rf"{_WORD}(?:[\s-]+{_WORD}){{0,4}}")
_FIRST_PERSON = frozenset(
    {"i'm", "i’m", "i am", "iam", "im", "she's", "she’s", "she is", "just turned", "turned", "tengo", "j'ai", "j’ai",
     "tenho", "мне", "мені", "ich bin", "aku", "saya", "tôi", "em", "ik ben", "jag är", "jeg er", "olen", "je mi",
     "tiene", "tienes", "recién cumplidos los", "recien cumplidos los", "recién cumplidos", "recien cumplidos",
     "recién cumplidas", "acabo de cumplir"}
)  # fmt: skip
"""Cues of ``_LEFT_WORD_CUE_END`` that are weak: the sentence must go on after the number."""
_RANGE_AFTER = re.compile(r"\s?(?:-|–|—|~|to|a|à|á|até|hasta|до|по|sampai|hingga|đến|到|至|/)\s?\d")
_RANGE_BEFORE = re.compile(r"\d\s?(?:-|–|—|~|to|a|à|á|até|hasta|до|sampai|hingga|đến|到|至|/)\s?$")
_NON_AGE_UNIT = re.compile(
    r"\s?(?:cm|mm|m\b|km|kg|g\b|lb|lbs|pounds|kilos?|in\b|inch|ft|feet|min|mins|minutes?|hrs?\b|hours?|h\b|"
    r"sec|mi\b|miles|%|\$|€|£|usd|eur|roses|dollars|k\b|x\b|pcs|photos?|pics?|fotos?|people|girls|guys|men|"
    r"women|chicas|filles|девуш|mil\b|мин|час|см|кг|euros?\b|pesos|d[óo]lares|reais|rublos|руб|đồng|ribu|rb\b|"
    # months, weeks and days: an ageing time, no person's age ("cheese aged 24 months", "affiné 18 mois")
    r"months?\b|weeks?\b|days?\b|meses\b|mois\b|monate?n?\b|mesi\b|maanden\b|månader\b|måneder\b|"
    r"miesięcy|miesiące|měsíců|hónap|kuukautta|aylık|месяц|місяц|недел|тижн|дней|днів|bulan\b|tháng|semanas\b|"
    r"semaines\b|wochen\b|settimane\b|weken\b|tygodni|dias\b|días\b|jours\b|tage\b|giorni\b|dagen\b|"
    r"个月|個月|ヶ月|か月|개월)"
)
_SENTENCE_GOES_ON = re.compile(
    r"\s?(?:$|[,.;!?()…|~💕❤♥✨🔥💋😘🌹😊😉🥰💖💗\-–—―·•\u2600-\u27bf\U0001f300-\U0001faff]|(?:and|y|et|e|und|и|dan|và|en|och|og|ja|és|ve|oraz|a|i"
    r"|but|from|new|in|years?|yrs"
    r"|today|tomorrow|tonight|this|next|soon|hoy|mañana|aujourd|demain|heute|morgen|hoje|amanhã|сегодня|завтра"
    r"|hari ini|besok|hôm nay"
    r"|yesterday|last|ayer|la semana pasada|el mes pasado|el pasado|hier|la semaine dernière|le mois dernier"
    r"|gestern|letzte|letzten|ontem|semana passada|mês passado|ieri|la settimana scorsa|вчера|на прошлой"
    r"|kemarin|minggu lalu|hôm qua|tuần trước)\b)"
)
_BIRTHDAY_AFTER = re.compile(
    r"(?:st|nd|rd|th|e|ème|eme|º|ª|\.)?\s?(?:birthday|bday|b-day|b['’]day|anniversaire|geburtstag|cumpleaños"
    r"|compleanno|aniversário|verjaardag|urodziny|день рождения|днюха|doğum günü|ulang tahun|sinh nhật)(?!\w)"
)
"""An ordinal before a birthday word: "my 20th birthday", "mon 20e anniversaire", "mein 21. Geburtstag"."""
_BIRTHDAY_OWNER = re.compile(
    r"(?<!\w)(?:my|her|mi|mis|su|mon|ma|mes|son|mein|meinen|meinem|ihren|meu|meus|seu|il mio|il suo|mój|moje|moich"
    r"|мой|мои|моё|свой|benim|ku|của em|của tôi)\s$"
)
"""Whose birthday: the writer's or hers ("my 20th birthday"), so that the number is her age."""
_SEX_TAG = re.compile(r"(?:/[fm](?:/|(?![\w'’.\-]))|[fm](?![\w'’.\-]))")
"""A sex tag after an age: "23F", "22/F/". Spaced ("30 F") it is a temperature as often as a profile."""
_CUP_NEAR = re.compile(
    r"(?<!\w)(?:cups?|bra|bust|boobs?|tits|breasts?|size|measurements?|stats|copa|taille|natural|naturals|real"
    r"|implants?|enhanced|°)(?!\w)"
)
_SEX_BEFORE = re.compile(r"(?:^|[\n|•·(\[]\s?)(?P<sex>[fmwжм♀♂])\s?[,/|]\s?$")
"""A profile line that starts with the sex, then the age: "F, 22, 165cm, Leeds", "M | 30 | Berlin"; or the two
in brackets: "(F, 23)"."""
_SEX_SIGN_BEFORE = re.compile(r"(?:^|[\s|•·(\[,/])[♀♂🚺🚹]\s?[,:/|]?\s?$")
_SEX_SIGN_AFTER = re.compile(r"\s?[♀♂🚺🚹]")
_SEX_SIGN_NOT_AFTER = re.compile(r"[\d\-–—x×/#№:.]\s?$")
"""The female or male sign (or the restroom emoji) right before or after the number: "Lina ♀ 22 | Kraków",
"Ana 23♀", "♂ 31, Porto". The sign names a sex, as the letters "F"/"M" do, but is never a word, so it needs no line
start or capital; a number after another number, a dash, a sign or a colon ("12-22 ♀", "No. 22 ♀") is none."""
_SEX_GLUED_BEFORE = re.compile(r"(?:(?:^|[\n|•·]\s?)(?P<sex>[fm])/|[(\[](?P<tag>[fm]))$")
"""A forum's tag of sex and age glued: "F/22" starting the line, "[F22]", "(M30)" (a capital letter; a bracket must
close after the number)."""
_THIS_YEAR_BEFORE = re.compile(
    r"(?:(?:^|[\n,，。.!！?？;；:：|•·\s])|我|俺|咱|本人|人家|妹妹|姐姐|私|僕|わたし|あたし|うち|は|저는|나는|전|난|제가)"
    r"(?:今年|今年で|今年已经|今年已經|今年刚|今年剛|今年才|今年もう|올해|올해로|올핸)\s?$"
)
""""This year" right before a number is the age of the one who speaks in Chinese, Japanese and Korean ("我今年22",
"今年で22", "올해 22"), with no age word after it: the sentence must end or go on after the number."""
_THIS_YEAR_WORDS = ("今年", "올해")
_THIS_YEAR_AFTER = re.compile(
    r"\s?(?:$|[,，.。!！?？;；、…~～)）\n]|了|啦|呀|哦|喔|噢|咯|になります|になった|になりました|です|だよ|だ(?![\w])"
    r"|이에요|예요|입니다|이야|야(?![\w])|[\u2600-\u27bf\U0001f300-\U0001faff])"
)
_GAELIC_UNITS = {
    "aon": 1, "a h-aon": 1, "dhá": 2, "dá": 2, "dha": 2, "da": 2, "dà": 2, "trí": 3, "tri": 3, "trì": 3,
    "ceithre": 4, "ceithir": 4, "cúig": 5, "cuig": 5, "còig": 5, "coig": 5, "sé": 6, "se": 6, "sia": 6,
    "seacht": 7, "seachd": 7, "ocht": 8, "ochd": 8, "naoi": 9,
}  # fmt: skip
_GAELIC_TENS = {"fiche": 20, "fichid": 20, "fhichid": 20, "fichead": 20, "fhichead": 20}
_GAELIC_AGE = re.compile(
    rf"(?<![\w-])(?P<u>{'|'.join(sorted(_GAELIC_UNITS, key=len, reverse=True))})\s(?:m?bh?liana|bliain|bh?liadhna)"
    rf"\s(?:is|agus|'s|ar)\s(?P<t>{'|'.join(_GAELIC_TENS)})(?P<aois>\s(?:d['’]aois|a\sdh['’]aois))?(?!\w)"
)
"""Irish and Scottish Gaelic put the noun "years" inside the number: "trí bliana is fiche d'aois" (three years and
twenty: 23), "trì bliadhna ar fhichead a dh'aois"; an age when "of age" follows or "I am"/"she is" stands before."""
_GAELIC_PERSON = re.compile(r"(?<!\w)(?:tá\smé|ta\sme|táim|taim|tá\ssí|ta\ssi|tha\smi|tha\si|tha\sè)\s$")
_PROFILE_START = re.compile(r"(?:^|[\n|•·])\s?$")
"""Where a profile line starts: the text's or a line's start, or a bar or bullet between fields."""
_PROFILE_FIELD_AFTER = re.compile(r"\s?[,;|•·/]\s?[^\W\d_]")
"""Another field of a profile line after the tag ("22f, new in town"); a lone "23f" says too little."""
_SEX_SLASH_AGE = re.compile(r"(?:^|(?<=[\n|•·(\[]))\s?(?P<sex>[fm])\s?/\s?(?P<n>\d\d)(?![\d/]|[.,:]\d)")
"""The forum's tag "F/22", "m / 30" opening a line or a field: the sex, a slash, the age (``_NUMBER`` skips a number
after a slash, which is a date or a fraction elsewhere)."""
_SEX_AFTER_IN_BRACKETS = re.compile(r"\s?[,/|]\s?(?P<sex>[fmwжм♀♂])\s?[)\]]")
"""The age, then the sex, in brackets: "(23, F)"."""
_CYRILLIC_YEARS = re.compile(r"\s?[гр]\.(?=[\s,;)]|$)")
"""Russian "г." (год/года) and Ukrainian "р." (рік/роки) after a number."""
_BIRTH_DATE_BEFORE = re.compile(
    r"(?<!\w)(?:dob|d\.o\.b\.?|born|date of birth|birth ?date|fecha de nacimiento|f\.\s?nac\.?|data de nascimento"
    r"|né(?:e)?(?: le)?|geb\.?|geboren(?: am)?|д\.\s?р\.?|дата рождения|nata il|urodzona|ur\.)"
    r"\s?[:\-]?\s?\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4}\s?\(\s?$"
)
"""A date of birth just before the bracket that holds the age ("DOB 12/03/2003 (22)", "geb. 04.05.2001 (23)")."""
_YEAR_ABBREVIATION = re.compile(r"\s?(?:(?:m|g|a|l|r)\.|jr\.?)(?=[\s,;|)]|$)")
"""Years abbreviated after an age label: Lithuanian "22 m." (metų), Latvian "22 g." (gadi), Estonian "22 a."
(aastat), Czech and Slovak "22 r." (rokov), Dutch and Afrikaans "24 jr" (jaar); without the label "22 m." is a
length."""
_PROFILE_GOES_ON = re.compile(r"\s?(?:[,;|•·)/]|$)")
"""After a year abbreviation and a name before it, what shows a profile line goes on."""
_THING_YEARS = re.compile(r"\s?(?:balais)(?![\w'’])")
"""Slang for years that is also a thing: French "balais" (brooms, "j'ai 23 balais"), sold by the dozen in a cleaning
job's list. It counts after "have" (``_HAVE_YEARS_LEFT``) or a name in a profile line."""
_HAVE_YEARS_LEFT = re.compile(
    r"(?<!\w)(?:j['’]ai|t['’]as|(?<!\by )a|ai|as|avoir|aura|aurai|auras|avait|avais|fête|fêter|fêté|fete|feter)\s"
    r"(?:(?:déjà|deja|bientôt|bientot|presque|juste|à peine|a peine|que|seulement|pile)\s)?$"
)
"""French "have" (and "celebrate") before a number of slang years: "j'ai 23 balais", "elle a bientôt 30 balais";
not "il y a 20 balais" (there are)."""
_CREOLE_YEARS = re.compile(r"\s(?:an|lane|ane|zan)(?![\w'’])")
_CREOLE_HAVE = re.compile(
    r"(?<!\w)(?:mwen|m|li|mo|mon|moin|mwin|nou|ou|w)\s(?:gen|genyen|ena|éna|nena|néna|annan|aje)\s$"
)
"""Haitian, Mauritian, Seychellois and Réunion Creole "I have N years" ("mo ena 24 an"): "an" alone is no age word."""
_NAME_BEFORE = re.compile(r"(?:^|[^\w])(?P<name>[^\W\d_]{2,20})(?:,\s?|\s?\(|\s?[|•·‖¦]\s?)$")
"""A name, then the age: after a comma ("Mia, 22"), in brackets ("Lily (19)") or in the next cell of a profile
line whose fields a bar or a bullet separates ("Sofia | 23 | Berlin", "Ana • 22 • Madrid")."""
_NAME_STOP_TEXT = """
    age ages size room suite apt unit no nr page day days week weeks hour hours street st ave rd route chapter floor
    level gate zone district area code box pack only just about over under ages top vol part step jan feb mar apr
    may jun jul aug sep sept oct nov dec january february march april june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday call text tel ph phone rate rates price prices
    from to and or the at in on for with hh hr min usd eur cad aud
"""
_NAME_STOP = frozenset(_NAME_STOP_TEXT.split())
_PERSON_NOUNS_TEXT = """
    friend girlfriend boyfriend bestie bff sister brother cousin roommate flatmate partner wife husband daughter son
    niece nephew amiga amigo novia novio hermana hermano prima primo amie ami copine copain sœur soeur frère frere
    cousine amica amico sorella fratello freundin freund schwester bruder cousine kumpel irmã irma irmão irmao
    namorada namorado подруга друг сестра брат сестрёнка сестренка подружка kawan teman adik kakak vriendin vriend zus
    broer przyjaciółka przyjaciolka siostra brat kız kardeşim arkadaşım arkadasim
"""
_PERSON_NOUNS = frozenset(_PERSON_NOUNS_TEXT.split())
"""Words for a person that may be written in lower case before an age in brackets: "my friend (21)"."""
_PEOPLE_NOUNS_TEXT = """
    girls ladies women friends sisters besties roommates chicas amigas mujeres hermanas filles copines amies femmes
    sœurs soeurs ragazze amiche sorelle mädchen mädels freundinnen frauen schwestern meninas garotas amigas irmãs irmas
    девушки девочки подруги сестры dziewczyny przyjaciółki przyjaciolki meisjes vriendinnen kızlar cewek
"""
_PEOPLE_NOUNS = frozenset(_PEOPLE_NOUNS_TEXT.split())
"""Words for people, written in lower case before the ages of a pair: "two girls, 21 & 23"."""
_AGE_QUESTION = re.compile(
    r"(?<!\w)(?:how old|hw old|how old r|wie alt|quel [âa]ge|cu[aá]ntos años|quantos anos|quanti anni|hoe oud"
    r"|hur gammal|hvor gammel|ile masz lat|ile lat|kolik ti je|kolik je ti|hány éves|kaç yaşında|berapa umur"
    r"|umur berapa"
    r"|bao nhiêu tuổi|mấy tuổi|сколько тебе лет|сколько лет|скільки тобі років|скільки років|колькі табе гадоў"
    r"|كم عمرك|כמה את|בת כמה|בן כמה|몇 살|몇살|何歳|何才|いくつ|几岁|幾歲|多大|อายุเท่าไหร่|age\s?\?|a/s/l|asl)"
)
"""A question for someone's age, in many languages ("how old r u?", "wie alt bist du?"): a bare number answering
it on the next line is the age ("her: 19")."""
_ANSWER_LINE_BEFORE = re.compile(
    r"(?:[\[(]?\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?)?[\])]?\s*[-–—,]?\s*)?"
    r"(?:[^\W\d][\w .'’-]{0,20}[:：]\s*|[-–—>]\s*)?"
)
"""What may stand before the answer on its line: a chat export's time ("[20:02] "), a speaker's name and colon."""
_ANSWER_LINE_AFTER = re.compile(
    r"\s*[.!)]*\s*(?:(?!(?:cm|mm|kg|lbs?|min|mins|hrs?|h|k|m|ft|in|usd|eur|am|pm|x)(?![^\W\d_]))[^\W\d_]{1,5}\s*)?"
    r"[.!)]*\s*(?:[^\w\s]{1,4}\s*)?"
)
"""What may follow the answer on its line: signs or emoji, and one short word of address or chat ("23 hun", "19 lol",
"22 babe 😘"), never a unit ("23 kg", "19 min")."""
_QUESTION_REACH = 160

# Number words (10 to 99 where the language is regular enough) followed by an age word.
_EN_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EN_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
             "nineteen")  # fmt: skip
_EN_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ES_TEENS = ("diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
             "diecinueve")  # fmt: skip
_ES_TWENTIES = ("veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis",
                "veintisiete", "veintiocho", "veintinueve")  # fmt: skip
_ES_UNITS = ("", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")
_ES_TENS = ("treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa")
_FR_TEENS = ("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf")
_FR_UNITS = ("", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
_FR_TENS = ("vingt", "trente", "quarante", "cinquante", "soixante")
_PT_TEENS = ("dez", "onze", "doze", "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove")
_PT_UNITS = ("", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove")
_PT_TENS = ("vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa")
_RU_TEENS = ("десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать",
             "семнадцать", "восемнадцать", "девятнадцать")  # fmt: skip
_RU_UNITS = ("", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")
_RU_TENS = ("двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто")
_KO_UNITS = ("", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉")
_KO_ALONE = ("", "하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉")
_KO_TENS = ("열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔")
"""Native Korean numbers, as written before a counter such as 살 ("스물한 살" = 21; "스무 살" = 20)."""
_KO_SINO = ("", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구")
"""Sino-Korean digits: with 십 (ten) they write the numbers said before the counter 세 ("이십일 세" = 21)."""
_IS_UNITS = ("", "eins", "tveggja", "þriggja", "fjögurra", "fimm", "sex", "sjö", "átta", "níu")
_IS_TEENS = ("tíu", "ellefu", "tólf", "þrettán", "fjórtán", "fimmtán", "sextán", "sautján", "átján", "nítján")
_IS_TENS = ("tuttugu", "þrjátíu", "fjörutíu", "fimmtíu", "sextíu", "sjötíu", "áttatíu", "níutíu")
"""Icelandic numbers in the genitive, as said before "ára"/"árs" ("tuttugu og tveggja ára" = 22; the shared
vocabulary has the nominative "tveir")."""
_SQ_UNITS = ("", "një", "dy", "tre", "katër", "pesë", "gjashtë", "shtatë", "tetë", "nëntë")
_SQ_TEENS = ("dhjetë", *(f"{u}mbëdhjetë" for u in _SQ_UNITS[1:]))
_SQ_TENS = ("njëzet", "tridhjetë", "dyzet", "pesëdhjetë", "gjashtëdhjetë", "shtatëdhjetë", "tetëdhjetë", "nëntëdhjetë")
"""Albanian numbers: teens "unit-mbë-dhjetë" (njëmbëdhjetë = 11), tens then "e" then the unit ("njëzet e një" = 21)."""
_OM_UNITS = ("", "tokko", "lama", "sadii", "afur", "shan", "jaha", "torba", "saddeet", "sagal")
_OM_TENS = ("digdama", "soddoma", "afurtama", "shantama", "jaatama", "torbaatama", "saddeettama", "sagaltama")
"""Oromo numbers: 10 "kudhan", teens "kudha" then the unit; a tens word ends in "-ii" before its unit ("digdamii
lama" = 22)."""
_SELF_AGES = {
    "ハタチ": 20,
    "年方二八": 16,
    "芳龄二八": 16,
    "芳齡二八": 16,
    "二八年华": 16,
    "二八年華": 16,
    "はたち": 20,
}
"""Words that are an age by themselves: Japanese "hatachi" is "twenty years old"; in hiragana only standing as a
word (``_KANA_SELF_AGES``)."""
_KANA_SELF_AGES = frozenset({"はたち"})
"""Self ages in hiragana, which also stand inside a sentence's words: "私はたちまち" is the particle "は" before
"たちまち" (at once), "はたちの悪い" "は" before "たちの悪い" (nasty). They count after no word (or after a particle
that closes one) and before no hiragana but a particle or a copula ("はたちの大学生", "はたちです",
"はたちになった")."""
_KANA_WORD_BEFORE = re.compile("[\u3041-\u309f\u30a0-\u30ff\u3400-\u9fff](?<![はがもでとにを])$")
_KANA_AGE_AFTER = re.compile("(?:$|[^\u3041-\u309f]|の(?!悪|わる)|に|で|だ|を|と|じゃ|から|まで|って|も|や|か|よ|ね)")
_CAKE = "🎂🧁🕯"
"""A birthday cake, a cupcake, a candle: as a profile line's label, the number after them is an age ("🎂 24 | 📍 x")."""
_CANDLES = ("candle", "vela", "bougie", "kerze", "свеч", "świecz", "swiecz", "candeline", "kaars", "lilin", "nến")
"""The birthday candles of a few languages: a quick test before ``_CELEBRATION``."""


@lru_cache(maxsize=1)
def _celebration_hint() -> PhraseIndex[str]:
    """The cakes and the candles in one automaton: a single pass in C says whether ``_CELEBRATION`` must run."""
    return PhraseIndex((w, w) for w in (*_CAKE, *_CANDLES))


_CELEBRATION = re.compile(
    rf"(?:^|(?<=[\s|•·,;(\[]))[{_CAKE}]\s?(?:[:=\-–—>|]\s?)?(?P<cake>\d\d)(?![\d:/'’″\"%]|[.,]\d|\s?[^\W\d_])"
    r"|(?<!\w)(?:blew|blow|blows|blowing|blown|sopl\w{1,6}|souffl\w{1,6}|sopr\w{1,6}|задул\w{0,3}|zdmuch\w{1,6}"
    r"|spegn\w{1,6}|tiup\w{0,4}|thổi)\s(?:out\s)?(?:(?:all\s)?(?:my|her|the|las|mis|sus|les|mes|ses|as|minhas|suas|le"
    r"|mie|свои|moje)\s)?(?P<blown>\d\d)\s(?:birthday\s)?(?:candles|velas|velitas|velinhas|bougies|свеч\w{0,3}"
    r"|świeczek|swieczek|świeczki|candeline|lilin|ngọn nến|cây nến|nến)(?!\w)"
    r"|(?<![\w$€£#.,])(?P<cake_candles>\d\d)\s(?:candles|velas|velitas|velinhas|bougies|kerzen|свеч\w{0,3}|candeline"
    r"|kaarsjes|kaarsen)\s(?:on|en|sur|em|na|auf|sulla|на|op)\s(?:my|her|the|mi|su|el|la|mon|ma|le|meu|minha|o|a"
    r"|meiner|meinem|der|dem|la mia|моём|моем|mijn|de)\s?(?:birthday\s)?(?:cake|pastel|torta|tarta|bolo|gâteau|gateau"
    r"|kuchen|torte|geburtstagskuchen|торте|taart)(?!\w)"
)
"""An age said by a birthday: a cake emoji as a label ("🎂 24 |"), candles blown out ("blew out 23 candles", "soplé
mis 25 velas", "j'ai soufflé mes 22 bougies", "задула 21 свечу") or on the cake ("24 Kerzen auf meinem Kuchen").
After the cake, no letter may follow the number ("🎂 24 March" is a date), nor a fraction or a time."""
_WORD_TOKEN = re.compile(rf"{_WORD}(?:-{_WORD})*")
_SPACED_WORD = re.compile(_WORD)


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    words: dict[str, int] = {}

    def add(phrase: str, value: int) -> None:
        words[phrase] = value
        words[phrase.replace("-", " ")] = value
        words[phrase.replace("é", "e").replace("ê", "e").replace("ó", "o")] = value
        if not phrase.isascii() and all(c <= "\u024f" for c in phrase):  # Latin: written without its accents too
            bare = unicodedata.normalize("NFD", phrase.replace("þ", "th").replace("ð", "d"))
            words["".join(c for c in bare if not unicodedata.combining(c))] = value

    def tens(
        teens: tuple[str, ...], tens_: tuple[str, ...], units: tuple[str, ...], joins: tuple[str, ...], first: int = 20
    ) -> None:
        for i, word in enumerate(teens):
            add(word, 10 + i)
        for t, ten in enumerate(tens_):
            base = first + 10 * t
            add(ten, base)
            for u in range(1, 10):
                for join in joins:
                    add(f"{ten}{join}{units[u]}", base + u)

    tens(_EN_TEENS, _EN_TENS, _EN_UNITS, (" ", "-", ""))
    tens(_ES_TEENS, _ES_TENS, _ES_UNITS, (" y ",), first=30)
    for i, word in enumerate(_ES_TWENTIES):
        add(word, 20 + i)
    add("veintiún", 21)
    tens(_FR_TEENS, _FR_TENS, _FR_UNITS, ("-",))
    for ten, base in zip(_FR_TENS, (20, 30, 40, 50, 60), strict=True):
        add(f"{ten} et un", base + 1)
        add(f"{ten}-et-un", base + 1)
        words.pop(f"{ten}-un", None)
        words.pop(f"{ten} un", None)
    tens(_PT_TEENS, _PT_TENS, _PT_UNITS, (" e ",))
    for ten, base in zip(_PT_TENS, range(20, 100, 10), strict=True):
        add(f"{ten} e uma", base + 1)
        add(f"{ten} e duas", base + 2)
    tens(_RU_TEENS, _RU_TENS, _RU_UNITS, (" ",))
    tens(_IS_TEENS, _IS_TENS, _IS_UNITS, (" og ",))
    tens(_SQ_TEENS, _SQ_TENS, _SQ_UNITS, (" e ",))
    add("kudhan", 10)
    for u in range(1, 10):
        add(f"kudha {_OM_UNITS[u]}", 10 + u)
        for t, ten in enumerate(_OM_TENS):
            add(f"{ten.removesuffix('a')}ii {_OM_UNITS[u]}", 20 + 10 * t + u)
    for t, ten in enumerate(_OM_TENS):
        add(ten, 20 + 10 * t)
    for t, ten in enumerate(_KO_TENS):
        add(ten, 10 + 10 * t)
        for u in range(1, 10):
            add(ten + _KO_UNITS[u], 10 + 10 * t + u)
    add("스무", 20)
    for t in range(1, 10):  # Sino-Korean: 십 10, 이십 20, 이십일 21
        for u in range(10):
            add(("" if t == 1 else _KO_SINO[t]) + "십" + _KO_SINO[u], 10 * t + u)
    for t, ten in enumerate(_KO_TENS):  # the forms said alone, after a label ("나이 스물넷")
        for u, unit in enumerate(_KO_ALONE):
            if unit != _KO_UNITS[u]:
                add(ten + unit, 10 + 10 * t + u)
    return words


def _word_age(text: str, unit_start: int) -> tuple[int, int, int] | None:
    """(start, end, value) of a number written in words that ends just before ``unit_start``.

    The common spellings of en, es, fr, pt and ru are looked up first; then any phrase of
    number words of the shared vocabulary (``clew.text.numbers``: "dua puluh satu",
    "hai mươi", "douăzeci și unu", "二十") is read.
    """
    words = _number_words()
    offset = max(0, unit_start - 40)
    glued = 0 < unit_start < len(text) and text[unit_start - 1].isalpha() and text[unit_start].isalpha()
    if glued and text[unit_start - 1] <= "\u024f" and (found := _glued_word_age(text, offset, unit_start)):
        return found  # "ventiduenne": Latin letters glued to the suffix
    head = text[offset:unit_start].rstrip()
    if head and _UNSPACED_CHARS.match(head[-1]):
        return _unspaced_before(head, offset)
    tokens = list(_WORD_TOKEN.finditer(head))
    if not tokens or tokens[-1].end() != len(head):
        return None
    for size in (4, 3, 2, 1):
        if len(tokens) < size:
            continue
        first = tokens[-size]
        if size == len(tokens) and offset > 0:
            continue  # the phrase may go on before the window
        value = words.get(head[first.start() :])
        if value is not None:
            if first.start() > 0 and head[first.start() - 1].isalnum():
                return None
            return offset + first.start(), offset + len(head), value
    spaced = list(_SPACED_WORD.finditer(head))
    if not spaced or not _number_word(spaced[-1].group()):
        return None  # the phrase must end with a number word: most age words follow no number at all
    for size in (5, 4, 3, 2, 1):
        if len(spaced) < size or (size == len(spaced) and offset > 0):
            continue
        first = spaced[-size]
        if not _number_word(first.group()):
            continue
        value = words_value(head[first.start() :])
        if value is not None:
            return offset + first.start(), offset + len(head), value
    return None


_ELIDED = ("", "e", "o", "a", "i")
"""Vowels a number word drops before a glued age suffix: Italian "ventidu-enne" (ventidue), "diciott-enne"."""
_STEM = re.compile(rf"{_WORD}$")


def _glued_word_age(text: str, offset: int, unit_start: int) -> tuple[int, int, int] | None:
    """A number in words glued to the age suffix after it: "ventiduenne", "drieëntwintigjarige", "tjugotreåriga"."""
    m = _STEM.search(text, offset, unit_start)
    if m is None or len(m.group()) < 3:
        return None
    for vowel in _ELIDED:
        value = words_value(m.group() + vowel)
        if value is not None:
            return m.start(), unit_start, value
    return None


def _number_word(word: str) -> bool:
    """Whether ``word`` is a number word of the shared vocabulary, or several glued together ("huszonegy",
    "kaksikymmentäkaksi", "trentadue")."""
    if word in vocabulary().words:
        return True
    return len(word) <= 40 and all(p.kind == "word" for p in read_token(word))


def _unspaced_before(head: str, offset: int) -> tuple[int, int, int] | None:
    """A number in Chinese or Thai characters that ends the window ("二十" before "岁")."""
    for size in range(min(_UNSPACED_MAX, len(head)), 0, -1):
        value = words_value(head[-size:])
        if value is not None:
            return offset + len(head) - size, offset + len(head), value
    return None


def _words_after(text: str, start: int) -> tuple[int, int] | None:
    """(end, value) of the longest phrase of number words that starts at ``start``."""
    if start >= len(text):
        return None
    if _UNSPACED_CHARS.match(text[start]):
        for size in range(min(_UNSPACED_MAX, len(text) - start), 0, -1):
            value = words_value(text[start : start + size])
            if value is not None:
                return start + size, value
        return None
    m = _WORDS_AFTER.match(text, start)
    if m is None or not _number_word(_SPACED_WORD.match(m.group()).group()):  # type: ignore[union-attr]
        return None
    ends = [w.end() for w in _SPACED_WORD.finditer(text, start, m.end())]
    for end in reversed(ends):
        value = words_value(text[start:end])
        if value is not None:
            return end, value
    return None


_PHRASE_AFTER = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*(?: [^\W\d_]+(?:-[^\W\d_]+)*){0,3}")


def _table_words_after(text: str, start: int) -> tuple[int, int] | None:
    """(end, value) of the longest phrase of the age table's number words (``_number_words``) at ``start``.

    The table holds the common spellings of en, es, fr, pt and ru, and the native Korean numbers ("스물한"), which
    the shared vocabulary lacks.
    """
    m = _PHRASE_AFTER.match(text, start)
    if m is None:
        return None
    words = _number_words()
    ends = [w.end() for w in _WORD_TOKEN.finditer(text, start, m.end())]
    for end in reversed(ends):
        value = words.get(text[start:end])
        if value is not None:
            return end, value
    return None


def _pair_next(text: str, end: int) -> bool:
    """Whether a second number joined by "and" follows ``end``, with no unit of a size or a weight after it."""
    m = _PAIR_NEXT.match(text, end)
    return m is not None and _NON_AGE_UNIT.match(text, m.end()) is None


def _paired(text: str, start: int, end: int, seen: set[int]) -> bool:
    """Whether the number at ``start`` is joined by "and" to an age just read ("Zwei Freundinnen, 22 und 24, neu in
    Köln", "two girls, 21 & 23"): the second age of a pair, when nothing after it makes it a size or a range."""
    pair = _PAIR_BEFORE.search(text, max(0, start - 12), start)
    if pair is None or pair.start("n") not in seen:
        return False
    return (
        _SENTENCE_GOES_ON.match(text, end) is not None
        and _NON_AGE_UNIT.match(text, end) is None
        and _RANGE_AFTER.match(text, end) is None
    )


def _second_of_range(text: str, start: int) -> bool:
    """Whether the number at ``start`` ends a range written with "and" ("between 18 and 25")."""
    if _AND_BEFORE.search(text, max(0, start - 8), start) is None:
        return False  # the quick test: no "NN and " just before
    return _BETWEEN.search(text, max(0, start - 30), start) is not None


def _glued_unit_digit(text: str, k: int, *, spaced: bool = False) -> bool:
    """Whether ``text[k]`` is one digit (1-9) after a word and standing alone: the "2" of "thirty2"
    (and, with ``spaced``, after a tens word and a space: "twenty 2 yrs")."""
    if not ("1" <= text[k] <= "9") or (k + 1 < len(text) and text[k + 1].isalnum()):
        return False
    if k > 0 and text[k - 1].isalpha():
        return True
    if not (spaced and k > 1 and text[k - 1] == " " and text[k - 2].isalpha()):
        return False
    word = _LAST_WORD.search(text, max(0, k - 24), k - 1)
    return word is not None and word.group() in _tens_words()


_LAST_WORD = re.compile(r"[^\W\d_]+$")


@lru_cache(maxsize=1)
def _tens_words() -> frozenset[str]:
    """The last words of the tens (20, 30, … 90) of the age table and the shared vocabulary ("twenty", "vingt")."""
    words = {phrase.split()[-1] for phrase, value in _number_words().items() if value % 10 == 0 and value >= 20}
    words.update(w for w, word in vocabulary().words.items() if word.kind == "tens" and word.value % 10 == 0)
    return frozenset(words)


_TABLE_DELIMITERS = ("|", "\t", ";", ",")
_TABLE_MAX_LINES = 200
_TABLE_HEADERS = frozenset(
    unicodedata.normalize("NFKC", w).casefold() for w in (_SPACED_LABELS + " " + _UNSPACED_LABELS).split()
) - frozenset({"בת", "בן", "im", "am"})
"""Header cells that name an age column ("Age", "Edad", "Возраст", "年龄"); Hebrew "daughter of" is no header."""
_TABLE_RULE = re.compile(r"\s*:?-{3,}:?\s*")
_TABLE_AGE = re.compile(r"\s*(\d\d)\s*")


def _cells(line: str) -> tuple[str, list[tuple[int, int]]] | None:
    """The delimiter of a table row and its cells' spans; None for a line that is no row of two cells or more.

    Markdown rows ("| Mia | 21 |") drop the empty cells outside their outer bars.
    """
    for delimiter in _TABLE_DELIMITERS:
        if delimiter not in line:
            continue
        spans: list[tuple[int, int]] = []
        pos = 0
        for piece in line.split(delimiter):
            spans.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        if delimiter == "|":
            if spans and not line[spans[0][0] : spans[0][1]].strip():
                spans = spans[1:]
            if spans and not line[spans[-1][0] : spans[-1][1]].strip():
                spans = spans[:-1]
        if len(spans) >= 2:
            return delimiter, spans
    return None


_ROMAN = re.compile(r"(?<![^\W\d_])[xvil]{2,7}(?![^\W\d_])")
"""A word of Roman numeral letters (the view is in lower case); read as an age only in capitals after a label."""
_ROMAN_FORM = re.compile(r"(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}


def _roman_value(word: str) -> int | None:
    """The value of a well-formed Roman numeral below 100 ("xxi" = 21), else ``None`` ("iix", "vv")."""
    if not _ROMAN_FORM.fullmatch(word):
        return None
    total = 0
    for k, c in enumerate(word):
        v = _ROMAN_VALUES[c]
        total += -v if k + 1 < len(word) and _ROMAN_VALUES[word[k + 1]] > v else v
    return total


def _symbol_after(text: str, end: int) -> bool:
    """Whether an emoji or other symbol follows (after one space): "finally turned 21 🥳" ends there."""
    k = end + 1 if text.startswith(" ", end) else end
    return k < len(text) and unicodedata.category(text[k]) == "So"


class Age(IdentifierType):
    name = "age"
    description = (
        "A person's stated age (10 to 99), only with an age context: an age word or label, a "
        "first-person phrase, or a name in a profile line; never heights, weights, times or prices."
    )
    canonical = "the age as a decimal string, e.g. 19"
    links = False
    examples = (
        Example("Morena de 24, de Valparaíso | girl of 21, Leeds", ("24", "21"), note="a person 'de'/'of' her age"),
        Example("yrs: 22 / ht: 160 / wt: 54kg", ("22",), note="the age word as a label in a stats line"),
        Example("chica de 45 minutos, una morena de 25 euros", (), note="'de' before a duration or a price"),
        Example("YO: 23 veces te dije", (), note="'yo' with no stats line beside it"),
        Example("Hi gentlemen, I'm 19 and new in town", ("19",)),
        Example("Mia, 22 💕 Vancouver — 5'6\", 120lbs, 34-24-36", ("22",)),
        Example("Имам 23 године и тражим посао", ("23",)),
        Example("Waxaan ahay 20 jir", ("20",)),
        Example("எனக்கு 24 வயது, ನನಗೆ 21 ವರ್ಷ", ("24", "21")),
        Example("Edad: 20 años. Soy nueva en la ciudad", ("20",)),
        Example("Мне 19 лет, я новенькая", ("19",)),
        Example("新来的妹妹19岁，身材好", ("19",)),
        Example("عمري ١٩ سنة", ("19",), note="Arabic-Indic digits"),
        Example("eighteen years young and sweet", ("18",)),
        Example("Em 20 tuổi, umur 21 tahun, j'ai vingt-deux ans", ("20", "21", "22")),
        Example(
            "em hai mươi tuổi, umur dua puluh tiga tahun, 二十四岁",
            ("20", "23", "24"),
            note="number words of any language",
        ),
        Example("I'm nineteen, age: twenty-one", ("19", "21"), note="a label or 'I'm' before words"),
        Example("I'm 2O, a 22-year-old student", ("20", "22"), note="a letter O for zero"),
        Example(
            "menina de 22 aninhos, chica de 20 añitos, em 23t",
            ("22", "20", "23"),
            note="diminutives; 'de' after a person; Vietnamese '23t'",
        ),
        Example("meri umar 24 saal hai, उम्र 25 साल", ("24", "25"), note="Hindi, romanised and Devanagari"),
        Example("thirty2 yrs old", ("32",), note="a tens word with its digit glued on"),
        Example("finally turned 21 🥳, born 2004 so 20 now", ("21", "20"), note="an emoji ends the phrase"),
        Example(
            "recién cumplidos los 21 🎉; acabo de cumplir 23, busco piso; fresh 19 and new here",
            ("21", "23", "19"),
            note="just turned, in Spanish and English",
        ),
        Example(
            "Мне 24 годик, ей 19 годок; [F23] new here; me (26f) and (M31) him",
            ("24", "19", "23", "26", "31"),
            note="Russian diminutives of 'year'; forum tags of sex and age, lower case only in brackets of its own",
        ),
        Example("Tiene dieciséis, busca trabajo; tiene quince días", ("16",), note="'tiene' and a number word alone"),
        Example(
            "22 anni di esperienza, 25 ans de mariage, 30 years of service, 20 лет в браке, 18 lat w branży",
            (),
            note="years of experience, marriage, service or a trade: a span of time, not an age",
        ),
        Example("Age: ⑵⑷, age ⒉⒐", ("24", "29"), note="digits in brackets or with a full stop, enclosed in one sign"),
        Example("sisters, 20 & 23 yo; age 3 1", ("20", "23", "31"), note="two ages, one age word; spaced digits"),
        Example(
            "10 años de experiencia, 3 saal se yahan, between 18 and 25 years old, room 2 5",
            (),
            note="durations, ranges, spaced digits without a label",
        ),
        Example("20 year anniversary, I've been here 15 years", (), note="durations with a bare 'years'"),
        Example("5'6\", 170cm, 55kg, 34-24-36, open 24/7, 19:00-23:00", (), note="body measures and times"),
        Example("$150/hr, since 2019, 20 years of experience", (), note="prices, years and durations"),
        Example("Girls 18-25 years old, 18+ only, over 21", (), note="ranges and limits are not a stated age"),
        Example(
            "Nadia, 24 — just arrived; Wiek → 25, возраст — 27",
            ("24", "25", "27"),
            note="a dash after a name; an arrow or a dash after a label",
        ),
        Example(
            "年齢 21、বয়স ২৩, גיל 26, umri miaka 28",
            ("21", "23", "26", "28"),
            note="labels in Japanese, Bengali, Hebrew and Swahili",
        ),
        Example(
            "26 år, 24 let, 22 godine, 25-vuotias, 23-летняя",
            ("26", "24", "22", "25", "23"),
            note="age words of the Nordic and Slavic languages; age adjectives",
        ),
        Example(
            "neunundzwanzig Jahre, trentadue anni, zesentwintig jaar",
            ("29", "32", "26"),
            note="German, Italian and Dutch number words",
        ),
        Example(
            "i 10 år, 20 let me know, prije 20 godina, a 20-letni plan, Age > 18",
            (),
            note="durations, the English 'let', a limit",
        ),
        Example(
            "25 primaveras y muchas ganas; ela, 23 vjeçe; 28 տարեկան",
            ("25", "23", "28"),
            note="'springs' for years; Albanian and Armenian age words",
        ),
        Example("23F new in town, 26/M/LA", ("23", "26"), note="a sex tag after the age"),
        Example("34F cup, 36F-26-38, 30 F outside", (), note="bra sizes and a temperature"),
        Example("禁止未满18岁, 18岁以上", (), note="age limits in Chinese"),
        Example("招聘服务员，要求年满18周岁", (), note="a job's age requirement"),
        Example("今年刚满20岁, 在深圳", ("20",), note="满 after 刚: just turned 20"),
        Example("나이: 만 22세", ("22",), note="Korean international age"),
        Example("스무 살, ハタチになったばかり", ("20", "20"), note="native Korean numbers; Japanese 'hatachi'"),
        Example(
            "thirty 1 years old, I'm 22 (almost 23), turning 25 tomorrow",
            ("31", "22", "25"),
            note="a tens word and a digit; a remark or 'tomorrow' after 'I'm'",
        ),
        Example(
            "cumplí 20 la semana pasada, j'ai eu 21 ans hier, just turned 22 last month",
            ("20", "21", "22"),
            note="a past time after 'turned'",
        ),
        Example(
            "celebrated my 20th birthday 🥳, mein 21. Geburtstag, her 19th bday",
            ("20", "21", "19"),
            note="an ordinal before a birthday word, whose birthday said",
        ),
        Example(
            "the club's 20th birthday, our 25th anniversary, 30th birthday sale",
            (),
            note="a birthday of no person, an anniversary",
        ),
        Example(
            "kaksikymmentäkolme vuotta, huszonkettő éves, vint-i-quatre anys",
            ("23", "22", "24"),
            note="Finnish, Hungarian and Catalan number words",
        ),
        Example(
            "Мен жиырма екі жастамын, nina miaka ishirini na tatu",
            ("22", "23"),
            note="Kazakh; Swahili with its connector 'na'",
        ),
        Example(
            "age 2⃝4⃝, возраст: 2З, <dt>Age</dt><dd>25</dd>, edad ~ 27 ~",
            ("24", "23", "25", "27"),
            note="digits in combining circles; Cyrillic З for 3; an HTML field; tildes",
        ),
        Example(
            "| Name | Age | Height |\n|---|---|---|\n| Ana | 22 | 165 cm |\nnombre;edad;ciudad\nEva;19;Lima",
            ("22", "19"),
            note="the age column of a markdown or CSV table",
        ),
        Example("| Room | Floor |\n| 21 | 24 |\nid,qty\n12,34", (), note="tables without an age column"),
        Example(
            "soy Lu de 21 añitos; hace 20 añitos, más de 30 añitos",
            ("21",),
            note="'de' before a diminutive age word; 'ago' and 'more than'",
        ),
        Example(
            "Életkor: 27 | Узраст: 25 | Vecums: 23 g. | Umri: miaka 29 | Mosha: 26",
            ("27", "25", "23", "29", "26"),
            note="age labels of Hungarian, Serbian, Latvian (with 'g.' for years), Swahili, Albanian",
        ),
        Example(
            "M | 31 | Porto\nik ben 24 en woon in Gent; jag är tjugofem och ny här; はな 20さい",
            ("31", "24", "25", "20"),
            note="a profile line starting with the sex; Dutch and Swedish 'I am'; Japanese さい in hiragana",
        ),
        Example(
            "my cousin is 22 and works in Milan",
            ("22",),
            note="a relative said to be a number, the sentence going on",
        ),
        Example(
            "Apt F, 22 Main St; plot 12 m. wide; my son is 20 minutes away",
            (),
            note="a letter before an address number; a length; a distance in time",
        ),
        Example(
            "20 vuotta kokemusta, huszonegy perc, dvadeset i jednu minutu",
            (),
            note="years of experience; minutes",
        ),
        Example(
            "Vanus: kolmkümmend kaks; Vecums: divdesmit trīs; Yoshi: yigirma ikki; Възраст: двадесет и шест",
            ("32", "23", "22", "26"),
            note="numbers in words after the age labels of Estonian, Latvian, Uzbek and Bulgarian",
        ),
        Example(
            "Dw i'n 24 oed; Tá sí 26 bliana d'aois; shekara 29",
            ("24", "26", "29"),
            note="Welsh and Irish age words after the number; the Hausa word for 'year' before it",
        ),
        Example(
            "Yaş: yirmi dört; Edad: veintiséis",
            ("24", "26"),
            note="a word that is an age label before a colon and an age word after a number ('yaş')",
        ),
        Example("Tarifs : 30 min 150 €, 2 gadi garantija", (), note="minutes and a warranty"),
        Example(
            "мне уже 19 вёсен, ёй 21 вясны, мне 24 гадоў, їй 20 рік",
            ("19", "21", "24", "20"),
            note="'springs' for years in Russian and Belarusian; Belarusian and Ukrainian year words",
        ),
        Example(
            "(M, 34) and (29, F) looking for a flat; (12, b) rooms",
            ("34", "29"),
            note="the sex and the age in brackets, either first",
        ),
        Example(
            "my sister (19) and her roommate (22) are coming; room (12), rate (40)",
            ("19", "22"),
            note="a word for a person, in lower case, before an age in brackets",
        ),
        Example(
            "A: wie alt bist du?\nB: 22\nA: super\n---\nhow many rooms?\nme: 12",
            ("22",),
            note="a bare number answering an age question on the line before; another question's answer",
        ),
        Example(
            "[21:03] him: how old r u\n[21:04] her: 22 babe",
            ("22",),
            note="a chat export's times; the question without '?', a word of address after the answer",
        ),
        Example("[21:03] him: how old r u\n[21:04] her: 22 kg", (), note="a unit after the number"),
        Example("මගේ වයස අවුරුදු 21, ମୋ ବୟସ 23", ("21", "23"), note="Sinhala 'age years 21'; Odia 'age'"),
        Example(
            "Nadia | 24 | Lisboa\nJoana • 22 • Porto",
            ("24", "22"),
            note="a capitalised name, then the age in the next cell of a profile line separated by bars or bullets",
        ),
        Example("Room | 24 | Floor 3, Size • 36 • M", (), note="a cell after a word that names no person"),
        Example(
            "мені тридцять один рік; Neema, miaka 24, Mombasa; Yaşım 27, boyum 1.70",
            ("31", "24", "27"),
            note="Ukrainian tens; Swahili 'years' before the number in a profile line; Turkish 'my age'",
        ),
        Example(
            "Nimeishi hapa miaka 20 iliyopita; Selling my bike, 12 years old; Vendo coche, 15 años, buen estado",
            (),
            note="Swahili 'years ago'; the age of a thing for sale",
        ),
        Example(
            "Brunette de 24 printemps; rubia de 21 veranos; Süße 23 Lenze; una ragazza di 20 primavere",
            ("24", "21", "23", "20"),
            note="springs and summers for years, after 'de'/'di' too (French, Spanish, German, Italian)",
        ),
        Example(
            "Mam 19 wiosenek :) / Мне 22 годков / 25 Aprils old and still learning",
            ("19", "22", "25"),
            note="diminutive and poetic years: Polish, Russian, English",
        ),
        Example(
            "저는 스물여섯살이에요; 나이: 서른하나",
            ("26", "31"),
            note="native Korean numbers glued to 살, and the form said alone after a label",
        ),
        Example(
            "عمري ثلاثة وعشرون سنة؛ אני בת עשרים וארבע; Είμαι τριάντα δύο χρονών; سی و پنج سالمه",
            ("23", "24", "32", "35"),
            note="number words in Arabic (unit first), Hebrew (tens first), Greek and Persian",
        ),
        Example(
            "Dreizehn Köche mit 25 Jahren Erfahrung; Rum añejo 15 años, 70 cl; whisky de 12 años",
            (),
            note="years of experience; the age of a spirit",
        ),
        Example(
            "Soy una chica de veintidós abriles; nineteen springs young; depuis 20 printemps je danse",
            ("22", "19"),
            note="poetic years after numbers in words; 'depuis' (since) makes the springs a duration",
        ),
        Example(
            "Temenê min 26 sal e; Da'deedu waa 23 sano; Ngineminyaka engu-24",
            ("26", "23", "24"),
            note="age labels in Kurmanji, Somali and Zulu",
        ),
        Example(
            "वह छब्बीस वर्ष की है; আমি চব্বিশ বছরের; میں اٹھائیس سال کا ہوں; ჩემი ასაკი: ოცდაშვიდი წლის",
            ("26", "24", "28", "27"),
            note="number words of Hindi, Bengali and Urdu (a word of its own for each number to 99) and Georgian "
            "(in twenties: 20 + 7)",
        ),
        Example(
            "Studente 24-jarige; una 19enne di Bari; 27-årig tjej; djevojka 25-godišnja; tjugofemåriga Lisa",
            ("24", "19", "27", "25", "25"),
            note="the 'N-year-old' adjective suffixes of Dutch, Italian, Swedish, Croatian; glued to number words too",
        ),
        Example(
            "una trentunenne solare; een negentienjarige; diciannovenne",
            ("31", "19", "19"),
            note="number words that drop their last vowel before the suffix (trentun-enne, diciannov-enne)",
        ),
        Example(
            "Lena 21y from Riga; 年龄23周岁，身高165; turned twenty-two 🎉",
            ("21", "23", "22"),
            note="'y' glued to the number; 周岁 (full years) before a height; an emoji after 'turned …'",
        ),
        Example(
            "ਮੇਰੀ ਉਮਰ ਬਾਈ ਸਾਲ ਹੈ; ég er tuttugu og fimm ára; Lina, dvidešimt penki metai",
            ("22", "25", "25"),
            note="number words of Punjabi (by hand), Icelandic and Lithuanian (from CLDR) before the year word",
        ),
        Example(
            "Penne 22 €, antenne da 19 euro, Vienne 2024; 5y bond; code QX7k31y, twenty-two-year-old model",
            ("22",),
            note="'enne' inside ordinary words is no age suffix; a 'y' ends no code; words before '-year-old'",
        ),
        Example("🎂 26 | 📍 Lisboa | ✨ new", ("26",), note="a birthday cake as the label of a profile line"),
        Example("🎂 26 March 🎉, 🎂 24/7 party", (), note="a birthday date and '24/7' after the cake"),
        Example(
            "blew out my 27 candles last night; ayer soplé mis 23 velas; 21 bougies sur mon gâteau",
            ("27", "23", "21"),
            note="birthday candles blown out or on the cake",
        ),
        Example("pack of 24 candles for $9, 12 velas aromáticas", (), note="candles for sale"),
        Example("저는 이십삼 세 여성입니다", ("23",), note="Sino-Korean number before the counter 세"),
        Example("age — 2 4, from Porto", ("24",), note="spaced digits after a label, a comma after them"),
        Example("Lou, 22 piges, et sa pote a 24 berges", ("22", "24"), note="French slang words for years"),
        Example(
            "芳龄二十二，四川人; 年方二八",
            ("22", "16"),
            note="the Chinese labels 芳龄 and 年方 (a young woman's age); classical 二八 (two eights: sixteen)",
        ),
        Example(
            "Edad: XIX; W I E K 25; geb. 04.05.2001 (23); дівчина 22 р., шукаю; Ola, lat 24, Gdańsk",
            ("19", "25", "23", "22", "24"),
            note="Roman numerals after a label; a letter-spaced label; the age in brackets after a date of birth; "
            "the Cyrillic year abbreviation after a person; Polish 'lat' (years) before the number",
        ),
        Example(
            "Size: XL, room: XXI, Louis XIV; order 12/03/2003 (22); рост 170 см, 21 г. выпуска; lat 40 temu",
            (),
            note="Roman numerals without an age label; a bracket after a date that is no birth date; "
            "a year of make; Polish 'years ago'",
        ),
        Example(
            "Имам 24 године; Ана има 27 година; Ман 25 сола дорам; 23 taona izy; umurku 26 taun",
            ("24", "27", "25", "23", "26"),
            note="year words of Serbian and Macedonian in Cyrillic, Tajik, Malagasy, Javanese",
        ),
        Example(
            "En 24-åring från Umeå; 23-åringen; Moin néna 21 an; Mwen genyen 26 an",
            ("24", "23", "21", "26"),
            note="Swedish and Norwegian '-åring' nouns; Creole 'I have N an' (an alone is no age word)",
        ),
        Example(
            "പ്രായം 24; വയസ്സ് 23; आयु 25; Ndine makore 22; imyaka 27",
            ("24", "23", "25", "22", "27"),
            note="labels of Malayalam, Hindi, Shona, Kinyarwanda before the number",
        ),
        Example(
            '{"name": "Ines", "age": 23}; {"user_age": "25"}; age=26&city=Lyon',
            ("23", "25", "26"),
            note="a JSON or query-string field, the key quoted or prefixed, the value quoted or not",
        ),
        Example(
            "Eglė, 24 m., Vilnius; Dace, 26 g., Rīga",
            ("24", "26"),
            note="Lithuanian and Latvian year abbreviations after a name in a profile line",
        ),
        Example(
            "an 18-year-old truck, a 12 year old house; 30 años en el mercado, 25 anos de empresa, 40 years of history",
            (),
            note="the age of a thing after the age adjective; the years of a firm",
        ),
        Example(
            'Pool, 25 m., heated; "size": "24"; Tem 20 an',
            (),
            note="metres after a word; a field of no age; 'an' without a Creole 'I have'",
        ),
        Example(
            "Sveiki, esmu Laura, 31 gads; Jam 24 vjet; Ma olen 27 aastat vana; Dw i 25 oed; Me zo 23 vloaz",
            ("31", "24", "27", "25", "23"),
            note="year words of Latvian (singular after 1), Albanian of Kosovo, Estonian, Welsh after 'I', Breton",
        ),
        Example(
            "Mám 26 r. a bývam v Košiciach; Imam 29 g., Zagreb; Маю 24 р., Львів; Mam 21 l. i szukam pracy",
            ("26", "29", "24", "21"),
            note="'I have' in Slovak, Croatian, Ukrainian, Polish before an abbreviated year word",
        ),
        Example(
            "E: 24 | Alt: 1,68 | P: 55 kg; A=27, Ht=170cm, Wt=58kg; Noor, (twenty-six) 26 años",
            ("24", "27", "26"),
            note="one-letter age labels of a stats line beside height and weight labels; digits after the words",
        ),
        Example(
            "Age/Height/Weight: 26 / 170 / 58; Ht / Wt / Age: 5'4 / 115 / 29; Edad/Altura: 24 / 1,60",
            ("26", "29", "24"),
            note="labels joined by slashes, then the values in their order: the number under the age label",
        ),
        Example(
            "Height/Weight: 165 / 55; W/L: 12 / 15; Age/Height/Weight: 165 / 23 / 55",
            (),
            note="no age label in the list, or another label over the number",
        ),
        Example(
            "twenty-two (22), new in the city; Ines, veintitrés (23), recién llegada",
            ("22", "23"),
            note="a number in words, then its digits in brackets, opening a profile",
        ),
        Example(
            "Room twenty (20), floor two; fifty (50) roses; twenty (20), thirty (30), forty (40)",
            (),
            note="the same number written twice after a word, before a unit, or in a list of numbers",
        ),
        Example(
            "Clara (23) años, de Quito",
            ("23",),
            note="a number in brackets before the year word",
        ),
        Example(
            "para 5 vjet; pirms 3 gadiem; 5 vjet më parë; Q: how many rooms? A: 23; Mam 25 m. kabla; jeg bodde i 10 år",
            (),
            note="'ago' in Albanian and Latvian; an answer without stats labels; metres after 'I have'; 'i' is 'in'",
        ),
        Example(
            "Age/Height/Weight: 23/168/55",
            ("23",),
            note="labels joined by slashes, then their values glued by slashes",
        ),
        Example("19 y medio!", ("19",), note="a half after a number that opens the text, no unit after it"),
        Example("Beidh mé 23 bliain d'aois i mí Iúil", ("23",), note="Irish 'bliain d'aois' (years of age)"),
        Example("Táim 25 mbliana d'aois", ("25",), note="Irish, the eclipsed 'mbliana d'aois'"),
        Example("Men 24 ýaşym bar, Aşgabatdan", ("24",), note="Turkmen 'ýaşym bar' (I have ... years)"),
        Example("男,26周岁,西安", ("26",), note="a comma (full-width or not) before the age of a comma-separated card"),
        Example("Size 1,25 m; 3,20 EUR", (), note="a decimal comma is no age"),
        Example("Tá 30 bliain ó shin", (), note="Irish 'bliain' without 'd'aois' is a duration"),
        Example(
            "Weight/Height: 55/165; 12 and a half hours of work; Date/Time: 12/05 22/30",
            (),
            note="a list without an age label; a half with a unit after it",
        ),
        Example("Ŝi estas 24-jara kaj serĉas laboron; mi havas 21 jarojn", ("24", "21"), note="eo: -jara, jarojn"),
        Example(
            "I'm two-and-twenty, from Leeds; my sister is five-and-thirty years old",
            ("22", "35"),
            note="the archaic unit-first English numbers",
        ),
        Example("Синну соли ман 23, аз Душанбе", ("23",), note="tg: 'синну соли ман' (my age)"),
        Example("Ali ndi zaka 20, akufuna ntchito ku Lilongwe", ("20",), note="ny: 'zaka' before the number"),
        Example("Emyaka 22, njagala omulimu", ("22",), note="lg: 'emyaka' before the number"),
        Example(
            "Мені тридцять п'ять років; Ես քսանմեկ տարեկան եմ; Hún er þrjátíu og þriggja ára; Jam njëzet e dy vjeç",
            ("35", "21", "33", "22"),
            note="number words of Ukrainian (an apostrophe inside), Armenian, Icelandic (genitive) and Albanian",
        ),
        Example("Umuriin ishee waggaa 27; Ani waggaa 26 dha", ("27", "26"), note="om: 'umurii … waggaa', 'ani waggaa'"),
        Example("Maja ♀ 24 | Gdańsk; Eva 26 ♀", ("24", "26"), note="the female sign before or after the age"),
        Example(
            "Staż pracy: 12 lat; Опыт работы — 15 лет; Experience: 18 years; 5 років тому",
            (),
            note="years of work experience after a label; Ukrainian 'ago'",
        ),
    )

    def extract(self, ctx: FieldContext) -> Iterator[Entity]:
        text = ctx.text.text
        seen: set[int] = set()
        for m in _NUMBER.finditer(text):
            start, end = m.span("n")
            value = int(m.group("n"))
            if value < 10 or _second_of_range(text, start):
                continue
            if not self._is_age(ctx, text, start, end, value) and not _paired(text, start, end, seen):
                continue
            seen.add(start)
            yield self.entity(ctx, str(value), start, end)
        if '"' in text:
            for m in _QUOTED_NUMBER.finditer(text):  # a field's quoted value: "age": "19", age="22"
                start, end = m.span(1)
                value = int(m.group(1))
                if start not in seen and value >= 10 and _LEFT_STRONG.search(text, max(0, start - 30), start):
                    seen.add(start)
                    yield self.entity(ctx, str(value), start, end)
        if "/" in text:
            for m in _SEX_SLASH_AGE.finditer(text):
                start, end = m.span("n")
                value = int(m.group("n"))
                written = ctx.text.original_at(*m.span("sex"))
                if (
                    start not in seen
                    and 16 <= value <= 69
                    and (written.isupper() or _PROFILE_GOES_ON.match(text, end) or text.startswith(" ", end))
                    and not _RANGE_AFTER.match(text, end)
                    and not _CUP_NEAR.search(text, max(0, start - 40), min(len(text), end + 16))
                ):
                    seen.add(start)
                    yield self.entity(ctx, str(value), start, end)  # "F/22 new in town", "m/30, Leeds"
            for head in _LABEL_LIST_HEAD.finditer(text):
                for m in _LISTED_NUMBER.finditer(text, head.end(), min(len(text), head.end() + _LIST_VALUES_REACH)):
                    start, end = m.span()
                    if start not in seen and int(m.group()) >= 10 and self._under_age_label(text, start):
                        seen.add(start)
                        yield self.entity(ctx, m.group(), start, end)
        for m in _LETTER_NUMBER.finditer(text):
            start, end = m.span()
            if (start > 0 and _LETTER_NUMBER_BEFORE.match(text, start - 1)) or _LETTER_NUMBER_AFTER.match(text, end):
                continue
            value = int(m.group().translate(_LETTER_DIGITS))
            if start not in seen and value >= 10 and self._is_age(ctx, text, start, end, value):
                seen.add(start)
                yield self.entity(ctx, str(value), start, end)
        if _celebration_hint().search(text):
            for m in _CELEBRATION.finditer(text):
                group = m.lastgroup or "cake"
                start, end = m.span(group)
                value = int(m.group(group))
                if start not in seen and value >= 10:
                    seen.add(start)
                    yield self.entity(ctx, str(value), start, end)
        for m in _ROMAN.finditer(text):
            start, end = m.span()
            roman = _roman_value(m.group())
            if (
                roman is not None
                and start not in seen
                and 10 <= roman <= 99
                and ctx.text.original_at(start, end).isupper()
                and _LEFT_STRONG.search(text, max(0, start - 30), start)
            ):
                seen.add(start)
                yield self.entity(ctx, str(roman), start, end)  # "age: XXI"
        for start, end, value in ethiopic_numbers(text):
            if start not in seen and value >= 10 and self._is_age(ctx, text, start, end, value):
                seen.add(start)
                yield self.entity(ctx, str(value), start, end)  # "ዕድሜ ፳፪" (22)
        if "bli" in text or "bhli" in text:
            for m in _GAELIC_AGE.finditer(text):
                start, end = m.span()
                if start not in seen and (
                    m.group("aois") is not None or _GAELIC_PERSON.search(text, max(0, start - 12), start)
                ):
                    seen.add(start)
                    value = _GAELIC_UNITS[m.group("u")] + _GAELIC_TENS[m.group("t")]
                    yield self.entity(ctx, str(value), start, m.end("t"))
        labels: list[int] = []
        if not text.isascii() or any(c.isalpha() for c in text):
            yield from self._word_ages(ctx, text, seen, labels)
        original = ctx.text.original
        if labels and "\n" in original and any(d in original for d in _TABLE_DELIMITERS):
            taken = {ctx.text.span(start, start + 1)[0] for start in seen}
            yield from self._table_ages(ctx, original, taken)

    def _table_ages(self, ctx: FieldContext, original: str, taken: set[int]) -> Iterator[Entity]:
        """Ages in the column of a table whose header cell is an age label (markdown, CSV, tab-separated).

        Read on the original text, where the lines still stand apart (the normalised view joins them). A cell
        counts when it holds a number of two digits and nothing else, in the rows right under the header that
        have as many cells as it.
        """
        lines = original.split("\n", _TABLE_MAX_LINES)[:_TABLE_MAX_LINES]
        offsets: list[int] = []
        pos = 0
        for line in lines:
            offsets.append(pos)
            pos += len(line) + 1
        column: tuple[str, int, int] | None = None  # delimiter, index, number of cells
        for line, offset in zip(lines, offsets, strict=True):
            cells = _cells(line)
            if column is not None and (cells is None or cells[0] != column[0] or len(cells[1]) != column[2]):
                column = None  # the table ended; this line may open another
            if column is None:
                if cells is None:
                    continue
                delimiter, spans = cells
                for index, (a, b) in enumerate(spans):
                    if unicodedata.normalize("NFKC", line[a:b]).strip(" *_:").casefold() in _TABLE_HEADERS:
                        column = (delimiter, index, len(spans))
                        break
                continue
            assert cells is not None
            a, b = cells[1][column[1]]
            cell = line[a:b]
            if _TABLE_RULE.fullmatch(cell):
                continue  # the rule under a markdown header: |---|---|
            m = _TABLE_AGE.fullmatch(cell)
            if m is None:
                continue
            start = offset + a + m.start(1)
            if start not in taken and 10 <= int(m.group(1)) <= 99:
                taken.add(start)
                yield Entity(type=self.name, value=str(int(m.group(1))), start=start, end=start + 2, field=ctx.field)

    def _this_year(self, ctx: FieldContext, text: str, start: int, end: int, seen: set[int]) -> Entity | None:
        """A number in words after "this year" (``_THIS_YEAR_BEFORE``): "我今年二十二，", "今年で二十二になります"."""
        after = end + (1 if text.startswith(("で", " "), end) else 0)
        found = _words_after(text, after)
        if found is None or after in seen or not _THIS_YEAR_BEFORE.search(text, max(0, start - 4), end):
            return None
        word_end, value = found
        if not 16 <= value <= 69 or not _THIS_YEAR_AFTER.match(text, word_end):
            return None
        seen.add(after)
        return self.entity(ctx, str(value), after, word_end)

    def _word_ages(self, ctx: FieldContext, text: str, seen: set[int], labels: list[int]) -> Iterator[Entity]:
        """Ages written in words, found from the number words of the shared vocabulary (one C pass).

        A number word followed by an age word ("veinte años", "二十岁") or preceded by an
        age label or a first-person phrase ("I'm nineteen", "Tuổi: hai mươi") is read
        as a whole phrase, in any language of ``clew.text.numbers``. Where an age label stands is
        added to ``labels``: only then may a table have an age column (``_table_ages``).
        """
        padded = " " + text  # so that a label at the very start has its space too
        for last, (kind, cue) in _cue_automaton().iter(padded):
            start, end = last - len(cue), last  # offsets in ``text``
            unspaced = _UNSPACED_CHARS.match(cue[0]) is not None
            entity = None
            if kind == "self":
                if cue in _KANA_SELF_AGES and (
                    _KANA_WORD_BEFORE.search(text, max(0, start - 1), start) or not _KANA_AGE_AFTER.match(text, end)
                ):
                    continue
                if start not in seen and not _unspaced_limit(text[max(0, start - 4) : start]):
                    seen.add(start)
                    yield self.entity(ctx, str(_SELF_AGES[cue]), start, end)
                continue
            if kind == "this_year":
                entity = self._this_year(ctx, text, start, end, seen)
                if entity is not None:
                    yield entity
                continue
            if kind == "unit":
                lead = start - 2 if start >= 2 and text[start - 1] in " -" else start - 1
                if lead < 0:
                    continue
                tens_digit = lead if _glued_unit_digit(text, lead, spaced=True) else None  # "thirty2 yrs"
                if tens_digit is None and not text[lead].isalpha():
                    spaced = _SPACED_DIGITS.match(text, lead - 2) if lead >= 2 else None
                    if spaced is not None and spaced.end() == lead + 1:  # "3 1 years old"
                        entity = self._spaced(ctx, text, spaced, seen, label=False)
                        if entity is not None:
                            yield entity
                    continue  # "19 yo", "$50 years": digits are read by the number pass above
                # the age word may open a little earlier: "de ani", "-year-old", " years"
                for candidate in (start - 3, start - 1, start):
                    unit = _RIGHT_UNIT.match(text, candidate) if candidate > 0 else None
                    if unit is None or unit.end() < end:
                        continue
                    unit_start = candidate + 1 if text[candidate].isspace() else candidate
                    entity = self._word_age_before(ctx, text, unit, unit_start, seen, tens_digit)
                    if entity is not None:
                        break
            else:
                if end < len(text) and text[end].isalnum() and not unspaced:
                    continue
                labels.append(start)
                sep = _LABEL_SEP.match(text, end)
                after = sep.end() if sep else end
                spaced = _SPACED_DIGITS.match(text, after)
                if spaced is not None:  # "age 3 1"
                    entity = self._spaced(ctx, text, spaced, seen, label=True)
                else:
                    entity = self._label_before(ctx, text, after, seen)
            if entity is not None:
                yield entity

    def _spaced(self, ctx: FieldContext, text: str, m: re.Match[str], seen: set[int], *, label: bool) -> Entity | None:
        """An age written with its two digits spaced, after an age label or before an age word."""
        start, end = m.span()
        value = int(m.group(1) + m.group(2))
        if value < 10 or start in seen:
            return None
        if label:
            if _LEFT_STRONG.search(text, max(0, start - 30), start) is None:
                return None  # "I'm 2 5" is no label: only age, edad, возраст, … are
        elif not self._is_age(ctx, text, start, end, value) or _second_of_range(text, start):
            return None
        seen.add(start)
        return self.entity(ctx, str(value), start, end)

    def _label_before(self, ctx: FieldContext, text: str, start: int, seen: set[int]) -> Entity | None:
        """A number in words starting at ``start``, after an age label or a first-person phrase."""
        if start >= len(text) or start in seen:
            return None
        if start > 0 and text[start - 1].isalnum() and not _UNSPACED_CHARS.match(text[start]):
            return None
        cue = _LEFT_WORD_CUE_END.search(text, max(0, start - 24), start)
        if cue is None:
            return None
        found_after = _words_after(text, start) or _table_words_after(text, start)
        if found_after is None:
            return None
        stop, value = found_after
        if stop < len(text) and text[stop].isdigit():
            if not (value % 10 == 0 and _glued_unit_digit(text, stop)):
                return None  # "thirty12": no age
            value, stop = value + int(text[stop]), stop + 1  # "age: thirty2"
        if not 10 <= value <= 99 or _NON_AGE_UNIT.match(text, stop) or _RANGE_AFTER.match(text, stop):
            return None
        said = cue.group().strip(" :：=-–")
        if said.removesuffix(" is") in _FIRST_PERSON and not _SENTENCE_GOES_ON.match(text, stop):
            return None
        seen.add(start)
        return self.entity(ctx, str(value), start, stop)

    def _word_age_before(
        self,
        ctx: FieldContext,
        text: str,
        unit: re.Match[str],
        unit_start: int,
        seen: set[int],
        tens_digit: int | None = None,
    ) -> Entity | None:
        """A number in words before an age word; with ``tens_digit``, a tens word and the digit glued to it."""
        found = _word_age(text, unit_start if tens_digit is None else tens_digit)
        if found is None or found[0] in seen:
            return None
        start, stop, value = found
        if tens_digit is not None:
            if value % 10 or not 20 <= value <= 90:
                return None
            value, stop = value + int(text[tens_digit]), tens_digit + 1
        left = text[max(0, start - 20) : start]
        if _NOT_AGE_AFTER_UNIT.match(text, unit.end()) or _EXPERIENCE_LABEL.search(text, max(0, start - 40), start):
            return None
        reject = _LEFT_REJECT.search(left)
        if (
            reject is not None
            and not (
                reject.group().strip() in ("de", "di")
                and (_PERSON_DE.search(left) is not None or _DIMINUTIVE.match(unit.group()) is not None)
            )
            and not (reject.group().strip() == "i" and _WELSH_I.search(left))
        ):
            return None
        if _unspaced_limit(left):
            return None
        if _BARE_YEARS.match(unit.group()) and (_BARE_YEARS_REJECT.search(left) or _DURATION_VERBS.search(left)):
            return None
        if not 10 <= value <= 99:
            return None
        seen.add(start)
        return self.entity(ctx, str(value), start, stop)

    @staticmethod
    def _sex_tag(ctx: FieldContext, text: str, start: int, end: int, value: int, left: str) -> bool:
        """Whether the number is an age written with a sex tag, the profile shorthand "23F", "22/F/NYC".

        The letter must be a capital (or between slashes) and stand alone, and the number a plausible adult
        age; a bra size ("34F cup", "36F-26-38") or a measurement before it is no age.
        """
        tag = _SEX_TAG.match(text, end)
        if tag is None or not 16 <= value <= 69 or _CUP_NEAR.search(text, max(0, start - 40), min(len(text), end + 16)):
            return False
        if (
            not tag.group().startswith("/")
            and not ctx.text.original_at(tag.end() - 1, tag.end()).isupper()
            and not (left.endswith(("(", "[")) and text.startswith((")", "]"), tag.end()))
            and not (_PROFILE_START.search(left) and _PROFILE_FIELD_AFTER.match(text, tag.end()))
        ):
            return False  # "22f" in lower case only in brackets of its own ("me (22f) and my friend") or opening a
            # profile line with a separator after it ("22f, new in town", "22m | Leeds")
        return not (left.rstrip().endswith(("-", "–", "x", "/")) or left[-1:].isdigit())

    @staticmethod
    def _is_age(ctx: FieldContext, text: str, start: int, end: int, value: int) -> bool:
        left = text[max(0, start - 30) : start]
        if _RANGE_BEFORE.search(left) or _RANGE_AFTER.match(text, end) or _unspaced_limit(left):
            return False
        if _EXPERIENCE_LABEL.search(left):
            return False  # "Staż pracy: 15 lat": years of work
        if not left.strip() and _HALF_AFTER.match(text, end):
            return True  # "21 and a half 😜": the number opens the text, a half and no unit after it
        unit = _RIGHT_UNIT.match(text, end)
        if unit is None and text.startswith(")", end) and left.endswith(("(", "( ")):
            unit = _RIGHT_UNIT.match(text, end + 1)  # "twenty-one (21) yrs old": the digits in brackets
        if unit is None and text.startswith("t", end):
            vi = _VI_T.match(text, end)  # "20t": Vietnamese, or after "em", "I'm", "age"
            if vi is not None and (_VIETNAMESE.search(text) or _LEFT_WEAK.search(left) or _LEFT_STRONG.search(left)):
                unit = vi
        if unit is None and (pair := _AND_NEXT.match(text, end)) is not None:
            unit = _RIGHT_UNIT.match(text, pair.end())  # "20 & 23 yo": the age word of both
        if unit is None and text.startswith(" ", end) and _CREOLE_HAVE.search(left):
            unit = _CREOLE_YEARS.match(text, end)  # "mwen gen 22 an"
        slang = _THING_YEARS.match(text, end) if unit is None else None
        if slang is not None and (_HAVE_YEARS_LEFT.search(left) or Age._named(ctx, start, value, left)):
            unit = slang  # "j'ai 23 balais", "Lou, 22 balais"; not "20 balais et 5 seaux"
        if unit is not None:
            if _NOT_AGE_AFTER_UNIT.match(text, unit.end()):
                return False
            if _OBJECT_AFTER.match(text, unit.end()) is not None and not _PERSON_WORD.search(
                _SENTENCE_START.split(text[max(0, start - 80) : start])[-1]
            ):
                return False  # "22-year-old car for sale"
            if _OBJECT_BEFORE.search(left) is not None and not _PERSON_WORD.search(
                _SENTENCE_START.split(text[max(0, start - 80) : start])[-1]
            ):
                return False
            if _BARE_YEARS.match(unit.group()) and (_BARE_YEARS_REJECT.search(left) or _DURATION_VERBS.search(left)):
                return False
            # "âgée de 22 ans", "menina de 22 anos": "de" after an age label or a person is no duration, nor
            # before a diminutive, which speaks of a person's years ("soy Vale de 19 añitos")
            reject = _LEFT_REJECT.search(left)
            return (
                reject is None
                or _LEFT_STRONG.search(left) is not None
                or _PERSON_DE.search(left) is not None
                or (reject.group().strip() in ("de", "di") and _DIMINUTIVE.match(unit.group()) is not None)
                or (reject.group().strip() == "i" and _WELSH_I.search(left) is not None)
            )
        if (
            text.startswith((" г.", " р.", "г.", "р."), end)
            and _CYRILLIC_YEARS.match(text, end)
            and (_PERSON_WORD.search(_SENTENCE_START.split(left)[-1]) or _HAVE_LEFT.search(left))
        ):
            return True  # "Девушка 21 г.", "дівчина 22 р.": the abbreviated year word after a person
        abbreviation = _YEAR_ABBREVIATION.match(text, end)
        if abbreviation is not None:
            # "Vecums: 23 g.", or a name before in a profile line: "Rūta, 21 m., Kaunas" (Lithuanian metų)
            if _LEFT_STRONG.search(left) is not None:
                return True
            if _HAVE_LEFT.search(left) is not None and not abbreviation.group().endswith("m."):
                return True  # "Mam 22 l.", "Man ir 21 g."; "m." is metres too ("Mam 22 m. kabla")
            if "jr" in abbreviation.group() and _LEFT_WEAK.search(left) is not None:
                return True  # "ik ben 24 jr": "jr" is no length
            goes_on = _PROFILE_GOES_ON.match(text, abbreviation.end())
            if goes_on is not None and Age._named(ctx, start, value, left):
                if not abbreviation.group().endswith("m."):
                    return True
                # "m." is metres too ("Pool, 25 m., heated"): a capitalised place or name must follow
                k = goes_on.end() + (1 if text.startswith(" ", goes_on.end()) else 0)
                if ctx.text.original_at(k, k + 1).isupper():
                    return True
        if _NON_AGE_UNIT.match(text, end):
            return False
        if (
            left.endswith(("(", "( "))
            and text.startswith(")", end)
            and Age._written_twice(ctx, text, start, end, value, left)
        ):
            return True  # "nineteen (19), first job abroad": the number in words, then its digits in brackets
        if (
            16 <= value <= 69
            and left.endswith((":", ": ", "=", "= "))
            and _STATS_AGE_LABEL.search(left)
            and _STATS_NEAR.search(text, max(0, start - 40), min(len(text), end + 40))
        ):
            return True  # "A: 23 · H: 5'6 · W: 120 lbs"
        if 14 <= value <= 69 and _PERSON_DE.search(left) is not None and _PROFILE_GOES_ON.match(text, end):
            return True  # "chica de 22, de Rosario": a person described by her age, the description ending there
        if left.endswith(("(", "( ")) and text.startswith(")", end) and _BIRTH_DATE_BEFORE.search(left):
            return True  # "DOB 12/03/2003 (22)": the age in brackets after a date of birth
        if _LEFT_STRONG.search(left):
            # a label whose language writes "years" before the number ("miaka 20 iliyopita": 20 years ago)
            return _NOT_AGE_AFTER_UNIT.match(text, end) is None
        if _BIRTHDAY_AFTER.match(text, end) is not None and _BIRTHDAY_OWNER.search(left) is not None:
            return True  # "celebrated my 20th birthday", "mi 20 cumpleaños"; not "the club's 20th birthday"
        if (text.startswith(("f", "m", "/f", "/m"), end)) and Age._sex_tag(ctx, text, start, end, value, left):
            return True  # "23F looking for…", "22/F/NYC"
        if 16 <= value <= 69 and _THIS_YEAR_BEFORE.search(left) and _THIS_YEAR_AFTER.match(text, end):
            return True  # "我今年22，来自上海", "今年で22になります", "올해 22예요": this year I am N
        weak = _LEFT_WEAK.search(left)
        if weak and (_SENTENCE_GOES_ON.match(text, end) or _symbol_after(text, end)):
            # German "im 20. Stock" is no "Im 20": an ordinal's full stop ends it
            return not (weak.group().startswith("im") and text.startswith(".", end))
        if (
            left.endswith(_NOW_ENDS)
            and _NOW_LEFT.search(left, max(0, len(left) - 16))
            and _BORN_BEFORE.search(text, max(0, start - 60), start)
        ):
            return True  # "born 2004 so 20 now"

        sex = _SEX_BEFORE.search(left)
        if sex is not None and 16 <= value <= 69 and _SENTENCE_GOES_ON.match(text, end):
            written = ctx.text.original_at(start - len(left) + sex.start("sex"), start - len(left) + sex.end("sex"))
            if not written.isalpha() or written.isupper():
                return True  # "F, 22, 165cm": a capital letter (or ♀) starting the line
        if 16 <= value <= 69 and (
            (_SEX_SIGN_BEFORE.search(left) and (_SENTENCE_GOES_ON.match(text, end) or _symbol_after(text, end)))
            or (_SEX_SIGN_AFTER.match(text, end) and not _SEX_SIGN_NOT_AFTER.search(left))
        ):
            return True  # "Lina ♀ 22 | Kraków", "Ana 23♀"
        glued = _SEX_GLUED_BEFORE.search(left) if 16 <= value <= 69 and left[-1:] in "/fm" else None
        if glued is not None and (glued.group("sex") is not None or text.startswith((")", "]"), end)):
            key = "sex" if glued.group("sex") is not None else "tag"
            if ctx.text.original_at(start - len(left) + glued.start(key), start - len(left) + glued.end(key)).isupper():
                return True  # "F/22 looking for …", "[F22] new in town"
        if left.endswith(("(", "[")) and 16 <= value <= 69 and (tag := _SEX_AFTER_IN_BRACKETS.match(text, end)):
            written = ctx.text.original_at(tag.start("sex"), tag.end("sex"))
            if not written.isalpha() or written.isupper():
                return True  # "(23, F)"
        if Age._answers_age_question(ctx, start, end):
            return True
        name = _NAME_BEFORE.search(left)
        if name is None or not 16 <= value <= 69 or name.group("name") in _NAME_STOP:
            return False
        if left.endswith("(") or left.endswith("( "):
            if not text.startswith(")", end):
                return False
        elif not _SENTENCE_GOES_ON.match(text, end) and not _pair_next(text, end):
            return False
        if left.rstrip().endswith("|") and Age._table_row(ctx, start):
            return False  # a row of a table: its columns are read by their header (``_table_ages``)
        written = ctx.text.original_at(start - len(left) + name.start("name"), start - len(left) + name.end("name"))
        if written in _PEOPLE_NOUNS:  # "Two girls, 21 & 23": people, then the ages of a pair
            return _pair_next(text, end)
        return written[:1].isupper() or (left.endswith(("(", "( ")) and written in _PERSON_NOUNS)

    @staticmethod
    def _written_twice(ctx: FieldContext, text: str, start: int, end: int, value: int, left: str) -> bool:
        """Whether the digits in brackets at ``start`` repeat the number in words just before them, and that number
        opens a profile: the text or a line starts there, or a capitalised name and a comma stand before it; a comma,
        a bar or the end follows the brackets ("nineteen (19), first job abroad"; not "twenty (20) minutes")."""
        goes_on = _PROFILE_GOES_ON.match(text, end + 1)
        if not 16 <= value <= 69 or goes_on is None:
            return False
        k = goes_on.end() + (1 if text.startswith(" ", goes_on.end()) else 0)
        if k < len(text) and (text[k].isdigit() or _words_after(text, k) is not None):
            return False  # a list of numbers: "twenty (20), thirty (30)"
        bracket = start - 1 if text[start - 1] == "(" else start - 2
        found = _word_age(text, bracket)
        if found is None or found[2] != value:
            return False
        before = text[max(0, found[0] - 30) : found[0]]
        if not before.strip() or Age._named(ctx, found[0], value, before):
            return True
        a, _ = ctx.text.span(found[0], found[0] + 1)
        line = ctx.text.original[max(0, a - 40) : a]
        return "\n" in line and line[line.rfind("\n") + 1 :].strip(" -*•·>") == ""

    @staticmethod
    def _under_age_label(text: str, start: int) -> bool:
        """Whether the number at ``start`` takes the place of the age in a list of labels joined by slashes."""
        m = _LABEL_LIST.search(text, max(0, start - 80), start)
        if m is None:
            return False
        labels = [label.strip() for label in m.group("labels").split("/")]
        place = m.group("values").count("/")
        return place < len(labels) and labels[place] in _LIST_AGE_LABELS

    @staticmethod
    def _named(ctx: FieldContext, start: int, value: int, left: str) -> bool:
        """Whether a capitalised name (no common word) and a comma or a bar stand just before the number."""
        name = _NAME_BEFORE.search(left)
        if name is None or not 16 <= value <= 69 or name.group("name") in _NAME_STOP or left.endswith("("):
            return False
        written = ctx.text.original_at(start - len(left) + name.start("name"), start - len(left) + name.end("name"))
        return written[:1].isupper()

    @staticmethod
    def _table_row(ctx: FieldContext, start: int) -> bool:
        """Whether the line of the view's offset ``start`` is a row of a table ("| Mia | 21 |"): it starts with a bar.

        Read in the original, where the lines still are.
        """
        a, _ = ctx.text.span(start, start + 1)
        original = ctx.text.original
        line_start = original.rfind("\n", 0, a) + 1
        return original[line_start:a].lstrip().startswith("|")

    @staticmethod
    def _answers_age_question(ctx: FieldContext, start: int, end: int) -> bool:
        """Whether the number alone on its line (after a speaker's name, perhaps) answers an age question asked on
        one of the two lines before ("me: how old r u?\nher: 19").

        Lines are read in the original: the normalised view writes a line break as a space.
        """
        original = ctx.text.original
        if "\n" not in original:
            return False  # a single line: the common case, decided without mapping offsets
        a, b = ctx.text.span(start, end)
        line_end = original.find("\n", b)
        line_end = len(original) if line_end < 0 else line_end
        line_start = original.rfind("\n", 0, a) + 1
        if line_start == 0 or _ANSWER_LINE_AFTER.fullmatch(original, b, line_end) is None:
            return False
        if _ANSWER_LINE_BEFORE.fullmatch(original, line_start, a) is None:
            return False
        question_from = max(0, line_start - _QUESTION_REACH)
        before = original[question_from:line_start].rstrip("\n").split("\n")[-2:]
        return any(_AGE_QUESTION.search(line.lower()) for line in before)  # chat drops the "?": "how old r u"
