"""The word *zijn*: the verb (*De deelnemers zijn …*, *Je moet flexibel zijn*) or the masculine
possessive (*De monteur regelt zijn rooster*). The generic-masculine rule asks this of every
*zijn* in a generic person's reach; the answer comes from its neighbours alone."""

from __future__ import annotations

import re
from typing import Final

from anderebril.textscan.pronoun_grammar import MORE_PREPOSITIONS, NL, Grammar
from anderebril.textscan.tokenize import WORD_RE, Token, is_sentence_start, key_of, wordset


def verb_zijn(grammar: Grammar, text: str, tokens: list[Token], i: int) -> bool:
    """Whether the *zijn* at ``tokens[i]`` is the verb, judged from the words around it."""
    if grammar is not NL:
        return False
    token = tokens[i]
    if _VERB_SLASH_RE.search(text, max(0, token.start - 8), token.start):
        return True  # "degene(n) die … is/zijn belast": the verb in the singular and plural
    following = text[token.end : token.end + 4].lstrip(" '\"’”")
    if not following or following[0] in ".,;:!?)\n":
        return True  # at the end of a clause: "… zal zijn.", "… niet ouder zijn'."
    if _NOTATION_AFTER_RE.match(text, token.end):
        return True  # "Kan het niet een ouderwetse postbode zijn (m/v)?": no noun follows
    nxt = key_of(tokens[i + 1].text) if i + 1 < len(tokens) else ""
    if (
        nxt in _FINITE_NEXT
        and text[token.end : tokens[i + 1].start].strip() == ""
        and text[tokens[i + 1].end : tokens[i + 1].end + 1] not in _NOT_GOING_ON  # "zijn kan."
        and (i + 2 >= len(tokens) or key_of(tokens[i + 2].text) in _SUBJECT_AFTER_VERB)
    ):
        return True  # "Indien … opgelost zijn ben je verplicht", "… meer zijn kan het helpen"
    if _EXAMPLE_AFTER_RE.match(text, token.end):
        return True  # "kan een geval van overmacht zijn (bv. spoedopname …)": the clause ends
    if nxt in grammar.verb_after or nxt.isdigit() or nxt in _SAME or nxt in _TOGETHER:
        return True  # "De student en de praktijkopleider zijn samen verantwoordelijk"
    if participle(nxt):
        return True  # "zijn gebleven", "zijn uitgewerkt", "zijn opgenomen"
    if (
        _INSEPARABLE_PARTICIPLE_RE.fullmatch(nxt)
        and not nxt.endswith(_COMPOUND_NOUNS_IN_ELD)
        and _phrase_or_end_after(grammar, text, tokens, i)
    ):
        return True  # "zijn ontwikkeld door …", "zijn bevestigd.": a participle without ge-
    if nxt == "als" and any(key_of(t.text) == "zowel" for t in tokens[max(0, i - 5) : i]):
        return True  # "Dit kan zowel de lasserij zijn als een zetterij"
    if (
        _CLAUSE_END_PARTICIPLE_RE.fullmatch(nxt)
        and not nxt.endswith(_PLURAL_NOUN_ENDINGS)
        and not nxt.endswith(_COMPOUND_NOUN_ENDINGS)  # "Zijn bestuurderskaart, indien …"
        and not (i > 0 and key_of(tokens[i - 1].text) in ("en", "of"))
        and text[tokens[i + 1].end : tokens[i + 1].end + 1] in _CLAUSE_END_MARKS
        and not (i > 0 and key_of(tokens[i - 1].text) in grammar.prepositions)
        and (
            _in_subordinate_clause(text, token.start)
            or (
                i > 0
                and nxt not in _PREFIXED_NOUNS
                and not nxt.endswith((*_NOUN_ENDINGS, "product", "schrift"))
                and not _verb_before_in_clause(text, tokens, i)
            )
        )
    ):
        # "die door de staatssecretaris zijn beantwoord.", "Instructie en begeleiding door een
        # leerkracht zijn vereist.": the verbs at the end; not "De kunstenaar toont zijn beeld."
        return True
    if _ANY_PRONOMINAL_ADVERB_RE.fullmatch(nxt) and not (
        i + 2 < len(tokens) and tokens[i + 2].text.endswith("e")
    ):
        # "zijn hierbij samengevoegd"; not "zijn daarbij horende verslag", "zijn daarvoor
        # benodigde documenten" (an inflected adjective: a noun follows)
        return True
    if nxt in _FINITE_AFTER and text[tokens[i + 1].end : tokens[i + 1].end + 1] != "-":
        return True  # "Huishoudelijk ondersteuner zijn is méér dan …": being one, the subject
    if nxt in _NO_NOUN:
        return True  # "meer geneigd zijn iemand te kiezen": a possessive needs a noun
    if nxt == "als" and i + 2 < len(tokens) and key_of(tokens[i + 2].text) in _CLAUSE_SUBJECTS:
        return True  # "wat zijn wensen zijn als het gaat om …": a clause, no noun
    if after_fronted_phrase(grammar, text, tokens, i):
        return True  # "In de elektrotechniek zijn verschillende werkomgevingen"
    prev = key_of(tokens[i - 1].text) if i > 0 else ""
    opens = i > 0 and (
        is_sentence_start(text, tokens[i - 1].start)
        or (
            i >= 2
            and key_of(tokens[i - 2].text) in _SENTENCE_CONJUNCTIONS
            and is_sentence_start(text, tokens[i - 2].start)
        )
    )  # the word before opens the sentence, maybe after "Maar", "En"
    if token.text[:1].isupper() and is_sentence_start(text, token.start):
        # "Zijn Nederlandse basisscholen het domein van de vrouw?" asks; "• Zijn gereedschap
        # schoon houden." owns (the word before ends another item or sentence)
        return _asks(text, token.end)
    if prev in _QUESTION_WORDS and opens and _asks(text, token.end):
        return True  # "Maar wat zijn nu de belangrijkste taken?"; not "Hoe zijn werkdag …,"
    if prev in ("het", "dit", "dat", "die", "deze") and opens:
        # "Het zijn juist zulke zinnen …", "Die zijn kwetsbaar bij ziekte.", "Maar die zijn
        # onvindbaar."
        return True
    if prev in grammar.prepositions or prev in MORE_PREPOSITIONS or prev == "en":
        return False  # "met zijn collega's", "tegen zijn eigen fouten"
    if prev in _OF_THIS and (
        is_sentence_start(text, tokens[i - 1].start)
        or (i >= 2 and key_of(tokens[i - 2].text).endswith(("en", "s")))
    ):
        return True  # "Voorbeelden hiervan zijn kozijnen"; not "maakt daarvan zijn verslag"
    if (
        i >= 3
        and key_of(tokens[i - 2].text) in ("en", "of")
        and is_sentence_start(text, tokens[i - 3].start)
        and prev not in _OWNERS
    ):
        return True  # "Service en communicatie zijn belangrijker": a subject of two, the verb
    if (
        i >= 2
        and key_of(tokens[i - 2].text) in ("en", "of")
        and tokens[i - 1].text[:1].isupper()
        and not tokens[i].text.isupper()  # not a text in capitals: "… EN MISBRUIKT ZIJN …"
        and not is_sentence_start(text, tokens[i - 1].start)
    ):
        return True  # "De dagen voor Valentijnsdag, Moederdag en Kerst zijn …": names, the verb
    if _TWO_SUBJECTS_RE.search(text, max(0, token.start - 80), token.start):
        return True  # "De secretaris en de voorzitter zijn onlosmakelijk …": two subjects
    if _ABBREVIATED_LIST_RE.search(text, max(0, token.start - 8), token.start):
        return True  # "Verjaardagsfeestjes e.d. zijn geen geldig excuus": a list, the subject
    if (
        i >= 3
        and key_of(tokens[i - 2].text) in ("en", "of")
        and text[tokens[i - 3].end : tokens[i - 3].end + 1] == "-"
        and prev not in _OWNERS
    ):
        return True  # "Ook een EHBO- en reanimatiediploma zijn verplicht": two nouns, the verb

    if (
        prev == "er"
        and i >= 2
        and tokens[i - 1].text != "Er"  # "… aanspreekpunt. Er zijn verschillende taken"
        and _placing_verb(key_of(tokens[i - 2].text), grammar)
    ):
        return False  # "De leerling zet er zijn handtekening op": er belongs to the verb
    if prev in grammar.plural_subjects or prev in grammar.verb_before:
        if prev in grammar.verb_before and (nxt in grammar.prepositions or nxt in _JOINERS):
            return True  # "aanwezig kunnen zijn binnen het bedrijf", "erkend moet zijn zodat"
        if (
            prev in grammar.verb_before
            and _CLAUSE_END_PARTICIPLE_RE.fullmatch(nxt)
            and not nxt.endswith(_PLURAL_NOUN_ENDINGS)
            and nxt not in _PREFIXED_NOUNS
            and text[tokens[i + 1].end : tokens[i + 1].end + 2].strip()[:1] in _AFTER_PARTICIPLE
        ):
            return True  # "die elders als stuurman zou zijn bestempeld –": the verbs at the end
        return nxt in ("", "er") or prev == "te" or prev in grammar.plural_subjects
    if (prev.endswith(_PREDICATE_ENDINGS) or prev in _PREDICATES) and _predicate_then_verb(
        grammar, text, tokens, i, nxt
    ):
        return True  # "gewenst of noodzakelijk zijn voor …": an adjective, then the verb
    if prev in _FRONTED_PREDICATES and is_sentence_start(text, tokens[i - 1].start):
        return True  # "Essentieel zijn …", not "is verplicht zijn werkgever te melden"
    if _PARTICIPLE_BEFORE_RE.fullmatch(prev) and (
        nxt in grammar.prepositions
        or nxt in _JOINERS
        or nxt in MORE_PREPOSITIONS
        or nxt in grammar.verb_before
        or nxt == "als"  # "moet de school erkend zijn als leerwerkplek"
    ):
        # "certificaten die erkend zijn binnen de sector", "die geleerd en geoefend zijn gaan
        # uitproberen": a passive, the verb
        return True
    if i > 0 and text[tokens[i - 1].start - 1 : tokens[i - 1].start] == ")":
        prev = _bracketed_word(text, tokens[i - 1])  # "Onze medewerk(st)ers zijn …"
    known = participle(prev)
    if (known or _LOOSE_PARTICIPLE_RE.fullmatch(prev)) and _verb_before_in_clause(
        text, tokens, i - 1
    ):
        # a participle after the clause's finite verb
        if _subordinate_opener(text, tokens, i - 1):
            if not text[tokens[i - 1].end : token.start].strip():  # not "aangemaand, zijn …"
                return True  # "Als het verslag is goedgekeurd zijn beide docenten …": the verb
        elif known and nxt not in _SUBJECT_AFTER_VERB and nxt not in ("de", "het", "een"):
            return False  # "De werknemer is gehouden zijn functie … uit te oefenen": owns
    if (
        prev == "alleen"
        and nxt not in _CLAUSE_SUBJECTS
        and nxt not in grammar.prepositions
        and nxt not in MORE_PREPOSITIONS
        and nxt not in _JOINERS
        and nxt not in _ALONE_THEN
        and not (nxt.endswith("en") and nxt in grammar.verb_after)
    ):
        # "kan een werknemer niet alleen zijn werkgever … aanspreken": the adverb, a noun
        # follows; not "mag niet alleen zijn in de werkplaats", "alleen zijn ze …", "niet
        # alleen zijn zolang …", "alleen zijn kunnen"
        return False
    if len(prev) > 3 and prev.endswith(("en", "s")) and prev not in _ADVERBS_IN_S_OR_EN:
        # "De deelnemers zijn …": a plural subject, the verb; not the end of a phrase after a
        # modal ("Je leerling kan in meerdere situaties zijn bekwaamheid laten zien")
        return not _phrase_before_possessive(grammar, text, tokens, i)
    return False


