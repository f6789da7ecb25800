"""Dates in news prose: one rule per test, on sentences written for the test."""
from __future__ import annotations

from datetime import date

import pytest

from casefile.extract.dates import (
    FUTURE,
    PAST,
    find_date_expressions,
    find_dateline,
    month_year,
    nearest_year,
    resolve_weekday,
)

WEDNESDAY = date(2020, 12, 9)


def values(text: str, anchor: date | None = WEDNESDAY, tense: str = PAST) -> list[str | None]:
    return [m.value for m in find_date_expressions(text, anchor, tense)]


def test_full_date_with_year():
    assert values("On June 28, 2022, the two sides co-chaired a meeting.") == ["2022-06-28"]


def test_abbreviated_month_with_and_without_period():
    assert values("It opened on Nov. 18 and closed Nov 20.") == ["2020-11-18", "2020-11-20"]
    assert values("Photo taken on Oct.15, 2020 shows a bridge.") == ["2020-10-15"]


def test_day_before_month():
    assert values("The treaty was signed on 18 November 2019.") == ["2019-11-18"]


def test_month_day_without_year_takes_the_anchors_year_in_the_past():
    assert values("The fair concluded on Nov. 10.") == ["2020-11-10"]


def test_december_date_on_a_january_anchor_is_last_year():
    assert values("The talks were held on Dec. 30.", date(2021, 1, 2)) == ["2020-12-30"]


def test_future_month_day_looks_forward_across_the_new_year():
    assert values("The launch will take place on Jan. 5.", date(2020, 12, 20), FUTURE) == ["2021-01-05"]


def test_day_with_last_year():
    assert values("Major changes took place on August 15 last year.", date(2022, 6, 29)) == ["2021-08-15"]


def test_range_takes_the_first_day():
    assert values("Sullivan met on September 16-17 with Wang.", date(2023, 9, 17)) == ["2023-09-16"]
    assert values("The symposium was held from Nov. 12 to 14.") == ["2020-11-12"]


def test_modal_may_and_verb_march_are_no_months():
    assert values("We may meet again, and they march on.") == []
    assert values("May 2019 was warm, and in May they met.") == ["2019-05", "2020-05"]


def test_bare_month_needs_a_preposition():
    assert values("March was cold.") == []
    assert values("The plant opened in March.") == ["2020-03"]


def test_month_later_than_the_anchor_is_last_year_in_the_past():
    assert values("The plan was drafted in December.", date(2021, 3, 1)) == ["2020-12"]


def test_month_parts_keep_month_precision():
    assert values("In late February, the minister resigned.") == ["2020-02"]
    assert values("Trials ended in mid-January.") == ["2020-01"]
    assert values("It closes at the end of October, 2021.") == ["2021-10"]


def test_month_with_year():
    assert values("It began in November 2022.") == ["2022-11"]


def test_bare_year_needs_a_preposition_and_is_no_amount():
    assert values("The firm was founded in 2019.") == ["2019"]
    assert values("They hired 2019 people in 2018.") == ["2018"]
    assert values("The 2020 Olympics were delayed.") == []


def test_weekday_in_the_past_is_on_or_before_the_anchor():
    assert values("China on Tuesday delivered aid.") == ["2020-12-08"]
    assert values("Talks opened on Wednesday.") == ["2020-12-09"]
    assert values("He arrived Thursday.") == ["2020-12-03"]


def test_weekday_in_the_future_looks_forward():
    assert values("He will arrive on Thursday.", tense=FUTURE) == ["2020-12-10"]


def test_last_and_next_weekday_skip_the_anchors_own_day():
    assert values("They met last Wednesday.") == ["2020-12-02"]
    assert values("They meet next Wednesday.") == ["2020-12-16"]


def test_yesterday_today_tomorrow():
    assert values("It rained yesterday, it rains today and it will rain tomorrow.") == [
        "2020-12-08", "2020-12-09", "2020-12-10"]


def test_possessive_today_is_no_date():
    assert values("Today's ceremony matters.") == []


def test_relative_periods():
    assert values("They met last week.") == ["2020-12"]  # Nov. 30 - Dec. 6: most of it in December
    assert values("They met last week.", date(2020, 12, 3)) == ["2020-11"]  # Nov. 23 - 29
    assert values("Sales fell last month.") == ["2020-11"]
    assert values("Sales fell last year.") == ["2019"]
    assert values("Sales will rise next year.") == ["2021"]


def test_ago():
    assert values("He left three days ago.") == ["2020-12-06"]
    assert values("He left two years ago.") == ["2018"]
    assert values("He left a few days ago.") == ["2020-12"]


def test_relative_words_without_anchor_stay_unresolved():
    assert values("They met on Tuesday in 2019.", anchor=None) == [None, "2019"]


def test_preposition_is_reported():
    (mention,) = find_date_expressions("It grew since May 2019.", WEDNESDAY)
    assert mention.preposition == "since" and mention.value == "2019-05"


