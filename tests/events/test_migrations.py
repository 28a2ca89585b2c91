"""Migration 0003 links existing network-moment entries to heroines and keeps what they showed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from anderebril.network.models import Person

BEFORE = [("events", "0002_initial")]
AFTER = [("events", "0003_heroines")]


@pytest.mark.django_db(transaction=True)
def test_existing_entries_keep_their_visibility_and_share_a_heroine() -> None:
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    try:
        old = executor.loader.project_state(BEFORE).apps
        start = timezone.now()
        event = old.get_model("events", "Event").objects.create(
            title="Oud", slug="oud", kind="roadshow", format="online", starts_at=start,
            ends_at=start + timedelta(hours=1),
        )  # fmt: skip
        registration_model = old.get_model("events", "Registration")
        entry_model = old.get_model("events", "NetworkMomentEntry")
        for number, (name, hidden) in enumerate(
            [("Marie Curie", False), ("dr. marie curie", True), ("Ada Lovelace", False)]
        ):
            # Today's model: the table has today's columns (network is migrated to the end).
            person = Person.objects.create(name=f"P{number}", email=f"p{number}@x.example")
            registration = registration_model.objects.create(event=event, person_id=person.pk)
            entry_model.objects.create(
                registration=registration, what_you_do="x", superhero_name=name, hidden=hidden
            )
        executor.loader.build_graph()
        executor.migrate(AFTER)
        new = executor.loader.project_state(AFTER).apps
        entries = {
            e.superhero_name: e for e in new.get_model("events", "NetworkMomentEntry").objects.all()
        }
        assert entries["Marie Curie"].status == "approved"
        assert entries["dr. marie curie"].status == "hidden"
        assert entries["Marie Curie"].heroine_id == entries["dr. marie curie"].heroine_id
        assert entries["Ada Lovelace"].heroine_id != entries["Marie Curie"].heroine_id
        assert all(h.approved for h in new.get_model("events", "Heroine").objects.all())
    finally:
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_going_back_keeps_moderated_entries_hidden_and_symbol_names_apart() -> None:
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    try:
        old = executor.loader.project_state(BEFORE).apps
        start = timezone.now()
        event = old.get_model("events", "Event").objects.create(
            title="Oud", slug="oud", kind="roadshow", format="online", starts_at=start,
            ends_at=start + timedelta(hours=1),
        )  # fmt: skip
        registration_model = old.get_model("events", "Registration")
        entry_model = old.get_model("events", "NetworkMomentEntry")
        for number, name in enumerate(["Marie Curie", "Ada Lovelace", "Ongepast", "🦸", "!!!"]):
            person = Person.objects.create(name=f"P{number}", email=f"p{number}@x.example")
            registration = registration_model.objects.create(event=event, person_id=person.pk)
            entry_model.objects.create(
                registration=registration, what_you_do="x", superhero_name=name, hidden=False
            )
        executor.loader.build_graph()
        executor.migrate(AFTER)
        new = executor.loader.project_state(AFTER).apps
        entries = new.get_model("events", "NetworkMomentEntry").objects
        symbols = {e.heroine_id for e in entries.filter(superhero_name__in=["🦸", "!!!"])}
        assert len(symbols) == 2  # not one heroine under the key ""
        # Moderated after the migration: one hidden, one waiting, one heroine withdrawn.
        entries.filter(superhero_name="Ongepast").update(status="hidden")
        entries.filter(superhero_name="Ada Lovelace").update(status="pending")
        withdrawn = entries.get(superhero_name="🦸").heroine_id
        new.get_model("events", "Heroine").objects.filter(pk=withdrawn).update(approved=False)
        executor.loader.build_graph()
        executor.migrate(BEFORE)
        back = executor.loader.project_state(BEFORE).apps
        hidden = dict(
            back.get_model("events", "NetworkMomentEntry").objects.values_list(
                "superhero_name", "hidden"
            )
        )
        assert hidden == {
            "Marie Curie": False, "Ada Lovelace": True, "Ongepast": True, "🦸": True,
            "!!!": False,
        }  # fmt: skip
    finally:
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())
