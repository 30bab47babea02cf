"""Demo content of the heritage map: Lisbon (Mouraria) and Rijeka (city centre).

For each city: the tool enabled and published, one mapping project with its area, team,
definitions, communities and action plan (both translated through wagtail-localize into every
language with a PO file in `demo/locale/`), 15+ approved items of various categories and a
few waiting in moderation.
Idempotent: what exists is found by its slug or title and left alone.
"""

from datetime import date

from django.utils import timezone

from cities.models import CityPage
from heritage_mapping.demo import lisbon, rijeka
from heritage_mapping.models import Community, HeritageItem, HeritageMap, MappingProject
from heritage_mapping.vocabulary import Licence, Status
from icc_site.indexing import deferred_reference_index
from icc_site.localize import DemoCatalogues
from tools.demo import demo_customisation

CATALOGUES = DemoCatalogues("heritage_mapping")

__all__ = ["CITY_MODULES", "load"]

CITY_MODULES = (lisbon, rijeka)
INTRO = (
    "Help us map the heritage of the neighbourhood: a place, a tradition, a taste or a memory "
    "that matters to you and your neighbours.",
    "Aidez-nous à cartographier le patrimoine du quartier : un lieu, une tradition, une saveur "
    "ou un souvenir qui compte pour vous et vos voisins.",
)


def _write(stdout, message):
    if stdout is not None:
        stdout.write(message)


def _tool(city, locales):
    return demo_customisation(
        HeritageMap,
        city,
        locales,
        CATALOGUES,
        allowed_origins=["http://localhost:8001"],
        intro=f"<p>{INTRO[0]}</p>",
    )


def _project(city, locales, module):
    spec = module.PROJECT
    project = MappingProject.objects.filter(
        city=city, slug=spec["slug"], locale=locales["en"]
    ).first()
    if project is not None:
        return project
    project = MappingProject(
        city=city,
        locale=locales["en"],
        slug=spec["slug"],
        title=spec["title"][0],
        neighbourhood=spec["neighbourhood"][0],
        summary=spec["summary"][0],
        heritage_definition=spec["heritage_definition"][0],
        intercultural_heritage_definition=spec["intercultural_heritage_definition"][0],
        phase=spec["phase"],
        starts_on=date.fromisoformat(spec["starts_on"]),
        ends_on=date.fromisoformat(spec["ends_on"]),
        area=spec["area"],
        team=[
            ("member", {"name": name, "organisation": organisation, "role": role[0]})
            for name, organisation, role in spec["team"]
        ],
    )
    project.communities = [
        Community(slug=slug, name=name, sort_order=position)
        for position, (slug, name, _fr) in enumerate(module.COMMUNITIES)
    ]
    project.save()
    return project


def _item(project, spec, status):
    title, category, communities, latitude, longitude, period, description, why, *rest = spec
    item = HeritageItem.objects.filter(project=project, title=title).first()
    if item is not None:
        return item, False
    item = HeritageItem.objects.create(
        project=project,
        status=status,
        title=title,
        category=category,
        latitude=latitude,
        longitude=longitude,
        period=period,
        description=description,
        why_it_matters=why,
        place_name=rest[0] if rest else "",
        licence=Licence.CC_BY if len(title) % 3 else Licence.CC_BY_SA,
        language="en",
        moderated_at=timezone.now() if status == Status.APPROVED else None,
    )
    item.communities.set(Community.objects.filter(project=project, slug__in=communities))
    return item, True


def _action_plan(project, module, items_by_title):
    if project.action_plan:
        return
    project.action_plan = [
        (
            "action",
            {
                "title": action["title"][0],
                "description": action["description"][0],
                "lead": action["lead"][0],
                "timeframe": action["timeframe"][0],
                "assets": [("asset", items_by_title[title]) for title in action["assets"]],
            },
        )
        for action in module.ACTIONS
    ]
    project.save()


@deferred_reference_index()
def load(home, locales, stdout=None):
    """Create the demo heritage maps of Lisbon and Rijeka (see the module docstring)."""
    made = []
    for module in CITY_MODULES:
        city = CityPage.objects.filter(slug=module.CITY, locale=home.locale).first()
        if city is None:
            continue
        _tool(city, locales)
        project = _project(city, locales, module)
        items = {}
        new = 0
        for spec in module.ITEMS:
            items[spec[0]], created = _item(project, spec, Status.APPROVED)
            new += created
        for spec in module.PENDING:
            new += _item(project, spec, Status.PENDING)[1]
        _action_plan(project, module, items)
        CATALOGUES.translate(project, locales)
        made.append(f"{city.title} ({new} new items)")
    _write(stdout, f"  Heritage maps: {', '.join(made) or 'no city'}.")
