// Command kg turns news articles into a knowledge graph of people,
// organisations, places and events, and prints per-entity timelines.
//
// Every command that lists things takes --format json; the schemas are in
// docs/json.md. Results go to stdout, progress and diagnostics to stderr.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"

	"github.com/urfave/cli/v2"
)

// Exit codes, documented in the README.
const (
	exitOK      = 0
	exitError   = 1
	exitUsage   = 2
	exitSkipped = 3 // the command finished but some inputs were skipped
)

// memoryLimit is the Go heap's soft limit unless GOMEMLIMIT says
// otherwise: the collector works harder near it instead of letting the
// heap double, which keeps a year-of-news build well inside a small
// machine.
const memoryLimit = 512 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	exiting = true
	stopProfiles := startProfiles(os.Stderr)
	code := run(ctx, os.Args, os.Stdin, os.Stdout, os.Stderr)
	stopProfiles()
	os.Exit(code)
}

// run is main without the process: tests call it directly.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "kg: internal error: %v (please report it)\n", r)
			code = exitError
		}
	}()
	app := newApp(stdin, stdout, stderr)
	err := app.RunContext(ctx, args)
	if err == nil {
		return exitOK
	}
	var ue usageError
	var ec exitCoder
	switch {
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "kg: %v\n", err)
		return exitUsage
	case errors.As(err, &ec):
		if msg := err.Error(); msg != "" {
			fmt.Fprintf(stderr, "kg: %s\n", msg)
		}
		return ec.ExitCode()
	default:
		fmt.Fprintf(stderr, "kg: %v\n", err)
		return exitError
	}
}

// usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

// exitCoder is an error that carries its own exit code.
type exitCoder interface {
	error
	ExitCode() int
}

// skippedError reports that a command finished with some inputs skipped.
type skippedError struct{ n int }

func (e skippedError) Error() string { return "" }
func (e skippedError) ExitCode() int { return exitSkipped }

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:      "kg",
		Usage:     "turn news articles into a knowledge graph and entity timelines",
		Reader:    stdin,
		Writer:    stdout,
		ErrWriter: stderr,
		// urfave/cli would print errors and exit itself; run does both.
		ExitErrHandler:         func(*cli.Context, error) {},
		UseShortOptionHandling: true,
		Suggest:                true,
		Commands: []*cli.Command{
			buildCommand(), timelineCommand(), entitiesCommand(), eventsCommand(),
			extractCommand(), exportCommand(), statsCommand(),
			rankCommand(), communitiesCommand(), pathCommand(), neighborsCommand(),
			mergeCommand(), splitCommand(), renameCommand(), checkCommand(),
		},
		OnUsageError: func(_ *cli.Context, err error, _ bool) error { return usageError{err.Error()} },
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("unknown command %q (kg --help lists them)", c.Args().First())
			}
			return cli.ShowAppHelp(c)
		},
	}
	for _, c := range app.Commands {
		if c.OnUsageError == nil {
			c.OnUsageError = app.OnUsageError
		}
		c.Before = lateFlags
	}
	return app
}

// lateFlags refuses an option written after a command's names or files:
// the command line parser stops at the first of them, so "kg neighbors
// Vos --depth 2" would otherwise take "--depth" for a name.
func lateFlags(c *cli.Context) error {
	for _, a := range c.Args().Slice() {
		if len(a) > 1 && a[0] == '-' {
			return usagef("%s: options go before the names and files: %q came after them (kg %s --help)", c.Command.Name, a, c.Command.Name)
		}
	}
	return nil
}
