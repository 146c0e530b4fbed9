package analysis

// CalendarPrefix returns the leading calendar part of a TimeML date value,
// "YYYY", "YYYY-MM" or "YYYY-MM-DD", or "" when the value does not start
// with a year (undated, "XXXX-…", "PRESENT_REF"). Week, quarter, season and
// time parts are cut off: "2024-W10" gives "2024", "2024-03-05T10:00" gives
// "2024-03-05". Such prefixes compare lexically in calendar order.
func CalendarPrefix(date string) string {
	if !digits(date, 0, 4) {
		return ""
	}
	if len(date) < 7 || date[4] != '-' || !digits(date, 5, 7) {
		return date[:4]
	}
	if len(date) < 10 || date[7] != '-' || !digits(date, 8, 10) {
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

// comparePrefix compares two calendar prefixes on their common length, so
// that "2024-03" equals both "2024" and "2024-03-15": a coarse date
// overlaps every finer date inside it.
func comparePrefix(a, b string) int {
	n := min(len(a), len(b))
	switch {
	case a[:n] < b[:n]:
		return -1
	case a[:n] > b[:n]:
		return 1
	}
	return 0
}

// InWindow reports whether the TimeML date falls in [from, to], where from
// and to are calendar prefixes and either may be empty for an open end. A
// date overlapping a bound counts as inside ("2024-03" is in a window from
// "2024-03-15"). An undated value is outside any window.
func InWindow(date, from, to string) bool {
	d := CalendarPrefix(date)
	if d == "" {
		return false
	}
	return (from == "" || comparePrefix(d, from) >= 0) && (to == "" || comparePrefix(d, to) <= 0)
}