def _phrase_or_end_after(grammar: Grammar, text: str, tokens: list[Token], i: int) -> bool:
    """Whether a preposition or the end of the clause follows the word after *zijn*, or
    *zijn* stands in a subordinate clause (whose verbs come last)."""
    after = tokens[i + 1].end
    if text[after : after + 1] in (".", ",", ";", ":", "!", "?", ")", "\n", ""):
        return True
    if i + 2 < len(tokens) and key_of(tokens[i + 2].text) in grammar.prepositions:
        return True
    return _in_subordinate_clause(text, tokens[i].start)  # "die erop zijn bevestigd niet …"


#: A participle of a verb with an inseparable prefix (*ontwikkeld, bevestigd, verzorgd,
#: herhaald, beoordeeld*), by its ending: no *ge-* to tell it by.
#: Nouns that end like such a participle: *beroepsveld*, *vertrekgeld*, *beroepsbeeld*.
_COMPOUND_NOUNS_IN_ELD: Final = ("veld", "geld", "beeld", "held")
_INSEPARABLE_PARTICIPLE_RE: Final = re.compile(
    r"(?:be|ver|ont|her)[a-zà-ÿ]{3,}(?:igd|eld|eerd|aald|orgd|ierd|oerd|uurd)"
)


def _subordinate_opener(text: str, tokens: list[Token], i: int) -> bool:
    """Whether the clause of ``tokens[i]`` opens with *nadat, zodra, als, die, …*: then a
    *zijn* after its closing participle is the main clause's verb (*Nadat de leerling is
    ingeschreven zijn ouders welkom*). Read in the text, since ``tokens`` may start mid-clause."""
    at = tokens[i].start
    window = text[max(0, at - 120) : at]
    cut = max(window.rfind(mark) for mark in ".!?;:,\n")
    first = WORD_RE.search(window, cut + 1)
    return first is not None and key_of(first[0]) in _SUBORDINATORS  # not "… als leermeester"


