package ner

import (
	"sort"
	"strings"
	"testing"

	"github.com/kgnews/kg"
	"github.com/kgnews/kg/text"
)

var testRecognizer = New()

// recognize runs the recogniser over s the way the pipeline does.
func recognize(s string) ([]kg.Mention, []kg.Entity) {
	m := text.Mask(s, text.Junk(s, text.Tokenize(s)))
	mt := tokenize(m)
	return testRecognizer.Recognize(m, mt, sentences(m, mt))
}

func tokenize(s string) []text.Token { return text.Tokenize(s) }

func sentences(s string, toks []text.Token) []kg.Span { return text.SentencesOf(s, toks) }

// mentionSet renders mentions as "TYPE:text" in text order.
func mentionSet(ms []kg.Mention) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = string(m.Type) + ":" + m.Text
	}
	return out
}

// lumped maps LOC to GPE: the two count as one class.
func lumped(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = strings.Replace(x, "LOC:", "GPE:", 1)
	}
	return out
}

type mentionCase struct {
	name string
	in   string
	want []string // "TYPE:text" of every mention, in text order
}

func runMentionCases(t *testing.T, cases []mentionCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			ms, _ := recognize(tt.in)
			got := lumped(mentionSet(ms))
			if strings.Join(got, "|") != strings.Join(lumped(tt.want), "|") {
				t.Errorf("%q\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTitles(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"demonym and title before a name", "Estonian President Kaarel Tamm met reporters in Tartu on Friday.",
			[]string{"PERSON:Kaarel Tamm", "GPE:Tartu"}},
		{"sentence-initial modifier and lower-case role", "Former central bank governor Ilse Varga said prices would fall.",
			[]string{"PERSON:Ilse Varga"}},
		{"hyphenated title", "He congratulated President-elect Tomas Reyes on his win.",
			[]string{"PERSON:Tomas Reyes"}},
		{"honorific", "Mr Okafor has nothing to hide, his lawyer said.",
			[]string{"PERSON:Okafor"}},
		{"place before a title's modifiers", "U.S. District Judge Alma Reyes blocked the law.",
			[]string{"GPE:U.S.", "PERSON:Alma Reyes"}},
		{"title of an organisation", "He met the Director of the National Bureau of Statistics.",
			[]string{"ORG:National Bureau of Statistics"}},
		{"county before a title", "Tarn County Fire Marshal Rosa Lind said the fire was out.",
			[]string{"GPE:Tarn County", "PERSON:Rosa Lind"}},
		{"county and district before a title", "Erie County District Attorney Jon Hale spoke.",
			[]string{"GPE:Erie County", "PERSON:Jon Hale"}},
		{"a title word ending a body's name", "The Baltic Court of Justice ruled on Monday.",
			[]string{"ORG:Baltic Court of Justice"}},
		{"body with an on-complement", "The Alder Commission on Water Quality met.",
			[]string{"ORG:Alder Commission on Water Quality"}},
		{"title with a complement", "Minister of Energy Farid Haddad resigned.",
			[]string{"PERSON:Farid Haddad"}},
		{"organisation before a title", "Brightline Corp Chief Executive Officer Maya Lund quit.",
			[]string{"ORG:Brightline Corp", "PERSON:Maya Lund"}},
	})
}

func TestDatelines(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"city and agency", "TALLINN (Reuters) - Talks resumed on Monday in Tallinn.",
			[]string{"GPE:TALLINN", "ORG:Reuters", "GPE:Tallinn"}},
		{"two-word town, state and agency", "SILVER FALLS, Oregon (AP) — Crews fought the fire near Silver Falls.",
			[]string{"GPE:SILVER FALLS", "GPE:Oregon", "ORG:AP", "GPE:Silver Falls"}},
		{"dateline with two places", "NEW YORK/LONDON (Reuters) - Stocks fell.",
			[]string{"GPE:NEW YORK", "GPE:LONDON", "ORG:Reuters"}},
		{"dateline with a date", "OSLO, March 3 (Reuters) - Norway's central bank held rates.",
			[]string{"GPE:OSLO", "ORG:Reuters", "GPE:Norway"}},
	})
}

