"""Fixtures of the site-wide layer's tests: the page cache switched on, production settings."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]
# Variables of the machine that would change what the production settings choose.
PRODUCTION_VARIABLES = (
    "REDIS_URL",
    "FRONTEND_CACHE_URL",
    "CLOUDFLARE_ZONEID",
    "CLOUDFLARE_BEARER_TOKEN",
    "EMAIL_HOST",
    "EMAIL_BACKEND",
    "SECURE_SSL_REDIRECT",
    "SECURE_COOKIES",
    "SECURE_HSTS_SECONDS",
    "PAGE_CACHE_SECONDS",
    "SERVE_MEDIA",
    # Set by tests/conftest.py for Playwright; check --deploy rightly refuses it.
    "DJANGO_ALLOW_ASYNC_UNSAFE",
)


#: The smallest council checklist, in the demo content's (English, French) shape.
ONE_QUESTION_CHECKLIST = {
    "slug": "site-tests",
    "kind": "council",
    "minutes": 1,
    "title": ("Council check", "Vérification du conseil"),
    "intro": ("Check your council.", "Vérifiez votre conseil."),
    "sections": [
        {
            "title": ("Membership", "Composition"),
            "questions": [
                {
                    "question": ("Have you considered diverse members?", "Des membres divers ?"),
                    "looks_like": [],
                    "follow_up": ("Recruit widely.", "Recrutez largement."),
                }
            ],
        }
    ],
}


@pytest.fixture
def lisbon_customisation(home_page, locales):
    """Lisbon's published council checklist, embeddable by http://localhost:8001."""
    from checklists.demo import build_sections
    from checklists.models import Checklist, CouncilChecklistTool
    from cities.factories import CityIndexPageFactory, CityPageFactory

    cities = CityIndexPageFactory(parent=home_page)
    lisbon = CityPageFactory(parent=cities, title="Lisbon", slug="lisbon", country="Portugal")
    checklist = Checklist.objects.create(
        slug=ONE_QUESTION_CHECKLIST["slug"],
        kind=ONE_QUESTION_CHECKLIST["kind"],
        minutes=ONE_QUESTION_CHECKLIST["minutes"],
        title=ONE_QUESTION_CHECKLIST["title"][0],
        intro=f"<p>{ONE_QUESTION_CHECKLIST['intro'][0]}</p>",
        sections=build_sections(ONE_QUESTION_CHECKLIST),
        locale=locales["en"],
    )
    customisation = CouncilChecklistTool(
        city=lisbon,
        locale=locales["en"],
        live=False,
        checklist=checklist,
        languages=["en", "fr"],
        allowed_origins=["http://localhost:8001"],
    )
    customisation.save()
    customisation.save_revision().publish()
    return customisation


def production_env(**variables):
    """The environment of a process that runs the production settings."""
    env = {k: v for k, v in os.environ.items() if k not in PRODUCTION_VARIABLES}
    env.update(
        DJANGO_SETTINGS_MODULE="icc_site.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="icc.example.org",
    )
    env.update(variables)
    return {k: v for k, v in env.items() if v is not None}


def run_manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPOSITORY,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def production_settings(*names, **variables):
    """The values of settings `names` (as JSON-able Python) under production, with `variables`."""
    code = (
        "import json, sys; from django.conf import settings; "
        "print(json.dumps({n: getattr(settings, n) for n in sys.argv[1:]}, default=str))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *names],
        cwd=REPOSITORY,
        env=production_env(**variables),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
