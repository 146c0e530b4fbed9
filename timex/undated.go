package timex

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/kgnews/kg"
	"github.com/kgnews/kg/timeml"
)

// relate gives each expression of an undated text that names a day
// relative to the publication day ("Friday" in a past-tense clause,
// "yesterday", "next Tuesday") that day's Offset from it, so that what the
// text tells can still be ordered. The publication weekday is unknown:
// relate tags the text again against a stand-in publication day of each
// weekday the text names and keeps the one that puts the named days
// closest to it, since news tells of the days just past and just ahead.
func (t *Tagger) relate(sc *scanner, text string, out []kg.Timex) {
	var cands []int // stand-in publication weekdays, Monday = 1
	relative := false
	for _, x := range out {
		if wd, ok := timeml.WeekdayOf(x.Value); ok && !slices.Contains(cands, wd) {
			cands = append(cands, wd)
		}
		relative = relative || strings.HasPrefix(x.Value, "XXXX-XX-XX")
	}
	if len(cands) == 0 {
		if !relative {
			return
		}
		cands = []int{1} // only "yesterday" and the like: any weekday gives the same offsets
	}
	slices.Sort(cands)
	var best []*int
	var bestRules []string
	bestCost, bestWD := -1, 0
	for _, wd := range cands {
		dct := standIn(wd)
		offs, rules, cost := offsets(out, t.run(sc, text, dct), dct)
		if bestCost < 0 || cost < bestCost {
			best, bestRules, bestCost, bestWD = offs, rules, cost, wd
		}
	}
	for i, off := range best {
		if off == nil {
			continue
		}
		out[i].Offset = off
		out[i].Rule += fmt.Sprintf("; %s: %s the publication day, taken as a %s (of the weekdays the text names, the one that puts its days closest to it)",
			bestRules[i], timeml.DaysFrom(*off), weekdayNames[bestWD])
	}
}

// offsets matches the undated tagging with the one against a stand-in
// publication day dct, and returns for each undated weekday or day
// ("XXXX-WXX-5", "XXXX-XX-XX") the offset in days of the day it names,
// when that day was counted from dct itself (not from a day of the month
// or year, which the stand-in would invent),
// with the rule that counted it, and the sum of the offsets' sizes.
func offsets(undated, standIn []kg.Timex, dct time.Time) ([]*int, []string, int) {
	offs := make([]*int, len(undated))
	rules := make([]string, len(undated))
	anchor := fmtDay(dct) + " (publication date)"
	cost, k := 0, 0
	for i, x := range undated {
		for k < len(standIn) && standIn[k].Start < x.Start {
			k++
		}
		if k == len(standIn) {
			break
		}
		y := standIn[k]
		_, weekday := timeml.WeekdayOf(x.Value)
		if !weekday && !strings.HasPrefix(x.Value, "XXXX-XX-XX") || y.Start != x.Start || y.End != x.End || y.Anchor != anchor || len(y.Value) < 10 {
			continue
		}
		day, err := time.Parse(time.DateOnly, y.Value[:10])
		if err != nil {
			continue
		}
		n := int(day.Sub(dct).Hours() / 24)
		offs[i], rules[i] = &n, y.Rule
		cost += max(n, -n)
	}
	return offs, rules, cost
}

// standIn is a publication day of ISO weekday wd (Monday = 1), far from
// any real news so that it can never be taken for one.
func standIn(wd int) time.Time { return time.Date(1900, 1, wd, 0, 0, 0, 0, time.UTC) } // 1900-01-01 was a Monday
