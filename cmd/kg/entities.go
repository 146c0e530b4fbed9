package main

import (
	"fmt"
	"strings"

	"github.com/kgnews/kg/graph"
	"github.com/urfave/cli/v2"
)

func entitiesCommand() *cli.Command {
	return &cli.Command{
		Name:  "entities",
		Usage: "list the people, organisations and places the graph knows",
		Flags: []cli.Flag{
			dbFlag,
			&cli.StringFlag{Name: "type", Usage: "only entities of `TYPE` (PERSON, ORG, GPE, LOC, PRODUCT, MISC)"},
			&cli.StringFlag{Name: "explain", Usage: "say which forms were merged into entity `NAME` and why"},
			formatFlag("text", "json"),
		},
		Action: func(c *cli.Context) error {
			format, err := checkFormat(c, "text", "json")
			if err != nil {
				return err
			}
			return withStore(c, func(s *graph.Store) error {
				if name := c.String("explain"); name != "" {
					return explainEntity(c, s, name, format)
				}
				all, err := s.Entities()
				if err != nil {
					return err
				}
				ents := all[:0:0]
				for _, e := range all {
					if t := c.String("type"); t == "" || strings.EqualFold(t, string(e.Type)) {
						e.Why = nil
						ents = append(ents, e)
					}
				}
				if format == "json" {
					return writeJSON(c.App.Writer, ents)
				}
				rows := make([]row, 0, len(ents))
				for _, e := range ents {
					rows = append(rows, row{cells: []string{e.Name, string(e.Type), fmt.Sprint(e.Documents), fmt.Sprint(e.Mentions), clip(strings.Join(e.Aliases, "; "), 60)}})
				}
				return printRows(c.App.Writer, []string{"NAME", "TYPE", "DOCS", "MENTIONS", "ALIASES"}, rows)
			})
		},
	}
}

func explainEntity(c *cli.Context, s *graph.Store, name, format string) error {
	e, err := s.Find(name)
	if err != nil {
		return err
	}
	if format == "json" {
		return writeJSON(c.App.Writer, e)
	}
	w := c.App.Writer
	fmt.Fprintf(w, "%s (%s, id %s): %d mentions in %d documents\n", e.Name, e.Type, e.ID, e.Mentions, e.Documents)
	fmt.Fprintf(w, "forms: %s\n", strings.Join(e.Aliases, "; "))
	for _, why := range e.Why {
		fmt.Fprintf(w, "  %s\n", why)
	}
	return nil
}
