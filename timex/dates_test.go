package timex

import (
	"testing"

	"github.com/kgnews/kg"
)

func TestExplicitDates(t *testing.T) {
	runCases(t, testTagger, []tcase{
		{dct: monday, text: "The charter was signed on May 7, 2017 in Tallinn.",
			want: []want{{"May 7, 2017", kg.Date, "2017-05-07"}}},
		{dct: monday, text: "The charter was signed on 7 May 2017.",
			want: []want{{"7 May 2017", kg.Date, "2017-05-07"}}},
		{dct: monday, text: "The filing, dated 2017-05-07, was late.",
			want: []want{{"2017-05-07", kg.Date, "2017-05-07"}}},
		{dct: monday, text: "The filing is dated 05/07/2017.",
			want: []want{{"05/07/2017", kg.Date, "2017-05-07"}}},
		{dct: monday, text: "The letter was posted on 25/07/2017.",
			want: []want{{"25/07/2017", kg.Date, "2017-07-25"}}},
		{dct: monday, text: "Shares were suspended on Oct. 23 and resumed on Friday, Oct. 27.",
			want: []want{{"Oct. 23", kg.Date, "2023-10-23"}, {"Friday, Oct. 27", kg.Date, "2023-10-27"}}},
		{dct: monday, text: "ZAGREB, June 10 (Wire) - The vote was held on June 9.",
			want: []want{{"June 10", kg.Date, "2024-06-10"}, {"June 9", kg.Date, "2024-06-09"}}},
		{dct: monday, text: "The summit will be held on July 14 and 15, and the fair on Aug. 3-5.",
			want: []want{{"July 14", kg.Date, "2024-07-14"}, {"15", kg.Date, "2024-07-15"}, {"Aug. 3", kg.Date, "2024-08-03"}, {"5", kg.Date, "2024-08-05"}}},
		{dct: monday, text: "Talks ended on June 3 and 5 delegates left. Flights resume on June 20 to 10 cities.",
			absent: []string{"5", "10"}},
		{dct: monday, text: "She has been in office since 12 March.",
			want: []want{{"12 March", kg.Date, "2024-03-12"}}},
		{dct: monday, text: "Rovers open their season at home on 10 August.",
			want: []want{{"10 August", kg.Date, "2024-08-10"}}},
		{dct: monday, text: "The storm hit on the 7th, flooding the valley.",
			want: []want{{"the 7th", kg.Date, "2024-06-07"}}},
		{dct: monday, text: "The museum reopens on the 21st of July.",
			want: []want{{"the 21st of July", kg.Date, "2024-07-21"}}},
		{dct: monday, text: "The 9th Circuit heard the case on the 25th anniversary of the law, on the 3rd day of talks.",
			absent: []string{"9th", "25th", "3rd"}},
		{dct: monday, text: "He paid $2019 for 2,000 tickets, 1999% more.",
			absent: []string{"2019", "2,000", "1999"}},
		{dct: monday, text: "May we ask why you march?",
			absent: []string{"May", "march"}},
	})
}

func TestDateOrderOption(t *testing.T) {
	dmy := New(Options{DateOrder: "dmy"})
	runCases(t, dmy, []tcase{
		{dct: monday, text: "The filing is dated 05/07/2017.",
			want: []want{{"05/07/2017", kg.Date, "2017-07-05"}}},
		{dct: monday, text: "The form says 12/31/2016.",
			want: []want{{"12/31/2016", kg.Date, "2016-12-31"}}},
	})
}

func TestMonths(t *testing.T) {
	runCases(t, testTagger, []tcase{
		{dct: monday, text: "The party leader resigned in March.",
			want: []want{{"March", kg.Date, "2024-03"}}},
		{dct: monday, text: "The deal was announced in September, the company said.",
			want: []want{{"September", kg.Date, "2023-09"}}},
		{dct: monday, text: "The deputy will run the party until a contest in September.",
			want: []want{{"September", kg.Date, "2024-09"}}},
		{dct: "2024-11-20", text: "The new line will open in February.",
			want: []want{{"February", kg.Date, "2025-02"}}},
		{dct: "2024-10-28", text: "The board said the offer would lapse in November.",
			want: []want{{"November", kg.Date, "2024-11"}}},
		{dct: "2024-10-28", text: "The bank agreed to extend the Nov. 3 deadline.",
			want: []want{{"Nov. 3", kg.Date, "2024-11-03"}}},
		{dct: "2024-10-28", text: "The plant reopened in December after a fire.",
			want: []want{{"December", kg.Date, "2023-12"}}},
		{dct: "2024-11-20", text: "Dividends are payable in January.",
			want: []want{{"January", kg.Date, "2025-01"}}},
		{dct: monday, text: "Inflation peaked last October.",
			want: []want{{"last October", kg.Date, "2023-10"}}},
		{dct: "2024-03-04", text: "The dam failed last February, and the mayor resigned last Oct. 12.",
			want: []want{{"last February", kg.Date, "2023-02"}, {"last Oct. 12", kg.Date, "2023-10-12"}}},
		{dct: "2024-11-20", text: "The clinic was attacked last Oct. 23.",
			want: []want{{"last Oct. 23", kg.Date, "2024-10-23"}}},
		{dct: monday, text: "Exports rose in July last year.",
			want: []want{{"July last year", kg.Date, "2023-07"}}},
		{dct: monday, text: "Work must be finished by mid-November.",
			want: []want{{"mid-November", kg.Date, "2024-11"}}},
		{dct: monday, text: "The tender closes in early August 2025.",
			want: []want{{"early August 2025", kg.Date, "2025-08"}}},
		{dct: monday, text: "He left the firm in January nineteen ninety-seven.",
			want: []want{{"January nineteen ninety-seven", kg.Date, "1997-01"}}},
	})
}

