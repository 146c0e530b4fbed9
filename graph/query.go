package graph

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/kgnews/kg"
	"github.com/kgnews/kg/timeml"
)

// Entities returns every entity, most documents first, then most
// mentions, then by name and id.
func (s *Store) Entities() ([]Entity, error) {
	var out []Entity
	err := s.db.View(func(txn *badger.Txn) error {
		return scanValues(txn, []byte{pEntity}, func(e *entityRec) error {
			out = append(out, e.public())
			return nil
		})
	})
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Documents != b.Documents {
			return a.Documents > b.Documents
		}
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.ID < b.ID
	})
	return out, err
}

// Entity returns the entity with id.
func (s *Store) Entity(id string) (Entity, error) {
	var e entityRec
	err := s.db.View(func(txn *badger.Txn) error { return getJSON(txn, key(pEntity, id), &e) })
	if errors.Is(err, badger.ErrKeyNotFound) {
		return Entity{}, fmt.Errorf("entity %s: %w", id, ErrNotFound)
	}
	return e.public(), err
}

// AmbiguousError lists the entities a name could mean.
type AmbiguousError struct {
	Name       string
	Candidates []Entity
}

func (e *AmbiguousError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q could mean %d entities; name one of them:", e.Name, len(e.Candidates))
	for _, c := range e.Candidates {
		fmt.Fprintf(&b, "\n  %s (%s, %d mentions, id %s)", c.Name, c.Type, c.Mentions, c.ID)
	}
	return b.String()
}

// Find resolves a name, any alias, case-insensitive, or an entity id to one
// entity. A name that several entities share is resolved to the one whose
// canonical name it is, if exactly one; otherwise an *AmbiguousError lists
// the candidates.
func (s *Store) Find(name string) (Entity, error) {
	if strings.HasPrefix(name, "ent:") {
		return s.Entity(name)
	}
	var cands []Entity
	err := s.db.View(func(txn *badger.Txn) error {
		var ids []string
		scanKeys(txn, prefixKey(pAlias, Norm(name)), func(rest string) bool {
			ids = append(ids, rest)
			return true
		})
		for _, id := range ids {
			var e entityRec
			if err := getJSON(txn, key(pEntity, id), &e); err != nil {
				return err
			}
			cands = append(cands, e.public())
		}
		return nil
	})
	if err != nil {
		return Entity{}, err
	}
	if len(cands) == 0 {
		if cands, err = s.nearNames(name); err != nil {
			return Entity{}, err
		}
	}
	if len(cands) == 0 {
		return Entity{}, fmt.Errorf("no entity is called %q (`kg entities` lists them)", name)
	}
	if len(cands) == 1 {
		return cands[0], nil
	}
	var exact []Entity
	for _, c := range cands {
		if Norm(c.Name) == Norm(name) {
			exact = append(exact, c)
		}
	}
	if len(exact) == 1 {
		return exact[0], nil
	}
	return Entity{}, &AmbiguousError{Name: name, Candidates: cands}
}

// nearNames is Find's fallback when no alias matches: entities whose
// multi-word name lies wholly inside the query ("Apple Corps" for "The
// Beatles Apple Corps"), whose name contains a multi-word query whole, or
// people whose surname a one-word query is. It scans every entity, so it
// runs only when the index has no answer.
func (s *Store) nearNames(name string) ([]Entity, error) {
	q := " " + Norm(name) + " "
	qt := tokens(name)
	var out []Entity
	err := s.db.View(func(txn *badger.Txn) error {
		return scanValues(txn, []byte{pEntity}, func(e *entityRec) error {
			n := " " + Norm(e.Name) + " "
			et := tokens(e.Name)
			surname := len(qt) == 1 && len(et) >= 2 && e.typ() == kg.Person && et[len(et)-1] == qt[0]
			if surname || len(et) >= 2 && strings.Contains(q, n) || len(qt) >= 2 && strings.Contains(n, q) {
				out = append(out, e.public())
			}
			return nil
		})
	})
	return out, err
}

