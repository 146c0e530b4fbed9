package ingest

import (
	"fmt"
	"strings"
	"time"
)

// dateLayouts are the publication-date forms ParseDate accepts, tried in
// order. Forms with a clock time or a zone are reduced to their calendar
// date as written.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006/01/02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	time.RFC822Z,
	time.RFC822,
	"Mon, 02 Jan 06 15:04 -0700",
	"Mon, 02 Jan 06 15:04 MST",
	"January 2, 2006",
	"Jan 2, 2006",
	"Monday, January 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"Monday, 2 January 2006",
}

// Years outside this range are taken for a crawler's placeholder (such as
// 0001-01-01) rather than a publication date.
const minYear, maxYear = 1000, 2999

// ParseDate reads a publication date in one of the forms news sources use:
// 2006-01-02, RFC 3339 (with or without zone or seconds),
// "2006-01-02 15:04:05", "2006/01/02", RFC 1123 and RFC 822 (as in RSS),
// "January 2, 2006" and "2 January 2006" (month names may be abbreviated).
// It returns UTC midnight of the calendar date as written, ignoring the
// clock time and zone: "2017-05-08T23:30:00-05:00" is 2017-05-08.
func ParseDate(s string) (time.Time, error) {
	v := strings.Join(strings.Fields(s), " ")
	if v == "" {
		return time.Time{}, fmt.Errorf("empty date")
	}
	v = plainMonths(v)
	for _, layout := range dateLayouts {
		t, err := time.Parse(layout, v)
		if err != nil {
			continue
		}
		if t.Year() < minYear || t.Year() > maxYear {
			return time.Time{}, fmt.Errorf("date %q is out of range", s)
		}
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
	}
	return time.Time{}, fmt.Errorf("unrecognised date %q", s)
}

// plainMonths rewrites the abbreviated month names of bylines ("Jan.",
// "Sept.") to the forms time.Parse knows ("Jan", "Sep").
func plainMonths(v string) string {
	words := strings.Split(v, " ")
	for i, w := range words {
		base := strings.TrimSuffix(w, ".")
		if base == w || !isLetters(base) {
			continue
		}
		if base == "Sept" {
			base = "Sep"
		}
		words[i] = base
	}
	return strings.Join(words, " ")
}

func isLetters(s string) bool {
	for _, r := range s {
		if (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') {
			return false
		}
	}
	return s != ""
}
