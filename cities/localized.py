"""Links to city profiles that follow the language of the page showing them.

wagtail-localize copies a link to a page unchanged into a translation (it translates only links
to snippets), so a French page would otherwise point to the English city profile. Pages of
other apps that link to cities use these instead of looking the translations up themselves.
"""

from cities.models import CityPage

__all__ = ["CityInPageLanguageMixin", "cities_in_locale"]


class CityInPageLanguageMixin:
    """Keeps the `city` link of a page on the city profile in the page's own language.

    Saving the page swaps the link for the city's translation when there is one, whoever saves
    it: an editor or a translation. For page models with a `city` foreign key to `CityPage`.
    """

    def save(self, *args, **kwargs):
        if self.city_id and self.locale_id and self.city.locale_id != self.locale_id:
            translated = self.city.get_translation_or_none(self.locale_id)
            if translated is not None:
                self.city = translated
        return super().save(*args, **kwargs)


def cities_in_locale(cities, locale_id):
    """`cities` in the same order, each replaced by its live translation in `locale_id`.

    A city without such a translation stays as it is. One query, none when every city is
    already in that language.
    """
    cities = list(cities)
    if all(city.locale_id == locale_id for city in cities):
        return cities
    translated = {
        city.translation_key: city
        for city in CityPage.objects.live().filter(
            translation_key__in={city.translation_key for city in cities}, locale_id=locale_id
        )
    }
    return [translated.get(city.translation_key, city) for city in cities]
