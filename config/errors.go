package config

import (
	"sort"
	"strconv"
	"strings"
)

// Problem is one thing wrong with a config.
type Problem struct {
	File string // the config file; "" when the value did not come from one
	Line int    // 1-based line in File; 0 when unknown
	Env  string // the environment variable the value came from, if any
	Key  string // full key path, such as "feeds[0].schedule"; "" for the file as a whole
	Msg  string // what was wrong and what was expected
}

// String formats the problem as FILE:LINE: KEY: MESSAGE, or $ENV: KEY: MESSAGE
// for a value from the environment.
func (p Problem) String() string {
	var b strings.Builder
	switch {
	case p.Env != "":
		b.WriteString("$" + p.Env + ": ")
	case p.File != "" && p.Line > 0:
		b.WriteString(p.File + ":" + strconv.Itoa(p.Line) + ": ")
	case p.File != "":
		b.WriteString(p.File + ": ")
	}
	if p.Key != "" {
		b.WriteString(p.Key + ": ")
	}
	b.WriteString(p.Msg)
	return b.String()
}

// Error is every problem Load or Validate found. Use errors.As to get it.
type Error struct {
	Problems []Problem
}

// Error lists the problems one per line.
func (e *Error) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// sortProblems orders problems as they appear in the file; problems from the
// environment or with no line come last, in the order they were found.
func sortProblems(ps []Problem) {
	sort.SliceStable(ps, func(i, j int) bool {
		li, lj := ps[i].Line, ps[j].Line
		if ps[i].Env != "" || li == 0 {
			li = 1 << 30
		}
		if ps[j].Env != "" || lj == 0 {
			lj = 1 << 30
		}
		return li < lj
	})
}
