package event

import (
	"strings"
	"testing"

	"github.com/kgnews/kg"
)

func TestTriggers(t *testing.T) {
	cases := []struct {
		name, text string
		want       map[string]string // trigger -> lemma
		absent     []string
	}{
		{"regular verb past", "Ilse Varga resigned from the board.", map[string]string{"resigned": "resign"}, nil},
		{"irregular verb", "Orlen Foods bought Miro Dairy.", map[string]string{"bought": "buy"}, nil},
		{"doubled consonant -ing", "Ilse Varga is winning the race in Kessport.", map[string]string{"winning": "win"}, nil},
		{"e-final -ed", "The council approved the plan.", map[string]string{"approved": "approve"}, nil},
		{"-ied form", "Tomas Brel denied the report.", map[string]string{"denied": "deny"}, nil},
		{"nominalisation", "The takeover of Miro Dairy ended a long feud.", map[string]string{"takeover": "takeover"}, nil},
		{"noun after determiner", "The vote in Kessport was close.", map[string]string{"vote": "vote"}, nil},
		{"verb after auxiliary", "Tomas Brel will vote against the bill.", map[string]string{"vote": "vote"}, nil},
		{"phrasal verb", "Ilse Varga is stepping down as chair.", map[string]string{"stepping": "step down"}, nil},
		{"light verbs are never events", "Ilse Varga has a plan and is happy to make it work.", nil, []string{"has", "is", "make"}},
		{"third person -s after be is a noun", "There are signs of a thaw in Kessport.", nil, []string{"signs"}},
		{"capitalised mid-sentence word is a name", "Tomas Brel met Win Holt in Kessport.", map[string]string{"met": "meet"}, []string{"Win"}},
		{"an -ing form modifying a noun is no event", "Ilse Varga gave the annual opening keynote in Kessport.", map[string]string{"keynote": "keynote"}, []string{"opening"}},
		{"an -ing form heading its phrase is", "Tomas Brel attended the opening of Kessport Road.", map[string]string{"opening": "open"}, nil},
		{"a verb form after a quantifier is a noun", "Tomas Brel said other phones in Kessport were stolen.", nil, []string{"phones"}},
		{"a share price closing is no event", "Orlen Foods closed at 45 pence on Friday.", nil, []string{"closed"}},
		{"closing a named road is", "Police closed Kessport Road.", map[string]string{"closed": "close"}, nil},
		{"irregular form after a determiner is a noun", "The cut in Kessport angered Tomas Brel.", nil, []string{"cut"}},
		{"participle describing a title is no event", "The plaintiff, retired teacher Ilse Varga, spoke in Kessport.", nil, []string{"retired"}},
		{"broader news vocabulary", "Rebels in Norvia kidnapped Tomas Brel and Orlen Foods recalled its yoghurt.", map[string]string{"kidnapped": "kidnap"}, nil},
		{"no triggers inside a quotation", `Ilse Varga said: "We won and they lost."`, nil, []string{"won", "lost"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			evs := extractor.Extract(input(c.text))
			for trig, lemma := range c.want {
				if e := find(t, evs, trig); e.Lemma != lemma {
					t.Errorf("%q: lemma %q, want %q", trig, e.Lemma, lemma)
				}
			}
			for _, a := range c.absent {
				if has(evs, a) {
					t.Errorf("%q should not be an event", a)
				}
			}
		})
	}
}

func TestReportingVerbs(t *testing.T) {
	monday := tx{"Monday", kg.Date, "2025-03-03"}
	cases := []struct {
		name, text string
		times      []tx
		trig       string
		event      bool
	}{
		{"plain attribution", "Tomas Brel said the harbour was calm.", nil, "said", false},
		{"attribution after a quote", `"The harbour is calm," Tomas Brel said.`, nil, "said", false},
		{"told a named recipient on a day", "Tomas Brel on Monday told Radio Vell that the port would reopen.", []tx{monday}, "told", true},
		{"told an unnamed audience", "Tomas Brel told reporters that the port would reopen.", nil, "told", false},
		{"statement through a medium to a named recipient", "Ilse Varga said in a letter to Tomas Brel that she was proud.", nil, "said", true},
		{"medium but reporting another event", "Ilse Varga said in a statement on Monday that she had resigned.", []tx{monday}, "said", false},
		{"statement dated by the speaker's now in its quotation", "“Our servers were breached this evening,” Halden Post said in a statement.",
			[]tx{{"this evening", kg.Time, "2025-03-01TEV"}}, "said", true},
		{"a past day in the quotation does not date the statement", "“Our servers were breached on Sunday,” Halden Post said in a statement.",
			[]tx{{"Sunday", kg.Date, "2025-03-02"}}, "said", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			evs := extractor.Extract(input(c.text, c.times...))
			if has(evs, c.trig) != c.event {
				t.Errorf("%q event = %v, want %v (%v)", c.trig, !c.event, c.event, evs)
			}
		})
	}
}

