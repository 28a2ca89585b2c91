"""Clues in the words around a pronoun or its noun: a quoted speaker, a written-out pair, a
plural subject for *zichzelf*, a named person, how far a generic noun's reach goes, and
pronouns that point at nobody (*haar* the hair, *op z'n tijd*, *gebruiken we hij, hem en
zijn*)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from anderebril.textscan.context import CLAUSE_END_RE
from anderebril.textscan.first_names import first_name_in
from anderebril.textscan.pronoun_grammar import NL, PAST_VERBS
from anderebril.textscan.tokenize import (
    WORD_RE,
    Token,
    is_all_caps,
    is_sentence_start,
    key_of,
    sentence_around,
    wordset,
)

MAX_SENTENCES: Final = 3
_SENTENCE_END_RE: Final = re.compile(r"[.!?](?=[\s\"']|$)")
MAX_REACH: Final = 600
SPEECH_VERBS: Final = wordset(
    "zegt zei vertelt vertelde legt legde lacht lachte vindt vond aldus antwoordt antwoordde "
    "benadrukt benadrukte verklaart verklaarde roept riep stelt stelde grapt grapte zucht "
    "zuchtte meent meende reageert reageerde constateert constateerde omschrijft omschreef "
    "beschrijft beschreef"
)
_QUOTES: Final = frozenset("'\"‘’“”„")
_RELATIVES: Final = wordset("die dat waarmee waarop waarin")
#: A first name and a surname, with an optional tussenvoegsel: " Ramon Janssen", " Jan de Vries".
FULL_NAME_RE: Final = re.compile(
    r" [A-Z][a-zà-ÿ]+ (?:(?:van|de|der|den|ter|ten|het|'t|van de|van der|van den) )?[A-Z][a-zà-ÿ]+"
)
#: Verbs that tell what one of an organisation's people said or did: *Een medewerker van ING
#: belde …*, *een werknemer van DSM die het vertikte …*.
NEWS_VERBS: Final = PAST_VERBS | wordset("laat meldt")


def speaker(text: str, tokens: list[Token], i: int) -> bool:
    """*'…', zegt hij* and *zegt hij: '…'*: *hij* after a verb of saying next to a quotation
    is the man quoted, a specific person."""
    if i == 0:
        return False
    if key_of(tokens[i - 1].text) == "wil" and _WANTS_TO_SAY_RE.match(text, tokens[i].end):
        # "…, wil hij maar zeggen.": what the man quoted means, as "zegt hij" after it
        return "," in text[max(0, tokens[i - 1].start - 3) : tokens[i - 1].start]
    if key_of(tokens[i - 1].text) not in SPEECH_VERBS:
        return False
    verb_at = tokens[i - 1].start
    if i >= 2 and key_of(tokens[i - 2].text) == "zo":
        verb_at = tokens[i - 2].start  # "'…', zo stelde hij"
    before_verb = text[max(0, verb_at - 4) : verb_at]
    if any(c in _QUOTES for c in before_verb):
        return True
    closing = text[tokens[i].end : tokens[i].end + 2].lstrip(" ")[:1]
    if "," in before_verb and closing in (".", "!") and not opens_with_condition(text, tokens, i):
        return True  # "…, maar die heeft hem het vak niet opgedrongen, zegt hij."
    after_pronoun = text[tokens[i].end : tokens[i].end + 2].lstrip(" ")
    # "zegt hij: '…'" is the man quoted only when a named man is in the text just before
    window = text[max(0, tokens[i].start - 400) : tokens[i].start]
    return after_pronoun[:1] == ":" and FULL_NAME_RE.search(window) is not None


_WANTS_TO_SAY_RE: Final = re.compile(
    r"[ \t]+(?:maar[ \t]+|dus[ \t]+)?(?:zeggen|benadrukken|aangeven)[ \t]*[.!]", re.IGNORECASE
)


def acronym(word: str) -> bool:
    """*BBL-er*, *ICT'er*: capitals of an abbreviation, not of a name."""
    first = re.split(r"[-'’]", word, maxsplit=1)[0]
    return len(first) >= 2 and first.isupper()


