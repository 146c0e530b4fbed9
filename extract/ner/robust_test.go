package ner

import "testing"

func TestSportsReports(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"a clause after a comma is no apposition", "Harwick won 2-1 at Ashby Vale, with striker Tom Kell scoring twice. Ashby Vale manager Jo Lee was sacked.",
			[]string{"ORG:Harwick", "ORG:Ashby Vale", "PERSON:Tom Kell", "ORG:Ashby Vale", "PERSON:Jo Lee"}},
		{"a town-named club before a score", "Leaders Stanbury beat Colden Town 2-0 on Sunday.",
			[]string{"ORG:Stanbury", "ORG:Colden Town"}},
		{"a league's name stops before the day", "Harwick Rovers lead the Southern Premier League on Saturday.",
			[]string{"ORG:Harwick Rovers", "ORG:Southern Premier League"}},
		{"a given name that is also a title", "Harwick Rovers equalised through Dean Marsh before half-time.",
			[]string{"ORG:Harwick Rovers", "PERSON:Dean Marsh"}},
	})
}

func TestPlacesNamedInBodies(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"the place a central bank is of", "The Bank of Veldoria raised rates. Veldoria's economy slowed.",
			[]string{"ORG:Bank of Veldoria", "GPE:Veldoria"}},
		{"a place in a body's name said with in", "The Tarsk Stock Exchange fell, Governor Ana Rius told reporters in Tarsk.",
			[]string{"ORG:Tarsk Stock Exchange", "PERSON:Ana Rius", "GPE:Tarsk"}},
	})
}

func TestMatchReports(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"a town club where the text gives scores", "Colden Town went top with a 2-1 win over Ashby Albion.",
			[]string{"ORG:Colden Town", "ORG:Ashby Albion"}},
		{"a lone town is its club where the text gives scores", "Ashby Albion lost 2-1. Ashby went ahead early.",
			[]string{"ORG:Ashby Albion", "ORG:Ashby"}},
		{"but a town named with in stays a place", "Ashby Albion lost 2-1. Fans in Ashby cheered anyway.",
			[]string{"ORG:Ashby Albion", "GPE:Ashby"}},
		{"a town without scores is a place", "Colden Town council met on Monday.",
			[]string{"GPE:Colden Town"}},
	})
}

func TestPlacesByTheirSurroundings(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"the edge of a town", "The houses stand on the edge of Tarrowby.",
			[]string{"GPE:Tarrowby"}},
		{"a developer's head word", "The council sold land to Denholm Estates.",
			[]string{"ORG:Denholm Estates"}},
	})
}

func TestCompaniesByTheirNeighbours(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"a company's spokeswoman", "A Kestova spokeswoman said ships would wait.",
			[]string{"ORG:Kestova"}},
		{"a name joined to a known company", "Samples went to Microsoft and Quillon last week.",
			[]string{"ORG:Microsoft", "ORG:Quillon"}},
		{"a known company is no place in a list", "Samples went to Microsoft and Oracle last week.",
			[]string{"ORG:Microsoft", "ORG:Oracle"}},
		{"a team spoken of in the plural", "They lost at Millbrook, who play two divisions lower.",
			[]string{"ORG:Millbrook"}},
		{"a person spoken of in the singular", "They met Ana Millbrook, who plays for the county.",
			[]string{"PERSON:Ana Millbrook"}},
	})
}

func TestSentenceInitialNouns(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"a plural noun before a club", "Holders Eastleigh Wanderers were knocked out.",
			[]string{"ORG:Eastleigh Wanderers"}},
		{"a plural noun that is the name", "Workers Party leaders met on Friday.",
			[]string{"ORG:Workers Party"}},
	})
}
