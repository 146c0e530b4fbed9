package analysis

import (
	"sort"
	"strings"

	"github.com/kgnews/kg"
	"github.com/kgnews/kg/graph"
)

// person returns an entity whose id and name derive from a short key, of
// type PERSON unless the key starts with "org".
func person(key string) graph.Entity {
	t := kg.Person
	if strings.HasPrefix(key, "org") {
		t = kg.Org
	}
	return graph.Entity{ID: "ent:" + key, Name: strings.ToUpper(key[:1]) + key[1:], Type: t}
}

// event returns an event on date whose participants are the entities with
// the given keys, reported by doc:d1 in a sentence naming it.
func event(key, date string, keys ...string) graph.Event {
	ev := graph.Event{ID: "evt:" + key, Date: date, Summary: key + " happened",
		Sources: []graph.Source{{Doc: "d1", Sentence: "They say " + key + " happened."}}}
	for _, k := range keys {
		ev.Participants = append(ev.Participants, graph.ParticipantRef{ID: "ent:" + k, Name: k, Role: kg.Agent})
	}
	return ev
}

// cooccurs returns a weighted cooccurs edge between two entity keys.
func cooccurs(a, b string, w float64) graph.Edge {
	return graph.Edge{From: "ent:" + a, To: "ent:" + b, Kind: graph.EdgeCooccurs, Weight: w}
}

// snapshot assembles a snapshot with one document, the entities named by
// keys, the events (with participates and reports edges) and the extra
// edges. Nodes are sorted by id as the store gives them; edges stay in the
// order built, since no analysis may depend on it.
func snapshot(keys []string, events []graph.Event, edges ...graph.Edge) graph.Snapshot {
	s := graph.Snapshot{Documents: []graph.Document{{ID: "d1", Title: "Report"}}, Events: events}
	for _, k := range keys {
		s.Entities = append(s.Entities, person(k))
	}
	s.Edges = append(s.Edges, edges...)
	for _, ev := range events {
		s.Edges = append(s.Edges, graph.Edge{From: "doc:d1", To: ev.ID, Kind: graph.EdgeReports})
		for _, p := range ev.Participants {
			s.Edges = append(s.Edges, graph.Edge{From: p.ID, To: ev.ID, Kind: graph.EdgeParticipates, Role: p.Role, Date: ev.Date})
		}
	}
	sort.Slice(s.Entities, func(i, j int) bool { return s.Entities[i].ID < s.Entities[j].ID })
	sort.Slice(s.Events, func(i, j int) bool { return s.Events[i].ID < s.Events[j].ID })
	return s
}

// ids returns the ids of a snapshot's nodes, documents (as edges name
// them), entities then events.
func ids(s graph.Snapshot) []string {
	var out []string
	for _, d := range s.Documents {
		out = append(out, graph.KindDocument+":"+d.ID)
	}
	for _, e := range s.Entities {
		out = append(out, e.ID)
	}
	for _, e := range s.Events {
		out = append(out, e.ID)
	}
	return out
}
