"""A school's monitor page links to its genderscans for those who may see them."""

from __future__ import annotations

from django.test import Client

from anderebril.accounts.models import User
from anderebril.monitor.importer import import_file
from anderebril.monitor.models import Institution
from anderebril.organisations.models import Organisation
from tests.monitor.files import build


def test_members_of_the_school_get_a_link_to_its_scans_and_others_do_not(
    client: Client, alice: User, bob: User, school: Organisation
) -> None:
    import_file(build(years=(2024,)), "studenten.csv")
    Institution.objects.filter(brin=school.brin_code).update(organisation=school)
    link = f'href="/genderscan/{school.slug}/"'
    page = f"/monitor/school/{school.brin_code}/"

    def html() -> str:
        response = client.get(page)
        assert response.status_code == 200
        return response.content.decode()

    assert school.name in html()
    assert link not in html()
    client.force_login(bob)  # an advisor not assigned to this school
    assert link not in html()
    client.force_login(alice)
    assert link in html()


def test_an_odd_year_parameter_is_ignored_not_a_crash(client: Client, db: None) -> None:
    for year in ("²", "abc", "-1", "99999999999999999999"):
        assert client.get("/monitor/", {"jaar": year}).status_code == 200
