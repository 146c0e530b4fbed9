package ner

import (
	"strings"
	"unicode"

	"github.com/kgnews/kg"
)

// Evidence weights: a gazetteer or a head word outweighs any one context cue.
const (
	wGazetteer = 10
	wHead      = 8
	wTitle     = 10
	wStrong    = 6
	wMedium    = 4
	wWeak      = 2
)

func typeIndex(t kg.EntityType) int {
	for i, x := range typeOf {
		if x == t {
			return i
		}
	}
	return tMisc
}

// intrinsic scores the name itself: gazetteers, head words, titles,
// datelines, given names, acronyms.
func (r *Recognizer) intrinsic(s string, ws []word, c *cand) {
	sc := &c.intrinsic
	if c.gaz {
		e, _ := r.lx.name(c.canon)
		sc[typeIndex(e.typ)] += wGazetteer
	}
	if ws[c.a].dateline {
		sc[tGPE] += wGazetteer
	}
	if c.titled {
		sc[tPerson] += wTitle
	}
	n := c.b - c.a
	lastW, firstW := ws[c.b-1].text, ws[c.a].text
	if n > 1 && ws[c.b-1].isNumber() {
		before := ws[c.b-2].text
		if r.lx.is(before, hRoad) {
			sc[tLoc] += wHead
		} else {
			sc[tMisc] += wHead
		}
	}
	hasOf := false // the word before "of" is a head: "Nevada Department of Forestry"
	for k := c.a + 1; k < c.b && !hasOf; k++ {
		if ws[k].text == "of" || ws[k].text == "for" || ws[k].text == "on" {
			hasOf = true
			firstW = ws[k-1].text
		}
	}
	switch {
	case n == 1:
	case r.lx.is(lastW, hClub) || r.lx.is(firstW, hClubPrefix):
		sc[tOrg] += wHead
		c.club = true
	case r.lx.is(lastW, hOrg|hCompany):
		sc[tOrg] += wHead
	case r.lx.is(lastW, hLoc|hRoad):
		sc[tLoc] += wHead
	case r.lx.is(lastW, hMisc):
		sc[tMisc] += wHead
	case r.lx.is(lastW, hGPE) && r.lx.is(ws[c.b-2].text, hUtility):
		sc[tOrg] += wHead // "Redwood Valley Water District"
	case r.lx.is(lastW, hGPE):
		sc[tGPE] += wStrong
	case hasOf && r.lx.is(firstW, hOrg|hCompany):
		sc[tOrg] += wHead
	case hasOf && r.lx.is(firstW, hGPE):
		sc[tGPE] += wStrong
	case r.lx.is(firstW, cCompass) && r.lx.isPlace(c.text[len(firstW)+1:]):
		sc[tLoc] += wHead // "South Florida", "East Africa"
	case r.lx.is(firstW, hLocPrefix):
		sc[tLoc] += wStrong
	case r.lx.is(firstW, hOrgPrefix):
		sc[tOrg] += wStrong // "Daily Nation"
	}
	if n > 1 && !c.gaz {
		if e, ok := r.lx.name(ws[c.a].text); ok && e.typ == kg.Org {
			sc[tOrg] += wMedium // "BBC Radio Devon"
		}
		for k := c.a + 1; k < c.b-1; k++ {
			if e, ok := r.gazetteer(s, ws, k, c.b); ok && e.typ == kg.Org {
				sc[tOrg] += wHead // "Kenya Red Cross"
				break
			}
		}
	}
	if n >= 2 && n <= 4 && r.lx.firstNames[firstW] && !r.lx.is(lastW, anyHead) {
		sc[tPerson] += wMedium
	}
	if n == 1 && r.lx.firstNames[firstW] && !r.lx.isCommon(firstW) {
		sc[tPerson] += wWeak // a given name alone: "Steve"
	}
	if n == 2 && firstW == "The" && !c.gaz {
		sc[tOrg] += wMedium // "The Courier", "The Athletic"
	}
	if n == 1 && ws[c.a].caps && !c.gaz && len(firstW) <= 6 {
		sc[tOrg] += wWeak // an acronym
	}
	if n == 1 && !c.gaz && alnum(firstW) {
		sc[tProduct] += wMedium // A380, AK-47
	}
	if !c.gaz && r.camel(ws[c.a].text) {
		sc[tProduct] += wMedium // iPhone, PlayStation
	}
	r.productEvidence(ws, c)
	for k := c.a; k < c.b && !c.gaz; k++ {
		if ws[k].text == "&" {
			sc[tOrg] += wMedium // AT&T, Marks & Spencer
			break
		}
	}
}