def plural_reflexive(text: str, tokens: list[Token], i: int) -> bool:
    """*zichzelf* is not masculine in itself: it is not a finding with a plural subject in its
    clause (*ze*, *wij*, *mensen die …*) or in the idiom *op zichzelf*."""
    if i > 0 and key_of(tokens[i - 1].text) == "op":
        nxt = key_of(tokens[i + 1].text) if i + 1 < len(tokens) else ""
        if nxt in _ON_ITS_OWN:
            return True  # "een opdracht die op zichzelf staat"
    for k in range(i - 1, max(-1, i - 9), -1):
        word = key_of(tokens[k].text)
        if word in _PLURAL_PRONOUNS:
            return True
        if word in ("die", "dat") and k > 0:
            before = key_of(tokens[k - 1].text)
            return len(before) > 3 and before.endswith(("en", "s", "'s"))
        if word in _PLURAL_FINITE and k == i - 1 and k > 0 and _plural_subject(text, tokens, k - 1):
            return True  # "Onze assistenten hebben zichzelf ontwikkeld"
        if is_sentence_start(text, tokens[k].start):
            break
    return False


def _plural_subject(text: str, tokens: list[Token], k: int) -> bool:
    """A plural noun that opens its sentence, after a determiner if any: *(Onze) assistenten*;
    not the object of a verb before it (*moet klanten kunnen overtuigen*)."""
    noun = key_of(tokens[k].text)
    if len(noun) <= 4 or not noun.endswith(("en", "s", "'s")):
        return False
    if k > 0 and key_of(tokens[k - 1].text) in _PLURAL_DETERMINERS:
        k -= 1
    return is_sentence_start(text, tokens[k].start)


_PLURAL_DETERMINERS: Final = wordset("de onze alle deze die veel hun jullie mijn zijn haar")
_PLURAL_PRONOUNS: Final = NL.plural_subjects - {"er"}
#: Plural finite verbs that follow their subject: *Onze assistenten hebben zichzelf …*.
_PLURAL_FINITE: Final = wordset("hebben kunnen moeten willen mogen zullen worden gaan zien")
_CONDITIONS: Final = wordset("als wanneer zodra indien omdat nadat voordat terwijl")


def opens_with_condition(text: str, tokens: list[Token], i: int) -> bool:
    """*Als er iets misgaat, zegt hij …*: the verb of a main clause after a subordinate one,
    not a reporting clause."""
    verb_at = tokens[i - 1].start
    window_start = max(0, verb_at - 400)
    ends = [text.rfind(mark, window_start, verb_at) for mark in (". ", "! ", "? ", "\n")]
    sentence_start = max(ends)
    if sentence_start == -1:
        if window_start > 0:
            return True  # no sentence start in sight: do not guess
        sentence_start = 0
    first = WORD_RE.search(text, sentence_start, verb_at)
    return first is None or key_of(first[0]) in _CONDITIONS


_ON_ITS_OWN: Final = wordset("staat staan staand staande gezien genomen")


def relative_clause(tokens: list[Token], i: int, thing_at: int, kind: str) -> bool:
    """*een vaste wagen, die hij zelf schoonhoudt*: the relative pronoun stands for the thing,
    so the *hij* or *hem* right after it is someone else."""
    return (
        kind in ("subject", "object")
        and i - thing_at == 2
        and key_of(tokens[i - 1].text) in _RELATIVES
    )


_PAIRED: Final = frozenset(["zij", "ze", "haar", "she", "her", "hers"])


def in_pair(tokens: list[Token], i: int, text: str) -> bool:
    """Whether the pronoun at ``i`` is half of a written-out pair: *hij of zij*, *zij of hij*,
    *zijn of haar*, *he or she*."""
    linkers = ("of", "en", "or", "and")
    if i + 1 < len(tokens) and key_of(tokens[i + 1].text) in _PAIRED:
        glue = text[tokens[i].end : tokens[i + 1].start].strip(" ")
        if glue in ("-", "/"):
            return True  # "hij-zij", "hij / zij": written as one pair
    if (
        i + 2 < len(tokens)
        and key_of(tokens[i + 1].text) in linkers
        and key_of(tokens[i + 2].text) in _PAIRED
    ):
        return True
    if i >= 2 and key_of(tokens[i - 1].text) in linkers:
        return key_of(tokens[i - 2].text) in _PAIRED
    return False


