"""Send the daily e-mail digest of what waits for moderation to the users who asked for it."""

from django.core.management.base import BaseCommand

from tools.digest import send_digests


class Command(BaseCommand):
    help = "E-mail each opted-in admin user what waits for moderation in their cities."

    def handle(self, *args, **options):
        sent = send_digests()
        self.stdout.write(f"{sent} digest(s) sent.")