#: Participles *participle* does not know, enough after a subordinate clause's finite verb:
#: *goedgekeurd*, *beëindigd*, *vastgesteld*; not a present tense (*begeleidt*, *bespreekt*).
_LOOSE_PARTICIPLE_RE: Final = re.compile(
    r"\w{2,8}ge\w{2,}(?:d|en)|(?:be|ver|ont|her)\w{3,}(?:d|cht)"
)
_SUBORDINATORS: Final = wordset(
    "als nadat zodra wanneer indien omdat voordat terwijl toen die dat doordat zodat totdat"
)


def _verb_before_in_clause(text: str, tokens: list[Token], i: int) -> bool:
    """Whether the clause of ``tokens[i]`` has a finite verb before it (*verzamelt in het
    portfolio zijn bewijzen*): then *zijn* owns the noun after it."""
    for k in range(i - 1, max(-1, i - 12), -1):
        if text[tokens[k].end : tokens[k + 1].start].strip(" \t\"'‘’“”"):
            return False  # a comma or a sentence end: the clause began after it
        word = key_of(tokens[k].text)
        if word in _FINITE or _finite_in_t(word):
            return True
        if is_sentence_start(text, tokens[k].start):
            return False
    return False


def _bracketed_word(text: str, last: Token) -> str:
    """The whole word of a bracketed pair form that ends with ``last``: *medewerk(st)ers*
    read as *medewerksters*, lowercase."""
    start = last.start
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start : last.end].replace("(", "").replace(")", "").lower()


