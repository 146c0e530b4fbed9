package graph

import (
	"testing"

	"github.com/kgnews/kg"
)

// rebuild stores every annotation again with a new hash, as a rebuild
// after an extractor upgrade does.
func rebuild(t *testing.T, s *Store, anns ...kg.Annotation) {
	t.Helper()
	for _, a := range anns {
		if err := s.Put(a, "rebuilt"); err != nil {
			t.Fatal(err)
		}
	}
}

func mustFind(t *testing.T, s *Store, name string) Entity {
	t.Helper()
	e, err := s.Find(name)
	if err != nil {
		t.Fatalf("Find(%q): %v", name, err)
	}
	return e
}

func checkClean(t *testing.T, s *Store) {
	t.Helper()
	if ps, err := s.Check(false); err != nil || len(ps) != 0 {
		t.Fatalf("store not clean: %v %v", ps, err)
	}
}

func TestMergeSurvivesRebuild(t *testing.T) {
	s := openTemp(t)
	rebuild(t, s, annA1(), annA2())
	ilse, tomas := mustFind(t, s, "Ilse Rinne"), mustFind(t, s, "Tomas Rinne")
	if err := s.Merge(tomas.ID, ilse.ID); err != nil {
		t.Fatal(err)
	}
	checkClean(t, s)
	for pass := 0; pass < 2; pass++ {
		if got := mustFind(t, s, "Ilse Rinne"); got.ID != tomas.ID {
			t.Fatalf("pass %d: Ilse Rinne is %s, want merged into %s", pass, got.ID, tomas.ID)
		}
		tl, err := s.Timeline(tomas.ID)
		if err != nil || len(tl) != 3 {
			t.Fatalf("pass %d: timeline %v, %v; want 3 events", pass, tl, err)
		}
		for _, p := range tl[2].Participants {
			if p.ID == ilse.ID {
				t.Errorf("pass %d: event still names the merged entity", pass)
			}
		}
		rebuild(t, s, annA1(), annA2())
		checkClean(t, s)
	}
	if st, _ := s.Stats(); st.Entities != 3 {
		t.Errorf("entities = %d, want 3 after the merge", st.Entities)
	}
}

func TestSplitAndRename(t *testing.T) {
	s := openTemp(t)
	rebuild(t, s, annA1(), annA2())
	tomas := mustFind(t, s, "Tomas Rinne")
	// a2 calls him only "Rinne": split that article off.
	y, err := s.Split(tomas.ID, "Rinne")
	if err != nil {
		t.Fatal(err)
	}
	checkClean(t, s)
	if y.Documents != 1 || y.Name != "Rinne" {
		t.Errorf("split entity = %+v, want Rinne in 1 document", y)
	}
	if got := mustFind(t, s, "Tomas Rinne"); got.Documents != 1 {
		t.Errorf("Tomas Rinne keeps %d documents, want 1", got.Documents)
	}
	if err := s.Rename(y.ID, "Mr Rinne (a2)"); err != nil {
		t.Fatal(err)
	}
	rebuild(t, s, annA1(), annA2())
	checkClean(t, s)
	got := mustFind(t, s, "Mr Rinne (a2)")
	if got.ID != y.ID || got.Documents != 1 {
		t.Errorf("after rebuild: %+v, want the renamed split entity with 1 document", got)
	}
	if _, err := s.Split(tomas.ID, "Nobody"); err == nil {
		t.Error("split by a form the entity never had: no error")
	}
}
