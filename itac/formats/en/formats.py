"""English dates as the campaign writes them everywhere: "17 November 2026".

The other languages keep Django's own formats ("17 de noviembre de 2026", "17 novembre
2026", "17 نوفمبر، 2026"); stories, events and cards all print DATE_FORMAT, so each
language has one way of writing a date.
"""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
