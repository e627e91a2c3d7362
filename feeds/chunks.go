package feeds

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/mmcdole/gofeed"
)

// Limits on a feed document, so that a hostile one cannot make the parser's
// memory explode: gofeed builds a tree of every unknown element (about 350
// bytes each) and a large struct per item, so a 7 MB document of 10⁶ nested
// elements took ~300 MiB. The document is split into its items first, by a
// scanner that holds nothing per element, and gofeed parses a few items at a
// time.
const (
	maxDepth        = 256     // element nesting; Atom's XHTML content rarely passes 30
	maxItems        = 50_000  // items (entries) of one document
	maxItemElements = 10_000  // elements inside one item: more and the item is skipped
	maxHeadElements = 10_000  // elements outside the items
	maxItemBytes    = 2 << 20 // one item's markup: more and it is skipped
	maxHeadBytes    = 1 << 20 // the document outside its items
	chunkItems      = 256     // items handed to gofeed at once, or fewer so that
	chunkElements   = 20_000  // one parse holds this many elements at most
	chunkBytes      = 1 << 20 // and this much text (gofeed holds ~9 times it)
)

// errLimit says a document broke one of the limits.
var errLimit = errors.New("over the parser's limits")

// chunked parses a feed document a few items at a time and calls fn with
// each parse, in document order; a document without items is parsed
// once, whole. An item gofeed cannot read (a wrongly typed JSON field, XML
// that breaks inside one item) is skipped, as is an item over the limits:
// chunked returns how many were. The document itself failing to parse, or
// breaking the limits outside its items, is an error.
func chunked(body []byte, fn func(*gofeed.Feed)) (skipped int, err error) {
	var s splitter
	switch b := bytes.TrimSpace(body); {
	case len(b) > 0 && b[0] == '{':
		s, err = splitJSON(b)
	case len(b) > 0 && b[0] == '<':
		s, err = splitXML(b)
	default:
		s = wholeDoc(body)
	}
	if err != nil {
		return 0, err
	}
	skipped = s.skipped
	parse := func(doc []byte) (*gofeed.Feed, error) { return gofeed.NewParser().Parse(bytes.NewReader(doc)) }
	if s.n == 0 {
		gf, err := parse(s.build(0, 0))
		if err != nil {
			return 0, err
		}
		fn(gf)
		return skipped, nil
	}
	for lo := 0; lo < s.n; {
		hi := s.next(lo)
		gf, err := parse(s.build(lo, hi))
		if err == nil && len(gf.Items) == hi-lo {
			fn(gf)
			lo = hi
			continue
		}
		// Something in these items does not parse, or (gofeed is lenient)
		// swallowed the items after it; unless the document itself is
		// broken, each item is parsed alone.
		if _, herr := parse(s.build(0, 0)); herr != nil {
			if err != nil {
				return 0, err
			}
			fn(gf) // what gofeed made of it whole, as it always did
			lo = hi
			continue
		}
		for i := lo; i < hi; i++ {
			gf, err := parse(s.build(i, i+1))
			if err != nil || len(gf.Items) == 0 {
				skipped++
				continue
			}
			fn(gf)
		}
		lo = hi
	}
	return skipped, nil
}

// splitter cuts a document into a head (everything but the items) and its
// items, and builds documents of the head with a run of items put back.
type splitter struct {
	n       int // items
	skipped int // items left out for breaking the limits
	next    func(lo int) int
	build   func(lo, hi int) []byte
}

func wholeDoc(b []byte) splitter {
	return splitter{build: func(int, int) []byte { return b }}
}

