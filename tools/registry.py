"""The installed tool types, found by walking the subclasses of `CityTool`.

As with Wagtail's `get_task_types()`, nothing registers itself: a model subclassing `CityTool`
in an app listed in INSTALLED_APPS is a tool, and removing the app removes the tool. Every
caller (directory, admin menu, embed routes, StreamField block, API) asks here at request time,
so the answer follows the app registry, including `override_settings(INSTALLED_APPS=...)`.
"""

from django.apps import apps
from django.utils.module_loading import import_string

from tools.models import CityTool

__all__ = [
    "get_tool_type",
    "get_tool_types",
    "is_tool_type_installed",
    "models_shown_on_cached_screens",
    "period_keepers",
]


def _descendants(model):
    for subclass in model.__subclasses__():
        yield subclass
        yield from _descendants(subclass)


def get_tool_types():
    """The concrete tool models of installed apps, sorted by tool slug."""
    installed = set(apps.get_models())
    found = {
        model
        for model in _descendants(CityTool)
        if model in installed and not model._meta.abstract and not model._meta.proxy
    }
    return sorted(found, key=lambda model: model.tool_slug)


def models_shown_on_cached_screens():
    """The models that the installed tools' cached screens show (`CityTool.expire_cache_on`),
    each once."""
    labels = dict.fromkeys(label for tool in get_tool_types() for label in tool.expire_cache_on)
    return [apps.get_model(label) for label in labels]


def period_keepers():
    """[(model, handler)] of the installed tools' `CityTool.keep_periods_before_deleting`,
    each pair once."""
    pairs = dict.fromkeys(
        pair for tool in get_tool_types() for pair in tool.keep_periods_before_deleting
    )
    return [(apps.get_model(label), import_string(path)) for label, path in pairs]


def get_tool_type(tool_slug):
    """The installed tool model whose `tool_slug` is `tool_slug`, or None."""
    for model in get_tool_types():
        if model.tool_slug == tool_slug:
            return model
    return None


def is_tool_type_installed(model):
    """Whether `model` is a tool type of an app that is installed now."""
    return model in get_tool_types()
