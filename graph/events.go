package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/kgnews/kg"
	"github.com/kgnews/kg/timeml"
)

// maxSources bounds the reports an event lists; more are counted. It also
// bounds the participants that only unlisted reports name. Sixteen
// reports say who told a story; reading more made every timeline through
// a much-retold story slow (each report is some 600 bytes of record).
const maxSources = 16

// withSources returns a copy of e with another document's reports added,
// listed while there is room and counted after that.
func (e *eventRec) withSources(srcs []sourceRec, why string) *eventRec {
	cp := *e
	cp.Sources = append([]sourceRec(nil), e.Sources...)
	for _, s := range srcs {
		if len(cp.Sources) >= maxSources {
			cp.Unlisted++
			known := cp.participants()
			for _, p := range s.Participants {
				if len(cp.Extra) < maxSources && !slices.ContainsFunc(known, func(q ParticipantRef) bool { return q.ID == p.ID }) {
					cp.Extra = append(cp.Extra, p)
					known = append(known, p)
				}
			}
			continue
		}
		s.DateWhy = strings.TrimSpace(s.DateWhy + " (merged: " + why + ")")
		cp.Sources = append(cp.Sources, s)
	}
	return &cp
}

// maxCandidates bounds how many of a participant's events are compared
// with a new event: enough for any story, bounded for the largest entity.
const maxCandidates = 200

// addEvents merges the document's events, one group per in-document
// coreference chain (Ref), into the graph.
func (m *merger) addEvents(a kg.Annotation, ids map[string]string, rec *docRec) error {
	groups := groupEvents(a.Events)
	for _, g := range groups {
		srcs := make([]sourceRec, 0, len(g))
		for _, ev := range g {
			srcs = append(srcs, m.source(a, ev, ids))
		}
		if !m.policy().Reportable(g) {
			continue
		}
		key := m.policy().Key(g)
		key.Participants = nil
		for _, s := range srcs {
			for _, p := range s.Participants {
				if !slices.Contains(key.Participants, p.ID) {
					key.Participants = append(key.Participants, p.ID)
				}
			}
		}
		if len(key.Participants) == 0 {
			continue // an event no known entity takes part in is on no timeline
		}
		old, why, err := m.findEvent(key, a.Doc.ID)
		if err != nil {
			return err
		}
		var ev *eventRec
		if old != nil {
			ev = old.withSources(srcs, why)
		} else {
			id, err := m.freeEventID(a.Doc.ID, g[0].Start)
			if err != nil {
				return err
			}
			ev = &eventRec{ID: id, Lemma: key.Lemma, Type: key.Type, Sources: srcs}
		}
		ev.redate()
		if err := m.putEvent(old, ev); err != nil {
			return err
		}
		rec.Events = append(rec.Events, ev.ID)
		m.c.Edges++ // document reports event
	}
	return nil
}

func pickDate(have, cand string) string {
	if have == "" || finerCompatible(have, cand) {
		return cand
	}
	return have
}

// groupEvents splits a document's events into coreference chains, in
// order of their first mention.
func groupEvents(evs []kg.Event) [][]kg.Event {
	var out [][]kg.Event
	byRef := map[int]int{}
	for _, ev := range evs {
		if ev.Ref != 0 {
			if i, ok := byRef[ev.Ref]; ok {
				out[i] = append(out[i], ev)
				continue
			}
			byRef[ev.Ref] = len(out)
		}
		out = append(out, []kg.Event{ev})
	}
	return out
}

// freeEventID derives a new event's id from the document and trigger
// offset that first reported it. An event keeps its id when that first
// source is later replaced, so a taken id gets a numeric suffix.
func (m *merger) freeEventID(doc string, start int) (string, error) {
	h := sha256.Sum256([]byte(doc + "\x00" + strconv.Itoa(start)))
	base := "evt:" + hex.EncodeToString(h[:8])
	id := base
	for n := 2; ; n++ {
		_, err := m.txn.Get(key(pEvent, id))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return id, nil
		}
		if err != nil {
			return "", err
		}
		id = base + "-" + strconv.Itoa(n)
	}
}

