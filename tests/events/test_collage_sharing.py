"""Heroines are shared by every event where they were named: one event's moderator changes
only her own event, the moderation page only reads, and a changed text is never approved."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client

from anderebril.accounts.models import User
from anderebril.events import collage, services
from anderebril.events.constants import EntryStatus
from anderebril.events.heroines import KEY_LENGTH, alias_key
from anderebril.events.models import Event, Heroine, HeroineAlias, NetworkMomentEntry
from tests.conftest import PASSWORD


def _name(event: Event, number: int, heroine: str, why: str = "") -> NetworkMomentEntry:
    registration = services.register(
        event, name=f"Deelnemer {number}", email=f"d{number}-{event.slug}@x.example"
    )
    return services.save_network_moment(
        registration, what_you_do="Docent", superhero_name=heroine, superhero_why=why
    )


def _url(event: Event) -> str:
    return f"/evenementen/{event.slug}/superheldinnen/modereren/"


@pytest.fixture
def other(event: Event) -> Event:
    """Event B, where Marie Curie was named and approved before event A's moderator came."""
    second = Event.objects.create(
        title="Ander", slug="ander", kind=event.kind, format=event.format, published=True,
        starts_at=event.starts_at + timedelta(days=1), ends_at=event.ends_at + timedelta(days=1),
    )  # fmt: skip
    _name(second, 0, "Marie Curie", "Reden bij B.")
    collage.approve_all(second)
    return second


@pytest.fixture
def moderator(event: Event) -> User:
    user = User.objects.create_user("moderator@a.example", PASSWORD)
    event.moderators.add(user)
    return user


def _collage_of(event: Event) -> list[tuple[str, int]]:
    return [(tile.heroine, tile.count) for tile in services.collage(event)]


def test_a_moderator_of_one_event_cannot_rename_withdraw_or_merge_a_shared_heroine(
    client: Client, event: Event, other: Event, moderator: User
) -> None:
    ours = _name(event, 1, "marie curie", "Reden bij A.")
    elsewhere = NetworkMomentEntry.objects.get(registration__event=other)
    heroine = elsewhere.heroine
    assert heroine is not None and ours.heroine == heroine
    someone = _name(event, 2, "Iemand Anders")
    client.force_login(moderator)
    edit = f"{_url(event)}{heroine.pk}/"
    assert client.get(edit).status_code == 403
    assert client.post(edit, {"name": "Vandaal", "description": "x"}).status_code == 403
    refused = client.post(_url(event), {"action": f"withdraw_heroine:{heroine.pk}"}, follow=True)
    assert "Alleen een adviseur" in refused.content.decode()
    client.post(_url(event), {"action": "merge", "merge": [heroine.pk], "into": someone.heroine_id})
    client.post(_url(event), {"action": "approve_all"})
    assert _collage_of(other) == [("Marie Curie", 1)]
    elsewhere.refresh_from_db()
    assert elsewhere.heroine_id == heroine.pk and elsewhere.status == EntryStatus.APPROVED
    heroine.refresh_from_db()
    assert (heroine.name, heroine.description, heroine.approved) == ("Marie Curie", "", True)
    # Her own event's entry did move: A's moderator decides about A.
    ours.refresh_from_db()
    assert ours.heroine_id == someone.heroine_id


def test_a_moderator_approves_only_heroines_nobody_else_named(
    client: Client, event: Event, other: Event, moderator: User
) -> None:
    Heroine.objects.update(approved=False)  # Marie Curie withdrawn by an advisor
    _name(event, 1, "Marie Curie")
    ada = _name(event, 2, "Ada Lovelace")
    client.force_login(moderator)
    marie = Heroine.objects.get(name="Marie Curie")
    client.post(_url(event), {"action": f"approve_heroine:{marie.pk}"})
    page = client.post(_url(event), {"action": "approve_all"}, follow=True).content.decode()
    assert "pas in de collage als een adviseur ze goedkeurt" in page
    marie.refresh_from_db()
    assert not marie.approved and _collage_of(other) == []
    assert ada.heroine is not None
    assert _collage_of(event) == [("Ada Lovelace", 1)]


