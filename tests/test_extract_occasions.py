"""Occasions: events named by a noun with a date, on sentences written for the test."""
from __future__ import annotations

from casefile.extract import extract
from casefile.model import Document


def dated_events(text: str, published: str = "2021-11-19"):
    doc = Document("t", "t.txt", published, None, [text])
    return [(e.date, e.span.text) for e in extract(doc).events if e.date]


def test_a_date_qualifying_the_noun_of_a_happening():
    found = dated_events("The minister welcomed the September relaunch of the Lumeria-Varna Economic Dialogue. "
                         "He condemned yesterday’s attack in Ostra. Critics recalled a 2008 deal with the bank "
                         "and the 2016 general election.")
    assert ("2021-09", "the September relaunch of the Lumeria-Varna Economic Dialogue") in found
    assert ("2021-11-18", "yesterday’s attack in Ostra") in found
    assert ("2008", "a 2008 deal") in found
    assert ("2016", "the 2016 general election") in found


def test_no_occasion_where_a_clause_event_has_that_date_or_no_noun_of_a_happening():
    found = dated_events("The talks followed the July 2020 ceasefire. The 2020 budget rose.")
    assert [date for date, _ in found] == ["2020-07"]


def test_last_months_occasion():
    found = dated_events("The party recalled last year's summit in Ostra.", published="2018-06-05")
    assert ("2017", "last year's summit in Ostra") in found


def test_a_named_occasion_in_a_year():
    found = dated_events("Since the 18th Party National Congress in 2012, the country has changed.")
    assert ("2012", "the 18th Party National Congress in 2012") in found
