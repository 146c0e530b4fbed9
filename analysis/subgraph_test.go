package analysis

import (
	"errors"
	"reflect"
	"testing"
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
		{"depth 2 reaches the co-participants and the events next to its own in their timelines", "ent:ana", 2,
			[]string{"doc:d1", "ent:ana", "ent:ben", "ent:dan", "evt:e1", "evt:e2", "evt:e4"}},
		{"an event's participants and the dated events just before and after it in their timelines", "evt:e2", 1,
			[]string{"doc:d1", "ent:ben", "ent:cleo", "evt:e1", "evt:e2", "evt:e4"}},
		{"a document reaches what it reports", "doc:d1", 1, []string{"doc:d1", "evt:e1", "evt:e2", "evt:e3", "evt:e4"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Neighbors(SnapshotReader(chain), tt.id, tt.depth)
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
	if _, err := Neighbors(SnapshotReader(chain), "ent:nobody", 1); !errors.Is(err, ErrNotFound) {
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
