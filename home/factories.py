"""Factories of the home page (wagtail-factories), for tests and quick trials. The demo
content does not use them.

The migrations make the default site's English home page; `HomePageFactory(parent=root)` makes
another (the home of a second site, say), `features=` as (block type, value) pairs.
"""

import factory
import wagtail_factories

from home.models import HomePage

__all__ = ["HomePageFactory", "feature"]


def feature(title, text, link_page=None, tool=None):
    """One block of the home page's tools and features (linking to `link_page`, or to the
    landing page of the tool whose slug is `tool`, if given)."""
    value = {"title": title, "text": text}
    if link_page is not None:
        value["link_page"] = link_page
    if tool is not None:
        value["tool"] = tool
    return ("feature", value)


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Intercultural Cities"
    slug = factory.Sequence(lambda n: f"home-{n}")
    intro = "<p>Cities that see diversity as an advantage.</p>"

    class Meta:
        model = HomePage
