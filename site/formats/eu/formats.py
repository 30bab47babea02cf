"""Basque dates in words, the year first and the month in the genitive, as Basques write them
("2026ko abenduaren 6a"). Django's Basque default abbreviates the month ("2026ko abe. 6a").
Every Basque month name ends in -a, so the genitive is the name followed by "ren"."""

DATE_FORMAT = r"Y\k\o F\r\e\n j\a"
DATETIME_FORMAT = r"Y\k\o F\r\e\n j\a, H:i"
