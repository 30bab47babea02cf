"""A demo group session: Lisbon's welcome evening, closed, with about twenty answers, so that
the facilitator's screen and the session list show something real. Idempotent."""

import random
from datetime import datetime, time, timedelta

from django.utils import timezone

from citizenship_test.demo.completions import SEED, simulated_completion
from citizenship_test.models import Completion, EventSession
from citizenship_test.models.questionnaire import Questionnaire

#: City slug → the session (fixed code, in the alphabet of session codes).
EVENTS = {
    "lisbon": {
        "code": "FESTA7",
        "title": "Welcome evening at the Arroios library",
        "days_ago": 40,
        "participants": 21,
    }
}
TOKEN_PREFIX = "demo-event-"


def load_event(customisation):
    """Create the city's demo session and its completions once; returns how many were made."""
    config = EVENTS.get(customisation.city.slug)
    prefix = f"{TOKEN_PREFIX}{customisation.city.slug}-"
    if config is None or Completion.objects.filter(token__startswith=prefix).exists():
        return 0
    day = timezone.localdate() - timedelta(days=config["days_ago"])
    opened = timezone.make_aware(datetime.combine(day, time(18, 30)))
    session, _created = EventSession.objects.get_or_create(
        code=config["code"],
        defaults={
            "customisation": customisation,
            "title": config["title"],
            "language": customisation.locale.language_code,
            "opened_at": opened,
            "expires_at": opened + timedelta(hours=3),
            "closed_at": opened + timedelta(hours=2),
        },
    )
    day = timezone.localdate(session.opened_at)
    rng = random.Random(SEED + len(config["code"]))
    questionnaire = Questionnaire(customisation, customisation.locale.language_code)
    rows = []
    for number in range(config["participants"]):
        token = f"{prefix}{number:04d}"
        completion = simulated_completion(
            rng, customisation, questionnaire, [session.language], token, completed_on=day
        )
        completion.event_session = session
        rows.append(completion)
    Completion.objects.bulk_create(rows)
    return len(rows)