_FROM_PLACE_RE: Final = re.compile(r"[ \t]+(?:uit|van|from)[ \t]+[A-Z][\w'-]+")


def quoted_speaker(text: str, start: int) -> bool:
    """*Dat constateert een stukadoor die …*, *“…”, zegt een monteur*: the noun after a verb
    of saying, right after a quote or *Dat*/*Dit*, is the one person the news quotes (not
    *Maandelijks vertelt een landmachter over …*, a different one each month)."""
    words = text[max(0, start - 50) : start].split()[-4:]
    # "zegt een mannelijke verpleger": one adjective may stand before the noun
    adjective = (
        len(words) == 4
        and words[2].lower() in ("een", "de")
        and _ADJECTIVE_RE.fullmatch(words[3]) is not None
    )
    words = words[:3] if adjective else words[-3:]
    if len(words) == 3 and words[0] == "zo" and words[1].lower() in SPEECH_VERBS:
        # "“Hahaha, je wordt zuster”, zo omschrijft een mannelijke verpleger …"
        before_zo = text[max(0, start - 60) : start].rsplit(" zo ", 1)[0].rstrip()
        return words[2].lower() in ("een", "de") and before_zo[-2:-1] in _CLOSING_QUOTES
    if len(words) < 3 or words[1].lower() not in SPEECH_VERBS:
        return False
    opener = words[0].rstrip(",")
    if words[2].lower() == "de":  # "'…', vertelt de ambachtsman": the one just quoted
        if opener[-1:] in _CLOSING_QUOTES:
            return True
        # "Een mooi vak, vindt de timmerman van nu", "…, vindt de gemiddelde vakman": a type
        return (
            not adjective
            and _OF_OUR_TIME_RE.match(text, start + len(text[start:].split(" ", 1)[0])) is None
            and _said_before_comma(text, start, words)
        )
    if words[2].lower() != "een":
        return False
    if opener in ("Dat", "Dit"):  # "Dat constateert een stukadoor in Amsterdam"
        # not "Dit zegt een leerling als hij klaar is": what anyone says whenever
        following = text[start : start + 60].split()[1:2]
        return not following or following[0].lower() not in _WHENEVER
    if opener[-1:] in _CLOSING_QUOTES:
        return True  # "“…”, zegt een monteur"
    return _said_before_comma(text, start, words)


_OF_OUR_TIME_RE: Final = re.compile(r"[ \t]+van (?:nu|vandaag|morgen|de toekomst)\b")


def _said_before_comma(text: str, start: int, words: list[str]) -> bool:
    """*De vraag is enorm, zegt een installateur*, *Erg droevig, vindt de zorgboerin het …*:
    a statement quoted without quote marks; not *Hoe je … oplost, legt een monteur uit* (a
    clause that leads into the verb)."""
    if not words[0].endswith(","):
        return False
    said = [
        w.strip("„“‘'\"").lower()
        for w in text[sentence_around(text, start, start, 200)[0] : start].split()
    ]
    if len(said) > 1 and said[0] in ("dat", "dit", "het") and said[1] in _IS:
        return True  # "Dat is een prachtig vak, zegt de kapster": a statement, not "Dat je …"
    return bool(said) and said[0] not in _LEADING_INTO


_IS: Final = wordset("is was blijft lijkt klinkt wordt")


#: Words that open a clause leading into the main verb, not a statement: "Hoe je …, legt …".
_LEADING_INTO: Final = wordset(
    "hoe wat waar wanneer als of dat welke wie waarom omdat hoewel zodra nadat voordat terwijl "
    "zoals doordat indien tijdens na voor om aan binnen bij in op per elke iedere ieder "
    "daarna daarom dan tot vanaf sinds"
)
_WHENEVER: Final = wordset("als wanneer zodra indien telkens steeds vaak meestal altijd")
_CLOSING_QUOTES: Final = frozenset("'\"’”")
#: An inflected adjective before a quoted speaker's noun: "mannelijke", "oudere".
_ADJECTIVE_RE: Final = re.compile(r"[a-zà-ÿ]+e")


