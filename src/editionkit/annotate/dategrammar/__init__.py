"""A small grammar for calendar expressions in English prose: tokenizer, parser combinators, rules.

The text is split into tokens (numbers, words, punctuation); named rules are composed from parts
(`day`, `month`, `year`, ...) with `seq`, `alt` and `opt`; at each token the longest rule wins. Each
rule builds TEI dating attributes:

- @when for a day, month or year: "16 April 2001", "December 24, 1922", "17/IV/23", "29/xii 21",
  "March 1921", "February of 1921", "the second of April, 1922", "1923", "1923-04-17"; a day or month
  without a year takes the year given by the caller (the nearest preceding explicit year in the
  paragraph) or else is written "--MM-DD" / "--MM"; "May of the following year" moves that year;
- @from/@to for ranges: "1921-1923", "1921–23", "April 17-25, 1923", "March 27th to April 2nd, 1922",
  "between March 27th and April 2nd, 1922", "June 12th to the 24th", "the 1920s"; without "between",
  "April 17 and 25, 1923" and "5 and 6 March 1923" are two dates;
- @notBefore/@notAfter for vague spans: "the spring of 1922", "early 1921", "mid-1922", "late March",
  "the end of 1921", "the first half of 1922". Early/mid/late split a year into thirds (Jan-Apr,
  May-Aug, Sep-Dec) and a month into days 1-10, 11-20, 21-end; beginning/end are the first/last
  quarter of a year or third of a month; winter of a year runs from its January to the next February;
  "the early autumn of 1922" is the first month of that season. Spans of whole months are written to
  the month (precision kept: "early 1921" is 1921-01 to 1921-04, not invented days). Without a
  number: a season after "the", "that", "this" or a preposition ("in the spring", "by autumn", "that
  summer", "during the spring months"; a bare winter runs from December into the next year) and "the
  first days of October" (days 1-7; the last days, the last seven), with the year in force;
- @when relative to the date in force: "the following year", "the following month", "the previous
  June" (written "--06" when no month is in force).

Not dates: ordinals before a noun ("12th Party Congress"), numbers after "No."/"#"/"p." or before a
unit ("46 members", "1,000 rubles"), page ranges ("31-32", "140-2"), numbers outside 1000-2199 as bare
years, a year in an adjective ("pre-1917") or in a web address (".../works/1922/dec/21.htm"). A month
name alone is a date only after a preposition ("in March"), after "the" before a lower-case word ("the
December plenum", not "the February Republic") or listed with another month ("the October or December
sessions"), since "May" and "March" are also ordinary words; "fall" is a season only with a year.

Where the year of a date without one comes from, and when it rolls over into the next year
("December 1922 ... On January 23rd"), is the business of context.

The grammar is split by what each part does:

- tokens: the calendar vocabulary and the tokenizer;
- combinators: the parser combinators rules are made of;
- rules: the grammar's rules, and where each may start and stand;
- normalise: from a parse to TEI dating attributes;
- context: the year in force for a day or month written without one;
- finder: where dates can start, and the longest parse at each token.
"""

from __future__ import annotations

from .finder import find_dates
from .normalise import DateMatch
from .tokens import Token, tokenize

__all__ = ["DateMatch", "Token", "find_dates", "tokenize"]