// source turns one event mention into a stored source.
func (m *merger) source(a kg.Annotation, ev kg.Event, ids map[string]string) sourceRec {
	s := sourceRec{
		Source: Source{Doc: a.Doc.ID, Trigger: ev.Trigger, Start: ev.Start, End: ev.End, DateWhy: ev.DateWhy},
		Date:   ev.Date, Offset: ev.Offset, Lemma: ev.Lemma, Modality: ev.Modality,
	}
	if ev.Sentence.End > ev.Sentence.Start && ev.Sentence.End <= len(a.Doc.Text) {
		s.Sentence = strings.Join(strings.Fields(a.Doc.Text[ev.Sentence.Start:ev.Sentence.End]), " ")
	}
	for _, p := range ev.Participants {
		id, ok := ids[p.Name]
		if !ok {
			continue
		}
		dup := false
		for _, q := range s.Participants {
			dup = dup || q.ID == id
		}
		if !dup {
			s.Participants = append(s.Participants, ParticipantRef{ID: id, Name: p.Name, Role: p.Role})
		}
	}
	return s
}

// findEvent looks, among the nearby events of the new event's
// participants, for one the Corefer rule says is the same happening,
// skipping events the same document already reported (in-document
// coreference is the extractor's call).
func (m *merger) findEvent(k EventKey, doc string) (*eventRec, string, error) {
	tried := map[string]bool{}
	for _, p := range k.Participants {
		for _, id := range m.nearby(p, k.Date) {
			if tried[id] {
				continue
			}
			tried[id] = true
			var cand EventKey
			if err := getJSON(m.txn, key(pEventKey, id), &cand); errors.Is(err, badger.ErrKeyNotFound) {
				continue // removed by this document's earlier version
			} else if err != nil {
				return nil, "", err
			}
			if slices.Contains(cand.Docs, doc) {
				continue
			}
			if ok, why := m.policy().Corefer(k, cand); ok {
				ev, err := m.getEvent(id)
				return ev, why, err
			}
		}
	}
	return nil, "", nil
}

// nearby returns the ids of entity p's events that a new event dated date
// could be: for a calendar date, those starting from a month before it to
// its end, and the undated ones; otherwise the latest ones. The count is
// bounded, so adding an article costs the same in a store of any size.
func (m *merger) nearby(p, date string) []string {
	prefix := prefixKey(pTimeline, p)
	var ids []string
	add := func(k []byte) {
		rest := string(k[len(prefix):])
		if i := strings.IndexByte(rest, 0); i >= 0 {
			ids = append(ids, rest[i+1:])
		}
	}
	iv, dated := timeml.Parse(date)
	if dated {
		it := m.scanner().NewIterator(badger.IteratorOptions{Prefix: prefix})
		end := iv.End.Format(time.DateOnly)
		for it.Seek(append(prefix[:len(prefix):len(prefix)], iv.Start.AddDate(0, 0, -31).Format(time.DateOnly)...)); it.Valid() && len(ids) < maxCandidates; it.Next() {
			if k := it.Item().Key(); string(k[len(prefix):]) >= end {
				break
			} else {
				add(k)
			}
		}
		it.Close()
	}
	it := m.scanner().NewIterator(badger.IteratorOptions{Prefix: prefix, Reverse: true})
	defer it.Close()
	for it.Seek(append(prefix[:len(prefix):len(prefix)], 0xff)); it.Valid() && len(ids) < 2*maxCandidates; it.Next() {
		k := it.Item().Key()
		if dated && k[len(prefix)] != '~' {
			break // dated candidates came from the window
		}
		add(k)
	}
	return ids
}

func (m *merger) policy() EventPolicy {
	if m.s.Policy == nil {
		return DefaultPolicy{}
	}
	return m.s.Policy
}

