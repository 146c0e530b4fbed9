package analysis_test

import (
	"fmt"

	"github.com/kgnews/kg"
	"github.com/kgnews/kg/analysis"
	"github.com/kgnews/kg/graph"
)

// meetings: Ana meets Ben on 1 May, Ben meets Cleo in June.
var meetings = graph.Snapshot{
	Entities: []graph.Entity{
		{ID: "ent:person:ana", Name: "Ana", Type: kg.Person},
		{ID: "ent:person:ben", Name: "Ben", Type: kg.Person},
		{ID: "ent:person:cleo", Name: "Cleo", Type: kg.Person},
	},
	Events: []graph.Event{
		{ID: "evt:m1", Date: "2030-05-01", Summary: "Ana meets Ben",
			Participants: []graph.ParticipantRef{{ID: "ent:person:ana"}, {ID: "ent:person:ben"}},
			Sources:      []graph.Source{{Doc: "doc:a", Sentence: "Ana met Ben on Wednesday."}}},
		{ID: "evt:m2", Date: "2030-06", Summary: "Ben meets Cleo",
			Participants: []graph.ParticipantRef{{ID: "ent:person:ben"}, {ID: "ent:person:cleo"}},
			Sources:      []graph.Source{{Doc: "doc:b", Sentence: "Ben met Cleo in June."}}},
	},
}

func ExamplePath() {
	hops, err := analysis.Path(analysis.SnapshotReader(meetings), "ent:person:ana", "ent:person:cleo")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, h := range hops {
		fmt.Printf("%s -[%s, %s]- %s: %q\n", h.FromName, h.Summary, h.Date, h.ToName, h.Sentence)
	}
	// Output:
	// Ana -[Ana meets Ben, 2030-05-01]- Ben: "Ana met Ben on Wednesday."
	// Ben -[Ben meets Cleo, 2030-06]- Cleo: "Ben met Cleo in June."
}

func ExampleRank() {
	scores, _ := analysis.Rank(meetings, analysis.Degree, kg.Person, 2)
	for _, s := range scores {
		fmt.Println(s.Name, s.Score)
	}
	// Output:
	// Ben 2
	// Ana 1
}
