package analysis

import (
	"fmt"
	"sort"

	"github.com/kgnews/kg/graph"
)

// Reader gives an analysis the graph one node at a time, so that one that
// needs only the part near a few nodes (Path, Neighbors) reads just that
// part. *graph.Reader reads the store's indexes; SnapshotReader reads a
// Snapshot in memory.
type Reader interface {
	// Entity returns an entity; the error wraps graph.ErrNotFound when
	// there is none.
	Entity(id string) (graph.Entity, error)
	// EntityEvents returns the ids of the events an entity takes part in.
	EntityEvents(id string) []string
	// Brief returns an event's id, date, offset and participant ids, not
	// its sources, and false when the event is hidden (outside a window).
	Brief(id string) (graph.Event, bool, error)
	// Event returns an event whole.
	Event(id string) (graph.Event, error)
	// Cooccurs returns the cooccurs edges of an entity.
	Cooccurs(id string) []graph.Edge
	// Document returns a document (by its id without "doc:"), the ids of
	// the entities it mentions and of the events it reports; the error
	// wraps graph.ErrNotFound when there is none.
	Document(id string) (graph.Document, []string, []string, error)
}

// SnapshotReader reads s as a Reader.
func SnapshotReader(s graph.Snapshot) Reader {
	r := snapReader{ents: map[string]graph.Entity{}, evs: map[string]graph.Event{}, briefs: map[string]graph.Event{}, docs: map[string]graph.Document{},
		of: map[string][]string{}, co: map[string][]graph.Edge{}, mentions: map[string][]string{}, reports: map[string][]string{}}
	for _, e := range s.Entities {
		r.ents[e.ID] = e
	}
	for _, d := range s.Documents {
		r.docs[d.ID] = d
	}
	ents := indexEntities(s)
	for v, l := range participation(s, ents) {
		ev := s.Events[v]
		ev.Participants = nil
		for _, x := range l {
			id := s.Entities[x].ID
			ev.Participants = append(ev.Participants, graph.ParticipantRef{ID: id})
			r.of[id] = append(r.of[id], ev.ID)
		}
		r.evs[ev.ID] = s.Events[v]
		r.briefs[ev.ID] = ev
	}
	for _, e := range s.Edges {
		switch e.Kind {
		case graph.EdgeCooccurs:
			r.co[e.From] = append(r.co[e.From], e)
			r.co[e.To] = append(r.co[e.To], e)
		case graph.EdgeMentions:
			r.mentions[e.From] = append(r.mentions[e.From], e.To)
		case graph.EdgeReports:
			r.reports[e.From] = append(r.reports[e.From], e.To)
		}
	}
	for _, l := range r.of {
		sort.SliceStable(l, func(i, j int) bool { return r.evs[l[i]].OrderKey() < r.evs[l[j]].OrderKey() })
	}
	return r
}

type snapReader struct {
	ents              map[string]graph.Entity
	evs, briefs       map[string]graph.Event // briefs: participants as ids only
	docs              map[string]graph.Document
	of                map[string][]string
	co                map[string][]graph.Edge
	mentions, reports map[string][]string // "doc:…" → ids
}

func (r snapReader) Entity(id string) (graph.Entity, error) {
	e, ok := r.ents[id]
	if !ok {
		return e, fmt.Errorf("entity %s: %w", id, graph.ErrNotFound)
	}
	return e, nil
}

func (r snapReader) EntityEvents(id string) []string { return r.of[id] }

func (r snapReader) Brief(id string) (graph.Event, bool, error) {
	b, ok := r.briefs[id]
	return b, ok, nil
}

func (r snapReader) Event(id string) (graph.Event, error) {
	ev, ok := r.evs[id]
	if !ok {
		return ev, fmt.Errorf("event %s: %w", id, graph.ErrNotFound)
	}
	return ev, nil
}

func (r snapReader) Cooccurs(id string) []graph.Edge { return r.co[id] }

func (r snapReader) Document(id string) (graph.Document, []string, []string, error) {
	d, ok := r.docs[id]
	if !ok {
		return d, nil, nil, fmt.Errorf("document %s: %w", id, graph.ErrNotFound)
	}
	return d, r.mentions[docPrefix+id], r.reports[docPrefix+id], nil
}
