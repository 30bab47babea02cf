"""`manage.py backup_site FOLDER`: the database and the uploaded media into one folder."""

from django.core.management.base import BaseCommand

from icc_site.backup import backup_site


class Command(BaseCommand):
    help = "Back up the database (sqlite3 backup API or pg_dump) and MEDIA_ROOT into a folder."

    def add_arguments(self, parser):
        parser.add_argument("destination", help="Folder to write (created if missing).")
        parser.add_argument("--database", default="default", help="Database alias.")

    def handle(self, *args, destination, database, **options):
        manifest = backup_site(destination, using=database)
        self.stdout.write(
            self.style.SUCCESS(
                f"Backed up the {manifest['database']} database and the media into {destination}"
            )
        )
