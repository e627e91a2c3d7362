// Package store keeps the corpus: articles, figures, feeds, events, claims
// and the alert outbox. One Store type serves both backends (SQLite by
// default, PostgreSQL when one machine is not enough) through database/sql;
// what differs between them (placeholders, migrations, full-text search,
// write serialization) sits behind a dialect, so callers never know which
// one they talk to. Callers declare the small interfaces they need; Store
// satisfies them.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx": pure Go, maintained, native protocol
	_ "modernc.org/sqlite"             // pure-Go SQLite driver: CGO_ENABLED=0 builds
)

//go:embed migrations
var migrations embed.FS

// ErrNotFound is returned when a looked-up row does not exist.
var ErrNotFound = errors.New("not found")

// scanAll reads every row with scan and closes rows. Its errors are bare:
// the caller says what the query was for.
func scanAll[T any](rows *sql.Rows, scan func(interface{ Scan(...any) error }) (T, error)) ([]T, error) {
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// lookupErr wraps the error of a one-row lookup with what was looked up
// (format and args), turning a missing row into ErrNotFound. It is nil
// when err is.
func lookupErr(err error, format string, args ...any) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	return fmt.Errorf("store: "+format+": %w", append(args, err)...)
}

// Store is the corpus database.
type Store struct {
	db      *sql.DB
	dialect dialect
	file    string // the SQLite file; "" on PostgreSQL
}

type dialect struct {
	name         string // "sqlite" or "postgres"
	dollarParams bool   // $1, $2 … instead of ?
}

// Open opens (creating if needed) the database and applies every pending
// migration. driver is "sqlite" (dsn: a file path) or "postgres" (dsn: a
// postgres:// URL or key=value string; search_path picks the schema).
func Open(ctx context.Context, driver, dsn string) (*Store, error) {
	switch driver {
	case "sqlite", "":
		return openSQLite(ctx, dsn)
	case "postgres":
		return openPostgres(ctx, dsn)
	default:
		return nil, fmt.Errorf("store: unknown driver %q (expected sqlite or postgres)", driver)
	}
}

func openSQLite(ctx context.Context, file string) (*Store, error) {
	if file == "" {
		return nil, errors.New("store: sqlite needs a file name")
	}
	// WAL lets readers (lookups, the digest) run while the poller writes; the
	// busy timeout makes a writer wait for another instead of failing.
	dsn := "file:" + file + "?_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", file, err)
	}
	// SQLite has one writer at a time; a small pool avoids lock churn.
	db.SetMaxOpenConns(4)
	s := &Store{db: db, dialect: dialect{name: "sqlite"}, file: file}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

func openPostgres(ctx context.Context, dsn string) (*Store, error) {
	if dsn == "" {
		return nil, errors.New("store: postgres needs a DSN (postgres://user@host:5432/db)")
	}
	// The DSN is not in the errors: it may hold a password.
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open postgres: %w", err)
	}
	// Writers are serialized anyway (see InTx); the pool is for readers (the
	// bot's lookups, digests) running beside the poller. Connections are
	// recycled so that a failover or a restarted server is picked up.
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(4)
	db.SetConnMaxLifetime(30 * time.Minute)
	db.SetConnMaxIdleTime(5 * time.Minute)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: connect to postgres: %w", err)
	}
	s := &Store{db: db, dialect: dialect{name: "postgres", dollarParams: true}}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Driver names the backend: "sqlite" or "postgres".
func (s *Store) Driver() string { return s.dialect.name }

// migrate applies, in order and each in its own transaction, the embedded
// migrations the database has not seen yet. Whether a migration was applied
// is read inside its transaction, which InTx serializes, so two processes
// starting at once apply each migration once.
func (s *Store) migrate(ctx context.Context) error {
	err := s.InTx(ctx, func(tx *Tx) error {
		_, err := tx.tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied BIGINT NOT NULL)`)
		return err
	})
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "3F000" { // invalid_schema_name: search_path names no schema that exists
		return fmt.Errorf("store: create the tables: the schema that search_path in the DSN names does not exist (create it first: CREATE SCHEMA name): %w", err)
	}
	if err != nil {
		return fmt.Errorf("store: create schema_migrations: %w", err)
	}
	dir := path.Join("migrations", s.dialect.name)
	entries, err := fs.ReadDir(migrations, dir)
	if err != nil {
		return fmt.Errorf("store: read migrations: %w", err)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".sql") {
			continue
		}
		num, _, _ := strings.Cut(name, "_")
		version, err := strconv.Atoi(num)
		if err != nil {
			return fmt.Errorf("store: migration %s: name must start with a number", name)
		}
		body, err := migrations.ReadFile(path.Join(dir, name))
		if err != nil {
			return fmt.Errorf("store: read migration %s: %w", name, err)
		}
		err = s.InTx(ctx, func(tx *Tx) error {
			var n int
			if err := tx.queryRow(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = ?`, version).Scan(&n); err != nil || n > 0 {
				return err
			}
			// No arguments: both drivers run the file's statements as one
			// script (pgx through the simple protocol).
			if _, err := tx.tx.ExecContext(ctx, string(body)); err != nil {
				return err
			}
			_, err := tx.exec(ctx, `INSERT INTO schema_migrations(version, name, applied) VALUES (?, ?, ?)`, version, name, time.Now().Unix())
			return err
		})
		if err != nil {
			return fmt.Errorf("store: apply migration %s: %w", name, err)
		}
	}
	return nil
}

