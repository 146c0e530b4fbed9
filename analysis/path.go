package analysis

import (
	"errors"
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
// toID: entity, event, entity, event, …, entity, one Hop per event. The
// path runs on the entity–event graph, so every step is an event both ends
// take part in. Path reads the graph outwards from fromID, level by level,
// only until toID appears, and gonum's Dijkstra finds the chain in what it
// read. It returns ErrNotFound when either id is not an entity, ErrNoPath
// when no chain links them, and no hops when the two ids are the same.
func Path(r Reader, fromID, toID string) ([]Hop, error) {
	for _, id := range []string{fromID, toID} {
		if _, err := r.Entity(id); errors.Is(err, graph.ErrNotFound) {
			return nil, fmt.Errorf("%w: %q", ErrNotFound, id)
		} else if err != nil {
			return nil, err
		}
	}
	if fromID == toID {
		return nil, nil
	}
	ids := []string{fromID}
	index := map[string]int32{fromID: 0}
	number := func(id string) (int32, bool) {
		n, ok := index[id]
		if !ok {
			n = int32(len(ids))
			index[id] = n
			ids = append(ids, id)
		}
		return n, !ok
	}
	var edges [][2]int32
	frontier := []string{fromID}
	found := false
	for len(frontier) > 0 && !found {
		var next []string
		for _, ent := range frontier {
			x := index[ent]
			for _, ev := range r.EntityEvents(ent) {
				v, fresh := number(ev)
				edges = append(edges, [2]int32{x, v})
				if !fresh {
					continue
				}
				b, _, err := r.Brief(ev)
				if err != nil {
					return nil, err
				}
				for _, p := range b.Participants {
					y, fresh := number(p.ID)
					edges = append(edges, [2]int32{v, y})
					if fresh {
						next = append(next, p.ID)
						found = found || p.ID == toID
					}
				}
			}
		}
		frontier = next
	}
	if !found {
		return nil, fmt.Errorf("%w from %q to %q", ErrNoPath, fromID, toID)
	}
	b := newBuilder(len(ids))
	for _, e := range edges {
		b.max(e[0], e[1], 1)
	}
	nodes, _ := path.DijkstraFrom(node(0), b.build()).To(int64(index[toID]))
	hops := make([]Hop, 0, len(nodes)/2)
	for i := 1; i+1 < len(nodes); i += 2 {
		a, err := r.Entity(ids[nodes[i-1].ID()])
		if err != nil {
			return nil, err
		}
		c, err := r.Entity(ids[nodes[i+1].ID()])
		if err != nil {
			return nil, err
		}
		ev, err := r.Event(ids[nodes[i].ID()])
		if err != nil {
			return nil, err
		}
		h := Hop{From: a.ID, FromName: a.Name, To: c.ID, ToName: c.Name,
			Event: ev.ID, Summary: ev.Summary, Date: ev.Date}
		if len(ev.Sources) > 0 {
			h.Doc, h.Sentence = ev.Sources[0].Doc, ev.Sources[0].Sentence
		}
		hops = append(hops, h)
	}
	return hops, nil
}
