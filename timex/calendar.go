package timex

import (
	"strconv"
	"time"
)

// appendPad appends n with at least width digits.
func appendPad(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var d [12]byte
	k := len(d)
	for n > 0 || k == len(d) {
		k--
		d[k] = byte('0' + n%10)
		n /= 10
	}
	for len(d)-k < width {
		k--
		d[k] = '0'
	}
	return append(b, d[k:]...)
}

// day returns the calendar day y-m-d (normalising overflow) at UTC midnight.
func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// validDay reports whether y-m-d is a real calendar date.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := day(y, m, d)
	return t.Day() == d
}

func fmtDay(t time.Time) string {
	b := make([]byte, 0, 10)
	b = appendPad(b, t.Year(), 4)
	b = append(b, '-')
	b = appendPad(b, int(t.Month()), 2)
	b = append(b, '-')
	return string(appendPad(b, t.Day(), 2))
}

func fmtYear(y int) string { return string(appendPad(nil, y, 4)) }

func fmtMonth(y, m int) string {
	b := appendPad(make([]byte, 0, 7), y, 4)
	b = append(b, '-')
	return string(appendPad(b, m, 2))
}

// fmtMonthDay formats a day whose year may be unknown (y < 0: XXXX-06-14).
func fmtMonthDay(y, m, d int) string {
	b := make([]byte, 0, 10)
	if y < 0 {
		b = append(b, "XXXX"...)
	} else {
		b = appendPad(b, y, 4)
	}
	b = append(b, '-')
	b = appendPad(b, m, 2)
	b = append(b, '-')
	return string(appendPad(b, d, 2))
}

// fmtWeek formats the ISO week of t: 2024-W23.
func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	b := appendPad(make([]byte, 0, 8), y, 4)
	b = append(b, "-W"...)
	return string(appendPad(b, w, 2))
}

func fmtQuarter(y, q int) string { return fmtYear(y) + "-Q" + strconv.Itoa(q) }

// isoWeekday returns 1 (Monday) to 7 (Sunday).
func isoWeekday(t time.Time) int {
	if wd := int(t.Weekday()); wd != 0 {
		return wd
	}
	return 7
}

// weekdayFrom returns the day with ISO weekday wd nearest to d in the given
// direction: dir < 0 the latest on or before d, dir > 0 the earliest on or
// after d. strict excludes d itself.
func weekdayFrom(d time.Time, wd, dir int, strict bool) time.Time {
	diff := wd - isoWeekday(d)
	if dir < 0 {
		if diff > 0 || diff == 0 && strict {
			diff -= 7
		}
	} else if diff < 0 || diff == 0 && strict {
		diff += 7
	}
	return d.AddDate(0, 0, diff)
}

// quarterOf returns the quarter (1-4) of month m.
func quarterOf(m int) int { return (m-1)/3 + 1 }

// nthWeekday returns the n-th weekday wd of month m in year y; n = -1 is
// the last.
func nthWeekday(y, m, wd, n int) time.Time {
	if n < 0 {
		last := day(y, m+1, 0)
		return weekdayFrom(last, wd, -1, false)
	}
	first := weekdayFrom(day(y, m, 1), wd, 1, false)
	return first.AddDate(0, 0, 7*(n-1))
}

// easter returns Easter Sunday of year y (the Gregorian computus of the
// anonymous "Meeus/Jones/Butcher" algorithm).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return day(y, month, dd)
}
