"""The figures of an audit report, computed from the first reviewer's tagging of each image.

Shares are given only where the number of people behind them is at least ``SMALL_GROUP``; below
that the report shows the counts and says there are too few for a share.

Agreement is measured between two fixed reviewers: the pair that tagged the most images in
common (the lower ids first on a tie), each always on the same side of the comparison. Pairing
"whoever tagged first" with "whoever tagged second" would mix the two reviewers' columns when
they took turns, and Cohen's kappa depends on each reviewer's own use of the categories.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from anderebril.core.privacy import SMALL_GROUP
from anderebril.imagescan.agreement import Agreement, agreement
from anderebril.imagescan.codes import split_key
from anderebril.imagescan.constants import ALT_MISSING, PASSIVE_ROLES, Gender, Role, Setting
from anderebril.imagescan.models import Audit, Image, PageImage, Tagging

#: Men around a single woman from which she counts as "singled out as the exception".
EXCEPTION_MEN = 3


@dataclass
class Share:
    label: str = ""
    key: str = ""
    women: int = 0
    men: int = 0
    unclear: int = 0

    @property
    def total(self) -> int:
        return self.women + self.men + self.unclear

    @property
    def share_women(self) -> float | None:
        """Percentage of women, or ``None`` when fewer than ``SMALL_GROUP`` people are shown."""
        return 100 * self.women / self.total if self.total >= SMALL_GROUP else None

    def add(self, gender: str, number: int) -> None:
        if gender == Gender.WOMAN:
            self.women += number
        elif gender == Gender.MAN:
            self.men += number
        else:
            self.unclear += number


@dataclass
class Report:
    audit: Audit
    images: int = 0
    skipped: int = 0
    tagged: int = 0
    without_people: int = 0
    people: Share = field(default_factory=Share)
    by_role: list[Share] = field(default_factory=list)
    by_setting: list[Share] = field(default_factory=list)
    images_with_women: int = 0
    images_with_men: int = 0
    exception_images: list[Image] = field(default_factory=list)
    passive_women: int = 0
    passive_men: int = 0
    page_images: int = 0
    #: ``<img>`` elements on the pages of the upload without an alt text (absent or empty).
    missing_alt: list[PageImage] = field(default_factory=list)
    findings: int = 0
    images_with_findings: list[Image] = field(default_factory=list)
    patterns: list[str] = field(default_factory=list)
    agreement: Agreement | None = None
    reviewers: int = 0

    @property
    def untagged(self) -> int:
        return self.images - self.tagged

    @property
    def technical(self) -> Share:
        return next(share for share in self.by_role if share.key == Role.TECHNICAL)

    @property
    def target(self) -> int:
        return self.audit.target_women_technical

    @property
    def meets_target(self) -> bool | None:
        share = self.technical.share_women
        return None if share is None else share >= self.target

    def key_figures(self) -> list[tuple[str, float | None]]:
        """The figures a re-audit compares, as (Dutch label, value); ``None`` = not shown."""
        return [
            (_("Beelden"), self.images),
            (_("Getagde beelden"), self.tagged),
            (_("Mensen in beeld"), self.people.total),
            (_("Aandeel vrouwen onder alle mensen (%)"), self.people.share_women),
            (_("Aandeel vrouwen bij technisch werk (%)"), self.technical.share_women),
            (_("Beelden met een vrouw als uitzondering"), len(self.exception_images)),
            (_("Beelden zonder alt-tekst"), len(self.missing_alt)),
            (_("Taalscan-vondsten in bijschriften en alt-teksten"), self.findings),
        ]


def build_report(audit: Audit) -> Report:
    images = list(audit.images.order_by("position"))
    first: dict[int, Tagging] = {}
    by_reviewer: dict[int, dict[int, Tagging]] = defaultdict(dict)
    for each in Tagging.objects.filter(image__audit=audit).order_by("created_at", "id"):
        by_reviewer[each.reviewer_id][each.image_id] = each
        first.setdefault(each.image_id, each)
    report = Report(audit=audit, reviewers=len(by_reviewer))
    report.page_images = audit.page_images.count()
    report.missing_alt = list(audit.page_images.filter(alt_status__in=ALT_MISSING).order_by("id"))
    roles = {role: Share(str(role.label), role.value) for role in Role}
    settings = {setting: Share(str(setting.label), setting.value) for setting in Setting}
    women_technical_images = men_technical_images = 0
    for image in images:
        if image.text_findings:
            report.findings += len(image.text_findings)
            report.images_with_findings.append(image)
        if not image.has_file:
            report.skipped += 1
            continue
        report.images += 1
        if image.pk not in first:
            continue
        tagging = first[image.pk]
        report.tagged += 1
        shown = Share()
        technical = Share()
        for name, number in tagging.counts.items():
            gender, role = split_key(name)
            if role not in roles or number <= 0:
                continue
            shown.add(gender, number)
            report.people.add(gender, number)
            roles[Role(role)].add(gender, number)
            settings[Setting(tagging.setting)].add(gender, number)
            if role == Role.TECHNICAL:
                technical.add(gender, number)
            if role in PASSIVE_ROLES:
                if gender == Gender.WOMAN:
                    report.passive_women += number
                elif gender == Gender.MAN:
                    report.passive_men += number
        report.without_people += not shown.total
        report.images_with_women += bool(shown.women)
        report.images_with_men += bool(shown.men)
        women_technical_images += bool(technical.women)
        men_technical_images += bool(technical.men)
        if shown.women == 1 and shown.men >= EXCEPTION_MEN:
            report.exception_images.append(image)
    report.by_role = list(roles.values())
    report.by_setting = [share for share in settings.values() if share.total]
    report.agreement = _agreement(by_reviewer)
    report.patterns = _patterns(report, women_technical_images, men_technical_images)
    return report


def _agreement(by_reviewer: dict[int, dict[int, Tagging]]) -> Agreement | None:
    """Agreement of the two reviewers with the most images in common, each on a fixed side."""
    best: list[tuple[Tagging, Tagging]] = []
    for one, two in combinations(sorted(by_reviewer), 2):
        common = sorted(by_reviewer[one].keys() & by_reviewer[two].keys())
        if len(common) > len(best):
            best = [(by_reviewer[one][pk], by_reviewer[two][pk]) for pk in common]
    return agreement([((a.setting, a.counts), (b.setting, b.counts)) for a, b in best])


def _patterns(report: Report, women_technical_images: int, men_technical_images: int) -> list[str]:
    patterns = []
    technical = report.technical
    people = report.people
    if people.women and not technical.women and report.passive_women:
        patterns.append(
            _(
                "Vrouwen staan alleen in niet-technische of passieve rollen in beeld: geen enkele "
                "vrouw doet technisch werk."
            )
        )
    elif (
        people.women >= SMALL_GROUP
        and people.men >= SMALL_GROUP
        and 100 * report.passive_women / people.women >= 100 * report.passive_men / people.men + 20
    ):
        patterns.append(
            _(
                "Vrouwen staan veel vaker dan mannen in een passieve of niet-technische rol "
                "(%(women).0f%% van de vrouwen tegen %(men).0f%% van de mannen)."
            )
            % {
                "women": 100 * report.passive_women / people.women,
                "men": 100 * report.passive_men / people.men,
            }
        )
    if report.exception_images:
        patterns.append(
            ngettext(
                "Op %(count)s beeld staat één vrouw tussen %(men)s of meer mannen: zij lijkt de "
                "uitzondering.",
                "Op %(count)s beelden staat één vrouw tussen %(men)s of meer mannen: zij lijkt de "
                "uitzondering.",
                len(report.exception_images),
            )
            % {"count": len(report.exception_images), "men": EXCEPTION_MEN}
        )
    if women_technical_images == 1 and men_technical_images >= SMALL_GROUP:
        patterns.append(
            _(
                "Maar één beeld laat een vrouw aan het technische werk zien, tegen %(men)s beelden "
                "met mannen: dat ene beeld maakt haar de uitzondering."
            )
            % {"men": men_technical_images}
        )
    if report.meets_target is False:
        patterns.append(
            _(
                "Het aandeel vrouwen bij technisch werk (%(share).0f%%) ligt onder het doel van "
                "%(target)s%%."
            )
            % {"share": technical.share_women, "target": report.target}
        )
    return patterns


def comparison(current: Report, previous: Report) -> list[tuple[str, float | None, float | None]]:
    """(label, previous value, current value) for each key figure."""
    before = dict(previous.key_figures())
    return [(label, before.get(label), value) for label, value in current.key_figures()]
