package analysis

import (
	"sort"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
)

// node is a gonum node whose id is an index into a snapshot's sorted ids.
type node int64

// ID implements graph.Node.
func (n node) ID() int64 { return int64(n) }

// wedge is a weighted edge between two nodes.
type wedge struct {
	f, t node
	w    float64
}

func (e wedge) From() graph.Node         { return e.f }
func (e wedge) To() graph.Node           { return e.t }
func (e wedge) ReversedEdge() graph.Edge { return wedge{f: e.t, t: e.f, w: e.w} }
func (e wedge) Weight() float64          { return e.w }

// adjacency is a weighted undirected graph on the dense ids 0..n-1, stored
// as sorted neighbour lists. It iterates nodes and neighbours in id order,
// so that every gonum algorithm run on it sums in the same order and gives
// the same result on every run, and it keeps a million edges in tens of
// megabytes where gonum's map-based graphs need gigabytes.
//
// It implements graph.WeightedUndirected and, since every edge goes both
// ways, graph.WeightedDirected too (what PageRank asks for).
type adjacency struct {
	nbr [][]int32
	wt  [][]float64
}

// builder accumulates undirected edge weights before freezing them into an
// adjacency.
type builder struct {
	n int
	w map[[2]int32]float64
}

func newBuilder(n int) *builder { return &builder{n: n, w: make(map[[2]int32]float64)} }

// add adds w to the weight of the edge between a and b; self loops are
// ignored.
func (b *builder) add(x, y int32, w float64) {
	if x == y {
		return
	}
	if x > y {
		x, y = y, x
	}
	b.w[[2]int32{x, y}] += w
}

// max raises the weight of the edge between a and b to at least w.
func (b *builder) max(x, y int32, w float64) {
	if x == y {
		return
	}
	if x > y {
		x, y = y, x
	}
	k := [2]int32{x, y}
	if w > b.w[k] {
		b.w[k] = w
	}
}

// build freezes the accumulated edges.
func (b *builder) build() *adjacency {
	deg := make([]int, b.n)
	for k := range b.w {
		deg[k[0]]++
		deg[k[1]]++
	}
	g := &adjacency{nbr: make([][]int32, b.n), wt: make([][]float64, b.n)}
	for i, d := range deg {
		g.nbr[i] = make([]int32, 0, d)
		g.wt[i] = make([]float64, 0, d)
	}
	for k, w := range b.w {
		x, y := k[0], k[1]
		g.nbr[x] = append(g.nbr[x], y)
		g.wt[x] = append(g.wt[x], w)
		g.nbr[y] = append(g.nbr[y], x)
		g.wt[y] = append(g.wt[y], w)
	}
	for i := range g.nbr {
		sort.Sort(byNeighbour{g.nbr[i], g.wt[i]})
	}
	return g
}

// byNeighbour sorts one neighbour list and its weights together.
type byNeighbour struct {
	n []int32
	w []float64
}

func (s byNeighbour) Len() int           { return len(s.n) }
func (s byNeighbour) Less(i, j int) bool { return s.n[i] < s.n[j] }
func (s byNeighbour) Swap(i, j int) {
	s.n[i], s.n[j] = s.n[j], s.n[i]
	s.w[i], s.w[j] = s.w[j], s.w[i]
}

func (g *adjacency) has(id int64) bool { return id >= 0 && id < int64(len(g.nbr)) }

// find returns the position of y in x's neighbour list, or -1.
func (g *adjacency) find(x, y int64) int {
	if !g.has(x) || !g.has(y) {
		return -1
	}
	l := g.nbr[x]
	i := sort.Search(len(l), func(i int) bool { return int64(l[i]) >= y })
	if i < len(l) && int64(l[i]) == y {
		return i
	}
	return -1
}

// Node implements graph.Graph.
func (g *adjacency) Node(id int64) graph.Node {
	if !g.has(id) {
		return nil
	}
	return node(id)
}

// Nodes implements graph.Graph.
func (g *adjacency) Nodes() graph.Nodes {
	return iterator.NewImplicitNodes(0, len(g.nbr), func(id int) graph.Node { return node(id) })
}

// From implements graph.Graph.
func (g *adjacency) From(id int64) graph.Nodes {
	if !g.has(id) || len(g.nbr[id]) == 0 {
		return graph.Empty
	}
	return &neighbours{l: g.nbr[id], i: -1}
}

// To implements graph.Directed.
func (g *adjacency) To(id int64) graph.Nodes { return g.From(id) }

// HasEdgeBetween implements graph.Graph.
func (g *adjacency) HasEdgeBetween(x, y int64) bool { return g.find(x, y) >= 0 }

// HasEdgeFromTo implements graph.Directed.
func (g *adjacency) HasEdgeFromTo(u, v int64) bool { return g.find(u, v) >= 0 }

// Edge implements graph.Graph.
func (g *adjacency) Edge(u, v int64) graph.Edge { return g.WeightedEdge(u, v) }

// EdgeBetween implements graph.Undirected.
func (g *adjacency) EdgeBetween(x, y int64) graph.Edge { return g.WeightedEdge(x, y) }

// WeightedEdgeBetween implements graph.WeightedUndirected.
func (g *adjacency) WeightedEdgeBetween(x, y int64) graph.WeightedEdge { return g.WeightedEdge(x, y) }

// WeightedEdge implements graph.Weighted.
func (g *adjacency) WeightedEdge(u, v int64) graph.WeightedEdge {
	i := g.find(u, v)
	if i < 0 {
		return nil
	}
	return wedge{f: node(u), t: node(v), w: g.wt[u][i]}
}

// Weight implements graph.Weighted: a node has weight 0 to itself.
func (g *adjacency) Weight(x, y int64) (float64, bool) {
	if x == y && g.has(x) {
		return 0, true
	}
	i := g.find(x, y)
	if i < 0 {
		return 0, false
	}
	return g.wt[x][i], true
}

// strength returns the summed weight of id's edges.
func (g *adjacency) strength(id int) float64 {
	var s float64
	for _, w := range g.wt[id] {
		s += w
	}
	return s
}

// neighbours iterates one sorted neighbour list.
type neighbours struct {
	l []int32
	i int
}

func (it *neighbours) Next() bool {
	if it.i+1 >= len(it.l) {
		it.i = len(it.l)
		return false
	}
	it.i++
	return true
}

func (it *neighbours) Len() int {
	if it.i >= len(it.l) {
		return 0
	}
	return len(it.l) - it.i - 1
}

func (it *neighbours) Reset() { it.i = -1 }

func (it *neighbours) Node() graph.Node {
	if it.i < 0 || it.i >= len(it.l) {
		return nil
	}
	return node(it.l[it.i])
}
