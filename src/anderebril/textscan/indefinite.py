"""Pronouns whose antecedent is anyone at all: *iemand die zijn handen uit de mouwen steekt*,
*Wie zijn diploma heeft, …*, *Ieder heeft zijn eigen klanten*. Dutch only; the generic-masculine
rule reports them next to the pronouns of generic role nouns."""

from __future__ import annotations

import re
from typing import Final

from anderebril.textscan.context import CLAUSE_END_RE
from anderebril.textscan.names import named_word
from anderebril.textscan.pronoun_clues import SPEECH_VERBS, in_pair
from anderebril.textscan.pronoun_grammar import MORE_PREPOSITIONS, PAST_VERBS, Grammar
from anderebril.textscan.pronoun_report import SHORT_ZIJN
from anderebril.textscan.tense import present_verb
from anderebril.textscan.tokenize import (
    FOLDED,
    WORD_RE,
    Token,
    is_sentence_start,
    key_of,
    tokens_between,
    wordset,
)
from anderebril.textscan.zijn_verb import participle

#: The words one of which ``_INDEFINITE_RE`` needs to find anything.
INDEFINITE_WORDS: Final = wordset("iemand wie ieder iedereen eenieder éénieder degene diegene men")


def indefinite_pronouns(
    text: str, low: str | None, grammar: Grammar
) -> list[tuple[Token, str, str]]:
    """*iemand die zijn handen uit de mouwen steekt*, *Wie zijn diploma heeft, …*: a
    pronoun in the relative clause of *iemand die*, *degene die* or of a clause-opening *wie*,
    or in the sentence of *als iemand*, *tegen iemand* or *zo iemand*, points back to anyone
    at all. Only up to the end of that clause (a comma or sentence end; for a bare *iemand*
    the sentence end), and *zijn* as a verb (*Wie zijn er?*) is left alone. Each pronoun
    comes with its kind and the word it points back to."""
    out: list[tuple[Token, str, str]] = []
    for match in _indefinite_matches(text, low):
        start = match.start()
        if match[1] and match[1].lower() == "hij":
            if not _opens_a_clause(text, start):
                continue  # "Was hij die man van gisteren?"
            token = Token(start, start + 3, text[start : start + 3])
            out.append((token, "subject", "hij die"))  # the *hij* of *hij die* is anyone
        if match[4] and (not _opened(text, start) or _predicate(text, match.end(), grammar)):
            continue  # "heeft iemand nog een eitje voor hem gebakken": someone in a story
        if not match[5] and _said_of_someone(text, start):
            continue  # "Pieter is degene die zijn …", "Mijn opa was echt zo iemand, hij …"
        free = match[2] is not None and _free_relative(text, start)
        if match[2] and not free and not _opens_after_connector(text, start):
            continue  # "wie" mid-sentence is mostly a question or a relative after a noun
        # "Als iemand op zijn cv heeft staan …, dan wil je zien wat hij kan": a bare *iemand*
        # reaches to the end of its sentence, the others to the end of their clause
        reach = match.end() + 200
        stop = (_SENTENCE_END_RE if match[4] else CLAUSE_END_RE).search(text, match.end(), reach)
        if match[2] and not free and stop is not None and text[stop.start()] == ",":
            # "Wie solliciteert, stuurt zijn cv mee": the main clause is about the same
            # anyone; not in a question ("Wie is de nieuwe monteur, en wat doet hij?")
            whole = _SENTENCE_END_RE.search(text, match.end(), reach)
            if whole is not None and text[whole.start()] != "?":
                stop = whole
        elif match[5] and stop is not None and text[stop.start()] == "," and _if_one(text, start):
            # "Als men zich ziek meldt, moet hij dat melden": the main clause is about the same
            whole = _SENTENCE_END_RE.search(text, match.end(), reach)
            if whole is not None and text[whole.start()] != "?":
                stop = whole
        elif (
            match[1]
            and match[1].lower() != "hij"
            and stop is not None
            and text[stop.start()] == ","
            and _LINKED_CLAUSE_RE.match(text, stop.end()) is not None
        ):
            # "iemand die eten serveert, terwijl hij ook klanten begroet": a clause linked to
            # the relative one, with the pronoun as its subject, goes on about the same anyone
            # (not when someone of the sentence's own came before: "Mijn vader zocht iemand
            # die …, terwijl hij …")
            opening = max(text.rfind(mark, 0, start) for mark in ".!?\n") + 1
            own = _OWN_SUBJECT_RE.search(text, opening, start) or _NAME_RE.search(
                text, opening, start
            )
            further = CLAUSE_END_RE.search(text, stop.end() + 1, reach)
            if own is None and further is not None:
                stop = further
        elif stop is not None and text[stop.start()] == "," and _subject_with_relative(text, match):
            # "Iemand die zich aanmeldt, ontvangt zijn bevestiging": the main clause goes on
            # about the same anyone, with its verb right after the comma
            after_comma = text[stop.end() : stop.end() + 30].split()[:1]
            whole = _SENTENCE_END_RE.search(text, match.end(), reach)
            verb = after_comma[0].lower() if after_comma else ""
            if whole is not None and text[whole.start()] != "?" and _main_verb(verb):
                stop = whole
        tokens = tokens_between(text, match.end(), stop.start() if stop else reach)
        own_clause = CLAUSE_END_RE.search(text, match.end(), reach)
        clause_end = own_clause.start() if own_clause else reach
        subordinate = False  # a clause of its own opened after the indefinite's own clause
        object_at = -10  # the article of the main clause's object, after "Wie …,"
        for i, token in enumerate(tokens):
            word = key_of(token.text)
            if word in grammar.stoppers or _someone_named(text, tokens, i):
                break  # "Wie met Jan over zijn werk praat": Jan's work
            if match[5] and word in _NEW_CLAUSE:
                break  # "Men zegt dat hij …", "… als zijn motor is afgekoeld": another's
            if token.start >= clause_end and word in _NEW_CLAUSE:
                subordinate = True
            if match[2] and word in _ARTICLES and token.start >= clause_end and not subordinate:
                # "Wie de tijd heeft, heeft ook de tijd om zijn kleren …": after the main
                # clause's verb an article starts its object, unless a clause came between
                object_at = i
            if (
                token.start >= clause_end
                and word in _NEW_SUBJECT
                and not (match[4] and word in _SPEAKER)
                and object_at != i
            ):
                break  # "Wie …, ziet dat het bedrijf trots is op zijn …": another's (but
                # "Als iemand opbelt, herken ik hem": the speaker is no third person)
            kind = grammar.pronouns.get(word)
            if kind is None or in_pair(tokens, i, text):
                continue
            if object_at >= 0 and key_of(tokens[i - 1].text) in ("en", "of"):
                continue  # "…, leert de organisatie en zijn processen kennen": the object's
            if kind == "object" and token.start >= clause_end and match[2]:
                continue  # "Wie hem gezien heeft, breng hem terug": someone else again
            if (
                kind == "object"
                and token.start < clause_end
                and not any(
                    key_of(t.text) in _NEW_CLAUSE and not (j == i - 1 and _around(tokens, i))
                    for j, t in enumerate(tokens[:i])
                )
            ):
                # "dat iemand hem helpt", "Wie hem gezien heeft", "als iedereen om hem heen
                # vakantie viert": someone else (*om hem heen* is no clause, as *om te* is)
                continue
            if (
                kind == "possessive"
                and word == "zijn"
                and (
                    _indefinite_verb(grammar, text, tokens, i)
                    or (i == 0 and match[2] is not None and _a_question(text, token.end))
                )
            ):
                continue  # "Wie zijn er?", "Wie zijn toeleveranciers, afnemers en …?"
            out.append((token, kind, match[1] or match[2] or match[3] or match[4] or match[5]))
    return out


