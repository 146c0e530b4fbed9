package graph

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/kgnews/kg"
)

// doc builds an annotation from a text and marked-up mentions and events;
// offsets are found by searching the text, so tests read like articles.
type mk struct {
	text string
	id   string
	date string
}

func (m mk) at(sub string, n int) kg.Span {
	i := -1
	for ; n > 0; n-- {
		j := strings.Index(m.text[i+1:], sub)
		if j < 0 {
			panic("no " + sub)
		}
		i += j + 1
	}
	return kg.Span{Start: i, End: i + len(sub)}
}

func (m mk) doc() kg.Document {
	d := kg.Document{ID: m.id, Text: m.text}
	if m.date != "" {
		d.Date, _ = time.Parse("2006-01-02", m.date)
	}
	return d
}

func mention(m mk, form string, n int, typ kg.EntityType, entity string) kg.Mention {
	return kg.Mention{Span: m.at(form, n), Text: form, Type: typ, Entity: entity}
}

func event(m mk, trig, lemma, date string, ref int, ps ...kg.Participant) kg.Event {
	sp := m.at(trig, 1)
	return kg.Event{Span: sp, Trigger: trig, Lemma: lemma, Type: kg.OtherType, Date: date, DateWhy: "test", Participants: ps, Sentence: kg.Span{Start: 0, End: len(m.text)}, Ref: ref}
}

