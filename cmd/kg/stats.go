package main

import (
	"fmt"

	"github.com/kgnews/kg/graph"
	"github.com/urfave/cli/v2"
)

func statsCommand() *cli.Command {
	return &cli.Command{
		Name:  "stats",
		Usage: "count the graph's documents, entities, events and edges",
		Flags: []cli.Flag{dbFlag, formatFlag("text", "json")},
		Action: func(c *cli.Context) error {
			format, err := checkFormat(c, "text", "json")
			if err != nil {
				return err
			}
			return withStore(c, func(s *graph.Store) error {
				st, err := s.Stats()
				if err != nil {
					return err
				}
				if format == "json" {
					return writeJSON(c.App.Writer, st)
				}
				_, err = fmt.Fprintf(c.App.Writer, "documents  %d\nentities   %d\nevents     %d\nedges      %d\nbytes      %d\n", st.Documents, st.Entities, st.Events, st.Edges, st.Bytes)
				return err
			})
		},
	}
}
