// Package gen writes a deterministic synthetic news corpus for benchmarks
// and tests: English articles in JSON Lines whose story threads (an
// election, a strike, a takeover, a wildfire, a trial) continue across
// days, with invented people and organisations in real places, every kind
// of time expression, and the junk that scraped pages carry. It can also
// write the ground truth it planted, in the evaluation gold format.
//
// Output streams: memory depends on the number of stories running at once
// (a few per day of publication), not on the number of articles.
package gen

import (
	"bufio"
	"container/heap"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"time"
)

// Config says how much to generate.
type Config struct {
	N     int       // number of articles
	Seed  uint64    // the same seed gives the same bytes
	Start time.Time // first publication day; zero means 2024-01-01
	Days  int       // publication dates spread over this many days; 0 means 365
	// IDPrefix starts every document id ("n" when empty): a corpus made
	// with another prefix can be added to a store without replacing any
	// of its documents.
	IDPrefix string
}

// docJSON is one corpus line.
type docJSON struct {
	ID     string `json:"id"`
	Date   string `json:"date"`
	Title  string `json:"title"`
	Source string `json:"source"`
	Text   string `json:"text"`
}

// Generate writes cfg.N articles to corpus as JSON Lines and, when truth is
// not nil, the ground truth as one JSON object in the evaluation gold
// format (junk, entities, timexes, events; see FORMAT.md), with a "type"
// added to each event. Temporary files hold the truth until the end.
func Generate(cfg Config, corpus, truth io.Writer) (err error) {
	lx, err := loadLexicon()
	if err != nil {
		return err
	}
	if cfg.N < 0 {
		return fmt.Errorf("gen: negative article count %d", cfg.N)
	}
	if cfg.Start.IsZero() {
		cfg.Start = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if cfg.Days <= 0 {
		cfg.Days = 365
	}
	if cfg.IDPrefix == "" {
		cfg.IDPrefix = "n"
	}
	g := &generator{
		lx:         lx,
		r:          rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x6b67_6e65_7773)),
		global:     map[string]*entityRec{},
		nextPerson: len(lx.countries), // persons 0..len-1 lead the countries
	}
	if truth != nil {
		if g.truth, err = newTruthWriter(); err != nil {
			return err
		}
		defer func() {
			if cerr := g.truth.finish(truth, err == nil); err == nil {
				err = cerr
			}
		}()
	}
	out := bufio.NewWriterSize(corpus, 1<<16)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if err := g.run(cfg, enc); err != nil {
		return err
	}
	return out.Flush()
}

// generator is the state of one run.
type generator struct {
	lx         *lexicon
	r          *rand.Rand
	global     map[string]*entityRec // places, organisations, leaders by name
	nextPerson int
	nextThread int
	nextEvent  int
	titles     []string // recent headlines, for related-link junk
	truth      *truthWriter
}

func (g *generator) run(cfg Config, enc *json.Encoder) error {
	perDay := float64(cfg.N) / float64(cfg.Days)
	active := max(4, int(math.Ceil(perDay*2.5)))
	q := &threadQueue{}
	for range active {
		heap.Push(q, g.newThread(cfg.Start))
	}
	for i := range cfg.N {
		pub := cfg.Start.Add(time.Duration(int(float64(i)/perDay)) * day)
		th := heap.Pop(q).(*thread)
		a := g.write(th, pub, fmt.Sprintf("%s%07d", cfg.IDPrefix, i+1))
		if err := enc.Encode(a.doc); err != nil {
			return err
		}
		if err := g.record(a); err != nil {
			return err
		}
		th.stage++
		if th.stage == len(th.kind.stages) {
			if err := g.close(th); err != nil {
				return err
			}
			th = g.newThread(pub.Add(time.Duration(g.r.IntN(3)) * day))
		} else {
			th.due = pub.Add(time.Duration(1+g.r.IntN(4)) * day)
		}
		heap.Push(q, th)
	}
	for _, th := range *q {
		if err := g.close(th); err != nil {
			return err
		}
	}
	return g.flushGlobal()
}

func (g *generator) eventID() string {
	g.nextEvent++
	return fmt.Sprintf("E%d", g.nextEvent)
}

// relatedTitle returns a recent headline, or "" at the start.
func (g *generator) relatedTitle() string {
	if len(g.titles) == 0 {
		return ""
	}
	return g.titles[g.r.IntN(len(g.titles))]
}

func (g *generator) rememberTitle(t string) {
	const keep = 16
	if len(g.titles) == keep {
		copy(g.titles, g.titles[1:])
		g.titles = g.titles[:keep-1]
	}
	g.titles = append(g.titles, t)
}

// threadQueue orders threads by due date, then by creation.
type threadQueue []*thread

func (q threadQueue) Len() int { return len(q) }
func (q threadQueue) Less(i, j int) bool {
	if !q[i].due.Equal(q[j].due) {
		return q[i].due.Before(q[j].due)
	}
	return q[i].id < q[j].id
}
func (q threadQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *threadQueue) Push(x any)   { *q = append(*q, x.(*thread)) }
func (q *threadQueue) Pop() any {
	old := *q
	th := old[len(old)-1]
	*q = old[:len(old)-1]
	return th
}
