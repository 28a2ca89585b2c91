"""Whether a sentence is told in the past tense: the test for a story about one person
(*Hij nam een steel en plantte hem …*) rather than a rule or a description for anyone, which
Dutch writes in the present. The verb lists are short and common; a word in *-t* counts as
a present-tense verb unless its ending or the list of frequent nouns and adverbs says it is
none (*omdat*, *nooit*, *kandidaat*)."""

from __future__ import annotations

import re
from typing import Final

from anderebril.textscan.pronoun_grammar import PAST_VERBS
from anderebril.textscan.tokenize import Token, sentence_around, tokens_between, wordset
from anderebril.textscan.zijn_verb import participle


def told_in_the_past(text: str, token: Token) -> bool:
    """Whether the sentence around ``token`` has a verb in the past tense: a story about one
    person goes on through such sentences (*… Toen hij begon over …*), not into the present."""
    lo, hi = sentence_around(text, token.start, token.end, 150)
    return any(past_tense(w.strip(",;:()'\"‘’“”„")) for w in text[lo:hi].lower().split())


def past_sentence(text: str, token: Token) -> bool:
    """Whether the sentence around ``token`` is told in the past tense: a verb in the past
    and none in the present (*Hij nam een steel en plantte hem …*; not *De student beschrijft
    wat hij leerde*, where the past is only in a clause)."""
    lo, hi = sentence_around(text, token.start, token.end, 150)
    quote_end = _QUOTE_END_RE.search(text, token.end, hi)
    if quote_end is not None:
        hi = quote_end.start()  # "… mailde hij of hij me op mocht geven", legt ze uit.
    words = [w.strip(",;:()'\"‘’“”„") for w in text[lo:hi].lower().split()]
    if not words:
        return False
    for at, word in enumerate(words):
        # "destijds" mid-sentence is "at the time" of a story ("was destijds alleen …")
        if (
            word in HABITUAL
            and (at == 0 or word in _HABITUAL_ANYWHERE)
            and not _in_a_clause(words, at)
        ):
            return False  # "De leerling kreeg vroeger een boekje …": how it went, for anyone
    # "Weigerde de werknemer …, dan verloor hij …": a rule; a question too when "Dan …"
    # answers it ("Was de werknemer ziek …? Dan …")
    answered = text[hi : hi + 1] != "?" or text[hi + 1 : hi + 6].lstrip().startswith("Dan")
    if words[0] in PAST_VERBS and answered:
        return False
    # "Als de werknemer … weigerde, verloor hij …"; not "Als … niet had gereageerd"
    conditional = words[0] in _IF and len(words) > 1 and words[1] in ARTICLES
    if conditional and not any(w in ("had", "hadden") for w in words):
        return False
    # "dat de loodgieter zou komen": an infinitive after a past modal is no present tense
    if not any(past_tense(w) for w in words) or any(
        present_verb(w)
        and not (at and words[at - 1] in PAST_MODALS and w.endswith("n"))
        and not (at and words[at - 1] == "te" and w.endswith("n"))  # "recht te hebben"
        and not (at and words[at - 1] in _NOUN_MARKERS)  # "een dessert": a noun in -t
        for at, w in enumerate(words)
    ):
        return False
    # "In de middeleeuwen maakte de smid wapens": how it went then, for anyone; not a word of
    # a relative clause ("De smid die hier vroeger zat, maakte …": the one who was here)
    if any(w in _FREQUENCY and not _in_a_clause(words, at) for at, w in enumerate(words)):
        return False
    if _ERA_RE.search(text, lo, hi) is not None:
        return False
    return not _history_before(text, lo)


def _history_before(text: str, lo: int) -> bool:
    """*Vroeger was een melkboer een ander beroep. … De melkboer pakte het pannetje …*: a
    passage that has set its story in the past for anyone (*vroeger*, *eertijds*, an era, a
    year before 1950) tells how the work went then, in the sentences after it too. Not a
    memoir: the writer (*ik*, *we*) close before it tells of people they met."""
    window = text[max(0, lo - _HISTORY_REACH) : lo]
    if _HISTORY_RE.search(window) is None:
        return False
    return _WRITER_RE.search(text, max(0, lo - _WRITER_REACH), lo) is None


