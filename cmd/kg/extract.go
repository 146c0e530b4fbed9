package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/kgnews/kg"
	"github.com/kgnews/kg/extract"
	"github.com/kgnews/kg/ingest"
	"github.com/urfave/cli/v2"
)

func extractCommand() *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "annotate articles without storing them",
		ArgsUsage: "PATH...",
		Description: `Prints, for each document, the entities, time expressions and events kg
finds. With --format json: JSON Lines, one object per document
(docs/json.md); offsets are byte offsets into the document text as given.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "date", Usage: "publication `DATE` (YYYY-MM-DD) for documents that give none"},
			&cli.StringFlag{Name: "date-order", Value: "mdy", Usage: "how to read 05/07/2017: mdy or dmy"},
			&cli.BoolFlag{Name: "strict", Usage: "stop at the first bad input instead of skipping it"},
			formatFlag("text", "json"),
		},
		Action: runExtract,
	}
}

// extractJSON is one line of `kg extract --format json` (docs/json.md).
type extractJSON struct {
	Doc struct {
		ID    string `json:"id"`
		Date  string `json:"date"`
		Title string `json:"title"`
	} `json:"doc"`
	Entities []kg.Mention `json:"entities"`
	Timexes  []kg.Timex   `json:"timexes"`
	Events   []kg.Event   `json:"events"`
	Junk     []kg.Span    `json:"junk"`
}

func runExtract(c *cli.Context) error {
	format, err := checkFormat(c, "text", "json")
	if err != nil {
		return err
	}
	iopts, xopts, err := readOptions(c)
	if err != nil {
		return err
	}
	if os.Getenv("GOGC") == "" {
		// Extraction keeps a few megabytes live and allocates fast: with
		// the default the collector runs every few articles. The soft
		// memory limit still bounds the heap.
		debug.SetGCPercent(400)
	}
	x := extract.New(xopts)
	p := newPipeline(c.Context, runtime.GOMAXPROCS(0), func(d kg.Document) (kg.Annotation, string, bool) {
		return x.Annotate(d), "", true
	})
	var writeErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		for r := range p.out {
			if writeErr != nil {
				continue
			}
			if format == "json" {
				writeErr = writeExtractJSON(c.App.Writer, r.ann)
			} else {
				writeErr = printAnnotation(c.App.Writer, r.ann)
			}
			if writeErr != nil {
				p.cancel()
			}
		}
	}()
	warn := func(pr ingest.Problem) { fmt.Fprintf(c.App.ErrWriter, "kg: %s\n", pr.Error()) }
	st, err := ingest.Read(c.Args().Slice(), iopts, p.submit, warn)
	p.close()
	<-done
	switch {
	case writeErr != nil:
		return writeErr
	case err != nil:
		return err
	case st.Skipped > 0:
		return skippedError{st.Skipped}
	}
	return nil
}

func writeExtractJSON(w io.Writer, a kg.Annotation) error {
	var o extractJSON
	o.Doc.ID, o.Doc.Date, o.Doc.Title = a.Doc.ID, a.Doc.DateString(), a.Doc.Title
	o.Entities, o.Timexes, o.Events, o.Junk = a.Mentions, a.Timexes, a.Events, nonNilSpans(a.Junk)
	return writeJSONLine(w, o)
}

func nonNilSpans(s []kg.Span) []kg.Span {
	if s == nil {
		return []kg.Span{}
	}
	return s
}

func printAnnotation(w io.Writer, a kg.Annotation) error {
	fmt.Fprintf(w, "== %s (%s) %s\n", a.Doc.ID, orDash(a.Doc.DateString()), a.Doc.Title)
	var rows []row
	for _, m := range a.Mentions {
		rows = append(rows, row{cells: []string{"entity", string(m.Type), m.Text, m.Entity}})
	}
	for _, t := range a.Timexes {
		rows = append(rows, row{cells: []string{"time", string(t.Type), t.Text, t.Value + "  (" + t.Rule + ")"}})
	}
	for _, e := range a.Events {
		var ps []string
		for _, p := range e.Participants {
			ps = append(ps, p.Name+"/"+string(p.Role))
		}
		rows = append(rows, row{cells: []string{"event", string(e.Type), e.Trigger, showDate(e.Date, e.Offset) + "  " + strings.Join(ps, ", ")}})
	}
	return printRows(w, []string{"KIND", "TYPE", "TEXT", "VALUE"}, rows)
}