def _around(tokens: list[Token], i: int) -> bool:
    """*om hem heen*: the *om* before the pronoun is a preposition, not *om … te*."""
    return (
        i + 1 < len(tokens)
        and key_of(tokens[i - 1].text) == "om"
        and key_of(tokens[i + 1].text) == "heen"
    )


def _a_question(text: str, end: int) -> bool:
    """Whether the sentence that goes on at ``end`` is a question with no finite verb of its
    own: *Wie zijn toeleveranciers, afnemers en …?* asks who they are (not *Wie zijn diploma
    heeft, mag die beginnen?*)."""
    stop = _SENTENCE_END_RE.search(text, end, end + 200)
    if stop is None or text[stop.start()] != "?":
        return False
    rest = text[end : stop.start()].lower().split()
    return not any(present_verb(w.strip(",;:")) or w in PAST_VERBS for w in rest)


def _if_one(text: str, start: int) -> bool:
    """*Als men …*, *Wanneer men …*, *Indien men …* opening the sentence: a condition on
    anyone, whom the main clause after the comma is about."""
    words = text[max(0, start - 10) : start].split()
    if not words or words[-1].lower() not in _CONDITIONS:
        return False
    return is_sentence_start(text, text.rfind(words[-1], 0, start))


def _free_relative(text: str, start: int) -> bool:
    """*geknipt voor wie zich wil heroriënteren of zijn jobkansen wil verbeteren*: *voor wie*
    inside a sentence that is no question is anyone who does so (*Voor wie is dit?* asks)."""
    if text[max(0, start - 5) : start].lower() != "voor ":
        return False
    words = text[max(0, start - 30) : start - 5].split()
    if words and words[-1].lower().strip(",") in _ASKING:
        return False  # "We weten niet voor wie hij werkt": an indirect question
    follow = text[start + 3 : start + 12].split()[:1]
    if follow and follow[0].lower() in _SUBJECTS:
        return False  # "… voor wie hij vroeger werkte": someone's, asked about
    stop = _SENTENCE_END_RE.search(text, start)
    return stop is not None and text[stop.start()] != "?"


