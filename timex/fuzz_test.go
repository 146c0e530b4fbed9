package timex

import (
	"os"
	"testing"
	"time"
)

// FuzzTag checks that no input makes Tag panic and that every result
// keeps the output contract (spans in the text, ordered, not overlapping,
// Text equal to the span's text).
func FuzzTag(f *testing.F) {
	seeds := []string{
		"On Monday told reporters that talks will resume on Thursday, Oct. 23, at 9 a.m. GMT.",
		"the 7th of May. 05/07/2017 and 2017-05-07, two and a half years, every other day",
		"\"this evening\" tonight 14:30 the year-ago quarter Q3 H1 the '90s nineteen ninety-six",
		"twenty-four-hour a.m. p.m 12:60 99/99/9999 --- ' 's ’s “quoted”",
		"April 24 and 25, Aug. 3-5, last Oct. 23, the quarter ended July 31, the first two quarters of 1990, the last half of the '80s",
		"mid-afternoon yesterday, the next morning, until 9 a.m. Tuesday, the day before last Tuesday's vote, the 11th Circuit, the corresponding period last year",
	}
	if data, err := os.ReadFile("../testdata/timex/news.txt"); err == nil {
		seeds = append(seeds, string(data))
	}
	for i, s := range seeds {
		f.Add(s, i%2 == 0, i%3 == 0)
	}
	dmy := New(Options{DateOrder: "dmy"})
	f.Fuzz(func(t *testing.T, text string, dated, dayFirst bool) {
		var dct time.Time
		if dated {
			dct = time.Date(2024, 6, 10, 0, 0, 0, 0, time.UTC)
		}
		tg := testTagger
		if dayFirst {
			tg = dmy
		}
		checkSpans(t, text, tg.Tag(text, dct))
	})
}
