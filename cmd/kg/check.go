package main

import (
	"fmt"

	"github.com/kgnews/kg/graph"
	"github.com/urfave/cli/v2"
)

func checkCommand() *cli.Command {
	return &cli.Command{
		Name:  "check",
		Usage: "verify the store's integrity (dangling edges, indexes, counts)",
		Flags: []cli.Flag{
			dbFlag,
			&cli.BoolFlag{Name: "repair", Usage: "mend what can be mended"},
			formatFlag("text", "json"),
		},
		Action: func(c *cli.Context) error {
			format, err := checkFormat(c, "text", "json")
			if err != nil {
				return err
			}
			s, err := openStore(c, c.Bool("repair"))
			if err != nil {
				return err
			}
			defer s.Close()
			problems, err := s.Check(c.Bool("repair"))
			if err != nil {
				return err
			}
			if format == "json" {
				if problems == nil {
					problems = []graph.Problem{}
				}
				if err := writeJSON(c.App.Writer, problems); err != nil {
					return err
				}
			} else {
				for _, p := range problems {
					state := "found"
					if p.Repaired {
						state = "repaired"
					}
					fmt.Fprintf(c.App.Writer, "%s: %s\n", state, p.What)
				}
				if len(problems) == 0 {
					fmt.Fprintln(c.App.Writer, "ok: no problems found")
				}
			}
			if len(problems) > 0 && !c.Bool("repair") {
				return fmt.Errorf("%d problems found: `kg check --repair` mends them", len(problems))
			}
			return nil
		},
	}
}