func TestYearsAndDecades(t *testing.T) {
	runCases(t, testTagger, []tcase{
		{dct: monday, text: "The plant opened in 2016 and closed this year.",
			want: []want{{"2016", kg.Date, "2016"}, {"this year", kg.Date, "2024"}}},
		{dct: monday, text: "Sales fell last year and should recover next year.",
			want: []want{{"last year", kg.Date, "2023"}, {"next year", kg.Date, "2025"}}},
		{dct: monday, text: "The tower was built in the 1990s and repainted in the '80s style.",
			want: []want{{"the 1990s", kg.Date, "199"}}},
		{dct: monday, text: "Growth is forecast for early 2025.",
			want: []want{{"early 2025", kg.Date, "2025"}}},
		{dct: monday, text: "Profit in fiscal 2023 doubled.",
			want: []want{{"fiscal 2023", kg.Date, "2023"}}},
		{dct: monday, text: "The hall dates from nineteen ninety-six.",
			want: []want{{"nineteen ninety-six", kg.Date, "1996"}}},
		{dct: monday, text: "The river froze during the winter of 1963.",
			want: []want{{"the winter of 1963", kg.Date, "1963-WI"}}},
		{dct: monday, text: "The deal should close by year-end.",
			want: []want{{"year-end", kg.Date, "2024"}}},
		{dct: monday, text: "Rents have soared over the past year and will keep rising over the next year or so.",
			want: []want{{"the past year", kg.Date, "2023"}, {"the next year or so", kg.Date, "2025"}}},
		{dct: monday, text: "Wages lagged inflation for much of the last decade.",
			want: []want{{"the last decade", kg.Date, "201"}}},
		{dct: monday, text: "He retired a year ago.",
			want: []want{{"a year ago", kg.Date, "2023"}}},
		{dct: monday, text: "The fund was launched earlier this year.",
			want: []want{{"earlier this year", kg.Date, "2024"}}},
		{dct: "2024-10-15", text: "Orders rose from the low levels of the early summer.",
			want: []want{{"the early summer", kg.Date, "2024-SU"}}},
		{dct: monday, text: "They married in summer 2020 and moved in the spring of 2021.",
			want: []want{{"summer 2020", kg.Date, "2020-SU"}, {"the spring of 2021", kg.Date, "2021-SP"}}},
		{dct: monday, text: "The fall in prices hurt farmers. The Year of the Dragon began.",
			absent: []string{"fall", "Year"}},
		{dct: monday, text: "Her band Orion 1980 toured Europe.",
			absent: []string{"1980"}},
	})
}

