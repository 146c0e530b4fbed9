// Package timeml interprets TimeML TIMEX3 date values ("2017-05-05",
// "2017-W19", "2017-05", "2017-Q2", "2017", "201X", "2017-05-05TEV") as
// calendar intervals, so that events can be ordered, compared, filtered
// and drawn by date whatever the precision their text gave. It is kg's one
// home for date arithmetic: the graph, the CLI and the exports all use it.
package timeml

import (
	"fmt"
	"time"
)

// Precision names how much of a date a value fixes.
type Precision string

// Precisions, finest first.
const (
	Day     Precision = "day"
	Weekend Precision = "weekend"
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

// Days returns the first and the last day of the interval as YYYY-MM-DD.
func (i Interval) Days() (first, last string) {
	return i.Start.Format(time.DateOnly), i.End.AddDate(0, 0, -1).Format(time.DateOnly)
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
// happening: they are equal; both denote intervals and one contains the
// other ("2024-06-09" and "2024-W23"); or one is a value an undated
// article gives ("XXXX-06-14", "XXXX-WXX-5") whose known parts the other,
// a day, agrees with.
func Compatible(a, b string) bool {
	if a == b {
		return true
	}
	ia, oka := Parse(a)
	ib, okb := Parse(b)
	switch {
	case oka && okb:
		return ia.Contains(ib) || ib.Contains(ia)
	case okb && ib.Precision == Day:
		return Fits(a, ib.Start)
	case oka && ia.Precision == Day:
		return Fits(b, ia.Start)
	}
	return false
}

// Fits reports whether day d agrees with the known parts of a value whose
// year is unknown: a month and day ("XXXX-06-14"), a month ("XXXX-06") or
// a weekday ("XXXX-WXX-5", Monday = 1). Other values do not fit.
func Fits(v string, d time.Time) bool {
	if len(v) < 7 || v[:5] != "XXXX-" {
		return false
	}
	rest := v[5:]
	switch {
	case len(rest) == 5 && rest[:4] == "WXX-" && rest[4] >= '1' && rest[4] <= '7':
		return isoWeekday(d) == int(rest[4]-'0')
	case len(rest) == 2 && isDigits(rest):
		return d.Format("01") == rest
	case len(rest) == 5 && rest[2] == '-' && isDigits(rest[:2]) && isDigits(rest[3:]):
		return d.Format("01-02") == rest
	}
	return false
}

func isoWeekday(d time.Time) int { return (int(d.Weekday())+6)%7 + 1 }

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

// rank orders precisions that can start on the same day. Week and Weekend,
// Quarter and Season never do, so they share a rank; the ranks are part of
// the graph store's index keys and must not change.
var rank = map[Precision]string{Day: "0", Weekend: "1", Week: "1", Month: "2", Quarter: "3", Season: "3", Half: "4", Year: "5", Decade: "6", Century: "7"}

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

// InWindow reports whether the interval of value v overlaps the window
// from the first day of from to the last day of to, both dates as values
// ("2024", "2024-03", "2024-03-15", or any other interval value). An empty
// or unparsable bound leaves that end open; a value that is not an interval
// is in no window, and no value is in a window that ends before it starts.
// "2024-03" is in a window from "2024-03-15".
func InWindow(v, from, to string) bool {
	iv, ok := Parse(v)
	if !ok {
		return false
	}
	window := iv // an open end reaches as far as the value does
	if f, ok := Parse(from); ok {
		window.Start = f.Start
	}
	if t, ok := Parse(to); ok {
		window.End = t.End
	}
	return window.Start.Before(window.End) && iv.Overlaps(window)
}

// WeekdayOf returns the ISO weekday (Monday = 1) of a weekday value whose
// week is unknown, "XXXX-WXX-5" (a Friday).
func WeekdayOf(v string) (int, bool) {
	if len(v) != 10 || v[:9] != "XXXX-WXX-" || v[9] < '1' || v[9] > '7' {
		return 0, false
	}
	return int(v[9] - '0'), true
}

// DaysFrom says how far a day lies from another, n days after it: "on",
// "1 day before", "3 days after"; the caller names the other day.
func DaysFrom(n int) string {
	switch {
	case n == 0:
		return "on"
	case n == 1:
		return "1 day after"
	case n == -1:
		return "1 day before"
	case n > 0:
		return fmt.Sprintf("%d days after", n)
	}
	return fmt.Sprintf("%d days before", -n)
}
