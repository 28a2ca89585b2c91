"""Members find each other by region, organisation, role and theme."""

from __future__ import annotations

import pytest
from django.test import Client

from anderebril.accounts.models import User
from anderebril.knowledge import tags
from anderebril.network import services
from anderebril.network.constants import ConsentField, NetworkRole
from anderebril.network.models import Group, Person
from anderebril.organisations.constants import Kind
from anderebril.organisations.models import Organisation
from tests.network.conftest import grant


@pytest.fixture
def region(db: None) -> Organisation:
    return Organisation.objects.create(
        name="STO Rivierenland", slug="sto-riv", kind=Kind.STO_REGION
    )


@pytest.fixture
def fenna(school: Organisation, region: Organisation) -> Person:
    school.sto_region = region
    school.save()
    return Person.objects.create(
        name="Fenna Visser", organisation=school, network_role=NetworkRole.TEACHER,
        themes=tags.encode(["education"]), listed=True, is_ambassador=True,
        what_you_do="Docent elektrotechniek",
    )  # fmt: skip


def names(entries: list[services.DirectoryEntry]) -> set[str]:
    return {entry.person.name for entry in entries}


@pytest.mark.django_db
def test_unlisted_people_without_contact_consent_do_not_appear(alice: User, fenna: Person) -> None:
    Person.objects.create(name="Stille Sanne", email="s@x.example")
    assert names(services.directory(alice)) == {"Fenna Visser"}


@pytest.mark.django_db
def test_members_filter_by_role_theme_and_text(alice: User, fenna: Person, dana: Person) -> None:
    assert names(services.directory(alice, network_role=NetworkRole.TEACHER)) == {"Fenna Visser"}
    assert names(services.directory(alice, theme="education")) == {"Fenna Visser"}
    assert names(services.directory(alice, theme="staff")) == set()
    assert names(services.directory(alice, text="elektro")) == {"Fenna Visser"}
    assert names(services.directory(alice)) == {"Fenna Visser", "Dana de Wit"}


@pytest.mark.django_db
def test_organisation_and_region_filters_only_use_an_organisation_shared_with_consent(
    alice: User, fenna: Person, school: Organisation, region: Organisation
) -> None:
    assert services.directory(alice, organisation_id=school.pk) == []
    assert services.directory(alice, region_id=region.pk) == []
    grant(fenna, ConsentField.ORGANISATION)
    assert names(services.directory(alice, organisation_id=school.pk)) == {"Fenna Visser"}
    assert names(services.directory(alice, region_id=region.pk)) == {"Fenna Visser"}


def test_the_people_page_and_the_region_page_show_ambassadors_and_groups(
    client: Client, alice: User, fenna: Person, region: Organisation
) -> None:
    grant(fenna, ConsentField.ORGANISATION)
    group = Group.objects.create(name="Werkgroep BPV", slug="bpv", region=region)
    group.members.add(fenna)
    client.force_login(alice)
    people = client.get("/netwerk/?rol=teacher").content.decode()
    assert "Fenna Visser" in people and "ambassadeur" in people
    page = client.get(f"/netwerk/regios/{region.slug}/").content.decode()
    assert "Techniekcollege Test" in page and "Fenna Visser" in page and "Werkgroep BPV" in page
    assert client.get("/netwerk/regios/").status_code == 200


def test_the_public_is_sent_to_the_login_page(client: Client, fenna: Person) -> None:
    response = client.get("/netwerk/")
    assert response.status_code == 302 and "/account/inloggen/" in response["Location"]
