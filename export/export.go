// Package export writes a graph.Snapshot in the formats people load into
// other tools: GraphViz DOT, a plain JSON graph, per-entity timelines
// (plain JSON, Knight Lab TimelineJS, vis-timeline), GEXF for Gephi,
// GraphML, Cytoscape.js, RDF N-Quads with a Dgraph schema, and CSV files
// for neo4j-admin import. It reads only the Snapshot (and the analysis
// package for DOT clusters), never the store or the extractor.
//
// Every format is deterministic: the same snapshot gives the same bytes.
// docs/export.md describes each schema and how to load it.
package export

import (
	"errors"
	"fmt"
	"io"
	"sort"

	"github.com/kgnews/kg/graph"
)

// Errors returned by Write.
var (
	// ErrFormat means the format name is not one of Formats().
	ErrFormat = errors.New("export: unknown format")
	// ErrOption means an option is missing or has a value the format
	// does not know.
	ErrOption = errors.New("export: bad option")
)

// Cluster values for Options.Cluster.
const (
	ClusterNone      = ""
	ClusterCommunity = "community"
	ClusterDay       = "day"
)

// Options tune the formats that need more than the snapshot.
type Options struct {
	// Cluster groups DOT nodes into boxes: ClusterCommunity puts the
	// entities of each community (analysis.Communities, two members or
	// more) in one box, ClusterDay puts the events of each date in one.
	Cluster string
	// Seed drives community detection for ClusterCommunity.
	Seed uint64
	// Title heads the TimelineJS title slide ("kg timeline" when empty).
	Title string
	// Schema receives the Dgraph schema that goes with "nquads"; nil
	// writes none.
	Schema io.Writer
	// Dir is the directory "neo4j" writes its CSV files into; it is
	// created if need be. Write's writer then gets the import command.
	Dir string
}

// writer writes one format.
type writer func(w io.Writer, s graph.Snapshot, opts Options) error

// writers maps format names to their writers.
var writers = map[string]writer{
	"cytoscape":     writeCytoscape,
	"dot":           writeDOT,
	"gexf":          writeGEXF,
	"graphml":       writeGraphML,
	"json":          writeJSON,
	"neo4j":         writeNeo4j,
	"nquads":        writeNQuads,
	"timeline-json": writeTimelineJSON,
	"timelinejs":    writeTimelineJS,
	"vis":           writeVis,
}

// Formats returns the names Write accepts, sorted.
func Formats() []string {
	out := make([]string, 0, len(writers))
	for f := range writers {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

// Write writes s to w in the named format.
func Write(w io.Writer, s graph.Snapshot, format string, opts Options) error {
	f, ok := writers[format]
	if !ok {
		return fmt.Errorf("%w %q (want one of %v)", ErrFormat, format, Formats())
	}
	return f(w, s, opts)
}
