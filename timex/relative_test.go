package timex

import (
	"testing"

	"github.com/kgnews/kg"
)

// 2024-06-10 is a Monday in ISO week 24.
const monday = "2024-06-10"

func TestWeekdaysAndTense(t *testing.T) {
	runCases(t, testTagger, []tcase{
		{dct: monday, text: "The mayor of Ostrava resigned on Friday after a week of protests.",
			want: []want{{"Friday", kg.Date, "2024-06-07"}}},
		{dct: monday, text: "Farmers blocked the ring road Sunday, police said.",
			want: []want{{"Sunday", kg.Date, "2024-06-09"}}},
		{dct: monday, text: "The union on Monday told members to stay at home.",
			want: []want{{"Monday", kg.Date, "2024-06-10"}}},
		{dct: monday, text: "The committee will vote on Thursday on the new budget.",
			want: []want{{"Thursday", kg.Date, "2024-06-13"}}},
		{dct: monday, text: "Winds are expected to ease on Wednesday, forecasters said.",
			want: []want{{"Wednesday", kg.Date, "2024-06-12"}}},
		{dct: monday, text: "Talks are due to resume on Friday in Geneva.",
			want: []want{{"Friday", kg.Date, "2024-06-14"}}},
		{dct: monday, text: "She is to be questioned by prosecutors on Thursday.",
			want: []want{{"Thursday", kg.Date, "2024-06-13"}}},
		{dct: monday, text: "The coach, who quit last Tuesday, was replaced.",
			want: []want{{"last Tuesday", kg.Date, "2024-06-04"}}},
		{dct: monday, text: "The inquiry opens next Monday.",
			want: []want{{"next Monday", kg.Date, "2024-06-17"}}},
		{dct: "2024-06-09", text: "The peace talks, set to resume Monday, were delayed before.",
			want: []want{{"Monday", kg.Date, "2024-06-10"}}},
		{dct: monday, text: "The offer had been due to expire Friday evening.",
			want: []want{{"Friday evening", kg.Time, "2024-06-07TEV"}}},
		{dct: "2024-06-13", text: "The court postponed the ruling until Tuesday morning.",
			want: []want{{"Tuesday morning", kg.Time, "2024-06-18TMO"}}},
		{dct: "2024-06-13", text: "Officials gave the tenants until 9 a.m. Tuesday to leave.",
			want: []want{{"9 a.m. Tuesday", kg.Time, "2024-06-18T09:00"}}},
		{dct: "2024-06-13", text: "Until Tuesday, the police had not named a suspect.",
			want: []want{{"Tuesday", kg.Date, "2024-06-11"}}},
		{dct: monday, text: "The ferry could sail as early as Wednesday.",
			want: []want{{"Wednesday", kg.Date, "2024-06-12"}}},
		{dct: monday, text: "The firm said on Saturday, June 8, that it had sold the plant.",
			want: []want{{"Saturday, June 8", kg.Date, "2024-06-08"}}},
		{dct: monday, text: "The mill closed on Friday, and the previous Friday its owner had left.",
			want: []want{{"Friday", kg.Date, "2024-06-07"}, {"the previous Friday", kg.Date, "2024-05-31"}}},
		{dct: monday, text: "The Daily Trumpet said it would close.",
			absent: []string{"Daily"}},
	})
}

func TestRelativeDays(t *testing.T) {
	runCases(t, testTagger, []tcase{
		{dct: monday, text: "The strike began yesterday and will end tomorrow, the union said today.",
			want: []want{{"yesterday", kg.Date, "2024-06-09"}, {"tomorrow", kg.Date, "2024-06-11"}, {"today", kg.Date, "2024-06-10"}}},
		{dct: monday, text: "The day before last Tuesday's hearing, the mayor resigned.",
			want: []want{{"The day before last Tuesday", kg.Date, "2024-06-03"}}},
		{dct: monday, text: "He told USA Today that the vote was today.",
			want: []want{{"today", kg.Date, "2024-06-10"}}, absent: []string{"Today"}},
		{dct: monday, text: "The ship left the day before yesterday.",
			want: []want{{"the day before yesterday", kg.Date, "2024-06-08"}}},
		{dct: monday, text: "Talks resumed late yesterday in Brno.",
			want: []want{{"late yesterday", kg.Date, "2024-06-09"}}},
		{dct: monday, text: "The minister spoke yesterday morning.",
			want: []want{{"yesterday morning", kg.Time, "2024-06-09TMO"}}},
		{dct: monday, text: "In Oslo at mid-afternoon yesterday, the shares rose; they fell late evening Friday.",
			want: []want{{"mid-afternoon yesterday", kg.Time, "2024-06-09TAF"}, {"late evening Friday", kg.Time, "2024-06-07TEV"}}},
		{dct: monday, text: "A curfew begins tonight.",
			want: []want{{"tonight", kg.Time, "2024-06-10TNI"}}},
		{dct: monday, text: "Police made two arrests last night.",
			want: []want{{"last night", kg.Time, "2024-06-09TNI"}}},
		{dct: monday, text: "The bridge reopened two days ago.",
			want: []want{{"two days ago", kg.Date, "2024-06-08"}}},
	})
}

