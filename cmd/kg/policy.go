package main

import (
	"github.com/kgnews/kg"
	"github.com/kgnews/kg/extract/event"
	"github.com/kgnews/kg/graph"
)

// eventPolicy lets the graph summarise, filter and merge events by the
// event extractor's own notion of "the same happening".
type eventPolicy struct{}

func (eventPolicy) Key(group []kg.Event) graph.EventKey {
	s := event.GroupSummary(group)
	return graph.EventKey{Lemma: s.Lemma, Type: s.Type, Date: s.Date}
}

func (eventPolicy) Reportable(group []kg.Event) bool { return event.Reportable(group) }

func (eventPolicy) Corefer(a, b graph.EventKey) (bool, string) {
	return event.Compatible(summaryOf(a), summaryOf(b))
}

func summaryOf(k graph.EventKey) event.Summary {
	return event.Summary{Lemma: k.Lemma, Type: k.Type, Date: k.Date, Participants: k.Participants}
}
