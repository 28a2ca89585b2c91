from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from anderebril.events.constants import EventFormat, EventKind
from anderebril.events.models import Event, Speaker


@pytest.fixture
def event(db: None) -> Event:
    start = (timezone.now() + timedelta(days=10)).replace(microsecond=0)
    roadshow = Event.objects.create(
        title="Roadshow: meer meisjes in de installatietechniek", slug="roadshow-installatie",
        kind=EventKind.ROADSHOW, format=EventFormat.ONLINE, starts_at=start,
        ends_at=start + timedelta(hours=2), online_url="https://meet.voorbeeld.example/abc",
        summary="Online roadshow met sprekers uit school en bedrijf.",
    )  # fmt: skip
    Speaker.objects.create(
        event=roadshow, name="Mira Kaya", organisation="Techniekcollege Noord",
        topic="Inclusieve stageplekken",
    )  # fmt: skip
    return roadshow


@pytest.fixture
def past_event(event: Event) -> Event:
    event.starts_at -= timedelta(days=60)
    event.ends_at -= timedelta(days=60)
    event.save()
    return event


REGISTRATION = {
    "name": "Dana de Wit",
    "email": "Dana@Voorbeeld.example",
    "organisation_name": "Installatiebedrijf Vonk",
    "phone": "06 11112222",
}
