package timeml

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Parse returns the interval a TimeML date value denotes:
//
//	2017-05-05, 2017-05-05TEV, 2017-05-05T12:00  a day
//	2017-W19-3 (the Wednesday), 2017-W19-WE      a day, a weekend
//	2017-W19 (also 2017-W9)                      an ISO week
//	2017-05, 2017-Q2, 2017-H1, 2017-SU           a month, quarter, half, season
//	2017                                         a year
//	201 or 201X, 20 or 20XX                      a decade, a century
//
// A part written as X's is unknown, and the value covers what is known:
// 2017-05-XX is May 2017, 2017-WXX and 2017-QX are 2017. Seasons are the
// meteorological ones of the northern hemisphere (spring is March to May,
// winter runs from December into the next year). Values that fix no
// calendar position (PAST_REF, XXXX-WXX-2, P3D) and malformed ones (month
// 00 or 13, 2017-02-30, week 53 of a 52-week year, a time after anything
// but a day, a span running past 9999) are not intervals: ok is false.
func Parse(v string) (Interval, bool) {
	d, clock, timed := strings.Cut(v, "T")
	iv, day, ok := parseDate(d)
	if !ok || timed && (!day || clock == "") || iv.End.After(endOfTime) {
		return Interval{}, false
	}
	return iv, true
}

// endOfTime ends the last day a four-digit year can write: an interval
// that runs past it (9999-W52, 9999-WI) is not one Parse returns.
var endOfTime = date(10000, 1, 1)

// parseDate parses a value without its time part; day reports whether it
// ends with a day, known or not, which a time may follow.
func parseDate(v string) (iv Interval, day, ok bool) {
	if iv, ok := decadeOrCentury(v); ok {
		return iv, false, true
	}
	if len(v) < 4 || !isDigits(v[:4]) {
		return Interval{}, false, false
	}
	y, _ := strconv.Atoi(v[:4])
	whole := span(date(y, 1, 1), 1, 0, 0, Year)
	if len(v) == 4 {
		return whole, false, true
	}
	if v[4] != '-' {
		return Interval{}, false, false
	}
	f := strings.Split(v[5:], "-")
	head := f[0]
	switch {
	case seasonStart[head] > 0 && len(f) == 1:
		return span(date(y, seasonStart[head], 1), 0, 3, 0, Season), false, true
	case strings.HasPrefix(head, "W"):
		return week(y, f, whole)
	case len(f) > 1:
		return calendarDay(y, f, whole)
	case len(head) == 2 && head[0] == 'Q':
		return yearPart(y, head[1:], 4, Quarter, whole)
	case len(head) == 2 && head[0] == 'H':
		return yearPart(y, head[1:], 2, Half, whole)
	}
	m, known, ok := field(head, 2, 12)
	if !ok || !known {
		return whole, false, ok
	}
	return span(date(y, m, 1), 0, 1, 0, Month), false, true
}

// yearPart reads the number of a quarter (one of 4 parts) or a half
// (one of 2) of year y: 2017-Q2, 2017-H1, 2017-QX.
func yearPart(y int, s string, parts int, p Precision, whole Interval) (Interval, bool, bool) {
	n, known, ok := field(s, 1, parts)
	if !ok || !known {
		return whole, false, ok
	}
	months := 12 / parts
	return span(date(y, months*(n-1)+1, 1), 0, months, 0, p), false, true
}

// seasonStart is the month each TimeML season code starts in.
var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// calendarDay reads the month and day fields f of year y: 2017-05-05,
// 2017-05-XX, 2017-XX-05.
func calendarDay(y int, f []string, whole Interval) (Interval, bool, bool) {
	if len(f) != 2 {
		return Interval{}, false, false
	}
	m, mKnown, mOK := field(f[0], 2, 12)
	d, dKnown, dOK := field(f[1], 2, 31)
	switch {
	case !mOK || !dOK:
		return Interval{}, false, false
	case !mKnown:
		return whole, true, true
	case !dKnown:
		return span(date(y, m, 1), 0, 1, 0, Month), true, true
	}
	t := date(y, m, d)
	if t.Day() != d {
		return Interval{}, false, false
	}
	return span(t, 0, 0, 1, Day), true, true
}

