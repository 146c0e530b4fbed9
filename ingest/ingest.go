// Package ingest reads the articles an analyst points kg at — plain-text and
// Markdown files with optional front matter, JSON Lines, and HTML pages, in
// files, folders or standard input — and turns each into a kg.Document. It
// skips what is not an English article (binary files, empty files, other
// languages) with a one-line Problem, and repairs what it can (invalid
// UTF-8, unreadable dates) with a warning.
//
// A Document's Text is the text that offsets are into: the body after any
// front matter, the text extracted from a page, the text field of a JSON
// line — after bytes that are not UTF-8 were replaced. docs/inputs.md
// describes every format, key and message.
package ingest

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/kgnews/kg"
)

// Options control how inputs are read.
type Options struct {
	// Date is the publication date of documents whose metadata gives none
	// (the --date flag); zero for none.
	Date time.Time
	// Strict makes the first Problem an error that stops reading.
	Strict bool
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
}

// Problem is one input that was skipped, or read with a repair: a file, a
// line of a JSON Lines file, or a document.
type Problem struct {
	File string // the path as named, or "stdin"
	Line int    // 1-based line, 0 when the problem concerns the whole file
	Msg  string
	// Skipped is true when the input was left out, false when it was read
	// with a warning (a date ignored, bad bytes replaced).
	Skipped bool
}

// Error returns "file:line: msg", or "file: msg" when Line is 0.
func (p Problem) Error() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return p.File + ": " + p.Msg
}

// Stats counts what Read did.
type Stats struct {
	Files     int // files opened, standard input included
	Documents int // documents passed to fn
	Skipped   int // files, lines and documents left out with a Problem
	Ignored   int // files in folders left out silently for their extension
}

// Read reads every path in order — a file, a folder (walked in lexical
// order, hidden files and folders left out, files with other extensions
// ignored) or "-" for standard input — and calls fn with each document.
// Problems go to warn (which may be nil) and reading goes on; with
// opts.Strict the first Problem is returned instead. An error from fn stops
// reading and is returned as it is.
func Read(paths []string, opts Options, fn func(kg.Document) error, warn func(Problem)) (Stats, error) {
	r := newReader(opts, fn, warn)
	for _, p := range paths {
		if err := r.readArg(p); err != nil {
			return r.stats, err
		}
	}
	return r.stats, nil
}

// reader carries the state of one Read.
type reader struct {
	opts    Options
	fn      func(kg.Document) error
	warn    func(Problem)
	stats   Stats
	seen    map[string]string // document id -> origin of its first use
	maxLine int               // longest JSON Lines line read
}

// newReader prepares a Read: Stdin defaults to os.Stdin and the fallback
// date becomes UTC midnight of its calendar date.
func newReader(opts Options, fn func(kg.Document) error, warn func(Problem)) *reader {
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	if !opts.Date.IsZero() {
		y, m, d := opts.Date.Date()
		opts.Date = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	return &reader{opts: opts, fn: fn, warn: warn, seen: map[string]string{}, maxLine: maxLine}
}

// problem reports p; it returns p as an error when reading must stop.
func (r *reader) problem(p Problem) error {
	if p.Skipped {
		r.stats.Skipped++
	}
	if r.opts.Strict {
		return p
	}
	if r.warn != nil {
		r.warn(p)
	}
	return nil
}

// source names one input: a file or standard input.
type source struct {
	name string // path for messages and Origin
	id   string // document id when the metadata gives none
	size int64  // size in bytes when known, else 0
}

// readArg reads one command-line path.
func (r *reader) readArg(arg string) error {
	if arg == "-" {
		r.stats.Files++
		return r.readStream(r.opts.Stdin, source{name: "stdin", id: "stdin"}, formatText, false)
	}
	info, err := os.Stat(arg)
	if err != nil {
		return r.problem(Problem{File: arg, Msg: "cannot read: " + errText(err), Skipped: true})
	}
	if !info.IsDir() {
		f, known := formatOf(arg)
		return r.readFile(arg, source{name: arg, id: filepath.Base(arg), size: info.Size()}, f, known)
	}
	// WalkDir does not follow a link to a folder, even as its root.
	root, err := filepath.EvalSymlinks(arg)
	if err != nil {
		root = arg
	}
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(root, path)
		name := filepath.Join(arg, rel) // the path as the user would write it
		if err != nil {
			return r.problem(Problem{File: name, Msg: "cannot read: " + errText(err), Skipped: true})
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		f, known := formatOf(path)
		if !known {
			r.stats.Ignored++
			return nil
		}
		info, err := os.Stat(path) // follows a symbolic link to a file
		if err != nil || !info.Mode().IsRegular() {
			return nil // dangling links, links to folders, devices
		}
		return r.readFile(path, source{name: name, id: filepath.ToSlash(rel), size: info.Size()}, f, true)
	})
}