// context scores the words around the candidate.
func (r *Recognizer) context(s string, ws []word, c *cand) {
	sc := &c.context
	prev := func(k int) string {
		if i := c.a - k; i >= 0 && ws[i].sent == ws[c.a].sent {
			return ws[i].text
		}
		return ""
	}
	next := func(k int) string {
		if i := c.b - 1 + k; i < len(ws) && ws[i].sent == ws[c.a].sent {
			return ws[i].text
		}
		return ""
	}
	p1, p2 := prev(1), prev(2)
	if (p1 == "and" || p1 == "or") && c.a >= 3 && ws[c.a-2].nameWord() && (r.lx.placeName(ws[c.a-2].text) || r.lx.isLower(ws[c.a-3].text, cLocPrep)) {
		sc[tGPE] += wMedium // "in Gisborne and Napier"
	}
	if (p1 == "and" || p1 == "or") && c.a >= 2 && c.b-c.a == 1 && !c.gaz && r.lx.orgName(ws[c.a-2].text) {
		sc[tOrg] += wMedium // "to Microsoft and Oracle"
	}
	if c.b-c.a == 1 && !c.gaz && (r.lx.is(p1, cSportVerb) || r.lx.is(next(1), cSportVerb)) {
		sc[tOrg] += wMedium // "Arsenal face Chelsea", "Glenmoor lost"
	}
	if c.b-c.a > 1 && r.lx.is(ws[c.b-1].text, hGPE) && (r.lx.is(p1, cSportVerb) || r.lx.is(next(1), cSportVerb) || score(next(1))) {
		sc[tOrg] += wHead + wStrong // "beat Corby Town 2-0": a club named for its town
	}
	if c.a > 0 && ws[c.a-1].affix && ws[c.a-1].text != "-" && ws[c.a-1].text[0] == '-' {
		sc[tOrg] += wStrong // "a Lima-based publisher, Ediciones Altiplano" / "Lima-based Ediciones Altiplano"
	}
	if of := c.a - r.skipModifiers(ws, c.a) + 1; of > 1 && prev(of) == "of" && r.lx.is(prev(of+1), cOrgRole|cKin) {
		p1, p2 = "of", prev(of+1) // "leader of the centre-left X"
	}
	switch {
	case r.lx.is(p1, cRole):
		sc[tPerson] += wStrong
	case r.lx.is(p1, cOrgNoun):
		sc[tOrg] += wStrong
	case (p1 == "at" || p1 == "for" || p1 == "with") && (r.lx.isLower(p2, cRole) || r.lx.isLower(strings.TrimSuffix(p2, "s"), cRole)):
		sc[tOrg] += wStrong // "an analyst at X", "a spokesman for X"
	case p1 == "of" && r.lx.isLower(p2, cGPENoun|cDirection):
		sc[tGPE] += wStrong
	case p1 == "of" && r.lx.isLower(p2, cKin):
		sc[tPerson] += wMedium // "the widow of X"
	case p1 == "of" && r.lx.isLower(p2, cOrgRole):
		sc[tOrg] += wWeak // "the leader of X"
	case r.lx.isLower(p1, cLocPrep) && !isPossessive(next(1)) && !r.camel(ws[c.a].text): // not "in iPod users"
		sc[tGPE] += wMedium + 1
		n := next(1) // "told reporters in Tarsk.", not "a stake in Orkem", "interest in Hughes earnings"
		c.placed = !r.lx.isLower(p2, cPossOrg) && (n == "" || !ws[c.b].isWord() || r.lx.isLower(n, cStarter))
	case p1 == "said" && c.speaker(ws):
		sc[tPerson] += wWeak
	case p1 == "," && (r.lx.is(p2, cRole) || r.lx.is(prev(3), cRole)):
		sc[tPerson] += wStrong // "His lawyer, Goran Kralj"
	}
	r.pronouns(ws, c)
	n1 := next(1)
	if isPossessive(n1) {
		n2 := next(2)
		if strings.HasSuffix(n2, "est") && !ws[c.b+1].cap {
			n2 = next(3) // "X's largest shareholder"
		}
		switch {
		case r.lx.isLower(n2, cPossGPE):
			sc[tGPE] += wMedium // "Tarrow's mayor"
		case r.lx.isLower(n2, cPossOrg):
			sc[tOrg] += wMedium // "Kestrel's shares"
		case r.lx.isLower(n2, cPossPerson):
			sc[tPerson] += wMedium // "Novak's wife"
		}
	}
	switch {
	case c.b < len(ws) && ws[c.b].affix && r.lx.isLower(n1[1:], cHyphen):
		sc[tGPE] += wMedium
	case r.lx.is(n1, cClubNoun) && (c.club || r.lx.is(ws[c.b-1].text, hGPE)):
		sc[tOrg] += wHead + wStrong
	case r.lx.is(n1, cOrgNoun):
		sc[tOrg] += wStrong
	case r.lx.is(n1, cProductNoun) && !c.gaz:
		sc[tProduct] += wStrong // "a new Mario Kart game"
	case r.rolePerson(ws, c.b) && !c.gaz:
		sc[tOrg] += wStrong // "Arsenal manager Rachel Hughes", "Kestrel spokesman Kevin Tran"
	case n1 != "" && (lower(p1) == "a" || lower(p1) == "an") && c.b-c.a == 1 && !c.gaz && !ws[c.b].cap && r.lx.is(n1, cOrgRole):
		sc[tOrg] += wStrong // "a Maersk spokeswoman said"
	case n1 != "" && !ws[c.b].cap && ws[c.b].isWord() && r.lx.is(next(2), cOrgNoun):
		sc[tOrg] += wMedium // "the Solidarity trade union"
	case r.lx.is(n1, cGPENoun) && !c.gaz:
		sc[tGPE] += wStrong // "Nordland county"
	case n1 == "!" && c.b+1 < len(ws) && r.lx.is(ws[c.b+1].text, hOrg):
		sc[tOrg] += wStrong // "Avanti! Party"
	case r.lx.is(n1, cSpeech) && c.speaker(ws):
		sc[tPerson] += wWeak
	case n1 == ",":
		r.apposition(ws, c)
	}
}

