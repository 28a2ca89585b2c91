"""The heroine collage: names merged, counted and moderated; names of participants by consent."""

from __future__ import annotations

import pytest
from django.test import Client

from anderebril.accounts.models import User
from anderebril.events import collage, services
from anderebril.events.constants import EntryStatus
from anderebril.events.heroines import name_key
from anderebril.events.models import Event, Heroine, NetworkMomentEntry
from anderebril.network import services as network


def _name(event: Event, number: int, heroine: str, why: str = "") -> NetworkMomentEntry:
    registration = services.register(
        event, name=f"Deelnemer {number}", email=f"d{number}@x.example"
    )
    return services.save_network_moment(
        registration, what_you_do="Docent", superhero_name=heroine, superhero_why=why
    )


@pytest.mark.parametrize(
    "variant",
    ["Marie Curie", "marie curie", "  Marie   CURIE ", "Dr. Marie Curie", "prof. dr. Marie Curié",
     "Marie Curie, PhD", "MARIE-CURIE"],
)  # fmt: skip
def test_obvious_variants_of_a_name_share_a_key(variant: str) -> None:
    assert name_key(variant) == "marie curie"


def test_different_women_and_other_spellings_keep_their_own_key() -> None:
    assert name_key("Maria Skłodowska-Curie") == "maria sklodowska curie"
    assert name_key("Irène Curie") != name_key("Marie Curie")
    assert name_key("Dr.") == "dr"  # a title alone stays a name rather than nothing


def test_entries_with_variants_of_a_name_land_on_one_heroine(event: Event) -> None:
    first = _name(event, 0, "Marie Curie", "Twee Nobelprijzen.")
    second = _name(event, 1, "dr. marie  curie", "Doorzetter.")
    third = _name(event, 2, "Ada Lovelace")
    assert first.heroine == second.heroine != third.heroine
    assert Heroine.objects.count() == 2
    assert first.heroine is not None and first.heroine.name == "Marie Curie"
    assert first.status == EntryStatus.PENDING and not first.heroine.approved


def test_nothing_is_public_before_a_moderator_approves(client: Client, event: Event) -> None:
    _name(event, 0, "Marie Curie", "Twee Nobelprijzen.")
    assert services.collage(event) == []
    page = client.get(f"/evenementen/{event.slug}/superheldinnen/").content.decode()
    assert "Marie Curie" not in page
    collage.approve_all(event)
    [tile] = services.collage(event)
    assert tile.heroine == "Marie Curie" and tile.count == 1
    assert tile.reasons[0].why == "Twee Nobelprijzen."


def test_tiles_count_how_often_she_was_named_and_come_most_named_first(event: Event) -> None:
    for number, heroine in enumerate(["Ada Lovelace", "Marie Curie", "marie curie", "MARIE CURIE"]):
        _name(event, number, heroine, f"Reden {number}")
    collage.approve_all(event)
    tiles = services.collage(event)
    assert [(t.heroine, t.count) for t in tiles] == [("Marie Curie", 3), ("Ada Lovelace", 1)]
    assert {r.why for r in tiles[0].reasons} == {"Reden 1", "Reden 2", "Reden 3"}
    assert tiles[0].size == "medium" and tiles[1].size == "small"


def test_a_hidden_entry_and_a_withdrawn_heroine_leave_the_collage(event: Event) -> None:
    rude = _name(event, 0, "Marie Curie", "Iets ongepasts.")
    _name(event, 1, "Marie Curie", "Twee Nobelprijzen.")
    ada = _name(event, 2, "Ada Lovelace")
    collage.approve_all(event)
    collage.set_entry_status(rude, EntryStatus.HIDDEN)
    tiles = services.collage(event)
    assert [(t.heroine, t.count) for t in tiles] == [("Ada Lovelace", 1), ("Marie Curie", 1)]
    assert "Iets ongepasts." not in str(tiles)
    assert ada.heroine is not None
    collage.withdraw_heroine(ada.heroine)
    assert [t.heroine for t in services.collage(event)] == ["Marie Curie"]


def test_a_changed_entry_waits_for_moderation_again(event: Event) -> None:
    entry = _name(event, 0, "Marie Curie", "Twee Nobelprijzen.")
    collage.approve_all(event)
    services.save_network_moment(
        entry.registration, what_you_do="Docent", superhero_name="Marie Curie",
        superhero_why="Iets nieuws en ongemodereerd.",
    )  # fmt: skip
    assert services.collage(event) == []


