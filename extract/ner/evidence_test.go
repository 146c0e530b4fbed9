package ner

import "testing"

func TestCompaniesByDocumentEvidence(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"said it", "Separately, Vantor said its new chip would ship in May.",
			[]string{"ORG:Vantor"}},
		{"said she", "Separately, Vantor Kade said she would resign.",
			[]string{"PERSON:Vantor Kade"}},
		{"founded in", "Orsin Kettle, founded in 1952, has 900 employees.",
			[]string{"ORG:Orsin Kettle"}},
		{"a superlative between possessive and noun", "Marden Orlo's largest shareholder sold its stake.",
			[]string{"ORG:Marden Orlo"}},
		{"a name kept in full where people are shortened",
			"Ivo Barisic sued Solvik Gradnja. Barisic says the firm owes him wages. Solvik Gradnja did not respond to a request for comment.",
			[]string{"PERSON:Ivo Barisic", "ORG:Solvik Gradnja", "PERSON:Barisic", "ORG:Solvik Gradnja"}},
		{"a person kept in full is still a person when she is she",
			"Ivo Barisic met Mira Kovac. Barisic said little. Mira Kovac said she was pleased.",
			[]string{"PERSON:Ivo Barisic", "PERSON:Mira Kovac", "PERSON:Barisic", "PERSON:Mira Kovac"}},
		{"a person named in full as often as others are shortened is kept a person",
			"Ivo Barisic sued Solvik Gradnja. Barisic says it owes him wages. Helena Rudge backed him. Helena Rudge told the court so. Solvik Gradnja did not respond.",
			[]string{"PERSON:Ivo Barisic", "PERSON:Solvik Gradnja", "PERSON:Barisic", "PERSON:Helena Rudge", "PERSON:Helena Rudge", "PERSON:Solvik Gradnja"}},
		{"a shared surname must stay in full",
			"Ivo Barisic and Ana Barisic sued Petar Lonco. Lonco said nothing. Ana Barisic said the house was hers. Ana Barisic left.",
			[]string{"PERSON:Ivo Barisic", "PERSON:Ana Barisic", "PERSON:Petar Lonco", "PERSON:Lonco", "PERSON:Ana Barisic", "PERSON:Ana Barisic"}},
		{"he after a sentence's subject", "Orsin Kettle, the mayor, said he would resign.",
			[]string{"PERSON:Orsin Kettle"}},
		{"its far from a speech verb says nothing", "Vantor Kade said the council should cut its budget.",
			[]string{"PERSON:Vantor Kade"}},
	})
}
