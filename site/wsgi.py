import atexit
import gc
import os

from django.core.wsgi import get_wsgi_application
from django.db import connections

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "icc_site.settings.production")

application = get_wsgi_application()

# What loading the site built (modules, models, URL patterns, settings) lives as long as the
# process: moved out of the garbage collector's sight, so that its full collections, which
# otherwise walk all of it again, stop costing a request about a tenth of a second each time.
gc.freeze()

# A worker keeps its database connection between requests (production's CONN_MAX_AGE): it
# closes it when it stops, so that SQLite folds its write-ahead log back into the database
# file, as it did when each request closed its own.
atexit.register(connections.close_all)
