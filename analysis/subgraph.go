package analysis

import (
	"fmt"

	"github.com/kgnews/kg/graph"
)

// Neighbors returns the ego network of the node id: every entity and event
// within depth steps of it along participates, cooccurs and before edges,
// the edges among them, and the documents that mention or report them
// (documents are attached but not walked through, since one article links
// everything it names). When id is a document, the walk starts from the
// entities and events it mentions and reports. depth 0 keeps the node
// alone. It returns ErrNotFound when id is not a node of s.
func Neighbors(s graph.Snapshot, id string, depth int) (graph.Snapshot, error) {
	if !hasNode(s, id) {
		return graph.Snapshot{}, fmt.Errorf("%w: %q", ErrNotFound, id)
	}
	adj := make(map[string][]string)
	link := func(a, b string) {
		adj[a] = append(adj[a], b)
		adj[b] = append(adj[b], a)
	}
	for _, e := range s.Edges {
		switch e.Kind {
		case graph.EdgeParticipates, graph.EdgeCooccurs, graph.EdgeBefore:
			link(e.From, e.To)
		case graph.EdgeMentions, graph.EdgeReports:
			if e.From == id {
				link(e.From, e.To)
			}
		}
	}
	for _, ev := range s.Events {
		for _, p := range ev.Participants {
			link(p.ID, ev.ID)
		}
	}
	keep := map[string]bool{id: true}
	frontier := []string{id}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []string
		for _, x := range frontier {
			for _, y := range adj[x] {
				if !keep[y] {
					keep[y] = true
					next = append(next, y)
				}
			}
		}
		frontier = next
	}
	attachDocuments(s, keep)
	return subset(s, keep), nil
}

// attachDocuments adds to keep every document with a mentions or reports
// edge to a kept node.
func attachDocuments(s graph.Snapshot, keep map[string]bool) {
	for _, e := range s.Edges {
		if (e.Kind == graph.EdgeMentions || e.Kind == graph.EdgeReports) && keep[e.To] {
			keep[e.From] = true
		}
	}
}

// hasNode reports whether id is a document, entity or event of s.
func hasNode(s graph.Snapshot, id string) bool {
	for _, d := range s.Documents {
		if d.ID == id {
			return true
		}
	}
	for _, e := range s.Entities {
		if e.ID == id {
			return true
		}
	}
	for _, e := range s.Events {
		if e.ID == id {
			return true
		}
	}
	return false
}

// subset returns the nodes of s whose ids are in keep and the edges between
// them, in the order of s.
func subset(s graph.Snapshot, keep map[string]bool) graph.Snapshot {
	var out graph.Snapshot
	for _, d := range s.Documents {
		if keep[d.ID] {
			out.Documents = append(out.Documents, d)
		}
	}
	for _, e := range s.Entities {
		if keep[e.ID] {
			out.Entities = append(out.Entities, e)
		}
	}
	for _, e := range s.Events {
		if keep[e.ID] {
			out.Events = append(out.Events, e)
		}
	}
	for _, e := range s.Edges {
		if keep[e.From] && keep[e.To] {
			out.Edges = append(out.Edges, e)
		}
	}
	return out
}
