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
	})
}