def from_place(text: str, end: int) -> bool:
    """Whether the noun is followed by *uit/van* and a capitalised place or company name."""
    match = _FROM_PLACE_RE.match(text, end, end + 60)
    if match is None or is_sentence_start(text, match.end()):
        return False
    # "een bedrijfsadviseur van SBB", "een monteur van KPN": any of an organisation's people,
    # unless the news tells what one of them said or did ("Een woordvoerder van NS zei …")
    if not is_all_caps(match[0].split()[-1]):
        return True
    told = text[match.end() : match.end() + 60].lower().split()[:6]
    if "die" in told[:1]:  # "van DSM die het vertikte om …": the relative clause tells it
        return _told_in_clause(told)
    return any(w in SPEECH_VERBS or w in NEWS_VERBS for w in told[:2])


def _told_in_clause(told: list[str]) -> bool:
    """Whether a relative clause (*die het vertikte om …, kreeg …*) tells what one person did:
    a past verb of doing in it (not an auxiliary: *die ziek was*, *die moest*), and no
    present-tense main verb after it (*die ziek werd, meldt zich …* is any of them)."""
    for at, word in enumerate(told):
        verb = word.strip(",.")
        if verb in PAST_VERBS and verb not in _AUXILIARIES:
            if word.endswith(","):
                rest = told[at + 1 : at + 2]
                return not rest or not (rest[0].endswith("t") and rest[0] not in PAST_VERBS)
            return True
        if word.endswith(","):
            return False  # the clause ends: "die ziek was, meldt zich …"
    return False


_AUXILIARIES: Final = wordset(
    "was waren had hadden werd werden kon konden moest moesten wilde wilden zou zouden"
)


#: The start of a list item: a bullet, a dash or a number.
#: A number alone at the start of a line, before its full stop: a list item's.
_ITEM_NUMBER_RE: Final = re.compile(r"(?:^|\n)[ \t]*\d{1,3}\Z")
#: "2) Hij eist …", "• Hij begeleidt …", "Hij/zij staat in voor …" (the pair stands for the
#: same person)
_PRONOUN_OPENS_RE: Final = re.compile(
    r"(?:\(?\w{1,2}[.)][ \t]+|[•·*▪◦-][ \t]+)?Hij(?:\s|[ \t]?/[ \t]?[zZ]ij\b)"
)
#: *hij* in a paragraph's first sentence after a few words: *Bij de uitvoering … is hij …*
_PRONOUN_IN_OPENER_RE: Final = re.compile(
    r"[^.!?\n]{0,60}?\b(?:is|kan|moet|zal|mag|wil|werkt|staat|zorgt) hij\b"
)


def _nobody_in_view(text: str, start: int, para: int) -> bool:
    """Whether the paragraph of a generic noun (which ends at ``para``) names nobody: no
    quote (*'…', zegt hij*) and no first name (*Tom is vrachtwagenchauffeur. Een chauffeur
    …*), so that a paragraph after it that opens with *Hij* can only mean the noun."""
    lo = text.rfind("\n\n", 0, start) + 1
    if _QUOTE_OPENS_RE.search(text, lo, para) is not None:
        return False
    return not first_name_in(text, lo, para)


def _pronoun_opens(text: str, start: int) -> bool:
    """Whether the paragraph at ``start`` opens with *Hij* or puts *hij* right after the verb
    of its first sentence (*Bij de uitvoering van het werk is hij …*): it goes on about the
    person of the paragraph before."""
    if _PRONOUN_OPENS_RE.match(text, start):
        return True
    if text.find(" hij", start, start + 80) == -1:
        return False  # the usual case, found without the regex
    return _PRONOUN_IN_OPENER_RE.match(text, start) is not None


_QUOTE_OPENS_RE: Final = re.compile(r"(?:^|[\s(])[\"“„‘'](?=\w)", re.MULTILINE)
_LIST_ITEM_RE: Final = re.compile(r"(?:[•·*▪◦-]|\d{1,2}[.)])[ \t]")