func TestQuarters(t *testing.T) {
	runCases(t, testTagger, []tcase{
		{dct: "2024-11-02", text: "Net income rose in the third quarter.",
			want: []want{{"the third quarter", kg.Date, "2024-Q3"}}},
		{dct: "2024-11-02", text: "The firm posted a third-quarter loss.",
			want: []want{{"third-quarter", kg.Date, "2024-Q3"}}},
		{dct: "2024-02-06", text: "Sales slipped in the fourth quarter.",
			want: []want{{"the fourth quarter", kg.Date, "2023-Q4"}}},
		{dct: "2024-11-02", text: "Sales should double by the end of the current financial quarter.",
			want: []want{{"the end of the current financial quarter", kg.Date, "2024-Q4"}}},
		{dct: "2024-11-02", text: "Revenue in Q3 beat forecasts.",
			want: []want{{"Q3", kg.Date, "2024-Q3"}}},
		{dct: "2024-11-02", text: "Costs will fall in the first half of 2025.",
			want: []want{{"the first half of 2025", kg.Date, "2025-H1"}}},
		{dct: "2024-11-02", text: "Margins widened in the quarter, helped by lower fuel prices.",
			want: []want{{"the quarter", kg.Date, "2024-Q3"}}},
		{dct: "2024-11-02", text: "Profit rose in the third quarter from $3 million in the year-ago quarter.",
			want: []want{{"the year-ago quarter", kg.Date, "2023-Q3"}}},
		{dct: "2024-09-10", text: "In the quarter ended July 31, sales fell.",
			want: []want{{"the quarter", kg.Date, "2024-Q2"}, {"July 31", kg.Date, "2024-07-31"}}},
		{dct: "2024-11-02", text: "Orvik posted a third-quarter profit. Analysts expect a loss in the first quarter of 2025. In the year-ago period, Orvik lost money.",
			want: []want{{"the year-ago period", kg.Date, "2023-Q3"}}},
		{dct: "2024-11-02", text: "Orvik posted a third-quarter profit for the period ended Sept. 30, up from $2 million in the 2023 quarter.",
			want: []want{{"the 2023 quarter", kg.Date, "2023-Q3"}}},
		{dct: "2024-11-02", text: "Net rose in the third quarter. In the first nine months, net was $9 million, against $7 million in the 2023 period.",
			want: []want{{"the 2023 period", kg.Date, "2023"}}},
		{dct: "2024-11-02", text: "Net rose in the third quarter. In the first nine months, net was $9 million, against $6 million a year earlier.",
			want: []want{{"a year earlier", kg.Date, "2023"}}},
		{dct: "2024-11-02", text: "Losses may last through the first two quarters of 2025, as in the last half of the '90s.",
			want: []want{{"the first two quarters of 2025", kg.Date, "2025-H1"}, {"the last half of the '90s", kg.Date, "199"}}},
		{dct: "2024-11-02", text: "Orvik lost money in the third quarter. For the quarter a year ago, it reported a profit.",
			want: []want{{"the quarter a year ago", kg.Date, "2023-Q3"}}},
		{dct: "2024-11-02", text: "Orvik posted a third-quarter profit for the period ended Sept. 30. The year-ago results were restated.",
			want: []want{{"year-ago", kg.Date, "2023-Q3"}}},
		{dct: "2024-11-02", text: "Orvik lost $2 million in the third quarter, against a profit in the corresponding period last year.",
			want: []want{{"the corresponding period last year", kg.Date, "2023-Q3"}}},
		{dct: "2024-11-02", text: "Net for the year-earlier nine months included a gain.",
			want: []want{{"the year-earlier nine months", kg.Duration, "P9M"}}},
	})
}

func TestHolidays(t *testing.T) {
	runCases(t, testTagger, []tcase{
		{dct: "2024-01-10", text: "The shop was robbed on Christmas Day.",
			want: []want{{"Christmas Day", kg.Date, "2023-12-25"}}},
		{dct: "2024-10-01", text: "Stores will open on Thanksgiving.",
			want: []want{{"Thanksgiving", kg.Date, "2024-11-28"}}},
		{dct: "2024-06-01", text: "Pilgrims arrived for Easter.",
			want: []want{{"Easter", kg.Date, "2024-03-31"}}},
		{dct: "2024-12-30", text: "Happy New Year's Day to all our readers.",
			want: []want{{"New Year's Day", kg.Date, "2025-01-01"}}},
		{dct: monday, text: "Stores will close on Labor Day; last year they shut on Christmas Eve.",
			want: []want{{"Labor Day", kg.Date, "2024-09-02"}, {"Christmas Eve", kg.Date, "2023-12-24"}}},
		{dct: monday, text: "The labor market is tight and memorial services were held.",
			absent: []string{"labor", "memorial"}},
		{dct: "2024-06-01", text: "The May Day parade was cancelled.",
			want: []want{{"May Day", kg.Date, "2024-05-01"}}},
	})
}

func TestModifiers(t *testing.T) {
	cases := []struct {
		text, expr, val, mod string
	}{
		{"Prices peaked in mid-May.", "mid-May", "2024-05", "MID"},
		{"The plant opens in early 2025.", "early 2025", "2025", "START"},
		{"The tower was finished by the end of 1990.", "the end of 1990", "1990", "END"},
		{"The strike lasted nearly three weeks.", "nearly three weeks", "P3W", "LESS_THAN"},
		{"Talks went on for more than a year.", "more than a year", "P1Y", "MORE_THAN"},
		{"The firm was founded about two years ago.", "about two years ago", "2022", "APPROX"},
	}
	for _, c := range cases {
		got := testTagger.Tag(c.text, mustDate(t, monday))
		x, ok := find(got, c.expr)
		if !ok || x.Value != c.val || x.Mod != c.mod {
			t.Errorf("%q: %q = %+v, want value %s mod %s; got %s", c.text, c.expr, x, c.val, c.mod, list(got))
		}
	}
}
