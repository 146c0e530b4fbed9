package export

import (
	"io"
	"strconv"

	"github.com/kgnews/kg/graph"
	"gonum.org/v1/gonum/graph/formats/cytoscapejs"
)

// writeCytoscape writes Cytoscape.js elements, {"elements": [...]}, ready
// for cytoscape({elements: …}). It uses gonum's mixed-element form: its
// NodeData would write "parent": "" on every node, which Cytoscape.js
// takes for a missing compound parent, while ElemData leaves an empty
// parent out. Node data carries label, kind, class, type and date; edge
// data kind, role, date and weight.
func writeCytoscape(w io.Writer, s graph.Snapshot, _ Options) error {
	doc := cytoscapejs.GraphElem{Elements: []cytoscapejs.Element{}}
	for _, it := range items(s) {
		doc.Elements = append(doc.Elements, cytoscapejs.Element{Group: "nodes", Data: cytoscapejs.ElemData{
			ID: it.ID, Attributes: attrMap("label", it.Label, "kind", it.Kind, "class", it.Class, "type", it.Type, "date", it.Date)}})
	}
	for i, e := range links(s) {
		a := attrMap("kind", e.Kind, "role", string(e.Role), "date", e.Date)
		if e.Weight != 0 {
			a["weight"] = e.Weight
		}
		doc.Elements = append(doc.Elements, cytoscapejs.Element{Group: "edges", Data: cytoscapejs.ElemData{
			ID: "e" + strconv.Itoa(i), Source: e.From, Target: e.To, Attributes: a}})
	}
	return writeJSONValue(w, doc)
}

// attrMap builds a data map from key, value pairs, leaving out empty
// values. encoding/json writes map keys sorted, so output is stable.
func attrMap(pairs ...string) map[string]any {
	m := make(map[string]any)
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] != "" {
			m[pairs[i]] = pairs[i+1]
		}
	}
	return m
}
