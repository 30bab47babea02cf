"""Demo content of the home page itself, and the demo editor account."""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from icc_site.indexing import deferred_reference_index
from icc_site.localize import DemoCatalogues

CATALOGUES = DemoCatalogues("home")

DEMO_EDITOR = {"username": "editor", "password": "intercultural-demo"}

INTRO_EN = (
    "<p>Intercultural Cities is a Council of Europe programme that brings together more than "
    "130 cities in Europe and beyond. Its members share one idea: a city that treats the "
    "diversity of its residents as an advantage, and gives everyone real equality and reasons "
    "to meet, is a more creative, fairer and safer city. They review their policies through an "
    "intercultural lens, learn from each other and try new tools together.</p>"
)

# The network's tools as editors describe them on the home page: (title, text, slug of the tool
# whose landing page the card links to). Their translations, like the introduction's, are in
# home/demo/locale/<language>.po.
FEATURES = [
    (
        "Intercultural Citizenship Test",
        "A short online quiz that lets residents see how intercultural their outlook is, and "
        "lets cities start a conversation about living together.",
        "citizenship-test",
    ),
    (
        "Anti-rumours toolkit",
        "A method and materials to find the rumours about diversity that circulate in a city, "
        "and to train agents who answer them with facts and empathy.",
        "anti-rumours",
    ),
    (
        "Heritage mapping",
        "A way for residents to map, together, the diverse cultural heritage of their "
        "neighbourhood, tested in Lisbon and Rijeka.",
        "heritage-map",
    ),
    (
        "Checklists for councils",
        "Short lists of questions that help a city council check a policy or a project "
        "through an intercultural lens before deciding.",
        "council-checklist",
    ),
]
# The practices the home page features first, when the practices demo created them.
FEATURED_PRACTICES_SHOWN = 3


def translated_texts(language):
    """{English text: translation} of the home page's texts (home/demo/locale/<language>.po)."""
    return CATALOGUES.strings(language)


def _features(home):
    """The feature blocks, each linked to its tool's landing page."""
    return [
        ("feature", {"title": title, "text": text, "tool": tool}) for title, text, tool in FEATURES
    ]


def _featured_practices(home):
    """A few practices from different cities, or none when the practices app has none."""
    try:
        practice_page = apps.get_model("practices", "PracticePage")
    except LookupError:
        return []
    chosen, cities = [], set()
    for practice in practice_page.objects.descendant_of(home).live().order_by("title"):
        if practice.city_id not in cities:
            chosen.append(("practice", practice))
            cities.add(practice.city_id)
        if len(chosen) == FEATURED_PRACTICES_SHOWN:
            break
    return chosen


@deferred_reference_index()
def load(home, locales, stdout=None):
    """Fill the home page (introduction, tools, featured practices) and translate it into every
    language of home/demo/locale/.

    Idempotent: each field is only filled while empty, so an editor's changes are kept.
    """
    changed = False
    if not home.intro:
        home.intro = INTRO_EN
        changed = True
    if not home.features:
        home.features = _features(home)
        changed = True
    if not home.featured_practices:
        featured = _featured_practices(home)
        if featured:
            home.featured_practices = featured
            changed = True
    if changed:
        home.save_revision().publish()
        home.refresh_from_db()
    # Every language whose PO file translates the whole page; the French one may exist already
    # (the French news and publications need a parent) without the texts filled in just now.
    CATALOGUES.translate(home, locales, update=changed)


#: One demo account per role, with the demo password: (username, Wagtail group). Only the
#: administrator is a superuser; the editor edits, publishes and translates pages and snippets
#: and moderates too, the moderator only moderates residents' submissions of every city (see
#: home/migrations/0006_moderators_moderate_only.py); each demo city's coordinator is made by
#: `tools.demo`.
DEMO_USERS = (("admin", None), ("editor", "Editors"), ("moderator", "Moderators"))


def create_demo_users():
    """The demo's accounts: an administrator, an editor and a moderator. An `editor` left a
    superuser by an older demo becomes a plain editor again."""
    User = get_user_model()
    users = {}
    for username, group_name in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.org"}
        )
        user.is_superuser = user.is_staff = group_name is None
        if created:
            user.set_password(DEMO_EDITOR["password"])
        user.save()
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        users[username] = user
    return users
