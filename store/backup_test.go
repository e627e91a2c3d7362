package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/articles"
	"github.com/idlibwatch/idlibwatch/events"
	"github.com/idlibwatch/idlibwatch/store/storetest"
)

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

func countArticles(t *testing.T, s *Store) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow(`SELECT COUNT(*) FROM articles`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// A backup taken while the service runs, with the latest writes still in
// the write-ahead log, restores everything: restore is copying the backup
// over the database file (with the service stopped and no -wal or -shm left
// beside it). A copy of the running database file alone would miss them.
func TestBackupWhileRunningRestoresEverything(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	live := filepath.Join(dir, "live.db")
	s, err := Open(ctx, "sqlite", live)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const n = 40
	for i := range n {
		text := fmt.Sprintf("Report %d: shelling near Ariha wounded %d people.", i, i+2)
		mustInsert(t, s, articles.Article{Title: fmt.Sprintf("Report %d", i), Text: text, ContentHash: articles.Hash(text), Fetched: time.Now()})
	}
	if err := s.InTx(ctx, func(tx *Tx) error {
		_, err := tx.InsertAlert(ctx, alerts.Alert{EventID: 1, Class: events.New})
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(live + "-wal"); err != nil {
		t.Fatalf("no write-ahead log beside the running database: %v", err)
	}

	// The naive way, for contrast: the database file alone.
	naive := filepath.Join(dir, "naive.db")
	copyFile(t, live, naive)
	ns, err := Open(ctx, "sqlite", naive)
	if err != nil {
		t.Fatal(err)
	}
	if got := countArticles(t, ns); got == n {
		t.Fatalf("the naive copy has all %d articles: the test's writes were checkpointed, so it proves nothing", n)
	}
	ns.Close()

	backup := filepath.Join(dir, "backup.db")
	info, err := s.Backup(ctx, backup)
	if err != nil {
		t.Fatal(err)
	}
	if info.Articles != n || info.Alerts != 1 || info.Bytes == 0 {
		t.Errorf("backup info %+v", info)
	}
	// The service keeps writing after the backup: the backup is a snapshot.
	mustInsert(t, s, articles.Article{Title: "after", Text: "after the backup", ContentHash: "after", Fetched: time.Now()})

	// Restore: a fresh database file from the backup.
	restored := filepath.Join(dir, "restored.db")
	copyFile(t, backup, restored)
	rs, err := Open(ctx, "sqlite", restored)
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	if got := countArticles(t, rs); got != n {
		t.Errorf("restored %d articles, want %d", got, n)
	}
	if as, err := rs.Alerts(ctx, AlertFilter{}); err != nil || len(as) != 1 {
		t.Errorf("restored alerts %v %v", as, err)
	}
	hits, err := rs.Search(ctx, "Ariha", 10)
	if err != nil || len(hits) == 0 {
		t.Errorf("search in the restored database: %d hits, %v", len(hits), err)
	}

	// A backup never overwrites.
	if _, err := s.Backup(ctx, backup); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("backup over an existing file: %v", err)
	}
}

func TestBackupOnPostgresSaysPgDump(t *testing.T) {
	dsn := storetest.PostgresDSN(t)
	s, err := Open(context.Background(), "postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Backup(context.Background(), filepath.Join(t.TempDir(), "x.db")); !errors.Is(err, ErrBackupPostgres) || !strings.Contains(err.Error(), "pg_dump") {
		t.Errorf("got %v", err)
	}
}

// makeReadOnly makes file unwritable even for root (chattr +i) or, for
// others, by its mode; it skips the test when neither is possible.
func makeReadOnly(t *testing.T, file string) {
	t.Helper()
	if os.Geteuid() != 0 {
		if err := os.Chmod(file, 0o444); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(file, 0o644) })
		return
	}
	if out, err := exec.Command("chattr", "+i", file).CombinedOutput(); err != nil {
		t.Skipf("cannot make a file read-only as root here (chattr +i: %v %s)", err, out)
	}
	t.Cleanup(func() { exec.Command("chattr", "-i", file).Run() })
}

// The defect: a read-only database was reported as "disk I/O error (778)".
func TestReadOnlyDatabaseSaysSo(t *testing.T) {
	ctx := context.Background()
	file := filepath.Join(t.TempDir(), "ro.db")
	s, err := Open(ctx, "sqlite", file)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	makeReadOnly(t, file)
	s, err = Open(ctx, "sqlite", file)
	if err == nil {
		defer s.Close()
		_, _, err = s.AddFeed(ctx, Feed{URL: "https://example.org/feed"})
	}
	if !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), "read-only database: "+file+" cannot be written") {
		t.Fatalf("got %v, want a read-only database error", err)
	}
}

// A PostgreSQL that refuses writes (a standby, or read-only by default)
// says so too.
func TestReadOnlyPostgresSaysSo(t *testing.T) {
	ctx := context.Background()
	dsn := storetest.PostgresDSN(t)
	s, err := Open(ctx, "postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	// pgx sends unknown URL parameters as run-time settings.
	s, err = Open(ctx, "postgres", dsn+"&default_transaction_read_only=on")
	if err == nil {
		defer s.Close()
		_, _, err = s.AddFeed(ctx, Feed{URL: "https://example.org/feed"})
	}
	if !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), "read-only database: the PostgreSQL server refuses writes") {
		t.Fatalf("got %v, want a read-only database error", err)
	}
}
