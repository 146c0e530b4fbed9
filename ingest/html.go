package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"maps"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlKeys are the page metadata read from an HTML page, best first per
// field: <meta> names, properties and itemprops, the keys of JSON-LD
// (schema.org NewsArticle), and the pseudo-keys "<title>",
// "<link canonical>" and "<time>" for those elements.
var htmlKeys = newKeyTable([numFields][]string{
	fieldTitle:  {"og:title", "twitter:title", "headline", "<title>"},
	fieldSource: {"og:site_name", "application-name"},
	fieldURL:    {"og:url", "<link canonical>"},
	fieldDate: {"article:published_time", "og:published_time", "datepublished", "date", "pubdate",
		"publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "<time>"},
})

// dropped are the elements whose text is not article text.
var dropped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Form: true, atom.Figcaption: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Canvas: true, atom.Title: true, atom.Dialog: true,
}

// void are the elements that never have content or an end tag.
var void = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Param: true, atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Keygen: true,
}

// Separators owed before the next text, weakest first.
const (
	sepNone  = iota
	sepSpace // between inline runs and table cells
	sepLine  // <br>
	sepPara  // between blocks
)

var separators = [...]string{sepNone: "", sepSpace: " ", sepLine: "\n", sepPara: "\n\n"}

// blocks are the elements that start and end a paragraph, or another
// separator.
var blocks = map[atom.Atom]int{
	atom.Address: sepPara, atom.Article: sepPara, atom.Blockquote: sepPara, atom.Body: sepPara,
	atom.Caption: sepPara, atom.Center: sepPara, atom.Dd: sepPara, atom.Details: sepPara,
	atom.Div: sepPara, atom.Dl: sepPara, atom.Dt: sepPara, atom.Fieldset: sepPara,
	atom.Figure: sepPara, atom.H1: sepPara, atom.H2: sepPara, atom.H3: sepPara, atom.H4: sepPara,
	atom.H5: sepPara, atom.H6: sepPara, atom.Hr: sepPara, atom.Li: sepPara, atom.Main: sepPara,
	atom.Ol: sepPara, atom.P: sepPara, atom.Pre: sepPara, atom.Section: sepPara,
	atom.Summary: sepPara, atom.Table: sepPara, atom.Tr: sepPara, atom.Ul: sepPara,
	atom.Br: sepLine, atom.Td: sepSpace, atom.Th: sepSpace,
}

// regionKinds are the elements that hold a page's article, best first.
var regionKinds = [...]atom.Atom{atom.Article, atom.Main}

// readHTML reads an HTML page as one document.
func (r *reader) readHTML(br *bufio.Reader, src source) error {
	text, m, err := htmlText(br)
	if err != nil {
		return r.problem(Problem{File: src.name, Msg: "cannot read: " + errText(err), Skipped: true})
	}
	return r.emit(src, 0, &m, text)
}

// htmlText extracts the article text and metadata of an HTML page. Text in
// scripts, styles, navigation, headers, footers, asides, forms, figure
// captions and hidden elements is left out; when the page has <article>
// elements, only the longest one is kept, else the longest <main>, else
// the whole body. Block elements become blank lines, <br> a line break,
// and other runs of white space one space, except inside <pre>. The page
// is read token by token, so deep nesting costs memory in proportion to
// the input and no stack.
func htmlText(in io.Reader) (string, meta, error) {
	z := html.NewTokenizer(in)
	e := htmlExtractor{openCount: map[atom.Atom]int{}}
	for {
		tt := z.Next()
		tokenLine := e.line + 1
		e.line += bytes.Count(z.Raw(), []byte("\n"))
		switch tt {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				return "", meta{}, z.Err()
			}
			return e.finish(), e.meta, nil
		case html.TextToken:
			e.text(string(z.Text()))
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs[string(k)] = string(v)
			}
			e.start(a, attrs, tt == html.SelfClosingTagToken, tokenLine)
		case html.EndTagToken:
			name, _ := z.TagName()
			e.end(atom.Lookup(name))
		}
	}
}

