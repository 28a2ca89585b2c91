from django.contrib import admin

from anderebril.events.models import (
    Event,
    Heroine,
    HeroineAlias,
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
    list_display = ("superhero_name", "heroine", "registration", "status")
    list_filter = ("status", "registration__event")
    list_editable = ("status",)
    raw_id_fields = ("registration", "heroine")


class HeroineAliasInline(admin.TabularInline):
    model = HeroineAlias
    extra = 0


@admin.register(Heroine)
class HeroineAdmin(admin.ModelAdmin):
    list_display = ("name", "approved", "created_at")
    list_filter = ("approved",)
    search_fields = ("name", "aliases__key")
    inlines = (HeroineAliasInline,)
