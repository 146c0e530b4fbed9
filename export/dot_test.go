package export

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"

	"github.com/kgnews/kg/graph"
	"gonum.org/v1/gonum/graph/encoding/dot"
	"gonum.org/v1/gonum/graph/simple"
)

// graphviz renders DOT with the real dot -Tsvg and returns the SVG. A
// missing dot fails the test: CI installs graphviz.
func graphviz(t *testing.T, src []byte) string {
	t.Helper()
	path, err := exec.LookPath("dot")
	if err != nil {
		t.Fatal("GraphViz dot is not on PATH (apt-get install graphviz)")
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(path, "-Tsvg")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = bytes.NewReader(src), &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("dot -Tsvg: %v\n%s", err, stderr.Bytes())
	}
	if stderr.Len() > 0 {
		t.Fatalf("dot -Tsvg warned:\n%s", stderr.Bytes())
	}
	return stdout.String()
}

// parseDOT reads DOT back with gonum and returns the number of nodes.
func parseDOT(src []byte) (int, error) {
	g := simple.NewDirectedGraph()
	if err := dot.Unmarshal(src, g); err != nil {
		return 0, err
	}
	return g.Nodes().Len(), nil
}

func TestDOTRendersWithGraphviz(t *testing.T) {
	s := fixture(t)
	for _, cluster := range []string{ClusterNone, ClusterCommunity, ClusterDay} {
		t.Run("cluster="+cluster, func(t *testing.T) {
			src := render(t, s, "dot", Options{Cluster: cluster, Seed: 1})
			svg := graphviz(t, src)
			// Names reach the picture exactly as written, escaped for SVG.
			for _, want := range []string{
				"Velin Ferries &lt;Ltd&gt; &amp; Sons",
				"Dockers&#39; Union &quot;Tide&quot;",
				"=SUM(A1:A9)",
				"Kell \\ Jr.",
			} {
				if !strings.Contains(svg, want) {
					t.Errorf("SVG lacks %q", want)
				}
			}
			n, err := parseDOT(src)
			if err != nil {
				t.Fatal(err)
			}
			if want := 2 + 6 + 6; n != want {
				t.Errorf("gonum read back %d nodes, want %d", n, want)
			}
		})
	}
}

func TestDOTNastyNamesRender(t *testing.T) {
	names := []string{
		"tab\there", "nul\x00byte", "bad\xffutf8", "replacement \uFFFD", `label escapes \l \N \G \E`,
		"<table><tr><td>x</td></tr></table>", "<", "&#60; &amp; &", "line\r\nbreak", "{}[];,=", "graph", "\u2028sep",
	}
	for _, name := range names {
		src := render(t, oneOfEach(name), "dot", Options{Cluster: ClusterDay})
		graphviz(t, src)
	}
}

func TestDOTClusters(t *testing.T) {
	s := fixture(t)
	tests := []struct {
		cluster string
		want    []string
	}{
		{ClusterCommunity, []string{"subgraph cluster_1", "subgraph cluster_2", `label="community 1"`}},
		{ClusterDay, []string{`label="2031-04-02"`, `label="2031-04-03"`, `label="2031-05"`, `label="2031"`}},
	}
	for _, tt := range tests {
		src := string(render(t, s, "dot", Options{Cluster: tt.cluster, Seed: 1}))
		for _, w := range tt.want {
			if !strings.Contains(src, w) {
				t.Errorf("cluster %s: output lacks %s", tt.cluster, w)
			}
		}
	}
}

func TestDOTEscaping(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"quotes", `say "hi"`, `"say \"hi\""`},
		{"backslash", `a\b`, `"a\\b"`},
		{"newline", "a\nb", `"a\nb"`},
		{"html-like", "<b>", `"<b>"`},
		{"control characters", "a\tb\x00c\rd", `"a b c d"`},
		{"invalid utf-8", "a\xffb", `"a?b"`},
		{"replacement character", "a\uFFFDb", `"a?b"`},
		{"keyword", "graph", `"graph"`},
	}
	for _, tt := range tests {
		if got := dotQuote(tt.in); got != tt.want {
			t.Errorf("%s: dotQuote(%q) = %s, want %s", tt.name, tt.in, got, tt.want)
		}
	}
	if got := dotLabel("AT&amp;T"); got != `"AT&amp;amp;T"` {
		t.Errorf("dotLabel kept an entity GraphViz would decode: %s", got)
	}
}

// oneOfEach is a snapshot with one node of each kind, all named name.
func oneOfEach(name string) graph.Snapshot {
	return graph.Snapshot{
		Documents: []graph.Document{{ID: "doc:" + name, Title: name}},
		Entities:  []graph.Entity{{ID: "ent:" + name, Name: name, Type: "PERSON"}},
		Events: []graph.Event{{ID: "evt:" + name, Summary: name, Date: name,
			Participants: []graph.ParticipantRef{{ID: "ent:" + name, Role: "agent"}}}},
		Edges: []graph.Edge{
			{From: "doc:" + name, To: "ent:" + name, Kind: graph.EdgeMentions},
			{From: "ent:" + name, To: "evt:" + name, Kind: graph.EdgeParticipates, Role: "agent", Date: name},
		},
	}
}

func FuzzDOTRoundTrip(f *testing.F) {
	for _, seed := range []string{"Orla Brandt", `a "quoted" name`, "<b>bold</b> & co", "line\nbreak", `back\slash`,
		"=1+2", "graph", "\x00\xff", "}", "\\\"", "-- ->", "subgraph x {"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, name string) {
		s := oneOfEach(name)
		for _, cluster := range []string{ClusterNone, ClusterDay, ClusterCommunity} {
			var b bytes.Buffer
			if err := Write(&b, s, "dot", Options{Cluster: cluster}); err != nil {
				t.Fatal(err)
			}
			n, err := parseDOT(b.Bytes())
			if err != nil {
				t.Fatalf("gonum cannot read back:\n%s\n%v", b.Bytes(), err)
			}
			if n != 3 {
				t.Fatalf("read back %d nodes, want 3:\n%s", n, b.Bytes())
			}
		}
	})
}
