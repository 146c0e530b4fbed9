package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kgnews/kg/graph"
	"github.com/kgnews/kg/timeline"
	"gonum.org/v1/gonum/graph/formats/cytoscapejs"
	"gonum.org/v1/gonum/graph/formats/gexf12"
	"gonum.org/v1/gonum/graph/formats/rdf"
)

// strictJSON decodes JSON into v, failing on fields v does not declare.
func strictJSON(t *testing.T, b []byte, v any) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("does not decode into %T: %v", v, err)
	}
}

func TestJSONSchema(t *testing.T) {
	var g JSONGraph
	strictJSON(t, render(t, fixture(t), "json", Options{}), &g)
	if len(g.Nodes) != 14 || len(g.Edges) != 30 {
		t.Fatalf("%d nodes, %d edges; want 14, 30", len(g.Nodes), len(g.Edges))
	}
	classes := map[string]string{}
	for _, n := range g.Nodes {
		classes[n.ID] = n.Class
	}
	for id, want := range map[string]string{"ent:gpe:port-velin": "place", "ent:org:velin-ferries": "org",
		"ent:person:tomas-kell": "person", "ent:misc:formula": "other", "evt:meeting": "event", "doc:harbour-gazette-1": "document"} {
		if classes[id] != want {
			t.Errorf("class of %s = %q, want %q", id, classes[id], want)
		}
	}
}

func TestTimelineJSON(t *testing.T) {
	var tls []timeline.Timeline
	strictJSON(t, render(t, fixture(t), "timeline-json", Options{}), &tls)
	if len(tls) != 6 {
		t.Fatalf("%d timelines, want one per entity (6)", len(tls))
	}
	order := map[string][]string{
		// year 2031 before the week inside it, then days; undated last
		"ent:gpe:port-velin":    {"evt:election", "evt:strike-start", "evt:strike-end"},
		"ent:person:tomas-kell": {"evt:meeting", "evt:rumour"},
		"ent:org:dockers-union": {"evt:strike-start", "evt:agreement", "evt:strike-end"},
	}
	for _, tl := range tls {
		want, ok := order[tl.Entity.ID]
		if !ok {
			continue
		}
		var got []string
		for _, ev := range tl.Events {
			got = append(got, ev.ID)
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s: events %v, want %v", tl.Entity.ID, got, want)
		}
	}
}

func TestTimelineJS(t *testing.T) {
	var doc TLTimeline
	out := render(t, fixture(t), "timelinejs", Options{Title: "Port Velin <2031>"})
	strictJSON(t, out, &doc)
	if doc.Title == nil || doc.Title.Text.Headline != "Port Velin &lt;2031&gt;" {
		t.Errorf("title slide = %+v", doc.Title)
	}
	// 13 participations, 2 of them in the undated rumour
	if len(doc.Events) != 11 {
		t.Errorf("%d slides, want 11", len(doc.Events))
	}
	ids := map[string]bool{}
	for _, sl := range doc.Events {
		if ids[sl.UniqueID] || !regexp.MustCompile(`^[A-Za-z0-9_-]+$`).MatchString(sl.UniqueID) {
			t.Errorf("unique_id %q repeats or is not a plain HTML id", sl.UniqueID)
		}
		ids[sl.UniqueID] = true
		if strings.ContainsAny(sl.Group+sl.Text.Headline, "<>\"") {
			t.Errorf("unescaped HTML in %+v", sl)
		}
	}
	for _, unwanted := range []string{`"month": 0`, `"day": 0`} {
		if bytes.Contains(out, []byte(unwanted)) {
			t.Errorf("partial date zero-filled: %s", unwanted)
		}
	}
	tests := []struct {
		date       string
		start, end *TLDate
	}{
		{"2031", &TLDate{Year: 2031}, nil},
		{"2031-05", &TLDate{Year: 2031, Month: 5}, nil},
		{"2031-04-03", &TLDate{Year: 2031, Month: 4, Day: 3}, nil},
		{"2031-04-03T09:00", &TLDate{Year: 2031, Month: 4, Day: 3, DisplayDate: "2031-04-03T09:00"}, nil},
		{"2031-W12", &TLDate{Year: 2031, Month: 3, Day: 17, DisplayDate: "2031-W12"}, &TLDate{Year: 2031, Month: 3, Day: 23}},
		{"203X", &TLDate{Year: 2030, Month: 1, Day: 1, DisplayDate: "203X"}, &TLDate{Year: 2039, Month: 12, Day: 31}},
		{"203", &TLDate{Year: 2030, Month: 1, Day: 1, DisplayDate: "203"}, &TLDate{Year: 2039, Month: 12, Day: 31}},
		{"2031-W12-WE", &TLDate{Year: 2031, Month: 3, Day: 22, DisplayDate: "2031-W12-WE"}, &TLDate{Year: 2031, Month: 3, Day: 23}},
		{"2031-04-XX", &TLDate{Year: 2031, Month: 4, DisplayDate: "2031-04-XX"}, nil},
		{"2031-WXX", &TLDate{Year: 2031, DisplayDate: "2031-WXX"}, nil},
	}
	for _, tt := range tests {
		start, end, ok := tlDates(tt.date)
		if !ok || *start != *tt.start || (end == nil) != (tt.end == nil) || end != nil && *end != *tt.end {
			t.Errorf("tlDates(%q) = %+v, %+v", tt.date, start, end)
		}
	}
}

