package graph

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/dgraph-io/badger/v4"
	"github.com/kgnews/kg"
)

// User corrections are kept as overrides under the 'O' prefix and applied
// again whenever a document is merged, so they survive rebuilds:
//
//	O merge 0 form        → entity id: in-document entities with this name join that entity
//	O split 0 form 0 id   → "":        an entity with this name never joins entity id
//	O rename 0 id         → name:      the entity's display name
const (
	ovMerge  = "merge"
	ovSplit  = "split"
	ovRename = "rename"
)

func (m *merger) override(parts ...string) (string, bool) {
	var v string
	err := getJSON(m.txn, key(pOverride, parts...), &v)
	return v, err == nil
}

// Merge folds entity from into entity into: every form, mention, event
// and co-occurrence of from becomes into's, and articles merged later that
// name from's forms join into as well.
func (s *Store) Merge(into, from string) error {
	if into == from {
		return fmt.Errorf("cannot merge an entity with itself")
	}
	err := s.db.Update(func(txn *badger.Txn) error {
		m := &merger{s: s, txn: txn}
		if err := m.load(); err != nil {
			return err
		}
		a, err := m.getEntity(into)
		if err != nil {
			return fmt.Errorf("entity %s: %w", into, err)
		}
		b, err := m.getEntity(from)
		if err != nil {
			return fmt.Errorf("entity %s: %w", from, err)
		}
		forms := append(sortedKeys(b.Forms), b.Name)
		for _, f := range forms {
			if err := txn.Delete(key(pAlias, Norm(f), b.ID)); err != nil {
				return err
			}
			if err := txn.Set(key(pAlias, Norm(f), a.ID), nil); err != nil {
				return err
			}
			if err := setJSON(txn, key(pOverride, ovMerge, Norm(f)), a.ID); err != nil {
				return err
			}
		}
		for f, n := range b.Forms {
			a.Forms[f] += n
		}
		for t, n := range b.Types {
			a.Types[t] += n
		}
		a.Mentions += b.Mentions
		a.Documents += b.Documents
		a.addWhy(fmt.Sprintf("%s merged into it by kg merge (forms %s)", b.Name, strings.Join(sortedKeys(b.Forms), "; ")))
		shared, err := m.moveDocs(b.ID, a.ID, func(entityContrib) bool { return true })
		if err != nil {
			return err
		}
		a.Documents -= shared
		if err := setJSON(txn, key(pEntity, a.ID), a); err != nil {
			return err
		}
		m.c.Entities--
		return txn.Delete(key(pEntity, b.ID))
	})
	if err != nil {
		return err
	}
	_, err = s.Check(true) // recount edges
	return err
}

// Split takes the articles in which entity id is named only by form out of
// it, into an entity of its own, and keeps form from joining id again.
func (s *Store) Split(id, form string) (Entity, error) {
	var out Entity
	err := s.db.Update(func(txn *badger.Txn) error {
		m := &merger{s: s, txn: txn}
		if err := m.load(); err != nil {
			return err
		}
		x, err := m.getEntity(id)
		if err != nil {
			return fmt.Errorf("entity %s: %w", id, err)
		}
		if !x.knows(form) {
			return fmt.Errorf("%s is never called %q (its forms: %s)", x.Name, form, strings.Join(sortedKeys(x.Forms), "; "))
		}
		y, err := m.newEntity(kg.Entity{Name: form, Type: x.typ()})
		if err != nil {
			return err
		}
		only := func(c entityContrib) bool {
			for f := range c.Forms {
				if Norm(f) != Norm(form) {
					return false
				}
			}
			return true
		}
		var moved []entityContrib
		if _, err := m.moveDocsCollect(x.ID, y.ID, only, &moved); err != nil {
			return err
		}
		if len(moved) == 0 {
			return fmt.Errorf("every article that calls %s %q also names it otherwise, so kg cannot tell them apart", x.Name, form)
		}
		for _, c := range moved {
			for f, n := range c.Forms {
				x.Forms[f] -= n
				if x.Forms[f] <= 0 {
					delete(x.Forms, f)
				}
				y.Forms[f] += n
				x.Mentions -= n
				y.Mentions += n
			}
			for t, n := range c.Types {
				x.Types[t] -= n
				y.Types[t] += n
			}
			x.Documents--
			y.Documents++
		}
		if !x.knows(form) {
			if err := txn.Delete(key(pAlias, Norm(form), x.ID)); err != nil {
				return err
			}
		}
		if err := txn.Set(key(pAlias, Norm(form), y.ID), nil); err != nil {
			return err
		}
		if err := setJSON(txn, key(pOverride, ovSplit, Norm(form), x.ID), ""); err != nil {
			return err
		}
		y.addWhy(fmt.Sprintf("split from %s by kg split", x.Name))
		x.addWhy(fmt.Sprintf("%q split off into its own entity by kg split", form))
		if err := setJSON(txn, key(pEntity, y.ID), y); err != nil {
			return err
		}
		out = y.public()
		if x.Documents > 0 {
			return setJSON(txn, key(pEntity, x.ID), x)
		}
		m.c.Entities--
		return txn.Delete(key(pEntity, x.ID))
	})
	if err != nil {
		return Entity{}, err
	}
	_, err = s.Check(true)
	return out, err
}

