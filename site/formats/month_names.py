"""The month names, in the site's own catalogue (locale/), so that a language can correct
Django's: Portuguese writes them in lower case since the 1990 spelling agreement ("29 de
novembro de 2017"), where Django's catalogue capitalises them. The site's catalogue comes before
Django's (LOCALE_PATHS), so its translation is the one dates use."""

from django.utils.translation import gettext_noop

MONTHS = [
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
]