#: Verbs of knowing, asking and telling: after them *voor wie* asks (*weet niet voor wie*).
_ASKING: Final = wordset(
    "weet weten wist wisten vraag vraagt vragen vroeg vroegen vertel vertelt vertellen "
    "vertelde zegt zeggen zei onduidelijk duidelijk benieuwd bepalen bepaalt kiezen kiest"
)
_SUBJECTS: Final = wordset("hij zij ze ik je jij we wij u men het dat dit")


def _subject_with_relative(text: str, match: re.Match[str]) -> bool:
    """*Iemand die …*, *Iedereen die …*, *Een ieder die …*, *Hij die …* opening the sentence:
    the subject of the main clause after the relative one."""
    if match[1]:
        # "Hij, die niet betaalt, verliest zijn recht": its opening was checked before
        return match[1].lower() == "hij" or is_sentence_start(text, match.start())
    if not match[3] or not text[match.end() : match.end() + 5].lower().startswith(" die "):
        return False
    start = match.start()
    if text[max(0, start - 4) : start].lower() == "een ":
        start -= 4  # "Een ieder die …"
    return is_sentence_start(text, start)


def _main_verb(word: str) -> bool:
    """A finite verb in the present that opens a main clause after a relative one, as a rule
    for anyone does (*ontvangt*, *moet*); not the past of a report about one person (*Iemand
    die daar werkte, kreeg te horen dat hij …*) or a speech tag (*Iemand die hier werkt, zei
    hij, …*)."""
    return present_verb(word) and word not in _SPEECH_TAGS


#: Speech tags: the shared verbs of saying, and *meldt* (*…, meldt de politie*).
_SPEECH_TAGS: Final = SPEECH_VERBS | wordset("meldt")


