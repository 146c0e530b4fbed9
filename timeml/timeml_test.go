package timeml

import "testing"

func TestParse(t *testing.T) {
	tests := []struct {
		v          string
		start, end string
		p          Precision
		ok         bool
	}{
		{"2017-05-05", "2017-05-05", "2017-05-06", Day, true},
		{"2017-05-05TEV", "2017-05-05", "2017-05-06", Day, true},
		{"2024-06-19T12:00", "2024-06-19", "2024-06-20", Day, true},
		{"2024-W23", "2024-06-03", "2024-06-10", Week, true},
		{"2020-W53", "2020-12-28", "2021-01-04", Week, true},
		{"2024-05", "2024-05-01", "2024-06-01", Month, true},
		{"2024-Q3", "2024-07-01", "2024-10-01", Quarter, true},
		{"2024-H2", "2024-07-01", "2025-01-01", Half, true},
		{"2024-SU", "2024-06-01", "2024-09-01", Season, true},
		{"2021", "2021-01-01", "2022-01-01", Year, true},
		{"199", "1990-01-01", "2000-01-01", Decade, true},
		{"19", "1900-01-01", "2000-01-01", Century, true},
		{"2017-02-30", "", "", "", false},
		{"2017-13", "", "", "", false},
		{"XXXX-WXX-2", "", "", "", false},
		{"PAST_REF", "", "", "", false},
		{"P3D", "", "", "", false},
		{"", "", "", "", false},
	}
	for _, tc := range tests {
		iv, ok := Parse(tc.v)
		if ok != tc.ok {
			t.Errorf("Parse(%q) ok = %v, want %v", tc.v, ok, tc.ok)
			continue
		}
		if !ok {
			continue
		}
		if got := iv.Start.Format("2006-01-02"); got != tc.start {
			t.Errorf("Parse(%q).Start = %s, want %s", tc.v, got, tc.start)
		}
		if got := iv.End.Format("2006-01-02"); got != tc.end {
			t.Errorf("Parse(%q).End = %s, want %s", tc.v, got, tc.end)
		}
		if iv.Precision != tc.p {
			t.Errorf("Parse(%q).Precision = %s, want %s", tc.v, iv.Precision, tc.p)
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
		{"XXXX-WXX-2", "XXXX-WXX-2", true},
		{"XXXX-WXX-2", "2024-06-11", false},
	}
	for _, tc := range compat {
		if got := Compatible(tc.a, tc.b); got != tc.want {
			t.Errorf("Compatible(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	order := []string{"2016", "2024-05", "2024-06-03", "2024-W23", "2024-06-09", "XXXX-WXX-2", ""}
	for i := 1; i < len(order); i++ {
		if SortKey(order[i-1]) > SortKey(order[i]) {
			t.Errorf("SortKey(%q) > SortKey(%q)", order[i-1], order[i])
		}
	}
	if got := Finer("2024-06", "2024-06-09"); got != "2024-06-09" {
		t.Errorf("Finer = %q", got)
	}
	window := []struct {
		v, from, to string
		want        bool
	}{
		{"2024-06-09", "2024-06-01", "2024-06-30", true},
		{"2024-06-09", "2024-06-10", "", false},
		{"2024-06", "2024-06-15", "2024-06-20", true},
		{"2024-07-01", "", "2024-06-30", false},
		{"2024-06-30", "", "2024-06-30", true},
		{"", "2024-01-01", "", false},
	}
	for _, tc := range window {
		if got := InWindow(tc.v, tc.from, tc.to); got != tc.want {
			t.Errorf("InWindow(%q, %q, %q) = %v, want %v", tc.v, tc.from, tc.to, got, tc.want)
		}
	}
}
