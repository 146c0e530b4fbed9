// Package kg defines the domain types that every stage of the pipeline
// shares: a Document read from disk, and the Annotation that extraction
// produces for it (entity mentions, time expressions, events). The types are
// defined here once; the packages below import them and nothing else of each
// other's internals.
//
// Offsets (Start, End) are always byte offsets into Document.Text exactly as
// it was read, so that they stay true even where scraped junk was skipped.
package kg

import "time"

// Document is one article as read from an input file.
type Document struct {
	ID     string    `json:"id"`
	Title  string    `json:"title,omitempty"`
	Source string    `json:"source,omitempty"`
	URL    string    `json:"url,omitempty"`
	Date   time.Time `json:"-"` // publication date (UTC midnight); zero when unknown
	Text   string    `json:"-"`
	// Origin names where the document came from, "path" or "path:line",
	// for messages.
	Origin string `json:"-"`
}

// HasDate reports whether the publication date is known.
func (d Document) HasDate() bool { return !d.Date.IsZero() }

// DateString returns the publication date as YYYY-MM-DD, or "" when unknown.
func (d Document) DateString() string {
	if d.Date.IsZero() {
		return ""
	}
	return d.Date.Format("2006-01-02")
}

// Span is a half-open byte range [Start, End) of a document's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// EntityType is the class of a named entity.
type EntityType string

// Entity types. PERSON, ORG, GPE and LOC follow the ACE/OntoNotes classes;
// PRODUCT and MISC hold other named things a user may follow.
const (
	Person  EntityType = "PERSON"
	Org     EntityType = "ORG"
	GPE     EntityType = "GPE"
	Loc     EntityType = "LOC"
	Product EntityType = "PRODUCT"
	Misc    EntityType = "MISC"
)

// Mention is one occurrence of a named entity in a document.
type Mention struct {
	Span
	Text string     `json:"text"`
	Type EntityType `json:"type"`
	// Entity is the canonical name of the in-document entity this mention
	// refers to (the longest, fullest form the document uses).
	Entity string `json:"entity"`
}

// Entity is an in-document entity: the cluster of mentions that corefer.
type Entity struct {
	Name    string     `json:"name"`
	Type    EntityType `json:"type"`
	Aliases []string   `json:"aliases"` // every surface form, sorted
	// Why explains each alias that was merged into this entity, e.g.
	// "Macron: surname of Emmanuel Macron".
	Why []string `json:"why,omitempty"`
}

// TimexType is a TimeML TIMEX3 type.
type TimexType string

// TIMEX3 types.
const (
	Date     TimexType = "DATE"
	Time     TimexType = "TIME"
	Duration TimexType = "DURATION"
	Set      TimexType = "SET"
)

// Timex is a time expression with its TimeML value.
type Timex struct {
	Span
	Text  string    `json:"text"`
	Type  TimexType `json:"type"`
	Value string    `json:"value"` // TimeML value: 2017-05-05, 2017-W19, P2D, XXXX-WXX-2, PRESENT_REF ...
	Mod   string    `json:"mod,omitempty"`
	// Anchor is the reference time the value was computed from
	// ("2017-05-08 (publication date)", "2024-03-03 (last date in text)"),
	// empty for absolute expressions.
	Anchor string `json:"anchor,omitempty"`
	// Rule names the normalisation rule that produced Value, e.g.
	// "weekday, past tense: previous Friday".
	Rule string `json:"rule,omitempty"`
	// Offset, in a text without a publication date, is the day the
	// expression names counted from that unknown day (-3: three days
	// before it), when the text fixes it relative to it ("Friday" in a
	// past-tense clause, "yesterday"). It orders what an undated text
	// tells; nil when unknown or when the text is dated.
	Offset *int `json:"offset,omitempty"`
}

// Role is a participant's part in an event.
type Role string

// Participant roles.
const (
	Agent     Role = "agent"
	Patient   Role = "patient"
	Recipient Role = "recipient"
	Place     Role = "place"
	Other     Role = "other"
)

// EventType is a coarse event class.
type EventType string

// Event types.
const (
	Statement EventType = "statement"
	Election  EventType = "election"
	Conflict  EventType = "conflict"
	Legal     EventType = "legal"
	Business  EventType = "business"
	Disaster  EventType = "disaster"
	Movement  EventType = "movement"
	OtherType EventType = "other"
)

// Participant is an entity taking part in an event.
type Participant struct {
	Name string `json:"name"` // canonical in-document entity name
	Role Role   `json:"role"`
}

// Modality marks events that are not asserted as having happened.
type Modality string

// Modalities; the empty Modality means asserted.
const (
	Asserted Modality = ""
	Negated  Modality = "negated"
	Planned  Modality = "planned"  // future or scheduled
	Possible Modality = "possible" // may, could, reportedly considering
)

// Event is something that happened (or is said, planned or denied to have
// happened) in one document.
type Event struct {
	Span               // the trigger
	Trigger  string    `json:"trigger"`
	Lemma    string    `json:"lemma"` // base form of the trigger: "win" for "won"
	Type     EventType `json:"type"`
	Modality Modality  `json:"modality,omitempty"`
	// Date is a TimeML value ("2017-05-05", "2017-05", "XXXX-WXX-5") or "".
	Date string `json:"date"`
	// Offset, in an article without a publication date, is Date's day
	// counted from that unknown day, when the text fixes it (see
	// Timex.Offset); it orders what such an article tells.
	Offset *int `json:"offset,omitempty"`
	// DateWhy says how Date was found: the expression, its anchor, the rule.
	DateWhy      string        `json:"date_why,omitempty"`
	Participants []Participant `json:"participants"`
	Sentence     Span          `json:"sentence"`
	// Ref groups events of one document that describe the same happening
	// ("won" and "victory"): equal non-zero Ref means coreferent.
	Ref int `json:"ref,omitempty"`
}

// Annotation is everything extraction finds in one document.
type Annotation struct {
	Doc       Document  `json:"doc"`
	Sentences []Span    `json:"sentences"`
	Junk      []Span    `json:"junk"`
	Mentions  []Mention `json:"mentions"`
	Entities  []Entity  `json:"entities"`
	Timexes   []Timex   `json:"timexes"`
	Events    []Event   `json:"events"`
}