// Timeline returns the events entity id takes part in, in date order
// (undated last).
func (s *Store) Timeline(id string) ([]Event, error) {
	var out []Event
	err := s.db.View(func(txn *badger.Txn) error {
		var ids []string
		scanKeys(txn, prefixKey(pTimeline, id), func(rest string) bool {
			if i := strings.IndexByte(rest, 0); i >= 0 {
				ids = append(ids, rest[i+1:])
			}
			return true
		})
		return s.loadEvents(txn, ids, &out)
	})
	return out, err
}

// Events returns the events dated within [from, to] (either may be "" for
// an open end), in date order. With no window it returns every event,
// undated ones last. A window is answered from the date index: for each
// precision, a seek to the earliest start that can still reach into it.
func (s *Store) Events(from, to string) ([]Event, error) {
	windowed := from != "" || to != ""
	lo, hi := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	if iv, ok := timeml.Parse(from); ok {
		lo = iv.Start
	}
	if iv, ok := timeml.Parse(to); ok {
		hi = iv.End
	}
	var out []Event
	err := s.db.View(func(txn *badger.Txn) error {
		var found []dateEntry
		if !windowed {
			scanKeys(txn, []byte{pByDate}, func(rest string) bool {
				if parts := strings.Split(rest, "\x00"); len(parts) == 3 {
					found = append(found, dateEntry{parts[1], parts[2]})
				}
				return true
			})
		}
		if windowed {
			// Partial dates an undated article gave may be pinned to days
			// when loaded (see pinner): they are read too, and the window
			// is applied after.
			scanKeys(txn, key(pByDate, "~", "~X"), func(rest string) bool {
				if parts := strings.Split(rest, "\x00"); len(parts) == 2 {
					found = append(found, dateEntry{"~X" + parts[0], parts[1]})
				}
				return true
			})
		}
		for p, span := range precisionSpan {
			if !windowed {
				break
			}
			prefix := prefixKey(pByDate, string(p))
			start := append(append([]byte(nil), prefix...), lo.AddDate(0, 0, -span).Format(time.DateOnly)...)
			it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
			for it.Seek(start); it.Valid(); it.Next() {
				parts := strings.Split(string(it.Item().Key()[len(prefix):]), "\x00")
				if len(parts) != 2 || parts[0] >= hi.Format(time.DateOnly) {
					break
				}
				found = append(found, dateEntry{parts[0], parts[1]})
			}
			it.Close()
		}
		sort.Slice(found, func(i, j int) bool {
			if found[i].sortKey != found[j].sortKey {
				return found[i].sortKey < found[j].sortKey
			}
			return found[i].id < found[j].id
		})
		ids := make([]string, len(found))
		for i, f := range found {
			ids[i] = f.id
		}
		return s.loadEvents(txn, ids, &out)
	})
	if !windowed {
		return out, err
	}
	kept := out[:0]
	for _, e := range out {
		if timeml.InWindow(e.Date, from, to) {
			kept = append(kept, e)
		}
	}
	return kept, err
}

type dateEntry struct{ sortKey, id string }

// precisionSpan is the longest span, in days, of a date of each precision:
// how far before a window's start such a date can begin and still overlap.
var precisionSpan = map[timeml.Precision]int{
	timeml.Day: 1, timeml.Weekend: 2, timeml.Week: 7, timeml.Month: 31, timeml.Quarter: 92,
	timeml.Season: 92, timeml.Half: 184, timeml.Year: 366, timeml.Decade: 3653, timeml.Century: 36525,
}

// dateKey is an event's date index key: its precision first, so that a
// window query seeks within each precision; "~" holds the undated.
func dateKey(date, id string) []byte {
	p := string(timeml.PrecisionOf(date))
	if p == "" {
		p = "~"
	}
	return key(pByDate, p, timeml.SortKey(date), id)
}

// loadEvents appends the events with ids, their participants named by
// the graph's current canonical names.
func (s *Store) loadEvents(txn *badger.Txn, ids []string, out *[]Event) error {
	names := map[string]string{}
	pins := pinner{txn: txn, days: map[string]*pin{}}
	for _, id := range ids {
		e, err := readEvent(txn, id)
		if err != nil {
			return fmt.Errorf("event %s: %w", id, err)
		}
		ev := e.public()
		if err := pins.apply(&ev); err != nil {
			return err
		}
		for i, p := range ev.Participants {
			n, ok := names[p.ID]
			if !ok {
				var ent entityRec
				if err := getJSON(txn, key(pEntity, p.ID), &ent); err == nil {
					n = ent.Name
				}
				names[p.ID] = n
			}
			if n != "" {
				ev.Participants[i].Name = n
			}
		}
		ev.Summary = summary(ev)
		*out = append(*out, ev)
	}
	return nil
}

