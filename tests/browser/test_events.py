"""Events in the browser: registering with consent, the report, the collage and its moderation,
and withdrawing consent so that the next contact-list export leaves the person out."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from anderebril.accounts.models import User
from anderebril.events import collage, services
from anderebril.events.constants import EventFormat, EventKind
from anderebril.events.models import Event, Speaker
from anderebril.knowledge import services as knowledge
from anderebril.network import services as network
from tests.browser.conftest import Page
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


def _event(days: int, slug: str = "roadshow-oost") -> Event:
    start = timezone.now() + timedelta(days=days)
    event = Event.objects.create(
        title="Roadshow Oost", slug=slug, kind=EventKind.ROADSHOW, format=EventFormat.ONLINE,
        starts_at=start, ends_at=start + timedelta(hours=2),
    )  # fmt: skip
    Speaker.objects.create(event=event, name="Mira Kaya", topic="Stages zonder vooroordeel")
    return event


def _log_in(page: Page, user: User, next_path: str) -> None:
    page.goto(f"/account/inloggen/?next={next_path}")
    page.page.get_by_label("E-mailadres").fill(user.email)
    page.page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.page.get_by_role("button", name="Inloggen").click()
    page.page.wait_for_url(f"**{next_path}")


def test_registering_with_consent_choices_shows_the_confirmation(page: Page) -> None:
    event = _event(7)
    page.goto("/evenementen/")
    assert page.axe_violations() == []
    page.goto(event.get_absolute_url())
    assert page.axe_violations() == []
    page.page.get_by_label("Naam", exact=True).fill("Dana de Wit")
    page.page.get_by_label("E-mailadres", exact=True).fill("dana@voorbeeld.example")
    page.page.get_by_label("Mijn e-mailadres mag op de contactlijst", exact=False).check()
    newsletter = page.page.get_by_label("Stuur mij de nieuwsbrief", exact=False)
    newsletter.focus()
    page.page.keyboard.press("Space")  # the keyboard works as well as the mouse
    assert newsletter.is_checked()
    page.page.get_by_role("button", name="Aanmelden").click()
    page.page.wait_for_url("**/aanmelding/**")
    assert page.page.get_by_role("heading", level=1).inner_text() == "Je aanmelding"
    assert "Je bent aangemeld" in page.page.content()
    assert page.axe_violations() == []
    registration = event.registrations.get()
    keys = network.current_consents([registration.person])[registration.person.pk]
    assert keys == {("email", "contact_list"), ("email", "newsletter")}
    page.page.get_by_role("link", name="Vul het netwerkmoment in").click()
    assert page.axe_violations() == []
    page.page.get_by_label("Wie ben je en wat doe je?").fill("Docent elektrotechniek")
    page.page.get_by_label("Wie is jouw female superhero?").fill("Dr. Marie Curie")
    page.page.get_by_role("button", name="Opslaan").click()
    page.page.wait_for_url("**/aanmelding/**")
    assert "Dr. Marie Curie" in page.page.content()


def _past_event_with_heroines() -> Event:
    event = _event(7)
    for number, heroine in enumerate(
        ["Marie Curie", "marie curie", "Dr. Marie Curie", "Ada Lovelace", "Hedy Lamarr"]
    ):
        registration = services.register(
            event, name=f"Deelnemer {number}", email=f"d{number}@x.example"
        )
        services.save_network_moment(
            registration, what_you_do="Docent", superhero_name=heroine,
            superhero_why=f"Reden {number}: zij zette door.",
        )  # fmt: skip
    knowledge.create_item(
        title="Verander de omgeving", kind="takeaway", theme="workplace",
        summary="Niet de meisjes, het systeem.", event=event,
    )  # fmt: skip
    knowledge.create_item(
        title="Praktijkwijzer", kind="guide", theme="recruitment", summary="Handreiking.",
        url="https://www.voorbeeld.example/wijzer", event=event,
    )  # fmt: skip
    Event.objects.filter(pk=event.pk).update(
        starts_at=event.starts_at - timedelta(days=30), ends_at=event.ends_at - timedelta(days=30)
    )
    event.refresh_from_db()
    return event


def test_the_report_and_the_collage_pages(page: Page) -> None:
    event = _past_event_with_heroines()
    collage.approve_all(event)
    page.goto(f"/evenementen/{event.slug}/verslag/")
    assert "Verander de omgeving" in page.page.content()
    assert "3 keer genoemd" in page.page.content()
    assert page.axe_violations() == []
    page.page.get_by_role("link", name="Bekijk de collage op een eigen pagina").click()
    page.page.wait_for_url(f"**/evenementen/{event.slug}/superheldinnen/")
    headings = page.page.get_by_role("heading", level=2).all_inner_texts()
    assert headings[:3] == ["Marie Curie", "Ada Lovelace", "Hedy Lamarr"]
    assert page.axe_violations() == []
    page.page.get_by_role("link", name="Collage van alle evenementen").click()
    page.page.wait_for_url("**/evenementen/superheldinnen/")
    assert "Marie Curie" in page.page.content()
    assert page.axe_violations() == []


def test_a_moderator_merges_and_approves_on_the_moderation_page(page: Page, bob: User) -> None:
    event = _past_event_with_heroines()
    services.save_network_moment(
        event.registrations.order_by("id").last(),  # type: ignore[arg-type]
        what_you_do="Docent", superhero_name="Maria Skłodowska-Curie", superhero_why="Twee.",
    )  # fmt: skip
    _log_in(page, bob, f"/evenementen/{event.slug}/superheldinnen/modereren/")
    assert page.axe_violations() == []
    page.page.get_by_label("Maria Skłodowska-Curie samenvoegen").check()
    page.page.get_by_label("Samenvoegen tot").select_option(label="Marie Curie")
    page.page.get_by_role("button", name="Aangevinkte heldinnen samenvoegen").click()
    assert "samengevoegd met Marie Curie" in page.page.content()
    page.page.get_by_role(
        "button", name="Alle wachtende bijdragen en hun heldinnen goedkeuren"
    ).click()
    assert page.axe_violations() == []
    page.goto(f"/evenementen/{event.slug}/superheldinnen/")
    assert "4 keer genoemd" in page.page.content()


def test_a_moderator_of_one_event_sees_shared_heroines_and_links_entries_without_heroine(
    page: Page,
) -> None:
    from anderebril.events.models import NetworkMomentEntry

    event, other = _event(5), _event(6, "roadshow-west")
    moderator = User.objects.create_user("moderator@oost.example", PASSWORD)
    event.moderators.add(moderator)
    for number, (where, heroine) in enumerate(
        [(other, "Marie Curie"), (event, "marie curie"), (event, "Ada Lovelace")]
    ):
        registration = services.register(where, name=f"D{number}", email=f"d{number}@x.example")
        services.save_network_moment(
            registration, what_you_do="Docent", superhero_name=heroine, superhero_why="Reden."
        )
    NetworkMomentEntry.objects.filter(superhero_name="Ada Lovelace").update(heroine=None)
    _log_in(page, moderator, f"/evenementen/{event.slug}/superheldinnen/modereren/")
    content = page.page.content()
    assert "alleen een adviseur kan haar naam" in content and "Bijdragen zonder heldin" in content
    assert page.page.get_by_role("link", name="Naam en beschrijving bewerken").count() == 0
    assert page.axe_violations() == []
    page.page.get_by_role("button", name="Koppelen aan heldinnen").click()
    assert "1 bijdragen gekoppeld aan een heldin." in page.page.content()
    assert page.page.get_by_label("Ada Lovelace samenvoegen").count() == 1
    assert page.axe_violations() == []


def test_withdrawing_consent_leaves_her_out_of_the_next_contact_export(
    page: Page, alice: User, bob: User
) -> None:
    event = _event(7)
    _log_in(page, alice, event.get_absolute_url())
    page.page.get_by_label("Mijn e-mailadres mag op de contactlijst", exact=False).check()
    page.page.get_by_role("button", name="Aanmelden").click()
    page.page.wait_for_url("**/aanmelding/**")
    exporter = Client()
    exporter.force_login(bob)
    export = f"/evenementen/{event.slug}/contactlijst.csv"
    assert alice.email in exporter.get(export).content.decode()

    page.goto("/netwerk/mijn-gegevens/")
    assert page.axe_violations() == []
    withdraw = re.compile(r"^Intrekken\s*: E-mailadres, Contactlijst van het netwerk$")
    page.page.get_by_role("button", name=withdraw).click()
    page.page.wait_for_url("**/netwerk/mijn-gegevens/")
    assert "Je hebt nu geen toestemmingen gegeven." in page.page.content()
    assert alice.email not in exporter.get(export).content.decode()
