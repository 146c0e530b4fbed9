package analysis

import (
	"math/rand/v2"
	"sort"

	"github.com/kgnews/kg/graph"
	"gonum.org/v1/gonum/graph/community"
)

// Community is a group of entities more linked among themselves than to
// the rest of the graph.
type Community struct {
	// ID numbers communities from 1, in the order of their most central
	// member's id.
	ID int `json:"id"`
	// Members are entity ids, most central first (by weighted degree on the
	// entity–entity graph, then by id).
	Members []string `json:"members"`
}

// Communities splits the entities of s into communities with gonum's
// Louvain modularisation (resolution 1) of the weighted entity–entity
// graph, driven by a random source seeded with seed: the same snapshot and
// seed always give the same communities. An entity linked to no other is a
// community of its own.
func Communities(s graph.Snapshot, seed uint64) []Community {
	if len(s.Entities) == 0 {
		return nil
	}
	g := entityGraph(s)
	strength := make([]float64, len(s.Entities))
	for i := range strength {
		strength[i] = g.strength(i)
	}
	central := func(a, b int) bool {
		if strength[a] != strength[b] {
			return strength[a] > strength[b]
		}
		return a < b // positions follow sorted ids
	}
	reduced := community.Modularize(g, 1, rand.NewPCG(seed, seed))
	groups := reduced.Communities()
	members := make([][]int, 0, len(groups))
	for _, grp := range groups {
		if len(grp) == 0 {
			continue
		}
		l := make([]int, len(grp))
		for i, n := range grp {
			l[i] = int(n.ID())
		}
		sort.Slice(l, func(i, j int) bool { return central(l[i], l[j]) })
		members = append(members, l)
	}
	sort.Slice(members, func(i, j int) bool { return members[i][0] < members[j][0] })
	out := make([]Community, len(members))
	for i, l := range members {
		ids := make([]string, len(l))
		for j, x := range l {
			ids[j] = s.Entities[x].ID
		}
		out[i] = Community{ID: i + 1, Members: ids}
	}
	return out
}
