"""Events as iCalendar (RFC 5545): one event, or an index's events, for a calendar app.

Written by hand rather than with a library: an all-day event needs a dozen lines, and the two
rules that matter (escape the text, fold lines at 75 octets) fit in a few lines below.
"""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.url_routing import RouteResult

__all__ = ["CALENDAR_SEGMENT", "CalendarRouteMixin", "calendar_response", "event_lines"]

#: The sub-path of a page that serves its calendar: /en/events/ical/, /en/events/<event>/ical/.
CALENDAR_SEGMENT = "ical"


def _escape(text):
    """Text as an iCalendar TEXT value: backslashes, commas, semicolons and line breaks escaped."""
    text = str(text or "").replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def _fold(line):
    """A content line cut into lines of at most 75 octets, each continued by a space, without
    splitting a UTF-8 character."""
    parts, current = [], ""
    for char in line:
        limit = 75 if not parts else 74  # continuation lines start with a space
        if len((current + char).encode()) > limit:
            parts.append(current)
            current = char
        else:
            current += char
    parts.append(current)
    return "\r\n ".join(parts)


def _utc(moment):
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def event_lines(event, request):
    """The VEVENT of an `EventPage`: an all-day event from its start to its end date."""
    url = request.build_absolute_uri(event.get_url(request))
    stamp = event.last_published_at or timezone.now()
    description = f"{event.summary}\n\n{url}" if event.summary else url
    lines = [
        "BEGIN:VEVENT",
        f"UID:event-{event.pk}@{request.get_host()}",
        f"DTSTAMP:{_utc(stamp)}",
        f"DTSTART;VALUE=DATE:{event.start_date:%Y%m%d}",
        # The end of an all-day event is the day after its last day.
        f"DTEND;VALUE=DATE:{event.end_date + datetime.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{_escape(event.title)}",
        f"DESCRIPTION:{_escape(description)}",
        f"URL:{url}",
    ]
    if event.place:
        lines.append(f"LOCATION:{_escape(event.place)}")
    lines.append("END:VEVENT")
    return lines


def calendar_response(events, request, name):
    """An iCalendar file named after `name` holding `events` (live, public event pages)."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Council of Europe//Intercultural Cities//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_escape(_('%(title)s | Intercultural Cities') % {'title': name})}",
    ]
    for event in events:
        lines += event_lines(event, request)
    lines.append("END:VCALENDAR")
    body = "".join(f"{_fold(line)}\r\n" for line in lines)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    filename = slugify(name) or "events"
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return response


class CalendarRouteMixin:
    """Serves the page's events as iCalendar at `<page URL>ical/`.

    The route has an argument, so the site's route cache leaves it alone; Wagtail's serve view
    still applies view restrictions and the language rules to it, as to the page. The page
    model gives `calendar_events()`.
    """

    def route(self, request, path_components):
        if path_components == [CALENDAR_SEGMENT] and self.live:
            return RouteResult(self, kwargs={"calendar": True})
        return super().route(request, path_components)

    def serve(self, request, *args, calendar=False, **kwargs):
        if calendar:
            return calendar_response(self.calendar_events(), request, self.title)
        return super().serve(request, *args, **kwargs)