func TestAcronymsAndConnectors(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"acronym defined in brackets", "The Agency for the Protection of Coastal Waters and Fisheries (APCWF) fined the firm. APCWF said more fines would follow.",
			[]string{"ORG:Agency for the Protection of Coastal Waters and Fisheries", "ORG:APCWF", "ORG:APCWF"}},
		{"acronym by initials", "Lenders watched the Northern Reserve Bank closely. The NRB kept rates on hold.",
			[]string{"ORG:Northern Reserve Bank", "ORG:NRB"}},
		{"and between two names is no connector", "Delegates from the African Union and NATO met in Nairobi.",
			[]string{"ORG:African Union", "ORG:NATO", "GPE:Nairobi"}},
		{"possessive inside a saint's church", "Mourners gathered at St Brendan's Cathedral in Tralee.",
			[]string{"GPE:St Brendan's Cathedral", "GPE:Tralee"}},
		{"possessive inside an office's name", "Deputies from the Harlan County Sheriff's Office searched the woods.",
			[]string{"ORG:Harlan County Sheriff's Office"}},
		{"ordinal before an organisation", "The state will appeal to the 9th Circuit Court of Appeals.",
			[]string{"ORG:9th Circuit Court of Appeals"}},
		{"numbered road", "Police closed U.S. Highway 12 for two hours.",
			[]string{"GPE:U.S. Highway 12"}},
		{"legal suffix in capitals", "Bids came from Dunarea Pod SRL and others.",
			[]string{"ORG:Dunarea Pod SRL"}},
		{"acronym in brackets that is also a word", "The National Directorate of Audits (DNA) said so.",
			[]string{"ORG:National Directorate of Audits", "ORG:DNA"}},
		{"country before a gazetteer organisation", "The Malawi Red Cross said aid had arrived.",
			[]string{"ORG:Malawi Red Cross"}},
		{"and inside an agency's name", "The Fisheries and Wildlife Service opened an inquiry.",
			[]string{"ORG:Fisheries and Wildlife Service"}},
		{"and the starts a second name", "Loans from the Bank of Latvia and the Nordic Investment Bank dried up.",
			[]string{"ORG:Bank of Latvia", "ORG:Nordic Investment Bank"}},
		{"Arabic article inside a name", "Envoys met Faisal al-Rashidi in Amman.",
			[]string{"PERSON:Faisal al-Rashidi", "GPE:Amman"}},
		{"surname prefix", "The deal was signed by Aoife McAteer on Friday.",
			[]string{"PERSON:Aoife McAteer"}},
		{"middle initial", "The bill was signed by Harold J. Benning on Friday.",
			[]string{"PERSON:Harold J. Benning"}},
	})
}

func TestPlaces(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"AP state abbreviation after a comma", "The plant in Millbrook, Ore., will close.",
			[]string{"GPE:Millbrook", "GPE:Ore"}},
		{"compass region of a known place", "Storms lashed South Florida on Sunday.",
			[]string{"LOC:South Florida"}},
		{"south of an unknown town", "The fire burned south of Cold Creek Junction.",
			[]string{"GPE:Cold Creek Junction"}},
		{"name before a state", "Crews reached Dunmore, Pennsylvania, at dawn.",
			[]string{"GPE:Dunmore", "GPE:Pennsylvania"}},
	})
}

func TestPossessivesMetonymsAndBased(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"possessive", "Investors cheered Halvorsen's plan, said Dagny Halvorsen's spokesman.",
			[]string{"PERSON:Halvorsen", "PERSON:Dagny Halvorsen"}},
		{"metonym", "The Kremlin rejected the offer, and Downing Street said nothing.",
			[]string{"ORG:Kremlin", "ORG:Downing Street"}},
		{"X-based", "Quillfeather, a Denver-based data company, told Reuters it had been hacked.",
			[]string{"ORG:Quillfeather", "GPE:Denver", "ORG:Reuters"}},
		{"gazetteer name with connectors", "Volunteers from Friends of the Earth went to Bosnia and Herzegovina.",
			[]string{"ORG:Friends of the Earth", "GPE:Bosnia and Herzegovina"}},
		{"party letter and state", "Rep. Dana Whitlow, R-Ohio, voted no.",
			[]string{"PERSON:Dana Whitlow", "GPE:Ohio"}},
		{"place pair", "The Iran-Iraq border was closed.",
			[]string{"GPE:Iran", "GPE:Iraq"}},
	})
}