// Rename gives entity id a new display name, kept when its articles are
// merged again.
func (s *Store) Rename(id, name string) error {
	if strings.TrimSpace(name) == "" {
		return errors.New("the new name is empty")
	}
	return s.db.Update(func(txn *badger.Txn) error {
		e := new(entityRec)
		if err := getJSON(txn, key(pEntity, id), e); err != nil {
			return fmt.Errorf("entity %s: %w", id, err)
		}
		e.addWhy(fmt.Sprintf("renamed from %s by kg rename", e.Name))
		e.Name = name
		if err := txn.Set(key(pAlias, Norm(name), id), nil); err != nil {
			return err
		}
		if err := setJSON(txn, key(pOverride, ovRename, id), name); err != nil {
			return err
		}
		return setJSON(txn, key(pEntity, id), e)
	})
}

// moveDocs hands, in every article, the contributions of entity from that
// take accepts over to entity to: the article's record, its events'
// participants and its co-occurrences. It returns how many articles named
// both.
func (m *merger) moveDocs(from, to string, take func(entityContrib) bool) (int, error) {
	return m.moveDocsCollect(from, to, take, nil)
}

func (m *merger) moveDocsCollect(from, to string, take func(entityContrib) bool, moved *[]entityContrib) (int, error) {
	var docs []*docRec
	if err := scanValues(m.txn, []byte{pDoc}, func(d *docRec) error {
		for _, c := range d.Entities {
			if c.ID == from && take(c) {
				docs = append(docs, d)
				break
			}
		}
		return nil
	}); err != nil {
		return 0, err
	}
	shared := 0
	for _, d := range docs {
		var kept []entityContrib
		var into *entityContrib
		for i := range d.Entities {
			if d.Entities[i].ID == to {
				into = &d.Entities[i]
			}
		}
		for _, c := range d.Entities {
			switch {
			case c.ID != from:
				kept = append(kept, c)
			case into != nil:
				shared++
				addCounts(into, c)
			default:
				if moved != nil {
					*moved = append(*moved, c)
				}
				c.ID = to
				kept = append(kept, c)
			}
		}
		d.Entities = kept
		if err := m.movePairs(d, from, to); err != nil {
			return 0, err
		}
		if err := m.moveEventSources(d, from, to); err != nil {
			return 0, err
		}
		if err := setJSON(m.txn, key(pDoc, d.ID), d); err != nil {
			return 0, err
		}
	}
	return shared, nil
}

func addCounts(into *entityContrib, c entityContrib) {
	for f, n := range c.Forms {
		into.Forms[f] += n
	}
	for t, n := range c.Types {
		into.Types[t] += n
	}
}

// movePairs moves one article's co-occurrences of from to to.
func (m *merger) movePairs(d *docRec, from, to string) error {
	var out []pairContrib
	for _, p := range d.Pairs {
		if p.A != from && p.B != from {
			out = append(out, p)
			continue
		}
		if err := m.bumpPair(p.A, p.B, -p.N); err != nil {
			return err
		}
		other := p.A
		if other == from {
			other = p.B
		}
		if other == to {
			continue
		}
		a, b := to, other
		if b < a {
			a, b = b, a
		}
		if err := m.bumpPair(a, b, p.N); err != nil {
			return err
		}
		out = append(out, pairContrib{A: a, B: b, N: p.N})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].A+"\x00"+out[i].B < out[j].A+"\x00"+out[j].B })
	d.Pairs = out
	return nil
}

// moveEventSources makes to the participant where from was, in the
// sources this article gave its events.
func (m *merger) moveEventSources(d *docRec, from, to string) error {
	for _, id := range d.Events {
		old, err := m.getEvent(id)
		if errors.Is(err, badger.ErrKeyNotFound) {
			continue
		} else if err != nil {
			return err
		}
		ev := *old
		ev.Sources = append([]sourceRec(nil), old.Sources...)
		changed := false
		for i, src := range ev.Sources {
			if src.Doc != d.ID {
				continue
			}
			ps := make([]ParticipantRef, 0, len(src.Participants))
			for _, p := range src.Participants {
				if p.ID == from {
					p.ID, changed = to, true
				}
				dup := false
				for _, q := range ps {
					dup = dup || q.ID == p.ID
				}
				if !dup {
					ps = append(ps, p)
				}
			}
			ev.Sources[i].Participants = ps
		}
		if changed {
			if err := m.putEvent(old, &ev); err != nil {
				return err
			}
		}
	}
	return nil
}

// sortedKeys returns a map's keys in order.
func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }
