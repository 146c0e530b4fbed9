package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/kgnews/kg"
	"github.com/kgnews/kg/extract"
	"github.com/kgnews/kg/graph"
	"github.com/kgnews/kg/ingest"
	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"
)

func buildCommand() *cli.Command {
	return &cli.Command{
		Name:      "build",
		Usage:     "read articles (files, folders, or - for stdin) into the graph",
		ArgsUsage: "PATH...",
		Description: `Reads .txt, .md (with optional front matter), .jsonl/.ndjson and .html
articles, extracts entities, time expressions and events, and merges them
into the graph store. Building the same input twice changes nothing; a
changed document replaces its old extraction.`,
		Flags: []cli.Flag{
			dbFlag,
			&cli.StringFlag{Name: "date", Usage: "publication `DATE` (YYYY-MM-DD) for documents that give none"},
			&cli.StringFlag{Name: "date-order", Value: "mdy", Usage: "how to read 05/07/2017: mdy or dmy"},
			&cli.BoolFlag{Name: "strict", Usage: "stop at the first bad input instead of skipping it"},
			&cli.IntFlag{Name: "workers", Value: runtime.GOMAXPROCS(0), Usage: "extraction workers"},
		},
		Action: runBuild,
	}
}

// readOptions gathers the flags that ingest and extraction share.
func readOptions(c *cli.Context) (ingest.Options, extract.Options, error) {
	var in ingest.Options
	if d := c.String("date"); d != "" {
		t, err := ingest.ParseDate(d)
		if err != nil {
			return in, extract.Options{}, usagef("--date %q is not a date (YYYY-MM-DD)", d)
		}
		in.Date = t
	}
	order := c.String("date-order")
	if order != "mdy" && order != "dmy" {
		return in, extract.Options{}, usagef("--date-order must be mdy or dmy, not %q", order)
	}
	in.Strict = c.Bool("strict")
	in.Stdin = c.App.Reader
	if c.NArg() == 0 {
		return in, extract.Options{}, usagef("%s: name at least one file, folder, or - for stdin", c.Command.Name)
	}
	return in, extract.Options{DateOrder: order}, nil
}

// buildStats is what a build reports at the end.
type buildStats struct {
	stored, unchanged int
	read              ingest.Stats
	start             time.Time
}

func runBuild(c *cli.Context) error {
	iopts, xopts, err := readOptions(c)
	if err != nil {
		return err
	}
	store, err := openStore(c, true)
	if err != nil {
		return err
	}
	defer store.Close()
	x := extract.New(xopts)
	store.Policy = eventPolicy{}
	st := buildStats{start: time.Now()}
	bar := newProgress(c.App.ErrWriter, c.Args().Slice())
	workers := c.Int("workers")
	if workers < 1 {
		workers = 1
	}
	p := newPipeline(c.Context, workers, func(d kg.Document) (kg.Annotation, string, bool) {
		h := graph.Hash(d, extract.Version)
		if store.Unchanged(d.ID, h) {
			return kg.Annotation{}, h, false
		}
		return x.Annotate(d), h, true
	})
	var putErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		for r := range p.out {
			bar.Add(r.size)
			if putErr != nil {
				continue
			}
			if !r.changed {
				st.unchanged++
				continue
			}
			if putErr = store.Put(r.ann, r.hash); putErr == nil {
				st.stored++
			} else {
				p.cancel()
			}
		}
	}()
	warn := func(pr ingest.Problem) { bar.Clear(); fmt.Fprintf(c.App.ErrWriter, "kg: %s\n", pr.Error()) }
	st.read, err = ingest.Read(c.Args().Slice(), iopts, p.submit, warn)
	p.close()
	<-done
	bar.Finish()
	if st.stored > 0 {
		store.Tidy()
	}
	summary(c.App.ErrWriter, store, st, c.Context.Err() != nil)
	switch {
	case putErr != nil:
		return putErr
	case err != nil && c.Context.Err() == nil:
		return err
	case c.Context.Err() != nil:
		return fmt.Errorf("interrupted: the documents listed above as stored are kept")
	case st.read.Skipped > 0:
		return skippedError{st.read.Skipped}
	}
	return nil
}

