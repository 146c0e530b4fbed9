package main

import (
	"github.com/kgnews/kg/extract/event"
	"github.com/kgnews/kg/graph"
)

// corefer lets the graph merge events across articles by the event
// extractor's own notion of "the same happening".
func corefer(a, b graph.EventKey) (bool, string) {
	return event.Compatible(summaryOf(a), summaryOf(b))
}

func summaryOf(k graph.EventKey) event.Summary {
	return event.Summary{Lemma: k.Lemma, Type: k.Type, Date: k.Date, Participants: k.Participants}
}
