"""The capacity of an event holds, also when people register at the same moment."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, connections

from anderebril.events import services
from anderebril.events.models import Event, Registration


def test_registrations_stop_at_the_capacity(event: Event) -> None:
    event.capacity = 2
    event.save()
    services.register(event, name="Een", email="een@x.example")
    services.register(event, name="Twee", email="twee@x.example")
    with pytest.raises(services.RegistrationError, match="full"):
        services.register(event, name="Drie", email="drie@x.example")
    assert Registration.objects.filter(event=event).count() == 2


def test_the_capacity_is_read_from_the_database_not_from_a_stale_object(event: Event) -> None:
    stale = Event.objects.get(pk=event.pk)
    Event.objects.filter(pk=event.pk).update(capacity=1, registration_open=True)
    services.register(stale, name="Een", email="een@x.example")
    with pytest.raises(services.RegistrationError, match="full"):
        services.register(stale, name="Twee", email="twee@x.example")


@pytest.mark.django_db(transaction=True)
def test_simultaneous_registrations_cannot_overbook(event: Event) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writing transactions itself (immediate mode)")
    event.capacity = 2
    event.save()
    racers = 6
    barrier = threading.Barrier(racers)
    outcomes: list[str] = []

    def race(number: int) -> None:
        try:
            barrier.wait()
            services.register(event, name=f"Deelnemer {number}", email=f"d{number}@x.example")
            outcomes.append("ok")
        except services.RegistrationError as refusal:
            outcomes.append(str(refusal))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=race, args=(n,)) for n in range(racers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["full"] * 4 + ["ok"] * 2
    assert Registration.objects.filter(event=event).count() == 2
