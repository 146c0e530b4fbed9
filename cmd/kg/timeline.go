package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/kgnews/kg/graph"
	"github.com/kgnews/kg/timeline"
	"github.com/urfave/cli/v2"
)

func timelineCommand() *cli.Command {
	return &cli.Command{
		Name:  "timeline",
		Usage: "print an entity's events in time order",
		Flags: []cli.Flag{
			dbFlag,
			&cli.StringFlag{Name: "entity", Aliases: []string{"e"}, Usage: "entity `NAME` (required): any alias, case-insensitive, or an id"},
			fromFlag, toFlag,
			&cli.BoolFlag{Name: "explain", Usage: "show how each date was found (expression, anchor, rule)"},
			formatFlag("text", "json"),
		},
		Action: func(c *cli.Context) error {
			format, err := checkFormat(c, "text", "json")
			if err != nil {
				return err
			}
			if c.String("entity") == "" {
				return usagef("timeline: name the entity with --entity NAME")
			}
			from, to, err := checkWindow(c)
			if err != nil {
				return err
			}
			return withStore(c, func(s *graph.Store) error {
				ent, err := s.Find(c.String("entity"))
				if err != nil {
					return err
				}
				evs, err := s.Timeline(ent.ID)
				if err != nil {
					return err
				}
				evs = timeline.Window(evs, from, to)
				if format == "json" {
					return writeJSON(c.App.Writer, timeline.New(ent, evs))
				}
				timeline.Sort(evs)
				return printTimeline(c.App.Writer, ent, evs, c.Bool("explain"))
			})
		},
	}
}

func printTimeline(w io.Writer, ent graph.Entity, evs []graph.Event, explain bool) error {
	fmt.Fprintf(w, "%s (%s) — %d events\n", bold(colour(w), ent.Name), ent.Type, len(evs))
	rows := make([]row, 0, len(evs))
	for _, e := range evs {
		var names []string
		for _, p := range e.Participants {
			if p.ID != ent.ID {
				names = append(names, p.Name)
			}
		}
		var r row
		src := ""
		if len(e.Sources) > 0 {
			src = e.Sources[0].Doc
			if len(e.Sources) > 1 {
				src += fmt.Sprintf(" +%d", len(e.Sources)-1)
			}
			r.notes = append(r.notes, "“"+clip(e.Sources[0].Sentence, 110)+"”")
		}
		r.cells = []string{showDate(e.Date, e.Offset), clip(e.Summary, 50), clip(orDash(strings.Join(names, ", ")), 40), src}
		if explain {
			for _, s := range e.Sources {
				r.notes = append(r.notes, fmt.Sprintf("why (%s, %q): %s", s.Doc, s.Trigger, orDash(s.DateWhy)))
			}
		}
		rows = append(rows, r)
	}
	return printRows(w, []string{"DATE", "EVENT", "WITH", "SOURCE"}, rows)
}
