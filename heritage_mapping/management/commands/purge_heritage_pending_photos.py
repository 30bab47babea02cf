"""Delete photos left pending by contributions that were never sent (run daily, e.g. cron)."""

from django.core.management.base import BaseCommand

from heritage_mapping.photos import purge_pending_photos
from tools.state import DEFAULT_MAX_AGE


class Command(BaseCommand):
    help = "Delete pending heritage photos older than the contribution form's lifetime."

    def add_arguments(self, parser):
        parser.add_argument(
            "--max-age",
            type=int,
            default=DEFAULT_MAX_AGE,
            help="Age in seconds beyond which a pending photo is deleted.",
        )

    def handle(self, *args, **options):
        deleted = purge_pending_photos(options["max_age"])
        self.stdout.write(f"{deleted} pending photo(s) deleted.")
