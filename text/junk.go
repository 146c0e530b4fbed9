package text

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgnews/kg"
)

// maxJunkLine is the longest line (in bytes) that a line-shaped junk rule
// (photo credit, copyright line, byline, share buttons) may remove whole:
// a longer line is prose that merely mentions such words.
const maxJunkLine = 300

// maxBlob is how far (in bytes) a related-link blob may run from the glued
// name to its closing "MORE".
const maxBlob = 1500

// Junk returns the byte spans of s that a scraped page left in the article
// text: related-link blobs glued to a name ("Vladimir PutinVladimir
// Vladimirovich PutinRussia offered ... MORE", the span starting at the
// glued second copy of the name), photo credits ("© Getty Images",
// "(AP Photo/Jane Doe)", "Photo: ..."), copyright lines, bylines, and
// newsletter, "Read more", "Click here" and share-button residue. toks are
// the tokens of s as Tokenize returns them. Spans are sorted and disjoint.
func Junk(s string, toks []Token) []kg.Span {
	var out []kg.Span
	out = appendBlobs(out, s, toks)
	out = appendLineJunk(out, s)
	out = appendCredits(out, s)
	out = appendInline(out, s)
	return mergeSpans(out)
}

// Mask returns s with every byte inside junk replaced by a space, except
// line breaks, so that the result has the same length and every offset into
// s stays true.
func Mask(s string, junk []kg.Span) string {
	if len(junk) == 0 {
		return s
	}
	b := []byte(s)
	for _, j := range junk {
		lo, hi := max(j.Start, 0), min(j.End, len(b))
		for k := lo; k < hi; k++ {
			if b[k] != '\n' {
				b[k] = ' '
			}
		}
	}
	return string(b)
}

// glue returns the byte offset inside w where a capitalised word was glued
// to the end of another one without a space ("PutinVladimir" -> 5), or -1.
// The first part must itself be a capitalised word of two or more letters.
func glue(w string) int {
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) {
		return -1
	}
	prev := rune(-1)
	for i, r := range w {
		if prev >= 0 && unicode.IsLower(prev) && unicode.IsUpper(r) && i >= 2 {
			return i
		}
		if !unicode.IsLetter(r) {
			return -1
		}
		prev = r
	}
	return -1
}

// appendBlobs finds related-link blobs: a name whose last word has the same
// person's fuller name glued to it ("Vladimir PutinVladimir Vladimirovich
// PutinRussia offered ... MORE"), or glued to the bracket after it ("Sen.
// Ana Ruiz (D-N.M.)Ana Maria RuizSenate panel ... MORE"); the fuller name
// has link texts glued to it, the whole ending in "MORE". A link text glued
// straight to the name ("Ana RuizSenate panel ... MORE") is a blob when
// its "MORE" ends the line.
func appendBlobs(out []kg.Span, s string, toks []Token) []kg.Span {
	for i := 0; i < len(toks); i++ {
		surname, start := blobStart(toks, i)
		if start < 0 {
			continue
		}
		end, second := -1, false
		for j := i + 1; j < len(toks) && toks[j].Start-start < maxBlob; j++ {
			t := toks[j]
			if strings.Contains(s[toks[j-1].End:t.Start], "\n") {
				break
			}
			if h := glue(t.Text); h > 0 && t.Text[:h] == surname {
				second = true
			}
			if t.Text == "MORE" {
				end = t.End
				// A blob with the name glued once must end its line:
				// "Ana RuizSenate panel backs ... MORE".
				second = second || lineEndsAt(s, end)
				if second {
					i = j
				}
				break
			}
		}
		if end > 0 && second {
			out = append(out, kg.Span{Start: start, End: end})
		}
	}
	return out
}

// lineEndsAt reports whether only spaces follow offset i on its line.
func lineEndsAt(s string, i int) bool {
	rest := s[i:]
	if k := strings.IndexByte(rest, '\n'); k >= 0 {
		rest = rest[:k]
	}
	return strings.TrimSpace(rest) == ""
}

// blobStart returns the surname and the start of a blob that may begin at
// toks[i]: inside a glued word ("PutinVladimir") or at a capitalised word
// glued to a closing bracket that follows the name ("Ruiz (D-N.M.)Ana").
func blobStart(toks []Token, i int) (string, int) {
	if g := glue(toks[i].Text); g >= 0 {
		return toks[i].Text[:g], toks[i].Start + g
	}
	if i < 2 || toks[i-1].Text != ")" || toks[i-1].End != toks[i].Start || !toks[i].IsCapitalized() {
		return "", -1
	}
	for k := i - 2; k > 0 && k > i-8; k-- {
		if toks[k].Text == "(" {
			if toks[k-1].IsCapitalized() {
				return toks[k-1].Text, toks[i].Start
			}
			break
		}
	}
	return "", -1
}

// linePrefixes start a line that is junk as a whole (compared in lower case).
var linePrefixes = []string{
	"©", "(c) ", "copyright ", "photo:", "photo credit", "photograph:", "photos:",
	"image:", "image copyright", "image caption", "picture:", "pictured:", "credit:",
	"getty images", "read more", "sign up", "click here", "share this", "share on",
	"follow us", "subscribe", "advertisement", "related:", "related articles",
	"related stories", "reporting by", "editing by", "additional reporting",
	"writing by", "watch:", "listen:", "video:", "most read", "media caption",
	"image source", "story continues", "continue reading", "also read", "see also:",
	"related coverage", "the views expressed", "recommended:", "trending:", "tags ",
}

