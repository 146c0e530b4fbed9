package timex

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestGrammarWordsInLexicon guards against a silent miss: the matchers
// compare tokens by their lexicon word, so every literal passed to s.is
// must be a lexicon word or the comparison can never succeed.
func TestGrammarWordsInLexicon(t *testing.T) {
	lex, err := parseLexicon()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("*.go")
	fset := gotoken.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "is" {
				return true
			}
			for _, a := range call.Args[1:] {
				if lit, ok := a.(*ast.BasicLit); ok && lit.Kind == gotoken.STRING {
					w, _ := strconv.Unquote(lit.Value)
					if lex[w] == nil {
						t.Errorf("%s: %q is compared but is not a lexicon word", fset.Position(lit.Pos()), w)
					}
				}
			}
			return true
		})
	}
}

// TestLexiconEntries spot-checks the parsed data files.
func TestLexiconEntries(t *testing.T) {
	lex, err := parseLexicon()
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		word string
		ok   func(*entry) bool
	}{
		{"sept", func(e *entry) bool { return e.month == 9 }},
		{"thursday", func(e *entry) bool { return e.weekday == 4 }},
		{"second", func(e *entry) bool { return e.ord == 2 && e.unit == "S" }},
		{"years", func(e *entry) bool { return e.unit == "Y" && e.plural }},
		{"ninety", func(e *entry) bool { return e.tens == 90 }},
		{"will", func(e *entry) bool { return e.tense == tenseFuture }},
		{"fall", func(e *entry) bool { return e.season == "FA" }},
		{"said", func(e *entry) bool { return e.tense == tensePast && !e.start }},
		{"the", func(e *entry) bool { return e.start }},
	}
	for _, c := range checks {
		if e := lex[c.word]; e == nil || !c.ok(e) {
			t.Errorf("lexicon entry %q = %+v", c.word, e)
		}
	}
}
