"""The paths of a tool's own admin screens, by the URL namespace of its viewset."""

from django.urls import reverse

__all__ = ["admin_url_of"]


def admin_url_of(namespace):
    """`admin_url(name, *args)`, the path of the screen `name` of the admin URL `namespace`:
    each tool app makes its own once (`admin_url = admin_url_of(URL_NAMESPACE)`)."""

    def admin_url(name, *args):
        return reverse(f"{namespace}:{name}", args=args)

    return admin_url