def reach_end(text: str, start: int) -> int:
    """The end of the antecedent's reach: a blank line, or ``MAX_SENTENCES`` sentence ends."""
    hi = min(len(text), start + MAX_REACH)
    para = text.find("\n\n", start, hi)
    in_list = False
    while para != -1:
        after_blank = para + 2
        while after_blank < hi and text[after_blank] in "\n \t":
            after_blank += 1
        if text[after_blank : after_blank + 1].islower() and text[para - 1 : para].isalpha():
            pass  # "vertegenwoordigt de vereniging\n\nnaar buiten": a sentence split in two
        elif text[max(start, para - 3) : para].rstrip(" \t").endswith(":"):
            # "leert de praktijkbegeleider:" + a blank line + the list: the list is in the reach
            in_list = True
        elif not (in_list and _LIST_ITEM_RE.match(text, after_blank)) and not (
            _pronoun_opens(text, after_blank) and _nobody_in_view(text, start, para)
        ):
            break  # a blank line ends the reach, except between the items of that list or
            # before a paragraph that opens with the pronoun: it goes on about the same one
            # (unless someone was quoted or named there: "Hij gaat verder: …" is the speaker)
        para = text.find("\n\n", after_blank, hi)
    if para != -1:
        hi = para
    seen = 0
    for match in _SENTENCE_END_RE.finditer(text, start, hi):
        at = match.start()
        if text[at - 1 : at].isdigit() and _ITEM_NUMBER_RE.search(text, max(0, at - 16), at):
            continue  # "2. Hij stelt de begroting op": an item's number ends no sentence
        seen += 1
        if seen == MAX_SENTENCES:
            return match.end()
    return hi


def hair(text: str, tokens: list[Token], i: int) -> bool:
    """*het haar van de klant*, *haar- en hoofdhuidverzorging*: the noun *haar* (hair), not the
    feminine pronoun that would end the reach."""
    if key_of(tokens[i].text) != "haar":
        return False
    if text[tokens[i].end : tokens[i].end + 1] == "-":
        return True
    return i > 0 and key_of(tokens[i - 1].text) in ("het", "kort", "lang", "nat", "droog")


def pairs_with_him(text: str, tokens: list[Token], i: int, pronouns: Mapping[str, str]) -> bool:
    """*hij/zij*, *zijn/haar*, *zij of hij*: the feminine half of a pair stands for the same
    generic person as the masculine half, so it does not end the reach (*De kandidaat stuurt
    zijn/haar cv. Daarna wordt hij uitgenodigd*: that *hij* is the candidate too)."""
    for j, k in ((i - 1, i), (i, i + 1)):  # the pronoun before, or after, the feminine one
        other = j if k == i else k
        if not 0 <= j < k < len(tokens) or key_of(tokens[other].text) not in pronouns:
            continue
        if text[tokens[j].end : tokens[k].start].strip(" ") in ("/", "-"):
            return True
    for j, k in ((i - 2, i), (i, i + 2)):  # "hij of zij", "zij of hij" (not "en": two people)
        other = j if k == i else k
        if (
            0 <= j < k < len(tokens)
            and key_of(tokens[other].text) in pronouns
            and key_of(tokens[j + 1].text) in _PAIR_LINKERS
        ):
            return True
    return False


_PAIR_LINKERS: Final = wordset("of or")


def mentioned(text: str, start: int, end: int) -> bool:
    """The pronoun as a word talked about: in quotes on its own (*het woord ‘hij’*), or in a
    list of different pronouns that is not used in a sentence (*gebruiken we hij, hem en
    zijn*): three or more, or two with no word after the last. Not *De student kan ziek zijn,
    hij meldt …* or *vraagt hem of zijn verslag af is*."""
    if text[start - 1 : start] in _MENTION_QUOTES and text[end : end + 1] in _MENTION_QUOTES:
        return True
    for chain in _CHAIN_RE.finditer(text, max(0, start - 60), min(len(text), end + 60)):
        if not chain.start() <= start < chain.end():
            continue
        listed = [w.lower() for w in _PRONOUN_RE.findall(chain[0])]
        if len(set(listed)) < 2:
            return False
        if len(listed) >= 3:
            return True
        following = text[chain.end() : chain.end() + 2]
        return not (following[:1].isspace() and following[1:2].isalpha())
    return False


_MENTION_QUOTES: Final = frozenset("'\"‘’“”")
_PRONOUN_RE: Final = re.compile(r"\b(?:hij|hem|zijn|zichzelf)\b", re.IGNORECASE)
_CHAIN_RE: Final = re.compile(
    r"\b(?:hij|hem|zijn|zichzelf)(?:(?:\s*,\s*|\s+(?:en|of)\s+)(?:hij|hem|zijn|zichzelf)\b)+",
    re.IGNORECASE,
)


