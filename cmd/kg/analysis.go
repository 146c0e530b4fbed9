package main

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/kgnews/kg"
	"github.com/kgnews/kg/analysis"
	"github.com/kgnews/kg/graph"
	"github.com/urfave/cli/v2"
)

func rankCommand() *cli.Command {
	return &cli.Command{
		Name:  "rank",
		Usage: "who matters: entities by centrality",
		Flags: []cli.Flag{
			dbFlag, fromFlag, toFlag,
			&cli.StringFlag{Name: "by", Value: analysis.PageRank, Usage: "measure: " + strings.Join(analysis.Measures(), ", ")},
			&cli.StringFlag{Name: "type", Usage: "only entities of `TYPE` (PERSON, ORG, GPE, LOC, PRODUCT, MISC)"},
			&cli.IntFlag{Name: "top", Value: 20, Usage: "how many (0: all)"},
			formatFlag("text", "json"),
		},
		Action: func(c *cli.Context) error {
			format, err := checkFormat(c, "text", "json")
			if err != nil {
				return err
			}
			if !slices.Contains(analysis.Measures(), c.String("by")) {
				return usagef("rank: unknown --by %q (one of %s)", c.String("by"), strings.Join(analysis.Measures(), ", "))
			}
			snap, err := selectGraph(c, "", 0)
			if err != nil {
				return err
			}
			scores, err := analysis.Rank(snap, c.String("by"), kg.EntityType(strings.ToUpper(c.String("type"))), c.Int("top"))
			if err != nil {
				return err
			}
			if scores == nil {
				scores = []analysis.Score{}
			}
			return writeOut(c.App.Writer, format, scores, func(w io.Writer) error {
				rows := make([]row, 0, len(scores))
				for i, s := range scores {
					rows = append(rows, row{cells: []string{fmt.Sprint(i + 1), fmt.Sprintf("%.4f", s.Score), s.Name, string(s.Type)}})
				}
				return printRows(w, []string{"RANK", "SCORE", "NAME", "TYPE"}, rows)
			})
		},
	}
}

// communityJSON names a community's members.
type communityJSON struct {
	ID      int            `json:"id"`
	Members []graph.Entity `json:"members"`
}

func communitiesCommand() *cli.Command {
	return &cli.Command{
		Name:  "communities",
		Usage: "clusters of entities, most central members first",
		Flags: []cli.Flag{
			dbFlag, fromFlag, toFlag,
			&cli.IntFlag{Name: "min", Value: 2, Usage: "hide communities smaller than this"},
			formatFlag("text", "json"),
		},
		Action: func(c *cli.Context) error {
			format, err := checkFormat(c, "text", "json")
			if err != nil {
				return err
			}
			snap, err := selectGraph(c, "", 0)
			if err != nil {
				return err
			}
			byID := map[string]graph.Entity{}
			for _, e := range snap.Entities {
				e.Why = nil
				byID[e.ID] = e
			}
			out := []communityJSON{}
			for _, com := range analysis.Communities(snap, communitySeed) {
				if len(com.Members) < c.Int("min") {
					continue
				}
				cj := communityJSON{ID: com.ID}
				for _, id := range com.Members {
					cj.Members = append(cj.Members, byID[id])
				}
				out = append(out, cj)
			}
			return writeOut(c.App.Writer, format, out, func(w io.Writer) error {
				for _, com := range out {
					names := make([]string, 0, len(com.Members))
					for _, m := range com.Members {
						names = append(names, m.Name)
					}
					fmt.Fprintf(w, "%d (%d members): %s\n", com.ID, len(com.Members), clip(strings.Join(names, ", "), 200))
				}
				return nil
			})
		},
	}
}

func pathCommand() *cli.Command {
	return &cli.Command{
		Name:      "path",
		Usage:     "the shortest chain of events linking two entities",
		ArgsUsage: "A B",
		Flags:     []cli.Flag{dbFlag, fromFlag, toFlag, formatFlag("text", "json")},
		Action: func(c *cli.Context) error {
			format, err := checkFormat(c, "text", "json")
			if err != nil {
				return err
			}
			if c.NArg() != 2 {
				return usagef("path: name two entities: kg path [--format json] A B")
			}
			from, to, err := checkWindow(c)
			if err != nil {
				return err
			}
			var ends [2]graph.Entity
			var hops []analysis.Hop
			err = withStore(c, func(s *graph.Store) error {
				for i := range ends {
					if ends[i], err = s.Find(c.Args().Get(i)); err != nil {
						return err
					}
				}
				r := s.NewReader(from, to)
				defer r.Close()
				hops, err = analysis.Path(r, ends[0].ID, ends[1].ID)
				return err
			})
			if errors.Is(err, analysis.ErrNoPath) {
				return fmt.Errorf("no chain of events links %s and %s", ends[0].Name, ends[1].Name)
			} else if err != nil {
				return err
			}
			if hops == nil {
				hops = []analysis.Hop{}
			}
			return writeOut(c.App.Writer, format, hops, func(w io.Writer) error {
				for i, h := range hops {
					fmt.Fprintf(w, "%d. %s → %s: %s (%s, %s)\n   “%s”\n", i+1, h.FromName, h.ToName, h.Summary, orDash(h.Date), h.Doc, clip(h.Sentence, 120))
				}
				return nil
			})
		},
	}
}

func neighborsCommand() *cli.Command {
	return &cli.Command{
		Name:      "neighbors",
		Usage:     "an entity's ego network: who and what is near it",
		ArgsUsage: "NAME",
		Flags: []cli.Flag{
			dbFlag, fromFlag, toFlag,
			&cli.IntFlag{Name: "depth", Value: 1, Usage: "how many steps from the entity"},
			formatFlag("text", "json"),
		},
		Action: func(c *cli.Context) error {
			format, err := checkFormat(c, "text", "json")
			if err != nil {
				return err
			}
			if c.NArg() != 1 {
				return usagef("neighbors: name one entity: kg neighbors [--depth N] NAME")
			}
			snap, err := selectGraph(c, c.Args().First(), c.Int("depth"))
			if err != nil {
				return err
			}
			return writeOut(c.App.Writer, format, snap, func(w io.Writer) error {
				var rows []row
				for _, e := range snap.Entities {
					rows = append(rows, row{cells: []string{"entity", e.Name, fmt.Sprintf("%s, %d mentions", e.Type, e.Mentions)}})
				}
				for _, e := range snap.Events {
					rows = append(rows, row{cells: []string{"event", clip(e.Summary, 60), showDate(e.Date, e.Offset)}})
				}
				return printRows(w, []string{"KIND", "NAME", "DETAIL"}, rows)
			})
		},
	}
}

// writeOut prints v as JSON, or calls text for people.
func writeOut(w io.Writer, format string, v any, text func(io.Writer) error) error {
	if format == "json" {
		return writeJSON(w, v)
	}
	return text(w)
}
