package export

import (
	"encoding/xml"
	"io"
	"strconv"

	"github.com/kgnews/kg/graph"
)

// GraphML is the "graphml" format's root element.
type GraphML struct {
	XMLName xml.Name     `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []GraphMLKey `xml:"key"`
	Graph   GraphMLGraph `xml:"graph"`
}

// GraphMLKey declares one data attribute.
type GraphMLKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

// GraphMLGraph holds the nodes and edges.
type GraphMLGraph struct {
	ID          string        `xml:"id,attr"`
	EdgeDefault string        `xml:"edgedefault,attr"`
	Nodes       []GraphMLNode `xml:"node"`
	Edges       []GraphMLEdge `xml:"edge"`
}

// GraphMLNode is one node with its data.
type GraphMLNode struct {
	ID   string        `xml:"id,attr"`
	Data []GraphMLData `xml:"data"`
}

// GraphMLEdge is one edge with its data.
type GraphMLEdge struct {
	ID     string        `xml:"id,attr"`
	Source string        `xml:"source,attr"`
	Target string        `xml:"target,attr"`
	Data   []GraphMLData `xml:"data"`
}

// GraphMLData is one attribute value.
type GraphMLData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// graphMLKeys are the declared attributes: node keys start "n_", edge
// keys "e_".
var graphMLKeys = []GraphMLKey{
	{ID: "n_label", For: "node", Name: "label", Type: "string"},
	{ID: "n_kind", For: "node", Name: "kind", Type: "string"},
	{ID: "n_class", For: "node", Name: "class", Type: "string"},
	{ID: "n_type", For: "node", Name: "type", Type: "string"},
	{ID: "n_date", For: "node", Name: "date", Type: "string"},
	{ID: "e_kind", For: "edge", Name: "kind", Type: "string"},
	{ID: "e_role", For: "edge", Name: "role", Type: "string"},
	{ID: "e_date", For: "edge", Name: "date", Type: "string"},
	{ID: "e_weight", For: "edge", Name: "weight", Type: "double"},
}

// writeGraphML writes a GraphML document with its key declarations.
func writeGraphML(w io.Writer, s graph.Snapshot, _ Options) error {
	doc := GraphML{Keys: graphMLKeys, Graph: GraphMLGraph{ID: "kg", EdgeDefault: "directed"}}
	for _, it := range items(s) {
		doc.Graph.Nodes = append(doc.Graph.Nodes, GraphMLNode{ID: it.ID, Data: graphMLData(
			"n_label", it.Label, "n_kind", it.Kind, "n_class", it.Class, "n_type", it.Type, "n_date", it.Date)})
	}
	for i, e := range links(s) {
		weight := ""
		if e.Weight != 0 {
			weight = strconv.FormatFloat(e.Weight, 'g', -1, 64)
		}
		doc.Graph.Edges = append(doc.Graph.Edges, GraphMLEdge{ID: "e" + strconv.Itoa(i), Source: e.From, Target: e.To,
			Data: graphMLData("e_kind", e.Kind, "e_role", string(e.Role), "e_date", e.Date, "e_weight", weight)})
	}
	return writeXML(w, doc)
}

// graphMLData builds data elements from key, value pairs, leaving out
// empty values.
func graphMLData(pairs ...string) []GraphMLData {
	var out []GraphMLData
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] != "" {
			out = append(out, GraphMLData{Key: pairs[i], Value: pairs[i+1]})
		}
	}
	return out
}