func TestRoles(t *testing.T) {
	cases := []struct {
		name, text, trig string
		want             map[string]kg.Role
		absent           []string
	}{
		{"subject and object", "Orlen Foods acquired Miro Dairy last year.", "acquired",
			map[string]kg.Role{"Orlen Foods": kg.Agent, "Miro Dairy": kg.Patient}, nil},
		{"recipient of telling", "Ilse Varga told Radio Vell in an interview that taxes would fall.", "told",
			map[string]kg.Role{"Ilse Varga": kg.Agent, "Radio Vell": kg.Recipient}, nil},
		{"place", "Tomas Brel resigned in Kessport.", "resigned",
			map[string]kg.Role{"Tomas Brel": kg.Agent, "Kessport": kg.Place}, nil},
		{"inquiry into a name", "The inquiry into Orlen Foods opened in Kessport.", "inquiry",
			map[string]kg.Role{"Orlen Foods": kg.Patient}, nil},
		{"possessive of a noun trigger", "Ilse Varga's resignation shocked Kessport.", "resignation",
			map[string]kg.Role{"Ilse Varga": kg.Agent}, []string{"Kessport"}},
		{"possessive name before a reporting noun phrase", "Orlen Foods' takeover of Miro Dairy closed.", "takeover",
			map[string]kg.Role{"Miro Dairy": kg.Patient}, nil},
		{"apposition is skipped for the subject but names the affiliation", "Tomas Brel, the leader of Halden Post, conceded on Sunday.", "conceded",
			map[string]kg.Role{"Tomas Brel": kg.Agent, "Halden Post": kg.Other}, nil},
		{"subject before an apposition whose name ends in a glued '!'", "Tomas Brel, leader of the centrist Norvia! Party, won the election on Sunday.", "won",
			map[string]kg.Role{"Tomas Brel": kg.Agent}, nil},
		{"organisation before a title is the affiliation", "Halden Post editor Tomas Brel resigned.", "resigned",
			map[string]kg.Role{"Tomas Brel": kg.Agent, "Halden Post": kg.Other}, nil},
		{"apposition with a place is no affiliation", "Tomas Brel, the mayor of Kessport, resigned.", "resigned",
			map[string]kg.Role{"Tomas Brel": kg.Agent}, []string{"Kessport"}},
		{"name inside a modified prepositional phrase is not the subject", "Tomas Brel, leader of the centre-right Halden Post, resigned.", "resigned",
			map[string]kg.Role{"Tomas Brel": kg.Agent}, nil},
		{"name modifying a noun is not the subject", "Police in the Norvia town of Kessport evacuated the school.", "evacuated",
			nil, []string{"Norvia"}},
		{"infinitive takes the subject of its verb", "Ilse Varga telephoned Tomas Brel to congratulate him.", "congratulate",
			map[string]kg.Role{"Ilse Varga": kg.Agent, "Tomas Brel": kg.Patient}, nil},
		{"objects stop at the next clause", "Ilse Varga resigned after Tomas Brel criticised Orlen Foods.", "resigned",
			map[string]kg.Role{"Ilse Varga": kg.Agent}, []string{"Tomas Brel", "Orlen Foods"}},
		{"participle clause keeps the main subject", "Ilse Varga won the race, defeating Tomas Brel.", "defeating",
			map[string]kg.Role{"Ilse Varga": kg.Agent, "Tomas Brel": kg.Patient}, nil},
		{"event noun after a verb outside the lexicon takes the clause's names", "Ilse Varga will fly to Kessport for talks with Tomas Brel.", "talks",
			map[string]kg.Role{"Ilse Varga": kg.Other, "Kessport": kg.Other, "Tomas Brel": kg.Other}, nil},
		{"relative clause antecedent joins", "Tomas Brel, who led Halden Post to victory, resigned.", "victory",
			map[string]kg.Role{"Tomas Brel": kg.Other, "Halden Post": kg.Other}, nil},
		{"not when an event verb governs the clause", "Ilse Varga defended the decision to print it close to the vote.", "vote",
			nil, []string{"Ilse Varga"}},
		{"noun with its own participants takes no others", "Ilse Varga flew to Kessport for Tomas Brel's inauguration.", "inauguration",
			map[string]kg.Role{"Tomas Brel": kg.Agent}, []string{"Ilse Varga", "Kessport"}},
		{"an -ing statement after a comma joins the main event", "Ilse Varga pledged support, warning Tomas Brel that time was short.", "pledged",
			map[string]kg.Role{"Ilse Varga": kg.Agent, "Tomas Brel": kg.Other}, nil},
		{"object of an -ing statement joins the main event", "Tomas Brel filed a lawsuit accusing Orlen Foods of fraud.", "filed",
			map[string]kg.Role{"Tomas Brel": kg.Agent, "Orlen Foods": kg.Other}, nil},
	}
	runRoles(t, cases)
}

