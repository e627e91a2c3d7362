package feeds

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// The real-world documents in ../shared/feeds each parse, or fail with a
// message that says what is wrong.
func TestParseSharedFeeds(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "feeds")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Skipf("no shared feed documents (%v); testdata fixtures cover the same cases", err)
	}
	n := 0
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".xml") && !strings.HasSuffix(name, ".json") {
			continue
		}
		n++
		t.Run(name, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			f, err := Parse(body, "", "https://example.org/feeds/"+name)
			if err != nil {
				if !strings.Contains(err.Error(), ":") {
					t.Fatalf("error without detail: %v", err)
				}
				t.Logf("refused with: %v", err)
				return
			}
			if len(f.Items) == 0 {
				t.Fatalf("no items")
			}
			for i, it := range f.Items {
				for _, s := range []string{it.Title, it.Summary, it.Content, it.URL} {
					if !utf8.ValidString(s) || strings.ContainsRune(s, '\uFFFD') {
						t.Errorf("item %d: invalid text %q", i, s)
					}
				}
				if it.URL != "" && !strings.HasPrefix(it.URL, "http") {
					t.Errorf("item %d: relative URL %q", i, it.URL)
				}
			}
			t.Logf("%d items; first: title=%q url=%q published=%v guid=%q text=%.80q", len(f.Items), f.Items[0].Title, f.Items[0].URL, f.Items[0].Published, f.Items[0].GUID, f.Items[0].Text())
		})
	}
	if n == 0 {
		t.Skip("no feed documents in " + dir)
	}
}
