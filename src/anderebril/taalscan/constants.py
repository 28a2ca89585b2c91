"""Choices and Dutch labels of the taalscan page.

The ids (strategies, languages, categories, severities) are the engine's; the labels are ours.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

MB = 1024 * 1024
#: Largest file a visitor may upload.
MAX_UPLOAD_SIZE = 20 * MB
#: Longest text a visitor may paste (characters).
MAX_TEXT_LENGTH = 5_000_000
#: Findings highlighted in the text and listed on the page; the downloads hold all of them.
MAX_SHOWN_FINDINGS = 200
#: Characters of the text shown with highlights.
MAX_SHOWN_CHARACTERS = 100_000
#: Longest text for which the rewritten copy is shown (it is shown whole, in a textarea).
MAX_REWRITE_CHARACTERS = 200_000
#: Characters of context kept on each side of a finding for the PDF report.
CONTEXT_CHARACTERS = 50

ALLOWED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".odt", ".pdf")


class Strategy(models.TextChoices):
    OVERKOEPELEND = "overkoepelend", _("Overkoepelend")
    PAARVORM = "paarvorm", _("Paarvorm")
    DIRECT = "direct", _("Direct aanspreken")


STRATEGY_HELP = {
    Strategy.OVERKOEPELEND: _(
        "Eén woord voor iedereen, zoals vakkracht in plaats van vakman en verpleegkundige in "
        "plaats van verpleegster."
    ),
    Strategy.PAARVORM: _(
        "Noem beide vormen, zoals vakman of vakvrouw. Onderzoek laat zien dat meisjes zich dan "
        "vaker geschikt voelen voor een technisch beroep."
    ),
    Strategy.DIRECT: _(
        "Spreek de lezer aan met je en jij: ‘Je regelt zelf je stage’ in plaats van ‘De student "
        "regelt zelf zijn stage’."
    ),
}


class ScanLanguage(models.TextChoices):
    NL = "nl", _("Nederlands")
    EN = "en", _("Engels")
    AUTO = "auto", _("Automatisch herkennen")


class Category(models.TextChoices):
    GENDERED_TERM = "gendered-term", _("Gendergebonden woord")
    GENERIC_MASCULINE = "generic-masculine", _("Algemeen bedoeld ‘hij’ of ‘zijn’")
    BINARY_NOTATION = "binary-notation", _("Tweeledige notatie zoals (m/v)")
    STEREOTYPE = "stereotype", _("Stereotype")
    CODED_WORD = "coded-word", _("Mannelijk of vrouwelijk gekleurd woord")


#: A visible letter per category, so highlights never rely on colour alone.
CATEGORY_MARKERS = {
    Category.GENDERED_TERM: "W",
    Category.GENERIC_MASCULINE: "H",
    Category.BINARY_NOTATION: "N",
    Category.STEREOTYPE: "S",
    Category.CODED_WORD: "K",
}

CATEGORY_HELP = {
    Category.GENDERED_TERM: _(
        "Een mannelijke of vrouwelijke functie- of persoonsnaam voor een rol of groep in het "
        "algemeen, terwijl er een woord voor iedereen bestaat."
    ),
    Category.GENERIC_MASCULINE: _(
        "‘Hij’, ‘hem’ of ‘zijn’ voor een algemene persoon, zoals de student of de kandidaat."
    ),
    Category.BINARY_NOTATION: _(
        "Notaties als (m/v), hij/zij of gastheer/gastvrouw noemen twee genders en sluiten "
        "anderen uit."
    ),
    Category.STEREOTYPE: _(
        "Uitdrukkingen die het vak als mannenzaak neerzetten of vrouwen apart noemen."
    ),
    Category.CODED_WORD: _(
        "Eigenschappen die als mannelijk of vrouwelijk worden ervaren. Dit is een signaal, geen "
        "fout."
    ),
}


class Severity(models.TextChoices):
    MUST_FIX = "must-fix", _("Moet worden aangepast")
    SHOULD_FIX = "should-fix", _("Aanpassen aanbevolen")
    CONSIDER = "consider", _("Overweeg een aanpassing")
