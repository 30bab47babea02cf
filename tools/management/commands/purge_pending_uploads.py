"""Delete the uploads that forms left pending and that have expired (run it often, e.g. every
ten minutes from cron; uploads also trigger it now and then, see tools.uploads)."""

from django.core.management.base import BaseCommand

from tools.uploads import pending_usage, purge_pending_uploads


class Command(BaseCommand):
    help = "Delete expired pending uploads of the tools' forms."

    def handle(self, *args, **options):
        deleted = purge_pending_uploads()
        self.stdout.write(
            f"{deleted} pending upload(s) deleted; {pending_usage()} bytes still pending."
        )
