package gen

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// TimeML TIMEX3 types as the ground truth writes them.
const (
	tDate     = "DATE"
	tDuration = "DURATION"
	tSet      = "SET"
)

// expr is a time expression to write: prefix (a preposition, not part of
// the expression), the expression itself, and its TIMEX3 type and value.
type expr struct {
	prefix, text, typ, value string
}

const day = 24 * time.Hour

func dayValue(t time.Time) string { return t.Format("2006-01-02") }

func weekValue(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

func monthValue(t time.Time) string { return t.Format("2006-01") }

// daysBetween counts whole days from a to b (both UTC midnights).
func daysBetween(a, b time.Time) int { return int(b.Sub(a) / day) }

// calendarDate writes t as "June 9", "9 June", "June 9, 2024" or
// "9 June 2024"; the year is left out only when it is pub's.
func calendarDate(r *rand.Rand, t, pub time.Time) expr {
	withYear := t.Year() != pub.Year() || r.IntN(5) == 0
	var s string
	switch {
	case r.IntN(2) == 0 && withYear:
		s = t.Format("January 2, 2006")
	case withYear:
		s = t.Format("2 January 2006")
	case r.IntN(2) == 0:
		s = t.Format("January 2")
	default:
		s = t.Format("2 January")
	}
	return expr{prefix: "on ", text: s, typ: tDate, value: dayValue(t)}
}

// pastDate writes day t, which is on or before pub, relative to pub when it
// can: "today", "yesterday", "on Tuesday" (within the last week), "last
// week", "last month", "in March", or a calendar date.
func pastDate(r *rand.Rand, t, pub time.Time) expr {
	n := daysBetween(t, pub)
	weekday := expr{prefix: "on ", text: t.Weekday().String(), typ: tDate, value: dayValue(t)}
	switch {
	case n <= 0:
		return expr{text: "today", typ: tDate, value: dayValue(pub)}
	case n == 1 && r.IntN(3) > 0:
		return expr{text: "yesterday", typ: tDate, value: dayValue(t)}
	case n < 7 && r.IntN(3) > 0:
		return weekday
	case n < 7:
		return calendarDate(r, t, pub)
	}
	var options []expr
	if weekValue(t) == weekValue(pub.Add(-7*day)) {
		options = append(options, expr{text: "last week", typ: tDate, value: weekValue(t)})
	}
	if monthValue(t) == monthValue(pub.AddDate(0, 0, -pub.Day())) {
		options = append(options, expr{text: "last month", typ: tDate, value: monthValue(t)})
	}
	if t.Year() == pub.Year() && t.Month() < pub.Month() {
		options = append(options, expr{prefix: "in ", text: t.Month().String(), typ: tDate, value: monthValue(t)})
	}
	if len(options) > 0 && r.IntN(2) == 0 {
		return options[r.IntN(len(options))]
	}
	return calendarDate(r, t, pub)
}

// futureDate writes a day after pub: "tomorrow", "on Thursday" (within the
// coming week), "next week", "next month" or a calendar date.
func futureDate(r *rand.Rand, pub time.Time) expr {
	n := 1 + r.IntN(40)
	t := pub.Add(time.Duration(n) * day)
	switch {
	case n == 1:
		return expr{text: "tomorrow", typ: tDate, value: dayValue(t)}
	case n < 7 && r.IntN(3) > 0:
		return expr{prefix: "on ", text: t.Weekday().String(), typ: tDate, value: dayValue(t)}
	case weekValue(t) == weekValue(pub.Add(7*day)) && r.IntN(2) == 0:
		return expr{text: "next week", typ: tDate, value: weekValue(t)}
	case monthValue(t) == monthValue(pub.AddDate(0, 0, 1-pub.Day()).AddDate(0, 1, 0)) && r.IntN(2) == 0:
		return expr{text: "next month", typ: tDate, value: monthValue(t)}
	}
	return calendarDate(r, t, pub)
}

var numberWords = []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}

// durationUnits pairs a unit's plural with its TimeML designator.
var durationUnits = []struct{ plural, single, code string }{
	{"days", "day", "D"}, {"weeks", "week", "W"}, {"months", "month", "M"}, {"years", "year", "Y"},
}

// duration writes "three days", "a week", "36 hours"...
func duration(r *rand.Rand) expr {
	if r.IntN(6) == 0 {
		h := 12 * (2 + r.IntN(5))
		return expr{text: fmt.Sprintf("%d hours", h), typ: tDuration, value: fmt.Sprintf("PT%dH", h)}
	}
	u := durationUnits[r.IntN(len(durationUnits))]
	if r.IntN(4) == 0 {
		return expr{text: "a " + u.single, typ: tDuration, value: "P1" + u.code}
	}
	n := r.IntN(len(numberWords))
	return expr{text: numberWords[n] + " " + u.plural, typ: tDuration, value: fmt.Sprintf("P%d%s", n+2, u.code)}
}

// recurring writes "every Tuesday", "every week", "every day" or "each month".
func recurring(r *rand.Rand) expr {
	switch r.IntN(4) {
	case 0:
		wd := time.Weekday(r.IntN(7))
		iso := (int(wd)+6)%7 + 1 // Monday = 1 ... Sunday = 7
		return expr{text: "every " + wd.String(), typ: tSet, value: fmt.Sprintf("XXXX-WXX-%d", iso)}
	case 1:
		return expr{text: "every week", typ: tSet, value: "P1W"}
	case 2:
		return expr{text: "every day", typ: tSet, value: "P1D"}
	}
	return expr{text: "each month", typ: tSet, value: "P1M"}
}

// yearExpr writes "this year" or "last year".
func yearExpr(r *rand.Rand, pub time.Time) expr {
	if r.IntN(2) == 0 {
		return expr{text: "this year", typ: tDate, value: fmt.Sprintf("%04d", pub.Year())}
	}
	return expr{text: "last year", typ: tDate, value: fmt.Sprintf("%04d", pub.Year()-1)}
}
