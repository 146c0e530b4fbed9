package analysis

import (
	"fmt"
	"sort"

	"github.com/kgnews/kg/graph"
)

// Reader gives an analysis the graph one node at a time, so that one that
// needs only the part near a few nodes (Path) reads just that part.
// *graph.Reader reads the store's indexes; SnapshotReader reads a Snapshot
// in memory.
type Reader interface {
	// Entity returns an entity; the error wraps graph.ErrNotFound when
	// there is none.
	Entity(id string) (graph.Entity, error)
	// EntityEvents returns the ids of the events an entity takes part in.
	EntityEvents(id string) []string
	// EventParticipants returns the ids of the entities taking part in an
	// event.
	EventParticipants(id string) ([]string, error)
	// Event returns an event whole.
	Event(id string) (graph.Event, error)
}

// SnapshotReader reads s as a Reader.
func SnapshotReader(s graph.Snapshot) Reader {
	r := snapReader{ents: map[string]graph.Entity{}, evs: map[string]graph.Event{}, of: map[string][]string{}, parts: map[string][]string{}}
	for _, e := range s.Entities {
		r.ents[e.ID] = e
	}
	ents := indexEntities(s)
	for v, l := range participation(s, ents) {
		ev := s.Events[v]
		r.evs[ev.ID] = ev
		for _, x := range l {
			id := s.Entities[x].ID
			r.parts[ev.ID] = append(r.parts[ev.ID], id)
			r.of[id] = append(r.of[id], ev.ID)
		}
	}
	for _, l := range r.of {
		sort.SliceStable(l, func(i, j int) bool { return r.evs[l[i]].OrderKey() < r.evs[l[j]].OrderKey() })
	}
	return r
}

type snapReader struct {
	ents      map[string]graph.Entity
	evs       map[string]graph.Event
	of, parts map[string][]string
}

func (r snapReader) Entity(id string) (graph.Entity, error) {
	e, ok := r.ents[id]
	if !ok {
		return e, fmt.Errorf("entity %s: %w", id, graph.ErrNotFound)
	}
	return e, nil
}

func (r snapReader) EntityEvents(id string) []string { return r.of[id] }

func (r snapReader) EventParticipants(id string) ([]string, error) { return r.parts[id], nil }

func (r snapReader) Event(id string) (graph.Event, error) {
	ev, ok := r.evs[id]
	if !ok {
		return ev, fmt.Errorf("event %s: %w", id, graph.ErrNotFound)
	}
	return ev, nil
}
