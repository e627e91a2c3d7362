package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// cli runs idlibwatch in dir with args and returns its exit code and output.
func cli(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	code := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// writeFiles writes name → content files below dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// Articles written for these tests, in the seed format.
var testCorpus = map[string]string{
	"corpus/a.txt": " date 2022-02-03 Night raid in Atmeh\n\nRescuers with the White Helmets said thirteen people were killed in the raid on a house in Atmeh, in Idlib province.",
	"corpus/b.txt": " date 2022-02-04 Funerals held in Atmeh\n\nMourners buried the dead a day after the raid. The White Helmets said children were among the victims.",
	"corpus/e.txt": " date 2023-07-01 Shell hits house in Binnish\n\nThe Syrian Civil Defence said four people were killed when a shell hit a house in Binnish, east of Idlib city.",
	"corpus/c.txt": "Market prices in Aleppo\n\nThe price of bread rose again this week, traders said.",
	"corpus/sub/d.html": `<html><head><title>Shelling near Ariha</title><meta property="article:published_time" content="2023-05-02"></head>
<body><article><h1>Shelling near Ariha</h1><p>Artillery shells fell on farmland outside Ariha in southern Idlib on Tuesday, the local council said, and two farmers were wounded while harvesting.</p><p>The council said ambulances took both men to a hospital in the town.</p></article></body></html>`,
	"corpus/.hidden/skip.txt": "not imported: hidden folder",
	"corpus/notes.md":         "not imported: not an article extension",
}

func TestImportIsIdempotentAndSearchFindsIt(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, testCorpus)

	code, out, errOut := cli(t, dir, "import", "corpus")
	if code != 0 || strings.TrimSpace(out) != "imported 5, duplicates 0, rejected 0" {
		t.Fatalf("first import: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "idlibwatch.db")); err != nil {
		t.Fatalf("no SQLite file in the working directory: %v", err)
	}
	code, out, _ = cli(t, dir, "import", "corpus")
	if code != 0 || strings.TrimSpace(out) != "imported 0, duplicates 5, rejected 0" {
		t.Fatalf("second import: exit %d, stdout %q", code, out)
	}

	code, out, errOut = cli(t, dir, "search", "--json", "White Helmets")
	if code != 0 {
		t.Fatalf("search: exit %d, %s", code, errOut)
	}
	var res struct {
		Results []struct {
			Title, Snippet, Published string
		} `json:"results"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("search --json output is not JSON: %v\n%s", err, out)
	}
	// The two that name the White Helmets, and the one that calls them the
	// Syrian Civil Defence (an alias the extractor's source key knows).
	if len(res.Results) != 3 {
		t.Fatalf("search found %d articles, want the 3 that mention the White Helmets: %s", len(res.Results), out)
	}
	for _, r := range res.Results {
		atmeh := strings.Contains(r.Title, "Atmeh") && strings.Contains(r.Snippet, "White") && strings.HasPrefix(r.Published, "2022-02-0")
		binnish := strings.Contains(r.Title, "Binnish") && strings.Contains(r.Snippet, "[Civil] [Defence]")
		if !atmeh && !binnish {
			t.Errorf("unexpected result %+v", r)
		}
	}
	code, out, _ = cli(t, dir, "search", "Ariha")
	if code != 0 || !strings.Contains(out, "Shelling near Ariha") || !strings.Contains(out, "2023-05-02") {
		t.Fatalf("search Ariha: exit %d, %q", code, out)
	}
	code, out, _ = cli(t, dir, "search", "--json", "nothinglikethis")
	if code != 0 || strings.TrimSpace(out) != "{\n  \"results\": []\n}" {
		t.Fatalf("empty search: exit %d, %q", code, out)
	}
}

func TestImportRejectsBadFilesAndKeepsTheRest(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"in/good.txt":   " date 2024-01-10 Drone strike near Sarmada\n\nTwo people were hurt, medics said.",
		"in/empty.txt":  "",
		"in/latin1.txt": "Caf\xe9 near Idlib",
		"in/binary.txt": "\x00\x01\x02 binary",
		"in/menu.html":  "<html><body><nav>Home</nav></body></html>",
	})
	big := strings.Repeat("word ", 1<<20+10) // over 5 MiB
	writeFiles(t, dir, map[string]string{"in/big.txt": big})

	code, out, errOut := cli(t, dir, "import", "in")
	if code != 1 {
		t.Fatalf("exit %d, want 1 when files were rejected", code)
	}
	if strings.TrimSpace(out) != "imported 1, duplicates 0, rejected 5" {
		t.Fatalf("summary %q", out)
	}
	for file, reason := range map[string]string{
		"empty.txt": "empty file", "latin1.txt": "not valid UTF-8", "binary.txt": "binary file",
		"menu.html": "no article text", "big.txt": "larger than",
	} {
		if !strings.Contains(errOut, file+": "+reason) {
			t.Errorf("stderr does not say %s: %s\n%s", file, reason, errOut)
		}
	}
}

func TestImportUsageErrors(t *testing.T) {
	dir := t.TempDir()
	if code, _, _ := cli(t, dir, "import"); code != 2 {
		t.Errorf("import with no path: exit %d, want 2", code)
	}
	if code, _, errOut := cli(t, dir, "import", "missing-folder"); code != 1 || !strings.Contains(errOut, "missing-folder") {
		t.Errorf("import of a missing path: exit %d, %q", code, errOut)
	}
	if code, _, _ := cli(t, dir, "nosuchcommand"); code != 2 {
		t.Errorf("unknown command: exit %d, want 2", code)
	}
	if code, _, errOut := cli(t, dir, "import", "-h"); code != 0 || !strings.Contains(errOut, "usage: idlibwatch import") {
		t.Errorf("import -h: exit %d, %q", code, errOut)
	}
}

// syncBuffer is a bytes.Buffer safe to read while the service writes logs.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestRunStartsAndStopsOnCancel(t *testing.T) {
	dir := t.TempDir()
	cfg := fmt.Sprintf("store: {driver: sqlite, dsn: %q}\nhttp: {listen: \"127.0.0.1:0\"}\nfeeds: []\n", filepath.Join(dir, "run.db"))
	writeFiles(t, dir, map[string]string{"idlibwatch.yaml": cfg})

	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"--config", filepath.Join(dir, "idlibwatch.yaml"), "run"}, strings.NewReader(""), &stdout, &stderr)
	}()
	deadline := time.After(20 * time.Second)
	for !strings.Contains(stderr.String(), "http listening") {
		select {
		case code := <-done:
			t.Fatalf("run exited early with %d: %s", code, stderr.String())
		case <-deadline:
			t.Fatalf("run did not start: %s", stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("run exit %d after cancel: %s", code, stderr.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("run did not stop after cancel")
	}
	if !strings.Contains(stderr.String(), "idlibwatch stopped") {
		t.Errorf("no stop message in log: %s", stderr.String())
	}
}

func TestConfigFlagAfterTheCommand(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"bad.yaml": "store: {driver: sqlite, dsn: x.db}\nschedul: \"*/5 * * * *\"\n"})
	for _, args := range [][]string{
		{"config", "check", "--config", "bad.yaml"},
		{"--config", "bad.yaml", "config", "check"},
	} {
		code, _, errOut := cli(t, dir, args...)
		if code != 1 || !strings.Contains(errOut, "bad.yaml:2: schedul: unknown key") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
}