// htmlExtractor is the state of htmlText between tokens.
type htmlExtractor struct {
	out []byte
	// The paragraph being written: where it starts in out (with the
	// separator before it), its length, the part of it inside links, and
	// whether it is a heading.
	paraStart, paraLen, paraLinked int
	paraHeading                    bool
	pending                        int         // separator owed before the next text
	stack                          []atom.Atom // open elements; 0 for unknown names
	// openCount counts the open elements of each name, so that a stray end
	// tag costs no search of the stack.
	openCount map[atom.Atom]int
	dropAt    int // depth of the outermost open dropped element, 0 when none
	pre       int // open <pre> elements
	regions   [len(regionKinds)][]span
	open      [len(regionKinds)]int // depth of the open outermost region, 0 when none
	capture   atom.Atom             // <title> or JSON-LD <script> whose text is kept apart
	capLine   int
	capText   strings.Builder
	times     []timeAt
	meta      meta
	line      int // newlines read so far
}

// span is a range of the extracted text.
type span struct{ start, end int }

// timeAt is a <time datetime> element and where it stands.
type timeAt struct {
	value      string
	offset     int // in the extracted text
	sourceLine int
}

// start opens element a: it reads its metadata, owes the separator it
// stands for, and notes whether it begins dropped text, a <pre>, an article
// region or text to capture.
func (e *htmlExtractor) start(a atom.Atom, attrs map[string]string, selfClosing bool, line int) {
	e.metadata(a, attrs, line)
	e.separate(blocks[a])
	if selfClosing || void[a] {
		return
	}
	e.stack = append(e.stack, a)
	e.openCount[a]++
	depth := len(e.stack)
	if e.dropAt == 0 && (dropped[a] || isHidden(attrs)) {
		e.dropAt = depth
	}
	if a == atom.Pre {
		e.pre++
	}
	for i, kind := range regionKinds {
		if a == kind && e.open[i] == 0 && e.dropAt == 0 {
			e.open[i] = depth
			e.regions[i] = append(e.regions[i], span{len(e.out), -1})
		}
	}
	if e.capture == 0 && (a == atom.Title || (a == atom.Script && strings.Contains(attrs["type"], "ld+json"))) {
		e.capture, e.capLine = a, line
		e.capText.Reset()
	}
}

// end closes the innermost open element a and any left open inside it; an
// end tag with no open element is passed over.
func (e *htmlExtractor) end(a atom.Atom) {
	if a == e.capture && a != 0 {
		e.captured()
	}
	if e.openCount[a] == 0 {
		return
	}
	for e.stack[len(e.stack)-1] != a {
		e.pop()
	}
	e.pop()
}

// pop closes the innermost open element.
func (e *htmlExtractor) pop() {
	depth := len(e.stack)
	a := e.stack[depth-1]
	e.stack = e.stack[:depth-1]
	e.openCount[a]--
	if a == atom.Pre {
		e.pre--
	}
	if e.dropAt == depth {
		e.dropAt = 0
	}
	e.separate(blocks[a]) // first, as it may take back a paragraph of links
	for i := range regionKinds {
		if e.open[i] == depth {
			e.open[i] = 0
			e.regions[i][len(e.regions[i])-1].end = len(e.out)
		}
	}
}

// metadata reads what a start tag tells of the page: <meta> and <time>
// values, the canonical <link>, and <time datetime> as a last resort for
// the date.
func (e *htmlExtractor) metadata(a atom.Atom, attrs map[string]string, line int) {
	var value string
	switch a {
	case atom.Meta:
		value = attrs["content"]
	case atom.Time:
		value = attrs["datetime"]
		if value != "" {
			e.times = append(e.times, timeAt{value, len(e.out), line})
		}
	case atom.Link:
		if slices.Contains(strings.Fields(strings.ToLower(attrs["rel"])), "canonical") {
			e.meta.set(htmlKeys["<link canonical>"], strings.TrimSpace(attrs["href"]), line)
		}
		return
	default:
		return
	}
	for _, k := range [...]string{"property", "name", "itemprop"} {
		if fr, ok := htmlKeys[strings.ToLower(attrs[k])]; ok {
			e.meta.set(fr, strings.TrimSpace(value), line)
		}
	}
}

