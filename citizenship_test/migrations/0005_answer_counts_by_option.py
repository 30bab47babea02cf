"""The per-question counters keep each answer under its option's stable id, not its position.

A counter used to say "the 2nd option": once an editor reordered a question's options, older
counts showed under another option. Each option of a question's StreamField has an id that it
keeps when it is moved and in every translation, so the counters now store that id (scale
answers keep their value, "1" to "5"). Existing rows are converted with the options' order of
today, which is the order they were counted in (nothing could reorder them without this fix
showing wrong figures).
"""

import uuid

from django.db import migrations, models

#: The question kinds whose answers are options (see citizenship_test.components).
OPTION_KINDS = ("choice", "scenario")


def _option_ids(question):
    return [item.get("id") for item in question.options.raw_data if item.get("type") == "option"]


def _questions_of(apps, rows):
    """{(question key, locale id): option ids} and {question key: option ids} (any language)
    of the option questions the counters `rows` name."""
    Question = apps.get_model("citizenship_test", "Question")
    keys = set()
    for key in {row.question_key for row in rows}:
        try:
            keys.add(uuid.UUID(hex=key))
        except ValueError:
            continue
    by_locale, by_key = {}, {}
    for question in Question.objects.filter(translation_key__in=keys, kind__in=OPTION_KINDS):
        ids = _option_ids(question)
        by_locale[(question.translation_key.hex, question.locale_id)] = ids
        by_key.setdefault(question.translation_key.hex, ids)
    return by_locale, by_key


def _convert(apps, convert_one):
    AnswerCount = apps.get_model("citizenship_test", "AnswerCount")
    rows = list(AnswerCount.objects.select_related("customisation"))
    by_locale, by_key = _questions_of(apps, rows)
    changed = []
    for row in rows:
        ids = by_locale.get((row.question_key, row.customisation.locale_id))
        if ids is None:
            ids = by_key.get(row.question_key)
        if ids is None:
            continue  # a scale question (or one deleted since): nothing to convert
        answer = convert_one(row.answer, ids)
        if answer is not None and answer != row.answer:
            row.answer = answer
            changed.append(row)
    AnswerCount.objects.bulk_update(changed, ["answer"], batch_size=500)


def _position_to_id(answer, ids):
    if not answer.isdigit() or int(answer) >= len(ids):
        return None  # already an id, or an option removed since (it was not shown either)
    return ids[int(answer)]


def _id_to_position(answer, ids):
    return str(ids.index(answer)) if answer in ids else None


def positions_to_option_ids(apps, schema_editor):
    _convert(apps, _position_to_id)


def option_ids_to_positions(apps, schema_editor):
    _convert(apps, _id_to_position)


class Migration(migrations.Migration):
    dependencies = [
        ("citizenship_test", "0004_answer_counts"),
    ]

    operations = [
        migrations.AlterField(
            model_name="answercount",
            name="answer",
            field=models.CharField(max_length=36, verbose_name="answer"),
        ),
        migrations.RunPython(positions_to_option_ids, option_ids_to_positions),
    ]
