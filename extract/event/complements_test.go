package event

import (
	"testing"

	"github.com/kgnews/kg"
)

func TestComplementFrames(t *testing.T) {
	sun := tx{"on Sunday", kg.Date, "2025-03-02"}
	cases := []struct {
		name, text, trig string
		lemma, frame     string
	}{
		{"an order to leave is an evacuation", "Police ordered residents of Kessport to leave their homes on Sunday.", "ordered", "order to leave", "evacuation"},
		{"an order to pay is an order", "A court in Norvia ordered Orlen Foods to pay a fine on Sunday.", "ordered", "order", "order"},
		{"meeting investigators is questioning", "Tomas Brel met investigators in Kessport on Sunday.", "met", "meet investigators", "questioning"},
		{"meeting a person is a meeting", "Tomas Brel met Ilse Varga in Kessport on Sunday.", "met", "meet", "meeting"},
		{"a person signing a contract is hired", "Tomas Brel signed a contract with Orlen Foods on Sunday.", "signed", "sign contract", "appointment"},
		{"a company signing a contract is no hiring", "Orlen Foods signed a contract with Miro Dairy on Sunday.", "signed", "sign", "signing"},
		{"a complement after a comma belongs elsewhere", "Tomas Brel met Ilse Varga on Sunday, and police later questioned him.", "met", "meet", "meeting"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := find(t, extractor.Extract(input(c.text, sun)), c.trig)
			if e.Lemma != c.lemma || Frame(e.Lemma) != c.frame {
				t.Errorf("lemma %q frame %q, want %q %q", e.Lemma, Frame(e.Lemma), c.lemma, c.frame)
			}
		})
	}
}

func TestFramesAcrossWording(t *testing.T) {
	same := [][2]string{
		{"order to leave", "flee"},
		{"order to leave", "evacuate"},
		{"meet investigators", "question"},
		{"verdict", "approve"},
		{"clear", "approval"},
	}
	for _, p := range same {
		if Frame(p[0]) == "" || Frame(p[0]) != Frame(p[1]) {
			t.Errorf("%q (%q) and %q (%q) should share a frame", p[0], Frame(p[0]), p[1], Frame(p[1]))
		}
	}
	if Frame("meet") == Frame("question") {
		t.Errorf("a plain meeting is no questioning")
	}
	if lemmaRank("order to leave") != lemmaRank("order") {
		t.Errorf("a specialised lemma ranks as its verb")
	}
}

func TestContentParticipants(t *testing.T) {
	sun := tx{"on Sunday", kg.Date, "2025-03-02"}
	cases := []struct {
		name, text, trig string
		want, absent     []string
	}{
		{"approving the deal concerns its parties", "Orlen Foods bought Miro Dairy on Sunday. Regulators in Norvia approved the deal.",
			"approved", []string{"Orlen Foods", "Miro Dairy"}, nil},
		{"the happening that requires approval", "Orlen Foods bought Miro Dairy on Sunday. The takeover requires approval from Radio Vell.",
			"approval", []string{"Orlen Foods", "Radio Vell"}, nil},
		{"a verdict on the deal", "Orlen Foods agreed to buy Miro Dairy on Sunday. Radio Vell will deliver its verdict on the deal.",
			"verdict", []string{"Orlen Foods", "Miro Dairy"}, nil},
		{"the seller is no party of the approval", "Orlen Foods bought Miro Dairy from Tomas Brel on Sunday. Regulators approved the deal.",
			"approved", []string{"Orlen Foods"}, []string{"Tomas Brel"}},
		{"welcoming the result names the winner", "Ilse Varga defeated Tomas Brel on Sunday. Radio Vell welcomed the result.",
			"welcomed", []string{"Ilse Varga"}, []string{"Tomas Brel"}},
		{"praising the vote names the winner", "Ilse Varga won the vote on Sunday. Radio Vell praised the vote.",
			"praised", []string{"Ilse Varga"}, nil},
		{"an inquiry into a waiver a relative clause tells of", "Radio Vell opened an inquiry on Sunday into a waiver that Tomas Brel approved.",
			"opened", []string{"Radio Vell", "Tomas Brel"}, nil},
		{"approving something else", "Orlen Foods bought Miro Dairy on Sunday. Radio Vell approved the budget.",
			"approved", []string{"Radio Vell"}, []string{"Orlen Foods", "Miro Dairy"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := find(t, extractor.Extract(input(c.text, sun)), c.trig)
			for _, n := range c.want {
				if roleOf(e, n) == "" {
					t.Errorf("%s lacks %s: %v", c.trig, n, e.Participants)
				}
			}
			for _, n := range c.absent {
				if roleOf(e, n) != "" {
					t.Errorf("%s has %s: %v", c.trig, n, e.Participants)
				}
			}
		})
	}
}

func TestJudgedHappeningKeepsItsDate(t *testing.T) {
	evs := extractor.Extract(input("Ilse Varga won the vote on Sunday.\n\nRadio Vell praised the vote on Monday.",
		tx{"on Sunday", kg.Date, "2025-03-02"}, tx{"on Monday", kg.Date, "2025-03-03"}))
	if e := find(t, evs, "praised"); e.Date != "2025-03-03" {
		t.Errorf("praised dated %q (%s), want the day of the praise", e.Date, e.DateWhy)
	}
	for _, e := range evs {
		if e.Trigger == "vote" && e.Date != "2025-03-02" {
			t.Errorf("a vote dated %q (%s), want the day of the vote", e.Date, e.DateWhy)
		}
	}
}
