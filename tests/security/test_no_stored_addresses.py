"""No model of any installed app stores an IP address or a user agent."""

import re

import pytest
from django.apps import apps
from django.db import models

SUSPICIOUS_NAME = re.compile(
    r"(^|_)(ip|ip_address|ipaddress|remote_addr|user_agent|useragent)($|_)"
)

#: Tables that have such a column but are never given a value; each exemption says why and is
#: checked by a test of its own.
EXEMPT = {
    # django-axes: icc_site.limits.AnonymousAxesHandler blanks the address and puts a keyed
    # hash of it (the client key) in place of the user agent before axes writes its row
    # (test_admin_login.py checks it); purge_expired_data deletes its rows after the cool-off.
    "axes.AccessAttempt": {"ip_address", "user_agent"},
    # Access logs of successful logins and failure logs are turned off (AXES_DISABLE_ACCESS_LOG,
    # AXES_ENABLE_ACCESS_FAILURE_LOG = False): the tables stay empty.
    "axes.AccessLog": {"ip_address", "user_agent"},
    "axes.AccessFailureLog": {"ip_address", "user_agent"},
}


def address_fields(model):
    return {
        field.name
        for field in model._meta.get_fields()
        if isinstance(field, models.GenericIPAddressField)
        or (getattr(field, "column", None) and SUSPICIOUS_NAME.search(field.name.lower()))
    }


def test_no_installed_model_stores_an_address_or_a_user_agent():
    found = {}
    for model in apps.get_models():
        fields = address_fields(model) - EXEMPT.get(model._meta.label, set())
        if fields:
            found[model._meta.label] = sorted(fields)
    assert found == {}


def test_the_check_would_see_an_address_field():
    class Visit(models.Model):
        remote_addr = models.CharField(max_length=45)
        where = models.GenericIPAddressField()

        class Meta:
            app_label = "tools"
            managed = False

        def __str__(self):
            return self.remote_addr

    assert address_fields(Visit) == {"remote_addr", "where"}
    apps.all_models["tools"].pop("visit", None)
    apps.clear_cache()


@pytest.mark.django_db
def test_exempt_axes_log_tables_stay_empty(client, django_user_model, settings):
    from axes.models import AccessFailureLog, AccessLog

    settings.AXES_ENABLED = True
    django_user_model.objects.create_user("editor", password="right-password")
    client.post("/admin/login/", {"username": "editor", "password": "wrong"})
    client.post("/admin/login/", {"username": "editor", "password": "right-password"})
    assert not AccessLog.objects.exists()
    assert not AccessFailureLog.objects.exists()
