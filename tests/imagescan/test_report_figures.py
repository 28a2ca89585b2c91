"""The report's figures: agreement between two fixed reviewers, alt texts per ``<img>`` element,
and the small-group threshold."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from anderebril.accounts.models import User
from anderebril.imagescan.codes import parse_code
from anderebril.imagescan.constants import AltStatus, ImportStatus
from anderebril.imagescan.figures import Share, build_report
from anderebril.imagescan.importer import _Importer, claim, run_import
from anderebril.imagescan.models import Audit, Tagging
from anderebril.imagescan.pdf import render_pdf
from anderebril.imagescan.services import create_audit
from anderebril.organisations.models import Organisation
from tests.imagescan.conftest import imported
from tests.imagescan.files import jpeg, zipped


def four_images(school: Organisation, alice: User) -> Audit:
    data = zipped({f"{n}.jpg": jpeg(colour=(n * 40, 0, 0)) for n in range(1, 5)})
    return imported(school, alice, data)


def tag_at(image_pk: int, user: User, code: str, minutes: int) -> None:
    tagging = Tagging.objects.create(
        image_id=image_pk, reviewer=user, setting="lab", counts=parse_code(code)
    )
    moment = timezone.now() - timedelta(minutes=100 - minutes)
    Tagging.objects.filter(pk=tagging.pk).update(created_at=moment)


def test_kappa_pairs_the_same_two_reviewers_whoever_tagged_an_image_first(
    school: Organisation, alice: User, bob: User
) -> None:
    audit = four_images(school, alice)
    pks = list(audit.images.order_by("position").values_list("pk", flat=True))
    # Alice always sees a woman, Bob always a man; on the last two images Bob tagged first.
    for number, pk in enumerate(pks):
        alice_first = number < 2
        tag_at(pk, alice, "vt", minutes=2 * number + (0 if alice_first else 1))
        tag_at(pk, bob, "mt", minutes=2 * number + (1 if alice_first else 0))
    agreement = build_report(audit).agreement
    assert agreement is not None and agreement.images == 4
    assert agreement.percent == 0
    # Alice: 4 × women, Bob: 4 × men. p_o = 0; p_e = (4·0 + 0·4) / 16 = 0; κ = (0 − 0) / 1 = 0.
    # Pairing by time would mix their columns into [w, w, m, m] against [m, m, w, w]:
    # p_e = (2·2 + 2·2) / 16 = 0.5 and κ = −1.
    assert agreement.kappa == pytest.approx(0.0)


def test_kappa_uses_the_two_reviewers_with_the_most_images_in_common(
    school: Organisation, alice: User, bob: User, carol: User
) -> None:
    audit = four_images(school, alice)
    pks = list(audit.images.order_by("position").values_list("pk", flat=True))
    tag_at(pks[0], carol, "mt", minutes=0)  # Carol looked at one image, before anyone else
    answers = {"alice": ["vt", "vt", "mt", "mt"], "bob": ["vt", "mt", "mt", "mt"]}
    for number, pk in enumerate(pks):
        tag_at(pk, alice, answers["alice"][number], minutes=10 + number)
        tag_at(pk, bob, answers["bob"][number], minutes=20 + number)
    report = build_report(audit)
    assert report.reviewers == 3
    agreement = report.agreement
    assert agreement is not None and agreement.images == 4
    # Alice w, w, m, m; Bob w, m, m, m. p_o = 3/4; p_e = (2·1 + 2·3) / 16 = 1/2; κ = 1/2.
    assert agreement.percent == pytest.approx(75)
    assert agreement.kappa == pytest.approx(0.5)


def test_no_agreement_without_two_reviewers_of_the_same_image(
    school: Organisation, alice: User, bob: User
) -> None:
    audit = four_images(school, alice)
    first, second = audit.images.order_by("position")[:2]
    tag_at(first.pk, alice, "vt", minutes=0)
    tag_at(second.pk, bob, "vt", minutes=1)
    assert build_report(audit).agreement is None


def test_an_image_without_alt_on_a_second_page_is_counted(
    school: Organisation, alice: User
) -> None:
    pages = {
        "a.html": b'<img src="x.jpg" alt="Een lasser aan het werk">',
        "b.html": b'<p>Ook hier:</p><img src="x.jpg">',
        "x.jpg": jpeg(),
    }
    audit = imported(school, alice, zipped(pages))
    report = build_report(audit)
    assert report.page_images == 2
    assert [(e.page, e.src, e.alt_status) for e in report.missing_alt] == [
        ("b.html", "x.jpg", AltStatus.MISSING)
    ]
    assert audit.images.count() == 1  # still one image to tag


def test_images_on_other_sites_and_data_uris_need_an_alt_text_too(
    school: Organisation, alice: User
) -> None:
    pixel = "data:image/png;base64," + "iVBORw0KGgo" * 200
    page = (
        f'<img src="{pixel}"><img src="https://x.example/a.jpg">'
        '<img src="https://x.example/b.jpg" alt="Twee monteurs">'
    ).encode()
    audit = imported(school, alice, zipped({"p.html": page}))
    report = build_report(audit)
    assert report.page_images == 3
    assert [e.src for e in report.missing_alt] == [
        "data:image/png;base64,…",  # the type only: the picture itself is not kept
        "https://x.example/a.jpg",
    ]
    assert dict(report.key_figures())["Beelden zonder alt-tekst"] == 2
    assert render_pdf(report).startswith(b"%PDF")


def test_a_retried_import_does_not_count_page_images_twice(
    school: Organisation, alice: User
) -> None:
    data = zipped({"p.html": b'<img src="a.jpg">', "a.jpg": jpeg()})
    audit = create_audit(school, alice, [("bank.zip", data)])
    token = claim(audit.pk)
    assert token is not None
    _Importer(Audit.objects.get(pk=audit.pk), token)._read_pages()  # ... and the worker dies
    assert audit.page_images.count() == 1
    Audit.objects.filter(pk=audit.pk).update(import_status=ImportStatus.QUEUED)
    retry = claim(audit.pk)
    assert retry is not None and run_import(audit.pk, retry) == "done"
    assert build_report(audit).page_images == 1


@pytest.mark.parametrize(
    ("women", "men", "share"),
    [(2, 2, None), (2, 3, 40.0), (0, 4, None), (0, 5, 0.0), (4, 0, None), (5, 0, 100.0)],
)
def test_a_share_is_shown_from_five_people_and_never_for_four(
    women: int, men: int, share: float | None
) -> None:
    assert Share(women=women, men=men).share_women == share


def test_the_report_gives_no_share_of_four_people_doing_technical_work(
    school: Organisation, alice: User
) -> None:
    audit = four_images(school, alice)
    first, second = audit.images.order_by("position")[:2]
    tag_at(first.pk, alice, "vt 3mt", minutes=0)
    report = build_report(audit)
    assert report.technical.total == 4
    assert report.technical.share_women is None and report.meets_target is None
    tag_at(second.pk, alice, "mt", minutes=1)
    report = build_report(audit)
    assert report.technical.share_women == pytest.approx(20.0)
    assert report.meets_target is False