// Migrations lists the applied migration versions, oldest first.
func (s *Store) Migrations(ctx context.Context) ([]int, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT version FROM schema_migrations ORDER BY version`)
	if err != nil {
		return nil, fmt.Errorf("store: list migrations: %w", err)
	}
	defer rows.Close()
	var vs []int
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		vs = append(vs, v)
	}
	return vs, rows.Err()
}

// q rewrites a query written with ? placeholders for the backend.
func (s *Store) q(query string) string { return s.dialect.rebind(query) }

func (d dialect) rebind(query string) string {
	if !d.dollarParams {
		return query
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}

// Tx is a database transaction; everything written through one Tx lands
// together or not at all (an article, its figures, its claims and alerts).
type Tx struct {
	tx *sql.Tx
	s  *Store
}

// like is the operator of a case-insensitive LIKE: SQLite's LIKE folds
// ASCII case, PostgreSQL's does not.
func (d dialect) like() string {
	if d.name == "postgres" {
		return "ILIKE"
	}
	return "LIKE"
}

// pgWriteLock is the first key of the advisory lock InTx takes on
// PostgreSQL (an arbitrary constant naming idlibwatch); the second is the
// schema's hash, so that stores in different schemas of one database (tests,
// staging beside production) do not wait for each other.
const pgWriteLock = 0x1d11b

// serialize makes a transaction wait for every other store transaction on
// the same database (PostgreSQL: the same schema) to end. Event matching and
// ledger classification read the state, decide, then write (a new event, a
// claim's class): two of them at once could both open the same incident or
// classify against a ledger missing the other's claims. SQLite gives one writer at a time
// (_txlock=immediate); on PostgreSQL the simplest correct equivalent is a
// transaction-scoped advisory lock taken before the first read, so every
// read sees what the previous transaction committed. It is released at
// commit or rollback. Readers outside InTx are not blocked.
func (d dialect) serialize(ctx context.Context, tx *sql.Tx) error {
	if d.name != "postgres" {
		return nil
	}
	_, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1, hashtext(COALESCE(current_schema(), '')))`, pgWriteLock)
	return err
}

// InTx runs fn in a transaction, committing when it returns nil. Store
// transactions run one at a time (see dialect.serialize).
func (s *Store) InTx(ctx context.Context, fn func(tx *Tx) error) error {
	sqlTx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return s.readOnly(fmt.Errorf("store: begin: %w", err))
	}
	if err := s.dialect.serialize(ctx, sqlTx); err != nil {
		sqlTx.Rollback()
		return s.readOnly(fmt.Errorf("store: wait for other writers: %w", err))
	}
	if err := fn(&Tx{tx: sqlTx, s: s}); err != nil {
		sqlTx.Rollback()
		return s.readOnly(err)
	}
	if err := sqlTx.Commit(); err != nil {
		return s.readOnly(fmt.Errorf("store: commit: %w", err))
	}
	return nil
}

func (tx *Tx) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return tx.tx.ExecContext(ctx, tx.s.q(query), args...)
}

func (tx *Tx) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return tx.tx.QueryContext(ctx, tx.s.q(query), args...)
}

func (tx *Tx) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	return tx.tx.QueryRowContext(ctx, tx.s.q(query), args...)
}

// unix turns a time into a nullable Unix-seconds column value.
func unix(t time.Time) sql.NullInt64 {
	if t.IsZero() {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: t.Unix(), Valid: true}
}

// fromUnix is the inverse of unix.
func fromUnix(n sql.NullInt64) time.Time {
	if !n.Valid {
		return time.Time{}
	}
	return time.Unix(n.Int64, 0).UTC()
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