def _opens_after_connector(text: str, start: int) -> bool:
    """Whether *wie* opens its sentence, alone or after a connector that opens it (*Dus wie
    overdag buiten zijn woonplaats werkt, …*, *En wie …*)."""
    if is_sentence_start(text, start):
        return True
    words = text[max(0, start - 12) : start].split()
    if not words or words[-1].lower() not in _CONNECTORS:
        return False
    return is_sentence_start(text, text.rfind(words[-1], 0, start))


_CONNECTORS: Final = wordset("dus en maar want ook kortom daarom")


def _someone_named(text: str, tokens: list[Token], i: int) -> bool:
    """A person named in the clause (*met Jan*), not a firm or a place (*bij Philips*); after
    any preposition when *en zijn* follows (*een beroep doen op Karel en zijn kennis*)."""
    if not named_word(text, tokens[i]):
        return False
    if (
        i + 3 < len(tokens)
        and key_of(tokens[i + 1].text) == "en"
        and (key_of(tokens[i + 2].text) == "zijn" or tokens[i + 2].text.lower() in SHORT_ZIJN)
        and key_of(tokens[i + 3].text) not in _ONES_OWN_PEOPLE
    ):
        return True
    if i >= 2 and tokens[i - 1].text[:1].isupper():
        # "bij Bouwbedrijf Smit": the rest of a firm's name after a preposition of place
        return key_of(tokens[i - 2].text) not in _PLACE_PREPOSITIONS
    return i == 0 or key_of(tokens[i - 1].text) not in _PLACE_PREPOSITIONS


#: People anyone has at work: *bij Sandra en zijn teamleider* is the teamleider of anyone.
_ONES_OWN_PEOPLE: Final = wordset(
    "teamleider leidinggevende begeleider mentor werkgever manager baas coach docent "
    "praktijkopleider leermeester"
)


def _opens_a_clause(text: str, start: int) -> bool:
    """*Werknemer: hij die bij de werkgever in dienst is*, *Hij die zijn best doet, …*: *hij
    die* opening a sentence or a definition is anyone at all. Not *Was hij die man van
    gisteren?* (not opening), not a question, and not right after someone is named (*Ken je
    Jan nog? Hij die altijd klaarstond …*)."""
    opener = text[max(0, start - 3) : start].rstrip(" \t")
    if opener.endswith((":", "(")):
        return True
    item = _ITEM_LABEL_RE.search(text, max(0, start - 12), start) is not None
    # "zal worden gestraft hij die de scheidsrechter bedreigt": after the verb, with a
    # relative clause that opens on an article or pronoun (not "Was hij die man …?")
    relative = _VERB_BEFORE_RE.search(text, max(0, start - 20), start) is not None and (
        _RELATIVE_OPENS_RE.match(text, start + 8) is not None
    )
    if start > 0 and not is_sentence_start(text, start) and not item and not relative:
        return False  # not after "(2) " either: an article's numbered paragraph opens there
    stop = _SENTENCE_END_RE.search(text, start)
    if stop is not None and text[stop.start()] == "?":
        return False
    for match in _NAMED_RE.finditer(text, max(0, start - 150), start):
        if match[1] in _PLACE_PREPOSITIONS:
            continue
        if _HEADING_RE.match(text, text.rfind("\n", 0, match.start()) + 1):
            continue  # "Artikel 5 Toegang\n(1) Hij, die …": a heading is nobody's name
        return False
    return True


_HEADING_RE: Final = re.compile(r"[ \t]*(?:artikel|art\.|hoofdstuk|paragraaf|§)", re.IGNORECASE)
_ITEM_LABEL_RE: Final = re.compile(r"(?:^|\n)[ \t]*\(?\w{1,3}[).][ \t]+\Z")
#: A capitalised word inside a sentence: someone named (*… zag ik Peter lopen.*), unless
#: a preposition of place comes before it (*in Nederland*).
_NAMED_RE: Final = re.compile(r"(\w*)[,]? [A-Z][a-z]+")
_PLACE_PREPOSITIONS: Final = wordset("in uit naar bij van op te")


