package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
)

// readStream reads one input in format f; when known is false the format
// is sniffed from the first bytes instead. UTF-16 input (with its
// byte-order mark) is decoded to UTF-8; a leading UTF-8 byte-order mark is
// dropped.
func (r *reader) readStream(in io.Reader, src source, f format, known bool) error {
	br := bufio.NewReaderSize(in, 64<<10)
	prefix, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return r.problem(Problem{File: src.name, Msg: "cannot read: " + errText(err), Skipped: true})
	}
	if order := utf16Order(prefix); order != nil {
		// Windows editors save "Unicode" text as UTF-16; it is read whole.
		data, err := io.ReadAll(br)
		if err != nil {
			return r.problem(Problem{File: src.name, Msg: "cannot read: " + errText(err), Skipped: true})
		}
		text := decodeUTF16(data[2:], order)
		src.size = int64(len(text))
		br = bufio.NewReaderSize(strings.NewReader(text), 64<<10)
		prefix, _ = br.Peek(sniffLen)
	}
	if len(prefix) < sniffLen && len(bytes.TrimSpace(bytes.TrimPrefix(prefix, []byte(bom)))) == 0 {
		return r.problem(Problem{File: src.name, Msg: "empty file; skipped", Skipped: true})
	}
	if isBinary(prefix) {
		return r.problem(Problem{File: src.name, Msg: "binary file; skipped", Skipped: true})
	}
	if !known {
		f = sniffFormat(prefix)
	}
	if bytes.HasPrefix(prefix, []byte(bom)) {
		br.Discard(len(bom))
	}
	switch f {
	case formatJSONL:
		return r.readJSONL(br, src)
	case formatHTML:
		return r.readHTML(br, src)
	}
	return r.readText(br, src)
}

// readText reads a plain-text or Markdown file as one document.
func (r *reader) readText(in io.Reader, src source) error {
	var b strings.Builder
	if src.size > 0 && src.size < 1<<40 {
		b.Grow(int(src.size))
	}
	if _, err := io.Copy(&b, in); err != nil {
		return r.problem(Problem{File: src.name, Msg: "cannot read: " + errText(err), Skipped: true})
	}
	m, body, err := parseFrontMatter(b.String())
	if err != nil {
		var fe *frontMatterError
		errors.As(err, &fe)
		return r.problem(Problem{File: src.name, Line: fe.line, Msg: fe.msg + "; file skipped", Skipped: true})
	}
	return r.emit(src, 0, &m, body)
}

// frontMatterError is a front matter that cannot be read, at a line.
type frontMatterError struct {
	line int
	msg  string
}

func (e *frontMatterError) Error() string { return strconv.Itoa(e.line) + ": " + e.msg }

// parseFrontMatter splits s into its front matter and its body. Front
// matter is optional: a first line of "---", then "key: value" lines, then
// a closing "---" line. Keys are read case-insensitively (see articleKeys);
// values may be quoted; lines of other shapes and unknown keys are passed
// over. The body is everything after the closing line, byte for byte, or
// all of s when there is no front matter. A front matter that is never
// closed is an error at line 1.
func parseFrontMatter(s string) (m meta, body string, err error) {
	first, rest, _ := strings.Cut(s, "\n")
	if strings.TrimRight(first, " \t\r") != "---" {
		return m, s, nil
	}
	for n := 2; ; n++ {
		if rest == "" {
			return meta{}, "", &frontMatterError{1, "front matter opened here is not closed by a '---' line"}
		}
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if strings.TrimRight(line, " \t\r") == "---" {
			return m, rest, nil
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok || key == "" || key[0] == ' ' || key[0] == '\t' {
			continue // a nested value, a list item, a comment or a blank line
		}
		if fr, known := articleKeys[strings.ToLower(strings.TrimSpace(key))]; known && fr.field != fieldText {
			m.set(fr, yamlScalar(value), n)
		}
	}
}

// yamlScalar reads a one-line YAML value: 'single-quoted', "double-quoted"
// with escapes, or plain with an optional " # comment".
func yamlScalar(v string) string {
	v = strings.TrimSpace(v)
	if len(v) >= 2 {
		switch {
		case v[0] == '"' && v[len(v)-1] == '"':
			if u, err := strconv.Unquote(v); err == nil {
				return u
			}
			return v[1 : len(v)-1]
		case v[0] == '\'' && v[len(v)-1] == '\'':
			return strings.ReplaceAll(v[1:len(v)-1], "''", "'")
		}
	}
	if i := strings.Index(v, " #"); i >= 0 {
		v = strings.TrimSpace(v[:i])
	}
	return v
}