func TestVis(t *testing.T) {
	var doc VisTimeline
	strictJSON(t, render(t, fixture(t), "vis", Options{}), &doc)
	if len(doc.Items) != 11 || len(doc.Groups) != 5 {
		t.Fatalf("%d items, %d groups; want 11, 5 (the formula has only an undated event)", len(doc.Items), len(doc.Groups))
	}
	byID := map[string]VisItem{}
	for _, it := range doc.Items {
		byID[it.ID] = it
	}
	tests := []struct{ id, start, end, typ string }{
		{"ent:person:orla-brandt|evt:meeting", "2031-05-01", "2031-06-01", "range"},
		{"ent:gpe:port-velin|evt:strike-end", "2031-04-03", "", "box"},
		{"ent:gpe:port-velin|evt:strike-start", "2031-03-17", "2031-03-24", "range"},
	}
	for _, tt := range tests {
		it := byID[tt.id]
		if it.Start != tt.start || it.End != tt.end || it.Type != tt.typ {
			t.Errorf("%s = %+v, want %s–%s %s", tt.id, it, tt.start, tt.end, tt.typ)
		}
	}
}

func TestCytoscape(t *testing.T) {
	out := render(t, fixture(t), "cytoscape", Options{})
	if bytes.Contains(out, []byte(`"parent"`)) {
		t.Error(`output has a "parent" key`)
	}
	var doc cytoscapejs.GraphElem
	strictJSON(t, out, &doc)
	var nodes, edges int
	for _, e := range doc.Elements {
		if e.Data.Source != "" {
			edges++
		} else {
			nodes++
		}
	}
	if nodes != 14 || edges != 30 {
		t.Errorf("%d nodes, %d edges; want 14, 30", nodes, edges)
	}
}

func TestXMLFormats(t *testing.T) {
	s := fixture(t)
	var gx gexf12.Content
	if err := xml.Unmarshal(render(t, s, "gexf", Options{}), &gx); err != nil {
		t.Fatal(err)
	}
	if gx.Graph.Mode != "dynamic" || len(gx.Graph.Nodes.Nodes) != 14 || len(gx.Graph.Edges.Edges) != 30 {
		t.Errorf("gexf: mode %q, %d nodes, %d edges", gx.Graph.Mode, len(gx.Graph.Nodes.Nodes), len(gx.Graph.Edges.Edges))
	}
	for _, n := range gx.Graph.Nodes.Nodes {
		if n.ID == "ent:person:tomas-kell" && (n.Label != "Tomas\nKell \\ Jr." || n.Start != "2031-05-01" || n.End != "2031-05-31") {
			t.Errorf("gexf node %+v", n)
		}
	}
	var gm GraphML
	if err := xml.Unmarshal(render(t, s, "graphml", Options{}), &gm); err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	for _, k := range gm.Keys {
		keys[k.ID] = true
	}
	for _, n := range gm.Graph.Nodes {
		for _, d := range n.Data {
			if !keys[d.Key] {
				t.Errorf("graphml data key %q is not declared", d.Key)
			}
		}
	}
	if len(gm.Graph.Nodes) != 14 || len(gm.Graph.Edges) != 30 {
		t.Errorf("graphml: %d nodes, %d edges", len(gm.Graph.Nodes), len(gm.Graph.Edges))
	}
}