func TestWeeks(t *testing.T) {
	runCases(t, testTagger, []tcase{
		{dct: "2024-06-14", text: "The party won the vote last week.",
			want: []want{{"last week", kg.Date, "2024-W23"}}},
		{dct: monday, text: "Ministers meet this week and again next week.",
			want: []want{{"this week", kg.Date, "2024-W24"}, {"next week", kg.Date, "2024-W25"}}},
		{dct: monday, text: "The council approved the plan earlier this week.",
			want: []want{{"earlier this week", kg.Date, "2024-W24"}}},
		{dct: monday, text: "Fans queued all through the weekend, organisers said.",
			want: []want{{"the weekend", kg.Date, "2024-W23-WE"}}},
		{dct: monday, text: "The price fell three weeks ago.",
			want: []want{{"three weeks ago", kg.Date, "2024-W21"}}},
	})
}

func TestReferenceTimeTracking(t *testing.T) {
	runCases(t, testTagger, []tcase{
		{dct: "2024-06-20", text: "On March 3 the dam burst. Two days later the army arrived.",
			want: []want{{"March 3", kg.Date, "2024-03-03"}, {"Two days later", kg.Date, "2024-03-05"}}},
		{dct: "2024-06-20", text: "The treaty was signed on 3 March 2021. The following day it was published.",
			want: []want{{"The following day", kg.Date, "2021-03-04"}}},
		{dct: "2024-06-20", text: "The judge ruled on Monday. He appeared in court the next morning, and that night he fled.",
			want: []want{{"the next morning", kg.Time, "2024-06-18TMO"}, {"that night", kg.Time, "2024-06-18TNI"}}},
		{dct: "2024-06-20", text: "Tourism earned $300 million in 2022, down from $450 million the year before.",
			want: []want{{"the year before", kg.Date, "2021"}}},
		{dct: "2024-06-20", text: "Vorlan joined the league in 2016. That year the club was relegated.",
			want: []want{{"That year", kg.Date, "2016"}}},
		{dct: "2017-05-08", text: "Files from the party were leaked on Friday. \"We were the victim of a massive attack this evening,\" the party said in a statement.",
			want: []want{{"Friday", kg.Date, "2017-05-05"}, {"this evening", kg.Time, "2017-05-05TEV"}}},
		{dct: "2017-05-08", text: "\"We will announce the result this evening,\" the minister said.",
			want: []want{{"this evening", kg.Time, "2017-05-08TEV"}}},
		{dct: "1999-11-02", text: "Profit rose in the third quarter. A year earlier the firm lost money.",
			want: []want{{"the third quarter", kg.Date, "1999-Q3"}, {"A year earlier", kg.Date, "1998-Q3"}}},
		{dct: "1999-11-02", text: "Output fell 8% from a year ago, and costs were higher than a year earlier.",
			want: []want{{"a year ago", kg.Date, "1998"}, {"a year earlier", kg.Date, "1998"}}},
		{dct: "1999-11-02", text: "Output fell in 1998. A year earlier it had risen.",
			want: []want{{"A year earlier", kg.Date, "1997"}}},
		{dct: "1999-11-02", text: "Net income fell in the third quarter, compared with year-earlier profit.",
			want: []want{{"year-earlier", kg.Date, "1998-Q3"}}},
	})
}

func TestUndatedText(t *testing.T) {
	runCases(t, testTagger, []tcase{
		{text: "Residents filed a lawsuit Tuesday over the fire that started on June 14.",
			want: []want{{"Tuesday", kg.Date, "XXXX-WXX-2"}, {"June 14", kg.Date, "XXXX-06-14"}}},
		{text: "The court sat on Tuesday and 12 jurors were sworn in on June 14 and 15.",
			want: []want{{"June 14", kg.Date, "XXXX-06-14"}, {"15", kg.Date, "XXXX-06-15"}}, absent: []string{"12"}},
		{text: "On Friday, May 3, the court ruled.",
			want: []want{{"Friday, May 3", kg.Date, "XXXX-05-03"}}},
		{text: "In 2021 the company paid a fine.",
			want: []want{{"2021", kg.Date, "2021"}}},
		{text: "The bank raised rates last week and will again next month.",
			want: []want{{"last week", kg.Date, "XXXX-WXX"}, {"next month", kg.Date, "XXXX-XX"}}},
		{text: "Crews worked through the night yesterday.",
			want: []want{{"yesterday", kg.Date, "XXXX-XX-XX"}}},
		{text: "Shares fell in the third quarter.",
			want: []want{{"the third quarter", kg.Date, "XXXX-Q3"}}},
	})
}
