package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/kgnews/kg/graph"
	"github.com/kgnews/kg/timeml"
	"gonum.org/v1/gonum/graph/formats/rdf"
)

// dgraphSchema is the Dgraph schema that goes with the N-Quads: predicate
// types and indexes, and one type per node kind.
const dgraphSchema = `xid: string @index(exact) @upsert .
name: string @index(exact, term) .
aliases: [string] @index(term) .
entity_type: string @index(exact) .
mention_count: int .
document_count: int .
date: string @index(exact) .
when: datetime @index(day) .
date_precision: string .
trigger: string @index(exact) .
lemma: string @index(exact) .
event_type: string @index(exact) .
modality: string .
summary: string @index(fulltext) .
title: string @index(fulltext) .
source: string .
url: string .
participates: [uid] @reverse .
mentions: [uid] @reverse .
reports: [uid] @reverse .
cooccurs: [uid] @reverse .
before: [uid] @reverse .

type Entity {
  xid
  name
  aliases
  entity_type
  mention_count
  document_count
  participates
  cooccurs
}

type Event {
  xid
  date
  when
  date_precision
  trigger
  lemma
  event_type
  modality
  summary
  before
}

type Document {
  xid
  title
  date
  when
  source
  url
  mentions
  reports
}
`

// edgeKinds are the edge kinds the database formats know; others are
// left out of them.
var edgeKinds = map[string]bool{graph.EdgeParticipates: true, graph.EdgeMentions: true,
	graph.EdgeReports: true, graph.EdgeCooccurs: true, graph.EdgeBefore: true}

// quadWriter writes N-Quads lines, keeping the first error.
type quadWriter struct {
	w     *bufio.Writer
	blank map[string]string
	err   error
}

func (q *quadWriter) line(subject, predicate, object, facets string) {
	if q.err != nil {
		return
	}
	if facets != "" {
		facets = " (" + facets + ")"
	}
	_, q.err = fmt.Fprintf(q.w, "%s <%s> %s%s .\n", subject, predicate, object, facets)
}

// literal writes a string-valued quad unless value is empty.
func (q *quadWriter) literal(subject, predicate, value string) {
	if value != "" {
		q.typed(subject, predicate, value, "")
	}
}

// typed writes a literal quad with an XML Schema datatype ("" for none).
func (q *quadWriter) typed(subject, predicate, value, datatype string) {
	t, err := rdf.NewLiteralTerm(value, datatype)
	if err != nil && q.err == nil {
		q.err = err
	}
	q.line(subject, predicate, t.Value, "")
}

// when writes the datetime the date starts at, when it is a calendar
// interval, for Dgraph's date queries.
func (q *quadWriter) when(subject, date string) {
	if iv, ok := timeml.Parse(date); ok {
		q.typed(subject, "when", iv.Start.Format(time.RFC3339), "http://www.w3.org/2001/XMLSchema#dateTime")
	}
}

// writeNQuads writes the snapshot as RDF N-Quads for `dgraph live`: each
// node a blank node (_:n1, _:n2, … in snapshot order) with its id in
// <xid>, its type in <dgraph.type>, and edges as uid predicates whose
// role, date and weight are Dgraph facets in parentheses. The schema goes
// to opts.Schema when set.
func writeNQuads(w io.Writer, s graph.Snapshot, opts Options) error {
	q := &quadWriter{w: bufio.NewWriter(w), blank: make(map[string]string)}
	for i, it := range items(s) {
		q.blank[it.ID] = "_:n" + strconv.Itoa(i+1)
	}
	typeName := map[string]string{graph.KindDocument: "Document", graph.KindEntity: "Entity", graph.KindEvent: "Event"}
	node := func(id, kind string) string {
		b := q.blank[id]
		q.literal(b, "dgraph.type", typeName[kind])
		q.literal(b, "xid", id)
		return b
	}
	first := firstTime[string]()
	for _, d := range s.Documents {
		if !first(d.ID) {
			continue
		}
		b := node(d.ID, graph.KindDocument)
		q.literal(b, "title", d.Title)
		q.literal(b, "date", d.Date)
		q.when(b, d.Date)
		q.literal(b, "source", d.Source)
		q.literal(b, "url", d.URL)
	}
	for _, e := range s.Entities {
		if !first(e.ID) {
			continue
		}
		b := node(e.ID, graph.KindEntity)
		q.literal(b, "name", e.Name)
		q.literal(b, "entity_type", string(e.Type))
		for _, a := range e.Aliases {
			q.literal(b, "aliases", a)
		}
		q.typed(b, "mention_count", strconv.Itoa(e.Mentions), "http://www.w3.org/2001/XMLSchema#int")
		q.typed(b, "document_count", strconv.Itoa(e.Documents), "http://www.w3.org/2001/XMLSchema#int")
	}
	for _, ev := range s.Events {
		if !first(ev.ID) {
			continue
		}
		b := node(ev.ID, graph.KindEvent)
		q.literal(b, "date", ev.Date)
		q.when(b, ev.Date)
		q.literal(b, "date_precision", ev.DatePrecision)
		q.literal(b, "trigger", ev.Trigger)
		q.literal(b, "lemma", ev.Lemma)
		q.literal(b, "event_type", string(ev.Type))
		q.literal(b, "modality", string(ev.Modality))
		q.literal(b, "summary", ev.Summary)
	}
	for _, e := range links(s) {
		if edgeKinds[e.Kind] {
			q.line(q.blank[e.From], e.Kind, q.blank[e.To], facets(e))
		}
	}
	if q.err != nil {
		return q.err
	}
	if err := q.w.Flush(); err != nil {
		return err
	}
	if opts.Schema != nil {
		_, err := io.WriteString(opts.Schema, dgraphSchema)
		return err
	}
	return nil
}

// facets renders an edge's role, date and weight as Dgraph facets.
func facets(e graph.Edge) string {
	var out string
	add := func(f string) {
		if out != "" {
			out += ", "
		}
		out += f
	}
	if e.Role != "" {
		add("role=" + strconv.Quote(string(e.Role)))
	}
	if e.Date != "" {
		add("date=" + strconv.Quote(e.Date))
		if iv, ok := timeml.Parse(e.Date); ok && iv.Precision == timeml.Day {
			add("day=" + iv.Start.Format(time.RFC3339))
		}
	}
	if e.Weight != 0 {
		add("weight=" + strconv.FormatFloat(e.Weight, 'f', -1, 64))
	}
	return out
}
