package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// maxLine is the longest JSON Lines line read (256 MiB); a longer line is
// reported and passed over without being held in memory whole.
const maxLine = 256 << 20

// readJSONL reads a JSON Lines file: one article object per line, blank
// lines passed over. A line that cannot be read is reported at its line
// number and reading goes on with the next.
func (r *reader) readJSONL(br *bufio.Reader, src source) error {
	lines := lineReader{br: br, max: r.maxLine}
	for {
		line, tooLong, err := lines.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return r.problem(Problem{File: src.name, Line: lines.n, Msg: "cannot read: " + errText(err), Skipped: true})
		}
		if tooLong {
			msg := fmt.Sprintf("line longer than %s; skipped", sizeText(r.maxLine))
			if err := r.problem(Problem{File: src.name, Line: lines.n, Msg: msg, Skipped: true}); err != nil {
				return err
			}
			continue
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		m, text, err := parseJSONLine(line)
		if err != nil {
			err = r.problem(Problem{File: src.name, Line: lines.n, Msg: err.Error() + "; line skipped", Skipped: true})
		} else {
			err = r.emit(src, lines.n, &m, text)
		}
		if err != nil {
			return err
		}
	}
}

// sizeText writes a size in bytes, in MiB when it is a whole number of them.
func sizeText(n int) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// lineReader reads lines of any length with memory bounded by max.
type lineReader struct {
	br  *bufio.Reader
	max int
	buf []byte
	n   int // number of the line last returned, from 1
}

// next returns the next line without its line ending. A line longer than
// max is dropped: next returns tooLong and no bytes. err is io.EOF after
// the last line.
func (l *lineReader) next() (line []byte, tooLong bool, err error) {
	l.buf = l.buf[:0]
	for {
		chunk, err := l.br.ReadSlice('\n')
		if !tooLong {
			if len(l.buf)+len(chunk) > l.max+2 { // room for "\r\n"
				tooLong = true
				l.buf = l.buf[:0]
			} else {
				l.buf = append(l.buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && (err != io.EOF || (len(l.buf) == 0 && !tooLong)) {
			return nil, false, err
		}
		break
	}
	l.n++
	line = bytes.TrimSuffix(bytes.TrimSuffix(l.buf, []byte("\n")), []byte("\r"))
	if len(line) > l.max {
		return nil, true, nil
	}
	return line, tooLong, nil
}

// parseJSONLine reads one JSON Lines article: the keys of articleKeys, in
// any letter case; a text given as an array of paragraphs is joined with
// blank lines; a numeric id is kept as written; a numeric date is Unix
// time in seconds or milliseconds.
func parseJSONLine(line []byte) (m meta, text string, err error) {
	if line = bytes.TrimSpace(line); len(line) == 0 || line[0] != '{' {
		return m, "", errors.New("not a JSON object")
	}
	// encoding/json would replace bytes that are not UTF-8 without a word.
	if !utf8.Valid(line) {
		var fixed string
		fixed, m.repaired = repairUTF8(string(line))
		line = []byte(fixed)
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(line, &obj); err != nil {
		return m, "", fmt.Errorf("malformed JSON: %v", err)
	}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	slices.Sort(keys) // equal-ranked keys ("Text", "text") resolve the same way every run
	sawText := false
	for _, k := range keys {
		fr, known := articleKeys[strings.ToLower(k)]
		if !known {
			continue
		}
		v, ok := jsonValue(obj[k], fr.field)
		if !ok {
			if fr.field == fieldText {
				return m, "", fmt.Errorf("%q is not a string", k)
			}
			continue
		}
		sawText = sawText || fr.field == fieldText
		m.set(fr, v, 0)
	}
	if !sawText {
		return m, "", errors.New("no text (keys text, body, content or article)")
	}
	return m, m.value[fieldText], nil
}

// jsonValue reads a metadata value for f: a string, null (as ""), a
// number for an id or a date, or an array of strings for the text.
func jsonValue(raw json.RawMessage, f field) (string, bool) {
	switch raw[0] {
	case '"':
		var s string
		err := json.Unmarshal(raw, &s)
		return s, err == nil
	case 'n':
		return "", true
	case '[':
		var paras []string
		if f != fieldText || json.Unmarshal(raw, &paras) != nil {
			return "", false
		}
		return strings.Join(paras, "\n\n"), true
	}
	n, err := strconv.ParseInt(string(raw), 10, 64)
	switch {
	case err != nil:
		return "", false
	case f == fieldID:
		return string(raw), true
	case f == fieldDate && n > 1e11: // milliseconds
		return time.UnixMilli(n).UTC().Format(time.DateOnly), true
	case f == fieldDate:
		return time.Unix(n, 0).UTC().Format(time.DateOnly), true
	}
	return "", false
}
