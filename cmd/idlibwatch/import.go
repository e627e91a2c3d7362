package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"

	"github.com/idlibwatch/idlibwatch/articles"
	"github.com/idlibwatch/idlibwatch/feeds"
	"github.com/idlibwatch/idlibwatch/ingest"
)

// importExts are the files taken from a folder; a file named on the command
// line is read whatever its name.
var importExts = map[string]bool{".txt": true, ".text": true, ".html": true, ".htm": true, ".xhtml": true}

func init() {
	register(command{name: "import", short: "import article files or folders (seed .txt, plain text, .html)", run: runImport})
}

func runImport(ctx context.Context, a *app, args []string) error {
	fs := a.newFlags("import", "PATH...")
	live := fs.Bool("live", false, "treat the files as newly arrived, oldest first: classify and make alerts as the poller would (default: archive, no alerts)")
	outlet := fs.String("outlet", "", "the outlet to record for the imported articles")
	all := fs.Bool("all", false, "with --live, keep every file, also those the topic filter (topic in the config) keeps out")
	if err := parseArgs(fs, args, 1, -1); err != nil {
		return err
	}
	paths, err := importPaths(fs.Args())
	if err != nil {
		return err
	}
	cfg, st, err := a.loadStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	pipe := newPipeline(st, cfg, a.logger(cfg))
	// A live replay sees what the poller would: only on-topic reports.
	var topic *feeds.Topic
	if *live && !*all {
		if topic, err = feeds.NewTopic(cfg.Topic.Name, cfg.Topic.ExtraTerms); err != nil {
			return err
		}
	}

	// Parse everything first: --live must add articles in date order, and a
	// bad file is reported before anything is written.
	type parsed struct {
		path string
		art  articles.Article
	}
	var good []parsed
	var imported, updated, dups, rejected, offTopic int
	for _, p := range paths {
		art, err := articles.ParseFile(p)
		if err != nil {
			rejected++
			fmt.Fprintf(a.stderr, "rejected %s: %s\n", p, rejectReason(err))
			continue
		}
		switch {
		case *outlet != "":
			art.Outlet = *outlet
		case art.Outlet == "" && art.URL == "":
			// An outlet the text does not name is told by its file, the same
			// in alerts, events, figures and the digest (and two unnamed
			// files are two outlets, not one).
			art.Outlet = filepath.Base(p)
		}
		if topic != nil && !topic.Match(art.Title, art.Summary, art.Text) {
			offTopic++
			continue
		}
		good = append(good, parsed{p, art})
	}
	if *live {
		// Oldest first, undated last (they are taken as arriving now).
		sort.SliceStable(good, func(i, j int) bool {
			ti, tj := good[i].art.Published, good[j].art.Published
			if ti.IsZero() != tj.IsZero() {
				return tj.IsZero()
			}
			return ti.Before(tj)
		})
	}
	bar := a.progress(len(good))
	for _, g := range good {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("interrupted after %d files: %w", imported+updated+dups, err)
		}
		res, err := pipe.Add(ctx, g.art, ingest.Options{Live: *live, SourcePath: g.path})
		bar.Add(1)
		switch {
		case err != nil:
			rejected++
			fmt.Fprintf(a.stderr, "rejected %s: %v\n", g.path, err)
		case res.Duplicate:
			dups++
		case res.Updated:
			updated++
		default:
			imported++
		}
	}
	bar.Finish()
	summary := fmt.Sprintf("imported %d, duplicates %d, rejected %d", imported, dups, rejected)
	if updated > 0 {
		summary += fmt.Sprintf(", updated %d", updated)
	}
	if topic != nil {
		summary += fmt.Sprintf(", off topic %d (--all keeps them)", offTopic)
	}
	fmt.Fprintln(a.stdout, summary)
	if rejected > 0 {
		return fmt.Errorf("%d of %d files rejected", rejected, len(paths))
	}
	return nil
}

// importPaths expands folders into the article files below them, sorted, and
// keeps named files as they are.
func importPaths(args []string) ([]string, error) {
	var out []string
	for _, arg := range args {
		fi, err := os.Stat(arg)
		if err != nil {
			return nil, fmt.Errorf("import: %w", err)
		}
		if !fi.IsDir() {
			out = append(out, arg)
			continue
		}
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if strings.HasPrefix(name, ".") && p != arg {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && importExts[strings.ToLower(filepath.Ext(name))] {
				out = append(out, p)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("import: read folder %s: %w", arg, err)
		}
	}
	return out, nil
}

// rejectReason says why a file is not an article, without repeating its path.
func rejectReason(err error) string {
	for _, known := range []error{articles.ErrEmpty, articles.ErrBinary, articles.ErrNotUTF8, articles.ErrTooLarge, articles.ErrNoText} {
		if errors.Is(err, known) {
			return known.Error()
		}
	}
	return err.Error()
}

// progress shows a bar on a terminal for imports large enough to wait for.
func (a *app) progress(n int) *progressbar.ProgressBar {
	f, ok := a.stderr.(*os.File)
	if !ok || n < 50 || !isatty.IsTerminal(f.Fd()) {
		return progressbar.DefaultSilent(int64(n))
	}
	return progressbar.NewOptions(n, progressbar.OptionSetWriter(f), progressbar.OptionSetDescription("importing"),
		progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
}
