"""More written forms of a date line's date (page_date.DATE_FORMS): a machine timestamp, a two-digit year, a day
written with a full stop."""

from __future__ import annotations

import pytest

from briefgen.cleaning.page_date import date_line_date


@pytest.mark.parametrize("line, date", [
    # "iso": the date of a timestamp, its time and zone read as the time
    ("By Dana Whitfield 2021-03-09T14:02:11Z Politics", "2021-03-09"),
    ("By Omar Lindqvist, Dana Whitfield 2021-03-09T08:15:00Z Science", "2021-03-09"),
    ("Filed 2021-03-09T08:15:00+02:00 by Omar Lindqvist", "2021-03-09"),
    # "numeric-two-digit-year": read only when the day is over 12, so that the order shows
    ("By Omar Lindqvist - 03/27/21 09:15 AM EST", "2021-03-27"),
    ("By Dana Whitfield On 10/14/22 at 6:30 PM EDT", "2022-10-14"),
    ("27/03/21 Omar Lindqvist", "2021-03-27"),
    # "day-month-year" with the full stop some languages write after the day
    ("Von Omar Lindqvist publiziert am 14. September 2020", "2020-09-14"),
])
def test_more_date_forms(line: str, date: str) -> None:
    assert date_line_date(line) == date


@pytest.mark.parametrize("line", [
    "By Omar Lindqvist - 03/04/21 09:15 AM EST",  # March 4 or 3 April: the order is not known
    "Ref. 12/25/2021/7",  # a reference number, not a date
    "Section 2021-13-40T10:00Z",  # no such month
])
def test_not_read_as_dates(line: str) -> None:
    assert date_line_date(line) is None


@pytest.mark.parametrize("line, date", [
    # month names in other languages (page_date.FOREIGN_MONTHS), in the written forms above
    ("Von Omar Lindqvist publiziert am 14. Juli 2020", "2020-07-14"),
    ("Posted on Agustus 17, 2021 by Admin", "2021-08-17"),
    ("Publié le 3 février 2022", "2022-02-03"),
    ("Текст: Ольга Петрова·12 марта 2021", "2021-03-12"),
    ("Pubblicato il 9 settembre 2020", "2020-09-09"),
    # "numeric-dotted": the day first as Europe writes it, read only when the day is over 12
    ("21:17 14.09.2020 Omar Lindqvist", "2020-09-14"),
    # "iso-dotted": the year first, as East Asia writes it
    ("by Omar Lindqvist ／ 2020.09.04", "2020-09-04"),
    # a blog's date line naming the post's category ("in …")
    ("October 12, 2020/0 Comments/in Local News /by editor", "2020-10-12"),
])
def test_date_forms_of_other_languages(line: str, date: str) -> None:
    assert date_line_date(line) == date


@pytest.mark.parametrize("line", [
    "Updated 03.04.2021 by Omar Lindqvist",  # 3 April or March 4: the order is not known
    "Gala 12, 2021 Omar Lindqvist",  # no month's name
    "Release 2021.13.02 notes",  # no such month
])
def test_other_languages_not_read_as_dates(line: str) -> None:
    assert date_line_date(line) is None


@pytest.mark.parametrize("line, date", [
    # "day-de-month-de-year": Portuguese and Spanish join a date's parts with "de", and write their weekdays and
    # "às" / "a las" before the time on the line
    ("sexta-feira, 4 de junho de 2021 às 18:40", "2021-06-04"),
    ("Por Marta Quintela 1º de Fevereiro de 2022", "2022-02-01"),
    ("Publicado el martes 9 de noviembre del 2021 a las 10:05", "2021-11-09"),
    ("Publicado em 30 de setembro de 2020 | Atualizado em 2 de outubro de 2020", "2020-09-30"),
])
def test_day_de_month_de_year(line: str, date: str) -> None:
    assert date_line_date(line) == date


@pytest.mark.parametrize("line", [
    "A prefeitura anunciou em 4 de junho de 2021 que a ponte será fechada para obras",  # a sentence, no date line
    "Evento marcado para 31 de fevereiro de 2021",  # no such day
    "Calendario de marzo de 2021",  # no day
])
def test_day_de_month_de_year_not_read(line: str) -> None:
    assert date_line_date(line) is None
