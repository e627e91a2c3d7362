package events

import (
	"encoding/binary"
	"hash/fnv"

	"github.com/idlibwatch/idlibwatch/reading"
)

// Syndicated copies of one wire story differ by a headline, a dateline, an
// outlet's footer ("this report was not edited by … staff") or a cut last
// paragraph. Their word 4-shingles mostly coincide, while two outlets'
// own stories on one incident share few; MinHash estimates that share
// (Jaccard resemblance) from a fixed-size sketch that the store can keep.

const (
	shingleWords = 4
	sketchSize   = 64
	// CopyResemblance is the estimated resemblance above which two texts are
	// one report: a short copy with a headline and a footer added
	// scores about 0.7, separate reports of one incident under 0.1.
	CopyResemblance = 0.5
)

// Sketch is the MinHash signature of a text's word shingles; nil for a
// text too short to have one.
type Sketch []uint32

// sketch computes the signature of normalized words.
func sketch(ws []string) Sketch {
	if len(ws) < shingleWords*3 {
		return nil
	}
	s := make(Sketch, sketchSize)
	for i := range s {
		s[i] = ^uint32(0)
	}
	h := fnv.New64a()
	for i := 0; i+shingleWords <= len(ws); i++ {
		h.Reset()
		for _, w := range ws[i : i+shingleWords] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		x := h.Sum64()
		for k := range s {
			// Each slot is a different hash function: x mixed with slot k.
			v := uint32(mix64(x ^ (uint64(k+1) * 0x9E3779B97F4A7C15)))
			if v < s[k] {
				s[k] = v
			}
		}
	}
	return s
}

// mix64 is the splitmix64 finalizer: it spreads every input bit over the output.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	return x
}

// Resemblance estimates the Jaccard resemblance of two texts from their
// sketches: the share of slots where their minima agree. 0 when either has
// no sketch.
func Resemblance(a, b Sketch) float64 {
	if len(a) != sketchSize || len(b) != sketchSize {
		return 0
	}
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / sketchSize
}

// IsCopy reports whether two texts are one syndicated report.
func IsCopy(a, b Sketch) bool { return Resemblance(a, b) >= CopyResemblance }

// SameNumbers reports whether two texts that resemble each other state the
// same numbers, as copies of one story do (a cut copy states fewer): outlets
// that fill one template for every strike differ in their tolls.
func SameNumbers(a, b *reading.Doc) bool {
	na, nb := numbers(a), numbers(b)
	if len(na) > len(nb) {
		na, nb = nb, na
	}
	for n := range na {
		if !nb[n] {
			return false
		}
	}
	return true
}

func numbers(d *reading.Doc) map[string]bool {
	out := map[string]bool{}
	for _, s := range prepare(d) {
		if boilerplate.any(s.toks) {
			continue
		}
		for _, t := range s.toks {
			if isNumber(t.w) {
				out[t.w] = true
			}
		}
	}
	return out
}

// Bytes encodes a sketch for storage.
func (s Sketch) Bytes() []byte {
	if len(s) == 0 {
		return nil
	}
	b := make([]byte, 4*len(s))
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// SketchFromBytes decodes a stored sketch.
func SketchFromBytes(b []byte) Sketch {
	if len(b) != 4*sketchSize {
		return nil
	}
	s := make(Sketch, sketchSize)
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s
}
