"""News items and events link to the member city's profile in their own language."""


class CityInPageLanguageMixin:
    """Keeps the `city` link of a page on the city profile in the page's own language.

    wagtail-localize copies a link to a page as it is (it can only translate links to snippets),
    so a French news item would point to the English city. Saving the page swaps the link for
    the city's translation when there is one, whoever saves it: an editor or a translation.
    """

    def save(self, *args, **kwargs):
        if self.city_id and self.locale_id and self.city.locale_id != self.locale_id:
            translated = self.city.get_translation_or_none(self.locale_id)
            if translated is not None:
                self.city = translated
        return super().save(*args, **kwargs)
