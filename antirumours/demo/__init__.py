"""Demo content of the anti-rumours toolkit: the strategies of Bilbao and Montreal.

`load(home, locales, stdout)` is idempotent: every object is found by a natural key (city and
slug, name, title or year) and only created when missing; translations are made once, through
wagtail-localize, into every language with a PO file in `demo/locale/`
(`icc_site.localize.DemoCatalogues`). Runs after the tools framework's demo, which creates the
coordinator groups.
"""

from decimal import Decimal

from django.db import transaction

from antirumours.certificates import issue_code
from antirumours.demo import plans
from antirumours.demo.rumours import RUMOURS
from antirumours.diagnosis import last_months
from antirumours.evaluation.criteria import CRITERIA
from antirumours.models import (
    AntiRumourStrategy,
    Campaign,
    Certificate,
    CheckerTally,
    Evaluation,
    NetworkOrganisation,
    Rumour,
    RumourReport,
    TrainingSession,
)
from antirumours.publishing import publish
from cities.models import CityPage
from icc_site.indexing import deferred_reference_index
from icc_site.localize import DemoCatalogues
from tools.demo import demo_customisation

__all__ = ["load"]

CATALOGUES = DemoCatalogues("antirumours")
RUMOURS_BY_SLUG = {entry["slug"]: entry for entry in RUMOURS}


def _write(stdout, message):
    if stdout is not None:
        stdout.write(message)


def _format(value, city):
    """Put the city's name in a demo text (or in every text of a block's dict)."""
    if isinstance(value, dict):
        return {key: _format(item, city) for key, item in value.items()}
    return value.format(city=city.title) if isinstance(value, str) else value


def _strategy(city, locales):
    settings = plans.STRATEGIES[city.slug]
    return demo_customisation(
        AntiRumourStrategy,
        city,
        locales,
        CATALOGUES,
        primary_colour=settings["primary_colour"],
        secondary_colour=settings["secondary_colour"],
        allowed_origins=settings["allowed_origins"],
        intro=f"<p>{settings['intro']}</p>",
    )


def _rumours(city, locales):
    rumours = {}
    for slug in plans.CITY_RUMOURS[city.slug]:
        entry = RUMOURS_BY_SLUG[slug]
        rumour = Rumour.objects.filter(city=city, locale=locales["en"], slug=slug).first()
        if rumour is None:
            rumour = publish(
                Rumour(
                    city=city,
                    locale=locales["en"],
                    slug=slug,
                    title=entry["title"],
                    claim=entry["claim"],
                    key_message=entry["key_message"],
                    target_groups=entry["target_groups"],
                    places=entry["places"],
                    channels=entry["channels"],
                    prevalence=entry["prevalence"],
                    found_through=entry["found_through"],
                    counter_arguments=[
                        (kind, _format(value, city)) for kind, value in entry["arguments"]
                    ],
                    live=False,
                )
            )
        CATALOGUES.translate(rumour, locales)
        rumours[slug] = rumour
    return rumours


def _network(city):
    for name, kind, contribution, public in plans.ORGANISATIONS[city.slug]:
        NetworkOrganisation.objects.get_or_create(
            city=city,
            name=name,
            defaults={"kind": kind, "contribution": contribution, "is_public": public},
        )
    for title, day, place, trainers, modules, participants, agents in plans.TRAININGS[city.slug]:
        TrainingSession.objects.get_or_create(
            city=city,
            title=title,
            date=day,
            defaults={
                "place": place,
                "trainers": trainers,
                "modules": modules,
                "participants_count": participants,
                "agents_trained": agents,
            },
        )


def _campaign(city, locales):
    plan = plans.CAMPAIGNS[city.slug]
    campaign = Campaign.objects.filter(city=city, locale=locales["en"], title=plan["title"]).first()
    if campaign is None:
        campaign = Campaign.objects.create(
            city=city,
            locale=locales["en"],
            title=plan["title"],
            objectives=plan["objectives"],
            audience=plan["audience"],
            key_messages=[("message", text) for text in plan["key_messages"]],
            channels=plan["channels"],
            activities=[
                ("activity", {"title": title, "date": day, "description": text})
                for title, day, text in plan["activities"]
            ],
            start_date=plan["start"],
            end_date=plan["end"],
            indicators=[
                (
                    "indicator",
                    {
                        "name": name,
                        "unit": unit,
                        "before": Decimal(before) if before else None,
                        "after": Decimal(after) if after else None,
                        "source": src,
                    },
                )
                for name, unit, before, after, src in plan["indicators"]
            ],
            results=plan["results"],
        )
    CATALOGUES.translate(campaign, locales)


def _evaluations(city):
    for year, levels in plans.EVALUATIONS[city.slug].items():
        answers = {item.code: levels.get(item.code, levels["default"]) for item in CRITERIA}
        evidence = {code: text for code, text in plans.EVIDENCE.items() if answers[code] >= 2}
        Evaluation.objects.get_or_create(
            city=city,
            year=year,
            defaults={"answers": answers, "evidence": evidence, "completed": True},
        )


def _resident_activity(city, rumours):
    """Approved and pending reports, checker counts and two certificates, once per city."""
    if RumourReport.objects.filter(city=city).exists():
        return
    months = last_months()
    for slug, counts in plans.REPORT_PATTERN.items():
        rumour = rumours.get(slug)
        if rumour is None:
            continue
        for month, count in zip(months, counts, strict=True):
            for _n in range(count):
                RumourReport.objects.create(
                    city=city,
                    text=plans.APPROVED_TEXTS[slug],
                    language="en",
                    month=month,
                    status=RumourReport.APPROVED,
                    rumour=rumour,
                )
    for text in plans.PENDING_REPORTS:
        RumourReport.objects.create(city=city, text=text, language="en")
    for slug, answers in plans.CHECKER_COUNTS.items():
        if slug in rumours:
            for answer, count in answers.items():
                CheckerTally.objects.create(
                    city=city, rumour=rumours[slug], month=months[-2], answer=answer, count=count
                )
    if not Certificate.objects.filter(city=city).exists():
        Certificate.objects.create(city=city, code=issue_code(), name="Ane", score=100)
        Certificate.objects.create(city=city, code=issue_code(), score=80)


@transaction.atomic
@deferred_reference_index()
def load(home, locales, stdout=None):
    """The strategies of the demo cities that exist, with everything they are made of."""
    cities = CityPage.objects.filter(slug__in=plans.STRATEGIES, locale=home.locale).order_by(
        "title"
    )
    for city in cities:
        _strategy(city, locales)
        rumours = _rumours(city, locales)
        _network(city)
        _campaign(city, locales)
        _evaluations(city)
        if city.slug == "bilbao":
            _resident_activity(city, rumours)
    _write(
        stdout,
        f"  Anti-rumour strategies for {', '.join(c.title for c in cities) or 'no city'} "
        f"(/en/tools/anti-rumours/<city>/).",
    )