// apposition scores ", the leader of ...", ", a consultancy", ", who ...",
// ", Nevada".
func (r *Recognizer) apposition(ws []word, c *cand) {
	sc := &c.context
	i := c.b + 1
	if i >= len(ws) || ws[i].sent != ws[c.a].sent {
		return
	}
	w := ws[i].text
	switch w {
	case "who", "whom":
		if i+1 < len(ws) && r.lx.is(ws[i+1].text, cPluralVerb) && c.b-c.a == 1 {
			sc[tOrg] += wStrong // "Millbrook, who play two divisions lower": a team
			return
		}
		sc[tPerson] += wStrong
		c.appos = true
		return
	case "whose":
		sc[tPerson] += wWeak
		return
	case "which":
		sc[tOrg] += wWeak
		return
	case "founded", "established", "headquartered", "incorporated", "listed":
		sc[tOrg] += wStrong // "X, founded in 1952 by"
		c.appos = true
		return
	}
	if e, ok := r.lx.name(w); ok && e.typ == kg.GPE && ws[i].cap && !c.gaz && (i+1 >= len(ws) || !ws[i+1].nameWord()) {
		sc[tGPE] += wStrong // "Pine Bluff, Nevada"
		return
	}
	if w != "a" && w != "an" && w != "the" && w != "its" && (ws[i].cap || !ws[i].isWord()) || r.lx.is(w, cClauseStart) {
		return // ", with striker X scoring" opens no apposition
	}
	for k := i; k < len(ws) && k < i+7 && ws[k].sent == ws[c.a].sent; k++ {
		t := ws[k].text
		if t == "," || t == "." || t == ";" || t == "of" || t == "for" || t == "who" {
			return
		}
		if k+1 < len(ws) && isPossessive(ws[k+1].text) {
			continue // "the country's hazard agency": the owner is no head
		}
		switch {
		case r.lx.is(t, cRole):
			sc[tPerson] += wStrong
			c.appos = true
			return
		case r.lx.is(t, cOrgNoun):
			sc[tOrg] += wStrong
			c.appos = true
			return
		case r.lx.is(t, cGPENoun):
			sc[tGPE] += wStrong
			c.appos = true
			return
		}
	}
}

