"""Fictional genderscan demo data: seven schools with two closed rounds each (one school also has
an open third round), figures, published advice and a plan van aanpak, plus a company self-scan.

``load_genderscan_demo()`` is safe to run again: organisations that already have rounds are
skipped. Every name is invented; answers are generated from a fixed random seed.
"""

from __future__ import annotations

import datetime
import random
import zlib
from typing import Any

from django.db import transaction
from django.utils import timezone

from anderebril.accounts.models import User
from anderebril.core.demo import DEMO_DOMAIN, load_demo_data
from anderebril.genderscan.actions import action_from_advice
from anderebril.genderscan.advice import generate_advice, publish_advice
from anderebril.genderscan.constants import ActionStatus, FigureSource, QuestionType, Sector
from anderebril.genderscan.models import AdvisorAssignment, ProgrammeFigures, Response, ScanRound
from anderebril.genderscan.rounds import close_round, open_round, questionnaire_of
from anderebril.organisations.constants import Kind
from anderebril.organisations.models import Organisation

EXTRA_SCHOOLS = (
    ("roc-de-kustlijn", "ROC De Kustlijn (fictief)", "Vlissingen", "97GA"),
    ("technova-college", "Technova College (fictief)", "Enschede", "97GB"),
    ("vakcollege-de-delta", "Vakcollege De Delta (fictief)", "Dordrecht", "97GC"),
    ("mbo-stad-en-land", "mbo Stad en Land (fictief)", "Amersfoort", "97GD"),
)
CORE_SCHOOLS = ("techniekcollege-noord", "vakschool-de-dijk", "mbo-college-oost")
MAIN_SCHOOL = "techniekcollege-noord"
COMPANY = "installatiebedrijf-voltaan"
GROUP_SIZES = {
    "management": (5, 8),
    "staff": (9, 22),
    "female_students": (5, 16),
    "male_students": (18, 45),
    "companies": (5, 9),
    "practice_trainers": (5, 9),
    "interns": (6, 12),
}
PROGRAMMES = (
    ("99101", "Monteur elektrotechnische installaties (demo)", Sector.BOUW_INSTALLATIE, 70),
    ("99102", "Medewerker ICT-support (demo)", Sector.ICT, 55),
    ("99103", "Autotechnicus (demo)", Sector.MOBILITEIT, 60),
)
OPEN_ANSWERS = (
    "Meer vrouwelijke docenten in de werkplaats.",
    "Stop met grappen over meiden in de klas.",
    "Laat zien welk werk je later kunt doen.",
    "Betere begeleiding bij het zoeken naar een stage.",
    "Een eigen kleedruimte bij de praktijklokalen.",
    "Vaker gastlessen van vrouwen uit het bedrijfsleven.",
)


def _aware(year: int, month: int, day: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(year, month, day, 9, 0))


def _answers(questionnaire: Any, group: str, level: float, rng: random.Random) -> dict[str, Any]:
    """Answers around ``level`` (0–1): higher means the organisation is further along."""
    answers: dict[str, Any] = {}
    for question in questionnaire.questions_for(group):
        if rng.random() < 0.05:
            continue  # skipped
        if question.type == QuestionType.OPEN:
            if rng.random() < 0.4:
                answers[question.key] = rng.choice(OPEN_ANSWERS)
            continue
        position = min(0.999, max(0.0, rng.gauss(level, 0.22)))
        if question.type == QuestionType.LIKERT:
            value = 1 + int(position * 5)
            answers[question.key] = 6 - value if question.reverse else value
        else:
            answers[question.key] = question.options[int(position * len(question.options))].key
    return answers


def _fill_round(
    scan_round: ScanRound, level: float, rng: random.Random, day: datetime.date
) -> None:
    questionnaire = questionnaire_of(scan_round)
    responses = []
    for group in questionnaire.groups:
        low, high = GROUP_SIZES[group]
        for _n in range(rng.randint(low, high)):
            # students see things a bit less rosily than management
            offset = -0.08 if "student" in group or group == "interns" else 0.05
            responses.append(
                Response(
                    round=scan_round,
                    group=group,
                    submitted_on=day,
                    answers=_answers(questionnaire, group, level + offset, rng),
                )
            )
    Response.objects.bulk_create(responses)


