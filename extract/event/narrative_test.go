package event

import (
	"strings"
	"testing"

	"github.com/kgnews/kg"
)

func TestNarrativeDates(t *testing.T) {
	sun := tx{"on Sunday", kg.Date, "2025-03-02"}
	cases := []struct {
		name, text string
		times      []tx
		want       map[string]string // trigger -> date; "" for undated
	}{
		{"next sentence of the paragraph", "Ilse Varga won the vote on Sunday. Tomas Brel called Varga and conceded.",
			[]tx{sun}, map[string]string{"called": "2025-03-02", "conceded": "2025-03-02"}},
		{"shortly after keeps the story's time", "Ilse Varga won the vote on Sunday. Tomas Brel conceded shortly after counting showed her ahead.",
			[]tx{sun}, map[string]string{"conceded": "2025-03-02"}},
		{"a new paragraph starts afresh", "Ilse Varga won the vote on Sunday.\n\nTomas Brel conceded.",
			[]tx{sun}, map[string]string{"conceded": ""}},
		{"a time expression in between moves the story", "Ilse Varga won the vote on Sunday. Profits at Orlen Foods were high in 2019. Tomas Brel resigned.",
			[]tx{sun, {"2019", kg.Date, "2019"}}, map[string]string{"resigned": ""}},
		{"the reference time fades after a sentence", "Ilse Varga won the vote on Sunday. The weather is mild in Kessport. Rain is rare. Tomas Brel resigned.",
			[]tx{sun}, map[string]string{"resigned": ""}},
		{"a past perfect is earlier", "Ilse Varga won the vote on Sunday. Tomas Brel had resigned.",
			[]tx{sun}, map[string]string{"resigned": ""}},
		{"a present perfect is no narrative", "Ilse Varga won the vote on Sunday. Tomas Brel has resigned.",
			[]tx{sun}, map[string]string{"resigned": ""}},
		{"a time clause gives its own time", "Ilse Varga won the vote on Sunday. Tomas Brel approved the fee while he ran Orlen Foods.",
			[]tx{sun}, map[string]string{"approved": ""}},
		{"a planned event is not dated", "Ilse Varga won the vote on Sunday. Tomas Brel will resign.",
			[]tx{sun}, map[string]string{}},
		{"a duration that moves the story", "Ilse Varga won the vote on Sunday. Two days later Tomas Brel resigned.",
			[]tx{sun, {"Two days", kg.Duration, "P2D"}}, map[string]string{"resigned": ""}},
		{"a duration that does not", "Ilse Varga won the vote on Sunday. Tomas Brel signed a two-year contract.",
			[]tx{sun, {"two-year", kg.Duration, "P2Y"}}, map[string]string{"signed": "2025-03-02"}},
		{"a dated event noun of the main clause sets the time", "Tomas Brel gave the keynote on Sunday. He praised Orlen Foods.",
			[]tx{sun}, map[string]string{"praised": "2025-03-02"}},
		{"one sentence between keeps the time", "Ilse Varga won the vote on Sunday. The weather was mild. Tomas Brel conceded.",
			[]tx{sun}, map[string]string{"conceded": "2025-03-02"}},
		{"a planned event's time is no shift", "Orlen Foods bought Miro Dairy on Sunday. Orlen Foods will sell Halden Post in 2026. Orlen Foods appointed Ilse Varga.",
			[]tx{sun, {"2026", kg.Date, "2026"}}, map[string]string{"appointed": "2025-03-02"}},
		{"a set-off participle is no reference", "The report, published on Sunday by Halden Post, accused Orlen Foods. Tomas Brel resigned.",
			[]tx{sun}, map[string]string{"resigned": ""}},
		{"immediately follows on the lead event", "Orlen Foods bought Miro Dairy on Sunday.\n\nThe deal values Miro Dairy at 3 million.\n\nOrlen Foods immediately appointed Ilse Varga as chief. Varga signed a contract.",
			[]tx{sun}, map[string]string{"appointed": "2025-03-02", "signed": "2025-03-02"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			evs := extractor.Extract(input(c.text, c.times...))
			for trig, d := range c.want {
				e := find(t, evs, trig)
				if e.Date != d {
					t.Errorf("%q dated %q, want %q (%s)", trig, e.Date, d, e.DateWhy)
				}
				if d != "" && !strings.HasPrefix(e.DateWhy, "narrative:") {
					t.Errorf("%q: DateWhy %q does not say the date was inferred", trig, e.DateWhy)
				}
			}
			for _, e := range evs {
				if e.Modality != kg.Asserted && strings.HasPrefix(e.DateWhy, "narrative:") {
					t.Errorf("%q (%s) dated by narrative", e.Trigger, e.Modality)
				}
			}
		})
	}
}
