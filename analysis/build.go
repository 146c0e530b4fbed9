// Package analysis measures kg's knowledge graph with gonum: it ranks
// entities by centrality, finds communities, links two entities by the
// shortest chain of shared events, and cuts ego networks out of a
// graph.Snapshot. Whole-graph measures read a Snapshot; Path reads through
// a Reader only the part of the graph it needs. Neither touches the store
// directly; a time window is cut by the store itself (graph.Store.Snapshot
// with a Filter, graph.Store.NewReader).
//
// Every result is deterministic: gonum runs on graphs whose nodes are
// numbered by sorted id and iterated in that order, randomised algorithms
// take a fixed seed, and ties are broken by id.
package analysis

import (
	"errors"
	"math"
	"sort"

	"github.com/kgnews/kg/graph"
)

// Errors returned by the analyses.
var (
	// ErrNotFound means an id is not a node of the snapshot.
	ErrNotFound = errors.New("analysis: no such node")
	// ErrNoPath means two entities are not linked by any chain of events.
	ErrNoPath = errors.New("analysis: no path")
	// ErrMeasure means Rank was asked for a measure it does not know.
	ErrMeasure = errors.New("analysis: unknown measure")
)

// entityIndex numbers a snapshot's entities by their (sorted) position.
type entityIndex map[string]int32

func indexEntities(s graph.Snapshot) entityIndex {
	ix := make(entityIndex, len(s.Entities))
	for i, e := range s.Entities {
		ix[e.ID] = int32(i)
	}
	return ix
}

func indexEvents(s graph.Snapshot) map[string]int {
	ix := make(map[string]int, len(s.Events))
	for i, e := range s.Events {
		ix[e.ID] = i
	}
	return ix
}

// participation lists, for each event of s (by position), the positions of
// the entities taking part in it, sorted and without repeats. It reads both
// the participates edges and the events' own participant lists, so either
// alone is enough.
func participation(s graph.Snapshot, ents entityIndex) [][]int32 {
	evs := indexEvents(s)
	seen := make(map[[2]int32]bool)
	out := make([][]int32, len(s.Events))
	add := func(entity, event string) {
		x, ok := ents[entity]
		v, ok2 := evs[event]
		if !ok || !ok2 || seen[[2]int32{x, int32(v)}] {
			return
		}
		seen[[2]int32{x, int32(v)}] = true
		out[v] = append(out[v], x)
	}
	for _, e := range s.Edges {
		if e.Kind == graph.EdgeParticipates {
			add(e.From, e.To)
		}
	}
	for _, ev := range s.Events {
		for _, p := range ev.Participants {
			add(p.ID, ev.ID)
		}
	}
	for _, l := range out {
		sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
	}
	return out
}

// entityGraph is the weighted undirected entity–entity graph of s. The
// weight of a pair is its cooccurs edge weight (1 when the store gave
// none or an unusable one) or the number of events both take part in, whichever is larger:
// the store's weight already counts shared events and sentences, and the
// event count stands in where a snapshot carries no cooccurs edges.
func entityGraph(s graph.Snapshot) *adjacency {
	ents := indexEntities(s)
	b := newBuilder(len(s.Entities))
	for _, l := range participation(s, ents) {
		for i, x := range l {
			for _, y := range l[i+1:] {
				b.add(x, y, 1)
			}
		}
	}
	for _, e := range s.Edges {
		if e.Kind != graph.EdgeCooccurs {
			continue
		}
		x, ok := ents[e.From]
		y, ok2 := ents[e.To]
		if !ok || !ok2 {
			continue
		}
		w := e.Weight
		if !(w > 0) || math.IsInf(w, 1) { // missing, negative or NaN
			w = 1
		}
		b.max(x, y, w)
	}
	return b.build()
}
