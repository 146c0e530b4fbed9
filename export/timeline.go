package export

import (
	"encoding/json"
	"io"

	"github.com/kgnews/kg/graph"
	"github.com/kgnews/kg/timeline"
)

// writeJSONValue writes v as indented JSON without HTML escaping, so that
// names read as they are.
func writeJSONValue(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// writeTimelineJSON writes every entity's timeline as one JSON array, each
// shaped as `kg timeline --format json` prints it.
func writeTimelineJSON(w io.Writer, s graph.Snapshot, _ Options) error {
	return writeJSONValue(w, timeline.All(s))
}
