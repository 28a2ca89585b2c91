"""Audits get a random folder name; audits made before keep their folder ``audit-<id>``."""

from typing import Any

from django.db import migrations, models

import anderebril.imagescan.storage


def keep_existing_folders(apps: Any, schema_editor: Any) -> None:
    Audit = apps.get_model("imagescan", "Audit")
    for audit in Audit.objects.only("pk"):
        Audit.objects.filter(pk=audit.pk).update(folder=f"audit-{audit.pk}")


class Migration(migrations.Migration):
    dependencies = [
        ("imagescan", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="audit",
            name="folder",
            field=models.CharField(
                default="", editable=False, max_length=80, verbose_name="map"
            ),
            preserve_default=False,
        ),
        migrations.RunPython(keep_existing_folders, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="audit",
            name="folder",
            field=models.CharField(
                default=anderebril.imagescan.storage.new_folder_name,
                editable=False,
                max_length=80,
                verbose_name="map",
            ),
        ),
    ]
