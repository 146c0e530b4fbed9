package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/kgnews/kg"
)

// want is one expected expression: its text, type and value.
type want struct {
	text string
	typ  kg.TimexType
	val  string
}

// tcase is one sentence tagged against a publication date ("" = undated).
// want lists expressions that must be found with these values; absent
// lists texts that must not be tagged (alone or inside a longer span).
type tcase struct {
	dct    string
	text   string
	want   []want
	absent []string
}

var testTagger = New(Options{})

func mustDate(t testing.TB, s string) time.Time {
	t.Helper()
	if s == "" {
		return time.Time{}
	}
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatalf("bad test date %q: %v", s, err)
	}
	return d
}

// runCases tags each case with tg and checks its expectations and the
// span invariants.
func runCases(t *testing.T, tg *Tagger, cases []tcase) {
	t.Helper()
	for _, c := range cases {
		got := tg.Tag(c.text, mustDate(t, c.dct))
		checkSpans(t, c.text, got)
		for _, w := range c.want {
			x, ok := find(got, w.text)
			if !ok {
				t.Errorf("%q (dct %s): %q not tagged; got %s", c.text, c.dct, w.text, list(got))
				continue
			}
			if x.Type != w.typ || x.Value != w.val {
				t.Errorf("%q (dct %s): %q = %s %s, want %s %s (rule: %s)", c.text, c.dct, w.text, x.Type, x.Value, w.typ, w.val, x.Rule)
			}
		}
		for _, a := range c.absent {
			for _, x := range got {
				if strings.Contains(x.Text, a) {
					t.Errorf("%q (dct %s): %q should not be tagged, got %q %s", c.text, c.dct, a, x.Text, x.Value)
				}
			}
		}
	}
}

func find(xs []kg.Timex, text string) (kg.Timex, bool) {
	for _, x := range xs {
		if x.Text == text {
			return x, true
		}
	}
	return kg.Timex{}, false
}

func list(xs []kg.Timex) string {
	var b strings.Builder
	for _, x := range xs {
		b.WriteString("[" + x.Text + " " + string(x.Type) + " " + x.Value + "] ")
	}
	return b.String()
}

// checkSpans asserts the output contract: spans inside text, in order,
// not overlapping, Text equal to the span's text, a type and a value.
func checkSpans(t testing.TB, text string, xs []kg.Timex) {
	t.Helper()
	end := 0
	for _, x := range xs {
		if x.Start < end || x.End <= x.Start || x.End > len(text) {
			t.Fatalf("bad span %d-%d (previous end %d, text length %d) in %q", x.Start, x.End, end, len(text), text)
		}
		if text[x.Start:x.End] != x.Text {
			t.Fatalf("Text %q != text[%d:%d] %q", x.Text, x.Start, x.End, text[x.Start:x.End])
		}
		if x.Type == "" || x.Value == "" {
			t.Fatalf("empty type or value: %+v", x)
		}
		end = x.End
	}
}
