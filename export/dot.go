package export

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgnews/kg/analysis"
	"github.com/kgnews/kg/graph"
	"github.com/kgnews/kg/timeml"
	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/encoding"
	"gonum.org/v1/gonum/graph/encoding/dot"
	"gonum.org/v1/gonum/graph/simple"
)

// dotStyle is how each class of node is drawn.
var dotStyle = map[string][]encoding.Attribute{
	classPerson:   {{Key: "shape", Value: "ellipse"}, {Key: "fillcolor", Value: `"#a6cee3"`}},
	classOrg:      {{Key: "shape", Value: "box"}, {Key: "fillcolor", Value: `"#b2df8a"`}},
	classPlace:    {{Key: "shape", Value: "hexagon"}, {Key: "fillcolor", Value: `"#fdbf6f"`}},
	classOther:    {{Key: "shape", Value: "ellipse"}, {Key: "fillcolor", Value: `"#dddddd"`}},
	classEvent:    {{Key: "shape", Value: "box"}, {Key: "style", Value: `"rounded,filled"`}, {Key: "fillcolor", Value: `"#fb9a99"`}},
	classDocument: {{Key: "shape", Value: "note"}, {Key: "fillcolor", Value: `"#cab2d6"`}},
}

// dotQuote returns s as a DOT double-quoted string: quotes and backslashes are escaped, newlines become \n line breaks,
// other control characters become spaces, and invalid UTF-8 and U+FFFD
// become '?' (gonum's DOT reader rejects U+FFFD).
// Being quoted, "<…>" never turns into an HTML-like label. gonum's
// marshaller passes a string that is already a valid quoted ID through.
func dotQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range strings.ToValidUTF8(s, "?") {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == utf8.RuneError:
			b.WriteByte('?')
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// dotLabel returns s quoted as a GraphViz label. GraphViz decodes HTML
// entities in labels ("&amp;" shows as "&"), so '&' is written as "&amp;"
// for the label to show exactly s.
func dotLabel(s string) string { return dotQuote(strings.ReplaceAll(s, "&", "&amp;")) }

// dotNode is a node of the DOT graph.
type dotNode struct {
	id    int64
	dotID string
	attrs []encoding.Attribute
}

func (n dotNode) ID() int64                        { return n.id }
func (n dotNode) DOTID() string                    { return n.dotID }
func (n dotNode) Attributes() []encoding.Attribute { return n.attrs }

// dotEdge is an edge of the DOT graph; edges between the same two nodes
// are merged into one whose label lists them all.
type dotEdge struct {
	f, t   gg.Node
	labels []string
	dashed bool
}

func (e *dotEdge) From() gg.Node { return e.f }
func (e *dotEdge) To() gg.Node   { return e.t }
func (e *dotEdge) ReversedEdge() gg.Edge {
	return &dotEdge{f: e.t, t: e.f, labels: e.labels, dashed: e.dashed}
}

func (e *dotEdge) Attributes() []encoding.Attribute {
	a := []encoding.Attribute{{Key: "label", Value: dotLabel(strings.Join(e.labels, "\n"))}}
	if e.dashed {
		a = append(a, encoding.Attribute{Key: "style", Value: "dashed"})
	}
	return a
}

// edgeLabel is what a DOT edge says: the kind, with role, date or weight.
func edgeLabel(e graph.Edge) string {
	parts := []string{e.Kind}
	if e.Role != "" {
		parts[0] = string(e.Role)
	}
	if e.Date != "" {
		parts = append(parts, e.Date)
	}
	if e.Weight != 0 {
		parts = append(parts, strconv.FormatFloat(e.Weight, 'g', -1, 64))
	}
	return strings.Join(parts, " ")
}

// attrList implements encoding.Attributer for a fixed list.
type attrList []encoding.Attribute

func (a attrList) Attributes() []encoding.Attribute { return a }

// dotGraph is the whole DOT graph, with its clusters.
type dotGraph struct {
	*simple.DirectedGraph
	clusters []dot.Graph
}

func (g dotGraph) DOTID() string          { return "kg" }
func (g dotGraph) Structure() []dot.Graph { return g.clusters }
func (g dotGraph) DOTAttributers() (gr, n, e encoding.Attributer) {
	return attrList{{Key: "rankdir", Value: "LR"}},
		attrList{{Key: "style", Value: "filled"}, {Key: "fontname", Value: "Helvetica"}},
		attrList{{Key: "fontname", Value: "Helvetica"}, {Key: "fontsize", Value: "10"}}
}

// dotCluster is a box of nodes: a subgraph whose name starts "cluster".
type dotCluster struct {
	*simple.DirectedGraph
	name, label string
}

func (c dotCluster) DOTID() string { return c.name }
func (c dotCluster) DOTAttributers() (gr, n, e encoding.Attributer) {
	return attrList{{Key: "label", Value: dotLabel(c.label)}, {Key: "style", Value: "dashed"}}, nil, nil
}

// clusterMember is a node listed inside a cluster: its id only, since
// its attributes are written with the graph's nodes.
type clusterMember struct {
	id    int64
	dotID string
}

func (n clusterMember) ID() int64     { return n.id }
func (n clusterMember) DOTID() string { return n.dotID }

// writeDOT writes the snapshot as a GraphViz digraph through gonum's DOT
// marshaller. Self loops are left out.
func writeDOT(w io.Writer, s graph.Snapshot, opts Options) error {
	g := dotGraph{DirectedGraph: simple.NewDirectedGraph()}
	nodes := make(map[string]dotNode)
	for i, it := range items(s) {
		label := it.Label
		if it.Kind == graph.KindEvent && it.Date != "" {
			label += "\n" + it.Date
		}
		attrs := append([]encoding.Attribute{{Key: "label", Value: dotLabel(label)}}, dotStyle[it.Class]...)
		n := dotNode{id: int64(i), dotID: dotQuote(it.ID), attrs: attrs}
		nodes[it.ID] = n
		g.AddNode(n)
	}
	for _, e := range links(s) {
		if e.From == e.To {
			continue
		}
		f, t := nodes[e.From], nodes[e.To]
		dashed := e.Kind == graph.EdgeMentions || e.Kind == graph.EdgeReports
		if old, ok := g.Edge(f.id, t.id).(*dotEdge); ok {
			old.labels = append(old.labels, edgeLabel(e))
			old.dashed = old.dashed && dashed
			continue
		}
		g.SetEdge(&dotEdge{f: f, t: t, labels: []string{edgeLabel(e)}, dashed: dashed})
	}
	groups, err := clusters(s, opts)
	if err != nil {
		return err
	}
	for i, grp := range groups {
		c := dotCluster{DirectedGraph: simple.NewDirectedGraph(), name: fmt.Sprintf("cluster_%d", i+1), label: grp.label}
		for _, id := range grp.members {
			if n, ok := nodes[id]; ok && c.Node(n.id) == nil {
				c.AddNode(clusterMember{id: n.id, dotID: n.dotID})
			}
		}
		g.clusters = append(g.clusters, c)
	}
	b, err := dot.Marshal(g, "", "", "  ")
	if err != nil {
		return err
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

// group is a named set of node ids to box together.
type group struct {
	label   string
	members []string
}

// clusters returns the boxes opts.Cluster asks for.
func clusters(s graph.Snapshot, opts Options) ([]group, error) {
	var out []group
	switch opts.Cluster {
	case ClusterNone:
	case ClusterCommunity:
		for _, c := range analysis.Communities(s, opts.Seed) {
			if len(c.Members) > 1 {
				out = append(out, group{label: fmt.Sprintf("community %d", c.ID), members: c.Members})
			}
		}
	case ClusterDay:
		byDate := make(map[string][]string) // canonical date value → events
		for _, ev := range s.Events {
			if iv, ok := timeml.Parse(ev.Date); ok {
				byDate[iv.String()] = append(byDate[iv.String()], ev.ID)
			}
		}
		dates := make([]string, 0, len(byDate))
		for d := range byDate {
			dates = append(dates, d)
		}
		sort.Slice(dates, func(i, j int) bool { return timeml.SortKey(dates[i]) < timeml.SortKey(dates[j]) })
		for _, d := range dates {
			out = append(out, group{label: d, members: byDate[d]})
		}
	default:
		return nil, fmt.Errorf("%w: cluster %q (want %q or %q)", ErrOption, opts.Cluster, ClusterCommunity, ClusterDay)
	}
	return out, nil
}