func summary(w io.Writer, s *graph.Store, st buildStats, interrupted bool) {
	gs, _ := s.Stats()
	verb := "built"
	if interrupted {
		verb = "interrupted"
	}
	fmt.Fprintf(w, "kg: %s %s: %d documents stored, %d unchanged, %d skipped; graph has %d documents, %d entities, %d events (%.1fs)\n",
		verb, s.Dir(), st.stored, st.unchanged, st.read.Skipped, gs.Documents, gs.Entities, gs.Events, time.Since(st.start).Seconds())
}

// pipeline extracts documents on several workers and hands results back
// in input order, so that merging, and so the graph, is deterministic.
type pipeline struct {
	in     chan job
	out    chan result
	ctx    context.Context
	cancel context.CancelFunc
	seq    int
	wg     sync.WaitGroup
}

type job struct {
	seq int
	doc kg.Document
}

type result struct {
	seq     int
	size    int // bytes of the document's text
	ann     kg.Annotation
	hash    string
	changed bool
}

func newPipeline(parent context.Context, workers int, work func(kg.Document) (kg.Annotation, string, bool)) *pipeline {
	ctx, cancel := context.WithCancel(parent)
	p := &pipeline{in: make(chan job, workers*2), out: make(chan result, workers*2), ctx: ctx, cancel: cancel}
	unordered := make(chan result, workers*2)
	for i := 0; i < workers; i++ {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			for j := range p.in {
				ann, h, changed := work(j.doc)
				unordered <- result{seq: j.seq, size: len(j.doc.Text), ann: ann, hash: h, changed: changed}
			}
		}()
	}
	go func() { p.wg.Wait(); close(unordered) }()
	go func() {
		defer close(p.out)
		pending := map[int]result{}
		next := 0
		for r := range unordered {
			pending[r.seq] = r
			for {
				r, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				p.out <- r
				next++
			}
		}
	}()
	return p
}

// submit queues a document; it fails once the build is cancelled.
func (p *pipeline) submit(d kg.Document) error {
	select {
	case <-p.ctx.Done():
		return p.ctx.Err()
	case p.in <- job{seq: p.seq, doc: d}:
		p.seq++
		return nil
	}
}

func (p *pipeline) close() { close(p.in) }

// progress is a bar on a terminal, nothing elsewhere. When the inputs are
// files their total size is known, and the bar advances by each
// document's text, which gives an ETA; from stdin it only counts.
type progress struct {
	bar   *progressbar.ProgressBar
	docs  int
	start time.Time
}

func newProgress(w io.Writer, paths []string) *progress {
	if !isTerminal(w) {
		return &progress{}
	}
	total := inputBytes(paths)
	opts := []progressbar.Option{
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("extracting"),
		progressbar.OptionThrottle(100 * time.Millisecond),
		progressbar.OptionEnableColorCodes(colour(w)),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionShowElapsedTimeOnFinish(),
	}
	if total <= 0 {
		total = -1
		opts = append(opts, progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("docs"))
	}
	return &progress{bar: progressbar.NewOptions64(total, opts...), start: time.Now()}
}

// inputBytes is the size of the regular files under paths, or -1 when an
// input is stdin.
func inputBytes(paths []string) int64 {
	var total int64
	for _, p := range paths {
		if p == "-" {
			return -1
		}
		filepath.WalkDir(p, func(_ string, d fs.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() {
				if info, err := d.Info(); err == nil {
					total += info.Size()
				}
			}
			return nil
		})
	}
	return total
}

// Add records one document of n bytes of text.
func (p *progress) Add(n int) {
	if p.bar == nil {
		return
	}
	p.docs++
	if p.bar.GetMax64() < 0 {
		p.bar.Add(1)
		return
	}
	rate := float64(p.docs) / max(time.Since(p.start).Seconds(), 0.001)
	p.bar.Describe(fmt.Sprintf("%d docs, %.0f docs/s", p.docs, rate))
	p.bar.Add(n)
}

func (p *progress) Clear() {
	if p.bar != nil {
		p.bar.Clear()
	}
}

func (p *progress) Finish() {
	if p.bar != nil {
		p.bar.Finish()
		p.bar.Clear()
	}
}
