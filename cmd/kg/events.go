package main

import (
	"strings"

	"github.com/kgnews/kg/graph"
	"github.com/kgnews/kg/timeline"
	"github.com/urfave/cli/v2"
)

func eventsCommand() *cli.Command {
	return &cli.Command{
		Name:  "events",
		Usage: "list events in time order, optionally within a date window",
		Flags: []cli.Flag{dbFlag, fromFlag, toFlag, formatFlag("text", "json")},
		Action: func(c *cli.Context) error {
			format, err := checkFormat(c, "text", "json")
			if err != nil {
				return err
			}
			from, to, err := checkWindow(c)
			if err != nil {
				return err
			}
			return withStore(c, func(s *graph.Store) error {
				evs, err := s.Events(from, to)
				if err != nil {
					return err
				}
				if format == "json" {
					return writeJSON(c.App.Writer, timeline.Events(evs))
				}
				timeline.Sort(evs)
				rows := make([]row, 0, len(evs))
				for _, e := range evs {
					docs := make([]string, 0, len(e.Sources))
					for _, src := range e.Sources {
						docs = append(docs, src.Doc)
					}
					rows = append(rows, row{cells: []string{showDate(e.Date, e.Offset), string(e.Type), clip(e.Summary, 70), clip(strings.Join(dedupe(docs), ", "), 40)}})
				}
				return printRows(c.App.Writer, []string{"DATE", "TYPE", "EVENT", "SOURCES"}, rows)
			})
		},
	}
}

// dedupe drops repeats, keeping first occurrences in order.
func dedupe(xs []string) []string {
	seen := map[string]bool{}
	out := xs[:0]
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
