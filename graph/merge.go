package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/dgraph-io/badger/v4"
	"github.com/kgnews/kg"
	"github.com/kgnews/kg/timeml"
)

// EventKey is what cross-document event coreference compares.
type EventKey struct {
	Lemma        string
	Type         kg.EventType
	Date         string
	Participants []string // entity ids
	// Docs are the documents that reported the event (empty for a new
	// one): a document's own chains are never merged with each other.
	Docs []string `json:",omitempty"`
	// Offset and OffsetDoc are the event's (see Event): they order it,
	// and coreference ignores them.
	Offset    *int   `json:",omitempty"`
	OffsetDoc string `json:",omitempty"`
}

// EventPolicy is how one article's events become graph events. The
// extractor that found them knows their words best, so the CLI plugs its
// rules in; DefaultPolicy needs no lexicon.
type EventPolicy interface {
	// Key summarises a chain of one article's coreferent events (Lemma,
	// Type, Date); the store fills in Participants.
	Key(group []kg.Event) EventKey
	// Reportable reports whether the chain belongs on a timeline at all
	// (a denied event does not).
	Reportable(group []kg.Event) bool
	// Corefer reports whether two events from different articles are one
	// happening, and why.
	Corefer(a, b EventKey) (bool, string)
}

// DefaultPolicy keys a chain by its first event, lists every chain, and
// merges events with the same lemma, compatible dates and a shared
// participant.
type DefaultPolicy struct{}

// Key implements EventPolicy.
func (DefaultPolicy) Key(group []kg.Event) EventKey {
	k := EventKey{Lemma: group[0].Lemma, Type: group[0].Type}
	for _, e := range group {
		k.Date = pickDate(k.Date, e.Date)
	}
	return k
}

// Reportable implements EventPolicy.
func (DefaultPolicy) Reportable([]kg.Event) bool { return true }

// Corefer implements EventPolicy.
func (DefaultPolicy) Corefer(a, b EventKey) (bool, string) {
	if a.Lemma != b.Lemma || !datesAgree(a.Date, b.Date) || !slices.ContainsFunc(a.Participants, func(x string) bool { return slices.Contains(b.Participants, x) }) {
		return false, ""
	}
	return true, "same trigger, compatible dates, shared participant"
}

func datesAgree(a, b string) bool { return a == "" || b == "" || timeml.Compatible(a, b) }

func finerCompatible(have, cand string) bool {
	return timeml.Compatible(have, cand) && timeml.Finer(have, cand) == cand && cand != have
}

// Hash returns the content hash kg stores per document: a document whose
// hash is unchanged is not extracted again.
func Hash(d kg.Document, extractorVersion string) string {
	h := sha256.New()
	for _, s := range []string{extractorVersion, d.ID, d.Title, d.DateString(), d.Source, d.URL, d.Text} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// Unchanged reports whether the store holds document id with this hash.
func (s *Store) Unchanged(id, hash string) bool {
	var d docRec
	err := s.db.View(func(txn *badger.Txn) error { return getJSON(txn, key(pDoc, id), &d) })
	return err == nil && d.Hash == hash
}

// Put stores one document's annotation, replacing whatever an earlier
// version of the document contributed. Everything the document adds or
// removes commits in one transaction: a crash leaves the document either
// whole or absent.
func (s *Store) Put(a kg.Annotation, hash string) error {
	// Candidates are searched in a snapshot taken before the document's
	// writes: an iterator over a write transaction re-sorts its pending
	// writes every time it is made, which made each search cost more the
	// more the document had written.
	view := s.db.NewTransaction(false)
	defer view.Discard()
	err := s.db.Update(func(txn *badger.Txn) error {
		m := &merger{s: s, txn: txn, view: view}
		if err := m.load(); err != nil {
			return err
		}
		if err := m.remove(a.Doc.ID); err != nil {
			return err
		}
		if err := m.add(a, hash); err != nil {
			return err
		}
		return m.save()
	})
	if errors.Is(err, badger.ErrTxnTooBig) {
		return fmt.Errorf("document %s is too large to store in one transaction", a.Doc.ID)
	}
	return err
}

// merger applies one document to the graph inside a transaction.
type merger struct {
	s   *Store
	txn *badger.Txn
	// view, when set, is a read snapshot from before txn's writes, for
	// range scans; nodes are always read through txn.
	view *badger.Txn
	c    counters
}

// scanner returns the transaction to run index scans in.
func (m *merger) scanner() *badger.Txn {
	if m.view != nil {
		return m.view
	}
	return m.txn
}

func (m *merger) load() error {
	err := getJSON(m.txn, metaKey("counts"), &m.c)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil
	}
	return err
}

