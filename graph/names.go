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
