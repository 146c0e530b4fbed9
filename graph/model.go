// Package graph is kg's knowledge graph: documents, entities and events as
// nodes, participation, mention, co-occurrence and temporal-order edges, the
// rules that merge one article's entities and events into the graph, and the
// Badger store that keeps it. Only this package knows Badger.
package graph

import (
	"fmt"

	"github.com/kgnews/kg"
	"github.com/kgnews/kg/timeml"
)

// Node kinds, also the prefixes of node ids ("ent:…", "evt:…", "doc:…").
const (
	KindDocument = "doc"
	KindEntity   = "ent"
	KindEvent    = "evt"
)

// Edge kinds.
const (
	EdgeParticipates = "participates" // entity → event, with a role
	EdgeMentions     = "mentions"     // document → entity
	EdgeReports      = "reports"      // document → event
	EdgeCooccurs     = "cooccurs"     // entity → entity, weighted by shared events and sentences
	EdgeBefore       = "before"       // event → event, temporal order
)

// Entity is a node for one real-world entity, merged across documents.
type Entity struct {
	ID        string        `json:"id"`
	Name      string        `json:"name"`
	Type      kg.EntityType `json:"type"`
	Aliases   []string      `json:"aliases"`
	Mentions  int           `json:"mentions"`
	Documents int           `json:"documents"`
	// Why lists how the aliases and documents were merged, one line each.
	Why []string `json:"why,omitempty"`
}

// ParticipantRef names an entity taking part in an event.
type ParticipantRef struct {
	ID   string  `json:"id"`
	Name string  `json:"name"`
	Role kg.Role `json:"role"`
}

// Source is one document's report of an event.
type Source struct {
	Doc      string `json:"doc"`
	Trigger  string `json:"trigger"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence string `json:"sentence"`
	// DateWhy says how this source dated the event.
	DateWhy string `json:"date_why,omitempty"`
}

// Event is a node for one real-world happening, merged across documents.
type Event struct {
	ID   string `json:"id"`
	Date string `json:"date"` // TimeML value or "" when the text does not say
	// Offset, when Date is only partly known (XXXX-WXX-5, XXXX-XX-XX),
	// is its day counted from the publication day of OffsetDoc, an article
	// without a publication date (-3: three days before it). It orders
	// what that article tells.
	Offset    *int   `json:"offset,omitempty"`
	OffsetDoc string `json:"offset_doc,omitempty"`
	// DatePrecision is "day", "week", "month", "quarter", "year", "decade"
	// or "" for an undated event.
	DatePrecision string           `json:"date_precision"`
	Trigger       string           `json:"trigger"`
	Lemma         string           `json:"lemma"`
	Type          kg.EventType     `json:"type"`
	Modality      kg.Modality      `json:"modality,omitempty"`
	Summary       string           `json:"summary"`
	Participants  []ParticipantRef `json:"participants"`
	Sources       []Source         `json:"sources"`
	// MoreSources counts reports beyond those listed in Sources.
	MoreSources int `json:"more_sources,omitempty"`
}

// Document is a node for one ingested article.
type Document struct {
	ID     string `json:"id"`
	Title  string `json:"title,omitempty"`
	Date   string `json:"date,omitempty"`
	Source string `json:"source,omitempty"`
	URL    string `json:"url,omitempty"`
	Origin string `json:"origin,omitempty"`
	Hash   string `json:"hash"`
}

// Edge links two nodes by id.
type Edge struct {
	From   string  `json:"from"`
	To     string  `json:"to"`
	Kind   string  `json:"kind"`
	Role   kg.Role `json:"role,omitempty"`
	Date   string  `json:"date,omitempty"`
	Weight float64 `json:"weight,omitempty"`
}

// Snapshot is a whole graph, or the part of it a query selected, in memory:
// what analysis and exports read. Every slice is sorted by id (edges by
// from, to, kind) so that output built from it is deterministic.
type Snapshot struct {
	Documents []Document `json:"documents"`
	Entities  []Entity   `json:"entities"`
	Events    []Event    `json:"events"`
	Edges     []Edge     `json:"edges"`
}

// OrderKey orders events in time: by date, and the events an undated
// article dates only relative to its publication day by their offsets
// from it, after every dated event; undated events last.
func (e Event) OrderKey() string {
	if e.Offset == nil || timeml.PrecisionOf(e.Date) != "" {
		return timeml.SortKey(e.Date)
	}
	return fmt.Sprintf("~%s\x00%07d", e.OffsetDoc, 1000000+*e.Offset)
}

// Before reports whether e happened before f, as far as their dates or
// their offsets in one undated article tell.
func (e Event) Before(f Event) bool {
	a, oka := timeml.Parse(e.Date)
	b, okb := timeml.Parse(f.Date)
	if oka && okb {
		return !a.End.After(b.Start)
	}
	return !oka && !okb && e.Offset != nil && f.Offset != nil && e.OffsetDoc == f.OffsetDoc && *e.Offset < *f.Offset
}
