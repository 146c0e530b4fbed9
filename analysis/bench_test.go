package analysis

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/kgnews/kg/graph"
)

// generate returns a snapshot of n entities and m distinct random cooccurs
// edges drawn from a seeded source, shaped like a news graph: entities
// belong to topics of 100, nine edges in ten stay inside a topic, and
// within a topic a few entities take most of the edges.
func generate(n, m int, seed uint64) graph.Snapshot {
	const topic = 100
	rng := rand.New(rand.NewPCG(seed, seed))
	var s graph.Snapshot
	s.Entities = make([]graph.Entity, n)
	for i := range s.Entities {
		s.Entities[i] = graph.Entity{ID: fmt.Sprintf("ent:person:p%07d", i), Name: fmt.Sprintf("P%d", i), Type: "PERSON"}
	}
	member := func(t int) int {
		u := rng.Float64()
		return min(t*topic+int(u*u*topic), n-1)
	}
	topics := max(n/topic, 1)
	seen := make(map[[2]int]bool, m)
	for len(s.Edges) < m {
		t := rng.IntN(topics)
		a, b := member(t), member(t)
		if rng.IntN(10) == 0 {
			b = member(rng.IntN(topics))
		}
		if a == b {
			continue
		}
		if a > b {
			a, b = b, a
		}
		if seen[[2]int{a, b}] {
			continue
		}
		seen[[2]int{a, b}] = true
		s.Edges = append(s.Edges, graph.Edge{From: s.Entities[a].ID, To: s.Entities[b].ID,
			Kind: graph.EdgeCooccurs, Weight: float64(1 + rng.IntN(5))})
	}
	return s
}

// bench1M is the benchmark graph: 100,000 entities, 1,000,000 edges.
var bench1M graph.Snapshot

func benchSnapshot(b *testing.B) graph.Snapshot {
	if bench1M.Entities == nil {
		bench1M = generate(100_000, 1_000_000, 1)
	}
	b.ResetTimer()
	return bench1M
}

func BenchmarkRank(b *testing.B) {
	for _, by := range []string{PageRank, Degree} {
		b.Run(by, func(b *testing.B) {
			s := benchSnapshot(b)
			for b.Loop() {
				if _, err := Rank(s, by, "", 20); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	// Betweenness is O(nodes·edges): measured on a smaller graph.
	b.Run("betweenness-10k", func(b *testing.B) {
		s := generate(2_000, 10_000, 1)
		b.ResetTimer()
		for b.Loop() {
			if _, err := Rank(s, Betweenness, "", 20); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkCommunities runs gonum's Louvain on a corpus-sized graph and
// on the million-edge one; the latter takes minutes (gonum's local moving
// step sums over every member of each neighbouring community).
func BenchmarkCommunities(b *testing.B) {
	b.Run("100k", func(b *testing.B) {
		s := generate(10_000, 100_000, 1)
		b.ResetTimer()
		for b.Loop() {
			Communities(s, 1)
		}
	})
	b.Run("1M", func(b *testing.B) {
		s := benchSnapshot(b)
		for b.Loop() {
			Communities(s, 1)
		}
	})
}
