from __future__ import annotations

import pytest

from anderebril.network import services
from anderebril.network.constants import ConsentField, ConsentPurpose
from anderebril.network.models import Person


def grant(person: Person, field: str, purpose: str = ConsentPurpose.CONTACT_LIST) -> None:
    services.record_consent(
        person, field, purpose, granted=True, wording="Testtekst", source="test"
    )


@pytest.fixture
def dana(db: None) -> Person:
    """A participant without an account who shares her e-mail address, not her phone."""
    person = Person.objects.create(
        name="Dana de Wit", email="dana@voorbeeld.example", phone="06 11112222",
        organisation_name="Installatiebedrijf Vonk",
    )  # fmt: skip
    grant(person, ConsentField.EMAIL)
    return person