// shareWords make up share-button residue lines ("Share Tweet Email").
var shareWords = map[string]bool{
	"share": true, "tweet": true, "email": true, "e-mail": true, "facebook": true,
	"twitter": true, "whatsapp": true, "pinterest": true, "linkedin": true, "print": true,
	"reddit": true, "copy": true, "link": true, "comments": true, "comment": true,
	"save": true, "x": true, "messenger": true, "telegram": true, "flipboard": true,
}

// appendLineJunk finds short lines that are junk as a whole.
func appendLineJunk(out []kg.Span, s string) []kg.Span {
	for start := 0; start < len(s); {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		if sp, ok := junkLine(s, start, end); ok {
			out = append(out, sp)
		}
		start = end + 1
	}
	return out
}

// junkLine reports whether the line s[start:end] is junk, with its trimmed span.
func junkLine(s string, start, end int) (kg.Span, bool) {
	line := s[start:end]
	trimmed := strings.TrimSpace(line)
	if trimmed == "" || len(trimmed) > maxJunkLine {
		return kg.Span{}, false
	}
	lo := start + strings.Index(line, trimmed)
	sp := kg.Span{Start: lo, End: lo + len(trimmed)}
	low := strings.ToLower(trimmed)
	for _, p := range linePrefixes {
		if strings.HasPrefix(low, p) {
			return sp, true
		}
	}
	if strings.Contains(low, "all rights reserved") || isShareLine(low) || isByline(trimmed) {
		return sp, true
	}
	return kg.Span{}, false
}

func isShareLine(low string) bool {
	words := strings.FieldsFunc(low, func(r rune) bool { return unicode.IsSpace(r) || r == '|' || r == '/' || r == '·' })
	if len(words) == 0 || len(words) > 12 {
		return false
	}
	for _, w := range words {
		if !shareWords[w] {
			return false
		}
	}
	return true
}

// isByline reports whether line is a byline: "By" and a few capitalised
// words ("By Jane Doe and John Roe, Reuters"), nothing else.
func isByline(line string) bool {
	if len(line) > 80 || !strings.HasPrefix(line, "By ") {
		return false
	}
	words := strings.FieldsFunc(line[3:], func(r rune) bool { return unicode.IsSpace(r) || r == ',' })
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && w != "and" && w != "in" {
			return false
		}
	}
	return true
}

// creditMarks inside brackets make the bracket a photo or reporting credit.
var creditMarks = []string{"photo/", "photo by", "photo:", "getty images", "photograph", "image:", "/reuters", "/afp", "/ap)", "via reuters", "credit:", "reporting by", "editing by", "writing by"}

// appendCredits finds photo credits inside lines: "(AP Photo/Jane Doe)" and
// "© Getty Images" up to the end of its line.
func appendCredits(out []kg.Span, s string) []kg.Span {
	for i := 0; i < len(s); {
		k := strings.IndexAny(s[i:], "(©")
		if k < 0 {
			break
		}
		k += i
		if s[k] == '(' {
			close := strings.IndexAny(s[k:], ")\n")
			if close > 0 && close < 160 && s[k+close] == ')' {
				low := strings.ToLower(s[k : k+close+1])
				for _, m := range creditMarks {
					if strings.Contains(low, m) {
						out = append(out, kg.Span{Start: k, End: k + close + 1})
						break
					}
				}
			}
			i = k + 1
			continue
		}
		end := strings.IndexByte(s[k:], '\n')
		if end < 0 {
			end = len(s) - k
		}
		if end <= maxJunkLine/2 {
			out = append(out, kg.Span{Start: k, End: k + len(strings.TrimRightFunc(s[k:k+end], unicode.IsSpace))})
		}
		i = k + end
	}
	return out
}

// inlineCalls start page furniture inside a paragraph; the junk runs to the
// end of that sentence or line.
var inlineCalls = []string{"Click here", "Sign up for our", "Sign up to our", "Subscribe to our", "Read more:", "READ MORE:", "Read More:"}

// appendInline finds calls to action inside a line ("... rose. Click here
// to subscribe.").
func appendInline(out []kg.Span, s string) []kg.Span {
	for _, call := range inlineCalls {
		for i := 0; i < len(s); {
			k := strings.Index(s[i:], call)
			if k < 0 {
				break
			}
			k += i
			end := k + len(call)
			for end < len(s) && s[end] != '\n' && !(s[end] == '.' && (end+1 == len(s) || s[end+1] == ' ' || s[end+1] == '\n')) {
				end++
			}
			if end < len(s) && s[end] == '.' {
				end++
			}
			if end-k <= maxJunkLine {
				out = append(out, kg.Span{Start: k, End: end})
			}
			i = end
		}
	}
	return out
}

// mergeSpans sorts spans and joins those that overlap or touch.
func mergeSpans(sp []kg.Span) []kg.Span {
	if len(sp) < 2 {
		return sp
	}
	sort.Slice(sp, func(i, j int) bool { return sp[i].Start < sp[j].Start })
	out := sp[:1]
	for _, x := range sp[1:] {
		last := &out[len(out)-1]
		if x.Start <= last.End {
			last.End = max(last.End, x.End)
			continue
		}
		out = append(out, x)
	}
	return out
}
