package export

import (
	"encoding/json"
	"io"
	"sort"

	"github.com/kgnews/kg"
	"github.com/kgnews/kg/graph"
	"github.com/kgnews/kg/timeml"
)

// TimelineEntity is the entity a timeline-json entry follows.
type TimelineEntity struct {
	ID   string        `json:"id"`
	Name string        `json:"name"`
	Type kg.EntityType `json:"type"`
}

// TimelineEvent is one event of an entity's timeline.
type TimelineEvent struct {
	ID            string       `json:"id"`
	Date          string       `json:"date"`
	DatePrecision string       `json:"date_precision,omitempty"`
	Summary       string       `json:"summary"`
	Trigger       string       `json:"trigger"`
	Type          kg.EventType `json:"type"`
	Modality      kg.Modality  `json:"modality,omitempty"`
	Role          kg.Role      `json:"role"`
	// Sources are the documents and sentences reporting the event.
	Sources []graph.Source `json:"sources"`
}

// Timeline is one entity's events in chronological order, undated last:
// one element of the timeline-json array.
type Timeline struct {
	Entity TimelineEntity  `json:"entity"`
	Events []TimelineEvent `json:"events"`
}

// timelines returns every entity's timeline, entities in snapshot order.
// Participation is read from the participates edges and the events' own
// participant lists; the first role found wins.
func timelines(s graph.Snapshot) []Timeline {
	byID := make(map[string]int, len(s.Entities))
	out := make([]Timeline, 0, len(s.Entities))
	for _, e := range s.Entities {
		if _, dup := byID[e.ID]; dup {
			continue
		}
		byID[e.ID] = len(out)
		out = append(out, Timeline{Entity: TimelineEntity{ID: e.ID, Name: e.Name, Type: e.Type}, Events: []TimelineEvent{}})
	}
	events := make(map[string]graph.Event, len(s.Events))
	for _, ev := range s.Events {
		if _, dup := events[ev.ID]; !dup {
			events[ev.ID] = ev
		}
	}
	first := firstTime[[2]string]()
	add := func(entity, event string, role kg.Role) {
		i, ok := byID[entity]
		ev, ok2 := events[event]
		if !ok || !ok2 || !first([2]string{entity, event}) {
			return
		}
		sources := ev.Sources
		if sources == nil {
			sources = []graph.Source{}
		}
		out[i].Events = append(out[i].Events, TimelineEvent{ID: ev.ID, Date: ev.Date, DatePrecision: ev.DatePrecision,
			Summary: ev.Summary, Trigger: ev.Trigger, Type: ev.Type, Modality: ev.Modality, Role: role, Sources: sources})
	}
	for _, e := range s.Edges {
		if e.Kind == graph.EdgeParticipates {
			add(e.From, e.To, e.Role)
		}
	}
	for _, ev := range s.Events {
		for _, p := range ev.Participants {
			add(p.ID, ev.ID, p.Role)
		}
	}
	for _, t := range out {
		sortChronologically(t.Events)
	}
	return out
}

// sortChronologically orders events by the first day their date covers,
// coarser dates before the finer ones starting with them, undated last,
// then by id.
func sortChronologically(l []TimelineEvent) {
	sort.SliceStable(l, func(i, j int) bool {
		a, aok := timeml.Parse(l[i].Date)
		b, bok := timeml.Parse(l[j].Date)
		switch {
		case aok != bok:
			return aok
		case !a.Start.Equal(b.Start):
			return a.Start.Before(b.Start)
		case !a.End.Equal(b.End):
			return a.End.After(b.End)
		case l[i].Date != l[j].Date:
			return l[i].Date < l[j].Date
		}
		return l[i].ID < l[j].ID
	})
}

// writeJSONValue writes v as indented JSON without HTML escaping, so that
// names read as they are.
func writeJSONValue(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// writeTimelineJSON writes every entity's timeline as one JSON array.
func writeTimelineJSON(w io.Writer, s graph.Snapshot, _ Options) error {
	return writeJSONValue(w, timelines(s))
}
