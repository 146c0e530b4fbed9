package ingest_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/kgnews/kg"
	"github.com/kgnews/kg/ingest"
)

func ExampleRead() {
	feed := `{"id": "w1", "date": "2024-05-14T09:30:00+02:00", "text": "The Garrow toll bridge reopened on Tuesday."}
{"text": "Its keeper, Maud Ferrier, said traffic was light."}
{"text": "a line cut off`
	opts := ingest.Options{Stdin: strings.NewReader(feed), Date: time.Date(2024, 5, 15, 0, 0, 0, 0, time.UTC)}
	stats, err := ingest.Read([]string{"-"}, opts, func(d kg.Document) error {
		fmt.Println(d.ID, d.DateString(), d.Origin, d.Text)
		return nil
	}, func(p ingest.Problem) { fmt.Println("warning:", p) })
	fmt.Printf("%+v %v\n", stats, err)
	// Output:
	// w1 2024-05-14 stdin:1 The Garrow toll bridge reopened on Tuesday.
	// stdin#line2 2024-05-15 stdin:2 Its keeper, Maud Ferrier, said traffic was light.
	// warning: stdin:3: malformed JSON: unexpected end of JSON input; line skipped
	// {Files:1 Documents:2 Skipped:1 Ignored:0} <nil>
}

func ExampleParseDate() {
	for _, s := range []string{"Tue, 14 May 2024 23:30:00 -0700", "May 14, 2024", "2024-02-30"} {
		t, err := ingest.ParseDate(s)
		fmt.Println(t.Format(time.DateOnly), err)
	}
	// Output:
	// 2024-05-14 <nil>
	// 2024-05-14 <nil>
	// 0001-01-01 unrecognised date "2024-02-30"
}
