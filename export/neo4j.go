package export

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/kgnews/kg/graph"
)

// neo4jFile is one CSV file of a neo4j-admin import.
type neo4jFile struct {
	name   string
	header []string
	rows   [][]string
}

// neo4jRel names each edge kind's relationship file, header and type.
var neo4jRel = map[string]struct {
	file, from, to, typ string
}{
	graph.EdgeParticipates: {"participates.csv", "Entity", "Event", "PARTICIPATES_IN"},
	graph.EdgeMentions:     {"mentions.csv", "Document", "Entity", "MENTIONS"},
	graph.EdgeReports:      {"reports.csv", "Document", "Event", "REPORTS"},
	graph.EdgeCooccurs:     {"cooccurs.csv", "Entity", "Entity", "COOCCURS_WITH"},
	graph.EdgeBefore:       {"before.csv", "Event", "Event", "BEFORE"},
}

// neo4jRelOrder is the order relationship files are written and named.
var neo4jRelOrder = []string{graph.EdgeParticipates, graph.EdgeMentions, graph.EdgeReports, graph.EdgeCooccurs, graph.EdgeBefore}

// cell neutralises a CSV value that a spreadsheet would run as a formula
// (starting with = + - @, tab or carriage return) by prefixing a quote,
// and replaces the array delimiter ';' when the value is an array item.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// array joins items with neo4j's array delimiter ';', turning a ';'
// inside an item into ','.
func array(items []string) string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = strings.ReplaceAll(it, ";", ",")
	}
	return cell(strings.Join(out, ";"))
}

// neo4jFiles builds the CSV files for neo4j-admin database import full.
func neo4jFiles(s graph.Snapshot) []neo4jFile {
	ents := neo4jFile{name: "entities.csv", header: []string{"entityId:ID(Entity)", "name", "type",
		"aliases:string[]", "mentions:int", "documents:int", ":LABEL"}}
	evs := neo4jFile{name: "events.csv", header: []string{"eventId:ID(Event)", "date", "datePrecision",
		"trigger", "lemma", "type", "modality", "summary", "sentence", ":LABEL"}}
	docs := neo4jFile{name: "documents.csv", header: []string{"documentId:ID(Document)", "title", "date",
		"source", "url", ":LABEL"}}
	first := firstTime[string]()
	for _, d := range s.Documents {
		if first(d.ID) {
			docs.rows = append(docs.rows, []string{cell(d.ID), cell(d.Title), cell(d.Date), cell(d.Source), cell(d.URL), "Document"})
		}
	}
	for _, e := range s.Entities {
		if first(e.ID) {
			label := "Entity"
			if c := entityClass(e.Type); c != classOther {
				label += ";" + strings.ToUpper(c[:1]) + c[1:]
			}
			ents.rows = append(ents.rows, []string{cell(e.ID), cell(e.Name), cell(string(e.Type)), array(e.Aliases),
				strconv.Itoa(e.Mentions), strconv.Itoa(e.Documents), label})
		}
	}
	for _, ev := range s.Events {
		if first(ev.ID) {
			sentence := ""
			if len(ev.Sources) > 0 {
				sentence = ev.Sources[0].Sentence
			}
			evs.rows = append(evs.rows, []string{cell(ev.ID), cell(ev.Date), cell(ev.DatePrecision), cell(ev.Trigger),
				cell(ev.Lemma), cell(string(ev.Type)), cell(string(ev.Modality)), cell(ev.Summary), cell(sentence), "Event"})
		}
	}
	rels := make(map[string]*neo4jFile)
	for _, k := range neo4jRelOrder {
		r := neo4jRel[k]
		header := []string{":START_ID(" + r.from + ")", ":END_ID(" + r.to + ")"}
		switch k {
		case graph.EdgeParticipates:
			header = append(header, "role", "date")
		case graph.EdgeCooccurs:
			header = append(header, "weight:float")
		}
		rels[k] = &neo4jFile{name: r.file, header: append(header, ":TYPE")}
	}
	kindOf := make(map[string]string)
	for _, it := range items(s) {
		kindOf[it.ID] = it.Kind
	}
	want := map[string]string{"Entity": graph.KindEntity, "Event": graph.KindEvent, "Document": graph.KindDocument}
	for _, e := range links(s) {
		r, ok := neo4jRel[e.Kind]
		if !ok || kindOf[e.From] != want[r.from] || kindOf[e.To] != want[r.to] {
			continue // an edge whose ends are not of the kinds its file declares
		}
		row := []string{cell(e.From), cell(e.To)}
		switch e.Kind {
		case graph.EdgeParticipates:
			row = append(row, cell(string(e.Role)), cell(e.Date))
		case graph.EdgeCooccurs:
			row = append(row, strconv.FormatFloat(e.Weight, 'g', -1, 64))
		}
		f := rels[e.Kind]
		f.rows = append(f.rows, append(row, r.typ))
	}
	out := []neo4jFile{docs, ents, evs}
	for _, k := range neo4jRelOrder {
		out = append(out, *rels[k])
	}
	return out
}

// writeNeo4j writes the CSV files into opts.Dir and the import command
// that loads them to w.
func writeNeo4j(w io.Writer, s graph.Snapshot, opts Options) error {
	if opts.Dir == "" {
		return fmt.Errorf("%w: neo4j needs a directory to write its CSV files into", ErrOption)
	}
	if err := os.MkdirAll(opts.Dir, 0o755); err != nil {
		return err
	}
	// Names may hold line breaks, which CSV keeps inside quoted cells.
	cmd := []string{"neo4j-admin database import full", "--multiline-fields=true"}
	for i, f := range neo4jFiles(s) {
		var b bytes.Buffer
		c := csv.NewWriter(&b)
		c.Write(f.header)
		c.WriteAll(f.rows) // flushes
		if err := c.Error(); err != nil {
			return err
		}
		path := filepath.Join(opts.Dir, f.name)
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			return err
		}
		flag := "--relationships"
		if i < 3 {
			flag = "--nodes"
		}
		cmd = append(cmd, fmt.Sprintf("%s=%s", flag, shellQuote(path)))
	}
	_, err := fmt.Fprintf(w, "%s neo4j\n", strings.Join(cmd, " \\\n  "))
	return err
}

// shellQuote quotes a path for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+:,") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
