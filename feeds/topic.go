package feeds

import (
	"fmt"
	"strings"

	"github.com/idlibwatch/idlibwatch/places"
)

// Topic names.
const (
	TopicIdlib = "idlib" // the Idlib gazetteer
	TopicAll   = "all"   // every item is relevant
)

// Topic decides which items are relevant: those naming a place of the
// gazetteer or one of the extra terms, matched on whole normalized words.
type Topic struct {
	all   bool
	extra []string // normalized, padded with spaces
}

// NewTopic returns the topic filter named name with extra terms.
func NewTopic(name string, extra []string) (*Topic, error) {
	t := &Topic{}
	switch strings.ToLower(strings.TrimSpace(name)) {
	case TopicIdlib, "":
	case TopicAll:
		t.all = true
	default:
		return nil, fmt.Errorf("feeds: unknown topic %q (expected %q or %q)", name, TopicIdlib, TopicAll)
	}
	for _, e := range extra {
		if n := places.Normalize(e); n != "" {
			t.extra = append(t.extra, " "+n+" ")
		}
	}
	return t, nil
}

// Match reports whether any of the texts is on topic. Texts are tried in
// order, so the cheap ones (title, summary) should come first.
func (t *Topic) Match(texts ...string) bool {
	if t.all {
		return true
	}
	for _, s := range texts {
		if s == "" {
			continue
		}
		if places.Mentions(s) {
			return true
		}
		if len(t.extra) > 0 {
			n := " " + places.Normalize(s) + " "
			for _, e := range t.extra {
				if strings.Contains(n, e) {
					return true
				}
			}
		}
	}
	return false
}
