package export

import (
	"fmt"
	"html"
	"io"
	"strings"
	"time"

	"github.com/kgnews/kg/graph"
	"github.com/kgnews/kg/timeline"
	"github.com/kgnews/kg/timeml"
)

// TLDate is a TimelineJS date: unknown month and day are left out, never
// written as 0. A week, quarter or decade becomes a slide from its first
// to its last day, with the TimeML value as display_date.
type TLDate struct {
	Year  int `json:"year"`
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
	// DisplayDate is the TimeML value when it is not a plain calendar
	// date ("2024-W10"), so that the reader sees what the text said.
	DisplayDate string `json:"display_date,omitempty"`
}

// TLText is a slide's text. TimelineJS renders both as HTML, so they are
// escaped.
type TLText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

// TLSlide is a TimelineJS slide.
type TLSlide struct {
	StartDate *TLDate `json:"start_date,omitempty"`
	EndDate   *TLDate `json:"end_date,omitempty"`
	Text      TLText  `json:"text"`
	Group     string  `json:"group,omitempty"`
	UniqueID  string  `json:"unique_id,omitempty"`
}

// TLTimeline is the "timelinejs" format: a Knight Lab TimelineJS document.
type TLTimeline struct {
	Title  *TLSlide  `json:"title,omitempty"`
	Events []TLSlide `json:"events"`
}

// writeTimelineJS writes one slide per dated event of each entity, grouped
// by entity; undated events cannot be placed and are left out.
func writeTimelineJS(w io.Writer, s graph.Snapshot, opts Options) error {
	title := opts.Title
	if title == "" {
		title = "kg timeline"
	}
	doc := TLTimeline{Events: []TLSlide{}}
	ids := make(map[string]bool)
	for _, t := range timeline.All(s) {
		for _, ev := range t.Events {
			start, end, ok := tlDates(ev.Event.Date)
			if !ok {
				continue
			}
			doc.Events = append(doc.Events, TLSlide{
				StartDate: start,
				EndDate:   end,
				Text:      TLText{Headline: html.EscapeString(eventTitle(ev)), Text: slideText(ev)},
				Group:     html.EscapeString(t.Entity.Name),
				UniqueID:  uniqueID(ids, t.Entity.ID+"-"+ev.ID),
			})
		}
	}
	doc.Title = &TLSlide{Text: TLText{Headline: html.EscapeString(title),
		Text: fmt.Sprintf("%d dated events of %d entities", len(doc.Events), len(s.Entities))}}
	return writeJSONValue(w, doc)
}

// tlDates returns the TimelineJS dates of a TimeML date: a year, month or
// day (with or without a time) as a partial date; anything else as the
// span of days it covers (end nil otherwise). The value is the display
// date unless it is a plain year, month or day ("2024-W10", "2024-03-XX",
// "2024-03-05T10:30" are shown as written).
func tlDates(date string) (start, end *TLDate, ok bool) {
	iv, ok := timeml.Parse(date)
	if !ok {
		return nil, nil, false
	}
	start = tlDate(iv.Start)
	switch iv.Precision {
	case timeml.Year:
		start.Month, start.Day = 0, 0
	case timeml.Month:
		start.Day = 0
	case timeml.Day:
	default:
		end = tlDate(iv.End.AddDate(0, 0, -1))
	}
	if end != nil || date != iv.String() {
		start.DisplayDate = date
	}
	return start, end, true
}

// tlDate is the TimelineJS date of day t.
func tlDate(t time.Time) *TLDate {
	return &TLDate{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

// eventTitle is a timeline event's headline: its summary, else trigger.
func eventTitle(ev timeline.Event) string {
	if ev.Summary != "" {
		return ev.Summary
	}
	return ev.Trigger
}

// slideText is the escaped HTML body of a slide: the first source sentence
// and the entity's role.
func slideText(ev timeline.Event) string {
	var b strings.Builder
	if len(ev.Sources) > 0 && ev.Sources[0].Sentence != "" {
		fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(ev.Sources[0].Sentence))
	}
	if ev.Role != "" {
		fmt.Fprintf(&b, "<p>Role: %s</p>", html.EscapeString(string(ev.Role)))
	}
	return b.String()
}

// uniqueID turns s into an HTML id made of letters, digits, '-' and '_',
// numbered when it would repeat one already in seen.
func uniqueID(seen map[string]bool, s string) string {
	id := strings.Map(func(r rune) rune {
		if r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return r
		}
		return '-'
	}, s)
	out := id
	for n := 2; seen[out]; n++ {
		out = fmt.Sprintf("%s-%d", id, n)
	}
	seen[out] = true
	return out
}
