import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "icc_site.settings.production")

application = get_wsgi_application()

# What loading the site built (modules, models, URL patterns, settings) lives as long as the
# process: moved out of the garbage collector's sight, so that its full collections, which
# otherwise walk all of it again, stop costing a request about a tenth of a second each time.
gc.freeze()
