"""`manage.py restore_site FOLDER`: put back what `backup_site` wrote. Stop the app first."""

from django.core.management.base import BaseCommand, CommandError

from icc_site.backup import restore_site


class Command(BaseCommand):
    help = "Replace the database and the media files with a backup written by backup_site."

    def add_arguments(self, parser):
        parser.add_argument("source", help="Folder written by backup_site.")
        parser.add_argument("--database", default="default", help="Database alias.")
        parser.add_argument("--no-media", action="store_true", help="Restore the database only.")
        parser.add_argument("--no-input", action="store_true", help="Do not ask for confirmation.")

    def handle(self, *args, source, database, no_media, no_input, **options):
        if not no_input:
            answer = input(
                f"This replaces the '{database}' database{'' if no_media else ' and the media'} "
                f"with the backup in {source}. Type 'yes' to go on: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        manifest = restore_site(source, using=database, media=not no_media)
        self.stdout.write(
            self.style.SUCCESS(f"Restored the backup of {manifest['created']} from {source}")
        )
