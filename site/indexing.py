"""Reference index updates deferred to the end of a bulk load (the demo content).

Wagtail updates its reference index (the admin's "Usage" of an image, a snippet or a page) after
every save of a model it tracks: a translated page is saved three or four times on its way to
being published, a snippet's translation twice, and a citizenship test re-indexed after each of
its chosen questions. Inside `deferred_reference_index()` those saves are only noted; at the
end each object noted is indexed once, by Wagtail's own task, from its final content. The index
ends as it would have after each object's last save. A deletion meanwhile is taken out of the
index at once, as Wagtail does.
"""

import functools
from contextlib import contextmanager

from asgiref.local import Local
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import (
    disable_reference_index_auto_update,
    reference_index_auto_update_disabled,
)
from wagtail.tasks import update_reference_index_task

__all__ = ["deferred_reference_index"]

#: The objects saved in this thread since the outermost `deferred_reference_index()` began
#: ({(app label, model name, pk): None}, in the order of their first save), or None.
_state = Local()


def _key(instance):
    return (instance._meta.app_label, instance._meta.model_name, str(instance.pk))


def _note_save(sender, instance, raw=False, **kwargs):
    """`post_save`: what Wagtail's handler would index now, noted for the end."""
    pending = getattr(_state, "pending", None)
    if pending is None or raw or sender not in ReferenceIndex.tracked_models:
        return
    pending.setdefault(_key(instance), None)


def _remove_on_delete(sender, instance, **kwargs):
    """`post_delete`: what Wagtail's handler does (it is off meanwhile), and the object is no
    longer to be indexed."""
    pending = getattr(_state, "pending", None)
    if pending is None or sender not in ReferenceIndex.tracked_models:
        return
    pending.pop(_key(instance), None)
    with transaction.atomic():
        ReferenceIndex.remove_for_object(instance)
        ReferenceIndex.remove_references_to(instance)


@functools.cache
def _connect():
    post_save.connect(_note_save, dispatch_uid="icc-deferred-reference-index-save")
    post_delete.connect(_remove_on_delete, dispatch_uid="icc-deferred-reference-index-delete")


@contextmanager
def deferred_reference_index():
    """Index each object saved inside the block once, when the block ends without an error.

    Re-entrant: an inner block leaves the indexing to the outermost. Inside Wagtail's own
    `disable_reference_index_auto_update()` nothing is indexed, as before. If the block raises,
    what it saved is left unindexed (`manage.py rebuild_references_index` rebuilds the index).
    """
    if getattr(_state, "pending", None) is not None or getattr(
        reference_index_auto_update_disabled, "value", False
    ):
        yield
        return
    _connect()
    _state.pending = pending = {}
    try:
        with disable_reference_index_auto_update():
            yield
    except BaseException:
        _state.pending = None
        raise
    _state.pending = None
    for app_label, model_name, pk in pending:
        update_reference_index_task.enqueue(app_label, model_name, pk)
