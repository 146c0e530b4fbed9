package export

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"

	"github.com/kgnews/kg/graph"
	"github.com/kgnews/kg/timeml"
	"gonum.org/v1/gonum/graph/formats/gexf12"
)

// gexfColor is each class's colour in Gephi.
var gexfColor = map[string]gexf12.Color{
	classPerson:   {R: 0xa6, G: 0xce, B: 0xe3},
	classOrg:      {R: 0xb2, G: 0xdf, B: 0x8a},
	classPlace:    {R: 0xfd, G: 0xbf, B: 0x6f},
	classOther:    {R: 0xdd, G: 0xdd, B: 0xdd},
	classEvent:    {R: 0xfb, G: 0x9a, B: 0x99},
	classDocument: {R: 0xca, G: 0xb2, B: 0xd6},
}

// GEXF attribute ids, declared in the graph's attribute classes.
const (
	gexfKind  = "kind"
	gexfClass = "class"
	gexfType  = "type"
	gexfDate  = "date"
	gexfRole  = "role"
)

// writeGEXF writes a GEXF 1.2 document in dynamic mode: events live over
// the days their date covers, entities from their first event to their
// last, documents on their publication day, participation edges with their
// event. Gephi's timeline then plays the graph through time.
func writeGEXF(w io.Writer, s graph.Snapshot, _ Options) error {
	spans := make(map[string][2]string) // node id → first, last day
	widen := func(id, first, last string) {
		sp, ok := spans[id]
		if !ok || first < sp[0] {
			sp[0] = first
		}
		if !ok || last > sp[1] {
			sp[1] = last
		}
		spans[id] = sp
	}
	for _, it := range items(s) {
		if iv, ok := timeml.Parse(it.Date); ok && it.Kind != graph.KindEntity {
			first, last := iv.Days()
			widen(it.ID, first, last)
		}
	}
	edges := links(s)
	for _, e := range edges {
		if e.Kind != graph.EdgeParticipates {
			continue
		}
		if sp, ok := spans[e.To]; ok {
			widen(e.From, sp[0], sp[1])
		}
	}
	g := gexf12.Graph{
		DefaultEdgeType: "directed", Mode: "dynamic", TimeFormat: "date", IDType: "string",
		Attributes: []gexf12.Attributes{
			{Class: "node", Attributes: []gexf12.Attribute{
				{ID: gexfKind, Title: "kind", Type: "string"},
				{ID: gexfClass, Title: "class", Type: "string"},
				{ID: gexfType, Title: "type", Type: "string"},
				{ID: gexfDate, Title: "date", Type: "string"}}},
			{Class: "edge", Attributes: []gexf12.Attribute{
				{ID: gexfKind, Title: "kind", Type: "string"},
				{ID: gexfRole, Title: "role", Type: "string"},
				{ID: gexfDate, Title: "date", Type: "string"}}},
		},
	}
	for _, it := range items(s) {
		c := gexfColor[it.Class]
		n := gexf12.Node{ID: it.ID, Label: it.Label, Color: &c, AttValues: attValues(
			gexfKind, it.Kind, gexfClass, it.Class, gexfType, it.Type, gexfDate, it.Date)}
		if sp, ok := spans[it.ID]; ok {
			n.Start, n.End = sp[0], sp[1]
		}
		g.Nodes.Nodes = append(g.Nodes.Nodes, n)
	}
	g.Nodes.Count = len(g.Nodes.Nodes)
	for i, e := range edges {
		ge := gexf12.Edge{ID: "e" + strconv.Itoa(i), Source: e.From, Target: e.To, Label: e.Kind, Weight: e.Weight,
			AttValues: attValues(gexfKind, e.Kind, gexfRole, string(e.Role), gexfDate, e.Date)}
		if sp, ok := spans[e.To]; ok && e.Kind == graph.EdgeParticipates {
			ge.Start, ge.End = sp[0], sp[1]
		}
		g.Edges.Edges = append(g.Edges.Edges, ge)
	}
	g.Edges.Count = len(g.Edges.Edges)
	doc := gexf12.Content{Version: "1.2", Graph: g, Meta: &gexf12.Meta{Creator: "kg"}}
	return writeXML(w, doc)
}

// attValues builds attribute values from id, value pairs, leaving out
// empty values.
func attValues(pairs ...string) *gexf12.AttValues {
	var a gexf12.AttValues
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] != "" {
			a.AttValues = append(a.AttValues, gexf12.AttValue{For: pairs[i], Value: pairs[i+1]})
		}
	}
	if len(a.AttValues) == 0 {
		return nil
	}
	return &a
}

// writeXML writes v as an indented XML document with its header. XML 1.0
// cannot carry most control characters at all; encoding/xml replaces them
// with U+FFFD.
func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}
