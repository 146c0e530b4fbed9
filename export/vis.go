package export

import (
	"html"
	"io"
	"time"

	"github.com/kgnews/kg/graph"
	"github.com/kgnews/kg/timeline"
	"github.com/kgnews/kg/timeml"
)

// VisItem is a vis-timeline item. Day-dated events are "box" items;
// coarser dates ("2024-03") are "range" items spanning the whole period,
// end exclusive.
type VisItem struct {
	ID      string `json:"id"`
	Content string `json:"content"` // HTML, escaped
	Start   string `json:"start"`
	End     string `json:"end,omitempty"`
	Group   string `json:"group,omitempty"`
	Type    string `json:"type"`
	Title   string `json:"title,omitempty"` // tooltip: the TimeML date
}

// VisGroup is a vis-timeline group: one entity.
type VisGroup struct {
	ID      string `json:"id"`
	Content string `json:"content"` // HTML, escaped
}

// VisTimeline is the "vis" format: items and groups for vis-timeline's
// DataSets.
type VisTimeline struct {
	Items  []VisItem  `json:"items"`
	Groups []VisGroup `json:"groups"`
}

// writeVis writes one item per dated event of each entity, grouped by
// entity.
func writeVis(w io.Writer, s graph.Snapshot, _ Options) error {
	doc := VisTimeline{Items: []VisItem{}, Groups: []VisGroup{}}
	for _, t := range timeline.All(s) {
		n := len(doc.Items)
		for _, ev := range t.Events {
			iv, ok := timeml.Parse(ev.Event.Date)
			if !ok {
				continue
			}
			first, last := iv.Days()
			it := VisItem{ID: t.Entity.ID + "|" + ev.ID, Content: html.EscapeString(eventTitle(ev)),
				Start: first, Group: t.Entity.ID, Type: "box", Title: html.EscapeString(ev.Event.Date)}
			if first != last {
				it.End, it.Type = iv.End.Format(time.DateOnly), "range"
			}
			doc.Items = append(doc.Items, it)
		}
		if len(doc.Items) > n {
			doc.Groups = append(doc.Groups, VisGroup{ID: t.Entity.ID, Content: html.EscapeString(t.Entity.Name)})
		}
	}
	return writeJSONValue(w, doc)
}
