"""iCalendar (RFC 5545) for one event or the feed of all published events; no dependency."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from anderebril.events.models import Event
from anderebril.network.contentlines import escape, render

PRODID = "-//Andere Bril//Evenementen//NL"


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _event_lines(event: Event, base_url: str, domain: str, *, with_online_link: bool) -> list[str]:
    url = base_url + event.get_absolute_url()
    description = "\n\n".join(part for part in (event.summary, event.description, url) if part)
    location = event.location
    if with_online_link and event.online_url:
        location = f"{location} — {event.online_url}" if location else event.online_url
    lines = [
        "BEGIN:VEVENT",
        f"UID:event-{event.pk}@{domain}",
        f"DTSTAMP:{_utc(event.updated_at)}",
        f"LAST-MODIFIED:{_utc(event.updated_at)}",
        f"DTSTART:{_utc(event.starts_at)}",
        f"DTEND:{_utc(event.ends_at)}",
        f"SUMMARY:{escape(event.title)}",
        f"DESCRIPTION:{escape(description)}",
        f"URL:{url}",
    ]
    if location:
        lines.append(f"LOCATION:{escape(location)}")
    lines.append("STATUS:CONFIRMED")
    lines.append("END:VEVENT")
    return lines


def calendar(
    events: Iterable[Event],
    *,
    base_url: str,
    name: str,
    with_online_link: bool = False,
) -> str:
    """A VCALENDAR with one VEVENT per event. ``base_url`` is scheme and host, no slash."""
    domain = base_url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0] or "localhost"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(name)}",
    ]
    for event in events:
        lines.extend(_event_lines(event, base_url, domain, with_online_link=with_online_link))
    lines.append("END:VCALENDAR")
    return render(lines)
