"""After the event: the report page and PDF, like the programme report; the calendar files."""

from __future__ import annotations

import re

from django.test import Client

from anderebril.accounts.models import User
from anderebril.events import collage as collage_module
from anderebril.events import services
from anderebril.events.models import Event
from anderebril.knowledge import services as knowledge
from anderebril.knowledge.models import Item
from anderebril.network import services as network


def _participants(event: Event, count: int) -> None:
    for number in range(count):
        registration = services.register(
            event, name=f"Deelnemer {number}", email=f"d{number}@x.example"
        )
        services.save_network_moment(
            registration,
            what_you_do="Docent",
            superhero_name=f"Heldin {number}",
            superhero_why="Omdat zij doorzette.",
        )
    collage_module.approve_all(event)
    first = event.registrations.order_by("id").first()
    assert first is not None
    network.record_consent(
        first.person, "email", "contact_list", granted=True, wording="t", source="t"
    )
    network.record_consent(
        first.person, "organisation", "collage", granted=True, wording="t", source="t"
    )


def test_the_report_has_speakers_takeaways_by_theme_links_collage_and_contacts(
    client: Client, event: Event, alice: User
) -> None:
    _participants(event, 5)
    knowledge.create_item(
        title="Verander de omgeving", kind="takeaway", theme="workplace",
        summary="Niet de meisjes, het systeem.", event=event,
    )  # fmt: skip
    knowledge.create_item(
        title="Praktijkwijzer", kind="guide", theme="recruitment", summary="Handreiking.",
        url="https://www.voorbeeld.example/wijzer", event=event,
    )  # fmt: skip
    public = client.get(f"/evenementen/{event.slug}/verslag/").content.decode()
    for expected in ("Mira Kaya", "Beroepspraktijk en BPV", "Verander de omgeving",
                     "Praktijkwijzer", "Heldin 3", "5 deelnemers"):  # fmt: skip
        assert expected in public, expected
    assert "alleen zichtbaar voor ingelogde netwerkleden" in public
    assert "d0@x.example" not in public
    assert "gekozen door Deelnemer 0" in public and "gekozen door Deelnemer 1" not in public

    client.force_login(alice)
    member = client.get(f"/evenementen/{event.slug}/verslag/").content.decode()
    assert "d0@x.example" in member and "d1@x.example" not in member


def test_groups_smaller_than_five_are_not_counted(client: Client, event: Event) -> None:
    _participants(event, 4)
    page = client.get(f"/evenementen/{event.slug}/verslag/").content.decode()
    assert "4 deelnemers" not in page and "Heldin 3" in page
    assert services.participant_count_label(event) is None


def test_the_report_is_also_a_pdf(client: Client, event: Event, alice: User) -> None:
    _participants(event, 5)
    response = client.get(f"/evenementen/{event.slug}/verslag.pdf")
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    client.force_login(alice)
    assert client.get(f"/evenementen/{event.slug}/verslag.pdf")["Cache-Control"] == "no-store"


def test_moderators_capture_takeaways_that_land_in_the_kennisbank(
    client: Client, event: Event, alice: User, bob: User
) -> None:
    url = f"/evenementen/{event.slug}/vastleggen/"
    client.force_login(alice)
    assert client.get(url).status_code == 403  # signed in, not a moderator: no login loop
    event.moderators.add(alice)
    response = client.post(
        url,
        {"kind": "takeaway", "title": "Begin in groep 7", "summary": "Vroeg beginnen werkt.",
         "theme": "recruitment", "audiences": ["primary", "parents"]},
    )  # fmt: skip
    assert response.status_code == 302
    item = Item.objects.get(title="Begin in groep 7")
    assert item.event == event and item.created_by == alice
    assert item.audience_list == ["parents", "primary"] and "Roadshow" in item.source
    client.force_login(bob)  # advisors moderate every event
    missing_url = client.post(
        url, {"kind": "link", "title": "X", "summary": "Y", "theme": "policy"}
    )
    assert missing_url.status_code == 200 and Item.objects.count() == 1


def test_the_event_contact_export_is_logged(client: Client, event: Event, alice: User) -> None:
    _participants(event, 2)
    assert client.get(f"/evenementen/{event.slug}/contactlijst.csv").status_code == 302
    client.force_login(alice)
    text = client.get(f"/evenementen/{event.slug}/contactlijst.csv").content.decode()
    assert "d0@x.example" in text and "Deelnemer 1" not in text
    from anderebril.network.models import ExportLog

    assert ExportLog.objects.get().row_count == 1


def test_the_calendar_file_and_feed_follow_rfc_5545(client: Client, event: Event) -> None:
    body = client.get(f"/evenementen/{event.slug}/agenda.ics").content.decode()
    assert body.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    assert body.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))
    assert re.search(r"DTSTART:\d{8}T\d{6}Z\r\n", body)
    assert f"UID:event-{event.pk}@testserver" in body
    assert "meet.voorbeeld.example" not in body  # the online link is for participants
    feed = client.get("/evenementen/agenda.ics")
    assert feed["Content-Type"].startswith("text/calendar")
    assert feed.content.decode().count("BEGIN:VEVENT") == 1


def test_the_list_shows_upcoming_and_past_events(client: Client, event: Event) -> None:
    page = client.get("/evenementen/").content.decode()
    assert event.title in page
    detail = client.get(event.get_absolute_url()).content.decode()
    assert "Mira Kaya" in detail and "consent_email_contact" in detail


def test_a_small_number_of_registrations_is_not_given_away_by_places_left(
    client: Client, event: Event
) -> None:
    from anderebril.events.services import register

    event.capacity = 10
    event.save()
    for i in range(2):
        register(event, name=f"Deelnemer {i}", email=f"d{i}@example.nl")
    assert "Nog 8 plekken" not in client.get(f"/evenementen/{event.slug}/").content.decode()
    for i in range(2, 5):
        register(event, name=f"Deelnemer {i}", email=f"d{i}@example.nl")
    assert "Nog 5 plekken" in client.get(f"/evenementen/{event.slug}/").content.decode()
