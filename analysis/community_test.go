package analysis

import (
	"reflect"
	"testing"

	"github.com/kgnews/kg/graph"
)

// twoTriangles: {a,b,c} and {x,y,z} are tight triangles, tied by one
// light a–x edge; "lone" meets nobody.
var twoTriangles = snapshot([]string{"a", "b", "c", "x", "y", "z", "lone"}, nil,
	cooccurs("a", "b", 3), cooccurs("b", "c", 3), cooccurs("a", "c", 3),
	cooccurs("x", "y", 3), cooccurs("y", "z", 3), cooccurs("x", "z", 3),
	cooccurs("a", "x", 1))

func TestCommunities(t *testing.T) {
	// a and x carry the bridge, so each leads its triangle; the
	// communities are numbered by their leaders' ids.
	want := []Community{
		{ID: 1, Members: []string{"ent:a", "ent:b", "ent:c"}},
		{ID: 2, Members: []string{"ent:lone"}},
		{ID: 3, Members: []string{"ent:x", "ent:y", "ent:z"}},
	}
	for seed := uint64(1); seed <= 5; seed++ {
		if got := Communities(twoTriangles, seed); !reflect.DeepEqual(got, want) {
			t.Errorf("seed %d: got %v, want %v", seed, got, want)
		}
	}
}

func TestCommunitiesStable(t *testing.T) {
	s := generate(400, 3000, 7)
	first := Communities(s, 42)
	if len(first) < 2 {
		t.Fatalf("only %d communities in a random graph", len(first))
	}
	for run := 0; run < 3; run++ {
		if got := Communities(s, 42); !reflect.DeepEqual(got, first) {
			t.Fatalf("run %d differs from the first", run)
		}
	}
}

func TestCommunitiesEmpty(t *testing.T) {
	if got := Communities(graph.Snapshot{}, 1); got != nil {
		t.Errorf("got %v", got)
	}
}