def in_idiom(text: str, start: int, end: int) -> bool:
    """*zijn* or *z'n* in a fixed expression, where it points at nobody: *een grapje op z'n
    tijd* (now and then), *op zijn vroegst*, *met z'n tweeën*, *hoe dat in zijn werk gaat*,
    *zijn intrede doen*. Not *op zijn gemak* (*de kandidaat op zijn gemak stellen* is his ease)."""
    word = text[start:end].lower()
    if word not in ("zijn", "z'n", "z’n"):
        return False
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
        return True  # "Het koster-zijn is niet zo maar iets": being one, a compound noun
    prev = text[max(0, start - 4) : start].lower()
    nxt = _IDIOM_NEXT_RE.match(text, end)
    if nxt is None:
        return False
    following = nxt[1].lower()
    verbs = _IDIOM_NOUNS.get(following)
    if verbs is not None and (following != "kop" or prev.endswith("op ")):
        near = text[max(0, start - 40) : nxt.end() + 30].lower().split()
        if any(w.strip(".,;:!?") in verbs for w in near):
            return True  # "deed de zuighulp zijn intrede", "het werk eist zijn tol"
    if prev.endswith("op ") and following in _AFTER_OP:
        return True
    if prev.endswith("met ") and following in _COUNTED_TOGETHER:
        return True
    if prev.endswith("in ") and following in ("geheel", "algemeenheid"):
        return True  # "is in zijn geheel verantwoordelijk": wholly; "in zijn algemeenheid"
    if following != "werk" or not prev.endswith("in "):
        return False  # "in zijn werk" is his work, unless it "goes" so: how a thing is done
    after_werk = text[nxt.end() : nxt.end() + 8].lower().split()[:1]
    if after_werk and after_werk[0].strip("?.,!") in _GOES:
        return True  # "hoe dat in zijn werk gaat"
    before_in = text[max(0, start - 20) : start].lower().split()[-3:]
    return len(before_in) == 3 and before_in[0] in _GOES and before_in[1] in ("dat", "dit", "het")


_IDIOM_NEXT_RE: Final = re.compile(r"\s+(\w+)")
#: *zijn intrede doen*, *zijn tol eisen*, *zijn beslag krijgen*: said of things and trends,
#: and only with their verb (*de bakker mengt zijn beslag* is his batter).
_IDIOM_NOUNS: Final = {
    "intrede": wordset("doen doet deed deden gedaan"),
    "tol": wordset("eisen eist eiste eisten geëist"),
    "beslag": wordset("krijgen krijgt kreeg kregen gekregen"),
    # "zet het vak op zijn kop": upside down; not "krijgt op zijn kop" (he is scolded)
    "kop": wordset("zet zetten zette zetten gezet staat staan stond stonden"),
}
#: *op zijn …*: now and then, at the earliest, at least, at best …
_AFTER_OP: Final = wordset(
    "tijd vroegst laatst minst hoogst snelst langst meest zachtst beloop mooist"
)
_GOES: Final = wordset("gaat gaan ging gingen")
#: *met z'n tweeën*, *met zijn allen*
_COUNTED_TOGETHER: Final = wordset(
    "tweeën drieën vieren vijven zessen zevenen achten negenen tienen allen"
)


def after_van(tokens: list[Token], noun_at: int, i: int) -> bool:
    """*het merendeel van zijn tijd*: after *van* the possessive is not the het-noun's own
    (*het bedrijf en zijn klanten* is)."""
    return any(key_of(t.text) == "van" for t in tokens[noun_at + 1 : i])


def someone_else_in_own_clause(
    kind: str, tokens: list[Token], i: int, own_clause: int, opens: bool = False
) -> bool:
    """A pronoun in the relative clause right after the noun that cannot be the noun: an
    object (*een bakker die in hem gelooft*) or the subject after *die* (*een leerling die hij
    begeleidt*: *die* is the object, *hij* someone else). ``own_clause`` is where that clause
    ends (:func:`own_relative_clause`), -1 without one; ``tokens`` start after the noun;
    ``opens``: the noun opens its sentence, so nobody named before it may be meant."""
    if own_clause == -1 or tokens[i].start >= own_clause:
        return False
    if kind == "object":
        return not (opens and _in_participle_phrase(tokens, i))
    return kind == "subject" and i == 1 and key_of(tokens[0].text) == "die"