def _said_of_someone(text: str, start: int) -> bool:
    """*Pieter is degene die …*, *Mijn opa was echt zo iemand*: after a copula the words say
    what one person is, so the pronouns are that person's."""
    words = text[max(0, start - 30) : start].lower().split()[-3:]
    if words and words[-1] == "zo":
        words = words[:-1]
    if words and words[-1] in _COPULAS:
        return True
    # "was echt zo iemand"; not "Ben jij iemand die zijn …" (asked of the reader: generic)
    return len(words) >= 2 and words[-2] in _COPULAS and words[-1] in _ADVERBS


_ADVERBS: Final = wordset("echt altijd precies typisch juist gewoon eigenlijk ook nog")


def _predicate(text: str, end: int, grammar: Grammar) -> bool:
    """*Zo iemand is hij niet*: *iemand* says what the subject after the copula is."""
    follow = text[end : end + 16].split()[:2]
    return (
        len(follow) == 2
        and follow[0].lower() in _COPULAS
        and grammar.pronouns.get(key_of(follow[1])) == "subject"
    )


_COPULAS: Final = wordset("is was ben bent blijft bleef wordt werd")


def _opened(text: str, start: int) -> bool:
    """Whether a bare *iemand* at ``start`` follows *als*, *tegen*, … (see ``_OPENERS``)."""
    words = text[max(0, start - 12) : start].split()
    if words and words[-1].lower() in _OPENERS:
        return True
    if words and words[-1].lower() in _THAT_WHETHER:
        return _present_clause(text, start)
    # "Iemand geeft z'n planning door en …": a sentence about anyone, in the present tense
    # (not "Iemand heeft zijn fiets laten staan": a perfect tense tells what one person did)
    follow = text[start + 6 : start + 40].split()[:2]
    if len(follow) == 2 and follow[0] == "is" and is_sentence_start(text, start):
        # "Iemand is competent als hij …": a copula, an adjective and a condition, no perfect
        # tense and no news ("Iemand is ziek en heeft zijn dienst afgezegd")
        stop = _SENTENCE_END_RE.search(text, start)
        sentence = text[start : stop.start() if stop else len(text)].lower().split()
        if _CONDITIONS.isdisjoint(sentence):
            return False
        word = follow[1].lower().strip(",.;:")
        if word in _STATE_ADJECTIVES:
            return True  # "Iemand is geschikt als …"
        return not (
            word in _EVENT_ADVERBS or participle(word) or _LOOKS_PARTICIPLE_RE.fullmatch(word)
        )
    return (
        bool(follow)
        and is_sentence_start(text, start)
        and (follow[0] in _PRESENT_VERBS or _present_in_t(follow[0]))
        and follow[0] not in _PERFECT
    )


#: *vertrokken, gevallen, betrapt*: after *is* a perfect tense, so one person's deed.
_LOOKS_PARTICIPLE_RE: Final = re.compile(r"(?:be|ver|ont|her|ge|er)\w+(?:d|t|en)")
_CONDITIONS: Final = wordset("als wanneer indien zodra")
#: Adjectives that look like participles: *Iemand is geschikt als hij …*.
_STATE_ADJECTIVES: Final = wordset("geschikt bekwaam bevoegd bereid gemotiveerd verplicht")
#: Words after *Iemand is* that tell of one event or place: *Iemand is gisteren … gevallen*,
#: *Iemand is in de war*.
_EVENT_ADVERBS: Final = wordset(
    "gisteren vandaag vanochtend vanmorgen vannacht vanavond net zojuist onlangs al ooit "
    "toen daar hier er in op aan bij met van naar uit onder over"
)