func (e *eventRec) key() EventKey {
	k := EventKey{Lemma: e.Lemma, Type: e.Type, Date: e.Date, Offset: e.Offset, OffsetDoc: e.OffsetDoc}
	if k.Lemma == "" && len(e.Sources) > 0 {
		k.Lemma = e.Sources[0].Lemma
	}
	for _, p := range e.participants() {
		k.Participants = append(k.Participants, p.ID)
	}
	for _, s := range e.Sources {
		if !slices.Contains(k.Docs, s.Doc) {
			k.Docs = append(k.Docs, s.Doc)
		}
	}
	return k
}

// putEvent writes ev in place of old (nil for a new event), keeping the
// timeline and date indexes and the edge count in step. It writes only
// what changed: a report past the listed ones touches the overflow record
// alone.
func (m *merger) putEvent(old, ev *eventRec) error {
	var was eventRec
	var wasKeys []string
	if old != nil {
		ps := old.participants()
		was, wasKeys = old.listing(), old.indexKeys(ps)
		m.c.Edges -= len(ps)
	} else {
		m.c.Events++
	}
	ps := ev.participants()
	keys := ev.indexKeys(ps)
	for _, k := range wasKeys {
		if !slices.Contains(keys, k) {
			if err := m.txn.Delete([]byte(k)); err != nil {
				return err
			}
		}
	}
	for _, k := range keys {
		if !slices.Contains(wasKeys, k) {
			if err := m.txn.Set([]byte(k), nil); err != nil {
				return err
			}
		}
	}
	m.c.Edges += len(ps)
	if k := ev.key(); old == nil || !reflect.DeepEqual(old.key(), k) {
		if err := setJSON(m.txn, key(pEventKey, ev.ID), k); err != nil {
			return err
		}
	}
	now := ev.listing()
	switch {
	case now.Overflow && (old == nil || !reflect.DeepEqual(old.overflow(), ev.overflow())):
		if err := setJSON(m.txn, key(pOverflow, ev.ID), ev.overflow()); err != nil {
			return err
		}
	case !now.Overflow && was.Overflow:
		if err := m.txn.Delete(key(pOverflow, ev.ID)); err != nil {
			return err
		}
	}
	if old != nil && reflect.DeepEqual(was, now) {
		return nil
	}
	return setJSON(m.txn, key(pEvent, ev.ID), now)
}

// indexKeys are the index entries an event with participants ps implies:
// one timeline key per participant and its date key.
func (e *eventRec) indexKeys(ps []ParticipantRef) []string {
	sk := timeml.SortKey(e.Date)
	keys := make([]string, 0, len(ps)+1)
	for _, p := range ps {
		keys = append(keys, string(key(pTimeline, p.ID, sk, e.ID)))
	}
	return append(keys, string(dateKey(e.Date, e.ID)))
}

// dropEvent deletes an event that no source reports any more, with its
// indexes and overflow.
func (m *merger) dropEvent(ev *eventRec) error {
	m.c.Events--
	ps := ev.participants()
	m.c.Edges -= len(ps)
	for _, k := range ev.indexKeys(ps) {
		if err := m.txn.Delete([]byte(k)); err != nil {
			return err
		}
	}
	for _, p := range []byte{pEventKey, pOverflow, pEvent} {
		if err := m.txn.Delete(key(p, ev.ID)); err != nil {
			return err
		}
	}
	return nil
}

// addPairs counts, for every sentence, the pairs of entities mentioned in
// it: the co-occurrence edges.
func (m *merger) addPairs(a kg.Annotation, ids map[string]string, rec *docRec) error {
	counts := map[[2]string]int{}
	si := 0
	var inSent []string
	flush := func() {
		sort.Strings(inSent)
		for i := 0; i < len(inSent); i++ {
			for j := i + 1; j < len(inSent); j++ {
				if inSent[i] != inSent[j] {
					counts[[2]string{inSent[i], inSent[j]}]++
				}
			}
		}
		inSent = inSent[:0]
	}
	for _, mn := range a.Mentions {
		for si < len(a.Sentences) && a.Sentences[si].End <= mn.Start {
			si++
			flush()
		}
		if id, ok := ids[mn.Entity]; ok && !slices.Contains(inSent, id) {
			inSent = append(inSent, id)
		}
	}
	flush()
	pairs := make([][2]string, 0, len(counts))
	for p := range counts {
		pairs = append(pairs, p)
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i][0]+"\x00"+pairs[i][1] < pairs[j][0]+"\x00"+pairs[j][1] })
	for _, p := range pairs {
		if err := m.bumpPair(p[0], p[1], counts[p]); err != nil {
			return err
		}
		rec.Pairs = append(rec.Pairs, pairContrib{A: p[0], B: p[1], N: counts[p]})
	}
	return nil
}

