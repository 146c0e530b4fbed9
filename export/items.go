package export

import (
	"github.com/kgnews/kg"
	"github.com/kgnews/kg/graph"
)

// Node classes: what a node is drawn as.
const (
	classPerson   = "person"
	classOrg      = "org"
	classPlace    = "place"
	classOther    = "other"
	classEvent    = "event"
	classDocument = "document"
)

// item is one node of a snapshot, whatever its kind, with what every
// format shows of it.
type item struct {
	ID    string
	Kind  string // graph.KindDocument, KindEntity or KindEvent
	Class string // classPerson … classDocument
	Label string
	Type  string // entity type, event type, or "" for documents
	Date  string // TimeML date of an event, publication date of a document
}

// entityClass maps an entity type to its class.
func entityClass(t kg.EntityType) string {
	switch t {
	case kg.Person:
		return classPerson
	case kg.Org:
		return classOrg
	case kg.GPE, kg.Loc:
		return classPlace
	}
	return classOther
}

// eventLabel is what an event is called: its summary, else its trigger,
// else its id.
func eventLabel(ev graph.Event) string {
	switch {
	case ev.Summary != "":
		return ev.Summary
	case ev.Trigger != "":
		return ev.Trigger
	}
	return ev.ID
}

// items lists the nodes of s, documents, entities then events, each id
// once (the first wins).
func items(s graph.Snapshot) []item {
	first := firstTime[string]()
	var out []item
	add := func(it item) {
		if first(it.ID) {
			out = append(out, it)
		}
	}
	for _, d := range s.Documents {
		label := d.Title
		if label == "" {
			label = d.ID
		}
		add(item{ID: d.ID, Kind: graph.KindDocument, Class: classDocument, Label: label, Date: d.Date})
	}
	for _, e := range s.Entities {
		add(item{ID: e.ID, Kind: graph.KindEntity, Class: entityClass(e.Type), Label: e.Name, Type: string(e.Type)})
	}
	for _, ev := range s.Events {
		add(item{ID: ev.ID, Kind: graph.KindEvent, Class: classEvent, Label: eventLabel(ev), Type: string(ev.Type), Date: ev.Date})
	}
	return out
}

// links returns the edges of s whose two ends are nodes of s, without
// exact repeats, in snapshot order.
func links(s graph.Snapshot) []graph.Edge {
	present := make(map[string]bool)
	for _, it := range items(s) {
		present[it.ID] = true
	}
	first := firstTime[graph.Edge]()
	var out []graph.Edge
	for _, e := range s.Edges {
		if present[e.From] && present[e.To] && first(e) {
			out = append(out, e)
		}
	}
	return out
}

// firstTime returns a function that reports whether it is given k for the
// first time.
func firstTime[K comparable]() func(k K) bool {
	seen := make(map[K]bool)
	return func(k K) bool {
		if seen[k] {
			return false
		}
		seen[k] = true
		return true
	}
}
