"""Document dates read in a stated order: ISO, day.month.year, unambiguous numbers, month names
(English, Russian); ambiguous numeric dates left empty unless an order is chosen."""

from __future__ import annotations

import datetime

import pytest

from pipeline.ingest.dates import date_line, read_date


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2013-03-22", "2013-03-22"),
        ("2013-03-22T15:00:00+04:00", "2013-03-22"),
        ("2013/03/22", "2013-03-22"),
        ("20130322", "2013-03-22"),
        ("2013-3-5", "2013-03-05"),
        ("22.03.2013", "2013-03-22"),
        ("22/03/2013", "2013-03-22"),  # only day/month reads
        ("03/22/2013", "2013-03-22"),  # only month/day reads
        ("04/04/2013", "2013-04-04"),  # both orders agree
        ("March 22, 2013", "2013-03-22"),
        ("22 March 2013", "2013-03-22"),
        ("22 March 2013, 13:00", "2013-03-22"),
        ("Mar 22, 2013", "2013-03-22"),
        ("Friday, March 22, 2013", "2013-03-22"),
        ("22 марта 2013 года", "2013-03-22"),
        ("22 марта 2013 г.", "2013-03-22"),
        (datetime.date(2013, 3, 22), "2013-03-22"),
    ],
)
def test_dates_that_read(value, iso):
    reading = read_date(value)
    assert (reading.iso, reading.problem) == (iso, None)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("03/04/2013", "ambiguous"),
        ("03-04-2013", "ambiguous"),
        ("yesterday", "unreadable"),
        ("2013", "unreadable"),
        ("March 2013", "unreadable"),
        ("31/02/2013", "unreadable"),
        ("2013-13-45", "unreadable"),
        ("not a date", "unreadable"),
        ("", None),
        (None, None),
        (20130322, None),
    ],
)
def test_dates_that_do_not(value, problem):
    reading = read_date(value)
    assert (reading.iso, reading.problem) == (None, problem)
    if problem == "ambiguous":
        assert "--date-order" in reading.reason and "2013-04-03" in reading.reason


@pytest.mark.parametrize(("order", "iso"), [("DMY", "2013-04-03"), ("MDY", "2013-03-04")])
def test_an_order_settles_ambiguous_dates(order, iso):
    assert read_date("03/04/2013", order).iso == iso
    assert read_date("22/03/2013", order).iso == "2013-03-22"  # one reading: the order is moot


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("March 22, 2013", "2013-03-22"),
        ("22 March 2013, 13:00", "2013-03-22"),
        ("Moscow, March 22, 2013", "2013-03-22"),
        ("March 22, 2013, The Kremlin, Moscow", "2013-03-22"),
        ("22.03.2013, Moscow", "2013-03-22"),
        ("22 марта 2013 года, Москва", "2013-03-22"),
        ("News conference following Ruritanian-Russian talks", None),
        ("In 2013 trade grew by 5 percent.", None),
        ("03/04/2013", None),  # ambiguous: no date line
    ],
)
def test_date_lines(line, iso):
    assert date_line(line) == iso
