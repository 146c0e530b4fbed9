// Package timeml interprets TimeML TIMEX3 date values ("2017-05-05",
// "2017-W19", "2017-05", "2017-Q2", "2017", "201", "2017-05-05TEV") as
// calendar intervals, so that events can be ordered, compared and filtered
// by date whatever the precision their text gave.
package timeml

import (
	"strconv"
	"strings"
	"time"
)

// Precision names how much of a date a value fixes.
type Precision string

// Precisions, finest first.
const (
	Day     Precision = "day"
	Week    Precision = "week"
	Month   Precision = "month"
	Quarter Precision = "quarter"
	Season  Precision = "season"
	Half    Precision = "half"
	Year    Precision = "year"
	Decade  Precision = "decade"
	Century Precision = "century"
)

// Interval is the calendar span a value covers: [Start, End) in days (UTC).
type Interval struct {
	Start, End time.Time
	Precision  Precision
}

// Parse returns the interval a TimeML date value denotes. Values that fix
// no calendar position (PAST_REF, XXXX-WXX-2, P3D) are not intervals: ok is
// false.
func Parse(v string) (Interval, bool) {
	if i := strings.IndexByte(v, 'T'); i == 10 { // 2017-05-05TEV, 2017-05-05T12:00
		v = v[:10]
	}
	y, rest, ok := year(v)
	if !ok {
		return decadeOrCentury(v)
	}
	if rest == "" {
		return span(date(y, 1, 1), 0, 12, 0, Year), true
	}
	if rest[0] != '-' {
		return Interval{}, false
	}
	rest = rest[1:]
	switch {
	case len(rest) == 2 && isDigits(rest):
		m, _ := strconv.Atoi(rest)
		if m < 1 || m > 12 {
			return Interval{}, false
		}
		return span(date(y, m, 1), 0, 1, 0, Month), true
	case len(rest) == 5 && isDigits(rest[:2]) && rest[2] == '-' && isDigits(rest[3:]):
		m, _ := strconv.Atoi(rest[:2])
		d, _ := strconv.Atoi(rest[3:])
		t := date(y, m, d)
		if m < 1 || m > 12 || t.Day() != d {
			return Interval{}, false
		}
		return span(t, 0, 0, 1, Day), true
	case len(rest) == 3 && rest[0] == 'W' && isDigits(rest[1:]):
		w, _ := strconv.Atoi(rest[1:])
		if w < 1 || w > 53 {
			return Interval{}, false
		}
		return span(isoWeekStart(y, w), 0, 0, 7, Week), true
	case len(rest) == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4':
		q := int(rest[1] - '0')
		return span(date(y, 3*q-2, 1), 0, 3, 0, Quarter), true
	case len(rest) == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2'):
		h := int(rest[1] - '0')
		return span(date(y, 6*h-5, 1), 0, 6, 0, Half), true
	case len(rest) == 2 && strings.Contains("SP SU FA WI", rest):
		start := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[rest]
		return span(date(y, start, 1), 0, 3, 0, Season), true
	}
	return Interval{}, false
}

func span(start time.Time, years, months, days int, p Precision) Interval {
	return Interval{Start: start, End: start.AddDate(years, months, days), Precision: p}
}

func decadeOrCentury(v string) (Interval, bool) {
	switch {
	case len(v) == 3 && isDigits(v): // 199 = the 1990s
		d, _ := strconv.Atoi(v)
		return span(date(d*10, 1, 1), 10, 0, 0, Decade), true
	case len(v) == 2 && isDigits(v): // 19 = the 1900s
		c, _ := strconv.Atoi(v)
		return span(date(c*100, 1, 1), 100, 0, 0, Century), true
	}
	return Interval{}, false
}

func year(v string) (int, string, bool) {
	if len(v) < 4 || !isDigits(v[:4]) {
		return 0, "", false
	}
	y, _ := strconv.Atoi(v[:4])
	return y, v[4:], true
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

// isoWeekStart returns the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := date(y, 1, 4)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return monday.AddDate(0, 0, 7*(w-1))
}

// Contains reports whether o lies within i.
func (i Interval) Contains(o Interval) bool {
	return !o.Start.Before(i.Start) && !o.End.After(i.End)
}

// Overlaps reports whether i and o share a day.
func (i Interval) Overlaps(o Interval) bool {
	return i.Start.Before(o.End) && o.Start.Before(i.End)
}

// Compatible reports whether two date values can describe the same
// happening: both denote intervals and one contains the other ("2024-06-09"
// and "2024-W23"), or they are equal strings.
func Compatible(a, b string) bool {
	if a == b {
		return true
	}
	ia, oka := Parse(a)
	ib, okb := Parse(b)
	if !oka || !okb {
		return false
	}
	return ia.Contains(ib) || ib.Contains(ia)
}

// SortKey returns a string that orders values chronologically by start,
// finer precision first among equal starts; values that are not intervals
// sort after them by their text, and "" (undated) last of all.
func SortKey(v string) string {
	if v == "" {
		return "~~"
	}
	iv, ok := Parse(v)
	if !ok {
		return "~" + v
	}
	return iv.Start.Format("2006-01-02") + rank[iv.Precision]
}

var rank = map[Precision]string{Day: "0", Week: "1", Month: "2", Quarter: "3", Season: "3", Half: "4", Year: "5", Decade: "6", Century: "7"}

// PrecisionOf returns the precision of a value, "" when it is not a
// calendar interval.
func PrecisionOf(v string) Precision {
	iv, ok := Parse(v)
	if !ok {
		return ""
	}
	return iv.Precision
}

// Finer returns whichever of a and b fixes the date more precisely (a when
// they tie or neither is an interval).
func Finer(a, b string) string {
	ia, oka := Parse(a)
	ib, okb := Parse(b)
	switch {
	case !oka && okb:
		return b
	case oka && okb && ib.End.Sub(ib.Start) < ia.End.Sub(ia.Start):
		return b
	}
	return a
}

// InWindow reports whether value v lies within [from, to], both dates as
// values (either may be "" for an open end). Values that are not intervals
// are outside any window.
func InWindow(v, from, to string) bool {
	iv, ok := Parse(v)
	if !ok {
		return false
	}
	if f, ok := Parse(from); ok && iv.End.Before(f.Start.AddDate(0, 0, 1)) {
		return false
	}
	if t, ok := Parse(to); ok && !iv.Start.Before(t.End) {
		return false
	}
	return true
}