func (m *merger) save() error { return setJSON(m.txn, metaKey("counts"), m.c) }

func (m *merger) getEntity(id string) (*entityRec, error) {
	e := new(entityRec)
	return e, getJSON(m.txn, key(pEntity, id), e)
}

func (m *merger) getEvent(id string) (*eventRec, error) { return readEvent(m.txn, id) }

// add merges a new document.
func (m *merger) add(a kg.Annotation, hash string) error {
	rec := docRec{Document: Document{ID: a.Doc.ID, Title: a.Doc.Title, Date: a.Doc.DateString(), Source: a.Doc.Source, URL: a.Doc.URL, Origin: a.Doc.Origin, Hash: hash}}
	ids, err := m.resolveEntities(a, &rec)
	if err != nil {
		return err
	}
	if err := m.addEvents(a, ids, &rec); err != nil {
		return err
	}
	if err := m.addPairs(a, ids, &rec); err != nil {
		return err
	}
	m.c.Documents++
	m.c.Edges += len(rec.Entities)
	return setJSON(m.txn, key(pDoc, a.Doc.ID), rec)
}

// resolveEntities maps each in-document entity to a graph entity, creating
// new ones where none matches, and returns in-doc name → entity id.
func (m *merger) resolveEntities(a kg.Annotation, rec *docRec) (map[string]string, error) {
	forms := map[string]map[string]int{}
	types := map[string]map[kg.EntityType]int{}
	for _, mn := range a.Mentions {
		if forms[mn.Entity] == nil {
			forms[mn.Entity] = map[string]int{}
			types[mn.Entity] = map[kg.EntityType]int{}
		}
		forms[mn.Entity][mn.Text]++
		types[mn.Entity][mn.Type]++
	}
	ids := map[string]string{}
	for _, de := range a.Entities {
		if forms[de.Name] == nil {
			continue // an entity with no mention contributes nothing
		}
		e, why, err := m.match(de)
		if err != nil {
			return nil, err
		}
		if e == nil {
			if e, err = m.newEntity(de); err != nil {
				return nil, err
			}
			why = "first seen in " + a.Doc.ID
		} else {
			why = a.Doc.ID + ": " + why
		}
		e.addWhy(why)
		for _, w := range de.Why {
			e.addWhy(a.Doc.ID + ": " + w)
		}
		if _, renamed := m.override(ovRename, e.ID); !renamed && fuller(de.Name, e.Name) {
			e.Name = de.Name // "Ilves" → "Maja Ilves", "ECB" → "European Central Bank"
		}
		for f, n := range forms[de.Name] {
			e.Forms[f] += n
			e.Mentions += n
		}
		for t, n := range types[de.Name] {
			e.Types[t] += n
		}
		e.Documents++
		for f := range forms[de.Name] {
			if err := m.txn.Set(key(pAlias, Norm(f), e.ID), nil); err != nil {
				return nil, err
			}
		}
		if err := m.txn.Set(key(pAlias, Norm(e.Name), e.ID), nil); err != nil {
			return nil, err
		}
		if a := initials(e.Name); a != "" && e.typ() == kg.Org {
			// an article that says only "ECB" finds the European Central Bank
			if err := m.txn.Set(key(pAlias, a, e.ID), nil); err != nil {
				return nil, err
			}
		}
		if err := setJSON(m.txn, key(pEntity, e.ID), e); err != nil {
			return nil, err
		}
		ids[de.Name] = e.ID
		rec.Entities = append(rec.Entities, entityContrib{ID: e.ID, Forms: forms[de.Name], Types: types[de.Name]})
	}
	return ids, nil
}

// fuller reports whether name is a fuller form of old: more words that
// include all of old's, or the words old is the initials of.
func fuller(name, old string) bool {
	if a := initials(name); a != "" && a == Norm(old) {
		return true
	}
	have := tokens(name)
	return len(have) > len(tokens(old)) && !slices.ContainsFunc(tokens(old), func(w string) bool { return !slices.Contains(have, w) })
}