def test_resolve_weekday_directly():
    assert resolve_weekday(1, WEDNESDAY) == date(2020, 12, 8)
    assert resolve_weekday(2, WEDNESDAY) == WEDNESDAY
    assert resolve_weekday(2, WEDNESDAY, FUTURE) == WEDNESDAY
    assert resolve_weekday(1, WEDNESDAY, FUTURE) == date(2020, 12, 15)
    assert resolve_weekday(2, WEDNESDAY, PAST, "last") == date(2020, 12, 2)


@pytest.mark.parametrize("month, anchor, tense, modifier, year", [
    (5, date(2020, 9, 1), PAST, None, 2020),
    (11, date(2020, 9, 1), PAST, None, 2019),
    (11, date(2020, 9, 1), FUTURE, None, 2020),
    (3, date(2020, 9, 1), FUTURE, None, 2021),
    (9, date(2020, 9, 1), PAST, "last", 2019),
    (3, date(2020, 9, 1), PAST, "next", 2021),
])
def test_month_year(month, anchor, tense, modifier, year):
    assert month_year(month, anchor, tense, modifier) == year


def test_nearest_year_allows_a_week_of_late_reporting():
    assert nearest_year(12, 12, date(2020, 12, 9)) == 2020
    assert nearest_year(12, 31, date(2020, 12, 9)) == 2019


def test_dateline_at_paragraph_start():
    paragraphs = ["A caption.", "CAIRO, Dec. 8 (Xinhua) -- China on Tuesday delivered aid."]
    dateline = find_dateline(paragraphs, "2020-12-09")
    assert (dateline.date, dateline.place, dateline.paragraph) == ("2020-12-08", "Cairo", 1)
    assert paragraphs[1][dateline.start:dateline.end] == "CAIRO, Dec. 8 (Xinhua) -- "


def test_december_dateline_on_a_january_paper():
    dateline = find_dateline(["BEIJING, Dec. 31 (Xinhua) -- Markets closed."], "2021-01-01")
    assert dateline.date == "2020-12-31"


def test_dateline_after_a_caption_in_a_flattened_story():
    text = "Governor Cuomo speaks, Nov. 15, 2020. (Xinhua) NEW YORK, Nov. 15 (Xinhua) -- Cuomo on Sunday spoke."
    dateline = find_dateline([text], "2020-11-16")
    assert (dateline.date, dateline.place) == ("2020-11-15", "New York")
    assert text[dateline.end:].startswith("Cuomo on Sunday")


def test_no_dateline():
    assert find_dateline(["President Biden met today with the Prime Minister."], "2022-06-29") is None


def test_capitalised_relative_words_open_sentences():
    assert values("Last month, the paper reported it. Today, they met. Yesterday they left.") == [
        "2020-11", "2020-12-09", "2020-12-08"]


def test_a_paper_named_after_a_day_is_no_date():
    assert values("The Sunday Times reported it.") == []
    assert values("It was agreed at the Wednesday meeting.") == ["2020-12-09"]


def test_web_address_is_no_date():
    assert values("He runs Tomorrow.City in Barcelona.") == []


def test_month_day_after_this_keeps_the_day():
    assert values("In this March 8, 2018 photo, he speaks.") == ["2018-03-08"]


def test_weekday_before_a_date_and_ages_after_names():
    assert values("On Friday, October 25, they met.", date(2024, 10, 27)) == ["2024-10-25"]
    assert values("Lorenc Jan 28-year-old student.") == []


def test_the_last_year_is_a_stretch_not_last_year():
    assert values("Both sides welcomed the resumption over the last year of talks.") == []


def test_a_year_in_a_name_is_no_date():
    assert values("The fund was created by the CHIPS Act of 2022.") == []
    assert values("It happened in the spring of 2019.") == ["2019"]


def test_february_29_finds_a_leap_year_and_impossible_days_are_none():
    assert values("The plant closed on Feb. 29.", date(2021, 3, 1)) == ["2020-02-29"]
    assert values("They met on Nov. 31.") == [None]


def test_a_rocket_named_after_a_march_is_no_date():
    assert values("The Long March 5 rocket lifted off on Tuesday.") == ["2020-12-08"]


def test_reuters_style_dateline_with_a_single_hyphen():
    dateline = find_dateline(["BEIJING, Nov 18 (Reuters) - China said it would act."], "2020-11-19")
    assert (dateline.date, dateline.place) == ("2020-11-18", "Beijing")


def test_seasons_give_a_year():
    assert values("The Games will be held next summer.", date(2020, 11, 17), FUTURE) == ["2021"]
    assert values("The plant opened last spring.", date(2020, 11, 17)) == ["2020"]
    assert values("The talks will resume next spring.", date(2020, 2, 1), FUTURE) == ["2020"]


def test_dateline_place_with_an_abbreviation():
    dateline = find_dateline(["ST. PETERSBURG, June 3 (Xinhua) -- Forum opened."], "2021-06-04")
    assert (dateline.date, dateline.place) == ("2021-06-03", "St. Petersburg")
