"""Demo content of the home page itself, and the demo editor account."""

from django.contrib.auth import get_user_model

from home.localize import publish_translation

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


def load(home, locales, stdout=None):
    """Write the home page's introduction and publish it in French and Arabic."""
    if not home.intro:
        home.intro = INTRO_EN
        home.save_revision().publish()
    publish_translation(home, locales["fr"], STRINGS_FR)
    publish_translation(home, locales["ar"], STRINGS_AR)


def create_demo_editor():
    """The account printed by `make run`: an administrator who can edit and translate."""
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=DEMO_EDITOR["username"],
        defaults={"email": "editor@example.org", "is_staff": True, "is_superuser": True},
    )
    if created:
        user.set_password(DEMO_EDITOR["password"])
        user.save()
    return user
