"""Greek dates in words, with the month in the genitive as Greeks write it ("29 Νοεμβρίου
2017"), like every other language of the site; Django's Greek default is "29/11/2017"."""

DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, H:i"