def test_an_advisor_changes_a_shared_heroine_for_every_event(
    client: Client, event: Event, other: Event, bob: User
) -> None:
    ours = _name(event, 1, "marie curie")
    heroine = ours.heroine
    assert heroine is not None
    client.force_login(bob)
    response = client.post(
        f"{_url(event)}{heroine.pk}/", {"name": "Maria Skłodowska-Curie", "description": ""}
    )
    assert response.status_code == 302
    assert _collage_of(other) == [("Maria Skłodowska-Curie", 1)]
    client.post(_url(event), {"action": f"withdraw_heroine:{heroine.pk}"})
    assert _collage_of(other) == []


def test_a_moderator_merging_splits_a_heroine_others_still_name(event: Event, other: Event) -> None:
    shared = _name(event, 1, "Marie Curie", "Een.")
    target = _name(event, 2, "Maria Skłodowska-Curie", "Twee.")
    assert shared.heroine is not None and target.heroine is not None
    assert collage.merge(target.heroine, [shared.heroine], only_event=event) == 1
    shared.refresh_from_db()
    assert shared.heroine_id == target.heroine.pk
    assert Heroine.objects.filter(pk=shared.heroine_id).exists()
    assert NetworkMomentEntry.objects.get(registration__event=other).heroine.name == "Marie Curie"
    assert HeroineAlias.objects.get(key="marie curie").heroine.name == "Marie Curie"


def test_a_heroine_nobody_else_named_is_merged_away_with_her_spellings(event: Event) -> None:
    first = _name(event, 1, "Marie Curie")
    second = _name(event, 2, "Maria Skłodowska-Curie")
    assert first.heroine is not None and second.heroine is not None
    collage.merge(first.heroine, [second.heroine], only_event=event)
    assert not Heroine.objects.filter(pk=second.heroine.pk).exists()
    assert _name(event, 3, "maria sklodowska curie").heroine == first.heroine


# --- keys that fit, and no approval for a changed text ----------------------------------------


def test_a_key_never_outgrows_its_column_and_symbol_names_keep_their_own() -> None:
    long = alias_key("\ufdfa" * 150)  # NFKD: 18 letters each
    assert len(long) == KEY_LENGTH
    assert alias_key("\ufdfa" * 150) == long != alias_key("\ufdfa" * 149)
    assert alias_key("🦸") == "🦸" != alias_key("!!!")


@pytest.mark.django_db(transaction=True)
def test_a_changed_reason_with_a_huge_folded_name_saves_and_waits_for_moderation(
    event: Event,
) -> None:
    Event.objects.filter(pk=event.pk).update(published=True)
    entry = _name(event, 0, "Ada Lovelace", "Eerste computerprogramma.")
    collage.approve_all(event)
    services.save_network_moment(
        entry.registration, what_you_do="Docent", superhero_name="\ufdfa" * 150,
        superhero_why="Nieuwe, ongemodereerde reden.",
    )  # fmt: skip
    entry.refresh_from_db()
    assert entry.status == EntryStatus.PENDING and entry.heroine is not None
    reasons = [reason.why for tile in services.collage(event) for reason in tile.reasons]
    assert "Nieuwe, ongemodereerde reden." not in reasons


# --- the moderation page only reads -----------------------------------------------------------


def test_the_moderation_page_lists_entries_without_heroine_and_links_them_on_request(
    client: Client, event: Event, moderator: User
) -> None:
    entry = _name(event, 0, "Ada Lovelace", "Reden.")
    collage.approve_all(event)
    NetworkMomentEntry.objects.filter(pk=entry.pk).update(heroine=None)
    client.force_login(moderator)
    page = client.get(_url(event)).content.decode()
    assert "Bijdragen zonder heldin" in page and "Ada Lovelace" in page
    entry.refresh_from_db()
    assert (entry.heroine_id, entry.status) == (None, EntryStatus.APPROVED)
    client.post(_url(event), {"action": "link_orphans"})
    entry.refresh_from_db()
    assert entry.heroine is not None and entry.status == EntryStatus.PENDING