def _phrase_before_possessive(grammar: Grammar, text: str, tokens: list[Token], i: int) -> bool:
    """Whether the plural before ``tokens[i]`` ends a prepositional phrase (at most three
    words) in a clause whose finite verb stands elsewhere: after a modal (*Je leerling kan in
    meerdere situaties zijn bekwaamheid laten zien*) or at the end of a subordinate clause
    (*Wanneer een stagiair om dringende redenen zijn stage moet beëindigen*). Then *zijn*
    owns."""
    for k in range(i - 2, max(-1, i - 5), -1):
        if key_of(tokens[k].text) in grammar.prepositions:
            if k >= 1 and key_of(tokens[k - 1].text) in _MODALS:
                return True
            if k >= 1 and _finite_in_t(key_of(tokens[k - 1].text)):
                return True  # "Elke speler brengt bij wedstrijden zijn identiteitskaart mee"
            return _in_subordinate_clause(text, tokens[k].start)
    return False


_MODALS: Final = wordset("kan kunnen moet moeten mag mogen wil willen zal zullen")


def _finite_in_t(word: str) -> bool:
    """A finite verb in *-t* right before a phrase (*brengt*, *neemt*, *houdt*): the clause
    has its verb, so a *zijn* after the phrase owns; no participle (*gebracht*) or noun in
    *-st*, *-cht*, *-nt*, *-heid*."""
    return (
        len(word) > 3
        and word.isalpha()
        and word.endswith("t")
        and not word.endswith(("st", "cht", "nt", "heid", "iet"))
        and not participle(word)
    )


