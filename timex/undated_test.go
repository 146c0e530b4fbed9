package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestUndatedOffsets: in a text without a publication date, the days it
// names relative to that day are ordered by their offsets from it.
func TestUndatedOffsets(t *testing.T) {
	cases := []struct {
		name, text string
		want       map[string]string // expression → offset ("" = none)
	}{
		{"past weekdays end on the publication day",
			"Ballots were spoiled on Friday, two days before the runoff. Okafor won the runoff on Sunday. Rivas on Monday congratulated Okafor.",
			map[string]string{"Friday": "-3", "Sunday": "-1", "Monday": "0"}},
		{"a future weekday comes after the past ones",
			"The dockers walked out on Tuesday. The port authority will meet them on Thursday.",
			map[string]string{"Tuesday": "0", "Thursday": "2"}},
		{"deictic days need no weekday",
			"Yesterday the minister resigned. Today parliament debates it, and tomorrow it votes.",
			map[string]string{"Yesterday": "-1", "Today": "0", "tomorrow": "1"}},
		{"last and next weekday, a tie broken by the earlier weekday",
			"Last Friday the board met; it will meet again next Wednesday.",
			map[string]string{"Last Friday": "-5", "next Wednesday": "7"}},
		{"a day of the month has no offset",
			"The ferry sank on June 14 and divers searched on Saturday.",
			map[string]string{"June 14": "", "Saturday": "0"}},
	}
	for _, c := range cases {
		got := testTagger.Tag(c.text, time.Time{})
		for text, off := range c.want {
			x, ok := find(got, text)
			if !ok {
				t.Errorf("%s: %q not tagged; got %s", c.name, text, list(got))
				continue
			}
			have := ""
			if x.Offset != nil {
				have = fmt.Sprint(*x.Offset)
			}
			if have != off {
				t.Errorf("%s: %q (%s) offset %q, want %q (rule: %s)", c.name, text, x.Value, have, off, x.Rule)
			}
			if off != "" && !strings.Contains(x.Rule, "publication day") {
				t.Errorf("%s: %q: rule %q does not say how the offset was found", c.name, text, x.Rule)
			}
			if !strings.HasPrefix(x.Value, "XXXX") {
				t.Errorf("%s: %q = %s: an undated text keeps what is known only", c.name, text, x.Value)
			}
		}
	}
	if x := testTagger.Tag("Okafor won on Sunday.", mustDate(t, "2031-05-12")); len(x) != 1 || x[0].Offset != nil {
		t.Errorf("a dated text carries no offsets: %+v", x)
	}
}
