"""Document dates from metadata (JSON, CSV, front matter, --date) and from a date line at the head
of a text, read in a stated order:

1. ISO: "2013-03-22", "2013-03-22T15:00:00+04:00", "2013/03/22", "20130322";
2. day.month.year with dots: "22.03.2013";
3. numbers with slashes or dashes, "22/03/2013" or "03/22/2013": read when only one order makes a
   date (a number above 12 is the day); when both do ("03/04/2013") the date is *ambiguous*: it is
   left empty and a warning says so, unless an order was chosen (`--date-order DMY|MDY`);
4. month names, English or Russian, through dateparser: "March 22, 2013", "22 March 2013, 13:00",
   "Friday, March 22, 2013", "22 марта 2013 года". Relative phrases ("yesterday") are not dates.

`read_date` returns the ISO date and, when there is none, the problem (ambiguous or unreadable).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

DATE_ORDERS = ("DMY", "MDY")

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:[T ]|,\s*)\S.*)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:(?:[T ]|,\s*)\S.*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?:(?:[T ]|,\s*)\S.*)?$")
_HAS_LETTERS = re.compile(r"[^\W\d_]{3}")
_HAS_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)")
# the formats most metadata uses, read without dateparser (faster, and the same result)
_MONTH_FORMATS = ("%B %d, %Y", "%B %d %Y", "%d %B %Y", "%b %d, %Y", "%d %b %Y", "%b. %d, %Y")
_MAX_CHARS = 80


@dataclass(frozen=True)
class DateReading:
    """The ISO date read from a value, or None and why (`problem`: "ambiguous" or
    "unreadable"; None when the value was empty)."""

    iso: str | None
    problem: str | None = None
    reason: str | None = None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _unreadable(value: str) -> DateReading:
    return DateReading(None, "unreadable", f"the date {value!r} could not be read")


def read_date(value: object, order: str | None = None) -> DateReading:
    """Read a date from metadata or a date line (see the module docstring for the order).

    `order` ("DMY" or "MDY") settles numeric dates such as "03/04/2013" that both orders read."""
    if isinstance(value, datetime):
        return DateReading(value.date().isoformat())
    if isinstance(value, date):
        return DateReading(value.isoformat())
    if not isinstance(value, str) or not value.strip():
        return DateReading(None)
    text = " ".join(value.split())
    if len(text) > _MAX_CHARS:
        return _unreadable(text[:_MAX_CHARS] + "...")
    match = _ISO.match(text) or _COMPACT.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups()[:3])
        return DateReading(_iso(year, month, day)) if _iso(year, month, day) else _unreadable(text)
    match = _DOTTED.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return DateReading(_iso(year, month, day)) if _iso(year, month, day) else _unreadable(text)
    match = _NUMERIC.match(text)
    if match:
        return _numeric(text, int(match.group(1)), int(match.group(3)), int(match.group(4)), order)
    return _with_month_name(text)


def _numeric(text: str, first: int, second: int, year: int, order: str | None) -> DateReading:
    as_dmy = _iso(year, second, first)
    as_mdy = _iso(year, first, second)
    if as_dmy and as_mdy and as_dmy != as_mdy:
        if order == "DMY":
            return DateReading(as_dmy)
        if order == "MDY":
            return DateReading(as_mdy)
        reason = (
            f"the date {text!r} reads as {as_dmy} (day/month) or as {as_mdy} (month/day); left "
            "empty (set --date-order DMY or MDY)"
        )
        return DateReading(None, "ambiguous", reason)
    found = as_dmy or as_mdy
    return DateReading(found) if found else _unreadable(text)


@lru_cache(maxsize=4096)
def _with_month_name(text: str) -> DateReading:
    if not _HAS_LETTERS.search(text) or not _HAS_YEAR.search(text):
        return _unreadable(text)
    for fmt in _MONTH_FORMATS:
        try:
            return DateReading(datetime.strptime(text, fmt).date().isoformat())
        except ValueError:
            continue
    import dateparser  # loaded only for the rarer forms

    settings = {
        "PARSERS": ["absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        parsed = dateparser.parse(text, languages=["en", "ru"], settings=settings)
    except (ValueError, OverflowError):  # dateparser raises on some odd strings
        parsed = None
    return DateReading(parsed.date().isoformat()) if parsed else _unreadable(text)


# --- a date line at the head of a text -----------------------------------------------------------

# "22 March 2013, 13:00", "March 22, 2013 15:30", "Moscow, March 22, 2013", "22.03.2013, Moscow":
# a date with at most a time and a short place around it, nothing else
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\([^)]{1,30}\))?)"
_PLACE = r"(?:[A-ZА-ЯЁ][\w’'.-]*(?:\s+[A-ZА-ЯЁ][\w’'.-]*){0,3})"
_DATE_LINE = re.compile(
    rf"^(?:{_PLACE},\s+)?(?P<date>.+?)(?:{_TIME})?(?:,\s+{_PLACE}){{0,2}}(?:{_TIME})?\.?$",
)
_MAX_DATE_LINE = 60


def date_line(paragraph: str, order: str | None = None) -> str | None:
    """The ISO date when `paragraph` is a date line ("March 22, 2013", "22 March 2013, 13:00",
    "Moscow, March 22, 2013"), else None. Ambiguous numeric dates are no date line unless an
    order is chosen."""
    if len(paragraph) > _MAX_DATE_LINE or not _HAS_YEAR.search(paragraph):
        return None
    candidates = [paragraph.rstrip(".")]
    match = _DATE_LINE.match(paragraph)
    if match:
        candidates.append(match.group("date"))
    # "Moscow, March 22, 2013": a comma inside the date itself, so try dropping a leading place
    head, _, rest = paragraph.partition(", ")
    if rest and not any(ch.isdigit() for ch in head):
        candidates.append(rest.rstrip("."))
    for candidate in candidates:
        reading = read_date(candidate, order)
        if reading.iso:
            return reading.iso
    return None
