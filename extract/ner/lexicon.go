package ner

import (
	"bufio"
	"embed"
	"strings"

	"github.com/kgnews/kg"
)

//go:embed data/*.txt
var dataFS embed.FS

// wordClass is a set of word classes from the lexicon.
type wordClass uint64

// Word classes. The h* classes are head words that type a name by its last
// (or, before "of", first) word; the others are context cues.
const (
	hOrg wordClass = 1 << iota
	hCompany
	hClub
	hGPE
	hLoc
	hRoad
	hMisc
	hLocPrefix
	hNumbered
	cTitle
	cModifier
	cRole
	cOrgNoun
	cGPENoun
	cLocPrep
	cDirection
	cSpeech
	cHyphen
	cHyphenPrefix
	cCalendar
	cNonEntity
	cStarter
	cClubNoun
	hLegal
	cNumber
	cOrgRole
	cKin
	cCompass
	hClubPrefix
	cPossGPE
	cPossOrg
	cPossPerson
	cClubVerb
	hOrgPrefix
	hUtility
	cMonth
	cSportVerb
	hProductLine
	hIndexLine
	hModel
	cUnit
	cServiceHead
	cProgrammeHead
	cClauseStart
	cNameTitle
	cProductNoun
	cPluralVerb
	cQuantity
)

// anyHead is every head-word class.
const anyHead = hOrg | hCompany | hClub | hGPE | hLoc | hRoad | hMisc

var classNames = map[string]wordClass{
	"org": hOrg, "company": hCompany, "club": hClub, "gpe": hGPE, "loc": hLoc,
	"road": hRoad, "misc": hMisc, "locprefix": hLocPrefix, "numbered": hNumbered,
	"title": cTitle, "modifier": cModifier, "role": cRole, "orgnoun": cOrgNoun,
	"gpenoun": cGPENoun, "locprep": cLocPrep, "direction": cDirection,
	"speech": cSpeech, "hyphen": cHyphen, "hyphenprefix": cHyphenPrefix,
	"calendar": cCalendar, "nonentity": cNonEntity, "starter": cStarter,
	"clubnoun": cClubNoun, "legal": hLegal,
	"number": cNumber, "orgrole": cOrgRole, "kin": cKin, "compass": cCompass, "clubprefix": hClubPrefix,
	"possgpe": cPossGPE, "possorg": cPossOrg, "possperson": cPossPerson, "clubverb": cClubVerb,
	"orgprefix": hOrgPrefix, "utility": hUtility, "month": cMonth, "sportverb": cSportVerb,
	"productline": hProductLine, "indexline": hIndexLine, "model": hModel, "unit": cUnit, "servicehead": cServiceHead,
	"programmehead": cProgrammeHead, "clausestart": cClauseStart, "nametitle": cNameTitle, "productnoun": cProductNoun, "pluralverb": cPluralVerb, "quantity": cQuantity,
}

// entry is a gazetteer name: its canonical form and type. A demonym entry
// ("French") has the type "" and the place it belongs to as canon.
type entry struct {
	canon string
	typ   kg.EntityType
}

// lexicon holds the embedded word lists; it is read-only after load.
type lexicon struct {
	words      map[string]wordClass // exact spelling -> classes
	names      map[string]entry     // lower-cased gazetteer name -> entry
	demonyms   map[string]string
	abbrevs    map[string]string // "Ore." -> "Nevada", used after a comma
	common     map[string]bool   // lower-case common English words
	known      map[string]bool   // lower-case rarer English words
	firstNames map[string]bool
	maxWords   int // the longest gazetteer name, in words
	// runFirst maps the lower-cased first word of each gazetteer name with
	// a lower-case word inside ("Friends of the Earth") to the most words
	// such a name has.
	runFirst map[string]int
}

// dataLines returns the non-comment, non-blank lines of an embedded file.
func dataLines(name string) []string {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic("ner: missing embedded " + name) // a build defect, not an input error
	}
	var out []string
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

func loadLexicon() *lexicon {
	lx := &lexicon{
		words: map[string]wordClass{}, names: map[string]entry{}, demonyms: map[string]string{}, abbrevs: map[string]string{}, runFirst: map[string]int{},
		common: map[string]bool{}, known: map[string]bool{}, firstNames: map[string]bool{},
	}
	for _, f := range []string{"heads.txt", "cues.txt"} {
		for _, l := range dataLines(f) {
			kind, list, _ := strings.Cut(l, "|")
			fl := classNames[kind]
			for _, w := range strings.Split(list, ",") {
				if w = strings.TrimSpace(w); w != "" {
					lx.words[w] |= fl
				}
			}
		}
	}
	lx.loadPlaces("countries.txt", kg.GPE)
	lx.loadPlaces("regions.txt", kg.GPE)
	lx.loadPlaces("locations.txt", kg.Loc)
	for _, l := range dataLines("cities.txt") {
		lx.addName(l, entry{canon: l, typ: kg.GPE})
	}
	for _, l := range dataLines("orgs.txt") {
		canon, alts, _ := strings.Cut(l, "|")
		lx.addName(canon, entry{canon: canon, typ: kg.Org})
		for _, a := range splitList(alts) {
			lx.addName(a, entry{canon: canon, typ: kg.Org})
		}
	}
	for _, l := range dataLines("common.txt") {
		lx.common[l] = true
	}
	for _, l := range dataLines("known.txt") {
		lx.known[l] = true
	}
	for _, l := range dataLines("firstnames.txt") {
		lx.firstNames[l] = true
	}
	return lx
}

