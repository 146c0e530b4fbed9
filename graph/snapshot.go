package graph

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/dgraph-io/badger/v4"
)

// Filter limits a Snapshot to a time window; From and To are dates
// ("2017-05-01") or "" for an open end.
type Filter struct {
	From, To string
}

// Snapshot loads the graph, or the part of it dated within the filter's
// window, into memory for analysis and export. With a window, only dated
// events inside it are kept, with the entities and documents they touch.
func (s *Store) Snapshot(f Filter) (Snapshot, error) {
	var snap Snapshot
	evs, err := s.Events(f.From, f.To)
	if err != nil {
		return snap, err
	}
	windowed := f.From != "" || f.To != ""
	keepEnt := map[string]bool{}
	keepDoc := map[string]bool{}
	for _, ev := range evs {
		for _, p := range ev.Participants {
			keepEnt[p.ID] = true
		}
		for _, src := range ev.Sources {
			keepDoc[src.Doc] = true
		}
	}
	snap.Events = evs
	err = s.db.View(func(txn *badger.Txn) error {
		addDoc := func(d *docRec) error {
			snap.Documents = append(snap.Documents, d.Document)
			for _, c := range d.Entities {
				if !windowed || keepEnt[c.ID] {
					snap.Edges = append(snap.Edges, Edge{From: KindDocument + ":" + d.ID, To: c.ID, Kind: EdgeMentions})
				}
			}
			return nil
		}
		addEntity := func(e *entityRec) error {
			snap.Entities = append(snap.Entities, e.public())
			return nil
		}
		addPair := func(a, b string, w int) {
			if !windowed || keepEnt[b] {
				snap.Edges = append(snap.Edges, Edge{From: a, To: b, Kind: EdgeCooccurs, Weight: float64(w)})
			}
		}
		if !windowed {
			if err := scanValues(txn, []byte{pEntity}, addEntity); err != nil {
				return err
			}
			if err := scanValues(txn, []byte{pDoc}, addDoc); err != nil {
				return err
			}
			return scanCooccur(txn, []byte{pCooccur}, addPair)
		}
		// A window reads only the nodes its events touch, by key.
		for _, id := range sortedKeys(keepEnt) {
			e := new(entityRec)
			if err := getJSON(txn, key(pEntity, id), e); err != nil {
				return fmt.Errorf("entity %s: %w", id, err)
			}
			addEntity(e)
			if err := scanCooccur(txn, prefixKey(pCooccur, id), addPair); err != nil {
				return err
			}
		}
		for _, id := range sortedKeys(keepDoc) {
			d := new(docRec)
			if err := getJSON(txn, key(pDoc, id), d); err != nil {
				return fmt.Errorf("document %s: %w", id, err)
			}
			addDoc(d)
		}
		return nil
	})
	snap.Edges = append(snap.Edges, eventEdges(snap.Events)...)
	snap.Sort()
	return snap, err
}

// scanCooccur calls fn for every co-occurrence edge under prefix (all of
// them, or one entity's), in key order.
func scanCooccur(txn *badger.Txn, prefix []byte, fn func(a, b string, w int)) error {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, PrefetchValues: true})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		var w int
		if err := it.Item().Value(func(b []byte) error { return json.Unmarshal(b, &w) }); err != nil {
			return err
		}
		k := string(it.Item().Key()[1:])
		if i := strings.IndexByte(k, 0); i >= 0 {
			fn(k[:i], k[i+1:], w)
		}
	}
	return nil
}

// eventEdges derives participation and report edges from events, and
// "before" edges between consecutive dated events of each entity's
// timeline.
func eventEdges(evs []Event) []Edge {
	var out []Edge
	byEntity := map[string][]Event{}
	reported := map[[2]string]bool{}
	for _, ev := range evs {
		for _, p := range ev.Participants {
			out = append(out, Edge{From: p.ID, To: ev.ID, Kind: EdgeParticipates, Role: p.Role, Date: ev.Date})
			byEntity[p.ID] = append(byEntity[p.ID], ev)
		}
		for _, src := range ev.Sources {
			k := [2]string{KindDocument + ":" + src.Doc, ev.ID}
			if !reported[k] {
				reported[k] = true
				out = append(out, Edge{From: k[0], To: ev.ID, Kind: EdgeReports, Date: ev.Date})
			}
		}
	}
	before := map[[2]string]bool{}
	for _, tl := range byEntity {
		sort.SliceStable(tl, func(i, j int) bool { return tl[i].OrderKey() < tl[j].OrderKey() })
		for i := 1; i < len(tl); i++ {
			a, b := tl[i-1], tl[i]
			if a.Before(b) && !before[[2]string{a.ID, b.ID}] {
				before[[2]string{a.ID, b.ID}] = true
				out = append(out, Edge{From: a.ID, To: b.ID, Kind: EdgeBefore})
			}
		}
	}
	return out
}

// Sort puts every slice of s in id order (edges by from, to and kind), as
// Snapshot gives them.
func (s *Snapshot) Sort() {
	sort.Slice(s.Documents, func(i, j int) bool { return s.Documents[i].ID < s.Documents[j].ID })
	sort.Slice(s.Entities, func(i, j int) bool { return s.Entities[i].ID < s.Entities[j].ID })
	sort.Slice(s.Events, func(i, j int) bool { return s.Events[i].ID < s.Events[j].ID })
	sort.Slice(s.Edges, func(i, j int) bool {
		a, b := s.Edges[i], s.Edges[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.To != b.To {
			return a.To < b.To
		}
		return a.Kind < b.Kind
	})
}