#: Finite verbs right after *zijn*: the infinitive is the subject, no possessive. Not *was*
#: and *kost*, which are nouns too (*doet zijn was*, *verdient zijn kost*).
_FINITE_AFTER: Final = wordset("is betekent betekende vraagt vroeg kostte wordt werd")
_QUESTION_WORDS: Final = wordset("wat wie welke waar hoe waarom wanneer")


def _asks(text: str, end: int) -> bool:
    """Whether the sentence from ``end`` on ends with a question mark (within 150 characters)."""
    for at in range(end, min(len(text), end + 150)):
        if text[at] in ".!?\n":
            return text[at] == "?"
    return False


#: Words that cannot follow the possessive *zijn*: pronouns, conjunctions, adverbs.
_NO_NOUN: Final = wordset(
    "iemand niemand iets niets alles elkaar nu dan wanneer omdat zodat want terwijl toen"
)  # "… geoefend zijn nu …": no noun follows (not *als*: "zijn als bijlage meegestuurde cv")
_CLAUSE_SUBJECTS: Final = wordset("het je jij u we wij ze zij hij ik er")
#: Words after *alleen zijn* that show the verb (*niet alleen zijn zolang …*).
_ALONE_THEN: Final = wordset(
    "zolang totdat tot tenzij behalve voordat nadat zodra mits als wanneer omdat want maar "
    "kunnen willen mogen moeten worden blijven te"
)
#: Adverbs that end like a plural noun, no subject before *zijn*: *heeft immers zijn eigen …*.
_ADVERBS_IN_S_OR_EN: Final = wordset(
    "immers trouwens overigens tevens eveneens soms eens althans bovendien misschien "
    "daarentegen dikwijls steeds anders vervolgens nadien intussen ondertussen"
)
#: *hiervan*, *daarvan* right before *zijn* belong to the noun before them (*Voorbeelden
#: hiervan zijn …*, *De gevolgen daarvan zijn …*).
_OF_THIS: Final = wordset("hiervan daarvan")


def _predicate_then_verb(
    grammar: Grammar, text: str, tokens: list[Token], i: int, nxt: str
) -> bool:
    """After an adjective (*noodzakelijk, bereid*), whether *zijn* is the verb: not when a
    copula came first (*is bereid zijn vaardigheden uit te breiden*) or the word is an adverb
    before the possessive and its noun (*dient schriftelijk zijn vakantiewensen in*)."""
    if any(mark in text[tokens[i - 1].end : tokens[i].start] for mark in ";\n"):
        return True  # "… nodig;\n • zijn onderdelen beschikbaar": a new item, a question
    if i >= 2 and key_of(tokens[i - 2].text) in _COPULAS_BEFORE:
        return False
    if (
        not nxt
        or nxt in grammar.verb_after
        or nxt in grammar.verb_before
        or nxt in grammar.prepositions
        or nxt in MORE_PREPOSITIONS
        or nxt in _JOINERS
        or nxt in _AFTER_THE_VERB
    ):
        return True  # "werkzaam zijn binnen …", "duidelijk zijn wat …", "aanwezig zijn elke …"
    # "noodzakelijk zijn veiligheidsschoeisel te dragen": an infinitive clause follows
    return any(key_of(t.text) == "te" for t in tokens[i + 2 : i + 6])


_COPULAS_BEFORE: Final = wordset("is was ben bent blijkt bleek lijkt leek wordt werd")
#: Words after *zijn* that open what follows the verb and cannot follow the possessive:
#: a clause (*duidelijk zijn wat …*, *mogelijk zijn als …*) or a time or place (*aanwezig zijn
#: elke dinsdag*, *oproepbaar zijn 's avonds*, *inzetbaar zijn overal*).
_AFTER_THE_VERB: Final = wordset(
    "wat wie waar hoe welke welk waarom wanneer of als overal elke iedere ieder elk "
    "dagelijks wekelijks 's s"
)


def _in_subordinate_clause(text: str, start: int) -> bool:
    """Whether the word at ``start`` is in a clause that puts its verbs last: one opened by a
    relative pronoun or a conjunction (*die … zijn beantwoord*, *omdat … zijn verdeeld*),
    where a possessive *zijn* would still need its verb after the noun."""
    lo = max(0, start - 80)
    clause = _CLAUSE_MARK_RE.split(text[lo:start])[-1]
    return not _SUBORDINATING.isdisjoint([key_of(word) for word in clause.split()])


