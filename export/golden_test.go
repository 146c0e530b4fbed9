package export

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/kgnews/kg/graph"
	gold "github.com/kgnews/kg/internal/golden"
)

// testdata is the shared test data folder of this package.
const testdata = "../testdata/export"

// fixture loads the hand-written snapshot: six entities, six events, two
// documents, with quotes, <, &, newlines, a backslash and a leading "=" in
// names.
func fixture(t testing.TB) graph.Snapshot {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testdata, "snapshot.json"))
	if err != nil {
		t.Fatal(err)
	}
	var s graph.Snapshot
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// golden compares got with testdata/export/name.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	gold.Check(t, filepath.Join(testdata, name), got)
}

// goldenCases are the single-stream outputs checked against golden files.
var goldenCases = []struct {
	file, format string
	opts         Options
}{
	{"cytoscape.golden", "cytoscape", Options{}},
	{"dot.golden", "dot", Options{}},
	{"dot-community.golden", "dot", Options{Cluster: ClusterCommunity, Seed: 1}},
	{"dot-day.golden", "dot", Options{Cluster: ClusterDay}},
	{"gexf.golden", "gexf", Options{}},
	{"graphml.golden", "graphml", Options{}},
	{"json.golden", "json", Options{}},
	{"nquads.golden", "nquads", Options{}},
	{"timeline-json.golden", "timeline-json", Options{}},
	{"timelinejs.golden", "timelinejs", Options{Title: "Port Velin <2031>"}},
	{"vis.golden", "vis", Options{}},
}

// render writes the fixture in a format and fails the test on error.
func render(t *testing.T, s graph.Snapshot, format string, opts Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, s, format, opts); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return b.Bytes()
}

func TestGolden(t *testing.T) {
	s := fixture(t)
	for _, c := range goldenCases {
		t.Run(c.file, func(t *testing.T) {
			got := render(t, s, c.format, c.opts)
			if again := render(t, s, c.format, c.opts); !bytes.Equal(got, again) {
				t.Error("two runs differ")
			}
			golden(t, c.file, got)
		})
	}
}

func TestGoldenDgraphSchema(t *testing.T) {
	var quads, schema bytes.Buffer
	if err := Write(&quads, fixture(t), "nquads", Options{Schema: &schema}); err != nil {
		t.Fatal(err)
	}
	golden(t, "nquads-schema.golden", schema.Bytes())
}

func TestGoldenNeo4j(t *testing.T) {
	dir := t.TempDir()
	var cmd bytes.Buffer
	if err := Write(&cmd, fixture(t), "neo4j", Options{Dir: dir}); err != nil {
		t.Fatal(err)
	}
	golden(t, "neo4j-command.golden", bytes.ReplaceAll(cmd.Bytes(), []byte(dir), []byte("DIR")))
	for _, f := range neo4jFiles(graph.Snapshot{}) {
		b, err := os.ReadFile(filepath.Join(dir, f.name))
		if err != nil {
			t.Fatal(err)
		}
		golden(t, "neo4j-"+f.name+".golden", b)
	}
}

func TestWriteErrors(t *testing.T) {
	s := fixture(t)
	tests := []struct {
		name, format string
		opts         Options
	}{
		{"unknown format", "svg", Options{}},
		{"unknown cluster", "dot", Options{Cluster: "week"}},
		{"neo4j without a directory", "neo4j", Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := Write(&bytes.Buffer{}, s, tt.format, tt.opts); err == nil {
				t.Error("no error")
			}
		})
	}
}

func TestEmptySnapshot(t *testing.T) {
	for _, f := range Formats() {
		opts := Options{Dir: t.TempDir(), Cluster: ClusterCommunity}
		if err := Write(&bytes.Buffer{}, graph.Snapshot{}, f, opts); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}
