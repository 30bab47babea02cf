"""Which pages anonymous visitors may see, as a filter that costs no query of its own."""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction

__all__ = ["visible_to_everyone"]


def visible_to_everyone(pages):
    """Live pages of `pages` that no view restriction (password, login, groups) covers.

    Wagtail's `.public()` first reads every restriction, one query each time it is called; a
    page listing several kinds of pages would pay it several times. This checks the
    restrictions in a subquery instead: a page is restricted when a restricted page's path is
    a prefix of its own (the page itself or one of its ancestors).
    """
    covering_restrictions = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return pages.live().exclude(Exists(covering_restrictions))