def _present_clause(text: str, start: int) -> bool:
    """Whether the clause of *dat/of iemand* at ``start`` is in the present tense (*zorg
    ervoor dat iemand het meeste uit zijn tijd haalt*, *of iemand een vraag heeft over zijn
    laptop*): anyone. In a past or perfect tense it tells what one person did (*Ik zag dat
    iemand zijn jas had laten liggen*, *dat iemand zijn fiets heeft gestolen*), and so does
    what the writer notices now (*Ik merk dat iemand zijn spullen laat slingeren*)."""
    lo = max(0, start - 200)
    opens = max(text.rfind(c, lo, start) for c in ".!?\n") + 1  # the verb before *dat* too
    stop = CLAUSE_END_RE.search(text, start, start + 200)
    end = stop.start() if stop else min(len(text), start + 200)
    before = [key_of(w) for w in WORD_RE.findall(text, max(opens, lo), start)]
    clause = [key_of(w) for w in WORD_RE.findall(text, start, end)]
    if any(w in PAST_VERBS or w in _MORE_PAST for w in before + clause):
        return False
    if _WRITER & {*before} and _PERCEIVING & {*before[-4:]}:
        return False  # "Ik hoor net dat iemand …", "Ik weet niet of iemand …"
    if not _PERFECT_AUXILIARIES & {*clause}:
        return True
    if len(clause) >= 2 and all(w.endswith("en") for w in clause[-2:]):
        return False  # "… heeft laten liggen": a perfect with two infinitives
    return not any(participle(w) for w in clause[-2:])


_WRITER: Final = wordset("ik we wij")
_PERCEIVING: Final = wordset("hoor hoorde zie zag merk merkte weet wist denk dacht vermoed")
_THAT_WHETHER: Final = wordset("dat of waarbij waarin")  # "waarbij iemand zijn … verhuurt"
#: Words that open a new clause, with a subject of its own: *… zegt als je hem laat wachten*.
_NEW_CLAUSE: Final = wordset(
    "als wanneer omdat dat zodat terwijl of en maar want die om waarin waarmee waarop waarbij "
    "zodra nadat voordat totdat zolang doordat"
)
#: Past forms that tell a story around *dat iemand* (*Het bleek dat iemand …*).
_MORE_PAST: Final = wordset("bleek bleken vergat vergaten verloor verloren merkte ontdekte zagen")
_PERFECT_AUXILIARIES: Final = wordset("heeft hebben is")


def _present_in_t(word: str) -> bool:
    return (
        len(word) > 3
        and word.endswith("t")
        and word not in PAST_VERBS
        and word.isalpha()
        and not participle(word)
    )


_PERFECT: Final = wordset("heeft is had was")
_PRESENT_VERBS: Final = wordset("kan moet wil mag zal gaat doet krijgt komt staat ziet")


def _indefinite_verb(grammar: Grammar, text: str, tokens: list[Token], i: int) -> bool:
    """*zijn* as a verb after *wie* or *iemand die*: before *er*, an adverb, an article or
    the end of the clause (*Wie zijn de docenten?*, *iemand die bereid is … te zijn*)."""
    token = tokens[i]
    following = text[token.end : token.end + 3].lstrip(" ")
    if not following or following[0] in ".,;:!?)\n":
        return True
    nxt = key_of(tokens[i + 1].text) if i + 1 < len(tokens) else ""
    if nxt in grammar.verb_after or nxt.isdigit() or not nxt or participle(nxt):
        return True
    if i and key_of(tokens[i - 1].text) == "te":
        return True  # "Iedereen heeft het recht mooi te zijn"
    # "weet wat de regels zijn tijdens de stage": a plural noun with its article, then the verb
    # not "krijgt na de lessen zijn cijfer": after a preposition "de lessen" is no subject
    prev = key_of(tokens[i - 1].text) if i else ""
    return (
        i >= 2
        and key_of(tokens[i - 2].text) == "de"
        and len(prev) > 3
        and prev.endswith(("en", "s"))
        and (i < 3 or not _preposition(grammar, key_of(tokens[i - 3].text)))
    )


def _preposition(grammar: Grammar, word: str) -> bool:
    return word in grammar.prepositions or word in MORE_PREPOSITIONS


