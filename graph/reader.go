package graph

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dgraph-io/badger/v4"
	"github.com/kgnews/kg/timeml"
)

// Reader reads single nodes and their links from one consistent view of
// the store, for analyses that need only the part of the graph near a few
// nodes (a path between two entities reads the events around them, not a
// year of news). Events dated outside the window [from, to] are hidden, as
// Snapshot hides them. Close it when done.
type Reader struct {
	s        *Store
	txn      *badger.Txn
	from, to string
}

// NewReader opens a Reader on the store's current state; from and to
// ("" for an open end) bound the events it shows.
func (s *Store) NewReader(from, to string) *Reader {
	return &Reader{s: s, txn: s.db.NewTransaction(false), from: from, to: to}
}

// Close releases the Reader's view of the store.
func (r *Reader) Close() { r.txn.Discard() }

// Entity returns entity id; the error wraps ErrNotFound when there is none.
func (r *Reader) Entity(id string) (Entity, error) {
	var e entityRec
	err := getJSON(r.txn, key(pEntity, id), &e)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return Entity{}, fmt.Errorf("entity %s: %w", id, ErrNotFound)
	}
	return e.public(), err
}

// EntityEvents returns the ids of the events entity id takes part in, in
// date order, from the timeline index.
func (r *Reader) EntityEvents(id string) []string {
	var ids []string
	scanKeys(r.txn, prefixKey(pTimeline, id), func(rest string) bool {
		if i := strings.IndexByte(rest, 0); i >= 0 {
			ids = append(ids, rest[i+1:])
		}
		return true
	})
	return ids
}

// Brief returns event id without its sources: its date, offset and
// participant ids, from its small coreference key; false when it lies
// outside the window.
func (r *Reader) Brief(id string) (Event, bool, error) {
	var k EventKey
	if err := getJSON(r.txn, key(pEventKey, id), &k); err != nil {
		return Event{}, false, fmt.Errorf("event %s: %w", id, err)
	}
	if (r.from != "" || r.to != "") && !timeml.InWindow(k.Date, r.from, r.to) {
		return Event{}, false, nil
	}
	ev := Event{ID: id, Date: k.Date, Offset: k.Offset, OffsetDoc: k.OffsetDoc, DatePrecision: string(timeml.PrecisionOf(k.Date))}
	for _, p := range k.Participants {
		ev.Participants = append(ev.Participants, ParticipantRef{ID: p})
	}
	return ev, true, nil
}

// Cooccurs returns the cooccurs edges of entity id, each as stored (the
// smaller id first), from both ends of the co-occurrence index.
func (r *Reader) Cooccurs(id string) []Edge {
	var out []Edge
	add := func(a, b string, w int) {
		out = append(out, Edge{From: a, To: b, Kind: EdgeCooccurs, Weight: float64(w)})
	}
	// The index is consistent by construction; a scan error leaves the
	// edges read so far.
	_ = scanCooccur(r.txn, prefixKey(pCooccur, id), add)
	_ = scanCooccur(r.txn, prefixKey(pCoRev, id), func(b, a string, w int) { add(a, b, w) })
	return out
}

// Document returns document id, the ids of the entities it mentions and
// of the events it reports; the error wraps ErrNotFound when there is none.
func (r *Reader) Document(id string) (Document, []string, []string, error) {
	var d docRec
	err := getJSON(r.txn, key(pDoc, id), &d)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return Document{}, nil, nil, fmt.Errorf("document %s: %w", id, ErrNotFound)
	} else if err != nil {
		return Document{}, nil, nil, err
	}
	ents := make([]string, 0, len(d.Entities))
	for _, c := range d.Entities {
		ents = append(ents, c.ID)
	}
	return d.Document, ents, d.Events, nil
}

// Event returns event id whole, as Timeline gives it.
func (r *Reader) Event(id string) (Event, error) {
	var out []Event
	if err := r.s.loadEvents(r.txn, []string{id}, &out); err != nil {
		return Event{}, err
	}
	return out[0], nil
}
