package event

import (
	"strings"
	"testing"

	"github.com/kgnews/kg"
)

func TestFrame(t *testing.T) {
	cases := map[string]string{
		"win": "election-result", "victory": "election-result", "elect": "election-result",
		"defeat": "election-result", "lose": "election-result",
		"leak": "disclosure", "publish": "disclosure", "surface": "disclosure", "release": "disclosure",
		"resign": "resignation", "quit": "resignation", "Resignation": "resignation",
		"bake": "", "": "",
	}
	for lemma, want := range cases {
		if got := Frame(lemma); got != want {
			t.Errorf("Frame(%q) = %q, want %q", lemma, got, want)
		}
	}
}

func TestCompatible(t *testing.T) {
	win := func(date string, who ...string) Summary {
		return Summary{Lemma: "win", Type: kg.Election, Date: date, Participants: who}
	}
	cases := []struct {
		name string
		a, b Summary
		want bool
		why  string // part of the reason
	}{
		{"same frame, same day", win("2025-03-02", "Ilse Varga"), Summary{Lemma: "victory", Type: kg.Election, Date: "2025-03-02", Participants: []string{"Ilse Varga"}}, true, "election-result"},
		{"month contains day", win("2025-03", "Ilse Varga"), win("2025-03-02", "Ilse Varga"), true, "agree"},
		{"week contains day", win("2025-W09", "Ilse Varga"), win("2025-03-02", "Ilse Varga"), true, "agree"},
		{"different days conflict", win("2025-03-01", "Ilse Varga"), win("2025-03-02", "Ilse Varga"), false, "conflict"},
		{"weekday pattern fits", win("XXXX-WXX-7", "Ilse Varga"), win("2025-03-02", "Ilse Varga"), true, "agree"},
		{"weekday pattern does not fit", win("XXXX-WXX-1", "Ilse Varga"), win("2025-03-02", "Ilse Varga"), false, "conflict"},
		{"month-day pattern fits", win("XXXX-03-02", "Ilse Varga"), win("2025-03-02", "Ilse Varga"), true, "agree"},
		{"no shared participant", win("2025-03-02", "Ilse Varga"), win("2025-03-02", "Tomas Brel"), false, "no shared"},
		{"different frames", win("2025-03-02", "Ilse Varga"), Summary{Lemma: "resign", Date: "2025-03-02", Participants: []string{"Ilse Varga"}}, false, "frames differ"},
		{"unknown date, participants agree", win("", "Ilse Varga", "Norvia"), win("2025-03-02", "Ilse Varga", "Norvia"), true, "unknown"},
		{"unknown date, weak agreement", win("", "Ilse Varga", "Norvia", "Kessport"), win("2025-03-02", "Ilse Varga", "Tomas Brel", "Halden Post"), false, "only in part"},
		{"same lemma without frame", Summary{Lemma: "bake", Date: "2025-03-02", Participants: []string{"Ilse Varga"}}, Summary{Lemma: "bake", Date: "2025-03-02", Participants: []string{"Ilse Varga"}}, true, "bake"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, why := Compatible(c.a, c.b)
			if got != c.want || !strings.Contains(why, c.why) {
				t.Errorf("Compatible = %v (%s), want %v with %q", got, why, c.want, c.why)
			}
			if strings.Contains(why, "\n") {
				t.Errorf("reason must be one line: %q", why)
			}
		})
	}
}

func TestGroupSummary(t *testing.T) {
	group := []kg.Event{
		{Lemma: "telephone", Type: kg.Statement, Participants: []kg.Participant{{Name: "Tomas Brel", Role: kg.Agent}}},
		{Lemma: "congratulate", Type: kg.Statement, Date: "2025-W09", Participants: []kg.Participant{{Name: "Ilse Varga", Role: kg.Patient}}},
		{Lemma: "congratulate", Type: kg.Statement, Date: "2025-03-02", Participants: []kg.Participant{{Name: "Tomas Brel", Role: kg.Agent}}},
	}
	s := GroupSummary(group)
	if s.Lemma != "congratulate" || s.Date != "2025-03-02" || strings.Join(s.Participants, ",") != "Tomas Brel,Ilse Varga" {
		t.Errorf("GroupSummary = %+v", s)
	}
	lifted := []kg.Event{{Lemma: "lift"}, {Lemma: "evacuation"}}
	if got := GroupSummary(lifted).Lemma; got != "lift" {
		t.Errorf("a verb's frame beats its object noun's: got %q", got)
	}
	opened := []kg.Event{{Lemma: "open"}, {Lemma: "inquiry"}}
	if got := GroupSummary(opened).Lemma; got != "inquiry" {
		t.Errorf("a light verb takes its noun's frame: got %q", got)
	}
	if got := GroupSummary(nil); got.Lemma != "" || got.Date != "" {
		t.Errorf("empty group: %+v", got)
	}
	if GroupSummary([]kg.Event{{Date: "XXXX-WXX-2"}, {Date: "2025"}}).Date != "2025" {
		t.Error("a known year beats a pattern with unknown parts")
	}
}

func TestReportable(t *testing.T) {
	cases := []struct {
		name  string
		group []kg.Event
		want  bool
	}{
		{"asserted", []kg.Event{{Modality: kg.Asserted}}, true},
		{"negated only", []kg.Event{{Modality: kg.Negated, Date: "2025-03-02"}}, false},
		{"dated plan", []kg.Event{{Modality: kg.Planned, Date: "2025-03-06"}}, true},
		{"undated plan", []kg.Event{{Modality: kg.Planned}}, false},
		{"undated possibility beside an asserted mention", []kg.Event{{Modality: kg.Possible}, {Modality: kg.Asserted}}, true},
	}
	for _, c := range cases {
		if got := Reportable(c.group); got != c.want {
			t.Errorf("%s: Reportable = %v, want %v", c.name, got, c.want)
		}
	}
}
