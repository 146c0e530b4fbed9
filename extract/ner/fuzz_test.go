package ner

import (
	"strings"
	"testing"

	"github.com/kgnews/kg/text"
)

func FuzzRecognize(f *testing.F) {
	for _, s := range []string{
		"ZAGREB (Reuters) - Former judge Ana Novak won. Novak's rival conceded.",
		"PINE BLUFF, Nevada (AP) — The Office for the Prevention of Fraud (OPF) said.",
		"Finnish President Aino KallioAino Maria KallioStorm MORE said.",
		"Timothy D. Cook, AT&T, iPhone, Iran-Iraq, New York-based, anti-Kremlin",
		"``What'' I'm We're Mr. . of of The The", "(", "É", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		s := text.Mask(in, text.Junk(in, text.Tokenize(in)))
		toks := text.Tokenize(s)
		ms, es := testRecognizer.Recognize(s, toks, text.SentencesOf(s, toks))
		last := -1
		for _, m := range ms {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("span %v out of bounds for %q", m.Span, s)
			}
			if m.Start < last {
				t.Fatalf("mentions not sorted: %v", ms)
			}
			last = m.Start
			if s[m.Start:m.End] != m.Text {
				t.Fatalf("Text %q != s[%d:%d] %q", m.Text, m.Start, m.End, s[m.Start:m.End])
			}
			if m.Entity == "" {
				t.Fatalf("mention %q names no entity", m.Text)
			}
		}
		names := map[string]bool{}
		for _, e := range es {
			names[e.Name] = true
		}
		for _, m := range ms {
			if !names[m.Entity] {
				t.Fatalf("mention %q names unknown entity %q", m.Text, m.Entity)
			}
		}
	})
}

// benchText is a made-up article of about 2 KB.
const benchText = `HELSINKI, May 4 (Reuters) - Finnish Prime Minister Aino Kallio said on Monday that the Ministry of Finance would cut spending, after the Bank of Finland (BoF) warned of a slowdown.

Kallio, the leader of the centre-right National Coalition Party, told reporters in Helsinki that the Finance Ministry had drawn up plans. "We will protect jobs," she said.

Nordhavn Shipping Group, a Turku-based operator, said it would cut 400 jobs. Its chief executive, Mikael Strand, blamed falling orders from Germany and the United States. Strand said Nordhavn would keep its yard in Rauma open.

The European Commission and the International Monetary Fund welcomed the plan. An IMF spokeswoman said the fund would review it in June. Observers in Brussels were cautious.

Opposition leader Pekka Laine said the cuts would hurt. Laine's Social Democratic Party will vote against them in parliament on Thursday.
`

func BenchmarkRecognize(b *testing.B) {
	s := strings.Repeat(benchText, 4)
	toks := tokenize(s)
	sents := sentences(s, toks)
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		testRecognizer.Recognize(s, toks, sents)
	}
}
