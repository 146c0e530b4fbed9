package gen

import (
	"strings"
	"testing"
)

func TestEmbeddedStoriesLoad(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.kinds) < 5 {
		t.Errorf("%d story kinds, want at least 5", len(lx.kinds))
	}
	for _, k := range lx.kinds {
		if len(k.stages) < 4 {
			t.Errorf("kind %s has %d stages; stories should run over several days", k.name, len(k.stages))
		}
	}
}

// TestStoryCheckRejects feeds check one faulty kind per case.
func TestStoryCheckRejects(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	base := []string{
		"slot P1 person",
		"slot O1 union",
		"stage walkout conflict O1,C",
		"title {O1} walks out in {C}",
		"lead Dock workers of {O1} {E:stopped} work in {C} {T:ev}.",
		"recap The stoppage {R:started} {T:prev}.",
		"plan Talks resume {T:plan}.",
	}
	for _, tc := range []struct {
		name string
		drop int    // leading base lines left out
		line string // appended to base
		want string
	}{
		{"undeclared slot", 0, "context {O7} has said nothing.", "unknown slot"},
		{"unknown time slot", 0, "context Rain fell {T:soon}.", "unknown time slot"},
		{"lead without trigger", 0, "lead Nothing much happened in {C} {T:ev}.", "needs {E:...}"},
		{"recap without date", 0, "recap The stoppage {R:started}.", "needs {R:...} and {T:prev}"},
		{"unknown participant", 0, "stage talks statement O1,O9", "unknown participant"},
		{"unknown org kind", 0, "slot O2 guild", "unknown kind"},
		{"slot declared twice", 0, "slot O1 company", "declared twice"},
		{"P1 not a person", 1, "slot P1 union", "needs a person in slot P1"},
	} {
		k := &storyKind{name: "test"}
		err := error(nil)
		for _, l := range append(append([]string{}, base[tc.drop:]...), tc.line) {
			key, rest, _ := strings.Cut(l, " ")
			if err = k.add(lx, key, rest); err != nil {
				break
			}
		}
		if err == nil {
			err = k.check()
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
	}
}
