package event

import (
	"strings"
	"testing"

	"github.com/kgnews/kg"
)

// FuzzExtract feeds random text with mentions and time expressions placed
// by the fuzzer's bytes (some out of bounds or overlapping) and checks that
// extraction does not panic, every span lies inside the text and every
// event has a ref, a lemma and a date explanation.
func FuzzExtract(f *testing.F) {
	f.Add("Tomas Brel, who was defeated by Ilse Varga, denied on Sunday that he had resigned.", []byte{0, 10, 1, 28, 38, 2, 52, 58, 3})
	f.Add(`"We won," she said. It surfaced two days before the election.`, []byte{5, 9, 0, 32, 40, 4})
	f.Add("In its report, Halden Post editors criticised Tomas Brel.", []byte{15, 11, 2, 44, 10, 0})
	f.Add("", []byte{})
	f.Add("resigned resigned , , who that to to", []byte{255, 3, 1, 9, 200, 2})
	types := []kg.EntityType{kg.Person, kg.Org, kg.GPE, kg.Loc}
	ttypes := []kg.TimexType{kg.Date, kg.Time, kg.Duration, kg.Set}
	values := []string{"2025-03-02", "P2D", "XXXX-WXX-2", "2025-W09T12:00", "PRESENT_REF", "2025"}
	f.Fuzz(func(t *testing.T, text string, spec []byte) {
		in := Input{Text: text}
		for k := 0; k+2 < len(spec); k += 3 {
			s, e, kind := int(spec[k]), int(spec[k])+int(spec[k+1]), int(spec[k+2])
			if kind%2 == 0 {
				in.Mentions = append(in.Mentions, kg.Mention{Span: kg.Span{Start: s, End: e}, Type: types[kind/2%len(types)], Entity: "E" + strings.Repeat("x", kind%3)})
			} else {
				in.Timexes = append(in.Timexes, kg.Timex{Span: kg.Span{Start: s, End: e}, Type: ttypes[kind/2%len(ttypes)], Value: values[kind%len(values)]})
			}
		}
		for _, ev := range extractor.extract(in) {
			if ev.Start < 0 || ev.End > len(text) || ev.Start >= ev.End || text[ev.Start:ev.End] != ev.Trigger {
				t.Fatalf("bad trigger span %+v", ev.Span)
			}
			if ev.Sentence.Start < 0 || ev.Sentence.End > len(text) || !ev.Sentence.Contains(ev.Span) {
				t.Fatalf("bad sentence span %+v for %+v", ev.Sentence, ev.Span)
			}
			if ev.Ref == 0 || ev.DateWhy == "" || ev.Lemma == "" {
				t.Fatalf("event without ref, lemma or date explanation: %+v", ev)
			}
		}
	})
}

// BenchmarkExtract measures throughput on a news-like text.
func BenchmarkExtract(b *testing.B) {
	para := "KESSPORT (Wire) - Ilse Varga won the vote on Sunday, defeating Tomas Brel after a leaked memo upended the race. " +
		"Tomas Brel, who was defeated by Ilse Varga, denied any wrongdoing on Saturday and said he would not resign. " +
		"Orlen Foods agreed to be sold to Miro Dairy, the company said in a statement to Radio Vell on Sunday. " +
		`"We are proud," Ilse Varga told Halden Post. The takeover requires approval from regulators in Norvia.` + "\n\n"
	text := strings.Repeat(para, 20)
	in := input(text, tx{"Sunday", kg.Date, "2025-03-02"}, tx{"Saturday", kg.Date, "2025-03-01"})
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		extractor.Extract(in)
	}
}

// BenchmarkExtractRunOn measures a text with no sentence end, where every
// clause scan would see the whole text if it were not bounded.
func BenchmarkExtractRunOn(b *testing.B) {
	text := strings.Repeat("Ilse Varga won the vote on Sunday and Tomas Brel, who said that Orlen Foods approved the deal, lost the election and praised the result while ", 500)
	in := input(text, tx{"Sunday", kg.Date, "2025-03-02"})
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		extractor.Extract(in)
	}
}