def _indefinite_matches(text: str, low: str | None) -> list[re.Match[str]]:
    """The matches of ``_INDEFINITE_RE`` in ``text``, found with ``str.find`` on its
    lowercase form ``low`` (a case-blind regex over the whole text costs far more)."""
    if low is None or len(low) != len(text) or any(c in low for c in FOLDED):
        return list(_INDEFINITE_RE.finditer(text))
    spots: list[int] = []
    for word in _SPOTS:
        pos = low.find(word)
        while pos != -1:
            if pos == 0 or not low[pos - 1].isalnum():  # not "samen", "nemen", "nieuwe"
                spots.append(pos)
            pos = low.find(word, pos + 1)
    spots.sort()
    found = [_INDEFINITE_RE.match(text, pos) for pos in spots]
    return [
        m for m in found if m is not None and (m.start() == 0 or not text[m.start() - 1].isalnum())
    ]


_SPOTS: Final = (
    "iemand", "wie", "ieder", "eenieder", "éénieder", "degene", "diegene", "hij die", "hij,",
    "men",
)  # fmt: skip
#: Antecedents that are anyone at all: *iemand die …*, *hij die …*, a clause-opening *Wie …*,
#: *iedereen*, *een ieder* and *ieder* before its verb (*Ieder heeft zijn eigen klanten*).
_INDEFINITE_RE: Final = re.compile(
    r"\b(iemand|degene|diegene|hij),?\s+die\b|\b(?<![-'’])(wie)\b"
    r"|\b(iedereen|eenieder|éénieder|(?<=een\s)ieder"
    r"|ieder(?=\s+(?:heeft|moet|kan|mag|krijgt|is|doet|neemt|zorgt|wil|zal|werkt|houdt|brengt|zijn"
    r"|maakt)\b))\b"
    r"|\b(iemand)\b(?![-'’])"
    r"|\b(men)\b(?![-'’])",  # "dat men door zijn gedrag aanstoot geeft": anyone
    re.IGNORECASE,
)
_SENTENCE_END_RE: Final = re.compile(r"[.!?\n]")
#: A participle or passive auxiliary right before *hij die*: the main clause's verbs.
_VERB_BEFORE_RE: Final = re.compile(r"\b(?:ge\w+[dt]|gestraft|worden|wordt|zal|zijn)[ \t]+\Z")
#: What opens a relative clause after *hij die*: an article, a pronoun or a preposition.
_RELATIVE_OPENS_RE: Final = re.compile(
    r"(?:de|het|een|zijn|zich|hem|niet|in|op|aan|bij|met|voor|tijdens|zonder)\b"
)
#: Words in the main clause after *Wie …,* that bring in someone or something else: a noun
#: phrase (*het bedrijf*, *onze directeur*), a relative (*waarin*), the speaker (*weet ik*).
_NEW_SUBJECT: Final = wordset("de het onze ons mijn hun die waar waarin want maar ik we wij")
_SPEAKER: Final = wordset("ik we wij")
_LINKED_CLAUSE_RE: Final = re.compile(
    r"[ \t]*(?:terwijl|wanneer|zodra|nadat|voordat)[ \t]+hij\b", re.IGNORECASE
)
#: Someone of one's own before *iemand die …* in its sentence: *Mijn vader zocht iemand die …*
_OWN_SUBJECT_RE: Final = re.compile(
    r"\b(?:ik|jij|hij|zij|ze|wij|we|mijn|zijn|haar|onze|hun)\b", re.IGNORECASE
)
_NAME_RE: Final = re.compile(r"[ \t][A-Z][a-z]+\b")  # a name, not the sentence's first word
_ARTICLES: Final = wordset("de")  # not *het*: a het-noun may own the *zijn* (*het bedrijf … zijn*)
#: Words before a bare *iemand* that make it anyone at all: *als iemand …*, *tegen iemand …*.
_OPENERS: Final = wordset("als wanneer indien zodra tegen aan met bij voor zo")