func runRoles(t *testing.T, cases []struct {
	name, text, trig string
	want             map[string]kg.Role
	absent           []string
}) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := find(t, extractor.Extract(input(c.text)), c.trig)
			for n, r := range c.want {
				if got := roleOf(e, n); got != r {
					t.Errorf("%s: role %q, want %q (%v)", n, got, r, e.Participants)
				}
			}
			for _, n := range c.absent {
				if roleOf(e, n) != "" {
					t.Errorf("%s should not take part (%v)", n, e.Participants)
				}
			}
		})
	}
}

func TestPronounsPassivesRelatives(t *testing.T) {
	cases := []struct {
		name, text, trig string
		want             map[string]kg.Role
		absent           []string
	}{
		{"he resolves to the last person", "Tomas Brel arrived in Kessport. He resigned the next day.", "resigned",
			map[string]kg.Role{"Tomas Brel": kg.Agent}, nil},
		{"it resolves to the last organisation", "Orlen Foods faced losses. It sold Miro Dairy.", "sold",
			map[string]kg.Role{"Orlen Foods": kg.Agent, "Miro Dairy": kg.Patient}, nil},
		{"the club refers to the organisation introduced as a club", "The club Orlen Foods met Miro Dairy in Kessport. Tomas Brel said the club sold Miro Dairy.", "sold",
			map[string]kg.Role{"Orlen Foods": kg.Agent, "Miro Dairy": kg.Patient}, nil},
		{"possessive pronoun before the subject", "In her first speech, Ilse Varga pledged reform.", "pledged",
			map[string]kg.Role{"Ilse Varga": kg.Agent}, nil},
		{"possessive pronoun before a name used as a modifier", "In its report, Halden Post editors criticised Tomas Brel.", "criticised",
			map[string]kg.Role{"Halden Post": kg.Agent, "Tomas Brel": kg.Patient}, nil},
		{"object pronoun is not the subject", "Ilse Varga met Tomas Brel and Tomas Brel praised her.", "praised",
			map[string]kg.Role{"Tomas Brel": kg.Agent, "Ilse Varga": kg.Patient}, nil},
		{"passive with by-agent", "Tomas Brel was defeated by Ilse Varga.", "defeated",
			map[string]kg.Role{"Tomas Brel": kg.Patient, "Ilse Varga": kg.Agent}, nil},
		{"passive with infinitive before the agent", "Residents of Kessport were ordered to leave by Halden Post.", "ordered",
			map[string]kg.Role{"Halden Post": kg.Agent}, nil},
		{"a name ending in ! does not end the sentence", "Tomas Brel, leader of the Go Kessport! party, resigned on Monday.", "resigned",
			map[string]kg.Role{"Tomas Brel": kg.Agent}, nil},
		{"the subject of a denied clause takes part in the denial", "Tomas Brel denied Orlen Foods bribed him.", "denied",
			map[string]kg.Role{"Tomas Brel": kg.Agent, "Orlen Foods": kg.Other}, nil},
		{"relative clause takes the antecedent", "Tomas Brel, who was defeated by Ilse Varga, denies any wrongdoing.", "defeated",
			map[string]kg.Role{"Tomas Brel": kg.Patient, "Ilse Varga": kg.Agent}, nil},
		{"main verb after a relative clause", "Tomas Brel, who was defeated by Ilse Varga, denies any wrongdoing.", "denies",
			map[string]kg.Role{"Tomas Brel": kg.Agent}, []string{"Ilse Varga"}},
		{"participle after its noun has no subject of its own", "Halden Post agreed to merge with Miro Dairy in a deal announced on Monday.", "announced",
			nil, []string{"Halden Post"}},
		{"object relative: the antecedent is the patient", "Orlen Foods, which Tomas Brel bought last year, fired Ilse Varga.", "bought",
			map[string]kg.Role{"Tomas Brel": kg.Agent, "Orlen Foods": kg.Patient}, nil},
		{"subject relative: the antecedent is the agent only", "Tomas Brel, who bought Orlen Foods, resigned.", "bought",
			map[string]kg.Role{"Tomas Brel": kg.Agent, "Orlen Foods": kg.Patient}, nil},
		{"restrictive relative without commas", "Tomas Brel who lost the race resigned on Monday.", "resigned",
			map[string]kg.Role{"Tomas Brel": kg.Agent}, nil},
	}
	runRoles(t, cases)
}

