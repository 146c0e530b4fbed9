package main

import (
	"fmt"

	"github.com/kgnews/kg/graph"
	"github.com/urfave/cli/v2"
)

// Corrections change the graph by hand; they are kept in the store and
// applied again to every article merged later, so they survive rebuilds.

func mergeCommand() *cli.Command {
	return &cli.Command{
		Name:      "merge",
		Usage:     "make two entities one: B's forms, mentions and events become A's",
		ArgsUsage: "A B",
		Flags:     []cli.Flag{dbFlag},
		Action: func(c *cli.Context) error {
			return correct(c, 2, "merge [--db DIR] A B", func(s *graph.Store, ents []graph.Entity) (string, error) {
				if err := s.Merge(ents[0].ID, ents[1].ID); err != nil {
					return "", err
				}
				return fmt.Sprintf("merged %s (%s) into %s (%s)", ents[1].Name, ents[1].ID, ents[0].Name, ents[0].ID), nil
			})
		},
	}
}

func splitCommand() *cli.Command {
	return &cli.Command{
		Name:      "split",
		Usage:     "take the articles that call entity NAME only FORM out of it, into an entity of their own",
		ArgsUsage: "NAME FORM",
		Flags:     []cli.Flag{dbFlag},
		Action: func(c *cli.Context) error {
			return correct(c, 1, "split [--db DIR] NAME FORM", func(s *graph.Store, ents []graph.Entity) (string, error) {
				y, err := s.Split(ents[0].ID, c.Args().Get(1))
				if err != nil {
					return "", err
				}
				return fmt.Sprintf("split %q off %s: now %s (%s), %d documents", c.Args().Get(1), ents[0].Name, y.Name, y.ID, y.Documents), nil
			})
		},
	}
}

func renameCommand() *cli.Command {
	return &cli.Command{
		Name:      "rename",
		Usage:     "give an entity a new display name",
		ArgsUsage: "NAME NEWNAME",
		Flags:     []cli.Flag{dbFlag},
		Action: func(c *cli.Context) error {
			return correct(c, 1, "rename [--db DIR] NAME NEWNAME", func(s *graph.Store, ents []graph.Entity) (string, error) {
				if err := s.Rename(ents[0].ID, c.Args().Get(1)); err != nil {
					return "", err
				}
				return fmt.Sprintf("renamed %s (%s) to %s", ents[0].Name, ents[0].ID, c.Args().Get(1)), nil
			})
		},
	}
}

// correct opens the store for writing, resolves the first n arguments to
// entities, applies fix and prints what it did. Every correction takes
// two arguments.
func correct(c *cli.Context, n int, usage string, fix func(*graph.Store, []graph.Entity) (string, error)) error {
	if c.NArg() != 2 {
		return usagef("usage: kg %s", usage)
	}
	s, err := openStore(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	ents := make([]graph.Entity, n)
	for i := range ents {
		if ents[i], err = s.Find(c.Args().Get(i)); err != nil {
			return err
		}
	}
	msg, err := fix(s, ents)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(c.App.Writer, msg)
	return err
}
