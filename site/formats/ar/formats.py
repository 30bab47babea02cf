"""Arabic dates as "29 نوفمبر 2017": Django's Arabic default puts an English comma after the
day ("نوفمبر 29, 2017") and a 12-hour clock in its date and time."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y، H:i"
