"""icc_site.indexing.deferred_reference_index: the demo loaders' saves are indexed once, at the
end, and the index ends as Wagtail's own update after each save would leave it."""

import pytest
import wagtail_factories
from wagtail.models import ReferenceIndex

from icc_site.indexing import deferred_reference_index

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]


def image_uses(image):
    return ReferenceIndex.get_references_to(image).count()


def test_a_reference_saved_inside_is_indexed_when_the_block_ends(lisbon):
    first, second = wagtail_factories.ImageFactory(), wagtail_factories.ImageFactory()

    with deferred_reference_index():
        lisbon.image = first
        lisbon.save_revision().publish()
        with deferred_reference_index():  # an inner block leaves it to the outer one
            lisbon.image = second
            lisbon.save_revision().publish()
        assert image_uses(second) == 0  # not yet

    assert (image_uses(first), image_uses(second)) == (0, 1)
    indexed = set(ReferenceIndex.objects.values_list("content_type", "object_id", "to_object_id"))
    ReferenceIndex.create_or_update_for_object(lisbon.specific)  # what Wagtail would store
    assert set(ReferenceIndex.objects.values_list("content_type", "object_id", "to_object_id")) == (
        indexed
    )


def test_an_object_deleted_inside_leaves_the_index_at_once(lisbon):
    image = wagtail_factories.ImageFactory()
    lisbon.image = image
    lisbon.save_revision().publish()
    assert image_uses(image) == 1

    with deferred_reference_index():
        lisbon.delete()
        assert image_uses(image) == 0

    assert image_uses(image) == 0


def test_a_block_that_fails_indexes_nothing(lisbon):
    image = wagtail_factories.ImageFactory()

    with pytest.raises(RuntimeError), deferred_reference_index():
        lisbon.image = image
        lisbon.save_revision().publish()
        raise RuntimeError

    assert image_uses(image) == 0
    lisbon.save()  # and indexing is back to Wagtail's, after each save
    assert image_uses(image) == 1
