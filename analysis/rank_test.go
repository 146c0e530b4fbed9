package analysis

import (
	"errors"
	"math"
	"testing"

	"github.com/kgnews/kg"
	"github.com/kgnews/kg/graph"
)

// star: "hub" meets three others, each at an event of its own.
var star = snapshot([]string{"hub", "ana", "ben", "orgcity"}, []graph.Event{
	event("e1", "2024-01-02", "hub", "ana"),
	event("e2", "2024-01-03", "hub", "ben"),
	event("e3", "2024-01-04", "hub", "orgcity"),
})

// line: a - b - c - d through cooccurs edges only.
var line = snapshot([]string{"a", "b", "c", "d"}, nil,
	cooccurs("a", "b", 1), cooccurs("b", "c", 1), cooccurs("c", "d", 1))

func TestRank(t *testing.T) {
	// PageRank on the star, by hand: with c the hub and l a leaf,
	// c = 0.15/4 + 0.85·3l and l = 0.15/4 + 0.85·c/3, so
	// c = 0.133125/0.2775 = 0.479730 and l = (1-c)/3 = 0.173423.
	tests := []struct {
		name string
		s    graph.Snapshot
		by   string
		typ  kg.EntityType
		top  int
		want []Score
	}{
		{"pagerank star hub first, leaves tied by id", star, PageRank, "", 0, []Score{
			{ID: "ent:hub", Score: 0.479730}, {ID: "ent:ana", Score: 0.173423},
			{ID: "ent:ben", Score: 0.173423}, {ID: "ent:orgcity", Score: 0.173423}}},
		{"degree star", star, Degree, "", 0, []Score{
			{ID: "ent:hub", Score: 3}, {ID: "ent:ana", Score: 1}, {ID: "ent:ben", Score: 1}, {ID: "ent:orgcity", Score: 1}}},
		{"degree top 2", star, Degree, "", 2, []Score{{ID: "ent:hub", Score: 3}, {ID: "ent:ana", Score: 1}}},
		{"type filter keeps orgs only", star, Degree, kg.Org, 0, []Score{{ID: "ent:orgcity", Score: 1}}},
		// b lies on the shortest paths a–c and a–d, c on a–d and b–d;
		// gonum counts each unordered pair in both directions.
		{"betweenness line", line, Betweenness, "", 0, []Score{
			{ID: "ent:b", Score: 4}, {ID: "ent:c", Score: 4}, {ID: "ent:a", Score: 0}, {ID: "ent:d", Score: 0}}},
		{"betweenness star", star, Betweenness, "", 0, []Score{
			{ID: "ent:hub", Score: 6}, {ID: "ent:ana", Score: 0}, {ID: "ent:ben", Score: 0}, {ID: "ent:orgcity", Score: 0}}},
		{"empty snapshot", graph.Snapshot{}, PageRank, "", 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Rank(tt.s, tt.by, tt.typ, tt.top)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d scores %v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				if got[i].ID != w.ID || math.Abs(got[i].Score-w.Score) > 1e-6 {
					t.Errorf("#%d = %s %.6f, want %s %.6f", i, got[i].ID, got[i].Score, w.ID, w.Score)
				}
			}
		})
	}
}

func TestRankWeights(t *testing.T) {
	// c is tied to a by a heavy cooccurs edge and to b by a light one; a
	// and b each have one more light tie, so a gathers more rank than b.
	s := snapshot([]string{"a", "b", "c", "x", "y"}, nil,
		cooccurs("a", "c", 5), cooccurs("b", "c", 1), cooccurs("a", "x", 1), cooccurs("b", "y", 1))
	got, err := Rank(s, PageRank, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	pos := map[string]int{}
	for i, sc := range got {
		pos[sc.ID] = i
	}
	if pos["ent:a"] > pos["ent:b"] {
		t.Errorf("heavy edge did not lift a above b: %v", got)
	}
}

func TestRankUnknownMeasure(t *testing.T) {
	if _, err := Rank(star, "closeness", "", 0); !errors.Is(err, ErrMeasure) {
		t.Errorf("err = %v, want ErrMeasure", err)
	}
}
