package export_test

import (
	"fmt"
	"os"

	"github.com/kgnews/kg"
	"github.com/kgnews/kg/export"
	"github.com/kgnews/kg/graph"
)

func ExampleWrite() {
	s := graph.Snapshot{
		Entities: []graph.Entity{{ID: "ent:person:ana", Name: "Ana", Type: kg.Person}},
		Events: []graph.Event{{ID: "evt:m1", Date: "2030-05", Summary: "Ana speaks",
			Participants: []graph.ParticipantRef{{ID: "ent:person:ana", Role: kg.Agent}}}},
	}
	if err := export.Write(os.Stdout, s, "vis", export.Options{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "items": [
	//     {
	//       "id": "ent:person:ana|evt:m1",
	//       "content": "Ana speaks",
	//       "start": "2030-05-01",
	//       "end": "2030-06-01",
	//       "group": "ent:person:ana",
	//       "type": "range",
	//       "title": "2030-05"
	//     }
	//   ],
	//   "groups": [
	//     {
	//       "id": "ent:person:ana",
	//       "content": "Ana"
	//     }
	//   ]
	// }
}
