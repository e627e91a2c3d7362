package figures

import "github.com/idlibwatch/idlibwatch/reading"

// The rules that readTokens computes from wordClasses (arabicFacts, arStemOf),
// stated over the lexicons themselves: TestWordClasses and the stem tests
// hold the two equal. Only tests ask them.

// arStem strips the longest clitic prefix (reading.Stems), and then a
// possessive suffix, that leaves a lexicon word. readTokens reads the
// same rule from wordClasses (arStemOf); TestWordClasses holds the two
// equal.
func arStem(w string) string {
	arVocabOnce.Do(buildArVocab)
	if arVocab[w] {
		return w
	}
	stem := ""
	reading.Stems(w, false, func(st string, article bool) bool {
		if !arVocab[st] || article && !arSegVocab[st] {
			return true // a verb takes no article: التابع is not تابع
		}
		stem = st
		return false
	})
	if stem != "" {
		return stem
	}
	// a possessive or object suffix, with or without a prefix (arabic_morph.go)
	if r, ok := arSegment(w); ok {
		return r
	}
	reading.Stems(w, false, func(st string, article bool) bool {
		if len(st) <= 6 || article {
			return true // a noun with the article takes no possessive: المدرسة is not مدرس+ه
		}
		r, ok := arSegment(st)
		stem = r
		return !ok
	})
	if stem != "" {
		return stem
	}
	return w
}

// arNumberStart: can parseArabicNumber read a number from the word w (a
// unit, ten or hundred, with و or ب, or أحد)? It states the rule
// arabicFacts computes from wordClasses as tok.arN (TestWordClasses
// compares the two).
func arNumberStart(w string) bool {
	stem := arNumStem(w)
	if stem == "احد" || stem == "احدي" {
		return true
	}
	for _, m := range [...]map[string]int{arUnits, arTens, arHundreds} {
		if _, ok := m[w]; ok {
			return true
		}
		if _, ok := m[stem]; ok {
			return true
		}
	}
	return false
}

// arCountStart: can parseItem read a count from the Arabic word t: a
// qualifier, a number word, an ordinal, a vague count, a counted noun or a
// metric noun (a dual)? Other words open none, and quantity skips them.
// It states the rule arabicFacts computes from wordClasses as tok.arC
// (TestWordClasses compares the two).
func arCountStart(t tok) bool {
	in := func(index map[string][]int) bool {
		_, ok := index[t.w]
		if !ok {
			_, ok = index[stripWawBa(t.w)]
		}
		if !ok {
			_, ok = index[t.stem]
		}
		return ok
	}
	_, group := lookup(groupWords, t)
	return t.arN || t.mwi > 0 || group || ordinalWords[t.w] || in(qualIndex) || in(vagueIndex)
}
