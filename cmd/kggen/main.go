// Command kggen writes a deterministic synthetic news corpus in JSON Lines
// for benchmarks and tests, and optionally the ground truth it planted:
//
//	kggen -n 1000 -seed 1 -o corpus.jsonl -truth truth.json
//
// The same flags always give the same bytes. See internal/gen.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/kgnews/kg/internal/gen"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "kggen: %v\n", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("kggen", flag.ContinueOnError)
	n := fs.Int("n", 1000, "number of articles")
	seed := fs.Uint64("seed", 1, "random seed; the same seed gives the same corpus")
	out := fs.String("o", "-", "corpus `file` (JSON Lines); - for stdout")
	truth := fs.String("truth", "", "also write the planted ground truth to this `file` (gold.json format)")
	start := fs.String("start", "2024-01-01", "first publication `date`")
	days := fs.Int("days", 365, "spread publication dates over this many days")
	prefix := fs.String("prefix", "n", "document id `prefix`; another prefix gives ids that add to a store instead of replacing")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	t, err := time.Parse("2006-01-02", *start)
	if err != nil {
		return fmt.Errorf("-start %q is not a date (YYYY-MM-DD)", *start)
	}
	cfg := gen.Config{N: *n, Seed: *seed, Start: t, Days: *days, IDPrefix: *prefix}

	w := stdout
	if *out != "-" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	var tw io.Writer
	if *truth != "" {
		f, err := os.Create(*truth)
		if err != nil {
			return err
		}
		defer f.Close()
		tw = f
	}
	if err := gen.Generate(cfg, w, tw); err != nil {
		return err
	}
	if f, ok := w.(*os.File); ok && f != os.Stdout {
		return f.Close()
	}
	return nil
}