func TestSentenceInitialWords(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"common words start sentences", "Observers praised the vote. Turnout was high. Citizens queued for hours.",
			nil},
		{"a known surname may start a sentence", "Coach Petra Marsh was upbeat. Marsh said the team was ready.",
			[]string{"PERSON:Petra Marsh", "PERSON:Marsh"}},
		{"The inside a title mid-sentence", "He told The Courier that talks had failed in The Hague.",
			[]string{"ORG:The Courier", "GPE:The Hague"}},
		{"leading The is dropped", "The National Rail Authority said trains would run.",
			[]string{"ORG:National Rail Authority"}},
		{"a run seen mid-sentence keeps its first word", "Forward Estonia won. Voters backed the Forward Estonia party in Tartu.",
			[]string{"ORG:Forward Estonia", "ORG:Forward Estonia", "GPE:Tartu"}},
		{"title-case headline", "Rangers Stun Leaders As Okonjo Scores Twice\nDan Okonjo scored twice on Sunday.",
			[]string{"PERSON:Okonjo", "PERSON:Dan Okonjo"}},
		{"headline in capitals", "STORM FORCES THOUSANDS TO FLEE NORWAY COAST\nThe storm hit Bergen.",
			[]string{"GPE:NORWAY", "GPE:Bergen"}},
		{"plural compound starts a sentence", "Floodwaters rose overnight.",
			nil},
		{"month-like given names", "The portrait by Jan van Rooij was sold. Prime Minister Theresa May spoke in June.",
			[]string{"PERSON:Jan van Rooij", "PERSON:Theresa May"}},
		{"descriptor before a company", "Rival Kestrel Motor Co said it would follow.",
			[]string{"ORG:Kestrel Motor Co"}},
		{"bank of a country opens a sentence before a title", "Central Bank of Malta Governor Anna Vella spoke.",
			[]string{"ORG:Central Bank of Malta", "PERSON:Anna Vella"}},
		{"a company's short name opens a sentence", "Workers marched against Baltic Yards SA. Baltic Yards chief executive Eva Holm said cuts were needed.",
			[]string{"ORG:Baltic Yards SA", "ORG:Baltic Yards", "PERSON:Eva Holm"}},
		{"contractions are no names", "We're sure, said Ines Falk. They'll see.",
			[]string{"PERSON:Ines Falk"}},
	})
}

func TestTyping(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"organisation noun before a name", "The memo was leaked to the weekly Glasnik Sever.",
			[]string{"ORG:Glasnik Sever"}},
		{"apposition makes a person", "Odile Brenner, a lawyer for the families, spoke first.",
			[]string{"PERSON:Odile Brenner"}},
		{"club with a place name", "Carlow Wanderers beat the leaders. Fans in Carlow celebrated as Wanderers moved top.",
			[]string{"ORG:Carlow Wanderers", "GPE:Carlow", "ORG:Wanderers"}},
		{"town's name for its club", "Kelso Athletic sacked their coach. Kelso lost again on Saturday.",
			[]string{"ORG:Kelso Athletic", "ORG:Kelso"}},
		{"a county club by the word after it", "He was a former Lisburn County manager.",
			[]string{"ORG:Lisburn County"}},
		{"club named by a prefix", "Dinamo Tarnow lost at home. Tarnow manager Piotr Zak was sacked.",
			[]string{"ORG:Dinamo Tarnow", "ORG:Tarnow", "PERSON:Piotr Zak"}},
		{"place noun after a name", "Floods hit the coast of Vestmark county.",
			[]string{"GPE:Vestmark"}},
		{"a utility district is a body", "The Lakeview Water District cut supplies.",
			[]string{"ORG:Lakeview Water District"}},
		{"a newspaper by its first word", "He told the Daily Courier about it.",
			[]string{"ORG:Daily Courier"}},
		{"a county as a place", "Flooding hit Tamar County overnight.",
			[]string{"GPE:Tamar County"}},
		{"possessive cues", "Tarrow's mayor praised Kelda's shares.",
			[]string{"GPE:Tarrow", "ORG:Kelda"}},
		{"name before a role and a person", "\"We are ready,\" said Harwick manager Tom Bell.",
			[]string{"ORG:Harwick", "PERSON:Tom Bell"}},
		{"organisation noun after a modifier", "The Unity trade union called a strike.",
			[]string{"ORG:Unity"}},
		{"apposition head after a possessive", "Quakewatch, the country's seismic agency, said so.",
			[]string{"ORG:Quakewatch"}},
		{"places joined by and", "Buildings shook in Tarrow and Kelby.",
			[]string{"GPE:Tarrow", "GPE:Kelby"}},
		{"product shapes", "Sales of the iPhone and the A380 slowed.",
			[]string{"PRODUCT:iPhone", "PRODUCT:A380"}},
		{"place in a town of", "Residents of the village of Kettle Ford were evacuated.",
			[]string{"GPE:Kettle Ford"}},
		{"organisation after an analyst at", "\"It is a blow,\" said Joel Brandt, an analyst at Halvard Lund.",
			[]string{"PERSON:Joel Brandt", "ORG:Halvard Lund"}},
		{"demonym kept before a company's name", "Passengers of Baltic Ferry Lines waited.",
			[]string{"ORG:Baltic Ferry Lines"}},
		{"demonym dropped before a person", "The club was bought by American investor Dale Rourke.",
			[]string{"PERSON:Dale Rourke"}},
	})
}

