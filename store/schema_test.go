package store_test

import (
	"context"
	"strings"
	"testing"

	"github.com/idlibwatch/idlibwatch/store"
	"github.com/idlibwatch/idlibwatch/store/storetest"
)

// TestPostgresMissingSchemaIsNamed: a DSN whose search_path names a schema
// that does not exist fails to open with what to do, not only PostgreSQL's
// "no schema has been selected to create in".
func TestPostgresMissingSchemaIsNamed(t *testing.T) {
	dsn := storetest.PostgresDSN(t)
	missing := strings.Replace(dsn, "search_path=idlibwatch_test_", "search_path=idlibwatch_missing_", 1)
	if missing == dsn {
		t.Fatalf("no search_path in the test DSN %q", dsn)
	}
	s, err := store.Open(context.Background(), "postgres", missing)
	if err == nil {
		s.Close()
		t.Fatal("opened a store in a schema that does not exist")
	}
	if !strings.Contains(err.Error(), "does not exist (create it first: CREATE SCHEMA") {
		t.Errorf("error does not say the schema is missing: %v", err)
	}
}
