"""Steps that the data migrations of tool apps share.

They work on the historical models a migration passes in (`apps`), never on the current ones.
A migration that uses a step runs it again on every new database, so a step changes only in
ways that give the same result on the data of its time.
"""

from django.conf import settings

__all__ = ["shared_choices"]


def shared_choices(app_label, model_name, tool_slug, choices):
    """(forwards, backwards) for `RunPython`, moving per-language choices into the city's
    shared record (`CityToolSettings.options`), which every language version reads.

    Forwards takes each city's values from its source-language version (the site's default
    language, else the oldest version). Backwards writes the shared values, or the defaults in
    `choices` ({field name: default}), into every language version. The migration then removes
    (or, backwards, restores) the per-language columns.
    """

    def versions_by_record(apps):
        model = apps.get_model(app_label, model_name)
        records = apps.get_model("tools", "CityToolSettings").objects.filter(tool_slug=tool_slug)
        for record in records:
            versions = list(
                model.objects.filter(shared_id=record.pk).select_related("locale").order_by("pk")
            )
            if versions:
                yield record, versions

    def share(apps, schema_editor):
        for record, versions in versions_by_record(apps):
            source = next(
                (row for row in versions if row.locale.language_code == settings.LANGUAGE_CODE),
                versions[0],
            )
            chosen = {name: getattr(source, name) for name in choices}
            record.options = {**(record.options or {}), **chosen}
            record.save(update_fields=["options"])

    def unshare(apps, schema_editor):
        model = apps.get_model(app_label, model_name)
        for record, versions in versions_by_record(apps):
            options = record.options or {}
            values = {name: options.get(name, default) for name, default in choices.items()}
            model.objects.filter(pk__in=[row.pk for row in versions]).update(**values)

    return share, unshare
