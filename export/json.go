package export

import (
	"io"

	"github.com/kgnews/kg/graph"
)

// JSONGraph is the "json" format: every node and edge of a snapshot.
type JSONGraph struct {
	Nodes []JSONNode `json:"nodes"`
	Edges []JSONEdge `json:"edges"`
}

// JSONNode is one node of a JSONGraph.
type JSONNode struct {
	ID string `json:"id"`
	// Kind is "doc", "ent" or "evt".
	Kind string `json:"kind"`
	// Class is how the node is drawn: person, org, place, other, event or
	// document.
	Class string `json:"class"`
	Label string `json:"label"`
	// Type is the entity type (PERSON, ORG, …) or the event type.
	Type string `json:"type,omitempty"`
	// Date is an event's TimeML date or a document's publication date.
	Date string `json:"date,omitempty"`
}

// JSONEdge is one edge of a JSONGraph.
type JSONEdge struct {
	Source string  `json:"source"`
	Target string  `json:"target"`
	Kind   string  `json:"kind"`
	Role   string  `json:"role,omitempty"`
	Date   string  `json:"date,omitempty"`
	Weight float64 `json:"weight,omitempty"`
}

// writeJSON writes the snapshot as a JSONGraph.
func writeJSON(w io.Writer, s graph.Snapshot, _ Options) error {
	g := JSONGraph{Nodes: []JSONNode{}, Edges: []JSONEdge{}}
	for _, it := range items(s) {
		g.Nodes = append(g.Nodes, JSONNode(it))
	}
	for _, e := range links(s) {
		g.Edges = append(g.Edges, JSONEdge{Source: e.From, Target: e.To, Kind: e.Kind, Role: string(e.Role), Date: e.Date, Weight: e.Weight})
	}
	return writeJSONValue(w, g)
}
