// Package timex finds time expressions in English news text and normalises
// them to TimeML TIMEX3 values (DATE, TIME, DURATION, SET).
//
// It is rule-based and token-driven: a hand-written scanner splits the text
// into words, numbers and marks (hyphens apart, so "third-quarter" and
// "third quarter" are one pattern), every word is looked up once in an
// embedded lexicon (data/lexicon.txt: month and weekday names, number
// words, units, seasons; data/tense.txt: tense markers), and small matchers
// try the expression patterns at the tokens an expression can start with.
// The longest match wins; a modifier before it ("early", "the end of",
// "about", "more than") joins its span and sets Mod.
//
// Relative expressions are resolved as follows, and each result says how in
// its Anchor and Rule fields.
//
//   - Tense: the nearest tense marker in the same sentence (and on the same
//     side of a quotation mark) decides, the left one on ties; participles
//     after an auxiliary defer to it ("is due to be questioned"), reporting
//     verbs after the expression are skipped ("..., officials said"), and a
//     deadline ("by August", "until mid-November", "as soon as Tuesday")
//     looks ahead.
//   - Weekdays: in a past or tenseless clause the latest such day on or
//     before the publication date (the publication day itself when it names
//     that day); in a future or present clause, or after "until" bounding a
//     verb ("postponed until Tuesday"), the earliest on or after it; "last
//     Friday" and "next Friday" exclude the publication day.
//   - Months and days without a year: past tense and a month at least two
//     after the publication month → the year before (the month just ahead
//     is the coming one); future tense (or a deadline) and an earlier month
//     → the year after; present tense → the occurrence nearest the
//     publication date; otherwise the publication year. "Last February",
//     said in March, is a year back ("last month" would name the other).
//   - Holidays (data/lexicon.txt for fixed dates; Thanksgiving, Easter,
//     Labor Day and the like by rule): the last occurrence in a past
//     clause, the next in a future one, else the nearest.
//   - Weeks, months, years, decades, quarters ("last week", "next year",
//     "the past year", "the third quarter") count from the publication date
//     in ISO weeks and calendar units; a quarter later than the current one
//     is last year's unless the clause is in the future.
//   - Reported periods: "the quarter ended July 31" is the calendar quarter
//     holding most of the three months ending then; "the year-ago quarter",
//     "the corresponding period last year", "the 1988 quarter" use the last
//     completed quarter the text named, even after a day or a forecast was
//     named since, until a span of months ("the first nine months") becomes
//     the period spoken of.
//   - Reference time: "two days later", "the following day", "the 5th" use
//     the last single day the text named, and so does a clock time without
//     a day in a past-tense clause when that day was named in an earlier
//     sentence; "a year earlier", "that year", "the year-ago quarter" use
//     the last date of any precision ("a year earlier" after "a year ago"
//     is that same year-back period); "the next morning", "that night" and
//     the second day of "April 24 and 25" use the last day.
//   - Quotations: "this evening", "this morning", "tonight" inside quotation
//     marks take the day of the last dated expression before them when that
//     day is before the publication date (a statement issued on Friday about
//     "a hack this evening", reported on Monday, means Friday evening), and
//     the publication date otherwise.
//   - Undated text (zero publication date): values keep what is known
//     (XXXX-06-14, XXXX-WXX-2, XXXX-WXX for "last week").
package timex
