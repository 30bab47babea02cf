"""The map's tile server and its attribution, from the settings (the public map and the
moderators' panels draw with the same tiles)."""

from django.conf import settings

__all__ = ["DEFAULT_TILE_ATTRIBUTION", "DEFAULT_TILE_URL", "tile_settings"]

DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_TILE_ATTRIBUTION = (
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
)


def tile_settings():
    """The tile server (settings.HERITAGE_TILE_URL) and its attribution (HTML from settings)."""
    return {
        "tile_url": getattr(settings, "HERITAGE_TILE_URL", "") or DEFAULT_TILE_URL,
        "tile_attribution": getattr(settings, "HERITAGE_TILE_ATTRIBUTION", "")
        or DEFAULT_TILE_ATTRIBUTION,
    }
