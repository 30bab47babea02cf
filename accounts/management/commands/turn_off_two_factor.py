"""For an admin user who lost both their phone and their recovery codes."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts import two_factor


class Command(BaseCommand):
    help = (
        "Turn two-factor authentication off for a user who lost their phone and recovery "
        "codes: their password alone signs them in again, and they can turn it back on."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get_by_natural_key(username)
        except User.DoesNotExist as error:
            raise CommandError(f"No user {username!r}.") from error
        if not two_factor.has_two_factor(user):
            self.stdout.write(f"{username} does not have two-factor authentication on.")
            return
        two_factor.turn_off(user)
        self.stdout.write(f"Two-factor authentication is off for {username}.")
