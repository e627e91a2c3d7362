package figures

import "strings"

var enUnits = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var enTens = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var enScales = map[string]int{"hundred": 100, "thousand": 1000, "million": 1000000, "dozen": 12}

// Arabic number words, normalized (see normWord). Units also combine with
// عشر/عشره into the teens.
var arUnits = map[string]int{
	"واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2,
	"اثنتا": 2, "اثنتي": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5,
	"ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9,
	"عشر": 10, "عشره": 10,
}

var arTens = map[string]int{
	"عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
	"خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
	"ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}

var arHundreds = map[string]int{
	"مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
	"مئتا": 200, "مائتا": 200, "مئتي": 200, "مائتي": 200, // the construct: "مئتا شخص"
	"ثلاثمئه": 300, "ثلاثمائه": 300, "اربعمئه": 400, "اربعمائه": 400, "خمسمئه": 500, "خمسمائه": 500,
	"ستمئه": 600, "ستمائه": 600, "سبعمئه": 700, "سبعمائه": 700, "ثمانمئه": 800, "ثمانمائه": 800,
	"تسعمئه": 900, "تسعمائه": 900,
	"الف": 1000, "الفا": 1000, "الفان": 2000, "الفين": 2000,
}

// digitsValue parses an ASCII digit token with optional thousands
// separators ("7,000", "1.500"). Decimals and mixed tokens fail.
func digitsValue(w string) (int, bool) {
	if w == "" || len(w) > 12 {
		return 0, false
	}
	v := 0
	group := -1 // digits since the last separator; -1 before any
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= '0' && c <= '9':
			v = v*10 + int(c-'0')
			if group >= 0 {
				group++
			}
		case c == ',' || c == '.':
			if group >= 0 && group != 3 {
				return 0, false
			}
			if i == 0 {
				return 0, false
			}
			group = 0
		default:
			return 0, false
		}
	}
	if group >= 0 && group != 3 {
		return 0, false
	}
	return v, true
}

// parseNumber reads a number at ts[i]: digits ("13", "7,000", "10-15"),
// English words ("nine", "twenty-one", "a dozen", "one hundred and five")
// or Arabic words ("سبعة عشر", "خمسة وعشرون"). It returns the bounds
// (equal unless a range), the number of tokens used and whether it found one.
func parseNumber(ts []tok, i int) (lo, hi, n int, ok bool) {
	if i < 0 || i >= len(ts) {
		// callers ask at "the next token", which a sentence's end may not
		// have: two crashes the fuzzer found were such asks
		return 0, 0, 0, false
	}
	t := ts[i]
	if t.k == kNum {
		w := t.w
		if k := strings.IndexByte(w, '-'); k > 0 {
			a, ok1 := digitsValue(w[:k])
			b, ok2 := digitsValue(w[k+1:])
			if ok1 && ok2 && a < b {
				return a, b, 1, true
			}
			return 0, 0, 0, false
		}
		v, ok := digitsValue(w)
		if ok && i+1 < len(ts) && ts[i+1].ar {
			// "200 ألف": digits with an Arabic scale word
			switch ts[i+1].w {
			case "الف", "الاف", "الفا":
				// "71 ألفاً و824": the thousands and the rest
				r, rn := arNumberTail(ts, i+2, 1000)
				return v*1000 + r, v*1000 + r, 2 + rn, true
			case "مليون", "ملايين":
				return v * 1000000, v * 1000000, 2, true
			}
		}
		return v, v, 1, ok
	}
	if t.k != kWord {
		return 0, 0, 0, false
	}
	if t.ar {
		v, n, ok := parseArabicNumber(ts, i)
		return v, v, n, ok
	}
	v, n, ok := parseEnglishNumber(ts, i)
	return v, v, n, ok
}

// arNumStem drops the و or ب a first number word may carry (never the
// article: الاثنين is Monday).
func arNumStem(w string) string {
	if strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ب") {
		return w[len("و"):]
	}
	return w
}

