package gen

import (
	"fmt"
	"strings"
)

// slotDef declares a thread's person or organisation slot.
type slotDef struct {
	name string
	kind string // "person" or an orgs.txt kind
}

// stage is one step of a story and the event an article about it reports.
type stage struct {
	name         string
	eventType    string
	participants []string // slot names
	titles       []string
	leads        []string
}

// storyKind is a story template: an election, a strike, a takeover...
type storyKind struct {
	name     string
	slots    []slotDef
	stages   []stage
	recaps   []string
	quotes   []string
	contexts []string
	plans    []string
}

// timeSlots are the kinds of {T:...} a template may use.
var timeSlots = map[string]bool{"ev": true, "prev": true, "plan": true, "dur": true, "set": true, "year": true, "now": true, "past": true}

// builtinSlots are the slots every thread fills from its place.
var builtinSlots = map[string]bool{"C": true, "K": true, "G": true, "L": true}

// readStories parses data/stories.txt into story kinds and the lines any
// kind may use ("kind *").
func readStories(lx *lexicon) (kinds []*storyKind, common *storyKind, err error) {
	lines, err := dataLines("stories.txt")
	if err != nil {
		return nil, nil, err
	}
	var k *storyKind
	for _, line := range lines {
		key, rest, _ := strings.Cut(line, " ")
		if key == "kind" {
			k = &storyKind{name: rest}
			if rest == "*" {
				common = k
			} else {
				kinds = append(kinds, k)
			}
			continue
		}
		if k == nil {
			return nil, nil, fmt.Errorf("gen: data/stories.txt: %q before any kind", line)
		}
		if err := k.add(lx, key, rest); err != nil {
			return nil, nil, fmt.Errorf("gen: data/stories.txt: kind %s: %w", k.name, err)
		}
	}
	if common == nil {
		common = &storyKind{name: "*"}
	}
	builtin := func(name string) bool { return builtinSlots[name] }
	if err := checkLines([][]string{common.quotes, common.contexts}, builtin); err != nil {
		return nil, nil, fmt.Errorf("gen: data/stories.txt: kind *: %w", err)
	}
	for _, k := range kinds {
		if err := k.check(); err != nil {
			return nil, nil, fmt.Errorf("gen: data/stories.txt: kind %s: %w", k.name, err)
		}
	}
	if len(kinds) == 0 {
		return nil, nil, fmt.Errorf("gen: data/stories.txt defines no kinds")
	}
	return kinds, common, nil
}

// add reads one line of a kind.
func (k *storyKind) add(lx *lexicon, key, rest string) error {
	var st *stage
	if n := len(k.stages); n > 0 {
		st = &k.stages[n-1]
	}
	switch key {
	case "slot":
		name, kind, _ := strings.Cut(rest, " ")
		if _, ok := lx.orgs[kind]; !ok && kind != "person" {
			return fmt.Errorf("slot %s has unknown kind %q", name, kind)
		}
		k.slots = append(k.slots, slotDef{name: name, kind: kind})
	case "stage":
		f := strings.Fields(rest)
		if len(f) != 3 {
			return fmt.Errorf("stage %q: want NAME TYPE PARTICIPANTS", rest)
		}
		k.stages = append(k.stages, stage{name: f[0], eventType: f[1], participants: strings.Split(f[2], ",")})
	case "title", "lead":
		if st == nil {
			return fmt.Errorf("%s line before any stage", key)
		}
		if key == "title" {
			st.titles = append(st.titles, rest)
		} else {
			st.leads = append(st.leads, rest)
		}
	case "recap":
		k.recaps = append(k.recaps, rest)
	case "quote":
		k.quotes = append(k.quotes, rest)
	case "context":
		k.contexts = append(k.contexts, rest)
	case "plan":
		k.plans = append(k.plans, rest)
	default:
		return fmt.Errorf("unknown line %q", key)
	}
	return nil
}

// check verifies that every stage can be written and that templates name
// only declared slots and carry the marks their role needs.
func (k *storyKind) check() error {
	if len(k.stages) == 0 || len(k.plans) == 0 || len(k.recaps) == 0 {
		return fmt.Errorf("needs stages, recap and plan lines")
	}
	declared := map[string]bool{}
	personP1 := false
	for _, s := range k.slots {
		if declared[s.name] {
			return fmt.Errorf("slot %s declared twice", s.name)
		}
		declared[s.name] = true
		personP1 = personP1 || s.name == "P1" && s.kind == "person"
	}
	if !personP1 {
		return fmt.Errorf("needs a person in slot P1 (related-link junk is glued to that name)")
	}
	known := func(name string) bool { return declared[name] || builtinSlots[name] }
	for _, st := range k.stages {
		for _, p := range st.participants {
			if !known(p) {
				return fmt.Errorf("stage %s: unknown participant %s", st.name, p)
			}
		}
		if len(st.titles) == 0 || len(st.leads) == 0 {
			return fmt.Errorf("stage %s needs a title and a lead", st.name)
		}
		for _, l := range st.leads {
			if !strings.Contains(l, "{E:") || !strings.Contains(l, "{T:ev}") {
				return fmt.Errorf("lead %q needs {E:...} and {T:ev}", l)
			}
		}
	}
	for _, r := range k.recaps {
		if !strings.Contains(r, "{R:") || !strings.Contains(r, "{T:prev}") {
			return fmt.Errorf("recap %q needs {R:...} and {T:prev}", r)
		}
	}
	all := [][]string{k.recaps, k.quotes, k.contexts, k.plans}
	for _, st := range k.stages {
		all = append(all, st.titles, st.leads)
	}
	return checkLines(all, known)
}

// checkLines verifies that every placeholder names a known slot, a known
// time slot, or one of E, R, N.
func checkLines(all [][]string, known func(string) bool) error {
	for _, list := range all {
		for _, line := range list {
			for _, tok := range placeholders(line) {
				name, arg, _ := strings.Cut(tok, ":")
				if name == "T" && !timeSlots[arg] {
					return fmt.Errorf("line %q uses unknown time slot {%s}", line, tok)
				}
				if !known(name) && !(len(name) == 1 && strings.Contains("ETRN", name)) {
					return fmt.Errorf("line %q uses unknown slot {%s}", line, tok)
				}
			}
		}
	}
	return nil
}

// placeholders returns the contents of every {...} in a template line.
func placeholders(line string) []string {
	var out []string
	for {
		i := strings.IndexByte(line, '{')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(line[i:], '}')
		if j < 0 {
			return out
		}
		out = append(out, line[i+1:i+j])
		line = line[i+j+1:]
	}
}