// readFile opens and reads one file.
func (r *reader) readFile(path string, src source, f format, known bool) error {
	file, err := os.Open(path)
	if err != nil {
		return r.problem(Problem{File: src.name, Msg: "cannot read: " + errText(err), Skipped: true})
	}
	defer file.Close()
	r.stats.Files++
	return r.readStream(file, src, f, known)
}

// errText returns the reason of an operating-system error without the
// operation and path it names.
func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// emit completes a document from its metadata and text and passes it to
// fn. line is the input line the document starts on, 0 for a whole file.
func (r *reader) emit(src source, line int, m *meta, text string) error {
	doc := kg.Document{
		ID:     m.value[fieldID],
		Title:  m.value[fieldTitle],
		Source: m.value[fieldSource],
		URL:    m.value[fieldURL],
		Origin: src.name,
	}
	if doc.ID == "" {
		doc.ID = src.id
	}
	if line > 0 {
		doc.Origin = fmt.Sprintf("%s:%d", src.name, line)
		if !m.has(fieldID) {
			doc.ID = fmt.Sprintf("%s#line%d", src.id, line)
		}
	}
	text, repaired := repairUTF8(text)
	for _, v := range []*string{&doc.ID, &doc.Title, &doc.Source, &doc.URL} {
		var how string
		if *v, how = repairUTF8(*v); repaired == "" {
			repaired = how
		}
	}
	if repaired == "" {
		repaired = m.repaired
	}
	doc.Text = text
	if strings.TrimSpace(text) == "" {
		return r.problem(Problem{File: src.name, Line: line, Msg: "no text; skipped", Skipped: true})
	}
	if share, n := englishShare(text); n >= englishMinWords && share < englishMinShare {
		msg := fmt.Sprintf("not English (%.0f%% of words are English function words); skipped", 100*share)
		return r.problem(Problem{File: src.name, Line: line, Msg: msg, Skipped: true})
	}
	if repaired != "" {
		if err := r.problem(Problem{File: src.name, Line: line, Msg: repaired}); err != nil {
			return err
		}
	}
	if err := r.setDate(&doc, src, line, m); err != nil {
		return err
	}
	if first, dup := r.seen[doc.ID]; dup {
		msg := fmt.Sprintf("duplicate document id %q (first used at %s)", doc.ID, first)
		if err := r.problem(Problem{File: src.name, Line: line, Msg: msg}); err != nil {
			return err
		}
	} else {
		r.seen[doc.ID] = doc.Origin
	}
	r.stats.Documents++
	return r.fn(doc)
}

// setDate sets doc.Date from the metadata, else from Options.Date. An
// unreadable date is reported and treated as unknown.
func (r *reader) setDate(doc *kg.Document, src source, line int, m *meta) error {
	doc.Date = r.opts.Date
	if !m.has(fieldDate) {
		return nil
	}
	t, err := ParseDate(m.value[fieldDate])
	if err == nil {
		doc.Date = t
		return nil
	}
	if m.line[fieldDate] > 0 {
		line = m.line[fieldDate]
	}
	return r.problem(Problem{File: src.name, Line: line, Msg: err.Error() + "; date treated as unknown"})
}
