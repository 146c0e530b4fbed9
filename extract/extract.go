// Package extract runs the whole extraction for one document, a pure
// function of its text and publication date: junk spans are found and
// masked, then tokens and sentences, named entities, time expressions and
// events. It stores nothing.
package extract

import (
	"sync"

	"github.com/kgnews/kg"
	"github.com/kgnews/kg/extract/event"
	"github.com/kgnews/kg/extract/ner"
	"github.com/kgnews/kg/text"
	"github.com/kgnews/kg/timex"
)

// Version changes whenever extraction may give different results for the
// same text, so that `kg build` extracts stored documents again.
const Version = "kg-extract-3"

// Options configures an Extractor.
type Options struct {
	// DateOrder reads numeric dates such as 05/07/2017: "mdy" (default)
	// or "dmy".
	DateOrder string
}

// Extractor holds the compiled lexicons; it is safe for concurrent use.
type Extractor struct {
	times    *timex.Tagger
	names    *ner.Recognizer
	happened *event.Extractor
}

// New compiles the lexicons once.
func New(o Options) *Extractor {
	return &Extractor{
		times:    timex.New(timex.Options{DateOrder: o.DateOrder}),
		names:    ner.New(),
		happened: event.New(),
	}
}

// tokenPool recycles token arrays: no annotation keeps its tokens.
var tokenPool = sync.Pool{New: func() any { return new([]text.Token) }}

// Annotate extracts everything kg knows how to find in d. Offsets in the
// result are byte offsets into d.Text as given.
func (x *Extractor) Annotate(d kg.Document) kg.Annotation {
	buf := tokenPool.Get().(*[]text.Token)
	toks := text.AppendTokens((*buf)[:0], d.Text, 0, len(d.Text))
	junk := text.Junk(d.Text, toks)
	clean := d.Text
	if len(junk) > 0 {
		clean = text.Mask(d.Text, junk)
		toks = text.AppendTokens(toks[:0], clean, 0, len(clean))
	}
	defer func() {
		clear(toks)
		*buf = toks[:0]
		tokenPool.Put(buf)
	}()
	sents := text.SentencesOf(clean, toks)
	mentions, entities := x.names.Recognize(clean, toks, sents)
	timexes := x.times.Tag(clean, d.Date)
	events := x.happened.Extract(event.Input{
		Doc: d, Text: clean, Tokens: toks, Sentences: sents,
		Mentions: mentions, Entities: entities, Timexes: timexes,
	})
	return kg.Annotation{
		Doc: d, Sentences: sents, Junk: junk,
		Mentions: nonNil(mentions), Entities: nonNil(entities), Timexes: nonNil(timexes), Events: nonNil(events),
	}
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}
