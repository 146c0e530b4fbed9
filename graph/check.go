package graph

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/dgraph-io/badger/v4"
	"github.com/kgnews/kg/timeml"
)

// Problem is one inconsistency Check found.
type Problem struct {
	What     string `json:"what"`
	Repaired bool   `json:"repaired"`
}

// Check verifies the store's integrity: every index key points at a node
// that exists and agrees with it, every event's participants exist, and
// the stored counts match what is there. With repair it deletes dangling
// index keys, re-creates missing ones and recounts.
func (s *Store) Check(repair bool) ([]Problem, error) {
	var problems []Problem
	c := checker{repair: repair, report: func(what string) { problems = append(problems, Problem{What: what, Repaired: repair}) }}
	var err error
	if repair {
		err = s.db.Update(c.run)
	} else {
		err = s.db.View(c.run)
	}
	return problems, err
}

type checker struct {
	repair bool
	report func(string)
	txn    *badger.Txn
	ents   map[string]*entityRec
	evs    map[string]*eventRec
	docs   int
	edges  int
}

func (c *checker) run(txn *badger.Txn) error {
	c.txn, c.ents, c.evs = txn, map[string]*entityRec{}, map[string]*eventRec{}
	if err := scanValues(txn, []byte{pEntity}, func(e *entityRec) error { c.ents[e.ID] = e; return nil }); err != nil {
		return err
	}
	if err := scanValues(txn, []byte{pEvent}, func(e *eventRec) error {
		c.evs[e.ID] = e
		if err := e.readOverflow(txn); !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}
		return nil // a missing overflow record is reported with the indexes
	}); err != nil {
		return err
	}
	if err := scanValues(txn, []byte{pDoc}, func(d *docRec) error {
		c.docs++
		c.edges += len(d.Entities) + len(d.Events)
		for _, e := range d.Entities {
			if c.ents[e.ID] == nil {
				c.report(fmt.Sprintf("document %s mentions missing entity %s", d.ID, e.ID))
			}
		}
		return nil
	}); err != nil {
		return err
	}
	want := map[string][]byte{} // index keys the nodes imply, with their values
	for _, ev := range c.evs {
		sk := timeml.SortKey(ev.Date)
		want[string(dateKey(ev.Date, ev.ID))] = nil
		k, err := json.Marshal(ev.key())
		if err != nil {
			return err
		}
		want[string(key(pEventKey, ev.ID))] = k
		if ev.Overflow {
			o, err := json.Marshal(ev.overflow())
			if err != nil {
				return err
			}
			want[string(key(pOverflow, ev.ID))] = o
		}
		for _, p := range ev.participants() {
			c.edges++
			if c.ents[p.ID] == nil {
				c.report(fmt.Sprintf("event %s has missing participant %s", ev.ID, p.ID))
				continue
			}
			want[string(key(pTimeline, p.ID, sk, ev.ID))] = nil
		}
	}
	for _, e := range c.ents {
		want[string(key(pAlias, Norm(e.Name), e.ID))] = nil
	}
	if err := scanCooccur(txn, []byte{pCooccur}, func(a, b string, w int) {
		want[string(key(pCoRev, b, a))] = []byte(strconv.Itoa(w))
	}); err != nil {
		return err
	}
	if err := c.indexes(want); err != nil {
		return err
	}
	return c.counts()
}

// indexes compares the stored index keys with the wanted ones.
func (c *checker) indexes(want map[string][]byte) error {
	var dangling [][]byte
	for _, p := range []byte{pByDate, pTimeline, pAlias, pEventKey, pCoRev, pOverflow} {
		it := c.txn.NewIterator(badger.IteratorOptions{Prefix: []byte{p}})
		for it.Rewind(); it.Valid(); it.Next() {
			k := it.Item().KeyCopy(nil)
			if _, ok := want[string(k)]; ok {
				delete(want, string(k))
				continue
			}
			if p == pAlias && c.ents[lastPart(k)] != nil {
				continue // an alias of an existing entity
			}
			c.report(fmt.Sprintf("dangling index key %q", printable(k)))
			dangling = append(dangling, k)
		}
		it.Close()
	}
	for _, k := range sortedKeys(want) {
		v := want[k]
		c.report(fmt.Sprintf("missing index key %q", printable([]byte(k))))
		if c.repair {
			if err := c.txn.Set([]byte(k), v); err != nil {
				return err
			}
		}
	}
	if c.repair {
		for _, k := range dangling {
			if err := c.txn.Delete(k); err != nil {
				return err
			}
		}
	}
	return nil
}

func (c *checker) counts() error {
	if err := scanCooccur(c.txn, []byte{pCooccur}, func(string, string, int) { c.edges++ }); err != nil {
		return err
	}
	var have counters
	if err := getJSON(c.txn, metaKey("counts"), &have); err != nil && err != badger.ErrKeyNotFound {
		return err
	}
	real := counters{Documents: c.docs, Entities: len(c.ents), Events: len(c.evs), Edges: c.edges}
	if have != real {
		c.report(fmt.Sprintf("stored counts %+v differ from the store's contents %+v", have, real))
		if c.repair {
			return setJSON(c.txn, metaKey("counts"), real)
		}
	}
	return nil
}

func lastPart(k []byte) string {
	s := string(k)
	return s[strings.LastIndexByte(s, 0)+1:]
}

func printable(k []byte) string { return strings.ReplaceAll(string(k), "\x00", "/") }