_HISTORY_REACH: Final = 600
_WRITER_REACH: Final = 250
_HISTORY_RE: Final = re.compile(
    r"\b(?:vroeger|vroegere|eertijds|toentertijd|vervlogen|middeleeuwen"
    r"|(?:\d+(?:ste|de|e)|vijftiende|zestiende|zeventiende|achttiende|negentiende) eeuw"
    r"|(?:in|tot|rond|vóór|sinds|ongeveer) (?:\d{3}|1[0-8]\d\d|19[0-4]\d)\b"
    r"|jaren (?:twintig|dertig|veertig|vijftig|zestig))",
    re.IGNORECASE,
)
_WRITER_RE: Final = re.compile(r"\b(?:ik|mijn|m'n|we|wij|ons|onze|me|mij)\b", re.IGNORECASE)


def _in_a_clause(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` follows a relative or subordinate *die*/*dat* (not a demonstrative
    after a preposition: *om die reden*, *in die tijd*)."""
    return any(
        word in _CLAUSE and (i == 0 or words[i - 1] not in _BEFORE_A_DEMONSTRATIVE)
        for i, word in enumerate(words[:at])
    )


_BEFORE_A_DEMONSTRATIVE: Final = wordset("om in op met van voor bij na tot door uit aan over")


#: Past modals whose infinitive (*zou komen*) is no present tense.
PAST_MODALS: Final = wordset("zou zouden kon konden moest moesten wilde wilden mocht mochten")
#: Adverbs that make a past-tense sentence tell how things went then, for anyone.
HABITUAL: Final = wordset("vroeger destijds vroegah toentertijd altijd")
#: Of these, the ones that make it a habit wherever they stand ("Het was altijd het gebruik
#: dat …"); "destijds" mid-sentence is "at the time" of a story.
_HABITUAL_ANYWHERE: Final = wordset("vroeger altijd")
#: A quotation closed before the speaker's tag: '…", legt ze uit', '…’, zegt hij'.
_QUOTE_END_RE: Final = re.compile(r"[\"”’'],")
_IF: Final = wordset("als wanneer zodra indien")
_CLAUSE: Final = wordset("die dat")
#: The articles (*de monteur*, *een timmerman*).
ARTICLES: Final = wordset("de het een")


def present_verb(word: str) -> bool:
    """A finite verb in the present tense: a common one, or a form in -t that is no participle
    (*gewerkt*, *opgeleid*) or noun (*dienst*, *kracht*)."""
    if word in PRESENT_VERBS:
        return True
    if len(word) < 4 or not word.endswith("t") or word.endswith(_NOT_VERB_ENDINGS):
        return False
    if word in _NOT_VERBS_IN_T:
        return False
    return not (word.startswith("ge") or participle(word))


def past_tense(word: str) -> bool:
    """A common verb form in the past tense (a list: most words in -te or -de are no verb)."""
    return word in PAST_VERBS


PRESENT_VERBS: Final = wordset(
    "is ben bent heb hebt heeft hebben kan kunnen kunt moet moeten wil wilt willen mag mogen "
    "zal zult zullen gaat gaan komt komen doet doen staat staan ziet zien weet weten "
    "verliest"
)
_NOT_VERB_ENDINGS: Final = (
    "st", "cht", "heid", "iet", "ment", "dent", "cent", "ct", "ant",
    "dat", "ooit", "iteit", "markt", "vaart", "kaart", "port",  # omdat, nooit, kwaliteit, …
)  # fmt: skip
#: Frequent words in -t that are no verb (counted on the real sets): *groot*, *kandidaat*.
_NOT_VERBS_IN_T: Final = wordset(
    "groot kort tekort soort vanuit eruit vooruit hart maart part hout fout punt slot ruit "
    "front feit maat buurt straat kandidaat resultaat certificaat internet talent assistent "
    "patiënt cliënt consulent competent efficiënt omtrent absoluut compleet concreet apart "
    "alert robot unit toilet binnenkort audit budget target ticket pakket circuit debat"
)


def told_subject(text: str, start: int, end: int) -> bool:
    """*Een brandweerman stapte erop en viel erdoor*, *Toen belde de monteur aan*, *Mijn tante
    keek de serveerster aan*: one noun with *een* or *de*, right beside a verb in the past
    (its subject, or the one the verb acts on), in a sentence told all in the past, is the
    one person a story is about. Not the topic of a past conversation (*Het gesprek ging
    over de vakman*), a sentence that opens with its verb (*Weigerde de werknemer …, dan …*)
    or how things went then (*Vroeger werkte de smid …*)."""
    determined = determiner_before(text, start)
    if determined is None:
        return False
    words, at = determined
    if at > 0 and words[at - 1].lower() == "door" and words[at].lower() == "een":
        # "Ik liet me in december inhuren door een tuinman uit de buurt": who did it, once;
        # not "we worden op tijd en stond bijgestaan door een stagiaire" (a present passive)
        lo, hi = sentence_around(text, start, end, 150)
        said = text[lo:hi].lower().split()
        if not _PRESENT_PASSIVE.isdisjoint(said) or for_anyone(text, start, end):
            return False
        # "De brand werd vannacht ontdekt door een schoonmaakster": a passive in the past
        return not _PAST_PASSIVE.isdisjoint(said) or past_sentence(
            text, Token(start, end, text[start:end])
        )
    following = _NEXT_WORD_RE.match(text, end)
    verb = following[1].lower() if following is not None else ""
    if not past_tense(verb):
        verb = words[at - 1].lower() if at > 0 else ""  # "keek de serveerster aan"
    if not past_tense(verb) or verb in _STATE_VERBS:
        return False  # no event: "In 1900 werkte een naaister …", "kreeg een secretaresse …"
    return past_sentence(text, Token(start, end, text[start:end]))


_PRESENT_PASSIVE: Final = wordset("wordt worden is zijn")
_PAST_PASSIVE: Final = wordset("werd werden")
#: Words after which a word in -t is a noun: *een dessert*, *de kunst*, *geen budget*.
_NOUN_MARKERS: Final = wordset("een de geen elk elke ieder iedere")


def determiner_before(text: str, start: int) -> tuple[list[str], int] | None:
    """The last words before the noun at ``start`` and where among them its *de* or *een*
    stands, one adjective (*de jonge monteur*, *een 57-jarige vrachtwagenchauffeur*) allowed
    in between; None without one, or when a mark ends the word before the noun."""
    words = text[max(0, start - 40) : start].split()[-4:]
    if not words or words[-1][-1:] in _NOT_INSIDE:
        return None
    at = len(words) - 1
    if at > 0 and words[at].lower() not in _DETERMINERS and _ADJECTIVE_RE.fullmatch(words[at]):
        at -= 1
    return (words, at) if words[at].lower() in _DETERMINERS else None


def for_anyone(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``start:end`` tells how things go or went for anyone: a
    word of frequency or habit (*vaak, gemiddeld, traditioneel, elke*) or an era (*in de
    middeleeuwen, in de jaren vijftig, rond 1900, vijftig jaar geleden*)."""
    lo, hi = sentence_around(text, start, end, 200)
    words = text[lo:hi].lower().split()
    if any(w.strip(",;:()'\"‘’“”„!?.") in _FREQUENCY for w in words):
        return True
    return _ERA_RE.search(text, lo, hi) is not None


#: Verbs of a state, a habit or a rule: with them a past sentence tells how it was, not what
#: one person did (*Tot de jaren tachtig was een typiste onmisbaar*).
_STATE_VERBS: Final = wordset(
    "was waren had hadden werd werden kon konden moest moesten mocht mochten wilde werkte "
    "werkten kreeg kregen droeg woonde woonden kende verloor ontving bleef ging gingen koos "
    "leerde zocht volgde studeerde verdiende stond zat lag hield zorgde deed"
)
#: Words of frequency, habit or anyone.
_FREQUENCY: Final = wordset(
    "vaak meestal gemiddeld gemiddelde zelden doorgaans gewoonlijk traditioneel menig "
    "voortaan telkens steeds vroeger altijd elke iedere elk ieder jaarlijks wekelijks"
)
_ERA_RE: Final = re.compile(
    r"\b(?:eeuw|middeleeuwen|jaren (?:\d0|twintig|dertig|veertig|vijftig|zestig|zeventig"
    r"|tachtig|negentig)|(?:tot|rond|vóór|voor) (?:\d{4}|de jaren|de oorlog)"
    r"|(?:\d{2,}|tien|twintig|dertig|veertig|vijftig|zestig|honderd)\w* jaar geleden"
    r"|(?:tot|vóór|voor) \d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus"
    r"|september|oktober|november|december)"
    r"|na de oorlog|oude (?:regeling|cao|reglement|wet))",
    re.IGNORECASE,
)


_DETERMINERS: Final = wordset("de een")
_NOT_INSIDE: Final = ".!?:;,\"'”’)"
_ADJECTIVE_RE: Final = re.compile(r"\d+-jarige|[a-zà-ÿ]+e")
_NEXT_WORD_RE: Final = re.compile(r"[ \t]+(\w+)")


def past_of_a_pronoun(text: str, prev: list[Token], end: int) -> bool:
    """*… vertelde ze dat ze lange tijd stewardess en secretaresse is geweest*, *toen hij
    nog timmerman was*: the noun is what the subject *ze*, *zij* or *hij* of a subordinate
    clause was, with the verb closing the clause in the past — one person's history. A rule
    or a dossier writes the present (*laat zien dat hij vakman is*, *… een vakman is
    geworden*), which stays a role; so *hij* takes only the simple past or pluperfect (*was*,
    *werd*, *was geweest*), *ze* also the perfect (*is geweest*). A second noun joined with
    *en* or *of* may stand between (the pair is one predicate)."""
    if _PAST_AFTER_RE.match(text, end) is None:
        return False  # the usual case, told without tokenising
    following = [t.text.lower() for t in tokens_between(text, end, min(len(text), end + 60), 4)]
    if following[:1] in (["en"], ["of"]):
        following = following[2:]
    pair = tuple(following[:2])
    if pair in _PAST_PAIRS:
        perfect = pair[0] == "is" or pair[1] == "is"
    elif following[:1] in (["was"], ["werd"], ["bleef"]):
        perfect = False
        if len(following) > 1 and participle(following[1]):
            return False  # "dat hij als vakman was opgeleid": a passive, not what he was
    else:
        return False
    words = [t.text.lower() for t in prev]
    opener = max((i for i, w in enumerate(words) if w in _SUBORDINATORS), default=-1)
    if opener < 0 or opener + 1 >= len(words) or len(words) - opener > 8:
        return False  # the clause's subject a few words before the noun, no more
    subject = words[opener + 1]
    if subject not in _SINGULAR_PERSONAL or (perfect and subject == "hij"):
        return False
    if "," in text[prev[opener].end : prev[-1].end]:
        return False
    if words[opener] != "toen" and _TELLING.isdisjoint(words[:opener]):
        return False  # "omdat hij eerder voorman was", "voordat hij vakman was": a rule's
        # condition about anyone, unless someone tells (*vertelde ze dat ze …*)
    return _PREPOSITIONS.isdisjoint(words[opener + 2 :])  # not "dat ze als kapster was …"


#: What may follow such a noun: perhaps *en|of* and another noun, then a past verb form.
_PAST_AFTER_RE: Final = re.compile(
    r"[ \t]+(?:(?:en|of)[ \t]+[\w-]+[ \t]+)?(?:was|werd|bleef|is|geweest|geworden|gebleven)\b",
    re.IGNORECASE,
)
#: The verb closing such a clause in the past, in two words: *is geweest*, *geweest was* …
_PAST_PAIRS: Final = frozenset(
    [(a, b) for a in ("is", "was") for b in ("geweest", "geworden", "gebleven")]
    + [(b, a) for a in ("is", "was") for b in ("geweest", "geworden", "gebleven")]
)
_SUBORDINATORS: Final = wordset("dat omdat toen nadat sinds voordat terwijl hoewel zodat")
_SINGULAR_PERSONAL: Final = wordset("ze zij hij")
_PREPOSITIONS: Final = wordset(
    "als voor vóór met bij naar van tot aan op in uit door om over tegen"
)
#: Verbs of telling or knowing that put a clause about someone's own past: *vertelde ze dat*.
_TELLING: Final = wordset(
    "vertelde vertelt vertellen zei zegt zeggen wist weet vond herinnert herinnerde schreef "
    "schrijft dacht bleek blijkt verklaarde vertrouwde"
)


def habit_of(text: str, start: int, end: int) -> bool:
    """*De timmerman deed meestal het grovere werk … De timmerman was nauw betrokken bij de
    bouw van een huis. Hij zorgde …*: the noun's own sentence says how the trade usually went,
    so what follows in the past is the trade's history, for anyone in it, not one man's
    story."""
    if _OWN_CLAUSE_RE.match(text, end):
        return False  # "De timmerman die ons huis bouwde, werkte meestal …": that one man
    lo, hi = sentence_around(text, start, end, 200)
    words = [w.strip(",;:()'\"‘’“”„") for w in text[lo:hi].lower().split()]
    if _HABIT.isdisjoint(words):
        return False
    return not any(w.isdigit() or w in _ONE_TIME for w in words)  # not "vorige week", "2019"


#: Words that make a sentence in the past a habit of the trade (*meestal*, *doorgaans*), not
#: one event (not *vroeger*: *De smid die hier vroeger zat* is the one who was here; not
#: *vaak*: *De chauffeur reed vaak te hard* is one man's habit).
_HABIT: Final = wordset("meestal doorgaans gewoonlijk traditioneel")
#: Words of one time or event: *gisteren*, *vorige week*.
_ONE_TIME: Final = wordset("gisteren vorige vorig vandaag toen destijds wedstrijd")
#: A relative clause right after the noun: it says which one.
_OWN_CLAUSE_RE: Final = re.compile(r",?[ \t]+(?:die|dat|wie)\b")
