// Command gocompare is a baseline for bench/run.sh: it runs prose/v2
// (tokens, tags, named entities) and olebedev/when (every date expression,
// anchored at the publication date) over each article of a JSON Lines
// corpus and reports words per second as one JSON object, like
// ../node/compare.js. Reading the file is not timed.
//
//	go run . corpus.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"syscall"
	"time"

	"github.com/jdkato/prose/v2"
	"github.com/olebedev/when"
	"github.com/olebedev/when/rules/common"
	"github.com/olebedev/when/rules/en"
)

type doc struct {
	Date string `json:"date"`
	Text string `json:"text"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gocompare corpus.jsonl")
		os.Exit(2)
	}
	docs, err := read(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "gocompare:", err)
		os.Exit(1)
	}
	parser := when.New(nil)
	parser.Add(en.All...)
	parser.Add(common.All...)

	words, entities, dates := 0, 0, 0
	start, cpuStart := time.Now(), cpuTime()
	for _, d := range docs {
		words += len(strings.Fields(d.Text))
		pd, err := prose.NewDocument(d.Text)
		if err != nil {
			fmt.Fprintln(os.Stderr, "gocompare:", err)
			os.Exit(1)
		}
		entities += len(pd.Entities())
		ref, err := time.Parse("2006-01-02", d.Date)
		if err != nil {
			ref = time.Now()
		}
		dates += allDates(parser, d.Text, ref)
	}
	secs, cpu := time.Since(start).Seconds(), (cpuTime() - cpuStart).Seconds()
	json.NewEncoder(os.Stdout).Encode(map[string]any{
		"tool": "prose/v2+when", "docs": len(docs), "words": words,
		"seconds": secs, "cpu_seconds": cpu,
		"words_per_s": float64(words) / secs, "words_per_cpu_s": float64(words) / cpu,
		"entities": entities, "dates": dates,
	})
}

// allDates counts every date expression: when.Parse returns the first
// one, so parsing resumes after each match.
func allDates(p *when.Parser, text string, ref time.Time) int {
	n := 0
	for text != "" {
		r, err := p.Parse(text, ref)
		if err != nil || r == nil {
			return n
		}
		n++
		next := r.Index + len(r.Text)
		if next <= 0 || next > len(text) {
			return n
		}
		text = text[next:]
	}
	return n
}

func read(path string) ([]doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []doc
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var d doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, sc.Err()
}

// cpuTime is the process's user plus system time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
