package event

import (
	"regexp"
	"strings"
	"testing"

	"github.com/kgnews/kg"
)

// people, organisations and places of the test sentences; all invented.
var testEntities = []struct {
	name  string
	typ   kg.EntityType
	alias []string
}{
	{"Ilse Varga", kg.Person, []string{"Varga"}},
	{"Tomas Brel", kg.Person, []string{"Brel"}},
	{"Halden Post", kg.Org, nil},
	{"Go Kessport!", kg.Org, nil},
	{"Orlen Foods", kg.Org, nil},
	{"Miro Dairy", kg.Org, nil},
	{"Radio Vell", kg.Org, nil},
	{"Kessport Road", kg.Loc, nil},
	{"Kessport", kg.GPE, nil},
	{"Norvia", kg.GPE, nil},
}

// tx is a time expression of a test sentence.
type tx struct {
	text  string
	typ   kg.TimexType
	value string
}

// input builds an Input for text: every whole-word occurrence of a test
// entity or alias is a mention, each tx its first occurrence.
func input(text string, times ...tx) Input {
	times = present(text, times)
	in := Input{Text: text}
	taken := make([]bool, len(text))
	type form struct {
		surface, name string
		typ           kg.EntityType
	}
	var forms []form
	for _, e := range testEntities {
		forms = append(forms, form{e.name, e.name, e.typ})
		for _, a := range e.alias {
			forms = append(forms, form{a, e.name, e.typ})
		}
	}
	for _, f := range forms {
		end := `\b`
		if strings.HasSuffix(f.surface, "!") {
			end = ""
		}
		re := regexp.MustCompile(`\b` + regexp.QuoteMeta(f.surface) + end)
		for _, ix := range re.FindAllStringIndex(text, -1) {
			if taken[ix[0]] {
				continue
			}
			for k := ix[0]; k < ix[1]; k++ {
				taken[k] = true
			}
			in.Mentions = append(in.Mentions, kg.Mention{Span: kg.Span{Start: ix[0], End: ix[1]}, Text: f.surface, Type: f.typ, Entity: f.name})
		}
	}
	for _, t := range times {
		i := strings.Index(text, t.text)
		if i < 0 {
			panic("test timex not in text: " + t.text)
		}
		in.Timexes = append(in.Timexes, kg.Timex{Span: kg.Span{Start: i, End: i + len(t.text)}, Text: t.text, Type: t.typ, Value: t.value})
	}
	return in
}

var extractor = New()

// find returns the event whose trigger is trig, failing the test if none.
func find(t *testing.T, evs []kg.Event, trig string) kg.Event {
	t.Helper()
	for _, e := range evs {
		if e.Trigger == trig {
			return e
		}
	}
	var got []string
	for _, e := range evs {
		got = append(got, e.Trigger)
	}
	t.Fatalf("no event %q; got %v", trig, got)
	return kg.Event{}
}

func has(evs []kg.Event, trig string) bool {
	for _, e := range evs {
		if e.Trigger == trig {
			return true
		}
	}
	return false
}

// roleOf returns the role of name in e, or "".
func roleOf(e kg.Event, name string) kg.Role {
	for _, p := range e.Participants {
		if p.Name == name {
			return p.Role
		}
	}
	return ""
}

func timexType(s string) kg.TimexType { return kg.TimexType(s) }

// present keeps the time expressions that occur in text.
func present(text string, times []tx) []tx {
	var out []tx
	for _, t := range times {
		if strings.Contains(text, t.text) {
			out = append(out, t)
		}
	}
	return out
}
