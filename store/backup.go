package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
)

// ErrBackupPostgres is returned by Backup on PostgreSQL, whose own tool does
// it better.
var ErrBackupPostgres = errors.New("a PostgreSQL database is backed up with pg_dump: pg_dump --format=custom --file=idlibwatch.dump \"$IDLIBWATCH_STORE_DSN\" (restore with pg_restore --clean --dbname=\"$IDLIBWATCH_STORE_DSN\" idlibwatch.dump)")

// BackupInfo says what a backup holds.
type BackupInfo struct {
	File     string
	Bytes    int64
	Articles int
	Alerts   int
}

// Backup writes a consistent copy of the SQLite database to file, a new
// file, while the service keeps running: VACUUM INTO reads one snapshot,
// the write-ahead log included (a copy of the database file alone misses
// what the log holds). The copy is checked before Backup returns.
func (s *Store) Backup(ctx context.Context, file string) (BackupInfo, error) {
	if s.dialect.name != "sqlite" {
		return BackupInfo{}, ErrBackupPostgres
	}
	if _, err := os.Stat(file); err == nil {
		return BackupInfo{}, fmt.Errorf("store: backup: %s already exists (expected a new file)", file)
	}
	if _, err := s.db.ExecContext(ctx, `VACUUM INTO ?`, file); err != nil {
		return BackupInfo{}, fmt.Errorf("store: backup to %s: %w", file, err)
	}
	info, err := checkBackup(ctx, file)
	if err != nil {
		return BackupInfo{}, fmt.Errorf("store: backup to %s: the copy does not check: %w", file, err)
	}
	return info, nil
}

// checkBackup runs SQLite's integrity check on a backup, read-only, and
// counts what it holds.
func checkBackup(ctx context.Context, file string) (BackupInfo, error) {
	db, err := sql.Open("sqlite", "file:"+file+"?mode=ro")
	if err != nil {
		return BackupInfo{}, err
	}
	defer db.Close()
	var ok string
	if err := db.QueryRowContext(ctx, `PRAGMA quick_check`).Scan(&ok); err != nil {
		return BackupInfo{}, err
	}
	if ok != "ok" {
		return BackupInfo{}, fmt.Errorf("integrity check: %s", ok)
	}
	info := BackupInfo{File: file}
	if err := db.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM alerts)`).Scan(&info.Articles, &info.Alerts); err != nil {
		return BackupInfo{}, err
	}
	st, err := os.Stat(file)
	if err != nil {
		return BackupInfo{}, err
	}
	info.Bytes = st.Size()
	return info, nil
}
