package analysis

import (
	"errors"
	"reflect"
	"testing"

	"github.com/kgnews/kg/graph"
)

func TestNeighbors(t *testing.T) {
	tests := []struct {
		name  string
		id    string
		depth int
		want  []string
	}{
		{"depth 0 keeps the node alone", "ent:eve", 0, []string{"ent:eve"}},
		{"depth 1 of an entity: its events and cooccurring entities", "ent:ana", 1,
			[]string{"doc:d1", "ent:ana", "ent:dan", "evt:e1"}},
		{"depth 2 reaches the co-participants, not their events", "ent:ana", 2,
			[]string{"doc:d1", "ent:ana", "ent:ben", "ent:dan", "evt:e1", "evt:e4"}},
		{"an event's participants", "evt:e2", 1, []string{"doc:d1", "ent:ben", "ent:cleo", "evt:e2"}},
		{"a document reaches what it reports", "doc:d1", 1, []string{"doc:d1", "evt:e1", "evt:e2", "evt:e3", "evt:e4"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Neighbors(chain, tt.id, tt.depth)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(ids(got), tt.want) {
				t.Errorf("nodes = %v, want %v", ids(got), tt.want)
			}
			for _, e := range got.Edges {
				if !contains(ids(got), e.From) || !contains(ids(got), e.To) {
					t.Errorf("edge %v leaves the ego network", e)
				}
			}
		})
	}
	if _, err := Neighbors(chain, "ent:nobody", 1); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown id: err = %v", err)
	}
}

func contains(l []string, x string) bool {
	for _, y := range l {
		if y == x {
			return true
		}
	}
	return false
}

func TestWindow(t *testing.T) {
	tests := []struct {
		name     string
		from, to string
		want     []string
	}{
		{"no window keeps everything, undated too", "", "", ids(chain)},
		{"one day", "2024-02-05", "2024-02-05", []string{"doc:d1", "ent:ben", "ent:cleo", "evt:e2"}},
		{"open start", "", "2024-02-04", []string{"doc:d1", "ent:ana", "ent:ben", "evt:e1"}},
		{"open end", "2024-02-06", "", []string{"doc:d1", "ent:cleo", "ent:dan", "evt:e4"}},
		{"a month covers its days, undated dropped", "2024-02", "2024-02",
			[]string{"doc:d1", "ent:ana", "ent:ben", "ent:cleo", "ent:dan", "evt:e1", "evt:e2", "evt:e4"}},
		{"nothing in range", "2023", "2023", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Window(chain, tt.from, tt.to)
			if !reflect.DeepEqual(ids(got), tt.want) {
				t.Errorf("nodes = %v, want %v", ids(got), tt.want)
			}
		})
	}
}

func TestWindowEdges(t *testing.T) {
	got := Window(chain, "2024-02-01", "2024-02-01")
	want := []graph.Edge{
		{From: "doc:d1", To: "evt:e1", Kind: graph.EdgeReports},
		{From: "ent:ana", To: "evt:e1", Kind: graph.EdgeParticipates, Role: "agent", Date: "2024-02-01"},
		{From: "ent:ben", To: "evt:e1", Kind: graph.EdgeParticipates, Role: "agent", Date: "2024-02-01"},
	}
	if !reflect.DeepEqual(got.Edges, want) {
		t.Errorf("edges = %v, want %v", got.Edges, want)
	}
}

func TestCalendarPrefix(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-03-05", "2024-03-05"},
		{"2024-03-05T10:30", "2024-03-05"},
		{"2024-03", "2024-03"},
		{"2024", "2024"},
		{"2024-W10", "2024"},
		{"2024-Q1", "2024"},
		{"2024-03-XX", "2024-03"},
		{"2024-02-30", "2024-02"},
		{"2024-13-01", "2024"},
		{"2024-00", "2024"},
		{"XXXX-03-05", ""},
		{"PRESENT_REF", ""},
		{"", ""},
		{"202", ""},
	}
	for _, tt := range tests {
		if got := CalendarPrefix(tt.in); got != tt.want {
			t.Errorf("CalendarPrefix(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPeriod(t *testing.T) {
	tests := []struct {
		name, in    string
		first, last string
	}{
		{"day", "2024-03-05", "2024-03-05", "2024-03-05"},
		{"day with time", "2024-03-05T10:30", "2024-03-05", "2024-03-05"},
		{"month", "2024-02", "2024-02-01", "2024-02-29"},
		{"year", "2023", "2023-01-01", "2023-12-31"},
		{"ISO week 1 starts in the year before", "2025-W01", "2024-12-30", "2025-01-05"},
		{"ISO week", "2024-W10", "2024-03-04", "2024-03-10"},
		{"weekend of a week", "2024-W10-WE", "2024-03-04", "2024-03-10"},
		{"quarter", "2024-Q2", "2024-04-01", "2024-06-30"},
		{"half year", "2024-H2", "2024-07-01", "2024-12-31"},
		{"season covers its year", "2024-SU", "2024-01-01", "2024-12-31"},
		{"unknown week", "2024-WXX", "2024-01-01", "2024-12-31"},
		{"decade", "199X", "1990-01-01", "1999-12-31"},
		{"century", "19XX", "1900-01-01", "1999-12-31"},
	}
	for _, tt := range tests {
		first, last, ok := Period(tt.in)
		if !ok || first != tt.first || last != tt.last {
			t.Errorf("%s: Period(%q) = %s, %s, %v; want %s, %s", tt.name, tt.in, first, last, ok, tt.first, tt.last)
		}
	}
	for _, in := range []string{"", "XXXX-03-05", "PRESENT_REF", "P2D", "XXXX-WXX-2", "2X"} {
		if _, _, ok := Period(in); ok {
			t.Errorf("Period(%q) is ok, want undated", in)
		}
	}
}

func TestInWindow(t *testing.T) {
	tests := []struct {
		date, from, to string
		want           bool
	}{
		{"2024-03-05", "2024-03-01", "2024-03-31", true},
		{"2024-03-05", "2024-03-06", "", false},
		{"2024-03", "2024-03-15", "2024-04-01", true},
		{"2024", "2024-06-01", "", true},
		{"2023-12-31", "2024", "", false},
		{"2024-12-31", "", "2024", true},
		{"", "", "2030", false},
		{"XXXX-WXX-2", "2000", "", false},
		{"2024-W10", "2024-03-08", "2024-03-08", true},
		{"2024-W10", "2024-03-11", "", false},
		{"2024-03-05", "2024-W10", "2024-W10", true},
		{"2024-Q1", "2024-04", "", false},
		{"199X", "1995", "1995", true},
		{"2024-03-05", "bogus", "2024-03-31", true},
	}
	for _, tt := range tests {
		if got := InWindow(tt.date, tt.from, tt.to); got != tt.want {
			t.Errorf("InWindow(%q, %q, %q) = %v, want %v", tt.date, tt.from, tt.to, got, tt.want)
		}
	}
}
