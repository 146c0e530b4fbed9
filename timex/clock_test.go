package timex

import (
	"testing"

	"github.com/kgnews/kg"
)

func TestTimesOfDay(t *testing.T) {
	runCases(t, testTagger, []tcase{
		{dct: "2024-06-19", text: "The president named her chief of staff at noon.",
			want: []want{{"noon", kg.Time, "2024-06-19T12:00"}}},
		{dct: monday, text: "The hearing starts at 9 a.m. in room four.",
			want: []want{{"9 a.m.", kg.Time, "2024-06-10T09:00"}}},
		{dct: monday, text: "Polls closed at 10:30 p.m. on Sunday.",
			want: []want{{"10:30 p.m.", kg.Time, "2024-06-09T22:30"}, {"Sunday", kg.Date, "2024-06-09"}}},
		{dct: monday, text: "The launch is set for 14:30 GMT.",
			want: []want{{"14:30 GMT", kg.Time, "2024-06-10T14:30"}}},
		{dct: monday, text: "The deadline is 9 a.m. Thursday.",
			want: []want{{"9 a.m. Thursday", kg.Time, "2024-06-13T09:00"}}},
		{dct: monday, text: "The fire started shortly before midnight on Saturday.",
			want: []want{{"midnight", kg.Time, "2024-06-08T24:00"}, {"Saturday", kg.Date, "2024-06-08"}}},
		{dct: "2017-05-05", text: "The minister will speak this evening.",
			want: []want{{"this evening", kg.Time, "2017-05-05TEV"}}},
		{dct: monday, text: "Officials met this morning and will meet again tonight.",
			want: []want{{"this morning", kg.Time, "2024-06-10TMO"}, {"tonight", kg.Time, "2024-06-10TNI"}}},
		{dct: monday, text: "The ministers will meet Tuesday morning.",
			want: []want{{"Tuesday morning", kg.Time, "2024-06-11TMO"}}},
		{dct: monday, text: "The ferry left at 4 in the morning.",
			want: []want{{"4 in the morning", kg.Time, "2024-06-10T04:00"}}},
		{dct: monday, text: "The bank was robbed on Friday. The alarm sounded at 10:35 a.m., police said.",
			want: []want{{"10:35 a.m.", kg.Time, "2024-06-07T10:35"}}},
		{dct: monday, text: "The score was 3:1 at half time.",
			absent: []string{"3:1"}},
	})
}