func parseEnglishNumber(ts []tok, i int) (int, int, bool) {
	j := i
	total, cur := 0, 0
	seen := false
	if ts[j].w == "half" && j+2 < len(ts) && ts[j+1].w == "a" && ts[j+2].w == "dozen" {
		return 6, 3, true
	}
	if ts[j].w == "half" && j+2 < len(ts) && ts[j+1].w == "a" && ts[j+2].w == "million" {
		return enScales[ts[j+2].w] / 2, 3, true // "half a million"
	}
	if ts[j].w == "a" || ts[j].w == "an" {
		if j+1 < len(ts) {
			if s, ok := enScales[ts[j+1].w]; ok {
				cur = s
				seen = true
				j += 2
			}
		}
		if !seen {
			return 0, 0, false
		}
	}
	for j < len(ts) && ts[j].k == kWord && !ts[j].ar {
		w := ts[j].w
		if !isNumberWord(w) {
			break
		}
		if w == "and" && seen && (cur >= 100 || total > 0) && j+1 < len(ts) {
			nw := ts[j+1].w
			if _, ok := enUnits[nw]; ok {
				j++
				continue
			}
			if _, ok := enTens[firstPart(nw)]; ok {
				j++
				continue
			}
			break
		}
		parts := strings.Split(w, "-")
		consumed := true
		for _, p := range parts {
			if v, ok := enUnits[p]; ok {
				if !(cur%100 == 0 || (cur%100 >= 20 && cur%10 == 0 && v < 10)) {
					consumed = false
					break
				}
				cur += v
			} else if v, ok := enTens[p]; ok {
				if cur%100 != 0 {
					consumed = false
					break
				}
				cur += v
			} else if v, ok := enScales[p]; ok && seen {
				switch {
				case v == 12:
					cur *= 12
				case v >= 1000:
					total += cur * v
					cur = 0
				default:
					cur *= v
				}
			} else {
				consumed = false
				break
			}
			seen = true
		}
		if !consumed {
			break
		}
		j++
	}
	if !seen || j == i {
		return 0, 0, false
	}
	return total + cur, j - i, true
}

// isNumberWord: may w be (part of) an English number? A cheap test before
// splitting compounds like "twenty-one".
// It asks numberFilter first: most words are no number.
func isNumberWord(w string) bool {
	mwordOnce.Do(buildMwords) // numberFilter and wordClasses
	if numberFilter.May(w) && classesOf(w).cls&cNumberWord != 0 {
		return true // "and", a key of enUnits, enTens or enScales
	}
	if k := strings.IndexByte(w, '-'); k > 0 && numberFilter.May(w[:k]) {
		_, ok := enTens[w[:k]]
		return ok
	}
	return false
}

func firstPart(w string) string {
	if k := strings.IndexByte(w, '-'); k > 0 {
		return w[:k]
	}
	return w
}

func parseArabicNumber(ts []tok, i int) (int, int, bool) {
	if !ts[i].arN {
		return 0, 0, false // most words: no number word opens them
	}
	w := ts[i].w
	val, n := 0, 0
	stem := arNumStem(w)
	first := func(m map[string]int) (int, bool) {
		if v, ok := m[w]; ok {
			return v, true
		}
		v, ok := m[stem]
		return v, ok
	}
	next := func(j int, m map[string]int) (int, bool) {
		if j >= len(ts) || !ts[j].ar {
			return 0, false
		}
		nw := ts[j].w
		if v, ok := m[nw]; ok {
			return v, true
		}
		if strings.HasPrefix(nw, "و") {
			if v, ok := m[nw[len("و"):]]; ok {
				return v, true
			}
		}
		return 0, false
	}
	isTeenTail := func(j int) bool {
		return j < len(ts) && (ts[j].w == "عشر" || ts[j].w == "عشره")
	}
	switch {
	case (stem == "احد" || stem == "احدي") && isTeenTail(i+1):
		val, n = 11, 2
	case (stem == "احد" || stem == "احدي") && arOneOf(ts, i+1):
		val, n = 1, 1 // "أحد جنوده", "إحدى النساء": one of them (arabic_morph.go)
	default:
		if v, ok := first(arUnits); ok {
			val, n = v, 1
			if v < 10 && isTeenTail(i+1) {
				val, n = v+10, 2
			} else if t, ok := next(i+1, arTens); ok && v < 10 && strings.HasPrefix(ts[i+1].w, "و") {
				val, n = v+t, 2
			} else if h, ok := next(i+1, arHundreds); ok && v < 10 && !strings.HasPrefix(ts[i+1].w, "و") {
				val, n = v*h, 2
			} else if i+1 < len(ts) && v < 10 && (ts[i+1].w == "الاف" || ts[i+1].w == "الف") {
				val, n = v*1000, 2
			}
		} else if v, ok := first(arTens); ok {
			val, n = v, 1
		} else if v, ok := first(arHundreds); ok {
			val, n = v, 1
			// مئة وعشرون, ألف ومئتان
			if t, ok := next(i+1, arTens); ok && strings.HasPrefix(ts[i+1].w, "و") {
				val, n = v+t, 2
			} else if u, ok := next(i+1, arUnits); ok && strings.HasPrefix(ts[i+1].w, "و") {
				val, n = v+u, 2
			}
		} else {
			return 0, 0, false
		}
	}
	return val, n, true
}
