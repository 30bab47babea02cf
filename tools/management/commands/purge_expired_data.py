"""`manage.py purge_expired_data`: delete what residents sent once it is older than its
retention (`RESIDENT_DATA_RETENTION_DAYS`, or a declaration's own). Run it daily (cron).

What is purged is what the framework and each installed tool declare (`tools.privacy`), plus
django-axes' records of failed admin logins once their lockout has cooled off.
"""

from datetime import timedelta

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from tools.privacy import purge_expired_data, retention_days


def purge_login_attempts(now):
    """Failed admin logins (username and time only) older than axes' cool-off."""
    if not apps.is_installed("axes"):
        return 0

    hours = getattr(settings, "AXES_COOLOFF_TIME", None) or 24
    if isinstance(hours, timedelta):
        before = now - hours
    else:
        before = now - timedelta(hours=float(hours))
    deleted = AccessAttempt.objects.filter(attempt_time__lt=before).delete()[0]
    deleted += AccessLog.objects.filter(attempt_time__lt=before).delete()[0]
    deleted += AccessFailureLog.objects.filter(attempt_time__lt=before).delete()[0]
    return deleted


class Command(BaseCommand):
    help = "Delete residents' anonymous results and moderation leftovers past their retention."

    def handle(self, *args, **options):
        now = timezone.now()
        self.stdout.write(f"Retention of residents' data: {retention_days()} days.")
        total = 0
        for declaration, deleted in purge_expired_data(now):
            total += deleted
            name = declaration.model or declaration.purge
            self.stdout.write(f"{name}: {deleted} deleted")
        attempts = purge_login_attempts(now)
        total += attempts
        self.stdout.write(f"axes login attempts: {attempts} deleted")
        self.stdout.write(self.style.SUCCESS(f"{total} deleted in all."))