_CLAUSE_MARK_RE: Final = re.compile(r"[,.;:!?\n]")
_SUBORDINATING: Final = wordset(
    "die dat welke waarvan waarin waarop waarmee omdat doordat zodat nadat voordat zodra "
    "wanneer indien als terwijl hoewel ofschoon tenzij mits sinds totdat"
)


def _placing_verb(word: str, grammar: Grammar) -> bool:
    """A finite verb in -t other than a modal (*zet*, *legt*, *zoekt*): after it, *er zijn*
    is *er* and the possessive, not *er zijn* the verb (*dan moeten er … zijn*)."""
    return len(word) > 2 and word.endswith("t") and word not in grammar.verb_before


def participle(word: str) -> bool:
    """Whether a lowercase ``word`` looks like a past participle (*gebleven*, *uitgewerkt*)."""
    if word.startswith("ge") and word.endswith(("d", "t", "en", "aan")) and len(word) > 5:
        return not word.endswith(_NOUN_ENDINGS) and word not in _GE_NOUNS  # "zijn gezicht"
    return bool(_SEPARABLE_PARTICIPLE_RE.match(word)) and not word.endswith(_NOUN_ENDINGS)


def after_fronted_phrase(grammar: Grammar, text: str, tokens: list[Token], i: int) -> bool:
    """*zijn* as the second part of a sentence that opens with a prepositional phrase
    (*In de elektrotechniek zijn …*, *Bij ons zijn …*): Dutch puts the verb there."""
    fronted = i > 0 and (
        key_of(tokens[i - 1].text) in _FRONTED_ADVERBS
        or bool(_PRONOMINAL_ADVERB_RE.fullmatch(key_of(tokens[i - 1].text)))
    )
    if (
        fronted
        and is_sentence_start(text, tokens[i - 1].start)
        and not text[tokens[i - 1].end : tokens[i].start].strip()  # not "Fysiek: zijn werk"
    ):
        return True  # "Daarin zijn snelheid en efficiëntie …"
    if (
        i >= 2
        and key_of(tokens[i - 1].text) in _TIME_NOUNS
        and key_of(tokens[i - 2].text) in _TIME_DETERMINERS
        and is_sentence_start(text, tokens[i - 2].start)
    ):
        return True  # "Dit jaar zijn opleidingen tot … gestart": a fronted time, the verb
    for k in range(i - 1, max(-1, i - 6), -1):
        if is_sentence_start(text, tokens[k].start):
            return (
                k < i - 1
                and key_of(tokens[k].text) in grammar.prepositions
                and key_of(tokens[i - 1].text) not in grammar.prepositions
                and key_of(tokens[i - 1].text) not in _FINITE  # "In … is zijn functie …"
                and "," not in text[tokens[k].end : tokens[i].start]
                and not any(key_of(t.text) in grammar.pronouns for t in tokens[k + 1 : i])
            )
    return False


_TIME_DETERMINERS: Final = wordset(
    "dit deze vorig vorige volgend volgende komend komende afgelopen elk elke ieder iedere"
)
_TIME_NOUNS: Final = wordset(
    "jaar jaren week weken maand maanden dag dagen seizoen schooljaar zomer winter voorjaar "
    "najaar periode keer"
)

#: Finite verbs that fill the verb's place after a fronted phrase, so that a *zijn* right after
#: them is the possessive: *In het organigram is zijn functie …*, *Bij ziekte moet zijn …*.
_FINITE: Final = wordset(
    "is was wordt werd heeft had blijft bleef kan kon mag mocht moet moest zal zou"
)


def owned_noun_follows(grammar: Grammar, tokens: list[Token], i: int) -> bool:
    """In a sentence to the reader, *zijn* is the possessive only where the verb cannot
    stand: right after the reader (*dat je zijn gegevens …*), after *al* (*leg je al zijn
    rechten vast*) or a preposition, and not before a conjunction or function word (*Dat
    kun jij zijn als …*). After an adjective it is the verb (*Je moet stressbestendig zijn
    wanneer …*, *in staat zijn zelfstandig …*)."""
    if i == 0 or i + 1 >= len(tokens):
        return False
    if key_of(tokens[i + 1].text) == "eigen":
        return True  # "houdt zijn eigen werkbonnen bij": never the verb
    prev = key_of(tokens[i - 1].text)
    if prev not in grammar.you and prev != "al" and prev not in grammar.prepositions:
        return False
    nxt = key_of(tokens[i + 1].text)
    return not (nxt in grammar.verb_after or nxt in grammar.verb_before or nxt in _LINKING)


