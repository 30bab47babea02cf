"""Who may show our pages in a frame.

Site-wide, django-csp sends `frame-ancestors 'self'` and Django's middleware
`X-Frame-Options: DENY`, so no other site can frame a page (the admin's preview, a same-origin
frame, keeps working). The embed routes replace both with the city's own list.
"""

from csp.constants import SELF

__all__ = ["allow_framing_by", "frame_ancestors_for"]


def frame_ancestors_for(customisation):
    """The CSP `frame-ancestors` sources of a customisation's embed: this site and the city's."""
    return [SELF, *customisation.allowed_origins]


def allow_framing_by(response, customisation):
    """Let the customisation's allowed origins (and this site) frame `response`."""
    # X-Frame-Options cannot list origins, so it is dropped here; CSP says who may frame.
    response.xframe_options_exempt = True
    response._csp_replace = {"frame-ancestors": frame_ancestors_for(customisation)}
    return response