func TestModality(t *testing.T) {
	cases := []struct {
		name, text, trig string
		want             kg.Modality
	}{
		{"asserted", "Tomas Brel resigned.", "resigned", kg.Asserted},
		{"not", "Tomas Brel did not resign.", "resign", kg.Negated},
		{"never", "Orlen Foods never bought Miro Dairy.", "bought", kg.Negated},
		{"no before a noun", "There was no merger between Orlen Foods and Miro Dairy.", "merger", kg.Negated},
		{"denied that", "Tomas Brel denied that he had bribed Ilse Varga.", "bribed", kg.Negated},
		{"denied without that", "Orlen Foods denied Tomas Brel attacked Ilse Varga.", "attacked", kg.Negated},
		{"the denial itself is asserted", "Tomas Brel denied that he had bribed Ilse Varga.", "denied", kg.Asserted},
		{"a new clause after a denial is not denied", "Tomas Brel denied Orlen Foods paid him, and Miro Dairy sued Orlen Foods.", "sued", kg.Asserted},
		{"will", "Tomas Brel will meet Ilse Varga.", "meet", kg.Planned},
		{"due to", "Tomas Brel is due to be questioned by police.", "questioned", kg.Planned},
		{"plans to", "Orlen Foods plans to acquire Miro Dairy.", "acquire", kg.Planned},
		{"planned noun", "The planned merger of Orlen Foods and Miro Dairy stalled.", "merger", kg.Planned},
		{"may", "Ilse Varga may resign.", "resign", kg.Possible},
		{"could", "Orlen Foods could sell Miro Dairy.", "sell", kg.Possible},
		{"must", "Orlen Foods must sell Miro Dairy.", "sell", kg.Possible},
		{"whether", "Police are examining whether Orlen Foods sparked the blaze.", "sparked", kg.Possible},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if e := find(t, extractor.Extract(input(c.text)), c.trig); e.Modality != c.want {
				t.Errorf("modality %q, want %q", e.Modality, c.want)
			}
		})
	}
}

func TestDatingByClause(t *testing.T) {
	sat := tx{"Saturday", kg.Date, "2025-03-01"}
	cases := []struct {
		name, text string
		times      []tx
		want       map[string]string // trigger -> date
	}{
		{"time expression in the clause", "Tomas Brel resigned on Saturday.", []tx{sat}, map[string]string{"resigned": "2025-03-01"}},
		{"expression in another clause is not taken", "Tomas Brel denied on Saturday that Orlen Foods had waived the fee in 2019.",
			[]tx{sat, {"2019", kg.Date, "2019"}}, map[string]string{"denied": "2025-03-01", "waived": "2019"}},
		{"relative clause keeps its own date", "Ilse Varga, who resigned on Saturday, met Tomas Brel.",
			[]tx{sat}, map[string]string{"resigned": "2025-03-01", "met": ""}},
		{"a bound is not a date", "Tomas Brel resigned before Saturday.", []tx{sat}, map[string]string{"resigned": ""}},
		{"durations do not date", "Tomas Brel resigned for two weeks.", []tx{{"two weeks", kg.Duration, "P2W"}}, map[string]string{"resigned": ""}},
		{"time values reduce to the day", "Ilse Varga named Tomas Brel as her deputy at noon.",
			[]tx{{"noon", kg.Time, "2025-03-01T12:00"}}, map[string]string{"named": "2025-03-01"}},
		{"expression modifying an event noun", "Tomas Brel won Saturday's vote.", []tx{sat}, map[string]string{"vote": "2025-03-01", "won": "2025-03-01"}},
		{"a weekday without a known year keeps what is known", "Tomas Brel resigned on Tuesday.", []tx{{"Tuesday", kg.Date, "XXXX-WXX-2"}}, map[string]string{"resigned": "XXXX-WXX-2"}},
		{"a day the undated text does not fix gives no date", "Two days later Tomas Brel resigned.", []tx{{"Two days later", kg.Date, "XXXX-XX-XX"}}, map[string]string{"resigned": ""}},
		{"an expression before a subordinate clause is not the noun's", "Police arrested Tomas Brel on Sunday after a raid on Halden Post.",
			[]tx{{"Sunday", kg.Date, "2025-03-02"}}, map[string]string{"arrested": "2025-03-02", "raid": ""}},
		{"undated without any clue", "Tomas Brel resigned.", nil, map[string]string{"resigned": ""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			evs := extractor.Extract(input(c.text, c.times...))
			for trig, d := range c.want {
				e := find(t, evs, trig)
				if e.Date != d {
					t.Errorf("%q dated %q, want %q (%s)", trig, e.Date, d, e.DateWhy)
				}
				if e.DateWhy == "" {
					t.Errorf("%q has no DateWhy", trig)
				}
			}
		})
	}
}

