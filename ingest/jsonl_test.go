package ingest

import (
	"bufio"
	"io"
	"strings"
	"testing"
)

func TestParseJSONLine(t *testing.T) {
	cases := []struct {
		name, line string
		want       map[field]string
		repaired   string
	}{
		{
			"the keys of FORMAT.md",
			`{"id": "m1", "date": "2020-05-06", "title": "Mill sold", "source": "Dale News", "url": "https://example.org/m1", "text": "The mill was sold."}`,
			map[field]string{fieldID: "m1", fieldDate: "2020-05-06", fieldTitle: "Mill sold", fieldSource: "Dale News", fieldURL: "https://example.org/m1", fieldText: "The mill was sold."},
			"",
		},
		{
			"crawler keys",
			`{"headline": "Mill sold", "publish_date": "2020-05-06", "link": "https://example.org/m1", "publisher": "Dale News", "content": "The mill was sold."}`,
			map[field]string{fieldDate: "2020-05-06", fieldTitle: "Mill sold", fieldSource: "Dale News", fieldURL: "https://example.org/m1", fieldText: "The mill was sold."},
			"",
		},
		{
			"the better key wins, keys in any case",
			`{"Body": "second", "TEXT": "first", "pubDate": "2020-01-01", "Date": "2020-05-06", "title": "", "headline": "Kept"}`,
			map[field]string{fieldDate: "2020-05-06", fieldTitle: "Kept", fieldText: "first"},
			"",
		},
		{
			"numbers for id and date, null and objects passed over",
			`{"id": 5521, "published": 1588723200, "source": {"name": "Dale News"}, "url": null, "article": "The mill was sold."}`,
			map[field]string{fieldID: "5521", fieldDate: "2020-05-06", fieldText: "The mill was sold."},
			"",
		},
		{
			"a date in milliseconds",
			`{"date": 1588723200000, "text": "x"}`,
			map[field]string{fieldDate: "2020-05-06", fieldText: "x"},
			"",
		},
		{
			"paragraphs as an array",
			`{"text": ["The mill was sold.", "It had stood idle."]}`,
			map[field]string{fieldText: "The mill was sold.\n\nIt had stood idle."},
			"",
		},
		{
			"bytes that are not UTF-8 among UTF-8 characters",
			"{\"title\": \"Mill — sold\", \"text\": \"The mill \xff\xfe was sold.\"}",
			map[field]string{fieldTitle: "Mill — sold", fieldText: "The mill \uFFFD was sold."},
			repairedBytes,
		},
		{
			"Windows-1252",
			"{\"text\": \"The mill\x92s caf\xe9 was sold.\"}",
			map[field]string{fieldText: "The mill’s café was sold."},
			repairedLatin,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, text, err := parseJSONLine([]byte(c.line))
			if err != nil {
				t.Fatal(err)
			}
			if text != c.want[fieldText] {
				t.Errorf("text = %q, want %q", text, c.want[fieldText])
			}
			for f := range numFields {
				if m.value[f] != c.want[f] {
					t.Errorf("field %d = %q, want %q", f, m.value[f], c.want[f])
				}
			}
			if m.repaired != c.repaired {
				t.Errorf("repaired = %v, want %v", m.repaired, c.repaired)
			}
		})
	}
}

func TestParseJSONLineErrors(t *testing.T) {
	cases := map[string]string{
		`{"text": "cut off`:                       "malformed JSON: unexpected end of JSON input",
		`{"text": "a"} {"text": "b"}`:             "malformed JSON: invalid character '{' after top-level value",
		`["text", "a"]`:                           "not a JSON object",
		`"The mill was sold."`:                    "not a JSON object",
		`{"title": "Mill sold"}`:                  "no text (keys text, body, content or article)",
		`{"text": null}`:                          "", // empty text, which emit skips
		`{"text": {"en": "The mill was sold."}}`:  `"text" is not a string`,
		`{"body": [1, 2]}`:                        `"body" is not a string`,
		`{"text": "a", "date": 17.5, "id": true}`: "",
	}
	for line, want := range cases {
		_, _, err := parseJSONLine([]byte(line))
		if got := errString(err); got != want {
			t.Errorf("parseJSONLine(%s) error = %q, want %q", line, got, want)
		}
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestLineReader(t *testing.T) {
	type line struct {
		text    string
		tooLong bool
	}
	cases := []struct {
		name, in string
		want     []line
	}{
		{"short lines, CRLF and no final newline", "ab\r\ncd\n\nef", []line{{"ab", false}, {"cd", false}, {"", false}, {"ef", false}}},
		{"a line at the limit", "abcdefghij\nk\n", []line{{"abcdefghij", false}, {"k", false}}},
		{"a long line is dropped, the next is read", "abcdefghijk\nshort\n", []line{{"", true}, {"short", false}}},
		{"a long line across many buffers", strings.Repeat("x", 100) + "\nend", []line{{"", true}, {"end", false}}},
		{"a long last line", "ok\n" + strings.Repeat("y", 50), []line{{"ok", false}, {"", true}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// The smallest bufio buffer (16 bytes) makes long lines span reads.
			lr := lineReader{br: bufio.NewReaderSize(strings.NewReader(c.in), 16), max: 10}
			for i, w := range c.want {
				got, tooLong, err := lr.next()
				if err != nil || string(got) != w.text || tooLong != w.tooLong || lr.n != i+1 {
					t.Fatalf("line %d = %q, %v, %v (n=%d), want %q, %v", i+1, got, tooLong, err, lr.n, w.text, w.tooLong)
				}
			}
			if _, _, err := lr.next(); err != io.EOF {
				t.Errorf("after the last line: %v, want EOF", err)
			}
		})
	}
}

func TestSizeText(t *testing.T) {
	for n, want := range map[int]string{maxLine: "256 MiB", 1 << 20: "1 MiB", 100: "100 bytes", 3<<20 + 1: "3145729 bytes"} {
		if got := sizeText(n); got != want {
			t.Errorf("sizeText(%d) = %q, want %q", n, got, want)
		}
	}
}
