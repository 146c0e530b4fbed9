package text

import (
	"strings"
	"testing"
)

// junkTexts returns the junk of s as strings.
func junkTexts(s string) []string {
	var out []string
	for _, sp := range Junk(s, Tokenize(s)) {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}

func TestJunk(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"related-link blob glued to a name",
			"Finnish Prime Minister Aino KallioAino Maria KallioFerry strike ends after talks Storm closes ports MORE said on Tuesday that talks would resume.",
			[]string{"Aino Maria KallioFerry strike ends after talks Storm closes ports MORE"}},
		{"related-link blob glued to the bracket after a name",
			"Sen. Ana Ruiz (D-N.M.)Ana Maria RuizSenate panel backs water bill Drought talks stall MORE asked for funds.",
			[]string{"Ana Maria RuizSenate panel backs water bill Drought talks stall MORE"}},
		{"tag line", "The bill passed.\nTags Ana Ruiz Senate", []string{"Tags Ana Ruiz Senate"}},
		{"glued words without a repeated name are not a blob",
			"The firm sells its MacBook rival in Oslo. MORE details came later.",
			nil},
		{"link text glued once to a name, on a line of its own ending in MORE",
			"The trial opened.\n\nMarta OkoyeHarbour bridge reopens after repairs MORE\n\nThe jury was sworn in.",
			[]string{"Harbour bridge reopens after repairs MORE"}},
		{"a glued word in a line that MORE does not end is not a blob",
			"Shares of MacBook makers rose. MORE buyers came.\nThe index fell.",
			nil},
		{"photo credit line", "Storm hits coast\n© Reuters Pictures\n\nThe storm hit Bergen.",
			[]string{"© Reuters Pictures"}},
		{"agency photo credit in brackets", "Firefighters battle the blaze near Tromso. (AP Photo/Kari Nordmann)\nThe fire spread.",
			[]string{"(AP Photo/Kari Nordmann)"}},
		{"copyright line", "The vote is on Sunday.\n\nCopyright 2025 Fjord Media AS. All rights reserved.",
			[]string{"Copyright 2025 Fjord Media AS. All rights reserved."}},
		{"byline", "By Ola Hansen and Per Berg, Reuters\nOSLO - Ministers met.",
			[]string{"By Ola Hansen and Per Berg, Reuters"}},
		{"a sentence starting with By is not a byline", "By Sunday the river had risen two metres in Trondheim.",
			nil},
		{"newsletter and read-more residue", "Prices rose.\nSign up for our morning newsletter\nRead more: Why ferries matter\nThey fell later.",
			[]string{"Sign up for our morning newsletter", "Read more: Why ferries matter"}},
		{"advertisement residue", "Prices rose.\nStory continues below advertisement\nThey fell later.",
			[]string{"Story continues below advertisement"}},
		{"call to action inside a paragraph", "Ferry fares rose again. Click here to read our full coverage. Ministers meet on Friday.",
			[]string{"Click here to read our full coverage."}},
		{"share buttons", "Share Tweet Email\nThe minister resigned.", []string{"Share Tweet Email"}},
		{"reporting credit in brackets", "Talks resume on Monday. (Reporting by Ola Hansen; Editing by Kari Dahl)",
			[]string{"(Reporting by Ola Hansen; Editing by Kari Dahl)"}},
		{"dateline bracket is not a credit", "OSLO (Reuters) - The minister resigned.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := junkTexts(tt.in)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Junk(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMaskKeepsOffsetsAndNewlines(t *testing.T) {
	s := "Storm hits\n© Getty Images\nThe end."
	junk := Junk(s, Tokenize(s))
	m := Mask(s, junk)
	if len(m) != len(s) {
		t.Fatalf("Mask changed length: %d != %d", len(m), len(s))
	}
	if strings.Count(m, "\n") != strings.Count(s, "\n") {
		t.Errorf("Mask dropped a newline: %q", m)
	}
	if strings.Contains(m, "Getty") || !strings.HasSuffix(m, "The end.") {
		t.Errorf("Mask(%q) = %q", s, m)
	}
}

func FuzzJunk(f *testing.F) {
	for _, s := range []string{
		"Mara DelaneyMara Jo DelaneyCouncil votes on budget MORE said",
		"© Getty Images\nCopyright 2024 X Ltd. All rights reserved.",
		"(AP Photo/X) By Jane Doe\n", "ÅÅ(©", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		junk := Junk(s, Tokenize(s))
		last := 0
		for _, sp := range junk {
			if sp.Start < last || sp.End > len(s) || sp.Start >= sp.End {
				t.Fatalf("bad span %v (prev end %d) in %q", sp, last, s)
			}
			last = sp.End
		}
		if m := Mask(s, junk); len(m) != len(s) {
			t.Fatalf("Mask changed length")
		}
	})
}