_SAME: Final = wordset(
    "dezelfde hetzelfde gelijk anders doorgaans eveneens tevens inmiddels gewoonlijk allebei "
    "eigenlijk namelijk zowel maximaal minimaal hoogstens hooguit minstens circa ongeveer"
)
_NOTATION_AFTER_RE: Final = re.compile(r"[ \t]*\([ \t]*[mvx][ \t]*[/,][ \t]*[mvx]", re.IGNORECASE)
_NOUN_ENDINGS: Final = ("heid", "icht", "echt", "ing", "schap", "richt")
#: Nouns that look like a participle on *ge-*: *zijn gebied*, *zijn geheugen*, *zijn geluid*.
_GE_NOUNS: Final = wordset(
    "gebied gebit gebed geduld geheugen geluid gemoed geweten gezag gereedschappen gerecht "
    "gesprekken gebieden geschenken gebouwen gedichten geschriften gewricht geraamte "
    "gedachten gewoonten getuigschrift geheimen gezichten geluiden gebreken"
)
_SEPARABLE_PARTICIPLE_RE: Final = re.compile(
    r"(?:uit|op|aan|af|in|mee|toe|door|over|voor|na|bij|om|terug|weg|samen|vast|neer|los|"
    r"binnen|buiten)ge\w{2,}(?:d|t|en|aan)$"  # "toegestaan", "doorgegaan"
)