def _figures(school: Organisation, rng: random.Random, share: float) -> None:
    for year, growth in ((2023, 0.0), (2024, 0.02)):
        for crebo, name, sector, size in PROGRAMMES:
            intake = size + rng.randint(-10, 10)
            women = max(
                1, round(intake * (share + growth) * (0.5 if sector != Sector.ICT else 1.2))
            )
            enrolled_w, enrolled_m = women * 3, (intake - women) * 3
            ProgrammeFigures.objects.update_or_create(
                organisation=school,
                crebo=crebo,
                school_year=year,
                defaults={
                    "programme": name,
                    "sector": sector,
                    "source": FigureSource.UPLOAD,
                    "intake_women": women,
                    "intake_men": intake - women,
                    "enrolled_women": enrolled_w,
                    "enrolled_men": enrolled_m,
                    "dropout_women": round(enrolled_w * rng.uniform(0.12, 0.22)),
                    "dropout_men": round(enrolled_m * rng.uniform(0.08, 0.14)),
                    "diplomas_women": round(enrolled_w * 0.25),
                    "diplomas_men": round(enrolled_m * 0.27),
                },
            )


def _plan(school: Organisation, scan_round: ScanRound, advisor: User | None) -> None:
    advice = generate_advice(scan_round)
    if advisor is not None:
        publish_advice(advice, advisor)
    today = timezone.localdate()
    statuses = (
        (ActionStatus.DONE, -120),
        (ActionStatus.IN_PROGRESS, 45),
        (ActionStatus.PLANNED, -10),
        (ActionStatus.PLANNED, 120),
    )
    for item, (status, days) in zip(advice.items.all(), statuses, strict=False):
        action = action_from_advice(item, school)
        action.status = status
        action.owner = "Teamleider techniek"
        action.due_date = today + datetime.timedelta(days=days)
        action.indicator = "Besproken in het managementteam en zichtbaar in de volgende meting"
        action.save()


def _scan(
    organisation: Organisation, level: float, advisor: User | None, *, third_round: bool
) -> int:
    rng = random.Random(zlib.crc32(organisation.slug.encode()))
    zero = "0-meting" if organisation.kind == Kind.MBO_SCHOOL else "Zelfscan"
    first = open_round(
        organisation, title=f"{zero} 2023", school_year=2023, opened_at=_aware(2023, 10, 2)
    )
    _fill_round(first, level, rng, datetime.date(2023, 10, 20))
    first = close_round(first, closed_at=_aware(2023, 12, 15))
    _plan(organisation, first, advisor)
    second = open_round(
        organisation, title="Meting 2024", school_year=2024, opened_at=_aware(2024, 10, 1)
    )
    _fill_round(second, level + rng.uniform(0.03, 0.12), rng, datetime.date(2024, 10, 18))
    close_round(second, closed_at=_aware(2024, 12, 13))
    rounds = 2
    if third_round:
        third = open_round(
            organisation, title="Meting 2025", school_year=2025, opened_at=_aware(2025, 10, 1)
        )
        _fill_round(third, level + 0.15, rng, datetime.date(2025, 10, 10))
        rounds += 1
    return rounds


@transaction.atomic
def load_genderscan_demo() -> dict[str, int]:
    """Create the demo scans; return how many organisations and rounds were added."""
    load_demo_data()
    advisor = User.objects.filter(email=f"adviseur@{DEMO_DOMAIN}").first()
    region = Organisation.objects.filter(kind=Kind.STO_REGION).order_by("pk").first()
    schools = list(Organisation.objects.filter(slug__in=CORE_SCHOOLS))
    for slug, name, town, brin in EXTRA_SCHOOLS:
        school, _created = Organisation.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "kind": Kind.MBO_SCHOOL,
                "town": town,
                "brin_code": "" if Organisation.objects.filter(brin_code=brin).exists() else brin,
                "sto_region": region
                if slug in ("technova-college", "vakcollege-de-delta")
                else None,
            },
        )
        schools.append(school)
    added = {"organisations": 0, "rounds": 0}
    for index, school in enumerate(sorted(schools, key=lambda s: s.slug)):
        if advisor is not None and (index < 4 or school.slug == MAIN_SCHOOL):
            AdvisorAssignment.objects.get_or_create(advisor=advisor, organisation=school)
        if school.genderscan_rounds.exists():
            continue
        level = 0.35 + 0.06 * index
        _figures(school, random.Random(index), 0.08 + 0.015 * index)
        added["rounds"] += _scan(school, level, advisor, third_round=school.slug == MAIN_SCHOOL)
        added["organisations"] += 1
    company = Organisation.objects.filter(slug=COMPANY).first()
    if company is not None and not company.genderscan_rounds.exists():
        if advisor is not None:
            AdvisorAssignment.objects.get_or_create(advisor=advisor, organisation=company)
        added["rounds"] += _scan(company, 0.45, advisor, third_round=False)
        added["organisations"] += 1
    return added
