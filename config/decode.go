package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// decoder walks the YAML node tree against the Config struct itself rather
// than calling yaml.Unmarshal, so that it can keep going after a problem,
// name every key by its full path, and remember the line of every value.
type decoder struct {
	file     string
	lines    map[string]int
	bad      map[string]bool
	problems []Problem
}

// scalarParser is implemented by the typed values (Duration, Size) that are
// read from one scalar.
type scalarParser interface {
	parseScalar(s string) error
	expected() string
}

var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// document decodes data over c, whose values are the defaults.
func (d *decoder) document(data []byte, c *Config) {
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	err := dec.Decode(&root)
	if errors.Is(err, io.EOF) {
		return // an empty file: all defaults
	}
	if err == nil {
		// Only one document is read; a second one would be silently ignored.
		var next yaml.Node
		if dec.Decode(&next) == nil {
			d.problems = append(d.problems, Problem{File: d.file, Line: next.Line,
				Msg: "a second YAML document is not read (expected one document; remove the ---)"})
		}
	}
	if err != nil {
		p := Problem{File: d.file, Msg: "not valid YAML: " + strings.TrimPrefix(err.Error(), "yaml: ")}
		if m := yamlLineRE.FindStringSubmatch(err.Error()); m != nil {
			p.Line, _ = strconv.Atoi(m[1])
			p.Msg = "not valid YAML: " + m[2]
		}
		d.problems = append(d.problems, p)
		return
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return // an empty file: all defaults
	}
	n := root.Content[0]
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return // a file of comments only
	}
	d.value(n, reflect.ValueOf(c).Elem(), "")
}

func (d *decoder) fail(n *yaml.Node, key, format string, args ...any) {
	d.problems = append(d.problems, Problem{File: d.file, Line: n.Line, Key: key, Msg: fmt.Sprintf(format, args...)})
	if key != "" {
		d.bad[key] = true
	}
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return fmt.Sprintf("%q", n.Value)
	}
	return "something else"
}

var feedType = reflect.TypeOf(Feed{})

// value decodes n into v. A null leaves v as it was, so an empty key keeps its
// default.
func (d *decoder) value(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return
	}
	where := path
	if where == "" {
		where = "(top level)"
	}
	if p, ok := v.Addr().Interface().(scalarParser); ok {
		if n.Kind != yaml.ScalarNode {
			d.fail(n, path, "expected %s, got %s", p.expected(), kindName(n))
			return
		}
		if err := p.parseScalar(n.Value); err != nil {
			d.fail(n, path, "%v", err)
		}
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		// A feed may be written as its bare URL.
		if v.Type() == feedType && n.Kind == yaml.ScalarNode {
			v.FieldByName("URL").SetString(n.Value)
			return
		}
		if n.Kind != yaml.MappingNode {
			d.fail(n, path, "expected a mapping of keys to values, got %s", kindName(n))
			return
		}
		d.mapping(n, v, path)
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			d.fail(n, where, "expected a list, got %s", kindName(n))
			return
		}
		s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, item := range n.Content {
			ip := fmt.Sprintf("%s[%d]", path, i)
			d.lines[ip] = item.Line
			d.value(item, s.Index(i), ip)
		}
		v.Set(s)
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			d.fail(n, path, "expected a string, got %s", kindName(n))
			return
		}
		v.SetString(n.Value)
	case reflect.Bool:
		b, err := strconv.ParseBool(n.Value)
		if n.Kind != yaml.ScalarNode || err != nil {
			d.fail(n, path, "expected true or false, got %s", kindName(n))
			return
		}
		v.SetBool(b)
	case reflect.Int, reflect.Int64:
		i, err := strconv.ParseInt(n.Value, 10, 64)
		if n.Kind != yaml.ScalarNode || err != nil {
			d.fail(n, path, "expected a whole number, got %s", kindName(n))
			return
		}
		v.SetInt(i)
	default:
		// Only reachable if a field of a new type is added without support here.
		d.fail(n, path, "cannot decode into %s", v.Type())
	}
}

func (d *decoder) mapping(n *yaml.Node, v reflect.Value, path string) {
	fields := yamlFields(v.Type())
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.fail(k, path, "a key must be a plain name, got %s", kindName(k))
			continue
		}
		kp := joinKey(path, k.Value)
		if k.Value == "<<" {
			d.fail(k, path, "merge keys (<<) are not supported (expected the keys written out)")
			continue
		}
		if first, dup := seen[k.Value]; dup {
			d.fail(k, kp, "set twice (first on line %d); keep one", first)
			continue
		}
		seen[k.Value] = k.Line
		idx, ok := fields[k.Value]
		if !ok {
			d.fail(k, kp, "unknown key%s", suggest(k.Value, path, v.Type()))
			continue
		}
		d.lines[kp] = k.Line
		d.value(val, v.Field(idx), kp)
	}
}

func joinKey(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// yamlFields maps the YAML names of t's exported fields to their indexes.
func yamlFields(t reflect.Type) map[string]int {
	m := map[string]int{}
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "" || name == "-" {
			continue
		}
		m[name] = i
	}
	return m
}

// suggest says which known key was probably meant: a near spelling at the same
// level, or the same name at another level ("timeout" → "network.timeout").
func suggest(key, path string, t reflect.Type) string {
	norm := func(s string) string { return strings.ReplaceAll(strings.ToLower(s), "-", "_") }
	best, bestDist := "", 1<<30
	for name := range yamlFields(t) {
		dist := levenshtein(norm(key), name)
		if dist < bestDist || dist == bestDist && name < best {
			best, bestDist = name, dist
		}
	}
	if best != "" && (bestDist == 0 || bestDist <= 2 && bestDist*3 <= len(key)+1) {
		return fmt.Sprintf(" (did you mean %q?)", best)
	}
	var elsewhere []string
	for _, p := range allKeys(reflect.TypeOf(Config{}), "") {
		last := p[strings.LastIndex(p, ".")+1:]
		if last == norm(key) {
			elsewhere = append(elsewhere, p)
		}
	}
	switch len(elsewhere) {
	case 0:
	case 1:
		return fmt.Sprintf(" here (did you mean %q? it belongs under %s)",
			elsewhere[0], elsewhere[0][:strings.LastIndex(elsewhere[0], ".")])
	default:
		sort.Strings(elsewhere)
		return fmt.Sprintf(" here (did you mean %s?)", quoteJoin(elsewhere))
	}
	names := make([]string, 0)
	for name := range yamlFields(t) {
		names = append(names, name)
	}
	sort.Strings(names)
	in := "at the top level"
	if path != "" {
		in = "in " + path
	}
	return fmt.Sprintf(" (expected one of %s %s)", strings.Join(names, ", "), in)
}

func quoteJoin(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, " or ")
}

// allKeys lists every key path under t, lists written as "feeds[]".
func allKeys(t reflect.Type, path string) []string {
	var out []string
	for name, i := range yamlFields(t) {
		p := joinKey(path, name)
		out = append(out, p)
		ft := t.Field(i).Type
		if ft.Kind() == reflect.Slice {
			ft = ft.Elem()
			p += "[]"
		}
		if ft.Kind() == reflect.Struct {
			out = append(out, allKeys(ft, p)...)
		}
	}
	return out
}

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
