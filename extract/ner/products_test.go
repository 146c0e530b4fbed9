package ner

import (
	"slices"
	"testing"
)

func TestProductDesignators(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"number after a camel-case name", "Carriers in Tarrow will sell the iPhone 4 from June.",
			[]string{"GPE:Tarrow", "PRODUCT:iPhone 4"}},
		{"digits and letters", "Buyers queued for the iPhone 3GS in Tarrow.",
			[]string{"PRODUCT:iPhone 3GS", "GPE:Tarrow"}},
		{"a listed model line", "The office still runs Windows 11 on every desk.",
			[]string{"PRODUCT:Windows 11"}},
		{"a model word after the number", "Regulators grounded the Boeing 737 MAX after the crash.",
			[]string{"PRODUCT:Boeing 737 MAX"}},
		{"a letter-and-digit code", "Lumo Air ordered six Airbus A380 jets.",
			[]string{"ORG:Lumo Air", "PRODUCT:Airbus A380"}},
		{"a code after a product line", "Reviewers praised the camera of the Galaxy S24.",
			[]string{"PRODUCT:Galaxy S24"}},
		{"a version number", "Users of iPod Software 1.1.1 reported crashes.",
			[]string{"PRODUCT:iPod Software 1.1.1"}},
		{"a quantity is no designator", "Fenwick Telecom sold iPhone 4 million times over.",
			[]string{"ORG:Fenwick Telecom", "PRODUCT:iPhone"}},
		{"a score is no designator", "Harwick Rovers beat Dunmore 3-1 on Saturday.",
			[]string{"ORG:Harwick Rovers", "ORG:Dunmore"}},
		{"a surname prefix before a common word", "Reviewers liked the new MacBook Pro, said Ian McDonald.",
			[]string{"PRODUCT:MacBook Pro", "PERSON:Ian McDonald"}},
		{"a product after in is no place", "Doctors found hearing loss in iPod users.",
			[]string{"PRODUCT:iPod"}},
		{"a place before a product", "Prices on the UK iTunes site rose.",
			[]string{"GPE:UK", "PRODUCT:iTunes"}},
		{"a lone word and a number after the", "Fans queued for the Switch 3 in Tarrow.",
			[]string{"MISC:Switch 3", "GPE:Tarrow"}},
		{"no designator after a sentence's first word", "Switch 3 units were sold.",
			nil},
		{"a work named by the noun after it", "A new Marlow Kart game will be out in May.",
			[]string{"PRODUCT:Marlow Kart"}},
	})
}

func TestIndices(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"acronym and number after the", "The FTSE 100 fell 2 percent on Monday.",
			[]string{"MISC:FTSE 100"}},
		{"ampersand acronym", "Shares tracked the S&P 500 lower.",
			[]string{"MISC:S&P 500"}},
		{"a listed index name", "In Tokyo the Nikkei 225 closed higher.",
			[]string{"GPE:Tokyo", "MISC:Nikkei 225"}},
		{"an index named in words", "The Dow Jones Industrial Average slipped.",
			[]string{"MISC:Dow Jones Industrial Average"}},
	})
}

func TestLawsAndProgrammes(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"a law by its head word", "Critics of the Clean Rivers Act met in Tarrow.",
			[]string{"MISC:Clean Rivers Act", "GPE:Tarrow"}},
		{"a lower-case programme after the", "Students on the Erasmus programme can apply.",
			[]string{"MISC:Erasmus programme"}},
		{"an organisation's programme stays the organisation", "The NASA program ended in 2011.",
			[]string{"ORG:NASA"}},
		{"no programme without the", "Halden said programme costs rose.",
			[]string{"PERSON:Halden"}},
	})
}

func TestProductHeadsAndPlurals(t *testing.T) {
	cases := []struct {
		name, in, entity string
		aliases          []string
	}{
		{"lower-case head joins the name", "Sales on the iTunes store doubled. The iTunes Store now sells films.",
			"iTunes store", []string{"iTunes Store", "iTunes store"}},
		{"plural joins the singular", "Stores sold out of the iPhone. Some iPhones were resold online.",
			"iPhone", []string{"iPhone", "iPhones"}},
		{"plural of a model name", "The iPod Touch sold well. Kessler bought 40 iPod Touches.",
			"iPod Touch", []string{"iPod Touch", "iPod Touches"}},
		{"a counted plural names the product", "Kestova sold 3 billion iPhones.",
			"iPhone", []string{"iPhone", "iPhones"}},
		{"an uncounted name ending in s stays", "Songs on iTunes cost less.",
			"iTunes", []string{"iTunes"}},
		{"a model word that is also a company head stays", "The iPhone 18 Air is thinner than the iPhone 18.",
			"iPhone 18 Air", []string{"iPhone 18 Air"}},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			_, es := recognize(tt.in)
			e, ok := entityOf(es, tt.entity)
			if !ok || e.Type != "PRODUCT" || !slices.Equal(e.Aliases, tt.aliases) {
				t.Errorf("%q: got %+v, want PRODUCT %q with %q", tt.in, es, tt.entity, tt.aliases)
			}
		})
	}
}

func TestDesignator(t *testing.T) {
	for w, want := range map[string]bool{
		"4": true, "737": true, "3G": true, "3GS": true, "4s": true, "2.0": true, "1.1.1": true,
		"12345": false, "3-1": false, "1,000": false, "2.": false, "4xlarge": false, "": false, "S24": false,
	} {
		if got := designator(w); got != want {
			t.Errorf("designator(%q) = %v, want %v", w, got, want)
		}
	}
}