func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(t.TempDir(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

var (
	a1 = mk{id: "a1", date: "2031-03-10", text: "Mayor Tomas Rinne won the vote in Vellby on Sunday. Rinne thanked voters."}
	a2 = mk{id: "a2", date: "2031-03-11", text: "Rinne, elected on Sunday in Vellby, met Ilse Rinne and Astrid Hale."}
)

func annA1() kg.Annotation {
	return kg.Annotation{
		Doc:       a1.doc(),
		Sentences: []kg.Span{a1.at("Mayor Tomas Rinne won the vote in Vellby on Sunday.", 1), a1.at("Rinne thanked voters.", 1)},
		Mentions: []kg.Mention{
			mention(a1, "Tomas Rinne", 1, kg.Person, "Tomas Rinne"),
			mention(a1, "Vellby", 1, kg.GPE, "Vellby"),
			mention(a1, "Rinne", 2, kg.Person, "Tomas Rinne"),
		},
		Entities: []kg.Entity{
			{Name: "Tomas Rinne", Type: kg.Person, Aliases: []string{"Rinne", "Tomas Rinne"}},
			{Name: "Vellby", Type: kg.GPE, Aliases: []string{"Vellby"}},
		},
		Events: []kg.Event{
			event(a1, "won", "win", "2031-03-09", 1, kg.Participant{Name: "Tomas Rinne", Role: kg.Agent}, kg.Participant{Name: "Vellby", Role: kg.Place}),
			event(a1, "thanked", "thank", "", 0, kg.Participant{Name: "Tomas Rinne", Role: kg.Agent}),
		},
	}
}

func annA2() kg.Annotation {
	return kg.Annotation{
		Doc:       a2.doc(),
		Sentences: []kg.Span{{Start: 0, End: len(a2.text)}},
		Mentions: []kg.Mention{
			mention(a2, "Rinne", 1, kg.Person, "Rinne"),
			mention(a2, "Vellby", 1, kg.GPE, "Vellby"),
			mention(a2, "Ilse Rinne", 1, kg.Person, "Ilse Rinne"),
			mention(a2, "Astrid Hale", 1, kg.Person, "Astrid Hale"),
		},
		Entities: []kg.Entity{
			{Name: "Rinne", Type: kg.Person, Aliases: []string{"Rinne"}},
			{Name: "Vellby", Type: kg.GPE, Aliases: []string{"Vellby"}},
			{Name: "Ilse Rinne", Type: kg.Person, Aliases: []string{"Ilse Rinne", "Rinne"}},
			{Name: "Astrid Hale", Type: kg.Person, Aliases: []string{"Astrid Hale"}},
		},
		Events: []kg.Event{
			event(a2, "elected", "win", "2031-03-09", 0, kg.Participant{Name: "Rinne", Role: kg.Patient}),
			event(a2, "met", "meet", "", 0, kg.Participant{Name: "Rinne", Role: kg.Agent}, kg.Participant{Name: "Ilse Rinne", Role: kg.Patient}, kg.Participant{Name: "Astrid Hale", Role: kg.Patient}),
		},
	}
}

func TestMergeAcrossDocuments(t *testing.T) {
	s := openTemp(t)
	for _, a := range []kg.Annotation{annA1(), annA2()} {
		if err := s.Put(a, Hash(a.Doc, "t")); err != nil {
			t.Fatal(err)
		}
	}
	tomas, err := s.Find("Tomas Rinne")
	if err != nil {
		t.Fatal(err)
	}
	if tomas.Documents != 2 || tomas.Mentions != 3 {
		t.Errorf("Tomas Rinne: %d documents, %d mentions; want 2 and 3 (surname-only doc merged)", tomas.Documents, tomas.Mentions)
	}
	ilse, err := s.Find("ilse rinne")
	if err != nil {
		t.Fatal(err)
	}
	if ilse.ID == tomas.ID {
		t.Fatal("Ilse Rinne merged into Tomas Rinne: two first names with one surname are two people")
	}
	if got, err := s.Find("RINNE"); err != nil || got.ID != tomas.ID {
		t.Errorf("Find(RINNE) = %v, %v; want Tomas Rinne, the only one the texts call Rinne", got.Name, err)
	}
	tl, err := s.Timeline(tomas.ID)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range tl {
		got = append(got, e.Trigger+"@"+e.Date+"/"+strconv.Itoa(len(e.Sources)))
	}
	want := "won@2031-03-09/2 thanked@/1 met@/1"
	if strings.Join(got, " ") != want {
		t.Errorf("timeline = %q, want %q", strings.Join(got, " "), want)
	}
	st, _ := s.Stats()
	if st.Documents != 2 || st.Entities != 4 || st.Events != 3 {
		t.Errorf("stats = %+v", st)
	}
}

func TestReplaceAndIdempotence(t *testing.T) {
	s := openTemp(t)
	a := annA1()
	h := Hash(a.Doc, "t")
	for i := 0; i < 2; i++ {
		if err := s.Put(a, h); err != nil {
			t.Fatal(err)
		}
	}
	once, _ := s.Stats()
	if !s.Unchanged("a1", h) {
		t.Error("Unchanged = false for a stored hash")
	}
	if once.Documents != 1 || once.Entities != 2 || once.Events != 2 {
		t.Errorf("after storing a1 twice: %+v", once)
	}
	// a changed a1 that no longer mentions Vellby replaces the old one
	b := annA1()
	b.Mentions = b.Mentions[:1]
	b.Entities = b.Entities[:1]
	b.Events = b.Events[1:]
	if err := s.Put(b, "other"); err != nil {
		t.Fatal(err)
	}
	st, _ := s.Stats()
	if st.Documents != 1 || st.Entities != 1 || st.Events != 1 {
		t.Errorf("after replacing a1: %+v, want 1 document, 1 entity, 1 event", st)
	}
	if _, err := s.Find("Vellby"); err == nil {
		t.Error("Vellby still found after the only document naming it changed")
	}
	snap, err := s.Snapshot(Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(snap.Entities) != 1 || len(snap.Events) != 1 {
		t.Errorf("snapshot: %d entities, %d events", len(snap.Entities), len(snap.Events))
	}
}

func TestLockedAndMissingStore(t *testing.T) {
	dir := t.TempDir()
	if _, err := Open(dir, Options{ReadOnly: true}); !errors.Is(err, ErrNoStore) {
		t.Errorf("read-only open of an empty dir: %v, want ErrNoStore", err)
	}
	s, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := Open(dir, Options{}); !errors.Is(err, ErrLocked) {
		t.Errorf("second writer: %v, want ErrLocked", err)
	}
	if _, err := Open(dir, Options{ReadOnly: true}); !errors.Is(err, ErrLocked) {
		t.Errorf("reader during a write: %v, want ErrLocked", err)
	}
}

func TestWindowedSnapshot(t *testing.T) {
	s := openTemp(t)
	a := annA1()
	if err := s.Put(a, "h"); err != nil {
		t.Fatal(err)
	}
	snap, err := s.Snapshot(Filter{From: "2031-03-01", To: "2031-03-31"})
	if err != nil {
		t.Fatal(err)
	}
	if len(snap.Events) != 1 || snap.Events[0].Trigger != "won" {
		t.Errorf("windowed events = %+v, want only the dated win", snap.Events)
	}
	kinds := map[string]int{}
	for _, e := range snap.Edges {
		kinds[e.Kind]++
	}
	if kinds[EdgeParticipates] != 2 || kinds[EdgeReports] != 1 || kinds[EdgeCooccurs] != 1 {
		t.Errorf("edge kinds = %v", kinds)
	}
}

func TestCheckAndRepair(t *testing.T) {
	s := openTemp(t)
	for _, a := range []kg.Annotation{annA1(), annA2()} {
		if err := s.Put(a, "h"); err != nil {
			t.Fatal(err)
		}
	}
	if ps, err := s.Check(false); err != nil || len(ps) != 0 {
		t.Fatalf("fresh store: problems %v, err %v", ps, err)
	}
	// Break it: a dangling timeline key and a wrong count.
	if err := s.db.Update(func(txn *badger.Txn) error {
		if err := txn.Set(key(pTimeline, "ent:person:nobody", "2031-03-090", "evt:gone"), nil); err != nil {
			return err
		}
		return setJSON(txn, metaKey("counts"), counters{Documents: 7})
	}); err != nil {
		t.Fatal(err)
	}
	ps, err := s.Check(false)
	if err != nil || len(ps) != 2 {
		t.Fatalf("broken store: problems %v, err %v; want 2", ps, err)
	}
	if _, err := s.Check(true); err != nil {
		t.Fatal(err)
	}
	if ps, err := s.Check(false); err != nil || len(ps) != 0 {
		t.Errorf("after repair: problems %v, err %v", ps, err)
	}
	if st, _ := s.Stats(); st.Documents != 2 {
		t.Errorf("repaired documents count = %d, want 2", st.Documents)
	}
}

func TestFindNearName(t *testing.T) {
	s := openTemp(t)
	if err := s.Put(annA2(), "h"); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ query, want string }{
		{"Astrid Hale", "Astrid Hale"},
		{"Dr Astrid Hale", "Astrid Hale"}, // the name lies inside the query
		{"Ilse", ""},                      // a first name alone is not enough
		{"hale", "Astrid Hale"},           // a surname is
		{"Hale Ilse", ""},
	}
	for _, tc := range cases {
		e, err := s.Find(tc.query)
		if tc.want == "" {
			if err == nil {
				t.Errorf("Find(%q) = %s, want no entity", tc.query, e.Name)
			}
			continue
		}
		if err != nil || e.Name != tc.want {
			t.Errorf("Find(%q) = %q, %v; want %q", tc.query, e.Name, err, tc.want)
		}
	}
}

// TestEventsWindowAcrossPrecisions checks that a window query, answered
// by seeks into the date index, finds coarse dates that began before it.
func TestEventsWindowAcrossPrecisions(t *testing.T) {
	s := openTemp(t)
	m := mk{id: "w", date: "2031-03-20", text: "Hale opened, closed, sold, built, and left."}
	hale := kg.Participant{Name: "Astrid Hale", Role: kg.Agent}
	a := kg.Annotation{
		Doc:      m.doc(),
		Mentions: []kg.Mention{mention(m, "Hale", 1, kg.Person, "Astrid Hale")},
		Entities: []kg.Entity{{Name: "Astrid Hale", Type: kg.Person, Aliases: []string{"Hale"}}},
		Events: []kg.Event{
			event(m, "opened", "open", "2031-03-09", 0, hale),
			event(m, "closed", "close", "2031", 0, hale),
			event(m, "sold", "sell", "2031-W10", 0, hale),
			event(m, "built", "build", "203", 0, hale),
			event(m, "left", "leave", "2030-12-31", 0, hale),
		},
	}
	if err := s.Put(a, "h"); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ from, to, want string }{
		{"2031-03-08", "2031-03-10", "built closed sold opened"},
		{"2031-03-10", "", "built closed"}, // week 10 ended on the 9th
		{"", "2030-12-31", "built left"},
		{"2035", "2035", "built"},
		{"2029", "2029", ""},
		{"", "", "built left closed sold opened"},
	}
	for _, tc := range cases {
		evs, err := s.Events(tc.from, tc.to)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range evs {
			got = append(got, e.Trigger)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("Events(%q, %q) = %v, want %q", tc.from, tc.to, got, tc.want)
		}
	}
}

func TestOtherSchemaVersion(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.db.Update(func(txn *badger.Txn) error { return setJSON(txn, metaKey("schema"), SchemaVersion+1) }); err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, ro := range []bool{false, true} {
		_, err := Open(dir, Options{ReadOnly: ro})
		if err == nil || !strings.Contains(err.Error(), "rebuild") {
			t.Errorf("open (read-only %v) of a store from another schema: %v, want advice to rebuild", ro, err)
		}
	}
}

func TestInitials(t *testing.T) {
	cases := map[string]string{
		"English Football League":                              "efl",
		"Organization for Security and Co-operation in Europe": "osce",
		"European Central Bank":                                "ecb",
		"NATO":                                                 "",
		"Reuters":                                              "",
		"the league of small clubs":                            "",
	}
	for in, want := range cases {
		if got := initials(in); got != want {
			t.Errorf("initials(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAcronymAcrossArticles: an article that only says "VPA" joins the
// organisation another article named in full, whichever came first.
func TestAcronymAcrossArticles(t *testing.T) {
	full := mk{id: "full", date: "2031-03-10", text: "The Vellby Port Authority fined Hale."}
	short := mk{id: "short", date: "2031-03-11", text: "The VPA fined Hale again."}
	ann := func(m mk, form string) kg.Annotation {
		return kg.Annotation{Doc: m.doc(),
			Mentions: []kg.Mention{mention(m, form, 1, kg.Org, form)},
			Entities: []kg.Entity{{Name: form, Type: kg.Org, Aliases: []string{form}}}}
	}
	for _, order := range [][2]kg.Annotation{{ann(full, "Vellby Port Authority"), ann(short, "VPA")}, {ann(short, "VPA"), ann(full, "Vellby Port Authority")}} {
		s := openTemp(t)
		for _, a := range order {
			if err := s.Put(a, "h"); err != nil {
				t.Fatal(err)
			}
		}
		e := mustFind(t, s, "vpa")
		if e.Documents != 2 || e.Name != "Vellby Port Authority" {
			t.Errorf("first %s: %+v, want one entity named in full in 2 documents", order[0].Doc.ID, e)
		}
		checkClean(t, s)
	}
}

// TestBusyEventStaysBounded: an event retold by more articles than an
// event lists keeps counting them, and taking one back out keeps it whole.
func TestBusyEventStaysBounded(t *testing.T) {
	s := openTemp(t)
	var anns []kg.Annotation
	for i := 0; i < maxSources+6; i++ {
		m := mk{id: fmt.Sprintf("r%03d", i), date: "2031-03-10", text: "Hale won the vote on Sunday."}
		a := kg.Annotation{Doc: m.doc(),
			Mentions: []kg.Mention{mention(m, "Hale", 1, kg.Person, "Astrid Hale")},
			Entities: []kg.Entity{{Name: "Astrid Hale", Type: kg.Person, Aliases: []string{"Hale"}}},
			Events:   []kg.Event{event(m, "won", "win", "2031-03-09", 0, kg.Participant{Name: "Astrid Hale", Role: kg.Agent})}}
		anns = append(anns, a)
		if err := s.Put(a, "h"); err != nil {
			t.Fatal(err)
		}
	}
	tl, err := s.Timeline(mustFind(t, s, "Astrid Hale").ID)
	if err != nil || len(tl) != 1 {
		t.Fatalf("timeline %v, %v: want one event", tl, err)
	}
	if len(tl[0].Sources) != maxSources || tl[0].MoreSources != 6 {
		t.Errorf("%d sources listed, %d more; want %d and 6", len(tl[0].Sources), tl[0].MoreSources, maxSources)
	}
	// A further report naming someone new: on that person's timeline,
	// and written to the overflow record alone.
	evID := tl[0].ID
	before := rawValue(t, s, key(pEvent, evID))
	m := mk{id: "r999", date: "2031-03-10", text: "Hale won the vote on Sunday, Ilse Rinne said."}
	extra := kg.Annotation{Doc: m.doc(),
		Mentions: []kg.Mention{mention(m, "Hale", 1, kg.Person, "Astrid Hale"), mention(m, "Ilse Rinne", 1, kg.Person, "Ilse Rinne")},
		Entities: []kg.Entity{{Name: "Astrid Hale", Type: kg.Person, Aliases: []string{"Hale"}}, {Name: "Ilse Rinne", Type: kg.Person, Aliases: []string{"Ilse Rinne"}}},
		Events:   []kg.Event{event(m, "won", "win", "2031-03-09", 0, kg.Participant{Name: "Astrid Hale", Role: kg.Agent}, kg.Participant{Name: "Ilse Rinne", Role: kg.Patient})}}
	if err := s.Put(extra, "h"); err != nil {
		t.Fatal(err)
	}
	if after := rawValue(t, s, key(pEvent, evID)); string(after) != string(before) {
		t.Errorf("an unlisted report rewrote the event's record")
	}
	if tl, _ := s.Timeline(mustFind(t, s, "Ilse Rinne").ID); len(tl) != 1 || tl[0].ID != evID || tl[0].MoreSources != 7 {
		t.Errorf("timeline of a participant only an unlisted report named: %+v", tl)
	}
	if err := s.Put(anns[len(anns)-1], "changed"); err != nil { // an unlisted report replaced
		t.Fatal(err)
	}
	tl, _ = s.Timeline(mustFind(t, s, "Astrid Hale").ID)
	if len(tl) != 1 || tl[0].MoreSources != 7 {
		t.Errorf("after replacing an unlisted report: %+v", tl)
	}
	checkClean(t, s)

	// Losing the overflow record, or a mirrored co-occurrence key, is
	// found and repaired.
	if err := s.db.Update(func(txn *badger.Txn) error {
		if err := txn.Delete(key(pOverflow, evID)); err != nil {
			return err
		}
		return txn.Set(key(pCoRev, "ent:person:zed", "ent:person:abe"), []byte("1"))
	}); err != nil {
		t.Fatal(err)
	}
	ps, err := s.Check(false)
	if err != nil {
		t.Fatal(err)
	}
	var seen []string
	for _, p := range ps {
		seen = append(seen, p.What)
	}
	all := strings.Join(seen, "; ")
	if !strings.Contains(all, `missing index key "U`) || !strings.Contains(all, `dangling index key "Yent:person:zed`) {
		t.Errorf("problems %q; want the missing overflow record and the dangling mirror key", all)
	}
	if _, err := s.Check(true); err != nil {
		t.Fatal(err)
	}
	checkClean(t, s)
}

// TestOpenAfterCrashLeftEmptyLogs: a writer killed between creating a
// memtable or value-log file and sizing it leaves a zero-byte file; Badger
// refuses such a directory (dgraph-io/badger#2207). Both kinds of open must
// still succeed and keep what was stored.
func TestOpenAfterCrashLeftEmptyLogs(t *testing.T) {
	for _, name := range []string{"00009.mem", "000009.vlog"} {
		for _, ro := range []bool{true, false} {
			t.Run(fmt.Sprintf("%s read-only %v", name, ro), func(t *testing.T) {
				dir := t.TempDir()
				s, err := Open(dir, Options{})
				if err != nil {
					t.Fatal(err)
				}
				if err := s.Put(annA1(), "h1"); err != nil {
					t.Fatal(err)
				}
				s.Close()
				if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
					t.Fatal(err)
				}
				s, err = Open(dir, Options{ReadOnly: ro})
				if err != nil {
					t.Fatalf("open: %v", err)
				}
				defer s.Close()
				if _, err := s.Find("Tomas Rinne"); err != nil {
					t.Errorf("stored entity lost: %v", err)
				}
			})
		}
	}
}

// rawValue is the stored bytes under k.
func rawValue(t *testing.T, s *Store, k []byte) []byte {
	t.Helper()
	var v []byte
	err := s.db.View(func(txn *badger.Txn) error {
		item, err := txn.Get(k)
		if err != nil {
			return err
		}
		v, err = item.ValueCopy(nil)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestReader: the one-node-at-a-time view analyses read lazily.
func TestReader(t *testing.T) {
	s := openTemp(t)
	for _, a := range []kg.Annotation{annA1(), annA2()} {
		if err := s.Put(a, "h"); err != nil {
			t.Fatal(err)
		}
	}
	hale, rinne := mustFind(t, s, "Astrid Hale").ID, mustFind(t, s, "Ilse Rinne").ID
	r := s.NewReader("", "")
	defer r.Close()
	// Hale co-occurs with Ilse Rinne: the pair is found from either end.
	for _, id := range []string{hale, rinne} {
		found := false
		for _, e := range r.Cooccurs(id) {
			found = found || e.Kind == EdgeCooccurs && (e.From == hale && e.To == rinne || e.From == rinne && e.To == hale) && e.From < e.To
		}
		if !found {
			t.Errorf("Cooccurs(%s) = %+v, want the Hale–Rinne pair, smaller id first", id, r.Cooccurs(id))
		}
	}
	evs := r.EntityEvents(hale)
	if len(evs) != 1 {
		t.Fatalf("EntityEvents(Hale) = %v, want the meeting", evs)
	}
	b, ok, err := r.Brief(evs[0])
	if err != nil || !ok || len(b.Participants) != 3 {
		t.Errorf("Brief = %+v %v %v, want the meeting's three participants", b, ok, err)
	}
	doc, ents, docEvs, err := r.Document("a2")
	if err != nil || doc.ID != "a2" || len(ents) != 4 || len(docEvs) != 2 {
		t.Errorf("Document(a2) = %+v, %v, %v, %v", doc, ents, docEvs, err)
	}
	if _, _, _, err := r.Document("nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Document of an unknown id: %v", err)
	}
	// A window hides the events outside it.
	w := s.NewReader("2031-04-01", "")
	defer w.Close()
	won := r.EntityEvents(mustFind(t, s, "Tomas Rinne").ID)
	if _, ok, _ := w.Brief(won[0]); ok {
		t.Errorf("an event of March shows in a window from April")
	}
}

// TestPinnedInWindow: an undated article's event, dated by a dated report
// of the same event, shows in a window as a dated one does, and so does the
// undated article's other event that the pin dates.
func TestPinnedInWindow(t *testing.T) {
	s := openTemp(t)
	u := mk{id: "u1", text: "Rinne won the vote in Vellby on Sunday. On Monday Rinne thanked Hale."}
	minus1, zero := -1, 0
	won := event(u, "won", "win", "XXXX-WXX-7", 0, kg.Participant{Name: "Tomas Rinne", Role: kg.Agent}, kg.Participant{Name: "Vellby", Role: kg.Place})
	won.Offset = &minus1
	thanked := event(u, "thanked", "thank", "XXXX-WXX-1", 0, kg.Participant{Name: "Tomas Rinne", Role: kg.Agent}, kg.Participant{Name: "Astrid Hale", Role: kg.Patient})
	thanked.Offset = &zero
	undated := kg.Annotation{Doc: u.doc(),
		Mentions: []kg.Mention{mention(u, "Rinne", 1, kg.Person, "Tomas Rinne"), mention(u, "Vellby", 1, kg.GPE, "Vellby"), mention(u, "Hale", 1, kg.Person, "Astrid Hale")},
		Entities: []kg.Entity{{Name: "Tomas Rinne", Type: kg.Person, Aliases: []string{"Rinne", "Tomas Rinne"}}, {Name: "Vellby", Type: kg.GPE, Aliases: []string{"Vellby"}}, {Name: "Astrid Hale", Type: kg.Person, Aliases: []string{"Hale"}}},
		Events:   []kg.Event{won, thanked}}
	for _, a := range []kg.Annotation{undated, annA1()} {
		if err := s.Put(a, "h"); err != nil {
			t.Fatal(err)
		}
	}
	evs, err := s.Events("2031-03-01", "2031-03-31")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range evs {
		got = append(got, e.Date+" "+e.Sources[0].Trigger)
	}
	if want := "2031-03-09 won 2031-03-10 thanked"; strings.Join(got, " ") != want {
		t.Errorf("events in March = %q, want %q", strings.Join(got, " "), want)
	}
}
