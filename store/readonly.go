package store

import (
	"errors"
	"fmt"
	"os"

	"github.com/jackc/pgx/v5/pgconn"
	"modernc.org/sqlite"
)

// ErrReadOnly is returned (wrapped) by a write the database refuses because
// it cannot be written at all: a file, folder or disk that is read-only, or a
// PostgreSQL standby. Retrying does not help; the operator must act.
var ErrReadOnly = errors.New("read-only database")

// SQLite result codes (the low byte of an extended code).
const (
	sqliteReadOnly = 8  // SQLITE_READONLY and its extended codes
	sqliteIOErr    = 10 // SQLITE_IOERR: "disk I/O error (778)" is SQLITE_IOERR_WRITE
)

// readOnly says "read-only database" for an error that is one, keeping the
// driver's own words after it; other errors pass unchanged. SQLite reports
// a file it may not write as SQLITE_READONLY, but a folder or mount that
// refuses the write-ahead log as a bare I/O error: that one is read-only
// only when the file indeed cannot be opened for writing.
func (s *Store) readOnly(err error) error {
	if err == nil || errors.Is(err, ErrReadOnly) {
		return err
	}
	var se *sqlite.Error
	var pe *pgconn.PgError
	switch {
	case errors.As(err, &se) && se.Code()&0xff == sqliteReadOnly,
		errors.As(err, &se) && se.Code()&0xff == sqliteIOErr && !writable(s.file):
		return fmt.Errorf("%w: %s cannot be written (check the permissions of the file and its folder, and that the disk is mounted read-write): %w", ErrReadOnly, s.file, err)
	case errors.As(err, &pe) && pe.Code == "25006": // read_only_sql_transaction: a standby, or default_transaction_read_only
		return fmt.Errorf("%w: the PostgreSQL server refuses writes (a standby, or default_transaction_read_only is on): %w", ErrReadOnly, err)
	}
	return err
}

// writable reports whether file can be opened for writing.
func writable(file string) bool {
	if file == "" {
		return true
	}
	f, err := os.OpenFile(file, os.O_WRONLY, 0)
	if err != nil {
		return false
	}
	f.Close()
	return true
}
