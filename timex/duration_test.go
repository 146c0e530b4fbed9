package timex

import (
	"testing"

	"github.com/kgnews/kg"
)

func TestDurations(t *testing.T) {
	runCases(t, testTagger, []tcase{
		{dct: monday, text: "The road was closed for three days.",
			want: []want{{"three days", kg.Duration, "P3D"}}},
		{dct: monday, text: "The index lagged for eight trading days and settled within five business days.",
			want: []want{{"eight trading days", kg.Duration, "P8D"}, {"five business days", kg.Duration, "P5D"}}},
		{dct: monday, text: "Losses narrowed over the past two quarters after several quarters of decline.",
			want: []want{{"the past two quarters", kg.Duration, "P2Q"}, {"several quarters", kg.Duration, "PXQ"}}},
		{dct: monday, text: "She told the show 48 Hours and the programme This Week that she would stay.",
			absent: []string{"48 Hours", "This Week"}},
		{dct: monday, text: "The trial lasted two and a half years.",
			want: []want{{"two and a half years", kg.Duration, "P2Y6M"}}},
		{dct: monday, text: "He waited 2 1/2 hours for a train.",
			want: []want{{"2 1/2 hours", kg.Duration, "PT2H30M"}}},
		{dct: monday, text: "It took a decade to rebuild the bridge.",
			want: []want{{"a decade", kg.Duration, "P10Y"}}},
		{dct: monday, text: "The highway stayed shut for five hours on Sunday.",
			want: []want{{"five hours", kg.Duration, "PT5H"}}},
		{dct: monday, text: "The coach signed a two-year contract.",
			want: []want{{"two-year", kg.Duration, "P2Y"}}},
		{dct: monday, text: "The dispute dragged on for several months.",
			want: []want{{"several months", kg.Duration, "PXM"}}},
		{dct: monday, text: "Prices have doubled in the past two months.",
			want: []want{{"the past two months", kg.Duration, "P2M"}}},
		{dct: monday, text: "Sales in the first nine months were flat.",
			want: []want{{"the first nine months", kg.Duration, "P9M"}}},
		{dct: monday, text: "The farm has been in the family for about 40 years.",
			want: []want{{"about 40 years", kg.Duration, "P40Y"}}},
		{dct: monday, text: "Rescuers searched for more than a week.",
			want: []want{{"more than a week", kg.Duration, "P1W"}}},
		{dct: monday, text: "The interview lasted half an hour.",
			want: []want{{"half an hour", kg.Duration, "PT30M"}}},
		{dct: monday, text: "The bridge will stay shut for two to three weeks.",
			want: []want{{"two to three weeks", kg.Duration, "P2W"}}},
		{dct: monday, text: "Talks may last the next few days.",
			want: []want{{"the next few days", kg.Duration, "PXD"}}},
		{dct: monday, text: "The ban was extended for two more weeks.",
			want: []want{{"two more weeks", kg.Duration, "P2W"}}},
		{dct: monday, text: "The 52-year-old driver, who is 52 years old, was unhurt.",
			absent: []string{"52"}},
		{dct: monday, text: "The day-long meeting ended a decades-long feud.",
			want: []want{{"day-long", kg.Duration, "P1D"}, {"decades-long", kg.Duration, "PXDE"}}},
		{dct: monday, text: "She has run the shop for years.",
			want: []want{{"years", kg.Duration, "PXY"}}},
		{dct: monday, text: "Crime has fallen in recent years.",
			want: []want{{"recent years", kg.Duration, "PXY"}}},
	})
}

func TestNumbersInWords(t *testing.T) {
	runCases(t, testTagger, []tcase{
		{dct: monday, text: "In the last twenty four hours the river rose a metre.",
			want: []want{{"the last twenty four hours", kg.Duration, "PT24H"}}},
		{dct: monday, text: "Twenty-four hours later the water fell.",
			want: []want{{"Twenty-four hours later", kg.Date, "2024-06-11"}}},
		{dct: monday, text: "The monks have brewed beer for one hundred and twenty years.",
			want: []want{{"one hundred and twenty years", kg.Duration, "P120Y"}}},
		{dct: monday, text: "Glass has been made here for more than two thousand years.",
			want: []want{{"more than two thousand years", kg.Duration, "P2000Y"}}},
		{dct: monday, text: "The siege lasted a dozen days.",
			want: []want{{"a dozen days", kg.Duration, "P12D"}}},
		{dct: monday, text: "The firm lost money for a couple of years.",
			want: []want{{"a couple of years", kg.Duration, "P2Y"}}},
	})
}

