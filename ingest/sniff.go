package ingest

import (
	"bytes"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// format is how a file's articles are written.
type format int

const (
	formatText  format = iota // plain text or Markdown, with optional front matter
	formatJSONL               // one JSON object per line
	formatHTML                // one web page
)

// extFormats maps the file-name extensions kg reads to their format.
var extFormats = map[string]format{
	".txt":      formatText,
	".md":       formatText,
	".markdown": formatText,
	".jsonl":    formatJSONL,
	".ndjson":   formatJSONL,
	".html":     formatHTML,
	".htm":      formatHTML,
}

// formatOf returns the format a file name's extension stands for.
func formatOf(name string) (format, bool) {
	f, ok := extFormats[strings.ToLower(filepath.Ext(name))]
	return f, ok
}

// sniffLen is how many leading bytes decide a file's format and whether it
// is binary.
const sniffLen = 8192

// bom is the UTF-8 byte-order mark that some editors write first.
const bom = "\uFEFF"

// sniffFormat guesses the format of input that has no telling extension from
// its first non-blank byte: '{' is JSON Lines, '<' is HTML, anything else
// plain text.
func sniffFormat(prefix []byte) format {
	p := bytes.TrimLeft(bytes.TrimPrefix(prefix, []byte(bom)), " \t\r\n")
	switch {
	case len(p) > 0 && p[0] == '{':
		return formatJSONL
	case len(p) > 0 && p[0] == '<':
		return formatHTML
	}
	return formatText
}

// maxInvalidShare is the share of bytes that are not UTF-8 above which
// input is taken for binary rather than text with a few bad bytes.
const maxInvalidShare = 0.1

// isBinary reports whether the leading bytes of a file show it is not text:
// it holds a NUL byte, or more than a tenth of its bytes are not UTF-8. A
// rune cut off at the end of prefix does not count against it.
func isBinary(prefix []byte) bool {
	if bytes.IndexByte(prefix, 0) >= 0 {
		return true
	}
	invalid := 0
	for i := 0; i < len(prefix); {
		r, size := utf8.DecodeRune(prefix[i:])
		if r == utf8.RuneError && size == 1 && utf8.FullRune(prefix[i:]) {
			invalid++
		}
		i += size
	}
	return float64(invalid) > maxInvalidShare*float64(len(prefix))
}
