package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kgnews/kg/analysis"
	"github.com/kgnews/kg/export"
	"github.com/kgnews/kg/graph"
	"github.com/urfave/cli/v2"
)

func exportCommand() *cli.Command {
	return &cli.Command{
		Name:  "export",
		Usage: "write the graph for GraphViz, Gephi, TimelineJS, vis-timeline, Cytoscape.js, Dgraph or Neo4j",
		Description: `Formats: ` + strings.Join(export.Formats(), ", ") + `.
See docs/export.md for each schema and how to load it. --entity limits the
export to that entity's neighbourhood, --from/--to to a time window.
neo4j writes CSV files into the directory given by -o.`,
		Flags: []cli.Flag{
			dbFlag,
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "dot", Usage: "one of " + strings.Join(export.Formats(), ", ")},
			&cli.StringFlag{Name: "entity", Aliases: []string{"e"}, Usage: "only `NAME`'s neighbourhood"},
			&cli.IntFlag{Name: "depth", Value: 2, Usage: "with --entity: how many steps from it"},
			fromFlag, toFlag,
			&cli.StringFlag{Name: "cluster", Usage: "dot: group nodes by community or day"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (neo4j: a directory) instead of stdout"},
			&cli.StringFlag{Name: "schema", Usage: "nquads: also write the Dgraph schema to `FILE`"},
		},
		Action: runExport,
	}
}

func runExport(c *cli.Context) error {
	format := c.String("format")
	if !slices.Contains(export.Formats(), format) {
		return usagef("export: unknown --format %q (one of %s)", format, strings.Join(export.Formats(), ", "))
	}
	if cl := c.String("cluster"); cl != "" && cl != export.ClusterCommunity && cl != export.ClusterDay {
		return usagef("export: --cluster must be community or day, not %q", cl)
	}
	if format == "neo4j" && c.String("output") == "" {
		return usagef("export: --format neo4j writes several files: name a directory with -o DIR")
	}
	snap, err := selectGraph(c, c.String("entity"), c.Int("depth"))
	if err != nil {
		return err
	}
	opts := export.Options{Cluster: c.String("cluster"), Seed: communitySeed, Title: "kg timeline"}
	if path := c.String("schema"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		defer f.Close()
		opts.Schema = f
	}
	out := c.App.Writer
	if path := c.String("output"); path != "" {
		if format == "neo4j" {
			opts.Dir = filepath.Clean(path)
		} else {
			f, err := os.Create(filepath.Clean(path))
			if err != nil {
				return err
			}
			defer f.Close()
			out = f
		}
	}
	if err := export.Write(out, snap, format, opts); err != nil {
		return err
	}
	if f, ok := out.(*os.File); ok && f != os.Stdout {
		return f.Close()
	}
	return nil
}

// communitySeed fixes community detection so results never change between
// runs.
const communitySeed = 1

// selectGraph loads the part of the graph within --from/--to and, when
// entity names one, within depth steps of it.
func selectGraph(c *cli.Context, entity string, depth int) (graph.Snapshot, error) {
	from, to, err := checkWindow(c)
	if err != nil {
		return graph.Snapshot{}, err
	}
	var snap graph.Snapshot
	err = withStore(c, func(s *graph.Store) error {
		if entity == "" {
			snap, err = s.Snapshot(graph.Filter{From: from, To: to})
			return err
		}
		ent, err := s.Find(entity)
		if err != nil {
			return err
		}
		r := s.NewReader(from, to)
		defer r.Close()
		snap, err = analysis.Neighbors(r, ent.ID, depth)
		return err
	})
	return snap, err
}