func (m *merger) newEntity(de kg.Entity) (*entityRec, error) {
	base := "ent:" + strings.ToLower(string(de.Type)) + ":" + slug(de.Name)
	id := base
	for n := 2; ; n++ {
		_, err := m.txn.Get(key(pEntity, id))
		if errors.Is(err, badger.ErrKeyNotFound) {
			break
		}
		if err != nil {
			return nil, err
		}
		id = fmt.Sprintf("%s-%d", base, n)
	}
	m.c.Entities++
	name := de.Name
	if n, ok := m.override(ovRename, id); ok {
		name = n
	}
	return &entityRec{ID: id, Name: name, Forms: map[string]int{}, Types: map[kg.EntityType]int{}}, nil
}

// candidates returns the ids of entities known by alias a, in id order.
func (m *merger) candidates(a string) []string {
	var ids []string
	scanKeys(m.scanner(), prefixKey(pAlias, Norm(a)), func(rest string) bool {
		ids = append(ids, rest)
		return true
	})
	return ids
}

// match finds the graph entity an in-document entity refers to: one known
// by its full name, else one known by another of its forms whose own full
// name does not conflict (two different first names with one surname are
// two people). Ties go to the entity with most mentions.
func (m *merger) match(de kg.Entity) (*entityRec, string, error) {
	for _, f := range append([]string{de.Name}, de.Aliases...) {
		if id, ok := m.override(ovMerge, Norm(f)); ok {
			e, err := m.getEntity(id)
			if err == nil {
				return e, fmt.Sprintf("%q was merged into %s by kg merge", f, e.Name), nil
			}
			if !errors.Is(err, badger.ErrKeyNotFound) {
				return nil, "", err
			}
		}
	}
	try := func(alias string, byName bool) (*entityRec, string, error) {
		var best *entityRec
		for _, id := range m.candidates(alias) {
			if _, split := m.override(ovSplit, Norm(de.Name), id); split {
				continue
			}
			e, err := m.getEntity(id)
			if errors.Is(err, badger.ErrKeyNotFound) {
				continue // removed by this document's earlier version
			} else if err != nil {
				return nil, "", err
			}
			if typeClass(string(e.typ())) != typeClass(string(de.Type)) && Norm(e.Name) != Norm(de.Name) {
				continue
			}
			if !byName && conflicts(de, e) {
				continue
			}
			if best == nil || e.Mentions > best.Mentions {
				best = e
			}
		}
		if best == nil {
			return nil, "", nil
		}
		if byName {
			return best, fmt.Sprintf("%q is a known name of %s", de.Name, best.Name), nil
		}
		return best, fmt.Sprintf("%q (for %s) is a known name of %s", alias, de.Name, best.Name), nil
	}
	if e, why, err := try(de.Name, true); e != nil || err != nil {
		return e, why, err
	}
	if a := initials(de.Name); a != "" && de.Type == kg.Org {
		// a full name for an organisation known so far by its acronym only
		for _, id := range m.candidates(a) {
			e, err := m.getEntity(id)
			if errors.Is(err, badger.ErrKeyNotFound) {
				continue
			} else if err != nil {
				return nil, "", err
			}
			if Norm(e.Name) == a && e.typ() == kg.Org {
				return e, fmt.Sprintf("%s is known by its initials %s", de.Name, e.Name), nil
			}
		}
	}
	aliases := append([]string(nil), de.Aliases...)
	sort.Slice(aliases, func(i, j int) bool { return len(aliases[i]) > len(aliases[j]) })
	for _, a := range aliases {
		if Norm(a) == Norm(de.Name) || de.Type == kg.Person && len(tokens(a)) < 2 && len(tokens(de.Name)) >= 2 {
			continue // a full name is matched by itself, never through its surname alone
		}
		if e, why, err := try(a, false); e != nil || err != nil {
			return e, why, err
		}
	}
	return nil, "", nil
}

// conflicts reports whether two names that share an alias are nonetheless
// different referents: both have full names and neither knows the other's.
func conflicts(de kg.Entity, e *entityRec) bool {
	if len(tokens(de.Name)) < 2 || len(tokens(e.Name)) < 2 {
		return false
	}
	for f := range e.Forms {
		if Norm(f) == Norm(de.Name) {
			return false
		}
	}
	for _, a := range de.Aliases {
		if Norm(a) == Norm(e.Name) {
			return false
		}
	}
	return true
}
