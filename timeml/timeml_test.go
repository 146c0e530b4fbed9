package timeml

import "testing"

func TestParse(t *testing.T) {
	type tc struct {
		v           string
		first, last string // the days covered, both included
		p           Precision
		canonical   string // what String gives back
	}
	groups := []struct {
		name  string
		cases []tc
	}{
		{"days, with or without a time", []tc{
			{"2017-05-05", "2017-05-05", "2017-05-05", Day, "2017-05-05"},
			{"2017-05-05TEV", "2017-05-05", "2017-05-05", Day, "2017-05-05"},
			{"2024-06-19T12:00", "2024-06-19", "2024-06-19", Day, "2024-06-19"},
			{"2024-02-29", "2024-02-29", "2024-02-29", Day, "2024-02-29"},
		}},
		{"ISO weeks, their days and weekends", []tc{
			{"2024-W23", "2024-06-03", "2024-06-09", Week, "2024-W23"},
			{"2020-W53", "2020-12-28", "2021-01-03", Week, "2020-W53"},
			{"2025-W01", "2024-12-30", "2025-01-05", Week, "2025-W01"},
			{"2017-W9", "2017-02-27", "2017-03-05", Week, "2017-W09"},
			{"2024-W10-2", "2024-03-05", "2024-03-05", Day, "2024-03-05"},
			{"2024-W10-7TNI", "2024-03-10", "2024-03-10", Day, "2024-03-10"},
			{"2024-W10-WE", "2024-03-09", "2024-03-10", Weekend, "2024-W10-WE"},
		}},
		{"months, quarters, halves and seasons", []tc{
			{"2024-05", "2024-05-01", "2024-05-31", Month, "2024-05"},
			{"2024-02", "2024-02-01", "2024-02-29", Month, "2024-02"},
			{"2024-Q3", "2024-07-01", "2024-09-30", Quarter, "2024-Q3"},
			{"2024-H2", "2024-07-01", "2024-12-31", Half, "2024-H2"},
			{"2024-SU", "2024-06-01", "2024-08-31", Season, "2024-SU"},
			{"2024-WI", "2024-12-01", "2025-02-28", Season, "2024-WI"},
		}},
		{"years, decades and centuries", []tc{
			{"2021", "2021-01-01", "2021-12-31", Year, "2021"},
			{"199", "1990-01-01", "1999-12-31", Decade, "199"},
			{"199X", "1990-01-01", "1999-12-31", Decade, "199"},
			{"202", "2020-01-01", "2029-12-31", Decade, "202"},
			{"19", "1900-01-01", "1999-12-31", Century, "19"},
			{"20XX", "2000-01-01", "2099-12-31", Century, "20"},
		}},
		{"unknown parts: the value covers what is known", []tc{
			{"2024-03-XX", "2024-03-01", "2024-03-31", Month, "2024-03"},
			{"2024-03-XXTNI", "2024-03-01", "2024-03-31", Month, "2024-03"},
			{"2024-XX-05", "2024-01-01", "2024-12-31", Year, "2024"},
			{"2024-XX-XX", "2024-01-01", "2024-12-31", Year, "2024"},
			{"2024-XX", "2024-01-01", "2024-12-31", Year, "2024"},
			{"2024-WXX", "2024-01-01", "2024-12-31", Year, "2024"},
			{"2024-WXX-3", "2024-01-01", "2024-12-31", Year, "2024"},
			{"2024-WXX-WE", "2024-01-01", "2024-12-31", Year, "2024"},
			{"2024-W10-X", "2024-03-04", "2024-03-10", Week, "2024-W10"},
			{"2024-QX", "2024-01-01", "2024-12-31", Year, "2024"},
			{"2024-HX", "2024-01-01", "2024-12-31", Year, "2024"},
		}},
	}
	for _, g := range groups {
		for _, c := range g.cases {
			iv, ok := Parse(c.v)
			if !ok {
				t.Errorf("%s: Parse(%q) not ok", g.name, c.v)
				continue
			}
			if first, last := iv.Days(); first != c.first || last != c.last {
				t.Errorf("%s: Parse(%q) covers %s to %s, want %s to %s", g.name, c.v, first, last, c.first, c.last)
			}
			if iv.Precision != c.p {
				t.Errorf("%s: Parse(%q).Precision = %s, want %s", g.name, c.v, iv.Precision, c.p)
			}
			if got := iv.String(); got != c.canonical {
				t.Errorf("%s: Parse(%q).String() = %q, want %q", g.name, c.v, got, c.canonical)
			}
		}
	}
	rejected := []struct {
		name   string
		values []string
	}{
		{"no calendar position", []string{"", "XXXX-WXX-2", "XXXX-03-05", "XXXX", "PAST_REF", "PRESENT_REF", "P3D", "2X", "1XXX"}},
		{"months and days that do not exist", []string{"2017-02-30", "2017-13", "2024-00", "2024-13-01", "2024-04-31", "0000-00-00"}},
		{"weeks, quarters and halves that do not exist", []string{"2024-W53", "2024-W00", "2024-W54", "2024-W10-8", "2024-W10-0", "2024-Q9", "2024-Q0", "2024-H3"}},
		{"spans past the last four-digit year", []string{"9999-W52", "9999-WI"}},
		{"malformed", []string{"2024-", "2024-W", "2024-WX", "2024-3", "2024-03-5", "2024-03-05-01", "2024-SUX", "2024/03", "20244", "2024-Q2-XX"}},
		{"a time after anything but a day", []string{"2024T10", "2024-03T10:00", "2024-W10TNI", "2024-03-05T"}},
	}
	for _, g := range rejected {
		for _, v := range g.values {
			if iv, ok := Parse(v); ok {
				t.Errorf("%s: Parse(%q) = %v, want not ok", g.name, v, iv)
			}
		}
	}
}

func TestCompatibleAndOrder(t *testing.T) {
	compat := []struct {
		a, b string
		want bool
	}{
		{"2024-06-09", "2024-W23", true},
		{"2024-06-09", "2024-06", true},
		{"2024-06-09", "2024-06-10", false},
		{"2024", "2024-06-10", true},
		{"2024-WXX", "2024-06-10", true},
		{"2024-W23-WE", "2024-06-09", true},
		{"2024-W23-WE", "2024-06-07", false},
		{"XXXX-WXX-2", "XXXX-WXX-2", true},
		{"XXXX-WXX-2", "2024-06-11", true}, // undated article's Tuesday, a dated Tuesday
		{"2024-06-12", "XXXX-WXX-2", false},
		{"XXXX-06-14", "2024-06-14", true},
		{"XXXX-06-14", "2024-06-15", false},
		{"XXXX-06-14", "2024-06", false}, // only a day can be checked against a pattern
		{"XXXX-06", "2024-06-03", true},
		{"XXXX-XX-XX", "2024-06-03", false},
	}
	for _, tc := range compat {
		if got := Compatible(tc.a, tc.b); got != tc.want {
			t.Errorf("Compatible(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	order := []string{"2016", "2024", "2024-05", "2024-06-03", "2024-W23", "2024-06-08", "2024-W23-WE", "2024-06-09", "XXXX-WXX-2", ""}
	for i := 1; i < len(order); i++ {
		if SortKey(order[i-1]) > SortKey(order[i]) {
			t.Errorf("SortKey(%q) > SortKey(%q)", order[i-1], order[i])
		}
	}
	if got := Finer("2024-06", "2024-06-09"); got != "2024-06-09" {
		t.Errorf("Finer = %q", got)
	}
	if got := Finer("2024-W23", "2024-W23-WE"); got != "2024-W23-WE" {
		t.Errorf("Finer = %q", got)
	}
}

// The graph store keeps SortKey in its index keys: the keys of values a
// store may already hold must not change.
func TestSortKeyIsStable(t *testing.T) {
	keys := map[string]string{
		"2024-06-09":    "2024-06-090",
		"2024-06-09TEV": "2024-06-090",
		"2024-W23":      "2024-06-031",
		"2024-06":       "2024-06-012",
		"2024-Q2":       "2024-04-013",
		"2024-SU":       "2024-06-013",
		"2024-H1":       "2024-01-014",
		"2024":          "2024-01-015",
		"202":           "2020-01-016",
		"20":            "2000-01-017",
		"PAST_REF":      "~PAST_REF",
		"":              "~~",
	}
	for v, want := range keys {
		if got := SortKey(v); got != want {
			t.Errorf("SortKey(%q) = %q, want %q", v, got, want)
		}
	}
}

func TestInWindow(t *testing.T) {
	type wc struct {
		v, from, to string
		want        bool
	}
	groups := []struct {
		name  string
		cases []wc
	}{
		{"a day against days", []wc{
			{"2024-06-09", "2024-06-01", "2024-06-30", true},
			{"2024-06-09", "2024-06-10", "", false},
			{"2024-07-01", "", "2024-06-30", false},
			{"2024-06-30", "", "2024-06-30", true},
		}},
		{"bounds cover their whole month or year", []wc{
			{"2024-03-05", "2024-03", "2024-03", true},
			{"2023-12-31", "2024", "", false},
			{"2024-12-31", "", "2024", true},
			{"2025-01-01", "", "2024", false},
		}},
		{"a coarse value is in a window it overlaps", []wc{
			{"2024-06", "2024-06-15", "2024-06-20", true},
			{"2024", "2024-06-01", "", true},
			{"2024-W10", "2024-03-08", "2024-03-08", true},
			{"2024-W10", "2024-03-11", "", false},
			{"2024-Q1", "2024-04", "", false},
			{"199X", "1995", "1995", true},
			{"2024-WXX", "2024-12", "", true},
			{"2024-W10-WE", "2024-03-08", "2024-03-08", false},
		}},
		{"other values as bounds", []wc{
			{"2024-03-05", "2024-W10", "2024-W10", true},
			{"2024-03-05", "bogus", "2024-03-31", true},
		}},
		{"a window that ends before it starts is empty", []wc{
			{"2024-03-05", "2024-04", "2024-02", false},
			{"2024", "2024-04", "2024-02", false},
		}},
		{"values that are no interval are in no window", []wc{
			{"", "2024-01-01", "", false},
			{"", "", "", false},
			{"XXXX-WXX-2", "2000", "", false},
		}},
	}
	for _, g := range groups {
		for _, c := range g.cases {
			if got := InWindow(c.v, c.from, c.to); got != c.want {
				t.Errorf("%s: InWindow(%q, %q, %q) = %v, want %v", g.name, c.v, c.from, c.to, got, c.want)
			}
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"2024-03-05", "2024-02", "2024", "2024-W53", "2024-W00", "2024-Q9", "2024-H1",
		"199X", "19XX", "199", "19", "2024-W", "2024-03-05T10:30", "2024-W10-WE", "2024-W10-3", "2024-WI",
		"2024-03-XX", "2024-WXX", "XXXX", "", "0000-00-00", "9999-12-31", "9999-W52", "999X", "99XX",
		"2024-W99999999999999999999", "PAST_REF", "P3D"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		iv, ok := Parse(v)
		if !ok {
			if PrecisionOf(v) != "" || InWindow(v, "", "") {
				t.Fatalf("%q is no interval but has a precision or is in a window", v)
			}
			return
		}
		if !iv.Start.Before(iv.End) {
			t.Fatalf("Parse(%q) = %v to %v", v, iv.Start, iv.End)
		}
		back, ok := Parse(iv.String())
		if !ok || !back.Start.Equal(iv.Start) || !back.End.Equal(iv.End) || back.Precision != iv.Precision {
			t.Fatalf("Parse(%q) = %v; its String %q parses as %v, %v", v, iv, iv.String(), back, ok)
		}
		first, last := iv.Days()
		if d, ok := Parse(first); !ok || !d.Start.Equal(iv.Start) {
			t.Fatalf("Parse(%q) starts on %q, which is not its first day", v, first)
		}
		if d, ok := Parse(last); !ok || !d.End.Equal(iv.End) {
			t.Fatalf("Parse(%q) ends on %q, which is not its last day", v, last)
		}
		if !InWindow(v, first, last) || !Compatible(v, iv.String()) {
			t.Fatalf("%q is not in its own days %s to %s, or not compatible with %q", v, first, last, iv.String())
		}
	})
}

func TestWeekdayOfAndDaysFrom(t *testing.T) {
	for v, want := range map[string]int{"XXXX-WXX-1": 1, "XXXX-WXX-7": 7, "XXXX-WXX-8": 0, "XXXX-WXX": 0, "2024-W05-3": 0} {
		if got, ok := WeekdayOf(v); got != want || ok != (want > 0) {
			t.Errorf("WeekdayOf(%q) = %d, %v; want %d", v, got, ok, want)
		}
	}
	for n, want := range map[int]string{0: "on", 1: "1 day after", -1: "1 day before", 3: "3 days after", -3: "3 days before"} {
		if got := DaysFrom(n); got != want {
			t.Errorf("DaysFrom(%d) = %q, want %q", n, got, want)
		}
	}
}