// skipModifiers returns the index of the first word before ws[a] that is
// not "the" or a lower-case hyphenated modifier ("centre-left").
func (r *Recognizer) skipModifiers(ws []word, a int) int {
	k := a - 1
	for k >= 0 && k > a-4 && ws[k].sent == ws[a].sent && (ws[k].text == "the" || !ws[k].cap && strings.Contains(ws[k].text, "-")) {
		k--
	}
	return k + 1
}

// camel reports whether w is shaped like a product name: "iPhone", or a
// capital inside a word after three letters ("PlayStation"; not "McDonald").
func camel(w string) bool {
	if len(w) > 2 && (w[0] == 'i' || w[0] == 'e') && w[1] >= 'A' && w[1] <= 'Z' {
		return true
	}
	for k := 3; k < len(w)-1; k++ {
		if w[k] >= 'A' && w[k] <= 'Z' && w[k-1] >= 'a' && w[k-1] <= 'z' && !namePrefix(w[:k]) {
			return true
		}
	}
	return false
}

// namePrefix reports whether p is a surname prefix after which a capital
// follows ("Mc", "Mac", "De", "La", "Van").
func namePrefix(p string) bool {
	switch p {
	case "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz":
		return true
	}
	return false
}

// nameShaped reports whether words look like a person's name: two to five
// words, each a capital and lower-case letters (middle initials and
// particles aside), with a particle inside or a first word that is a given
// name or no common English word.
func (r *Recognizer) nameShaped(words []string) bool {
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	inner := false // a particle inside: "Marine Le Pen", "Charles de Gaulle"
	for k, w := range words {
		if pre, rest, ok := strings.Cut(w, "-"); ok && articles[pre] {
			w = rest // "al-Rashidi"
		}
		if !titleWord(w) && !isInitial(w) && w != "." && !particles[w] {
			return false
		}
		inner = inner || k > 0 && k < len(words)-1 && particles[lower(w)]
	}
	for _, w := range words {
		if r.lx.isPlace(w) || r.lx.demonyms[w] != "" || r.lx.is(w, cCompass|cTitle) {
			return false // "California Theater", "Moscone West"
		}
	}
	first := words[0]
	return inner || r.lx.firstNames[first] || !r.lx.isCommon(first)
}

// titleWord reports whether w is a capital followed by lower-case letters
// (hyphens, apostrophes and surname prefixes allowed: "Jean-Michel",
// "O'Neill", "McCulley", "DeSantis").
func titleWord(w string) bool {
	for k, c := range w {
		switch {
		case k == 0 && !unicode.IsUpper(c):
			return false
		case k > 0 && unicode.IsUpper(c) && !strings.ContainsAny(w[:k], "-'’") && !namePrefix(w[:k]):
			return false
		case unicode.IsDigit(c):
			return false
		}
	}
	return len(w) > 1
}

// score reports whether w is a match score: "2-0", "10-9".
func score(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	digits := func(x string) bool { return len(x) >= 1 && len(x) <= 2 && strings.Trim(x, "0123456789") == "" }
	return ok && digits(a) && digits(b)
}

// alnum reports whether w mixes letters and digits ("A380", "AK-47").
func alnum(w string) bool {
	return strings.ContainsAny(w, "0123456789") && strings.IndexFunc(w, unicode.IsLetter) >= 0
}

// speaker reports whether a speech verb beside c hints at a person: not
// for an acronym or a name whose own words say what it is.
func (c *cand) speaker(ws []word) bool {
	if c.b-c.a == 1 && ws[c.a].caps {
		return false
	}
	for t, v := range c.intrinsic {
		if t != tPerson && v > 0 {
			return false
		}
	}
	return true
}

// rolePerson reports whether a role of one or two lower-case words and a
// capitalised name follow ws[k-1]: "manager Rachel Hughes", "chief
// executive Eva Holm".
func (r *Recognizer) rolePerson(ws []word, k int) bool {
	for n := 1; n <= 2 && k+n < len(ws); n++ {
		if ws[k+n-1].cap || ws[k+n].sent != ws[k].sent {
			return false
		}
		if r.lx.is(ws[k+n-1].text, cRole) && ws[k+n].nameWord() {
			return true
		}
	}
	return false
}