func TestSets(t *testing.T) {
	runCases(t, testTagger, []tcase{
		{dct: monday, text: "The market is held every Tuesday in the square.",
			want: []want{{"every Tuesday", kg.Set, "XXXX-WXX-2"}}},
		{dct: monday, text: "Supporters have marched every Saturday since March.",
			want: []want{{"every Saturday", kg.Set, "XXXX-WXX-6"}, {"March", kg.Date, "2024-03"}}},
		{dct: monday, text: "Ferries run daily to the island.",
			want: []want{{"daily", kg.Set, "P1D"}}},
		{dct: monday, text: "The fee rises each year.",
			want: []want{{"each year", kg.Set, "P1Y"}}},
		{dct: monday, text: "Nurses check the patients every other day.",
			want: []want{{"every other day", kg.Set, "P2D"}}},
		{dct: monday, text: "The bus runs every two hours.",
			want: []want{{"every two hours", kg.Set, "PT2H"}}},
		{dct: monday, text: "The plant burns 4 million litres of fuel a day.",
			want: []want{{"a day", kg.Set, "P1D"}}},
		{dct: monday, text: "The band plays on Fridays and on Tuesday nights.",
			want: []want{{"Fridays", kg.Set, "XXXX-WXX-5"}, {"Tuesday nights", kg.Set, "XXXX-WXX-2TNI"}}},
		{dct: monday, text: "Dialysis machines filter 30 litres per hour.",
			want: []want{{"per hour", kg.Set, "PT1H"}}},
		{dct: monday, text: "The story ran in the weekly Grenzbote on page two.",
			absent: []string{"weekly"}},
		{dct: monday, text: "The bank raised its quarterly dividend.",
			absent: []string{"quarterly"}},
	})
}

func TestVagueReferences(t *testing.T) {
	runCases(t, testTagger, []tcase{
		{dct: monday, text: "The mine recently changed hands.",
			want: []want{{"recently", kg.Date, "PAST_REF"}}},
		{dct: monday, text: "Its current owner sold at the then current price, in the current quarter.",
			want: []want{{"current", kg.Date, "PRESENT_REF"}, {"the current quarter", kg.Date, "2024-Q2"}}},
		{dct: monday, text: "The mine is now closed and currently guarded.",
			want: []want{{"now", kg.Date, "PRESENT_REF"}, {"currently", kg.Date, "PRESENT_REF"}}},
		{dct: monday, text: "More mines may close in the future.",
			want: []want{{"the future", kg.Date, "FUTURE_REF"}}},
		{dct: monday, text: "In the past, the mine employed thousands.",
			want: []want{{"the past", kg.Date, "PAST_REF"}}},
		{dct: monday, text: "She hopes the club will one day win the league; the strike lasted one day.",
			want: []want{{"one day", kg.Date, "FUTURE_REF"}}},
		{dct: monday, text: "The current account deficit widened as current assets fell.",
			absent: []string{"current"}},
		{dct: monday, text: "The rest will be paid at a later date.",
			want: []want{{"a later date", kg.Date, "FUTURE_REF"}}},
		{dct: monday, text: "Prices may fall in the near term, but mines are scarce these days.",
			want: []want{{"the near term", kg.Date, "FUTURE_REF"}, {"these days", kg.Date, "PRESENT_REF"}}},
		{dct: monday, text: "A decision is expected soon.",
			want: []want{{"soon", kg.Date, "FUTURE_REF"}}},
		{dct: monday, text: "He left as soon as the vote ended, soon after midnight.",
			absent: []string{"soon"}},
		{dct: monday, text: "The miner was soon released and the protest soon became a riot.",
			absent: []string{"soon"}},
		{dct: monday, text: "Prosecutors told him they may soon seek charges.",
			want: []want{{"soon", kg.Date, "FUTURE_REF"}}},
		{dct: monday, text: "He announced that the app would be soon available.",
			want: []want{{"soon", kg.Date, "FUTURE_REF"}}},
		{dct: monday, text: "Future earnings are uncertain.",
			absent: []string{"Future"}},
	})
}