def test_a_participant_is_named_only_with_her_collage_consent(event: Event) -> None:
    consenting = _name(event, 0, "Marie Curie")  # no reason, but named: still a reason line
    _name(event, 1, "Marie Curie", "Doorzetter.")
    network.record_consent(
        consenting.registration.person, "organisation", "collage", granted=True, wording="t",
        source="t",
    )  # fmt: skip
    collage.approve_all(event)
    [tile] = services.collage(event)
    assert sorted(r.chosen_by for r in tile.reasons) == ["", "Deelnemer 0"]
    network.withdraw_consent(consenting.registration.person, "organisation", "collage")
    [tile] = services.collage(event)
    assert [r.chosen_by for r in tile.reasons] == [""]  # no reason and no name: nothing to say
    assert tile.count == 2


def test_merging_moves_entries_and_spellings_to_one_heroine(event: Event) -> None:
    marie = _name(event, 0, "Marie Curie", "Een.")
    maria = _name(event, 1, "Maria Skłodowska-Curie", "Twee.")
    assert marie.heroine is not None and maria.heroine is not None
    assert collage.merge(marie.heroine, [maria.heroine]) == 1
    assert Heroine.objects.count() == 1
    later = _name(event, 2, "maria sklodowska curie", "Drie.")
    assert later.heroine == marie.heroine  # the merged spelling still leads to her
    collage.approve_all(event)
    [tile] = services.collage(event)
    assert (tile.heroine, tile.count) == ("Marie Curie", 3)


def test_renaming_adds_a_spelling_and_refuses_a_name_of_another_heroine(event: Event) -> None:
    entry = _name(event, 0, "Curie")
    other = _name(event, 1, "Ada Lovelace")
    assert entry.heroine is not None and other.heroine is not None
    collage.rename(entry.heroine, name="Marie Curie", description="Natuurkundige")
    assert _name(event, 2, "marie curie").heroine == entry.heroine
    with pytest.raises(collage.CollageError):
        collage.rename(entry.heroine, name="ada lovelace", description="")


def test_the_collage_of_all_events_adds_up_across_events(event: Event) -> None:
    from datetime import timedelta

    from anderebril.events.models import Event as EventModel

    second = EventModel.objects.create(
        title="Tweede", slug="tweede", kind=event.kind, format=event.format,
        starts_at=event.starts_at + timedelta(days=1), ends_at=event.ends_at + timedelta(days=1),
    )  # fmt: skip
    _name(second, 0, "Marie Curie")
    collage.approve_all(second)
    assert [(t.heroine, t.count) for t in services.collage_of_all_events()] == [("Marie Curie", 1)]
    second.published = False
    second.save()
    assert services.collage_of_all_events() == []


# --- the pages --------------------------------------------------------------------------------


def _moderate_url(event: Event) -> str:
    return f"/evenementen/{event.slug}/superheldinnen/modereren/"


def test_only_moderators_and_advisors_moderate(
    client: Client, event: Event, alice: User, bob: User, carol: User
) -> None:
    url = _moderate_url(event)
    assert client.get(url).status_code == 302  # to the login page
    client.force_login(alice)
    assert client.get(url).status_code == 403
    assert client.post(url, {"action": "approve_all"}).status_code == 403
    event.moderators.add(alice)
    assert client.get(url).status_code == 200
    for user in (bob, carol):
        client.force_login(user)
        assert client.get(url).status_code == 200


def test_a_moderator_approves_hides_and_merges_on_the_page(
    client: Client, event: Event, alice: User
) -> None:
    event.moderators.add(alice)
    client.force_login(alice)
    marie = _name(event, 0, "Marie Curie", "Een.")
    maria = _name(event, 1, "Maria Skłodowska-Curie", "Twee.")
    rude = _name(event, 2, "Ada Lovelace", "Ongepast.")
    assert marie.heroine and maria.heroine and rude.heroine
    page = client.get(_moderate_url(event)).content.decode()
    assert "Maria Skłodowska-Curie" in page and "Wachten op beoordeling: 3" in page
    client.post(_moderate_url(event), {"action": "merge", "merge": [maria.heroine.pk],
                                       "into": marie.heroine.pk})  # fmt: skip
    assert not Heroine.objects.filter(pk=maria.heroine.pk).exists()
    client.post(_moderate_url(event), {"action": f"approve_heroine:{marie.heroine.pk}"})
    client.post(_moderate_url(event), {"action": f"hide_entry:{rude.pk}"})
    client.post(_moderate_url(event), {"action": f"approve_heroine:{rude.heroine.pk}"})
    public = Client().get(f"/evenementen/{event.slug}/superheldinnen/").content.decode()
    assert "Marie Curie" in public and "2 keer genoemd" in public
    assert "Ongepast." not in public and "Ada Lovelace" not in public


