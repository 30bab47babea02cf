"""Admin URLs of two-factor authentication, under /admin/two-factor/ (wagtail_hooks.py)."""

from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.StatusView.as_view(), name="two_factor"),
    path("turn-on/", views.SetUpView.as_view(), name="set_up"),
    path("recovery-codes/", views.RecoveryCodesView.as_view(), name="recovery_codes"),
    path("turn-off/", views.TurnOffView.as_view(), name="turn_off"),
    path("verify/", views.VerifyView.as_view(), name="verify"),
]
