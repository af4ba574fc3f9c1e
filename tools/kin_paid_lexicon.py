"""Write the ``terms:`` block of ``src/clew/rulepacks/_lexicons/kin_paid.yaml`` (the ``@kin_paid`` concept).

What the lexicon means: money or goods went to a person's OWN kin or guardian (mother, father, parents, family,
uncle, elders, guardian...) in exchange for that person. Payment to the family for a child or a bride is how the
sale of a person is written in the UNODC indicators (S2) and in the bride-trafficking reports (S28); the packs
read ``@kin_paid`` next to a child, a bride or a hand-over (``sp.kin_paid_for_person``, ``fm.bride_paid_to_kin``,
``sp.bride_sold_through_broker``).

Why it is directional: the kin must be the RECEIVER of the money. Parents and families pay all the time (school
fees, nannies, tutors, rent), so a kin word followed by a paying verb ("the mother paid", "los padres pagan") is
never written. Three shapes are combined, so that any kin word meets any paying word of its language:

* payer verb + kin as receiver ("paid the mother", "le dio a la mamá", "a versé aux parents", "заплатил отцу",
  "付给她家", "bayar ke orang tua");
* kin as subject + receiving verb with the money named ("the family got paid", "la familia cobró",
  "родители получили деньги", "家里收了钱"); bare "receive", "get" and "can" words are left out on purpose
  ("parents receive a report", "orang tua dapat memantau");
* bought from the kin ("купил у матери", "跟她父母买", "beli dari orang tua").

The word lists below are data, one block per language; the small functions after them say how they combine. The
order of the terms is the order of the combinations (kept stable so the committed file does not churn).

Regenerate: ``.venv/bin/python tools/kin_paid_lexicon.py`` rewrites only the ``terms:`` block and keeps the rest
of the YAML (name, description, sources, prefixes) as it is. ``--out PATH`` writes elsewhere; ``--check`` exits 1
when the committed file differs from what this tool writes. ``pytest tests/rules/test_kin_paid_lexicon.py``
checks the committed file is what this tool writes.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEXICON = ROOT / "src/clew/rulepacks/_lexicons/kin_paid.yaml"


# --- combination rules ------------------------------------------------------------------------------------------


def product(*parts: Iterable[str]) -> list[str]:
    """Every combination of one word from each list, in order, joined by spaces."""
    return [" ".join(p for p in combo if p) for combo in itertools.product(*parts)]


def payer_to_kin(verbs: Iterable[str], kin: Iterable[str], dative: Callable[[str], str] = str) -> list[str]:
    """Payer verb + kin as receiver, the kin put in its dative form ("le dio" + "a la mamá"), verb by verb."""
    return [f"{v} {dative(k)}" for v in verbs for k in kin]


def kin_received(kin: Iterable[str], verbs: Iterable[str]) -> list[str]:
    """Kin as subject + a verb of receiving money (or of selling), kin by kin."""
    return [f"{k} {r}" for k in kin for r in verbs]


def nouns(kin: Iterable[str]) -> list[str]:
    """The kin nouns without their article or possessive ("la madre", "sus padres", "l'oncle" -> "madre",
    "padres", "oncle"), once each, sorted: the subjects of the receiving verbs."""
    return sorted({k.split(" ", 1)[1] if " " in k else k.split("'", 1)[1] for k in kin})


def templates(kin: Iterable[str], patterns: Iterable[str]) -> list[str]:
    """Languages that glue or do not inflect (zh, th, vi, id): each pattern with ``{k}`` filled, kin by kin."""
    pats = list(patterns)
    return [p.format(k=k) for k in kin for p in pats]


# --- en -----------------------------------------------------------------------------------------------------------

EN_KIN = ["mother", "mum", "mom", "father", "dad", "parents", "parent", "family", "uncle", "aunt", "grandmother",
          "grandfather", "grandma", "elders", "guardian", "stepfather", "stepmother", "godmother", "relatives",
          "in-laws", "brother", "families"]  # fmt: skip
EN_DET = ["the", "her", "his", "their", "my", "our"]
EN_PAY = ["paid", "pays", "pay", "paying", "gave money to", "handed money to", "paid off"]
# the money is named with every receiving verb: bare "received" / "got" would read "parents received a report"
EN_RECEIVE = ["received money", "received the money", "received payment", "received cash", "received the dowry",
              "got paid", "gets paid", "get paid", "was paid", "were paid", "is paid", "are paid", "will be paid",
              "took the money", "takes the money", "took money", "pocketed", "accepted money", "accepted the money",
              "accepted cash", "got money", "gets money", "got cash", "collected the money", "was given money",
              "were given money", "got the cows", "took the cows", "took cattle", "got cattle", "received cattle",
              "got a cow", "took the dowry"]  # fmt: skip
EN_TO_DET = ["the", "her", "his", "their"]  # "(money) to the parents"
EN_TO_KIN = ["parents", "family", "father", "mother"]


def en() -> list[str]:
    return (
        product(EN_PAY, EN_DET, EN_KIN)
        + kin_received(EN_KIN, EN_RECEIVE)
        + [f"to {d} {k}" for d in EN_TO_DET for k in EN_TO_KIN]
    )


# --- es -----------------------------------------------------------------------------------------------------------

ES_KIN = ["la mamá", "la madre", "el papá", "el padre", "los padres", "los papás", "la familia", "el tío", "la tía",
          "la abuela", "el abuelo", "sus padres", "su familia", "su papá", "su mamá", "su madre", "su padre",
          "su tío", "mis padres", "mi familia", "mi papá", "mi mamá", "la madrina", "el padrastro",
          "los abuelos"]  # fmt: skip
ES_PAY = ["le pagó", "le pagaron", "le paga", "le pagan", "le dio", "le dieron", "le da", "le dan", "pagó", "pagaron",
          "paga", "pagan", "le pagamos", "pagamos", "le dimos", "le daban", "le pagaba", "le pagaban",
          "le entregó dinero", "le entregaron dinero"]  # fmt: skip
ES_RECEIVE = ["recibió dinero", "recibió el dinero", "recibió la plata", "recibió plata", "recibió un pago",
              "recibió el pago", "recibieron dinero", "recibieron el dinero", "recibieron la plata",
              "recibieron plata", "recibieron un pago", "cobró", "cobraron", "cobra", "cobran", "agarró la plata",
              "agarraron la plata", "se quedó con la plata", "aceptó el dinero", "aceptaron el dinero",
              "aceptó la plata", "aceptaron la plata"]  # fmt: skip


def es_dative(kin: str) -> str:
    """'el padre' -> 'al padre', 'la madre' -> 'a la madre'."""
    return "al " + kin[3:] if kin.startswith("el ") else "a " + kin


def es() -> list[str]:
    return payer_to_kin(ES_PAY, ES_KIN, es_dative) + kin_received(nouns(ES_KIN), ES_RECEIVE)


# --- fr -----------------------------------------------------------------------------------------------------------

FR_KIN = ["la mère", "la maman", "le père", "le papa", "les parents", "la famille", "l'oncle", "la tante",
          "la marraine", "la grand-mère", "le grand-père", "le tuteur", "sa mère", "son père", "ses parents",
          "sa famille", "son oncle", "sa tante", "sa marraine", "sa grand-mère", "ma famille", "mes parents",
          "mon père", "ma mère", "le beau-père", "les aînés", "les anciens"]  # fmt: skip
# with "à": verbs, and the money itself ("de l'argent aux parents", "une somme à la famille")
FR_PAY_TO = ["a payé", "ont payé", "paie", "paye", "paient", "payé", "a donné", "ont donné", "donne", "donnent",
             "donné", "versé", "versée", "versés", "a versé", "ont versé", "verse", "versent", "de l'argent",
             "l'argent", "une somme", "remis"]  # fmt: skip
# "payer" takes the person paid as its direct object: "a payé la mère"
FR_PAY_DIRECT = ["a payé", "ont payé", "paie", "paye", "paient", "payé", "avait payé"]
FR_RECEIVE = ["a reçu de l'argent", "a reçu l'argent", "a reçu une somme", "a reçu la somme",
              "ont reçu de l'argent", "ont reçu l'argent", "ont reçu une somme", "a touché l'argent",
              "ont touché l'argent", "a touché la somme", "a pris l'argent", "ont pris l'argent",
              "a accepté l'argent", "ont accepté l'argent", "a encaissé", "ont encaissé", "a été payée",
              "a été payé", "ont été payés", "est payée", "sont payés"]  # fmt: skip


def fr_dative(kin: str) -> str:
    """'le père' -> 'au père', 'les parents' -> 'aux parents', else 'à ...'."""
    if kin.startswith("le "):
        return "au " + kin[3:]
    if kin.startswith("les "):
        return "aux " + kin[4:]
    return "à " + kin


def fr() -> list[str]:
    terms = (
        payer_to_kin(FR_PAY_TO, FR_KIN, fr_dative)
        + kin_received(nouns(FR_KIN), FR_RECEIVE)
        + payer_to_kin(FR_PAY_DIRECT, FR_KIN)
    )
    return terms + [t.replace("'", "’") for t in terms if "'" in t]  # the typographic apostrophe too


# --- ru -----------------------------------------------------------------------------------------------------------

RU_KIN_DATIVE = ["матери", "маме", "мамке", "отцу", "папе", "родителям", "семье", "родне", "родственникам", "дяде",
                 "тёте", "тете", "бабушке", "деду", "дедушке", "отчиму", "мачехе", "опекуну", "старейшинам",
                 "её родителям", "ее родителям", "его родителям", "её семье", "ее семье", "его семье",
                 "его матери", "её матери", "ее матери", "её отцу", "ее отцу", "его отцу"]  # fmt: skip
# verbs, and the money itself ("половина родителям", "деньги отцу")
RU_PAY = ["заплатил", "заплатила", "заплатили", "заплатит", "заплатят", "платит", "платят", "платил", "платили",
          "дал", "дала", "дали", "даёт", "дает", "дают", "отдал деньги", "отдали деньги", "отдал", "отдали",
          "передал деньги", "передали деньги", "выплатил", "выплатили", "половина", "деньги", "денег", "оплата",
          "плата"]  # fmt: skip
RU_KIN_NOMINATIVE = ["мать", "мама", "мамка", "отец", "папа", "родители", "семья", "родня", "родственники", "дядя",
                     "тётя", "тетя", "бабушка", "дед", "дедушка", "отчим", "мачеха", "опекун",
                     "старейшины"]  # fmt: skip
RU_RECEIVE = ["получил деньги", "получила деньги", "получили деньги", "получил калым", "получили калым",
              "получил выкуп", "получили выкуп", "взял деньги", "взяла деньги", "взяли деньги", "взял калым",
              "взяли калым", "берут деньги", "берёт деньги", "продал*"]  # fmt: skip
RU_BOUGHT = ["купил у", "купила у", "купили у"]
RU_KIN_GENITIVE = ["матери", "мамы", "отца", "родителей", "семьи", "родни", "дяди", "тёти", "бабушки", "отчима",
                   "опекуна"]  # fmt: skip


def ru() -> list[str]:
    return (
        payer_to_kin(RU_PAY, RU_KIN_DATIVE)
        + kin_received(RU_KIN_NOMINATIVE, RU_RECEIVE)
        + payer_to_kin(RU_BOUGHT, RU_KIN_GENITIVE)
    )


# --- zh -----------------------------------------------------------------------------------------------------------

ZH_KIN = ["父母", "爸妈", "她爸", "他爸", "她妈", "他妈", "家里", "家长", "娘家", "女方家", "她家", "他家", "她父母",
          "他父母", "她爸妈", "他爸妈", "父亲", "母亲", "爸爸", "妈妈", "叔叔", "舅舅", "奶奶", "爷爷", "亲戚", "养父",
          "继父", "监护人"]  # fmt: skip
# money to the kin, the kin took or sold, bought from the kin
ZH_PATTERNS = ["钱给{k}", "付给{k}", "{k}收了", "{k}收钱", "{k}拿了", "{k}拿钱", "{k}收到钱", "{k}卖了", "从{k}手里买",
               "跟{k}买", "向{k}买", "{k}那里买", "{k}那买"]  # fmt: skip


def zh() -> list[str]:
    return templates(ZH_KIN, ZH_PATTERNS)


# --- ar (the pack's prefixes و and ف are added by the loader) ------------------------------------------------------

AR_KIN_TO = ["لأمه", "لامه", "لأمها", "لامها", "لأبوه", "لابوه", "لأبوها", "لابوها", "لأبيها", "لأبيه", "للأب", "للاب",
             "للأم", "للام", "للأهل", "للاهل", "لأهلها", "لاهلها", "لأهله", "لاهله", "لأهلهم", "لاهلهم", "لعمها",
             "لعمه", "لخالها", "لخاله", "لجدها", "لجده", "لأمهم", "لابوهم", "لأبوهم", "للعائلة", "لعيلتها", "لعيلته",
             "للوالدين", "لوالدها", "لوالده", "لوالديها", "لوالديه"]  # fmt: skip
# verbs, and the money itself ("الفلوس لأبوها")
AR_PAY = ["دفع", "دفعوا", "دفعت", "يدفع", "يدفعوا", "عطى", "أعطى", "اعطى", "عطوا", "أعطوا", "اعطوا", "فلوس", "المبلغ",
          "الفلوس", "نص المبلغ"]  # fmt: skip
AR_KIN = ["أبوه", "ابوه", "أبوها", "ابوها", "أبوهم", "ابوهم", "أمه", "امه", "أمها", "امها", "أمهم", "امهم", "الأب",
          "الاب", "الأم", "الام", "الأهل", "الاهل", "أهلها", "اهلها", "أهله", "اهله", "أهلهم", "اهلهم", "عمها", "عمه",
          "خالها", "خاله", "العيلة", "العائلة", "عيلتها", "عيلته", "الوالد", "والدها", "والده", "جدها",
          "جده"]  # fmt: skip
AR_RECEIVE = ["قبض", "قبضت", "قبضوا", "أخذوا الفلوس", "اخذوا الفلوس", "خدوا الفلوس", "أخذ الفلوس", "اخذ الفلوس",
              "استلم الفلوس", "استلموا الفلوس", "استلم المبلغ", "استلموا المبلغ", "يقبض", "يقبضوا", "باع", "باعت",
              "باعوا"]  # fmt: skip
# Arabic puts the verb first as often as not: "قبض أبوها", "باعوا أهلها"
AR_RECEIVE_FIRST = ["قبض", "قبضت", "قبضوا", "باع", "باعت", "باعوا"]
AR_BOUGHT_HIM = ("اشتراه من", ["أمه", "امه", "أبوه", "ابوه", "أهله", "اهله"])
AR_BOUGHT_HER = ("اشتراها من", ["أمها", "امها", "أبوها", "ابوها", "أهلها", "اهلها"])


def ar() -> list[str]:
    return (
        payer_to_kin(AR_PAY, AR_KIN_TO)
        + kin_received(AR_KIN, AR_RECEIVE)
        + [f"{r} {k}" for k in AR_KIN for r in AR_RECEIVE_FIRST]
        + payer_to_kin([AR_BOUGHT_HIM[0]], AR_BOUGHT_HIM[1])
        + payer_to_kin([AR_BOUGHT_HER[0]], AR_BOUGHT_HER[1])
    )


# --- pt -----------------------------------------------------------------------------------------------------------

PT_KIN = ["a mãe", "a mae", "o pai", "os pais", "a família", "a familia", "o tio", "a tia", "a avó", "o avô",
          "a madrinha", "o padrasto", "sua mãe", "seu pai", "seus pais", "sua família", "a mãe dela", "a mãe dele",
          "o pai dela", "o pai dele", "os pais dela", "os pais dele", "a família dela", "a família dele",
          "o tio dela", "meus pais", "minha família", "meu pai", "minha mãe"]  # fmt: skip
# verbs, and the money itself ("dinheiro aos pais")
PT_PAY = ["pagou", "pagaram", "paga", "pagam", "pagamos", "deu", "deram", "dá", "dão", "entregou dinheiro",
          "entregaram dinheiro", "repassou", "dinheiro", "mandou dinheiro"]  # fmt: skip
# "pagar" also takes the person paid as its direct object: "pagou o pai" (only with an article)
PT_PAY_DIRECT = ["pagou", "pagaram"]
PT_ARTICLES = ("o ", "a ", "os ", "as ")
PT_RECEIVE = ["recebeu dinheiro", "recebeu o dinheiro", "recebeu o pagamento", "receberam dinheiro",
              "receberam o dinheiro", "receberam o pagamento", "pegou o dinheiro", "pegaram o dinheiro",
              "aceitou o dinheiro", "aceitaram o dinheiro", "embolsou", "vendeu", "venderam"]  # fmt: skip


def pt_dative(kin: str) -> str:
    """'o pai' -> 'ao pai', 'os pais' -> 'aos pais', 'a mãe' -> 'à mãe', 'as ...' -> 'às ...', else 'a ...'."""
    for article, contracted in (("o ", "ao "), ("os ", "aos "), ("a ", "à "), ("as ", "às ")):
        if kin.startswith(article):
            return contracted + kin[len(article) :]
    return "a " + kin


def pt() -> list[str]:
    terms: list[str] = []
    for verb in PT_PAY:  # verb by verb: the dative forms, then the direct objects
        terms += payer_to_kin([verb], PT_KIN, pt_dative)
        if verb in PT_PAY_DIRECT:
            terms += payer_to_kin([verb], [k for k in PT_KIN if k.startswith(PT_ARTICLES)])
    return terms + kin_received(nouns(PT_KIN), PT_RECEIVE)


# --- ro -----------------------------------------------------------------------------------------------------------

RO_KIN_DATIVE = ["mamei", "mamii", "tatălui", "tatalui", "părinților", "parintilor", "familiei", "unchiului",
                 "mătușii", "matusii", "bunicii", "bunicului", "tatei", "mamei ei", "tatălui ei", "tatalui ei",
                 "părinților ei", "parintilor ei", "familiei ei", "mamei lui", "tatălui lui",
                 "părinților lui"]  # fmt: skip
# verbs (with and without diacritics), and the money itself ("banii tatălui")
RO_PAY = ["a plătit", "a platit", "au plătit", "au platit", "plătește", "plateste", "i-a dat", "i-au dat", "le-a dat",
          "le-au dat", "a dat", "au dat", "dă", "da", "banii", "bani"]  # fmt: skip
RO_KIN = ["mama", "tata", "tatăl", "tatal", "părinții", "parintii", "familia", "unchiul", "mătușa", "matusa", "bunica",
          "bunicul", "mama ei", "tatăl ei", "tatal ei", "părinții ei", "parintii ei", "familia ei", "mama lui",
          "tatăl lui", "părinții lui", "familia lui"]  # fmt: skip
RO_RECEIVE = ["a primit bani", "a primit banii", "a primit suma", "au primit bani", "au primit banii",
              "au primit suma", "a luat banii", "au luat banii", "a încasat", "a incasat", "au încasat",
              "au incasat", "a acceptat banii", "au acceptat banii", "a vândut", "a vandut", "au vândut",
              "au vandut", "m-a vândut", "m-a vandut"]  # fmt: skip


def ro() -> list[str]:
    return payer_to_kin(RO_PAY, RO_KIN_DATIVE) + kin_received(RO_KIN, RO_RECEIVE)


# --- th -----------------------------------------------------------------------------------------------------------

TH_KIN = ["พ่อแม่", "พ่อ", "แม่", "ครอบครัว", "ทางบ้าน", "ที่บ้าน", "ญาติ", "ลุง", "ป้า", "น้า", "ยาย", "ตา", "ปู่", "ย่า",
          "ผู้ปกครอง", "พ่อเลี้ยง", "แม่เลี้ยง", "พ่อแม่ฝ่ายหญิง", "ครอบครัวฝ่ายหญิง"]  # fmt: skip
# give money to / pay / payment to the kin; the kin got money, took money, sold; bought from the kin
TH_PATTERNS = ["ให้เงิน{k}", "จ่าย{k}", "จ่ายให้{k}", "จ่ายเงินให้{k}", "ค่าตอบแทน{k}", "ค่าตอบแทนให้{k}", "{k}ได้เงิน",
               "{k}รับเงิน", "{k}ขาย", "ซื้อจาก{k}", "ซื้อมาจาก{k}"]  # fmt: skip


def th() -> list[str]:
    return templates(TH_KIN, TH_PATTERNS)


# --- vi -----------------------------------------------------------------------------------------------------------

VI_KIN = ["bố mẹ", "cha mẹ", "ba mẹ", "bố", "mẹ", "cha", "ba", "má", "gia đình", "nhà gái", "nhà cô gái", "người nhà",
          "họ hàng", "chú", "bác", "cậu", "dì", "ông bà", "bà nội", "bà ngoại", "bố dượng", "mẹ kế", "người giám hộ",
          "gia đình cô gái", "bố mẹ cô gái", "bố mẹ em", "gia đình em", "nhà em", "nhà"]  # fmt: skip
VI_PATTERNS = ["trả cho {k}", "đưa tiền cho {k}", "gửi tiền cho {k}", "{k} nhận tiền", "{k} nhận được tiền",
               "{k} được tiền", "{k} được trả", "{k} lấy tiền", "{k} bán", "mua của {k}", "mua từ {k}",
               "{k} đã nhận tiền", "{k} được nhận tiền"]  # fmt: skip
# "nhà bán" is a house for sale, "ba bán" also "three sell"; "cha bán", "má bán" are left out with them
VI_EXCLUDED = {"nhà bán", "cha bán", "ba bán", "má bán"}
# the groom's side paying: the bride's family is the receiver
VI_GROOM_PAYS = ["nhà trai trả", "nhà trai đưa", "nhà trai chi"]


def vi() -> list[str]:
    return [t for t in templates(VI_KIN, VI_PATTERNS) if t not in VI_EXCLUDED] + VI_GROOM_PAYS


# --- id -----------------------------------------------------------------------------------------------------------

ID_KIN = ["orang tua", "orangtua", "ortu", "ibu", "bapak", "bapaknya", "ibunya", "ayah", "ayahnya", "keluarga",
          "keluarganya", "keluarga dia", "paman", "bibi", "nenek", "kakek", "wali", "ayah tiri", "ibu tiri",
          "orang tuanya", "orangtuanya", "ortunya", "emak", "emaknya", "mamak", "bapak dia"]  # fmt: skip
ID_PATTERNS = ["{k} dikasih", "{k} diberi", "{k} dibayar", "{k} dapat uang", "{k} dapat duit", "{k} dapat mahar",
               "{k} terima", "{k} menerima", "{k} dapet duit", "{k} jual", "{k} menjual", "bayar ke {k}",
               "bayar {k}", "dibayar ke {k}", "kasih ke {k}", "ngasih {k}", "ngasih ke {k}", "beli dari {k}",
               "dibeli dari {k}", "uang ke {k}", "uang untuk {k}", "imbalan untuk {k}"]  # fmt: skip
# 'ibu', 'bapak' and 'ayah' are also how one addresses anyone ("Ibu dapat uang kembali"): as the first word of a
# term they are kept only before these passive or explicit verbs
ID_TITLE_WORDS = ("ibu ", "bapak ", "ayah ")
ID_TITLE_VERBS = ("dikasih", "diberi", "dibayar", "jual", "menjual", "menerima")


def id_() -> list[str]:
    terms = templates(ID_KIN, ID_PATTERNS)
    return [t for t in terms if not t.startswith(ID_TITLE_WORDS) or t.split(" ")[1] in ID_TITLE_VERBS]


# --- the file -----------------------------------------------------------------------------------------------------

LANGUAGES: dict[str, Callable[[], list[str]]] = {
    "en": en, "es": es, "fr": fr, "ru": ru, "zh": zh, "ar": ar, "pt": pt, "ro": ro, "th": th, "vi": vi, "id": id_,
}  # fmt: skip


def terms() -> dict[str, list[str]]:
    """Each language's terms, stripped, the first of any duplicates kept."""
    return {lang: list(dict.fromkeys(t.strip() for t in build() if t)) for lang, build in LANGUAGES.items()}


def _quote(term: str) -> str:
    return '"' + term.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(current: str) -> str:
    """``current`` with its ``terms:`` block (the end of the file) rewritten."""
    lines = current.split("\n")
    head = lines[: lines.index("terms:") + 1]
    body = [f"  {lang}: [" + ", ".join(_quote(t) for t in words) + "]" for lang, words in terms().items()]
    return "\n".join(head + body) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    current = LEXICON.read_text(encoding="utf-8")
    text = render(current)
    if args == ["--check"]:
        if text != current:
            print(f"{LEXICON} differs from what tools/kin_paid_lexicon.py writes: run it", file=sys.stderr)
            return 1
        return 0
    if len(args) == 2 and args[0] == "--out":
        out = Path(args[1])
    elif not args:
        out = LEXICON
    else:
        print("usage: kin_paid_lexicon.py [--check | --out PATH]", file=sys.stderr)
        return 2
    out.write_text(text, encoding="utf-8")
    print(f"{out}: " + ", ".join(f"{lang} {len(t)}" for lang, t in terms().items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