def test_a_moderator_cannot_touch_heroines_or_entries_of_another_event(
    client: Client, event: Event, alice: User
) -> None:
    from datetime import timedelta

    other = Event.objects.create(
        title="Ander", slug="ander", kind=event.kind, format=event.format,
        starts_at=event.starts_at + timedelta(days=1), ends_at=event.ends_at + timedelta(days=1),
    )  # fmt: skip
    foreign = _name(other, 0, "Ada Lovelace")
    _name(event, 1, "Marie Curie")
    assert foreign.heroine is not None
    event.moderators.add(alice)
    client.force_login(alice)
    url = _moderate_url(event)
    client.post(url, {"action": f"approve_heroine:{foreign.heroine.pk}"})
    client.post(url, {"action": f"approve_entry:{foreign.pk}"})
    foreign.refresh_from_db()
    assert foreign.status == EntryStatus.PENDING and not foreign.heroine.approved
    edit = f"{url}{foreign.heroine.pk}/"
    assert client.get(edit).status_code == 404


@pytest.mark.parametrize(
    "data",
    [{}, {"action": "nonsense"}, {"action": "approve_entry:abc"},
     {"action": "approve_entry:99999999999999999999999"}, {"action": "approve_entry:²"},
     {"action": "merge", "merge": ["١"], "into": "²"},
     {"action": "merge", "merge": ["x", "99999999999999999999"], "into": "-1"},
     {"action": "merge"}],
)  # fmt: skip
def test_odd_moderation_requests_change_nothing_and_do_not_crash(
    client: Client, event: Event, bob: User, data: dict[str, object]
) -> None:
    entry = _name(event, 0, "Marie Curie")
    client.force_login(bob)
    response = client.post(_moderate_url(event), data, follow=True)
    assert response.status_code == 200
    entry.refresh_from_db()
    assert entry.status == EntryStatus.PENDING and Heroine.objects.count() == 1


def test_the_heroine_edit_page_sets_the_name_and_explains_a_clash(
    client: Client, event: Event, bob: User
) -> None:
    curie = _name(event, 0, "Curie")
    _name(event, 1, "Ada Lovelace")
    assert curie.heroine is not None
    client.force_login(bob)
    url = f"{_moderate_url(event)}{curie.heroine.pk}/"
    clash = client.post(url, {"name": "ADA LOVELACE", "description": ""})
    assert clash.status_code == 200 and "Voeg de twee samen" in clash.content.decode()
    done = client.post(url, {"name": " Marie  Curie ", "description": "Natuurkundige."})
    assert done.status_code == 302
    curie.heroine.refresh_from_db()
    assert (curie.heroine.name, curie.heroine.description) == ("Marie Curie", "Natuurkundige.")


def test_the_collage_pages_list_tiles_with_counts_in_text(client: Client, event: Event) -> None:
    for number in range(5):
        _name(event, number, "Marie Curie", f"Reden {number}")
    collage.approve_all(event)
    page = client.get(f"/evenementen/{event.slug}/superheldinnen/").content.decode()
    assert "nw-tile--large" in page and "5 keer genoemd" in page and "Reden 4" in page
    everything = client.get("/evenementen/superheldinnen/").content.decode()
    assert "Marie Curie" in everything and "5 keer genoemd" in everything
    report = client.get(f"/evenementen/{event.slug}/verslag/").content.decode()
    assert "5 keer genoemd" in report


def test_the_report_pdf_has_the_merged_collage_and_names_only_with_consent(
    client: Client, event: Event
) -> None:
    import pypdfium2

    for number, heroine in enumerate(["Marie Curie", "dr. marie curie", "Ada Lovelace"]):
        _name(event, number, heroine, f"Reden {number}")
    first = NetworkMomentEntry.objects.get(superhero_name="Marie Curie")
    network.record_consent(
        first.registration.person, "organisation", "collage", granted=True, wording="t",
        source="t",
    )  # fmt: skip
    collage.approve_all(event)
    response = client.get(f"/evenementen/{event.slug}/verslag.pdf")
    document = pypdfium2.PdfDocument(response.content)
    try:
        text = " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in document)
    finally:
        document.close()
    assert "Marie Curie (2 keer genoemd)" in text and "Ada Lovelace (1 keer genoemd)" in text
    assert "gekozen door Deelnemer 0" in text
    assert "Deelnemer 1" not in text and "Deelnemer 2" not in text