def same_clause(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether ``tokens[first]`` and ``tokens[last]`` stand in one clause, or in two joined by
    *en* with no subject of their own: no comma or other clause mark between them, and no
    subject pronoun or conjunction that opens another clause (*Als de kandidaat de brief heeft
    gelezen, nodigen wij hem uit*: the letter is in another clause than *hem*)."""
    if CLAUSE_END_RE.search(text, tokens[first].end, tokens[last].start) is not None:
        return False
    return not any(key_of(t.text) in _CLAUSE_OPENERS for t in tokens[first + 1 : last])


_CLAUSE_OPENERS: Final = wordset(
    "ik jij je u hij zij ze wij we jullie men als wanneer omdat dat zodat terwijl zodra nadat "
    "voordat die dan"
)


def opens_its_sentence(text: str, start: int) -> bool:
    """Whether only an article (and a list number or bullet) comes before the noun at
    ``start`` in its sentence: *1. De werknemer die …*."""
    return _OPENING_NOUN_RE.search(text, max(0, start - 40), start) is not None


_OPENING_NOUN_RE: Final = re.compile(
    r"(?:\A|[.!?:;\n])[\s\d.)•*-]*(?:de|het|een|elke|iedere|ieder|deze)[ \t]+\Z", re.IGNORECASE
)


def _in_participle_phrase(tokens: list[Token], i: int) -> bool:
    """*De werknemer die de voor hem vastgestelde vakantie …*, *… de door hem gewerkte uren*,
    *de aan hem toegekende*, *de voor hem bestemde*, *de door hem gekozen*: the object pronoun
    sits in a phrase before a noun, between an article and a participle (inflected in *-de*
    or *-te*, or a strong one in *ge…en*), where it may be the noun before the clause."""
    if i < 2 or i + 1 >= len(tokens):
        return False
    article, preposition = key_of(tokens[i - 2].text), key_of(tokens[i - 1].text)
    participle = key_of(tokens[i + 1].text)
    return (
        article in _PHRASE_ARTICLES
        and preposition in _PHRASE_PREPOSITIONS
        and len(participle) > 4
        and (
            participle.endswith(("de", "te"))
            or ("ge" in participle[:-2] and participle[-2:] == "en")
        )
    )


_PHRASE_ARTICLES: Final = wordset("de het een deze die")
_PHRASE_PREPOSITIONS: Final = wordset("voor door aan bij met tot op")


def own_relative_clause(text: str, end: int) -> int:
    """Where the relative clause right after a noun ends (*een bakker die in hem gelooft*),
    or -1: an object pronoun inside it is someone else than the noun. Dutch puts the verb of
    a relative clause last, so the clause ends at its first finite verb (*Een leerling die
    hard werkt krijgt een beloning die hem motiveert*), or earlier at punctuation. Not *die
    dag* (a demonstrative)."""
    opening = _RELATIVE_OPENING_RE.match(text, end)
    if opening is None:
        return -1
    stop = CLAUSE_END_RE.search(text, opening.end())
    limit = stop.start() if stop else len(text)
    verb_end = -1
    for number, word in enumerate(WORD_RE.finditer(text, opening.end(), limit)):
        key = word[0].lower()
        if number == 0 and key in _TIME_NOUNS:
            return -1
        if verb_end != -1:  # "die in hem gelooft en hem … kan bijbrengen": one clause on
            if key not in ("en", "of"):
                return verb_end
            verb_end = -1
            continue
        if key in _PRONOUN_WORDS:
            continue
        if key in PAST_VERBS or (len(key) > 2 and key.endswith("t")) or key.endswith("en"):
            verb_end = word.end()
    return verb_end if verb_end != -1 else limit


_TIME_NOUNS: Final = wordset("dag week keer ochtend avond middag periode maand tijd")
_PRONOUN_WORDS: Final = wordset("hem hij zijn zichzelf")
_RELATIVE_OPENING_RE: Final = re.compile(r"[ \t]+die\b", re.IGNORECASE)
