"""Install the shipped definitions of "techniek" and "IT" (anderebril.monitor.defaults)."""

from django.db import migrations

from anderebril.monitor.defaults import DEFINITIONS, install


def create(apps, schema_editor):
    install(apps.get_model("monitor", "Definition"), apps.get_model("monitor", "DefinitionRule"))


def remove(apps, schema_editor):
    Definition = apps.get_model("monitor", "Definition")
    Definition.objects.filter(key__in=[key for key, *_rest in DEFINITIONS]).delete()


class Migration(migrations.Migration):
    dependencies = [("monitor", "0001_initial")]

    operations = [migrations.RunPython(create, remove)]