// loadPlaces reads name|demonyms|other names|abbreviation lines.
func (lx *lexicon) loadPlaces(file string, typ kg.EntityType) {
	for _, l := range dataLines(file) {
		parts := strings.SplitN(l, "|", 4)
		for len(parts) < 4 {
			parts = append(parts, "")
		}
		canon := parts[0]
		lx.addName(canon, entry{canon: canon, typ: typ})
		for _, d := range splitList(parts[1]) {
			lx.demonyms[d] = canon
		}
		for _, a := range splitList(parts[2]) {
			lx.addName(a, entry{canon: canon, typ: typ})
		}
		for _, a := range splitList(parts[3]) {
			lx.abbrevs[a] = canon
		}
	}
}

// addName adds a gazetteer name; the first entry for a name wins, so
// countries and regions take precedence over cities of the same name.
func (lx *lexicon) addName(name string, e entry) {
	k := strings.ToLower(name)
	if _, ok := lx.names[k]; ok {
		return
	}
	lx.names[k] = e
	fields := strings.Fields(name)
	lx.maxWords = max(lx.maxWords, len(fields))
	for _, f := range fields[1:] {
		if f == strings.ToLower(f) {
			first := strings.ToLower(fields[0])
			lx.runFirst[first] = max(lx.runFirst[first], len(fields))
			break
		}
	}
}

func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// is reports whether the word, as spelled, has any of the classes f.
func (lx *lexicon) is(w string, f wordClass) bool { return lx.words[w]&f != 0 }

// isLower reports whether the lower-cased word has any of the classes f.
func (lx *lexicon) isLower(w string, f wordClass) bool {
	fl, _ := lookupLower(lx.words, w)
	return fl&f != 0
}

// isCommon reports whether w, lower-cased, is a common English word.
func (lx *lexicon) isCommon(w string) bool {
	_, ok := lookupLower(lx.common, w)
	return ok
}

// isKnown reports whether w, lower-cased, is a rarer English word.
func (lx *lexicon) isKnown(w string) bool {
	_, ok := lookupLower(lx.known, w)
	return ok
}

// wordLike reports whether w, lower-cased, is an English word: listed,
// a listed word plus "s", or a plural of two listed words run together
// ("Floodwaters"; a name is seldom such a plural).
func (lx *lexicon) wordLike(w string) bool {
	if lx.isKnown(w) || lx.isCommon(w) || lx.isCommon(strings.TrimSuffix(w, "s")) {
		return true
	}
	if len(w) > 24 || len(w) < 7 || w[len(w)-1] != 's' {
		return false
	}
	for k := 3; k <= len(w)-4; k++ {
		if lx.isCommon(w[:k]) && lx.isCommon(w[k:len(w)-1]) {
			return true
		}
	}
	return false
}

// name looks w up in the gazetteer, ignoring case.
func (lx *lexicon) name(w string) (entry, bool) { return lookupLower(lx.names, w) }

// isPlace reports whether w is a gazetteer place or organisation.
func (lx *lexicon) isPlace(w string) bool {
	e, _ := lx.name(w)
	return e.typ != ""
}

// placeName reports whether w is a gazetteer place (not an organisation).
func (lx *lexicon) placeName(w string) bool {
	e, _ := lx.name(w)
	return e.typ == kg.GPE || e.typ == kg.Loc
}

// orgName reports whether w is a gazetteer organisation.
func (lx *lexicon) orgName(w string) bool {
	e, _ := lx.name(w)
	return e.typ == kg.Org
}

// lookupLower looks up w lower-cased in m without allocating for short
// ASCII words.
func lookupLower[V any](m map[string]V, w string) (V, bool) {
	var buf [64]byte
	if len(w) > len(buf) {
		v, ok := m[strings.ToLower(w)]
		return v, ok
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			v, ok := m[strings.ToLower(w)]
			return v, ok
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	v, ok := m[string(buf[:len(w)])]
	return v, ok
}

// lower lower-cases w, without allocating when it is already lower case.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(w)
		}
	}
	return w
}
