from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InterculturalIndexConfig(AppConfig):
    """The Intercultural Cities Index, a tool of the tools framework (`tools/`): a questionnaire
    a city answers together, scored from 0 to 100 and compared with similar cities."""

    name = "intercultural_index"
    label = "intercultural_index"
    verbose_name = _("Intercultural Cities Index")
    default_auto_field = "django.db.models.BigAutoField"
