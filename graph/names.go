package graph

import (
	"strings"
	"unicode"
)

// Norm folds a name for lookups: lower case, curly apostrophes straight, a
// possessive 's dropped, edge punctuation trimmed, inner white space single.
func Norm(s string) string {
	s = strings.ReplaceAll(s, "’", "'")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "'S")
	s = strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(".,;:!?\"'()[]", r) })
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// slug makes an id-safe form of a name: lower-case letters and digits
// joined by single hyphens.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	if b.Len() == 0 {
		return "x"
	}
	return b.String()
}

// initials returns the acronym a multi-word name would be known by, in
// lower case like every alias ("European Central Bank" → "efl",
// "Organization for Security and Co-operation in Europe" → "osce"), or ""
// for a name of fewer than two capitalised words.
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if connector[strings.ToLower(w)] {
			continue
		}
		for i, part := range strings.Split(w, "-") {
			r := []rune(part)
			switch {
			case len(r) > 0 && unicode.IsUpper(r[0]):
				b.WriteRune(unicode.ToLower(r[0]))
			case i == 0:
				return "" // a lower-case word that is not a connector: not a proper name
			}
		}
	}
	if b.Len() < 2 || len(strings.Fields(name)) < 2 {
		return ""
	}
	return b.String()
}

// connector words may stand lower-case inside a proper name.
var connector = map[string]bool{"of": true, "the": true, "for": true, "and": true, "&": true, "in": true, "on": true, "de": true, "du": true, "des": true, "la": true, "le": true, "von": true, "van": true}

// tokens returns the words of a normalised name.
func tokens(s string) []string { return strings.Fields(Norm(s)) }

// typeClass puts GPE and LOC together: places are matched across
// articles whichever of the two a sentence suggested.
func typeClass(t string) string {
	if t == "LOC" {
		return "GPE"
	}
	return t
}
