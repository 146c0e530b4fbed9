package analysis

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/kgnews/kg/graph"
)

// Neighbors returns the ego network of the node id (an entity "ent:…", an
// event "evt:…" or a document "doc:…"): every entity and event within depth
// steps of it along participates, cooccurs and before edges, the edges
// among them, and the documents that report its events, with their
// mentions of its entities. Documents are not walked through, since one
// article links everything it names; a document's ego network starts from
// the entities it mentions and the events it reports. depth 0 keeps the
// node alone. Neighbors reads through r only the nodes it keeps and their
// timelines. It returns ErrNotFound when id is not a node.
func Neighbors(r Reader, id string, depth int) (graph.Snapshot, error) {
	w := walker{r: r, briefs: map[string]*graph.Event{}, timelines: map[string][]*graph.Event{}, befores: map[string][][2]string{}}
	keep := map[string]bool{id: true}
	frontier := []string{id}
	if err := w.check(id); err != nil {
		return graph.Snapshot{}, err
	}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []string
		for _, x := range frontier {
			adj, err := w.adjacent(x)
			if err != nil {
				return graph.Snapshot{}, err
			}
			for _, y := range adj {
				if !keep[y] {
					keep[y] = true
					next = append(next, y)
				}
			}
		}
		frontier = next
	}
	return w.snapshot(keep, id)
}

// walker reads the graph for Neighbors, remembering what it read.
type walker struct {
	r         Reader
	briefs    map[string]*graph.Event   // event id → brief, nil when hidden
	timelines map[string][]*graph.Event // entity id → its visible events in time order
	befores   map[string][][2]string    // event id → its before pairs
}

const docPrefix = graph.KindDocument + ":"

// check reports ErrNotFound unless id is a node.
func (w *walker) check(id string) error {
	var err error
	switch {
	case strings.HasPrefix(id, graph.KindEntity+":"):
		_, err = w.r.Entity(id)
	case strings.HasPrefix(id, graph.KindEvent+":"):
		var b *graph.Event
		if b, err = w.brief(id); err == nil && b == nil {
			err = graph.ErrNotFound
		}
	case strings.HasPrefix(id, docPrefix):
		_, _, _, err = w.r.Document(strings.TrimPrefix(id, docPrefix))
	default:
		err = graph.ErrNotFound
	}
	if errors.Is(err, graph.ErrNotFound) {
		return fmt.Errorf("%w: %q", ErrNotFound, id)
	}
	return err
}

func (w *walker) brief(id string) (*graph.Event, error) {
	if b, ok := w.briefs[id]; ok {
		return b, nil
	}
	b, ok, err := w.r.Brief(id)
	if err != nil {
		return nil, err
	}
	if !ok {
		w.briefs[id] = nil
		return nil, nil
	}
	w.briefs[id] = &b
	return &b, nil
}

// timeline returns entity id's visible events in time order, ties by id,
// as the before edges of a Snapshot follow them.
func (w *walker) timeline(id string) ([]*graph.Event, error) {
	if tl, ok := w.timelines[id]; ok {
		return tl, nil
	}
	var tl []*graph.Event
	for _, ev := range w.r.EntityEvents(id) {
		b, err := w.brief(ev)
		if err != nil {
			return nil, err
		}
		if b != nil {
			tl = append(tl, b)
		}
	}
	sort.SliceStable(tl, func(i, j int) bool {
		a, b := tl[i].OrderKey(), tl[j].OrderKey()
		return a < b || a == b && tl[i].ID < tl[j].ID
	})
	w.timelines[id] = tl
	return tl, nil
}

// before returns the events next to ev in its participants' timelines
// that a before edge links it with: (earlier, ev) and (ev, later) pairs.
func (w *walker) before(ev *graph.Event) ([][2]string, error) {
	if out, ok := w.befores[ev.ID]; ok {
		return out, nil
	}
	var out [][2]string
	for _, p := range ev.Participants {
		tl, err := w.timeline(p.ID)
		if err != nil {
			return nil, err
		}
		for i, x := range tl {
			if x.ID != ev.ID {
				continue
			}
			if i > 0 && tl[i-1].Before(*x) {
				out = append(out, [2]string{tl[i-1].ID, x.ID})
			}
			if i+1 < len(tl) && x.Before(*tl[i+1]) {
				out = append(out, [2]string{x.ID, tl[i+1].ID})
			}
		}
	}
	w.befores[ev.ID] = out
	return out, nil
}

