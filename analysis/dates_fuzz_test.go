package analysis

import (
	"testing"
	"time"
)

func FuzzPeriod(f *testing.F) {
	for _, s := range []string{"2024-03-05", "2024-02", "2024", "2024-W53", "2024-W00", "2024-Q9", "2024-H1",
		"199X", "19XX", "2024-W", "2024-03-05T10:30", "XXXX", "", "0000-00-00", "9999-12-31", "2024-W99999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, date string) {
		first, last, ok := Period(date)
		if !ok {
			if first != "" || last != "" {
				t.Fatalf("Period(%q) not ok but gave %q, %q", date, first, last)
			}
			return
		}
		if first > last {
			t.Fatalf("Period(%q) = %s after %s", date, first, last)
		}
		if CalendarPrefix(date) != "" && len(CalendarPrefix(date)) < 10 {
			for _, d := range []string{first, last} {
				if _, err := time.Parse(day, d); err != nil {
					t.Fatalf("Period(%q) gave a bad day %q", date, d)
				}
			}
		}
		if !InWindow(date, first, last) {
			t.Fatalf("%q is not in its own period %s–%s", date, first, last)
		}
	})
}