func TestPartialDateExplained(t *testing.T) {
	e := find(t, extractor.Extract(input("Two days later Tomas Brel resigned.", tx{"Two days later", kg.Date, "XXXX-XX-XX"})), "resigned")
	if e.Date != "" || !strings.Contains(e.DateWhy, "fixes no day") {
		t.Errorf("date %q, why %q", e.Date, e.DateWhy)
	}
}

// TestUndatedOffsetCarried: an event of an undated text takes the offset
// of the expression that dates it, also when dated through another event.
func TestUndatedOffsetCarried(t *testing.T) {
	in := input("Tomas Brel resigned on Friday. Police arrested him.", tx{"Friday", kg.Date, "XXXX-WXX-5"})
	off := -3
	in.Timexes[0].Offset = &off
	evs := extractor.Extract(in)
	for _, trig := range []string{"resigned", "arrested"} {
		e := find(t, evs, trig)
		if e.Date != "XXXX-WXX-5" || e.Offset == nil || *e.Offset != -3 {
			t.Errorf("%s: date %q offset %v, want XXXX-WXX-5 and -3 (%s)", trig, e.Date, e.Offset, e.DateWhy)
		}
	}
}

func TestHabitual(t *testing.T) {
	in := input("Fans have protested against Tomas Brel every Saturday.", tx{"every Saturday", kg.Set, "XXXX-WXX-6"})
	if evs := extractor.Extract(in); has(evs, "protested") {
		t.Errorf("a repeated activity is no event: %v", evs)
	}
	if evs := extractor.Extract(input("Fans protested against Tomas Brel on Saturday.", tx{"Saturday", kg.Date, "2025-03-01"})); !has(evs, "protested") {
		t.Errorf("a single protest is an event: %v", evs)
	}
}

func TestAnchoring(t *testing.T) {
	sun := tx{"Sunday", kg.Date, "2025-03-02"}
	cases := []struct {
		name, text string
		times      []tx
		trig, want string
	}{
		{"days before an event", "Ilse Varga won the election on Sunday. The memo surfaced two days before the election.",
			[]tx{sun, {"two days", kg.Duration, "P2D"}}, "surfaced", "2025-02-28"},
		{"a week after an event", "Ilse Varga won the election on Sunday. Tomas Brel resigned a week after the election.",
			[]tx{sun, {"a week", kg.Duration, "P1W"}}, "resigned", "2025-03-09"},
		{"in the event", "Ilse Varga won the vote on Sunday. In her victory speech, Ilse Varga pledged reform.",
			[]tx{sun}, "pledged", "2025-03-02"},
		{"shortly after", "Ilse Varga won the vote on Sunday. Tomas Brel conceded shortly after the vote.",
			[]tx{sun}, "conceded", "2025-03-02"},
		{"coreferent mention inherits", "Halden Post leaked the memo on Sunday. The memo was published without comment.",
			[]tx{sun}, "published", "2025-03-02"},
		{"reported event takes the date of the report", "Tomas Brel said on Sunday that he had telephoned Ilse Varga.",
			[]tx{sun}, "telephoned", "2025-03-02"},
		{"an announced plan is not dated by the announcement", "Orlen Foods announced on Sunday it will acquire Miro Dairy.",
			[]tx{sun}, "acquire", ""},
		{"announced past event takes the announcement's date", "Orlen Foods announced on Sunday it had acquired Miro Dairy.",
			[]tx{sun}, "acquired", "2025-03-02"},
		{"reported by a news outlet", "Radio Vell reported on Sunday that Tomas Brel had resigned.",
			[]tx{sun}, "resigned", "2025-03-02"},
		{"planned reported event does not", "Tomas Brel said on Sunday that he will telephone Ilse Varga.",
			[]tx{sun}, "telephone", ""},
		{"bare plural is no anchor", "Ilse Varga won the vote on Sunday.\n\nTomas Brel denied meddling in elections.",
			[]tx{sun}, "denied", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := find(t, extractor.Extract(input(c.text, c.times...)), c.trig)
			if e.Date != c.want {
				t.Errorf("dated %q, want %q (%s)", e.Date, c.want, e.DateWhy)
			}
		})
	}
}