// week reads the week fields f of year y: 2017-W19, 2017-W19-3,
// 2017-W19-WE, 2017-WXX-3.
func week(y int, f []string, whole Interval) (Interval, bool, bool) {
	w := f[0][1:]
	if len(w) == 1 {
		w = "0" + w
	}
	n, known, ok := field(w, 2, 53)
	if !ok || len(f) > 2 {
		return Interval{}, false, false
	}
	monday := isoWeekStart(y, n)
	if wy, wn := monday.ISOWeek(); known && (wy != y || wn != n) {
		return Interval{}, false, false // week 53 of a year that has 52
	}
	if len(f) == 1 {
		if !known {
			return whole, false, true
		}
		return span(monday, 0, 0, 7, Week), false, true
	}
	if f[1] == "WE" {
		if !known {
			return whole, false, true
		}
		return span(monday.AddDate(0, 0, 5), 0, 0, 2, Weekend), false, true
	}
	d, dKnown, ok := field(f[1], 1, 7)
	switch {
	case !ok:
		return Interval{}, false, false
	case !known:
		return whole, true, true
	case !dKnown:
		return span(monday, 0, 0, 7, Week), true, true
	}
	return span(monday.AddDate(0, 0, d-1), 0, 0, 1, Day), true, true
}

// field reads a number field of exactly size characters from 1 to max;
// known is false when it is all X's (unknown).
func field(s string, size, max int) (n int, known, ok bool) {
	if len(s) != size {
		return 0, false, false
	}
	if strings.Trim(s, "X") == "" {
		return 0, false, true
	}
	if !isDigits(s) {
		return 0, false, false
	}
	n, _ = strconv.Atoi(s)
	return n, true, n >= 1 && n <= max
}

// decadeOrCentury reads 199 or 199X (the 1990s) and 19 or 19XX (the
// 1900s).
func decadeOrCentury(v string) (Interval, bool) {
	if len(v) == 4 && v[3] == 'X' {
		v = strings.TrimSuffix(strings.TrimSuffix(v, "X"), "X")
	}
	if !isDigits(v) {
		return Interval{}, false
	}
	n, _ := strconv.Atoi(v)
	switch len(v) {
	case 3:
		return span(date(n*10, 1, 1), 10, 0, 0, Decade), true
	case 2:
		return span(date(n*100, 1, 1), 100, 0, 0, Century), true
	}
	return Interval{}, false
}

func span(start time.Time, years, months, days int, p Precision) Interval {
	return Interval{Start: start, End: start.AddDate(years, months, days), Precision: p}
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// isoWeekStart returns the Monday of ISO week w of year y (week 1 holds
// 4 January).
func isoWeekStart(y, w int) time.Time {
	jan4 := date(y, 1, 4)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return monday.AddDate(0, 0, 7*(w-1))
}

// String returns the TimeML value of the interval at its precision, the
// canonical form of what Parse read: 2017-05-05 for 2017-05-05T12:00 or
// 2017-W18-5, 2017-W09 for 2017-W9, 2017 for 2017-WXX, 201 for 201X.
// It is "" for an Interval that Parse did not make.
func (i Interval) String() string {
	y := i.Start.Year()
	switch i.Precision {
	case Day:
		return i.Start.Format(time.DateOnly)
	case Week, Weekend:
		wy, w := i.Start.ISOWeek()
		if i.Precision == Weekend {
			return fmt.Sprintf("%04d-W%02d-WE", wy, w)
		}
		return fmt.Sprintf("%04d-W%02d", wy, w)
	case Month:
		return fmt.Sprintf("%04d-%02d", y, i.Start.Month())
	case Quarter:
		return fmt.Sprintf("%04d-Q%d", y, (i.Start.Month()+2)/3)
	case Half:
		return fmt.Sprintf("%04d-H%d", y, (i.Start.Month()+5)/6)
	case Season:
		for code, m := range seasonStart {
			if time.Month(m) == i.Start.Month() {
				return fmt.Sprintf("%04d-%s", y, code)
			}
		}
	case Year:
		return fmt.Sprintf("%04d", y)
	case Decade:
		return fmt.Sprintf("%03d", y/10)
	case Century:
		return fmt.Sprintf("%02d", y/100)
	}
	return ""
}