// adjacent returns the nodes one step from x.
func (w *walker) adjacent(x string) ([]string, error) {
	var out []string
	switch {
	case strings.HasPrefix(x, graph.KindEntity+":"):
		tl, err := w.timeline(x)
		if err != nil {
			return nil, err
		}
		for _, ev := range tl {
			out = append(out, ev.ID)
		}
		for _, e := range w.r.Cooccurs(x) {
			out = append(out, other(e, x))
		}
	case strings.HasPrefix(x, graph.KindEvent+":"):
		ev, err := w.brief(x)
		if err != nil || ev == nil {
			return nil, err
		}
		for _, p := range ev.Participants {
			out = append(out, p.ID)
		}
		pairs, err := w.before(ev)
		if err != nil {
			return nil, err
		}
		for _, p := range pairs {
			out = append(out, other(graph.Edge{From: p[0], To: p[1]}, x))
		}
	case strings.HasPrefix(x, docPrefix):
		_, ents, evs, err := w.r.Document(strings.TrimPrefix(x, docPrefix))
		if err != nil {
			return nil, err
		}
		out = append(out, ents...)
		for _, ev := range evs {
			if b, err := w.brief(ev); err != nil {
				return nil, err
			} else if b != nil {
				out = append(out, ev)
			}
		}
	}
	return out, nil
}

func other(e graph.Edge, x string) string {
	if e.From == x {
		return e.To
	}
	return e.From
}

// snapshot assembles the kept nodes, the documents reporting the kept
// events (and start, when it is a document) and the edges among them.
func (w *walker) snapshot(keep map[string]bool, start string) (graph.Snapshot, error) {
	var s graph.Snapshot
	seen := map[graph.Edge]bool{}
	edge := func(e graph.Edge) {
		if keep[e.From] && keep[e.To] && !seen[e] {
			seen[e] = true
			s.Edges = append(s.Edges, e)
		}
	}
	docs := map[string]bool{}
	if strings.HasPrefix(start, docPrefix) {
		docs[strings.TrimPrefix(start, docPrefix)] = true
	}
	for _, id := range sortedIDs(keep) {
		switch {
		case strings.HasPrefix(id, graph.KindEntity+":"):
			e, err := w.r.Entity(id)
			if err != nil {
				return s, err
			}
			s.Entities = append(s.Entities, e)
		case strings.HasPrefix(id, graph.KindEvent+":"):
			ev, err := w.r.Event(id)
			if err != nil {
				return s, err
			}
			s.Events = append(s.Events, ev)
			for _, src := range ev.Sources {
				docs[src.Doc] = true
			}
		}
	}
	for d := range docs {
		keep[docPrefix+d] = true
	}
	for _, d := range sortedIDs(docs) {
		doc, ents, _, err := w.r.Document(d)
		if err != nil {
			return s, err
		}
		s.Documents = append(s.Documents, doc)
		for _, e := range ents {
			edge(graph.Edge{From: docPrefix + d, To: e, Kind: graph.EdgeMentions})
		}
	}
	for _, ev := range s.Events {
		for _, p := range ev.Participants {
			edge(graph.Edge{From: p.ID, To: ev.ID, Kind: graph.EdgeParticipates, Role: p.Role, Date: ev.Date})
		}
		for _, src := range ev.Sources {
			edge(graph.Edge{From: docPrefix + src.Doc, To: ev.ID, Kind: graph.EdgeReports, Date: ev.Date})
		}
		b, err := w.brief(ev.ID)
		if err != nil {
			return s, err
		}
		pairs, err := w.before(b)
		if err != nil {
			return s, err
		}
		for _, p := range pairs {
			edge(graph.Edge{From: p[0], To: p[1], Kind: graph.EdgeBefore})
		}
	}
	for _, e := range s.Entities {
		for _, c := range w.r.Cooccurs(e.ID) {
			edge(c)
		}
	}
	s.Sort()
	return s, nil
}

func sortedIDs(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