func (e *eventRec) public() Event {
	ev := Event{ID: e.ID, Date: e.Date, Offset: e.Offset, OffsetDoc: e.OffsetDoc, DatePrecision: string(timeml.PrecisionOf(e.Date)), Type: e.Type, Participants: e.participants()}
	if ev.Participants == nil {
		ev.Participants = []ParticipantRef{}
	}
	for _, s := range e.Sources {
		src := s.Source
		if e.DateWhy != "" && s.DateWhy == "" {
			src.DateWhy = "dated by another source: " + e.DateWhy
		}
		ev.Sources = append(ev.Sources, src)
	}
	ev.MoreSources = e.Unlisted
	if len(e.Sources) > 0 {
		first := e.Sources[0]
		ev.Trigger, ev.Lemma, ev.Modality = first.Trigger, first.Lemma, first.Modality
	}
	if e.Lemma != "" {
		ev.Lemma = e.Lemma
	}
	ev.Summary = summary(ev)
	return ev
}

// summary is a one-line account: who, the trigger, who else.
func summary(ev Event) string {
	var agents, others []string
	for _, p := range ev.Participants {
		if p.Role == kg.Agent && len(agents) == 0 {
			agents = append(agents, p.Name)
		} else {
			others = append(others, p.Name)
		}
	}
	s := ev.Trigger
	if len(agents) > 0 {
		s = agents[0] + " " + s
	}
	if ev.Modality != "" {
		s += " (" + string(ev.Modality) + ")"
	}
	if len(others) > 0 {
		s += " — " + strings.Join(others, ", ")
	}
	return s
}

// pinner dates what an undated article tells relative to its publication
// day once another article dates one of its events: that event's day
// less its offset is the publication day, and every other offset counts
// from it.
type pinner struct {
	txn  *badger.Txn
	days map[string]*pin // article → its publication day, nil when unknown
}

type pin struct {
	day time.Time
	why string
}

// apply dates ev from its undated article's publication day, when known.
func (p *pinner) apply(ev *Event) error {
	if ev.Offset == nil || timeml.PrecisionOf(ev.Date) != "" {
		return nil
	}
	pn, err := p.of(ev.OffsetDoc)
	if pn == nil || err != nil {
		return err
	}
	ev.Date = pn.day.AddDate(0, 0, *ev.Offset).Format(time.DateOnly)
	ev.DatePrecision = string(timeml.Day)
	for i, src := range ev.Sources {
		if src.Doc == ev.OffsetDoc {
			ev.Sources[i].DateWhy += fmt.Sprintf("; pinned to %s: %s", ev.Date, pn.why)
		}
	}
	return nil
}

// of finds the publication day of undated article doc from the first of
// its events that another article dates to a day.
func (p *pinner) of(doc string) (*pin, error) {
	if pn, ok := p.days[doc]; ok {
		return pn, nil
	}
	p.days[doc] = nil
	var d docRec
	if err := getJSON(p.txn, key(pDoc, doc), &d); errors.Is(err, badger.ErrKeyNotFound) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	for _, id := range d.Events {
		e, err := readEvent(p.txn, id)
		if errors.Is(err, badger.ErrKeyNotFound) {
			continue
		} else if err != nil {
			return nil, err
		}
		if timeml.PrecisionOf(e.Date) != timeml.Day {
			continue
		}
		for _, src := range e.Sources {
			if src.Doc != doc || src.Offset == nil {
				continue
			}
			iv, _ := timeml.Parse(e.Date)
			day := iv.Start.AddDate(0, 0, -*src.Offset)
			rel := timeml.DaysFrom(*src.Offset) + " that day"
			p.days[doc] = &pin{day: day, why: fmt.Sprintf("%s was published on %s, since its %q, %s, is dated %s by another article", doc, day.Format(time.DateOnly), src.Trigger, rel, e.Date)}
			return p.days[doc], nil
		}
	}
	return nil, nil
}
