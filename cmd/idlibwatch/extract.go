package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/idlibwatch/idlibwatch/articles"
	"github.com/idlibwatch/idlibwatch/figures"
	"github.com/idlibwatch/idlibwatch/reading"
)

func init() {
	register(command{name: "extract", short: "print the casualty figures of article files (text or HTML)", run: runExtract})
}

// extractResult is one file's entry in the JSON output (see
// ../shared/spec/figures.md).
type extractResult struct {
	File      string           `json:"file"`
	Published *string          `json:"published"`
	Figures   []figures.Figure `json:"figures"`
}

var errSomeFiles = errors.New("some files could not be read")

func runExtract(ctx context.Context, a *app, args []string) error {
	fs := a.newFlags("extract", "FILE...")
	asJSON := fs.Bool("json", false, "print a JSON array, one object per file")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	results := make([]extractResult, 0, fs.NArg())
	failed := 0
	for _, path := range fs.Args() {
		if err := ctx.Err(); err != nil {
			return err
		}
		art, err := articles.ParseFile(path)
		if err != nil {
			// ParseFile names the file in its error.
			fmt.Fprintf(a.stderr, "idlibwatch extract: %v\n", err)
			failed++
			continue
		}
		doc := reading.Read(art.Text)
		doc.Outlet = art.Outlet
		r := extractResult{File: path, Figures: figures.ExtractDoc(doc, art.Published)}
		if r.Figures == nil {
			r.Figures = []figures.Figure{}
		}
		if !art.Published.IsZero() {
			d := art.Published.Format("2006-01-02")
			r.Published = &d
		}
		results = append(results, r)
	}
	var err error
	if *asJSON {
		enc := json.NewEncoder(a.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		err = enc.Encode(results)
	} else {
		err = printFigures(a.stdout, results)
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d files: %w", failed, fs.NArg(), errSomeFiles)
	}
	return nil
}

// printFigures writes a readable listing: per file, one line per figure.
func printFigures(w io.Writer, results []extractResult) error {
	var b strings.Builder
	for i, r := range results {
		if i > 0 {
			b.WriteByte('\n')
		}
		pub := "date unknown"
		if r.Published != nil {
			pub = *r.Published
		}
		fmt.Fprintf(&b, "%s (%s): %d figures\n", r.File, pub, len(r.Figures))
		for _, f := range r.Figures {
			fmt.Fprintf(&b, "  %-10s %-10s %-9s", f.Metric, f.Group, bounds(f))
			if f.Actor != nil {
				fmt.Fprintf(&b, " actor=%s", *f.Actor)
			}
			if f.Source != "" {
				fmt.Fprintf(&b, " source=%q", f.Source)
			}
			if f.Background {
				b.WriteString(" background")
			}
			fmt.Fprintf(&b, "\n             %q\n", f.Quote)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// bounds renders min/max as "13", "≥9", "≤20", "10–15", with "~" for approx
// and "+" marking a vague word.
func bounds(f figures.Figure) string {
	var s string
	switch {
	case f.Min != nil && f.Max != nil && *f.Min == *f.Max:
		s = fmt.Sprint(*f.Min)
	case f.Min != nil && f.Max != nil:
		s = fmt.Sprintf("%d–%d", *f.Min, *f.Max)
	case f.Min != nil:
		s = fmt.Sprintf("≥%d", *f.Min)
	case f.Max != nil:
		s = fmt.Sprintf("≤%d", *f.Max)
	default:
		s = "?"
	}
	if f.Approx {
		s = "~" + s
	}
	if f.Vague {
		s += " (vague)"
	}
	return s
}
