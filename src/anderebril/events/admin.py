from django.contrib import admin

from anderebril.events.models import (
    Event,
    NetworkMomentEntry,
    ProgrammeItem,
    Registration,
    Speaker,
)


class ProgrammeInline(admin.TabularInline):
    model = ProgrammeItem
    extra = 1


class SpeakerInline(admin.TabularInline):
    model = Speaker
    extra = 1


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ("title", "kind", "format", "starts_at", "registration_open", "published")
    list_filter = ("kind", "format", "published")
    search_fields = ("title",)
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("region", "moderators")
    inlines = (ProgrammeInline, SpeakerInline)


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ("person", "event", "created_at", "reminder_sent_at")
    list_filter = ("event",)
    search_fields = ("person__name", "person__email")
    raw_id_fields = ("person",)


@admin.register(NetworkMomentEntry)
class NetworkMomentAdmin(admin.ModelAdmin):
    list_display = ("superhero_name", "registration", "hidden")
    list_filter = ("hidden", "registration__event")
    list_editable = ("hidden",)
