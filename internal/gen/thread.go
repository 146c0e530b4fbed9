package gen

import (
	"time"
)

// thread is one running story: its kind, the stage it has reached, the
// entities that fill its slots and the events reported so far.
type thread struct {
	id      int
	kind    *storyKind
	stage   int
	due     time.Time // when its next article is due
	slots   map[string]*entityRef
	persons []*entityRec // the thread's own people (not shared with others)
	events  []*eventRec
}

// globalEntity returns the shared record for a place, organisation or
// leader, creating it on first use.
func (g *generator) globalEntity(name, typ string) *entityRec {
	e := g.global[name]
	if e == nil {
		e = newEntity(name, typ)
		g.global[name] = e
	}
	return e
}

// newThread starts a story of a random kind in a random city.
func (g *generator) newThread(due time.Time) *thread {
	lx, r := g.lx, g.r
	g.nextThread++
	th := &thread{
		id:    g.nextThread,
		kind:  lx.kinds[r.IntN(len(lx.kinds))],
		due:   due,
		slots: map[string]*entityRef{},
	}
	city := lx.cities[r.IntN(len(lx.cities))]
	co := lx.countries[city.country]
	feat := co.features[r.IntN(len(co.features))]
	leaderFirst, leaderLast := lx.personName(city.country)
	th.slots["C"] = &entityRef{rec: g.globalEntity(city.name, typeGPE)}
	th.slots["K"] = &entityRef{rec: g.globalEntity(co.name, typeGPE), article: co.article}
	th.slots["G"] = &entityRef{rec: g.globalEntity(feat.name, typeLoc), article: feat.article}
	th.slots["L"] = &entityRef{rec: g.globalEntity(leaderFirst+" "+leaderLast, typePerson), short: leaderLast, title: co.leaderTitle}

	// Short forms must be unambiguous within the thread.
	taken := map[string]bool{leaderLast: true}
	for _, s := range th.kind.slots {
		if s.kind == "person" {
			th.slots[s.name] = g.newPerson(taken)
			th.persons = append(th.persons, th.slots[s.name].rec)
			continue
		}
		for try := 0; ; try++ {
			name, short, acronym, article := lx.orgName(r, s.kind, city)
			if (taken[name] || short != "" && taken[short]) && try < 20 {
				continue
			}
			taken[name] = true
			if short != "" {
				taken[short] = true
			}
			th.slots[s.name] = &entityRef{rec: g.globalEntity(name, typeOrg), short: short, acronym: acronym, article: article}
			break
		}
	}
	return th
}

// newPerson invents the next person whose surname is not taken.
func (g *generator) newPerson(taken map[string]bool) *entityRef {
	for {
		first, last := g.lx.personName(g.nextPerson)
		g.nextPerson++
		if !taken[last] {
			taken[last] = true
			return &entityRef{rec: newEntity(first+" "+last, typePerson), short: last}
		}
	}
}
