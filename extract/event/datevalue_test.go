package event

import (
	"testing"

	"github.com/kgnews/kg"
)

func TestDateValue(t *testing.T) {
	cases := map[string]string{
		"2024-06-09": "2024-06-09", "2024-06-19T12:00": "2024-06-19", "2024-W23": "2024-W23", "2024-05": "2024-05",
		"1989-WXX": "1989", "1989-XX": "1989", "2024-06-XX": "2024-06", "XXXX-WXX-2": "XXXX-WXX-2", "XXXX-06-14": "XXXX-06-14", "XXXX-XX-XX": "",
		"PRESENT_REF": "", "2021": "2021", "2007-Q1": "2007-Q1",
	}
	for v, want := range cases {
		if got := dateValue(kg.Timex{Type: kg.Date, Value: v}); got != want {
			t.Errorf("dateValue(%q) = %q, want %q", v, got, want)
		}
	}
	if got := dateValue(kg.Timex{Type: kg.Duration, Value: "P2D"}); got != "" {
		t.Errorf("a duration dates nothing, got %q", got)
	}
}