// splitXML scans an RSS, RDF or Atom document for its items: the elements
// named item or entry (any prefix) at the depth of the first one, not
// inside another. It checks nesting depth and counts elements as it goes,
// keeping only the names of the open elements (slices of b). An end tag
// closes the open element of its name and any left open inside it, and a
// stray one is ignored, so that broken markup inside one item does not move
// the items' boundaries: gofeed then fails on that item alone.
func splitXML(b []byte) (splitter, error) {
	type span struct{ start, end, elements int }
	var (
		items       []span
		open        [][]byte // names of the open elements
		itemDepth   int      // depth of the items' elements; 0 until one is found
		inItem      bool
		cur         span
		headElems   int
		skipped     int
		maxExceeded bool
	)
	for i := 0; i < len(b); {
		lt := bytes.IndexByte(b[i:], '<')
		if lt < 0 {
			break
		}
		i += lt
		rest := b[i:]
		var end int // index just past the construct
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			end = indexAfter(rest, "-->")
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			end = indexAfter(rest, "]]>")
		case bytes.HasPrefix(rest, []byte("<?")):
			end = indexAfter(rest, "?>")
		case bytes.HasPrefix(rest, []byte("<!")):
			end = declEnd(rest)
		case bytes.HasPrefix(rest, []byte("</")):
			end = tagEnd(rest)
			if end > 0 {
				name := bytes.TrimSpace(rest[2 : end-1])
				for d := len(open) - 1; d >= 0; d-- {
					if bytes.Equal(open[d], name) {
						open = open[:d]
						break
					}
				}
			}
			if inItem && len(open) < itemDepth {
				inItem = false
				cur.end = i + end
				if end < 0 {
					cur.end = len(b)
				}
				items = append(items, cur)
			}
		default:
			end = tagEnd(rest)
			if end < 0 {
				break
			}
			selfClosing := end >= 2 && rest[end-2] == '/'
			if inItem {
				cur.elements++
			} else {
				headElems++
			}
			name := tagName(rest)
			if !selfClosing {
				if open = append(open, name); len(open) > maxDepth {
					return splitter{}, fmt.Errorf("%w: elements nested more than %d deep", errLimit, maxDepth)
				}
			}
			d := len(open) // the element's own depth
			if selfClosing {
				d++
			}
			if !inItem && isItemName(name) && (itemDepth == 0 || d == itemDepth) {
				headElems--
				itemDepth, cur = d, span{start: i, elements: 1}
				if selfClosing {
					cur.end = i + end
					items = append(items, cur)
				} else {
					inItem = true
				}
			}
		}
		if end < 0 {
			break // unterminated: gofeed will say what is wrong
		}
		i += end
		if headElems > maxHeadElements {
			return splitter{}, fmt.Errorf("%w: more than %d elements outside the items", errLimit, maxHeadElements)
		}
		if len(items) > maxItems {
			maxExceeded = true
			break
		}
	}
	if maxExceeded {
		return splitter{}, fmt.Errorf("%w: more than %d items", errLimit, maxItems)
	}
	if inItem { // unterminated last item: leave it to gofeed, as before
		cur.end = len(b)
		items = append(items, cur)
	}
	// Items over the per-item limits are skipped here, before gofeed sees
	// them.
	var kept []span
	for _, it := range items {
		if it.elements > maxItemElements || it.end-it.start > maxItemBytes {
			skipped++
			continue
		}
		kept = append(kept, it)
	}
	if len(items) == 0 {
		return wholeDoc(b), nil
	}
	// The head is the document with every item cut out (they are usually
	// contiguous); items go back where the first one was.
	head := make([]byte, 0, len(b)/8)
	prev := 0
	for _, it := range items {
		head = append(head, b[prev:it.start]...)
		prev = it.end
	}
	at := items[0].start
	head = append(head, b[prev:]...)
	if len(head) > maxHeadBytes {
		return splitter{}, fmt.Errorf("%w: more than %d bytes outside the items", errLimit, maxHeadBytes)
	}
	items = kept
	return splitter{
		n:       len(items),
		skipped: skipped,
		next: func(lo int) int {
			hi, elems, size := lo, 0, 0
			for hi < len(items) && hi-lo < chunkItems &&
				(hi == lo || elems+items[hi].elements <= chunkElements && size+items[hi].end-items[hi].start <= chunkBytes) {
				elems += items[hi].elements
				size += items[hi].end - items[hi].start
				hi++
			}
			return hi
		},
		build: func(lo, hi int) []byte {
			size := len(head)
			for _, it := range items[lo:hi] {
				size += it.end - it.start
			}
			doc := make([]byte, 0, size)
			doc = append(doc, head[:at]...)
			for _, it := range items[lo:hi] {
				doc = append(doc, b[it.start:it.end]...)
			}
			return append(doc, head[at:]...)
		},
	}, nil
}

func isItemName(name []byte) bool {
	if i := bytes.IndexByte(name, ':'); i >= 0 {
		name = name[i+1:]
	}
	return string(name) == "item" || string(name) == "entry"
}

// tagName is the name of the start tag at the beginning of b.
func tagName(b []byte) []byte {
	b = b[1:]
	for i, c := range b {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '>' {
			return b[:i]
		}
	}
	return b
}

// tagEnd returns the index just past the '>' closing the tag at the start of
// b, skipping quoted attribute values; -1 when there is none.
func tagEnd(b []byte) int { return markupEnd(b, false) }

// declEnd returns the index just past a <!DOCTYPE …> or other declaration,
// internal subset included; -1 when it is unterminated.
func declEnd(b []byte) int { return markupEnd(b, true) }

// markupEnd finds the '>' that ends the markup at the start of b, outside
// quotes and, if subset, outside [brackets].
func markupEnd(b []byte, subset bool) int {
	brackets := 0
	var quote byte
	for i := 1; i < len(b); i++ {
		switch c := b[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case subset && c == '[':
			brackets++
		case subset && c == ']':
			brackets--
		case c == '>' && brackets <= 0:
			return i + 1
		}
	}
	return -1
}

func indexAfter(b []byte, sep string) int {
	if i := bytes.Index(b, []byte(sep)); i >= 0 {
		return i + len(sep)
	}
	return -1
}

// splitJSON reads a JSON Feed's top level and its items as raw JSON, one
// item at a time, so that each can be parsed on its own and a document of
// too many items is refused before it is held; nesting is bounded by
// encoding/json (10,000 levels). A document it cannot read is left whole
// to gofeed, which says what is wrong.
func splitJSON(b []byte) (splitter, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	top := map[string]json.RawMessage{}
	var items []json.RawMessage
	skipped := 0
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return wholeDoc(b), nil
	}
	for dec.More() {
		tok, err := dec.Token()
		key, ok := tok.(string)
		if err != nil || !ok {
			return wholeDoc(b), nil
		}
		if key != "items" {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return wholeDoc(b), nil
			}
			top[key] = raw
			continue
		}
		if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
			return wholeDoc(b), nil
		}
		for dec.More() {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return wholeDoc(b), nil
			}
			if len(raw) > maxItemBytes {
				skipped++
				continue
			}
			if items = append(items, raw); len(items) > maxItems {
				return splitter{}, fmt.Errorf("%w: more than %d items", errLimit, maxItems)
			}
		}
		if _, err := dec.Token(); err != nil {
			return wholeDoc(b), nil
		}
	}
	if len(items) == 0 {
		return wholeDoc(b), nil
	}
	return splitter{
		n:       len(items),
		skipped: skipped,
		next: func(lo int) int {
			hi, size := lo, 0
			for hi < len(items) && hi-lo < chunkItems && (hi == lo || size+len(items[hi]) <= chunkBytes) {
				size += len(items[hi])
				hi++
			}
			return hi
		},
		build: func(lo, hi int) []byte {
			top["items"], _ = json.Marshal(items[lo:hi])
			doc, _ := json.Marshal(top)
			return doc
		},
	}, nil
}
