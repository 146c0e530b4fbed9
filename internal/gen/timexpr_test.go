package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// resolve computes, independently of the generator, the value a reader
// should give a date expression written on pub; ok is false when the text
// is not one the generator should write.
func resolve(text string, pub time.Time) (value string, ok bool) {
	switch text {
	case "today":
		return dayValue(pub), true
	case "yesterday":
		return dayValue(pub.AddDate(0, 0, -1)), true
	case "tomorrow":
		return dayValue(pub.AddDate(0, 0, 1)), true
	case "last week":
		return weekValue(pub.AddDate(0, 0, -7)), true
	case "next week":
		return weekValue(pub.AddDate(0, 0, 7)), true
	case "last month":
		return monthValue(time.Date(pub.Year(), pub.Month()-1, 1, 0, 0, 0, 0, time.UTC)), true
	case "next month":
		return monthValue(time.Date(pub.Year(), pub.Month()+1, 1, 0, 0, 0, 0, time.UTC)), true
	}
	for m := time.January; m <= time.December; m++ {
		if text == m.String() {
			return monthValue(time.Date(pub.Year(), m, 1, 0, 0, 0, 0, time.UTC)), true
		}
	}
	for _, layout := range []string{"January 2, 2006", "2 January 2006", "January 2", "2 January"} {
		if t, err := time.Parse(layout, text); err == nil {
			if !strings.Contains(layout, "2006") {
				t = t.AddDate(pub.Year(), 0, 0)
			}
			return dayValue(t), true
		}
	}
	return "", false
}

// weekdayNear reports whether text is a weekday name and value a day of
// that weekday one to six days before pub (past) or after it (future).
func weekdayNear(text, value string, pub time.Time, past bool) bool {
	t, err := time.Parse("2006-01-02", value)
	if err != nil || t.Weekday().String() != text {
		return false
	}
	n := daysBetween(t, pub)
	if !past {
		n = -n
	}
	return n >= 1 && n <= 6
}

func TestDateExpressionsResolve(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	pubs := []time.Time{
		time.Date(2024, 1, 3, 0, 0, 0, 0, time.UTC), // early January: last month is last year
		time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), // after a leap day
		time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC),
		time.Date(2025, 6, 15, 0, 0, 0, 0, time.UTC), // a Sunday
	}
	for _, pub := range pubs {
		for range 400 {
			back := r.IntN(60)
			for _, tc := range []struct {
				kind string
				e    expr
			}{
				{"past", pastDate(r, pub.AddDate(0, 0, -back), pub)},
				{"future", futureDate(r, pub)},
			} {
				e := tc.e
				if e.typ != tDate {
					t.Fatalf("%s on %s: %q has type %s", tc.kind, dayValue(pub), e.text, e.typ)
				}
				if weekdayNear(e.text, e.value, pub, tc.kind == "past") {
					continue
				}
				want, ok := resolve(e.text, pub)
				if !ok || want != e.value {
					t.Errorf("%s on %s: %q = %s, a reader gets %s", tc.kind, dayValue(pub), e.text, e.value, want)
				}
			}
		}
	}
}

func TestPastDateKeepsEventDay(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	pub := time.Date(2024, 5, 20, 0, 0, 0, 0, time.UTC)
	for back := range 7 {
		ev := pub.AddDate(0, 0, -back)
		for range 50 {
			if e := pastDate(r, ev, pub); e.value != dayValue(ev) {
				t.Errorf("%d days back: %q = %s, want the day %s", back, e.text, e.value, dayValue(ev))
			}
		}
	}
}

func TestDurationsAndSets(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	units := map[string]string{"day": "D", "week": "W", "month": "M", "year": "Y"}
	for range 300 {
		d := duration(r)
		f := strings.Fields(d.text)
		unit := strings.TrimSuffix(f[1], "s")
		var want string
		switch {
		case f[1] == "hours":
			want = "PT" + f[0] + "H"
		case f[0] == "a":
			want = "P1" + units[unit]
		default:
			for i, w := range numberWords {
				if w == f[0] {
					want = fmt.Sprintf("P%d%s", i+2, units[unit])
				}
			}
		}
		if d.typ != tDuration || d.value != want {
			t.Errorf("%q = %s %s, want DURATION %s", d.text, d.typ, d.value, want)
		}
		s := recurring(r)
		if s.typ != tSet {
			t.Errorf("%q has type %s", s.text, s.typ)
		}
		if wd, ok := strings.CutPrefix(s.text, "every "); ok && strings.HasSuffix(wd, "day") && wd != "day" {
			iso := map[string]string{"Monday": "1", "Tuesday": "2", "Wednesday": "3", "Thursday": "4", "Friday": "5", "Saturday": "6", "Sunday": "7"}[wd]
			if s.value != "XXXX-WXX-"+iso {
				t.Errorf("%q = %s", s.text, s.value)
			}
		}
	}
}