func TestNQuads(t *testing.T) {
	out := render(t, fixture(t), "nquads", Options{})
	// Facets and relative predicate IRIs are Dgraph's extensions: strip
	// the one and make the other absolute to read plain N-Quads.
	plain := regexp.MustCompile(`(?m) \([^()]*\) \.$`).ReplaceAll(out, []byte(" ."))
	plain = regexp.MustCompile(`(?m)^(_:n\d+) <([a-z_.]+)> `).ReplaceAll(plain, []byte("$1 <urn:kg:$2> "))
	dec := rdf.NewDecoder(bytes.NewReader(plain))
	var n, names int
	for {
		st, err := dec.Unmarshal()
		if err != nil {
			if !errors.Is(err, io.EOF) {
				t.Fatalf("statement %d: %v", n+1, err)
			}
			break
		}
		n++
		if st.Predicate.Value == "<urn:kg:name>" {
			text, _, _, err := st.Object.Parts()
			if err != nil {
				t.Fatal(err)
			}
			if text == "Tomas\nKell \\ Jr." {
				names++
			}
		}
	}
	if n == 0 || names != 1 {
		t.Errorf("%d statements, name with newline and backslash read back %d times", n, names)
	}
	if !bytes.Contains(out, []byte(`(role="agent", date="2031-04-02", day=2031-04-02T00:00:00Z)`)) {
		t.Error("participation facets missing")
	}
}

func TestFacets(t *testing.T) {
	tests := []struct{ date, want string }{
		{"2031-04-02", `role="agent", date="2031-04-02", day=2031-04-02T00:00:00Z`},
		{"2031-04-02T09:00", `role="agent", date="2031-04-02T09:00", day=2031-04-02T00:00:00Z`},
		{"2031-W14-3", `role="agent", date="2031-W14-3", day=2031-04-02T00:00:00Z`},
		{"2031-W14", `role="agent", date="2031-W14"`},
		{"2031-02-30", `role="agent", date="2031-02-30"`},
		{"", `role="agent"`},
	}
	for _, tt := range tests {
		e := graph.Edge{From: "ent:a", To: "evt:b", Kind: graph.EdgeParticipates, Role: "agent", Date: tt.date}
		if got := facets(e); got != tt.want {
			t.Errorf("facets of a participation on %q = %s, want %s", tt.date, got, tt.want)
		}
	}
}

func TestNeo4jCSV(t *testing.T) {
	dir := t.TempDir()
	if err := Write(&bytes.Buffer{}, fixture(t), "neo4j", Options{Dir: dir}); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, f := range []string{"documents.csv", "entities.csv", "events.csv", "participates.csv", "mentions.csv", "reports.csv", "cooccurs.csv", "before.csv"} {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		header := rows[0]
		for _, row := range rows[1:] {
			if len(row) != len(header) {
				t.Errorf("%s: row %v does not fit header %v", f, row, header)
			}
			for i, c := range row {
				if c != "" && strings.ContainsRune("=+-@", rune(c[0])) {
					t.Errorf("%s: cell %q would run as a formula", f, c)
				}
				if strings.Contains(header[i], ":ID(") {
					ids[c] = true
				}
				if (strings.HasPrefix(header[i], ":START_ID") || strings.HasPrefix(header[i], ":END_ID")) && !ids[c] {
					t.Errorf("%s: %q refers to no node", f, c)
				}
			}
		}
	}
	if !ids["ent:misc:formula"] {
		t.Error("entity ids missing")
	}
}

func TestCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=SUM(A1)", "'=SUM(A1)"},
		{"+1", "'+1"},
		{"-2", "'-2"},
		{"@cmd", "'@cmd"},
		{"\tx", "'\tx"},
		{"Orla", "Orla"},
		{"", ""},
		{"a=b", "a=b"},
	}
	for _, tt := range tests {
		if got := cell(tt.in); got != tt.want {
			t.Errorf("cell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := array([]string{"=x", "a;b"}); got != "'=x;a,b" {
		t.Errorf("array = %q", got)
	}
}
