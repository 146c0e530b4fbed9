package gen

import "testing"

func TestPersonNamesUnique(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	// Past the list pairs, into the syllable surnames.
	n := len(lx.first)*len(lx.surnames) + 20000
	seen := make(map[string]int, n)
	for k := range n {
		f, l := lx.personName(k)
		name := f + " " + l
		if j, dup := seen[name]; dup {
			t.Fatalf("persons %d and %d are both %q", j, k, name)
		}
		seen[name] = k
	}
}

func TestInitials(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"National Union of Rail Workers", "NURW"},
		{"Port Workers' Federation", "PWF"},
		{"Anti-Corruption Directorate", "ACD"},
		{"Office of the State Prosecutor", "OSP"},
	} {
		if got := initials(tc.name); got != tc.want {
			t.Errorf("initials(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestOccurrence(t *testing.T) {
	const text = "Now the known facts are known now, and now."
	for _, tc := range []struct {
		sub          string
		start        int
		want, wantWd int
	}{
		{"now", 30, 3, 1},  // substring counting sees the "now" in each "known"
		{"now", 39, 4, 2},  // the last "now"
		{"known", 8, 1, 1}, // the first "known"
	} {
		if text[tc.start:tc.start+len(tc.sub)] != tc.sub {
			t.Fatalf("bad start %d for %q", tc.start, tc.sub)
		}
		if got := occurrence(text, tc.sub, tc.start); got != tc.want {
			t.Errorf("occurrence(%q at %d) = %d, want %d", tc.sub, tc.start, got, tc.want)
		}
		if got := wordOccurrence(text, tc.sub, tc.start); got != tc.wantWd {
			t.Errorf("wordOccurrence(%q at %d) = %d, want %d", tc.sub, tc.start, got, tc.wantWd)
		}
	}
}