// entityOf returns the entity named name.
func entityOf(es []kg.Entity, name string) (kg.Entity, bool) {
	for _, e := range es {
		if e.Name == name {
			return e, true
		}
	}
	return kg.Entity{}, false
}

func TestCoreference(t *testing.T) {
	tests := []struct {
		name, in, entity string
		aliases          []string
	}{
		{"surname", "Ravi Menon won the seat. Menon thanked voters.", "Ravi Menon", []string{"Menon", "Ravi Menon"}},
		{"given name when unambiguous", "Coach Ellis Varga signed. \"Ellis is ready,\" the owner said.", "Ellis Varga", []string{"Ellis", "Ellis Varga"}},
		{"reordered ministry", "The Ministry of Health issued a warning. A Health Ministry spokesman declined to comment.",
			"Ministry of Health", []string{"Health Ministry", "Ministry of Health"}},
		{"case variant from a dateline", "VALLETTA (Reuters) - Protesters marched in Valletta.", "Valletta", []string{"VALLETTA", "Valletta"}},
		{"shortened organisation", "Harbourside Capital Partners bought the club. Harbourside will invest.", "Harbourside Capital Partners",
			[]string{"Harbourside", "Harbourside Capital Partners"}},
		{"acronym and full name", "The Baltic Energy Agency said supplies were safe. BEA data showed stocks rising.", "Baltic Energy Agency",
			[]string{"BEA", "Baltic Energy Agency"}},
		{"gazetteer short form", "LIMA (AP) — Floods hit the coast, the AP reported.", "Associated Press", []string{"AP", "Associated Press"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, es := recognize(tt.in)
			e, ok := entityOf(es, tt.entity)
			if !ok {
				t.Fatalf("no entity %q in %v", tt.entity, es)
			}
			got := append([]string(nil), e.Aliases...)
			sort.Strings(got)
			if strings.Join(got, "|") != strings.Join(tt.aliases, "|") {
				t.Errorf("aliases of %q = %q, want %q", tt.entity, got, tt.aliases)
			}
			for _, m := range ms {
				for _, a := range tt.aliases {
					if m.Text == a && m.Entity != tt.entity {
						t.Errorf("mention %q names %q, want %q", m.Text, m.Entity, tt.entity)
					}
				}
			}
			if len(tt.aliases) > 1 && len(e.Why) == 0 {
				t.Errorf("entity %q has no Why line", tt.entity)
			}
		})
	}
}

func TestSharedSurnameTwoPeople(t *testing.T) {
	ms, es := recognize("Lena Okoro and Samuel Okoro founded the firm. Samuel Okoro left in 2020. Okoro said he had no regrets.")
	if _, ok := entityOf(es, "Lena Okoro"); !ok {
		t.Fatalf("Lena Okoro missing: %v", es)
	}
	if _, ok := entityOf(es, "Samuel Okoro"); !ok {
		t.Fatalf("Samuel Okoro missing: %v", es)
	}
	last := ms[len(ms)-1]
	if last.Text != "Okoro" || last.Entity != "Samuel Okoro" {
		t.Errorf("lone surname = %+v, want the most recently named Samuel Okoro", last)
	}
}

func TestJunkIsNoEntity(t *testing.T) {
	in := "Finnish President Aino KallioAino Maria KallioPort strike ends Storm warning issued MORE said on Monday that Helsinki would host talks."
	ms, _ := recognize(in)
	got := mentionSet(ms)
	want := []string{"PERSON:Aino Kallio", "GPE:Helsinki"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestMentionTextMatchesSpan(t *testing.T) {
	in := "Odile Brenner's firm, Brenner & Vos, sued the Ministry of Finance (MoF) in Lyon."
	ms, _ := recognize(in)
	if len(ms) == 0 {
		t.Fatal("no mentions")
	}
	for _, m := range ms {
		if in[m.Start:m.End] != m.Text {
			t.Errorf("mention %q has span text %q", m.Text, in[m.Start:m.End])
		}
	}
}