func (m *merger) bumpPair(a, b string, n int) error {
	k := key(pCooccur, a, b)
	var w int
	if err := getJSON(m.txn, k, &w); err != nil && !errors.Is(err, badger.ErrKeyNotFound) {
		return err
	}
	switch {
	case w == 0 && w+n > 0:
		m.c.Edges++
	case w > 0 && w+n <= 0:
		m.c.Edges--
	}
	w += n
	rev := key(pCoRev, b, a)
	if w <= 0 {
		if err := m.txn.Delete(rev); err != nil {
			return err
		}
		return m.txn.Delete(k)
	}
	if err := setJSON(m.txn, rev, w); err != nil {
		return err
	}
	return setJSON(m.txn, k, w)
}

// remove takes out everything an earlier version of document id
// contributed; a document never stored is a no-op.
func (m *merger) remove(id string) error {
	var d docRec
	if err := getJSON(m.txn, key(pDoc, id), &d); errors.Is(err, badger.ErrKeyNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	for _, evID := range d.Events {
		ev, err := m.getEvent(evID)
		if errors.Is(err, badger.ErrKeyNotFound) {
			continue
		} else if err != nil {
			return err
		}
		kept := *ev
		kept.Sources = nil
		for _, s := range ev.Sources {
			if s.Doc != id {
				kept.Sources = append(kept.Sources, s)
			}
		}
		if len(kept.Sources) == len(ev.Sources) && kept.Unlisted > 0 {
			kept.Unlisted-- // this document's report was one of those counted
		}
		m.c.Edges--
		if len(kept.Sources) > 0 {
			kept.redate()
			if err := m.putEvent(ev, &kept); err != nil {
				return err
			}
			continue
		}
		if err := m.dropEvent(ev); err != nil {
			return err
		}
	}
	for _, p := range d.Pairs {
		if err := m.bumpPair(p.A, p.B, -p.N); err != nil {
			return err
		}
	}
	for _, c := range d.Entities {
		if err := m.takeEntity(c); err != nil {
			return err
		}
	}
	m.c.Edges -= len(d.Entities)
	m.c.Documents--
	return m.txn.Delete(key(pDoc, id))
}

// takeEntity subtracts one document's contribution from an entity,
// deleting the entity when no document mentions it any more.
func (m *merger) takeEntity(c entityContrib) error {
	e, err := m.getEntity(c.ID)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	for f, n := range c.Forms {
		e.Forms[f] -= n
		e.Mentions -= n
		if e.Forms[f] <= 0 {
			delete(e.Forms, f)
			if Norm(f) != Norm(e.Name) && !e.knows(f) {
				if err := m.txn.Delete(key(pAlias, Norm(f), e.ID)); err != nil {
					return err
				}
			}
		}
	}
	for t, n := range c.Types {
		if e.Types[t] -= n; e.Types[t] <= 0 {
			delete(e.Types, t)
		}
	}
	e.Documents--
	if e.Documents > 0 {
		return setJSON(m.txn, key(pEntity, e.ID), e)
	}
	m.c.Entities--
	if err := m.txn.Delete(key(pAlias, Norm(e.Name), e.ID)); err != nil {
		return err
	}
	if a := initials(e.Name); a != "" {
		if err := m.txn.Delete(key(pAlias, a, e.ID)); err != nil {
			return err
		}
	}
	return m.txn.Delete(key(pEntity, e.ID))
}

// knows reports whether another remaining form normalises like f.
func (e *entityRec) knows(f string) bool {
	for g := range e.Forms {
		if Norm(g) == Norm(f) {
			return true
		}
	}
	return false
}
