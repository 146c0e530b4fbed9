package analysis

import (
	"strconv"
	"time"
)

// CalendarPrefix returns the leading calendar part of a TimeML date value,
// "YYYY", "YYYY-MM" or "YYYY-MM-DD", or "" when the value does not start
// with a year (undated, "XXXX-…", "PRESENT_REF"). Week, quarter, season and
// time parts are cut off: "2024-W10" gives "2024", "2024-03-05T10:00" gives
// "2024-03-05". A month or day that does not exist is cut off too
// ("2024-02-30" gives "2024-02"). Such prefixes compare lexically in
// calendar order.
func CalendarPrefix(date string) string {
	if !digits(date, 0, 4) {
		return ""
	}
	if len(date) < 7 || date[4] != '-' || !digits(date, 5, 7) || date[5:7] < "01" || date[5:7] > "12" {
		return date[:4]
	}
	if len(date) < 10 || date[7] != '-' || !digits(date, 8, 10) {
		return date[:7]
	}
	if _, err := time.Parse(day, date[:10]); err != nil {
		return date[:7]
	}
	return date[:10]
}

func digits(s string, from, to int) bool {
	if len(s) < to {
		return false
	}
	for i := from; i < to; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

const day = "2006-01-02"

// Period returns the first and last day, as YYYY-MM-DD, of the time a
// TimeML date value covers: a day itself, a month, a year, an ISO week
// ("2024-W10"), a quarter ("2024-Q1"), a half year ("2024-H2"), a decade
// ("202X") or a century ("20XX"). Other year-based values (seasons,
// "2024-WXX") cover their year. ok is false for values that name no
// calendar time ("", "XXXX-03", "PRESENT_REF", "P2D").
func Period(date string) (first, last string, ok bool) {
	if n := decades(date); n > 0 {
		lead, _ := strconv.Atoi(date[:4-len(strconv.Itoa(n))+1])
		start := time.Date(lead*n, 1, 1, 0, 0, 0, 0, time.UTC)
		return span(start, start.AddDate(n, 0, 0))
	}
	p := CalendarPrefix(date)
	if p == "" {
		return "", "", false
	}
	y, _ := strconv.Atoi(p[:4])
	switch len(p) {
	case 10:
		return p, p, true
	case 7:
		m, _ := strconv.Atoi(p[5:7])
		start := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		return span(start, start.AddDate(0, 1, 0))
	}
	year := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	unit, n := yearPart(date)
	switch {
	case unit == 'W' && n >= 1 && n <= 53:
		// ISO week 1 is the week that holds 4 January.
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(n-1))
		return span(monday, monday.AddDate(0, 0, 7))
	case unit == 'Q' && n >= 1 && n <= 4:
		start := year.AddDate(0, 3*(n-1), 0)
		return span(start, start.AddDate(0, 3, 0))
	case unit == 'H' && n >= 1 && n <= 2:
		start := year.AddDate(0, 6*(n-1), 0)
		return span(start, start.AddDate(0, 6, 0))
	}
	return span(year, year.AddDate(1, 0, 0))
}

// decades returns 10 for a decade value ("202X"), 100 for a century
// ("20XX"), else 0.
func decades(date string) int {
	switch {
	case len(date) != 4:
		return 0
	case digits(date, 0, 3) && date[3] == 'X':
		return 10
	case digits(date, 0, 2) && date[2:] == "XX":
		return 100
	}
	return 0
}

// yearPart reads the part after "YYYY-" of a week, quarter or half-year
// value: "2024-W10" gives 'W', 10. n is 0 when no number follows.
func yearPart(date string) (unit byte, n int) {
	if len(date) < 7 || date[4] != '-' {
		return 0, 0
	}
	end := 6
	for end < len(date) && date[end] >= '0' && date[end] <= '9' {
		end++
	}
	n, _ = strconv.Atoi(date[6:end])
	return date[5], n
}

// span formats the days from start up to (not including) end.
func span(start, end time.Time) (first, last string, ok bool) {
	return start.Format(day), end.AddDate(0, 0, -1).Format(day), true
}

// InWindow reports whether the time a TimeML date covers (see Period)
// overlaps the window [from, to], where from and to are TimeML dates too
// ("2024", "2024-03", "2024-03-15", "2024-W10") and an empty or undated
// bound leaves that end open. "2024-03" is in a window from "2024-03-15";
// an undated value is in no window.
func InWindow(date, from, to string) bool {
	first, last, ok := Period(date)
	if !ok {
		return false
	}
	if start, _, ok := Period(from); ok && last < start {
		return false
	}
	if _, end, ok := Period(to); ok && first > end {
		return false
	}
	return true
}
