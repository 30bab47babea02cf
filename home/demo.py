"""Demo content of the home page itself, and the demo editor account."""

from django.apps import apps
from django.contrib.auth import get_user_model
from wagtail.models import Page

from icc_site.localize import publish_translation

DEMO_EDITOR = {"username": "editor", "password": "intercultural-demo"}

INTRO_EN = (
    "<p>Intercultural Cities is a Council of Europe programme that brings together more than "
    "130 cities in Europe and beyond. Its members share one idea: a city that treats the "
    "diversity of its residents as an advantage, and gives everyone real equality and reasons "
    "to meet, is a more creative, fairer and safer city. They review their policies through an "
    "intercultural lens, learn from each other and try new tools together.</p>"
)

STRINGS_FR = {
    "Intercultural Cities": "Cités interculturelles",
    INTRO_EN[3:-4]: (
        "Les Cités interculturelles sont un programme du Conseil de l'Europe qui réunit plus de "
        "130 villes en Europe et au-delà. Leurs membres partagent une idée : une ville qui "
        "traite la diversité de ses habitants comme un atout, et qui offre à chacun une réelle "
        "égalité et des occasions de se rencontrer, est une ville plus créative, plus juste et "
        "plus sûre. Elles revoient leurs politiques sous un angle interculturel, apprennent les "
        "unes des autres et essaient ensemble de nouveaux outils."
    ),
}

STRINGS_AR = {
    "Intercultural Cities": "المدن المتداخلة الثقافات",
    INTRO_EN[3:-4]: (
        "المدن المتداخلة الثقافات برنامج لمجلس أوروبا يجمع أكثر من 130 مدينة في أوروبا وخارجها. "
        "يتشارك أعضاؤه فكرة واحدة: المدينة التي تعدّ تنوّع سكانها ميزة، وتمنح الجميع مساواة "
        "حقيقية وفرصاً للقاء، مدينة أكثر إبداعاً وعدلاً وأماناً."
    ),
}


# The network's tools as editors describe them on the home page: (title, text, slug of the demo
# page to link to: the tools directory, or the anti-rumour guide), then the French and Arabic.
FEATURES = [
    (
        "Intercultural Citizenship Test",
        "A short online quiz that lets residents see how intercultural their outlook is, and "
        "lets cities start a conversation about living together.",
        "tools",
        "Test de citoyenneté interculturelle",
        "Un court questionnaire en ligne qui permet aux habitants de mesurer leur ouverture "
        "interculturelle, et aux villes d'ouvrir le débat sur le vivre-ensemble.",
        "اختبار المواطنة المتداخلة الثقافات",
        "استبيان قصير على الإنترنت يتيح للسكان قياس انفتاحهم على الثقافات الأخرى، ويتيح للمدن "
        "فتح النقاش حول العيش المشترك.",
    ),
    (
        "Anti-rumours toolkit",
        "A method and materials to find the rumours about diversity that circulate in a city, "
        "and to train agents who answer them with facts and empathy.",
        "anti-rumour-strategy-guide",
        "Boîte à outils anti-rumeurs",
        "Une méthode et des supports pour repérer les rumeurs sur la diversité qui circulent "
        "dans une ville, et former des agents qui y répondent avec des faits et de l'empathie.",
        "أدوات مكافحة الشائعات",
        "منهجية ومواد لرصد الشائعات المتداولة عن التنوع في المدينة، وتدريب وكلاء يردون عليها "
        "بالحقائق والتعاطف.",
    ),
    (
        "Heritage mapping",
        "A way for residents to map, together, the diverse cultural heritage of their "
        "neighbourhood, tested in Lisbon and Rijeka.",
        "tools",
        "Cartographie du patrimoine",
        "Une façon pour les habitants de cartographier ensemble le patrimoine culturel divers "
        "de leur quartier, testée à Lisbonne et à Rijeka.",
        "رسم خرائط التراث",
        "طريقة يرسم بها السكان معاً خريطة التراث الثقافي المتنوع لحيّهم، جُرّبت في لشبونة ورييكا.",
    ),
    (
        "Checklists for councils",
        "Short lists of questions that help a city council check a policy or a project "
        "through an intercultural lens before deciding.",
        "tools",
        "Listes de contrôle pour les conseils",
        "De courtes listes de questions qui aident un conseil municipal à examiner une "
        "politique ou un projet sous un angle interculturel avant de décider.",
        "قوائم مرجعية للمجالس",
        "قوائم قصيرة من الأسئلة تساعد المجلس البلدي على فحص سياسة أو مشروع من منظور متداخل "
        "الثقافات قبل اتخاذ القرار.",
    ),
]
# The practices the home page features first, when the practices demo created them.
FEATURED_PRACTICES_SHOWN = 3


def _features(home):
    """The feature blocks, each linked to its demo page when that page exists."""
    slugs = [slug for _title, _text, slug, *_translations in FEATURES if slug]
    pages = {
        page.slug: page
        for page in Page.objects.descendant_of(home).filter(slug__in=slugs, locale=home.locale)
    }
    return [
        ("feature", {"title": title, "text": text, "link_page": pages.get(slug)})
        for title, text, slug, *_translations in FEATURES
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


def load(home, locales, stdout=None):
    """Fill the home page (introduction, tools, featured practices), in English, French, Arabic.

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
    strings_fr = dict(STRINGS_FR)
    strings_ar = dict(STRINGS_AR)
    for title, text, _slug, title_fr, text_fr, title_ar, text_ar in FEATURES:
        strings_fr |= {title: title_fr, text: text_fr}
        strings_ar |= {title: title_ar, text: text_ar}
    publish_translation(home, locales["fr"], strings_fr)
    publish_translation(home, locales["ar"], strings_ar)


#: One demo account per role, with the demo password: (username, Wagtail group). Only the
#: administrator is a superuser; the editor and the moderator have their group's permissions
#: (every city's tools, pages, snippets such as practice topics), and each demo city's
#: coordinator is made by `tools.demo`.
DEMO_USERS = (("admin", None), ("editor", "Editors"), ("moderator", "Moderators"))


def create_demo_users():
    """The demo's accounts: an administrator, an editor and a moderator. An `editor` left a
    superuser by an older demo becomes a plain editor again."""
    from django.contrib.auth.models import Group

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
