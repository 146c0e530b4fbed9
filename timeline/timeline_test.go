package timeline

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/kgnews/kg"
	"github.com/kgnews/kg/graph"
)

func ev(id, date string, ps ...graph.ParticipantRef) graph.Event {
	return graph.Event{ID: id, Date: date, Participants: ps}
}

func ids(evs []Event) string {
	var out []string
	for _, e := range evs {
		out = append(out, e.ID)
	}
	return strings.Join(out, " ")
}

func TestOrder(t *testing.T) {
	evs := []graph.Event{
		ev("undated", ""),
		ev("pattern", "XXXX-WXX-5"),
		ev("month", "2024-06"),
		ev("day-b", "2024-06-09"),
		ev("day-a", "2024-06-09"),
		ev("first-of-month", "2024-06-01"),
		ev("week", "2024-W23"),
		ev("year-before", "2023"),
	}
	want := "year-before first-of-month month week day-a day-b pattern undated"
	if got := ids(Events(evs)); got != want {
		t.Errorf("order = %q, want %q", got, want)
	}
	if evs[0].ID != "undated" {
		t.Error("Events reordered its argument")
	}
}

func TestWindow(t *testing.T) {
	evs := []graph.Event{ev("may", "2024-05-30"), ev("june", "2024-06-09"), ev("week", "2024-W22"), ev("undated", "")}
	cases := []struct {
		from, to, want string
	}{
		{"", "", "may june week undated"},
		{"2024-06", "", "june week"}, // week 22 runs 27 May to 2 June
		{"", "2024-05-31", "may week"},
		{"2024-06-10", "2024-06-30", ""},
	}
	for _, tc := range cases {
		var got []string
		for _, e := range Window(evs, tc.from, tc.to) {
			got = append(got, e.ID)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("Window(%q, %q) = %v, want %q", tc.from, tc.to, got, tc.want)
		}
	}
}

func TestNewAndJSON(t *testing.T) {
	ent := graph.Entity{ID: "ent:person:ada-vink", Name: "Ada Vink", Type: kg.Person}
	other := graph.ParticipantRef{ID: "ent:org:vink-bank", Name: "Vink Bank", Role: kg.Agent}
	me := graph.ParticipantRef{ID: ent.ID, Name: ent.Name, Role: kg.Patient}
	tl := New(ent, []graph.Event{ev("b", "", other, me), ev("a", "2031-02-03", me)})
	b, err := json.Marshal(tl)
	if err != nil {
		t.Fatal(err)
	}
	var back struct {
		Entity struct{ Aliases []string }
		Events []struct {
			ID            string
			Date          *string
			DatePrecision *string `json:"date_precision"`
			Role          string
		}
	}
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Entity.Aliases == nil {
		t.Error("aliases is null, want []")
	}
	if len(back.Events) != 2 || back.Events[0].ID != "a" || *back.Events[0].Date != "2031-02-03" {
		t.Fatalf("events = %s", b)
	}
	if back.Events[1].Date != nil || back.Events[1].DatePrecision != nil {
		t.Errorf("undated event has date %v, want null", back.Events[1].Date)
	}
	if back.Events[1].Role != "patient" {
		t.Errorf("role = %q, want the entity's own role", back.Events[1].Role)
	}
	all := All(graph.Snapshot{Entities: []graph.Entity{ent, {ID: other.ID, Name: other.Name}, {ID: "ent:gpe:nowhere"}}, Events: []graph.Event{ev("b", "", other, me)}})
	if len(all) != 2 {
		t.Errorf("All: %d timelines, want 2 (an entity in no event has none)", len(all))
	}
}

func TestSameDayKeepsTellingOrder(t *testing.T) {
	src := func(doc string, start int) []graph.Source { return []graph.Source{{Doc: doc, Start: start}} }
	evs := []graph.Event{
		{ID: "a", Date: "2031-03-19", Sources: src("d2", 90)},
		{ID: "b", Date: "2031-03-19", Sources: src("d2", 40)},
		{ID: "c", Date: "2031-03-19", Sources: src("d1", 500)},
	}
	if got := ids(Events(evs)); got != "c b a" {
		t.Errorf("order = %q, want c b a (by first report, then position)", got)
	}
}
