package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kgnews/kg/graph"
	"github.com/kgnews/kg/timeml"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"
)

// defaultDB is where the store lives unless --db or $KG_DB says otherwise.
const defaultDB = "kg.db"

var dbFlag = &cli.StringFlag{Name: "db", Usage: "graph store directory", EnvVars: []string{"KG_DB"}, Value: defaultDB}

func formatFlag(formats ...string) *cli.StringFlag {
	return &cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: formats[0], Usage: "output format: " + strings.Join(formats, ", ")}
}

var (
	fromFlag = &cli.StringFlag{Name: "from", Usage: "only events dated on or after `DATE` (YYYY, YYYY-MM or YYYY-MM-DD)"}
	toFlag   = &cli.StringFlag{Name: "to", Usage: "only events dated on or before `DATE`"}
)

// checkFormat rejects a --format the command does not know.
func checkFormat(c *cli.Context, allowed ...string) (string, error) {
	f := c.String("format")
	for _, a := range allowed {
		if f == a {
			return f, nil
		}
	}
	return "", usagef("%s: unknown --format %q (one of %s)", c.Command.Name, f, strings.Join(allowed, ", "))
}

// checkWindow validates --from and --to.
func checkWindow(c *cli.Context) (string, string, error) {
	from, to := c.String("from"), c.String("to")
	for _, v := range []struct{ name, val string }{{"from", from}, {"to", to}} {
		if v.val != "" && !isDateValue(v.val) {
			return "", "", usagef("--%s %q is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", v.name, v.val)
		}
	}
	return from, to, nil
}

func isDateValue(s string) bool {
	for i, r := range s {
		if r == '-' && (i == 4 || i == 7) {
			continue
		}
		if r < '0' || r > '9' {
			return false
		}
	}
	return len(s) == 4 || len(s) == 7 || len(s) == 10
}

// openStore opens the store named by --db for a query (read-only) or a
// build.
func openStore(c *cli.Context, write bool) (*graph.Store, error) {
	s, err := graph.Open(c.String("db"), graph.Options{ReadOnly: !write})
	var se *graph.StoreError
	if errors.As(err, &se) && errors.Is(err, graph.ErrNoStore) {
		return nil, fmt.Errorf("%s: no graph store there yet: run `kg build --db %s FILES...` first", se.Dir, se.Dir)
	}
	return s, err
}

// exiting is set by main, whose process ends with the command: a
// read-only store is then left to the operating system instead of being
// closed, since it has nothing to write and unmapping its table files
// costs a timeline query a tenth of its time. Tests, which run many
// commands in one process, close every store.
var exiting bool

// withStore runs fn on the read-only store and closes it, unless the
// process is exiting.
func withStore(c *cli.Context, fn func(*graph.Store) error) error {
	s, err := openStore(c, false)
	if err != nil {
		return err
	}
	if !exiting {
		defer s.Close()
	}
	return fn(s)
}

// writeJSON prints v as indented JSON with a final newline.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// colour reports whether to colour output written to w: only on a
// terminal, and never when NO_COLOR is set.
func colour(w io.Writer) bool {
	_, no := os.LookupEnv("NO_COLOR")
	return !no && isTerminal(w)
}

// bold wraps s in bold when colouring.
func bold(on bool, s string) string {
	if !on {
		return s
	}
	return "\x1b[1m" + s + "\x1b[0m"
}

// showDate renders a date for a table: a date that an undated article
// gives only relative to its publication day shows the weekday, when
// known, and the offset ("Fri (pub -3d)", "(pub day)").
func showDate(date string, off *int) string {
	if off == nil || timeml.PrecisionOf(date) != "" {
		return orDash(date)
	}
	day := ""
	if wd, ok := timeml.WeekdayOf(date); ok {
		day = time.Weekday(wd % 7).String()[:3] + " "
	}
	if *off == 0 {
		return day + "(pub day)"
	}
	return fmt.Sprintf("%s(pub %+dd)", day, *off)
}

// orDash shows an empty value as "-".
func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// clip shortens s to n runes with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// writeJSONLine prints v as one line of JSON Lines.
func writeJSONLine(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// row is one line of a table for people, with notes printed under it.
type row struct {
	cells []string
	notes []string
}

// printRows aligns the cells of rows under header, two spaces apart, and
// prints each row's notes indented beneath it without widening a column.
func printRows(w io.Writer, header []string, rows []row) error {
	width := make([]int, len(header))
	measure := func(cells []string) {
		for i, c := range cells {
			if n := utf8.RuneCountInString(c); i < len(width) && n > width[i] {
				width[i] = n
			}
		}
	}
	measure(header)
	for _, r := range rows {
		measure(r.cells)
	}
	line := func(cells []string) string {
		var b strings.Builder
		for i, c := range cells {
			b.WriteString(c)
			if i < len(cells)-1 {
				b.WriteString(strings.Repeat(" ", width[i]-utf8.RuneCountInString(c)+2))
			}
		}
		return b.String()
	}
	if _, err := fmt.Fprintln(w, line(header)); err != nil {
		return err
	}
	for _, r := range rows {
		fmt.Fprintln(w, line(r.cells))
		for _, n := range r.notes {
			fmt.Fprintln(w, "    "+n)
		}
	}
	return nil
}
