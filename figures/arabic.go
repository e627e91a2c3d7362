package figures

// Arabic readings that the language-general code calls into.

// arNumberTail reads the part of a number after a scale word: "و824" in
// "71 ألفاً و824" (the و is its own token before digits), "وخمسمئة". It
// returns the value, below scale, and the tokens used.
func arNumberTail(ts []tok, k, scale int) (int, int) {
	if k+1 >= len(ts) || ts[k].w != "و" {
		return 0, 0
	}
	lo, hi, n, ok := parseNumber(ts, k+1)
	if !ok || lo != hi || lo >= scale || lo <= 0 {
		return 0, 0
	}
	return lo, 1 + n
}
