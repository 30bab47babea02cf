from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _

from intercultural_index.cache import forget_results


class InterculturalIndexConfig(AppConfig):
    """The Intercultural Cities Index, a tool of the tools framework (`tools/`): a questionnaire
    a city answers together, scored from 0 to 100 and compared with similar cities."""

    name = "intercultural_index"
    label = "intercultural_index"
    verbose_name = _("Intercultural Cities Index")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # What the cached results depend on: rounds, the city's choice to publish, the
        # questionnaire's weights, and the cities' figures (their groups).
        for label in (
            "intercultural_index.IndexRound",
            "intercultural_index.InterculturalIndex",
            "intercultural_index.Edition",
            "intercultural_index.Area",
            "intercultural_index.Indicator",
            "intercultural_index.Question",
            "tools.CityToolSettings",
            "cities.CityPage",
        ):
            model = self.apps.get_model(label)
            post_save.connect(forget_results, sender=model, dispatch_uid=f"index-forget-{label}")
            post_delete.connect(forget_results, sender=model, dispatch_uid=f"index-forget-{label}d")
