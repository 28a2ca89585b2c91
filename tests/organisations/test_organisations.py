from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.test import Client, override_settings

from anderebril.accounts.models import User
from anderebril.organisations.constants import Kind
from anderebril.organisations.models import Membership, Organisation


@pytest.mark.django_db
def test_an_mbo_school_needs_a_valid_brin_code() -> None:
    school = Organisation(name="Zonder BRIN", slug="zonder-brin", kind=Kind.MBO_SCHOOL)
    with pytest.raises(ValidationError) as raised:
        school.full_clean()
    assert "brin_code" in raised.value.message_dict
    school.brin_code = "25LHX"
    with pytest.raises(ValidationError):
        school.full_clean()
    school.brin_code = "25LH"
    school.full_clean()


@pytest.mark.django_db
def test_only_companies_have_a_kvk_number() -> None:
    company = Organisation(name="Voltaan", slug="voltaan", kind=Kind.COMPANY, kvk_number="1234")
    with pytest.raises(ValidationError):
        company.full_clean()
    company.kvk_number = "12345678"
    company.full_clean()
    region = Organisation(name="Regio", slug="regio", kind=Kind.STO_REGION, kvk_number="12345678")
    with pytest.raises(ValidationError):
        region.full_clean()


def test_members_see_the_list_and_colleagues_but_the_public_does_not(
    client: Client, alice: User, bob: User, school: Organisation
) -> None:
    assert client.get("/organisaties/").status_code == 302
    client.force_login(bob)
    page = client.get(f"/organisaties/{school.slug}/").content.decode()
    assert school.name in page and "alice@school.example" not in page
    client.force_login(alice)
    assert "Alice" in client.get(f"/organisaties/{school.slug}/").content.decode()


def test_the_list_filters_by_kind(client: Client, alice: User, school: Organisation) -> None:
    Organisation.objects.create(name="Voltaan BV", slug="voltaan", kind=Kind.COMPANY)
    client.force_login(alice)
    html = client.get("/organisaties/?soort=company").content.decode()
    assert "Voltaan BV" in html and school.name not in html


@pytest.mark.django_db
def test_a_user_is_member_of_an_organisation_once(alice: User, school: Organisation) -> None:
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(user=alice, organisation=school)


@pytest.mark.django_db
@override_settings(DEMO_MODE=True)
def test_loading_the_demo_twice_changes_nothing() -> None:
    call_command("load_demo", verbosity=0)
    counts = (Organisation.objects.count(), User.objects.count(), Membership.objects.count())
    call_command("load_demo", verbosity=0)
    assert counts == (
        Organisation.objects.count(),
        User.objects.count(),
        Membership.objects.count(),
    )
    assert counts[0] >= 5 and counts[1] == 4
    kinds = set(Organisation.objects.values_list("kind", flat=True))
    assert {Kind.MBO_SCHOOL, Kind.COMPANY, Kind.STO_REGION} <= kinds
    for organisation in Organisation.objects.all():
        organisation.full_clean()


@pytest.mark.django_db
@override_settings(DEMO_MODE=False)
def test_the_demo_refuses_to_load_outside_demo_mode() -> None:
    with pytest.raises(CommandError, match="demomodus"):
        call_command("load_demo")
    assert not User.objects.exists()
