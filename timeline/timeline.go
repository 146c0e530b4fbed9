// Package timeline assembles entity timelines from the graph: an entity's
// events in chronological order, in the shape kg's JSON contract gives
// them (docs/json.md). The CLI and the exports both show timelines through
// it, so they order and shape them the same way.
package timeline

import (
	"sort"

	"github.com/kgnews/kg"
	"github.com/kgnews/kg/graph"
	"github.com/kgnews/kg/timeml"
)

// Entity heads a timeline.
type Entity struct {
	ID      string        `json:"id"`
	Name    string        `json:"name"`
	Type    kg.EntityType `json:"type"`
	Aliases []string      `json:"aliases"`
}

// Event is an event as a timeline shows it: its date and precision are
// null when the text does not date it, and Role is the part the
// timeline's entity plays (omitted in listings of events alone).
type Event struct {
	graph.Event
	Date          *string `json:"date"`
	DatePrecision *string `json:"date_precision"`
	Role          kg.Role `json:"role,omitempty"`
}

// Timeline is one entity's events in chronological order.
type Timeline struct {
	Entity Entity  `json:"entity"`
	Events []Event `json:"events"`
}

// New returns the timeline of ent made of evs (the events it takes part
// in), sorted.
func New(ent graph.Entity, evs []graph.Event) Timeline {
	aliases := ent.Aliases
	if aliases == nil {
		aliases = []string{}
	}
	t := Timeline{Entity: Entity{ID: ent.ID, Name: ent.Name, Type: ent.Type, Aliases: aliases}, Events: Events(evs)}
	for i, e := range t.Events {
		for _, p := range e.Participants {
			if p.ID == ent.ID {
				t.Events[i].Role = p.Role
				break
			}
		}
	}
	return t
}

// Events shapes events for output, sorted chronologically.
func Events(evs []graph.Event) []Event {
	sorted := append([]graph.Event(nil), evs...)
	Sort(sorted)
	out := make([]Event, 0, len(sorted))
	for _, e := range sorted {
		v := Event{Event: e}
		if e.Date != "" {
			d, p := e.Date, e.DatePrecision
			v.Date, v.DatePrecision = &d, &p
		}
		out = append(out, v)
	}
	return out
}

// Sort orders events by the first day their date covers, finer dates
// first among those starting the same day, then values that fix no
// calendar position, then undated events. Ties keep the order in which
// the first reporting article told them, then go by id.
func Sort(evs []graph.Event) {
	sort.SliceStable(evs, func(i, j int) bool {
		a, b := evs[i].OrderKey(), evs[j].OrderKey()
		if a != b {
			return a < b
		}
		if len(evs[i].Sources) > 0 && len(evs[j].Sources) > 0 {
			x, y := evs[i].Sources[0], evs[j].Sources[0]
			if x.Doc != y.Doc {
				return x.Doc < y.Doc
			}
			if x.Start != y.Start {
				return x.Start < y.Start
			}
		}
		return evs[i].ID < evs[j].ID
	})
}

// Window keeps the events dated within [from, to], either of which may be
// "" for an open end; with no window it keeps them all.
func Window(evs []graph.Event, from, to string) []graph.Event {
	if from == "" && to == "" {
		return evs
	}
	kept := make([]graph.Event, 0, len(evs))
	for _, e := range evs {
		if timeml.InWindow(e.Date, from, to) {
			kept = append(kept, e)
		}
	}
	return kept
}

// All returns the timeline of every entity of s that takes part in an
// event, in entity order.
func All(s graph.Snapshot) []Timeline {
	byEntity := map[string][]graph.Event{}
	for _, ev := range s.Events {
		seen := map[string]bool{}
		for _, p := range ev.Participants {
			if !seen[p.ID] {
				seen[p.ID] = true
				byEntity[p.ID] = append(byEntity[p.ID], ev)
			}
		}
	}
	out := []Timeline{}
	for _, ent := range s.Entities {
		if evs := byEntity[ent.ID]; len(evs) > 0 {
			out = append(out, New(ent, evs))
		}
	}
	return out
}