// isHidden reports whether an element's attributes hide it from readers.
func isHidden(attrs map[string]string) bool {
	if _, ok := attrs["hidden"]; ok || attrs["aria-hidden"] == "true" {
		return true
	}
	style := strings.ToLower(strings.ReplaceAll(attrs["style"], " ", ""))
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// captured takes in the text of the <title> or JSON-LD script just closed.
func (e *htmlExtractor) captured() {
	text := e.capText.String()
	if e.capture == atom.Title {
		e.meta.set(htmlKeys["<title>"], strings.Join(strings.Fields(text), " "), e.capLine)
	} else {
		var v any
		if json.Unmarshal([]byte(text), &v) == nil {
			e.jsonLD(v)
		}
	}
	e.capture = 0
	e.capText.Reset()
}

// jsonLD reads the string values of JSON-LD keys in htmlKeys
// ("datePublished", "headline"), wherever they are nested.
func (e *htmlExtractor) jsonLD(v any) {
	switch v := v.(type) {
	case []any:
		for _, item := range v {
			e.jsonLD(item)
		}
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(v)) {
			if s, ok := v[k].(string); ok {
				if fr, known := htmlKeys[strings.ToLower(k)]; known {
					e.meta.set(fr, strings.TrimSpace(s), e.capLine)
				}
				continue
			}
			e.jsonLD(v[k])
		}
	}
}

// finish chooses the article's region of the text and returns it.
func (e *htmlExtractor) finish() string {
	e.endParagraph()
	out := string(e.out)
	chosen := span{0, len(out)}
	for i := range regionKinds {
		best := -1
		for j, sp := range e.regions[i] {
			if sp.end < 0 {
				sp.end = len(out)
				e.regions[i][j] = sp
			}
			if strings.TrimSpace(out[sp.start:sp.end]) != "" && (best < 0 || sp.end-sp.start > e.regions[i][best].end-e.regions[i][best].start) {
				best = j
			}
		}
		if best >= 0 {
			chosen = e.regions[i][best]
			break
		}
	}
	if len(e.times) > 0 {
		t := e.times[0]
		for _, c := range e.times {
			if c.offset >= chosen.start && c.offset <= chosen.end {
				t = c
				break
			}
		}
		e.meta.set(htmlKeys["<time>"], strings.TrimSpace(t.value), t.sourceLine)
	}
	return strings.TrimSpace(out[chosen.start:chosen.end])
}

// text adds a text run of the page.
func (e *htmlExtractor) text(s string) {
	if e.capture != 0 {
		e.capText.WriteString(s)
		return
	}
	if e.dropAt != 0 {
		return
	}
	if e.pre > 0 {
		e.write(s)
		return
	}
	for s != "" {
		i := strings.IndexFunc(s, unicode.IsSpace)
		if i == 0 {
			e.separate(sepSpace)
			if j := strings.IndexFunc(s, notSpace); j >= 0 {
				s = s[j:]
			} else {
				s = ""
			}
			continue
		}
		if i < 0 {
			i = len(s)
		}
		e.write(s[:i])
		s = s[i:]
	}
}

func notSpace(r rune) bool { return !unicode.IsSpace(r) }

// separate owes at least separator sep before the next text; a paragraph
// break ends the paragraph being written.
func (e *htmlExtractor) separate(sep int) {
	e.pending = max(e.pending, sep)
	if sep == sepPara {
		e.endParagraph()
	}
}

// write adds s to the text after the separator owed.
func (e *htmlExtractor) write(s string) {
	if e.paraLen == 0 {
		e.paraStart = len(e.out)
		e.paraHeading = e.openCount[atom.H1]+e.openCount[atom.H2]+e.openCount[atom.H3]+
			e.openCount[atom.H4]+e.openCount[atom.H5]+e.openCount[atom.H6] > 0
	}
	if len(e.out) > 0 {
		e.out = append(e.out, separators[e.pending]...)
	}
	e.pending = sepNone
	e.out = append(e.out, s...)
	e.paraLen += len(s)
	if e.openCount[atom.A] > 0 {
		e.paraLinked += len(s)
	}
}

// maxLinkShare is the share of a paragraph's text inside links above which
// it is taken for a menu or a list of related stories, and left out.
const maxLinkShare = 0.8

// endParagraph ends the paragraph being written, taking it back when it is
// made of links (headings excepted: their links point at the story itself).
func (e *htmlExtractor) endParagraph() {
	if !e.paraHeading && float64(e.paraLinked) > maxLinkShare*float64(e.paraLen) {
		e.out = e.out[:e.paraStart]
	}
	e.paraLen, e.paraLinked = 0, 0
}
