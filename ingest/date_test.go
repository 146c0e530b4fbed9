package ingest

import "testing"

func TestParseDate(t *testing.T) {
	groups := []struct {
		name  string
		cases map[string]string // input -> want YYYY-MM-DD, "" for an error
	}{
		{"ISO dates and timestamps", map[string]string{
			"2019-03-04":                "2019-03-04",
			"  2019-03-04 ":             "2019-03-04",
			"2019-03-04T10:15:00Z":      "2019-03-04",
			"2019-03-04T10:15:00.123Z":  "2019-03-04",
			"2019-03-04T10:15:00+02:00": "2019-03-04",
			"2019-03-04T10:15:00":       "2019-03-04",
			"2019-03-04T10:15":          "2019-03-04",
			"2019-03-04 10:15:00":       "2019-03-04",
			"2019-03-04 10:15:00 +0200": "2019-03-04",
			"2019/03/04":                "2019-03-04",
		}},
		{"the calendar date as written, not converted to UTC", map[string]string{
			"2019-03-04T23:30:00-05:00":       "2019-03-04",
			"2019-03-04T00:30:00+09:00":       "2019-03-04",
			"Mon, 04 Mar 2019 23:59:00 -1100": "2019-03-04",
		}},
		{"RSS and e-mail forms", map[string]string{
			"Mon, 04 Mar 2019 10:15:00 +0000": "2019-03-04",
			"Mon, 04 Mar 2019 10:15:00 GMT":   "2019-03-04",
			"Mon, 4 Mar 2019 10:15:00 +0000":  "2019-03-04",
			"4 Mar 2019 10:15:00 +0000":       "2019-03-04",
			"04 Mar 19 10:15 +0000":           "2019-03-04",
			"04 Mar 19 10:15 GMT":             "2019-03-04",
		}},
		{"written-out dates", map[string]string{
			"March 4, 2019":         "2019-03-04",
			"Mar 4, 2019":           "2019-03-04",
			"Mar. 4, 2019":          "2019-03-04",
			"Sept. 14, 2020":        "2020-09-14",
			"September 14, 2020":    "2020-09-14",
			"Monday, March 4, 2019": "2019-03-04",
			"4 March 2019":          "2019-03-04",
			"4 Mar 2019":            "2019-03-04",
			"Monday, 4 March 2019":  "2019-03-04",
			"4   March\n2019":       "2019-03-04",
		}},
		{"nonsense", map[string]string{
			"":                  "",
			"   ":               "",
			"yesterday":         "",
			"2019-02-30":        "",
			"2019-13-01":        "",
			"0001-01-01":        "",
			"9999-12-31":        "",
			"04/03/2019":        "",
			"March 32, 2019":    "",
			"2019-03-04garbage": "",
		}},
	}
	for _, g := range groups {
		t.Run(g.name, func(t *testing.T) {
			for in, want := range g.cases {
				got, err := ParseDate(in)
				switch {
				case want == "" && err == nil:
					t.Errorf("ParseDate(%q) = %v, want an error", in, got)
				case want != "" && err != nil:
					t.Errorf("ParseDate(%q): %v", in, err)
				case want != "" && (got.Format("2006-01-02") != want || got.Location().String() != "UTC" || got.Hour() != 0):
					t.Errorf("ParseDate(%q) = %v, want %s UTC midnight", in, got, want)
				}
			}
		})
	}
}
