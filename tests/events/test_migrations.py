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
