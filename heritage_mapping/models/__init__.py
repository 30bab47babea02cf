"""Models of heritage mapping: the tool, mapping projects and their communities, items, photos."""

from heritage_mapping.models.customisation import HeritageMap
from heritage_mapping.models.items import HeritageItem, HeritageItemQuerySet, ItemPhoto
from heritage_mapping.models.projects import Community, MappingProject, MappingProjectQuerySet

__all__ = [
    "Community",
    "HeritageItem",
    "HeritageItemQuerySet",
    "HeritageMap",
    "ItemPhoto",
    "MappingProject",
    "MappingProjectQuerySet",
]
