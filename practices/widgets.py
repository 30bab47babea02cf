"""Admin widget for choosing a practice's topics."""

from django.urls import reverse
from wagtail.admin.widgets import AdminTagWidget

from practices.topics import Topic


class TopicWidget(AdminTagWidget):
    """The tag widget, suggesting only default-language topics.

    Wagtail's own autocomplete lists every topic row, translations included, so an editor could
    pick "Logement" and tag the practice with a topic that no other language knows.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("tag_model", Topic)
        kwargs.setdefault("free_tagging", False)
        super().__init__(*args, **kwargs)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"]["data-w-tag-url-value"] = reverse("practices_topic_autocomplete")
        return context