func TestCoreference(t *testing.T) {
	sun := tx{"Sunday", kg.Date, "2025-03-02"}
	cases := []struct {
		name, text string
		times      []tx
		a, b       string
		same       bool
	}{
		{"victory refers back to won", "Ilse Varga won the vote on Sunday. Her victory surprised Tomas Brel.", []tx{sun}, "won", "victory", true},
		{"leak and surfacing", "Halden Post leaked the memo on Sunday. The memo surfaced in Kessport hours later.", []tx{sun}, "leaked", "surfaced", true},
		{"light verb and its noun", "Tomas Brel filed a lawsuit against Orlen Foods.", nil, "filed", "lawsuit", true},
		{"an agreement and what was agreed", "Orlen Foods agreed to be sold to Miro Dairy.", nil, "agreed", "sold", true},
		{"definite description refers back", "Orlen Foods met Miro Dairy. The company later sued Miro Dairy and Orlen Foods filed a lawsuit.", nil, "sued", "lawsuit", true},
		{"an event noun and the verb it is the subject of", "An earthquake struck Kessport on Sunday.", []tx{sun}, "earthquake", "struck", true},
		{"a bare event noun refers to the story, not to background", "Orlen Foods agreed on Sunday to buy Miro Dairy from Tomas Brel, who bought Miro Dairy in 2019. The takeover needs approval.",
			[]tx{sun, {"2019", kg.Date, "2019"}}, "bought", "takeover", false},
		{"the appointee's side of an appointment", "Orlen Foods appointed Tomas Brel as chief on Sunday. Brel signed a contract.", []tx{sun}, "appointed", "signed", true},
		{"a counter-suit is another lawsuit", "Tomas Brel sued Ilse Varga on Sunday. Varga sued Brel.", []tx{sun}, "sued", "", false},
		{"loser and winner of one contest", "Tomas Brel, who lost the election in Norvia, resigned. Ilse Varga was elected on Sunday.", []tx{sun}, "lost", "elected", true},
		{"winning a contract is no contest mention", "Ilse Varga won the vote on Sunday. Orlen Foods won the contract.", []tx{sun}, "won", "", false},
		{"different agents are different events", "Orlen Foods appointed Tomas Brel. Miro Dairy appointed Ilse Varga.", nil, "appointed", "", false},
		{"different frames", "Ilse Varga won the vote on Sunday and resigned from Halden Post.", []tx{sun}, "won", "resigned", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			evs := extractor.Extract(input(c.text, c.times...))
			var ra, rb int
			if c.b == "" { // the two occurrences of a
				var refs []int
				for _, e := range evs {
					if e.Trigger == c.a {
						refs = append(refs, e.Ref)
					}
				}
				if len(refs) != 2 {
					t.Fatalf("want two %q events, got %v", c.a, evs)
				}
				ra, rb = refs[0], refs[1]
			} else {
				ra, rb = find(t, evs, c.a).Ref, find(t, evs, c.b).Ref
			}
			if ra == 0 || rb == 0 {
				t.Fatalf("refs must be non-zero: %d %d", ra, rb)
			}
			if (ra == rb) != c.same {
				t.Errorf("refs %d and %d; same = %v, want %v", ra, rb, ra == rb, c.same)
			}
		})
	}
}

// TestEveryEventHasARef checks that each event gets a non-zero Ref, also
// a light verb whose event noun was dropped.
func TestEveryEventHasARef(t *testing.T) {
	texts := []string{
		"Orlen Foods reached a sale with no buyer named, and Miro Dairy filed a lawsuit.",
		"Tomas Brel, who was defeated by Ilse Varga, denied on Sunday that he had resigned.",
	}
	for _, s := range texts {
		for _, e := range extractor.Extract(input(s)) {
			if e.Ref == 0 {
				t.Errorf("%q in %q has Ref 0", e.Trigger, s)
			}
		}
	}
}
