package gen

import (
	"math/rand/v2"
	"strings"
	"unicode"
)

// Entity types as the ground truth writes them (kg.EntityType values).
const (
	typePerson = "PERSON"
	typeOrg    = "ORG"
	typeGPE    = "GPE"
	typeLoc    = "LOC"
)

// entityRec is one real-world referent of the corpus and the surface forms
// the corpus has used for it so far.
type entityRec struct {
	name    string
	typ     string
	aliases map[string]bool
}

func newEntity(name, typ string) *entityRec {
	return &entityRec{name: name, typ: typ, aliases: map[string]bool{}}
}

// entityRef is how a thread's slot writes its entity: the full form on the
// first mention in an article and the short form after it.
type entityRef struct {
	rec     *entityRec
	short   string // surname, acronym or head word; "" when none
	acronym bool   // the first mention shows the short form in parentheses
	article bool   // "the" goes before the name in running text
	title   string // written before the first mention ("President")
}

// permStride seeds the stride of permute; any large number scatters well.
const permStride = 7_919_993

// permute maps k onto [0, m) one to one (for k < m), scattering neighbours:
// k -> (k*s + 1) mod m with s coprime to m.
func permute(k, m int) int {
	s := permStride % m
	for gcd(s, m) != 1 {
		s++
	}
	return (k%m*s + 1) % m
}

// split maps j in [0, na*nb) one to one onto a pair (a, b), a in [0, na)
// and b in [0, nb), such that both change from one j to the next.
func split(j, na, nb int) (a, b int) {
	a, b = j%na, j/na
	return a, (b + a*37) % nb
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// personName returns the k-th invented person. The first names × surnames
// pairs come first, then pairs with surnames built from syllables; every k
// below the total gives a different full name.
func (lx *lexicon) personName(k int) (first, last string) {
	nf, ns := len(lx.first), len(lx.surnames)
	if k < nf*ns {
		a, b := split(permute(k, nf*ns), nf, ns)
		return lx.first[a], lx.surnames[b]
	}
	k -= nf * ns
	no, nm, ne := len(lx.onsets), len(lx.middles), len(lx.endings)
	a, j := split(permute(k, nf*no*nm*ne), nf, no*nm*ne)
	first = lx.first[a]
	last = lx.onsets[j%no] + lx.middles[(j/no)%nm] + lx.endings[j/no/nm]
	return first, last
}

// coined returns an invented company name such as "Torvic": an onset and an
// ending, which never spells a syllable surname (those have a middle).
func (lx *lexicon) coined(r *rand.Rand) string {
	return lx.onsets[r.IntN(len(lx.onsets))] + lx.endings[r.IntN(len(lx.endings))]
}

// orgName invents an organisation of the given kind in city c.
func (lx *lexicon) orgName(r *rand.Rand, kind string, c place) (name, short string, acronym, article bool) {
	pats := lx.orgs[kind]
	p := pats[r.IntN(len(pats))]
	name = fillPattern(p.pattern, func(key string) string {
		switch key {
		case "coined":
			return lx.coined(r)
		case "city":
			return c.name
		}
		if w := lx.words[key]; len(w) > 0 {
			return w[r.IntN(len(w))]
		}
		return key
	})
	switch p.short {
	case "acronym":
		short, acronym = initials(name), true
	case "head":
		short, _, _ = strings.Cut(name, " ")
	}
	return name, short, acronym, p.article
}

// fillPattern replaces each {key} in pattern with fill(key).
func fillPattern(pattern string, fill func(string) string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(pattern, '{')
		j := strings.IndexByte(pattern, '}')
		if i < 0 || j < i {
			b.WriteString(pattern)
			return b.String()
		}
		b.WriteString(pattern[:i])
		b.WriteString(fill(pattern[i+1 : j]))
		pattern = pattern[j+1:]
	}
}

// initials builds an acronym from the capitalised words of name, splitting
// hyphenated words: "Anti-Corruption Directorate" -> "ACD".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if r := []rune(w)[0]; unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
