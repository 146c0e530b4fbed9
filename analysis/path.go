package analysis

import (
	"fmt"

	"github.com/kgnews/kg/graph"
	"gonum.org/v1/gonum/graph/path"
)

// Hop is one link of a path: two entities that take part in one event,
// with the evidence for it.
type Hop struct {
	From     string `json:"from"`
	FromName string `json:"from_name"`
	To       string `json:"to"`
	ToName   string `json:"to_name"`
	Event    string `json:"event"`
	Summary  string `json:"summary"`
	Date     string `json:"date,omitempty"`
	// Doc and Sentence are the event's first source: the document and the
	// sentence that report it.
	Doc      string `json:"doc,omitempty"`
	Sentence string `json:"sentence,omitempty"`
}

// Path returns the shortest chain of events linking the entities fromID and
// toID in s: entity, event, entity, event, …, entity, one Hop per event.
// The path runs on the entity–event graph, so every step is an event both
// ends take part in. It returns ErrNotFound when either id is not an
// entity of s, ErrNoPath when no chain links them, and no hops when the two
// ids are the same.
func Path(s graph.Snapshot, fromID, toID string) ([]Hop, error) {
	ents := indexEntities(s)
	from, ok := ents[fromID]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, fromID)
	}
	to, ok := ents[toID]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, toID)
	}
	if from == to {
		return nil, nil
	}
	g := bipartite(s)
	nodes, _ := path.DijkstraFrom(node(from), g).To(int64(to))
	if len(nodes) == 0 {
		return nil, fmt.Errorf("%w from %q to %q", ErrNoPath, fromID, toID)
	}
	n := len(s.Entities)
	hops := make([]Hop, 0, len(nodes)/2)
	for i := 1; i+1 < len(nodes); i += 2 {
		a := s.Entities[nodes[i-1].ID()]
		b := s.Entities[nodes[i+1].ID()]
		ev := s.Events[int(nodes[i].ID())-n]
		h := Hop{From: a.ID, FromName: a.Name, To: b.ID, ToName: b.Name,
			Event: ev.ID, Summary: ev.Summary, Date: ev.Date}
		if len(ev.Sources) > 0 {
			h.Doc, h.Sentence = ev.Sources[0].Doc, ev.Sources[0].Sentence
		}
		hops = append(hops, h)
	}
	return hops, nil
}
