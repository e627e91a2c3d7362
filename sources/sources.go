// Package sources is the registry of who says what: the organisations,
// people and kinds of source that casualty figures are attributed to, in
// English and Arabic, so that "SOHR", "the Syrian Observatory", "Rami Abdel
// Rahman" and "المرصد السوري" are one source. It is pure.
package sources

import (
	"strings"

	"github.com/idlibwatch/idlibwatch/places"
	"github.com/idlibwatch/idlibwatch/reading"
)

// Kind says what an entity is.
type Kind string

const (
	Organisation Kind = "organisation" // a named body; its people are mapped to it
	Generic      Kind = "generic"      // local sources, activists, residents, medics …: one per outlet
	Outlet       Kind = "outlet"       // the outlet speaking in its own voice
	Unknown      Kind = "unknown"      // a name the registry does not know: an entity of its own
)

// Entity is one source.
type Entity struct {
	ID   string `json:"id"`   // stable key: "sohr", "generic:activists@reuters", "outlet:reuters", "name:…"
	Name string `json:"name"` // as a desk reads it: "SOHR", "activists", "Reuters"
	Kind Kind   `json:"kind"`
}

type alias struct {
	words  []string // normalized
	entity int
}

// Registry resolves source names to entities. The zero value knows nothing;
// Default knows the sources of Idlib reporting.
type Registry struct {
	entities []Entity
	aliases  []alias
}

// Add registers an entity under its name and aliases; a name already known
// (as a name or alias) gets the aliases instead, so an operator can extend a
// built-in entity ("SOHR": ["Syrian Observatory monitor"]). It returns the
// entity.
func (r *Registry) Add(id, name string, kind Kind, aliases ...string) Entity {
	idx := -1
	if e, ok := r.known(name); ok {
		idx = e
	} else {
		if id == "" {
			id = "name:" + strings.Join(Words(name), " ")
		}
		idx = len(r.entities)
		r.entities = append(r.entities, Entity{ID: id, Name: name, Kind: kind})
		r.alias(name, idx)
	}
	for _, a := range aliases {
		r.alias(a, idx)
	}
	return r.entities[idx]
}

func (r *Registry) alias(a string, idx int) {
	if w := Words(a); len(w) > 0 {
		r.aliases = append(r.aliases, alias{words: w, entity: idx})
	}
}

// known finds the entity a whole name is an alias of.
func (r *Registry) known(name string) (int, bool) {
	w := strings.Join(Words(name), " ")
	if w == "" {
		return 0, false
	}
	for _, a := range r.aliases {
		if strings.Join(a.words, " ") == w {
			return a.entity, true
		}
	}
	return 0, false
}

// Resolve returns the entity a source, as a text names it, stands for. A
// named organisation anywhere in the name wins ("Pentagon spokesperson John
// Kirby" is the Pentagon); else a generic kind, scoped to the outlet that
// relays it (two outlets' "activists" are not one source); else the name is
// an entity of its own. An empty source is the outlet's own voice.
func (r *Registry) Resolve(source, outlet string) Entity {
	words := Words(source)
	if len(words) == 0 {
		// A body's own site in its own voice is that body: SOHR's page
		// saying 11 revises SOHR's 9 quoted by AFP, it does not contradict it.
		if i, ok := r.known(outlet); ok && r.entities[i].Kind == Organisation {
			return r.entities[i]
		}
		return OutletEntity(outlet)
	}
	best, bestPos, bestLen := -1, 0, 0
	for _, a := range r.aliases {
		pos := find(words, a.words)
		if pos < 0 {
			continue
		}
		e := r.entities[a.entity]
		if best >= 0 {
			b := r.entities[best]
			switch {
			case b.Kind == Organisation && e.Kind != Organisation:
				continue
			case (e.Kind == Organisation) == (b.Kind == Organisation) && (pos > bestPos || (pos == bestPos && len(a.words) <= bestLen)):
				continue
			}
		}
		best, bestPos, bestLen = a.entity, pos, len(a.words)
	}
	if best < 0 {
		return Entity{ID: "name:" + strings.Join(words, " "), Name: cleanName(source), Kind: Unknown}
	}
	e := r.entities[best]
	if e.Kind == Generic {
		e.ID += "@" + strings.Join(Words(outlet), " ")
	}
	return e
}

// OutletEntity is an outlet speaking in its own voice, named by the outlet.
func OutletEntity(outlet string) Entity {
	name := strings.TrimSpace(outlet)
	if name == "" {
		name = "the outlet"
	}
	return Entity{ID: "outlet:" + strings.Join(Words(outlet), " "), Name: name, Kind: Outlet}
}

// find returns where needle starts in words, -1 when it is not there.
func find(words, needle []string) int {
	for i := 0; i+len(needle) <= len(words); i++ {
		ok := true
		for j, w := range needle {
			if words[i+j] != w {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// Words folds a name for matching: places.Normalize (case, diacritics,
// Arabic letter forms), then articles dropped: "the", "a", "an", "al" and
// the Arabic ال with the clitics before it (reading.Unarticled), so "The Syrian Civil Defense" and
// "syrian civil defense", "المرصد السوري" and "مرصد سوري" match.
func Words(s string) []string {
	var out []string
	for _, w := range strings.Fields(places.Normalize(s)) {
		switch w {
		case "the", "a", "an", "al", "el":
			continue
		}
		out = append(out, reading.Unarticled(w))
	}
	return out
}

// cleanName is an unknown source's name as shown: trimmed, without a
// leading article.
func cleanName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, p := range []string{"The ", "the ", "A ", "a ", "An ", "an "} {
		if strings.HasPrefix(s, p) {
			return s[len(p):]
		}
	}
	return s
}
