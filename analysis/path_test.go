package analysis

import (
	"errors"
	"testing"

	"github.com/kgnews/kg/graph"
)

// chain: ana meets ben at e1, ben meets cleo at e2 and e3, cleo meets dan
// at e4; a cooccurs shortcut ana–dan must not count, since paths run
// through events. eve meets nobody.
var chain = snapshot([]string{"ana", "ben", "cleo", "dan", "eve"}, []graph.Event{
	event("e1", "2024-02-01", "ana", "ben"),
	event("e2", "2024-02-05", "ben", "cleo"),
	event("e3", "", "ben", "cleo"),
	event("e4", "2024-02-09", "cleo", "dan"),
}, cooccurs("ana", "dan", 9))

func TestPath(t *testing.T) {
	hops, err := Path(SnapshotReader(chain), "ent:ana", "ent:dan")
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ from, event, to string }{
		{"ent:ana", "evt:e1", "ent:ben"},
		{"ent:ben", "evt:e2", "ent:cleo"},
		{"ent:cleo", "evt:e4", "ent:dan"},
	}
	if len(hops) != len(want) {
		t.Fatalf("got %d hops %+v, want %d", len(hops), hops, len(want))
	}
	for i, w := range want {
		h := hops[i]
		if h.From != w.from || h.Event != w.event || h.To != w.to {
			t.Errorf("hop %d = %s -%s- %s, want %s -%s- %s", i, h.From, h.Event, h.To, w.from, w.event, w.to)
		}
	}
	if h := hops[0]; h.Date != "2024-02-01" || h.Doc != "d1" || h.Sentence != "They say e1 happened." || h.FromName != "Ana" {
		t.Errorf("evidence of first hop = %+v", h)
	}
}

func TestPathErrors(t *testing.T) {
	tests := []struct {
		name     string
		from, to string
		want     error
	}{
		{"unlinked entity", "ent:ana", "ent:eve", ErrNoPath},
		{"unknown source", "ent:nobody", "ent:ana", ErrNotFound},
		{"unknown target", "ent:ana", "ent:nobody", ErrNotFound},
		{"event is not an entity", "ent:ana", "evt:e1", ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Path(SnapshotReader(chain), tt.from, tt.to); !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestPathToItself(t *testing.T) {
	hops, err := Path(SnapshotReader(chain), "ent:ben", "ent:ben")
	if err != nil || len(hops) != 0 {
		t.Errorf("got %v, %v; want no hops", hops, err)
	}
}