_FRONTED_ADVERBS: Final = wordset(
    "daarin daarbij daarnaast daarvoor daarom hierin hierbij hiervoor hiernaast verder bovendien "
    "fysiek lichamelijk"
)
_ADVERB_PARTS: Final = (
    "(?:op|in|bij|voor|naast|mee|door|over|onder|na|aan|uit|tegen|om|toe|van|achter|boven|"
    "tussen|naar|zonder)"
)
#: *hierop, daarmee, hiertegen*: an adverb that opens a sentence puts the verb after it.
_PRONOMINAL_ADVERB_RE: Final = re.compile("(?:hier|daar)" + _ADVERB_PARTS)
#: The same with *er* (*erbij*): none of them can follow the possessive *zijn*.
_ANY_PRONOMINAL_ADVERB_RE: Final = re.compile("(?:hier|daar|er)" + _ADVERB_PARTS)
_PREDICATE_ENDINGS: Final = ("lijk", "baar", "isch")
#: A participle with an unstressed prefix (*erkend*, *betaald*, *verzekerd*, *gekeurd*).
_PARTICIPLE_BEFORE_RE: Final = re.compile(r"(?:be|ver|er|ont|her|ge)[a-zà-ÿ]{2,}[dt]")
#: Plurals that look like a strong participle: *verplichtingen*, *ervaringen*, *gewoonten*.
_PLURAL_NOUN_ENDINGS: Final = ("ingen", "heden", "nissen", "schappen", "ten", "ieën")
#: Last parts of compound nouns that the participle pattern would take (*bestuurderskaart*
#: looks like *be…t*); not *markt*, as *vermarkt* is a participle.
_COMPOUND_NOUN_ENDINGS: Final = ("kaart", "kaarten", "vaart", "ment", "menten", "iteit")
#: A participle closing a subordinate clause after *zijn*, strong ones too: *die … zijn
#: beantwoord.*, *dat de portier en de uitsmijter niet eenduidig zijn omschreven.*
_CLAUSE_END_PARTICIPLE_RE: Final = re.compile(r"(?:be|ver|er|ont|her|ge|om)[a-zà-ÿ]{2,}(?:[dt]|en)")
_SENTENCE_CONJUNCTIONS: Final = wordset("maar en want dus ook")
_CLAUSE_END_MARKS: Final = frozenset(".,;:!?")
#: Finite verbs that follow a clause-final *zijn* (a possessive is followed by its noun).
_FINITE_NEXT: Final = wordset("ben bent is kan kun moet mag zal zou heb hebt heeft")
#: After such a verb: a hyphen (*zijn is-gelijkteken*) or a clause end (*vult zijn kan.*) makes
#: it a noun.
_NOT_GOING_ON: Final = frozenset("-.,;:!?")
#: The subject after such a verb: *opgelost zijn ben je …*, *jong zijn kan het helpen*; not
#: *vult zijn kan met water* (a noun).
_SUBJECT_AFTER_VERB: Final = wordset("je jij u het hij zij ze er men ik we wij de dat dit")
#: Brackets with examples or a reference after *zijn*: the clause has ended.
_EXAMPLE_AFTER_RE: Final = re.compile(
    r" ?\((?:bv|bijv|bijvoorbeeld|zie|o\.a|zoals|e\.g)\b[^()\n]{0,200}\)[ \t]*(?:[.,;:!?]|$)",
    re.MULTILINE,
)  # the clause ends after the brackets; not "zijn (bv. elektrisch) gereedschap"
_VERB_SLASH_RE: Final = re.compile(r"\b(?:is|was|wordt|werd)/\Z", re.IGNORECASE)
#: A sentence that opens with two nouns joined by *en*, each with its article, right before.
_TWO_SUBJECTS_RE: Final = re.compile(
    r"(?:\A|[.!?:\n][ \t\"'‘“]*)(?:De|Het) [\w-]+ en (?:de|het) [\w-]+ \Z"
)
_ABBREVIATED_LIST_RE: Final = re.compile(r"\b(?:e\.d|e\.a|enz|etc)\.[ \t]*\Z")
#: Nouns on *be-*, *ver-*, *ont-*, *ge-* that look like a participle: *moet zijn vermogen,
#: inkomen en schulden opgeven*, *zijn bezit, …*.
_PREFIXED_NOUNS: Final = wordset(
    "vermogen verleden vertrouwen verlangen verstand verband verzet bezit bestand bericht "
    "besluit beleid bedrijf gebied geheugen gebit gezicht gewicht geduld gevoel ontwerp "
    "onderhoud verhaal verlof verblijf verzoek vervoer beeld erfgoed verdriet ontbijt eerbied "
    "gedicht geschrift gerecht gebed gezin verdienste gewaad gebaar bezigheden"
)
#: What may follow the participle that closes a clause: a punctuation mark or a dash.
_AFTER_PARTICIPLE: Final = frozenset(".,;:!?–—-)")
#: Conjunctions that open the next clause: *moet erkend zijn zodat …*.
_JOINERS: Final = wordset("zodat omdat want maar en dat wanneer terwijl voordat nadat tenzij")
_PREDICATES: Final = wordset("gewenst nodig aanwezig bereid bekend beschikbaar klaar werkzaam")
#: Predicates that put *zijn* second when they open a sentence: *Essentieel zijn …*.
_FRONTED_PREDICATES: Final = wordset(
    "essentieel cruciaal belangrijk vereist verplicht welkom relevant handig prettig"
)
#: Conjunctions and prepositions that follow the verb *zijn* (*flexibel zijn wanneer …*).
_LINKING: Final = wordset(
    "als wanneer omdat zodat zoals terwijl indien tijdens qua richting zonder"
)
#: Possessives: after "en" + one of these, *zijn* belongs to a noun (*jij en je zijn …* is rare).
_OWNERS: Final = wordset("mijn je jouw zijn haar ons onze hun uw")
#: After *zijn* these make it the verb of a subject of two: *X en Y zijn samen …*.
_TOGETHER: Final = wordset("samen beiden allebei gezamenlijk")


def owned_by_het(tokens: list[Token], i: int) -> bool:
    """*verliest het zijn karakter*: *het* as the subject right after its verb owns the
    *zijn* that follows. Not after a verb that takes *het* as a dummy object (*vindt het zijn
    taak*, *is het zijn schuld*), where *zijn* is someone's."""
    if i < 3 or key_of(tokens[i - 1].text) != "het":
        return False
    verb = key_of(tokens[i - 2].text)
    if not verb.endswith("t") or len(verb) <= 3 or verb in _DUMMY_HET_VERBS:
        return False
    # inverted after a fronted word ("dan verliest het"); not "De monteur legt het zijn klant
    # uit", where het is the object and the person before the verb owns zijn
    return key_of(tokens[i - 3].text) in _FRONTED


_FRONTED: Final = wordset(
    "dan want zo daardoor daarmee hierdoor hiermee nu anders soms vaak daarna toen"
)
_DUMMY_HET_VERBS: Final = wordset(
    "vindt acht noemt ziet wordt maakt heeft houdt laat weet zegt meent krijgt"
)
