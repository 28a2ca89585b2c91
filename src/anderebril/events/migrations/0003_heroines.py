"""Heroines with aliases and moderation per entry.

Existing entries keep what they showed: visible ones become approved, hidden ones hidden, and
each is linked to a heroine (approved, since she was public already) by the same key as at
runtime (``heroines.alias_key``). Going back, only entries the collage showed (approved, of an
approved heroine) become visible: what a moderator hid or had not yet approved stays hidden.
"""

import django.db.models.deletion
from django.db import migrations, models

from anderebril.events.heroines import alias_key, display_name


def link_existing_entries(apps, schema_editor):
    Entry = apps.get_model("events", "NetworkMomentEntry")
    Heroine = apps.get_model("events", "Heroine")
    Alias = apps.get_model("events", "HeroineAlias")
    for entry in Entry.objects.all():
        key = alias_key(entry.superhero_name)
        alias = Alias.objects.filter(key=key).first()
        if alias is None:
            heroine = Heroine.objects.create(name=display_name(entry.superhero_name), approved=True)
            alias = Alias.objects.create(key=key, heroine=heroine)
        entry.heroine_id = alias.heroine_id
        entry.status = "hidden" if entry.hidden else "approved"
        entry.save(update_fields=["heroine", "status"])


def hide_unapproved_entries(apps, schema_editor):
    # Runs after ``hidden`` is back (the RemoveField below is undone first).
    # Visible only what the collage showed: an approved entry of an approved heroine.
    Entry = apps.get_model("events", "NetworkMomentEntry")
    shown = Entry.objects.filter(status="approved", heroine__approved=True)
    Entry.objects.exclude(pk__in=shown.values("pk")).update(hidden=True)
    Entry.objects.filter(pk__in=shown.values("pk")).update(hidden=False)


class Migration(migrations.Migration):

    dependencies = [
        ('events', '0002_initial'),
    ]

    operations = [
        migrations.CreateModel(
            name='Heroine',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=150, verbose_name='naam')),
                ('description', models.CharField(blank=True, help_text='Wie zij is, in één zin. Staat bij haar naam in de collage.', max_length=300, verbose_name='korte beschrijving')),
                ('approved', models.BooleanField(default=False, help_text='Alleen goedgekeurde heldinnen staan in de openbare collage.', verbose_name='goedgekeurd')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='aangemaakt')),
            ],
            options={
                'verbose_name': 'superheldin',
                'verbose_name_plural': 'superheldinnen',
                'ordering': ('name', 'id'),
            },
        ),
        migrations.AddField(
            model_name='networkmomententry',
            name='status',
            field=models.CharField(choices=[('pending', 'Wacht op beoordeling'), ('approved', 'Goedgekeurd'), ('hidden', 'Verborgen')], default='pending', help_text='Alleen goedgekeurde bijdragen staan in de collage.', max_length=10, verbose_name='beoordeling'),
        ),
        migrations.AddField(
            model_name='networkmomententry',
            name='heroine',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='entries', to='events.heroine', verbose_name='superheldin'),
        ),
        migrations.CreateModel(
            name='HeroineAlias',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('key', models.CharField(max_length=150, unique=True, verbose_name='sleutel')),
                ('heroine', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='aliases', to='events.heroine')),
            ],
            options={
                'verbose_name': 'schrijfwijze',
                'verbose_name_plural': 'schrijfwijzen',
                'ordering': ('key',),
            },
        ),
        migrations.RunPython(link_existing_entries, hide_unapproved_entries),
        migrations.RemoveField(
            model_name='networkmomententry',
            name='hidden',
        ),
    ]
