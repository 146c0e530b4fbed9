package graph

import (
	"fmt"
	"sort"

	"github.com/dgraph-io/badger/v4"
	"github.com/kgnews/kg"
)

// entityRec is an entity as stored: its public fields plus the counts that
// let a document's contribution be taken back out.
type entityRec struct {
	ID        string                `json:"id"`
	Name      string                `json:"name"`
	Forms     map[string]int        `json:"forms"` // surface form → mentions
	Types     map[kg.EntityType]int `json:"types"` // type → mentions
	Mentions  int                   `json:"mentions"`
	Documents int                   `json:"documents"`
	Why       []string              `json:"why,omitempty"`
}

// maxWhy bounds the explanation lines kept per node.
const maxWhy = 40

func (e *entityRec) typ() kg.EntityType {
	var best kg.EntityType
	n := -1
	for t, c := range e.Types {
		if c > n || c == n && t < best {
			best, n = t, c
		}
	}
	return best
}

func (e *entityRec) public() Entity {
	aliases := make([]string, 0, len(e.Forms))
	for f := range e.Forms {
		aliases = append(aliases, f)
	}
	sort.Strings(aliases)
	return Entity{ID: e.ID, Name: e.Name, Type: e.typ(), Aliases: aliases, Mentions: e.Mentions, Documents: e.Documents, Why: e.Why}
}

func (e *entityRec) addWhy(line string) {
	if len(e.Why) < maxWhy {
		e.Why = append(e.Why, line)
	}
}

// sourceRec is one document's report of an event, with what that report
// said of its date and participants.
type sourceRec struct {
	Source
	Date         string           `json:"date,omitempty"`
	Offset       *int             `json:"offset,omitempty"`
	Participants []ParticipantRef `json:"participants,omitempty"`
	Lemma        string           `json:"lemma"`
	Modality     kg.Modality      `json:"modality,omitempty"`
}

// eventRec is an event as stored.
type eventRec struct {
	ID string `json:"id"`
	// Lemma and Type are those of the chain that created the event.
	Lemma   string       `json:"lemma,omitempty"`
	Type    kg.EventType `json:"type"`
	Sources []sourceRec  `json:"sources"`
	// Unlisted counts reports past maxSources, and Extra holds the
	// participants only they named: a story that a thousand articles
	// retell keeps a record of bounded size. Both live in the event's
	// overflowRec, which Overflow says exists, so that each further report
	// rewrites a few bytes instead of the full record.
	Overflow bool             `json:"overflow,omitempty"`
	Unlisted int              `json:"-"`
	Extra    []ParticipantRef `json:"-"`
	// Date is the finest date the sources agree on; Why says which source.
	Date    string `json:"date"`
	DateWhy string `json:"date_why,omitempty"`
	// Offset and OffsetDoc place a date an undated article gave relative
	// to that article's publication day.
	Offset    *int   `json:"offset,omitempty"`
	OffsetDoc string `json:"offset_doc,omitempty"`
}

// participants is the union of the sources' participants, in order of
// first appearance, one per entity.
func (e *eventRec) participants() []ParticipantRef {
	var out []ParticipantRef
	seen := map[string]bool{}
	lists := make([][]ParticipantRef, 0, len(e.Sources)+1)
	for _, s := range e.Sources {
		lists = append(lists, s.Participants)
	}
	for _, ps := range append(lists, e.Extra) {
		for _, p := range ps {
			if !seen[p.ID] {
				seen[p.ID] = true
				out = append(out, p)
			}
		}
	}
	return out
}

// overflowRec is an event's Unlisted and Extra, stored apart from it.
type overflowRec struct {
	Unlisted int              `json:"unlisted"`
	Extra    []ParticipantRef `json:"extra,omitempty"`
}

func (e *eventRec) overflow() overflowRec { return overflowRec{e.Unlisted, e.Extra} }

// listing is the event without its overflow: what its own record holds.
func (e *eventRec) listing() eventRec {
	c := *e
	c.Overflow = e.Unlisted > 0 || len(e.Extra) > 0
	c.Unlisted, c.Extra = 0, nil
	return c
}

// readEvent reads event id with its overflow.
func readEvent(txn *badger.Txn, id string) (*eventRec, error) {
	e := new(eventRec)
	if err := getJSON(txn, key(pEvent, id), e); err != nil {
		return nil, err
	}
	return e, e.readOverflow(txn)
}

// readOverflow fills Unlisted and Extra from the event's overflowRec.
func (e *eventRec) readOverflow(txn *badger.Txn) error {
	if !e.Overflow {
		return nil
	}
	var o overflowRec
	if err := getJSON(txn, key(pOverflow, e.ID), &o); err != nil {
		return fmt.Errorf("event %s: its unlisted sources: %w", e.ID, err)
	}
	e.Unlisted, e.Extra = o.Unlisted, o.Extra
	return nil
}

// redate picks the event's date from its sources: the finest date that
// every dated source is compatible with, else the first source's.
func (e *eventRec) redate() {
	e.Date, e.DateWhy, e.Offset, e.OffsetDoc = "", "", nil, ""
	for _, s := range e.Sources {
		if s.Date == "" {
			continue
		}
		if e.Date == "" || finerCompatible(e.Date, s.Date) {
			e.Date, e.DateWhy, e.Offset, e.OffsetDoc = s.Date, s.DateWhy, s.Offset, ""
			if s.Offset != nil {
				e.OffsetDoc = s.Doc
			}
			if len(e.Sources) > 1 {
				e.DateWhy += " [source " + s.Doc + "]"
			}
		}
	}
}

// docRec is a document as stored, with everything it contributed so that
// a changed document can be replaced exactly.
type docRec struct {
	Document
	Entities []entityContrib `json:"entities"`
	Events   []string        `json:"events"`
	Pairs    []pairContrib   `json:"pairs"`
}

type entityContrib struct {
	ID    string                `json:"id"`
	Forms map[string]int        `json:"forms"`
	Types map[kg.EntityType]int `json:"types"`
}

type pairContrib struct {
	A, B string
	N    int
}
