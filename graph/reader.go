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

// EventParticipants returns the ids of the entities taking part in event
// id, none when the event lies outside the window. It reads the event's
// small coreference key, not its sources.
func (r *Reader) EventParticipants(id string) ([]string, error) {
	var k EventKey
	if err := getJSON(r.txn, key(pEventKey, id), &k); err != nil {
		return nil, fmt.Errorf("event %s: %w", id, err)
	}
	if (r.from != "" || r.to != "") && !timeml.InWindow(k.Date, r.from, r.to) {
		return nil, nil
	}
	return k.Participants, nil
}

// Event returns event id whole, as Timeline gives it.
func (r *Reader) Event(id string) (Event, error) {
	var out []Event
	if err := r.s.loadEvents(r.txn, []string{id}, &out); err != nil {
		return Event{}, err
	}
	return out[0], nil
}
