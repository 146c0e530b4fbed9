package analysis

import (
	"fmt"
	"math"
	"sort"

	"github.com/kgnews/kg"
	"github.com/kgnews/kg/graph"
	"gonum.org/v1/gonum/graph/network"
)

// Measures that Rank knows.
const (
	PageRank    = "pagerank"
	Betweenness = "betweenness"
	Degree      = "degree"
)

// Measures lists the measures Rank accepts.
func Measures() []string { return []string{PageRank, Betweenness, Degree} }

// PageRank parameters: the usual damping factor, and a tolerance far below
// the differences a user reads.
const (
	damping   = 0.85
	tolerance = 1e-10
)

// Score is one entity's centrality.
type Score struct {
	ID    string        `json:"id"`
	Name  string        `json:"name"`
	Type  kg.EntityType `json:"type"`
	Score float64       `json:"score"`
}

// Rank scores the entities of s on the entity–entity graph by the measure
// named by by:
//   - "pagerank": edge-weighted PageRank (damping 0.85), which sums to 1
//     over all entities;
//   - "betweenness": Brandes' betweenness on the unweighted graph, counting
//     both directions of every pair;
//   - "degree": the number of distinct entities an entity is linked to.
//
// It keeps only entities of type typeFilter (all when empty) and the top
// best (all when top <= 0), sorted by score, highest first, then by id.
// The measure is computed on the whole graph before filtering.
func Rank(s graph.Snapshot, by string, typeFilter kg.EntityType, top int) ([]Score, error) {
	g := entityGraph(s)
	var score func(i int) float64
	switch by {
	case PageRank:
		if len(s.Entities) == 0 {
			return nil, nil
		}
		pr := network.PageRankSparse(g, damping, tolerance)
		score = func(i int) float64 { return pr[int64(i)] }
	case Betweenness:
		b := network.Betweenness(g)
		score = func(i int) float64 { return b[int64(i)] }
	case Degree:
		score = func(i int) float64 { return float64(len(g.nbr[i])) }
	default:
		return nil, fmt.Errorf("%w %q (want one of %v)", ErrMeasure, by, Measures())
	}
	var out []Score
	for i, e := range s.Entities {
		if typeFilter != "" && e.Type != typeFilter {
			continue
		}
		// gonum sums over nodes in map order, so the last digits of a
		// score vary from run to run; digits below the solver's tolerance
		// are noise, and rounding them away keeps ties, and the order,
		// stable.
		out = append(out, Score{ID: e.ID, Name: e.Name, Type: e.Type, Score: math.Round(score(i)/tolerance) * tolerance})
	}
	sortScores(out)
	if top > 0 && len(out) > top {
		out = out[:top]
	}
	return out, nil
}

// sortScores orders scores highest first, then by id.
func sortScores(l []Score) {
	sort.Slice(l, func(i, j int) bool {
		if l[i].Score != l[j].Score {
			return l[i].Score > l[j].Score
		}
		return l[i].ID < l[j].ID
	})
}
