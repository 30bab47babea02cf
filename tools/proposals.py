"""Contributions from cities: a coordinator proposes a good practice or a news item for one of
their cities; it becomes a draft page of that city in the site's default language, and goes
into the editors' review workflow, where an editor publishes it (or asks for changes).

The workflow is "City contributions review" (made when first needed, with one task for the
Editors group; an administrator may change its tasks in Settings → Workflows),
whatever workflow the section has for pages editors write. Approving publishes the page, so an
approver needs Wagtail's publish permission on the section. A
coordinator has no right on pages: they see their cities' proposals and their state in the
screen of `tools.views.proposals`, never another city's.
"""

import datetime

from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef, Subquery, TextField, Value
from django.db.models.functions import Cast, Coalesce
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.models import (
    GroupApprovalTask,
    Locale,
    Page,
    TaskState,
    Workflow,
    WorkflowState,
    WorkflowTask,
)
from wagtail.rich_text import RichText

from news.models import NewsIndexPage, NewsPage
from practices.models import PracticeIndexPage, PracticePage
from tools.models import CityProposal
from tools.permissions import cities_for_user

__all__ = [
    "CONTRIBUTIONS_WORKFLOW",
    "contributions_workflow",
    "propose",
    "proposals_for",
    "proposals_with_state",
    "proposal_cities",
    "returned_proposals",
]

CONTRIBUTIONS_WORKFLOW = "City contributions review"


def proposal_cities(user):
    """The cities `user` may propose for: theirs, in the site's default language."""
    return (
        cities_for_user(user).filter(locale__language_code=settings.LANGUAGE_CODE).order_by("title")
    )


def proposals_for(user):
    """The proposals of the cities `user` manages (every language version of each)."""
    keys = cities_for_user(user).values("translation_key")
    return CityProposal.objects.filter(city__translation_key__in=keys).select_related(
        "city", "page", "proposed_by"
    )


def proposals_with_state(user):
    """`proposals_for(user)`, each annotated, in the same query, with `in_review` (its page
    waits in the review workflow) and `editors_comment` (the comment of the latest review that
    returned it to draft, "" if none)."""
    page_type = ContentType.objects.get_for_model(Page)
    states = WorkflowState.objects.filter(
        base_content_type=page_type, object_id=Cast(OuterRef("page_id"), CharField())
    )
    returned = (
        TaskState.objects.filter(
            workflow_state__base_content_type=page_type,
            workflow_state__object_id=Cast(OuterRef("page_id"), CharField()),
            status=TaskState.STATUS_REJECTED,
        )
        .order_by("-finished_at", "-pk")
        .values("comment")[:1]
    )
    return proposals_for(user).annotate(
        in_review=Exists(states.filter(status=WorkflowState.STATUS_IN_PROGRESS)),
        editors_comment=Coalesce(Subquery(returned), Value(""), output_field=TextField()),
    )


def returned_proposals(user):
    """The proposals of `user`'s cities that the editors returned to draft with a comment,
    newest first: what the coordinator has to read, on their dashboard."""
    return [
        proposal
        for proposal in proposals_with_state(user).filter(page__live=False).order_by("-pk")[:50]
        if proposal.editors_comment and not proposal.in_review
    ]


def contributions_workflow():
    """The editors' review every proposal goes through (its tasks can be changed in
    Settings → Workflows; it is made with one task for the Editors group)."""
    workflow, created = Workflow.objects.get_or_create(name=CONTRIBUTIONS_WORKFLOW)
    if created or not workflow.workflow_tasks.exists():
        task = GroupApprovalTask.objects.create(name="Editors approve a city's contribution")
        # Approving publishes the page: Editors publish, Moderators only moderate residents'
        # submissions (home/migrations/0006_moderators_moderate_only.py).
        task.groups.set([Group.objects.get_or_create(name="Editors")[0]])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def _paragraphs(text):
    return "".join(
        f"<p>{escape(part.strip())}</p>" for part in text.replace("\r", "").split("\n\n") if part
    )


def _unique_slug(parent, title):
    """A slug of `title` in its own script, as Wagtail makes one (WAGTAIL_ALLOW_UNICODE_SLUGS),
    free under `parent`."""
    allow_unicode = getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
    base = slugify(title, allow_unicode=allow_unicode)[:60].strip("-") or "proposal"
    slug, number = base, 1
    while Page.objects.filter(path__startswith=parent.path, slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def propose(user, kind, city, title, summary, text, start_year=None):
    """Create the draft page, submit it to the review workflow, record the proposal. Returns the
    `CityProposal`. Raises LookupError when the site has no section for it."""
    locale = Locale.get_default()
    if kind == CityProposal.PRACTICE:
        parent = PracticeIndexPage.objects.filter(locale=locale).first()
        page = PracticePage(
            summary=summary,
            start_year=start_year or datetime.date.today().year,
            purpose=_paragraphs(text),
        )
    else:
        parent = NewsIndexPage.objects.filter(locale=locale).first()
        page = NewsPage(intro=summary, body=[("paragraph", RichText(_paragraphs(text)))])
    if parent is None:
        raise LookupError(kind)
    page.title = title
    page.slug = _unique_slug(parent, title)
    page.city = city
    page.live = False
    page.owner = user
    parent.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    contributions_workflow().start(page, user)
    return CityProposal.objects.create(city=city, page=page, kind=kind, proposed_by=user)
