package ingest

import (
	"errors"
	"testing"
)

func TestParseFrontMatter(t *testing.T) {
	cases := []struct {
		name, in string
		want     map[field]string
		dateLine int
		body     string
	}{
		{"no front matter", "The quay was rebuilt.\n", nil, 0, "The quay was rebuilt.\n"},
		{"dashes later in the text are text", "The quay was rebuilt.\n---\nid: x\n---\n", nil, 0, "The quay was rebuilt.\n---\nid: x\n---\n"},
		{
			"all keys, body starts after the closing line",
			"---\nid: q-7\ndate: 2020-08-02\ntitle: Quay rebuilt\nsource: Coast Post\nurl: https://example.org/q7\n---\nThe quay was rebuilt.\n",
			map[field]string{fieldID: "q-7", fieldDate: "2020-08-02", fieldTitle: "Quay rebuilt", fieldSource: "Coast Post", fieldURL: "https://example.org/q7"},
			3, "The quay was rebuilt.\n",
		},
		{
			"quoted values, comments, keys in any case",
			"---\nTitle: \"Quay \\\"old\\\" and new\"\nSource: 'Coast''s Post'\nURL: https://example.org/a#b # the link\n---\nBody.",
			map[field]string{fieldTitle: `Quay "old" and new`, fieldSource: "Coast's Post", fieldURL: "https://example.org/a#b"},
			0, "Body.",
		},
		{
			"crawler synonyms; the better key wins whatever the order",
			"---\npublished: 2021-01-01\ndate: 2021-02-02\nheadline: Second best\ntitle: Best\n---\nBody.",
			map[field]string{fieldDate: "2021-02-02", fieldTitle: "Best"},
			3, "Body.",
		},
		{
			"unknown keys, lists, nested values, blank lines and text keys are passed over",
			"---\nauthor: R. Vance\ntags:\n  - ports\n  - weather\nid:   \n\n# a comment\ntext: not the body\n---\r\nBody.",
			map[field]string{},
			0, "Body.",
		},
		{"Windows line endings", "---\r\ntitle: Quay\r\n---\r\nBody.\r\n", map[field]string{fieldTitle: "Quay"}, 0, "Body.\r\n"},
		{"closing line at the very end", "---\ntitle: Quay\n---", map[field]string{fieldTitle: "Quay"}, 0, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, body, err := parseFrontMatter(c.in)
			if err != nil {
				t.Fatal(err)
			}
			if body != c.body {
				t.Errorf("body = %q, want %q", body, c.body)
			}
			for f := range numFields {
				if m.value[f] != c.want[f] {
					t.Errorf("field %d = %q, want %q", f, m.value[f], c.want[f])
				}
			}
			if m.line[fieldDate] != c.dateLine {
				t.Errorf("date line = %d, want %d", m.line[fieldDate], c.dateLine)
			}
		})
	}
}

func TestParseFrontMatterUnclosed(t *testing.T) {
	for _, in := range []string{"---\n", "---\ntitle: Quay\n", "---\ntitle: Quay\nThe quay was rebuilt.\n-- \n"} {
		_, _, err := parseFrontMatter(in)
		var fe *frontMatterError
		if !errors.As(err, &fe) || fe.line != 1 {
			t.Errorf("parseFrontMatter(%q) error = %v, want a front matter error at line 1", in, err)
		}
	}
}
