package figures

import "testing"

// TestArVocabAfterInits checks that the Arabic vocabulary holds the words
// every init adds to the lexicons (arabic_zero.go, arabic_victims.go run
// after the vocabulary used to be built), so that their forms with clitics
// are read as them.
func TestArVocabAfterInits(t *testing.T) {
	arStem("") // builds the vocabulary
	for name, words := range map[string][]string{
		"metricWords":  keysOf(metricWords),
		"groupWords":   keysOf(groupWords),
		"negHeads":     keysOf(negHeads),
		"arNegFillers": keysOf(arNegFillers),
	} {
		for _, w := range words {
			if w != "" && w[0] >= 0x80 && !arVocab[w] {
				t.Errorf("%s: %s is not in the Arabic vocabulary", name, w)
			}
		}
	}
	for in, want := range map[string]string{
		"ويسقط":    "يسقط",  // a negation filler: "ولم يسقط" written as one word after و
		"فتكن":     "تكن",   // likewise
		"ووفيات":   "وفيات", // "إصابات ووفيات"
		"بالوفيات": "وفيات",
		"واغتال":   "اغتال",
		"وسقطت":    "وسقطت", // no lexicon word under the clitic: no segmentation
	} {
		if got := arStem(in); got != want {
			t.Errorf("arStem(%s) = %s, want %s", in, got, want)
		}
	}
}

// TestForeignWord: the length filter lets every key of foreignWords
// through, and foreignWord answers as the map does.
func TestForeignWord(t *testing.T) {
	words := []string{"", "a", "iraq", "the", "بغداد", "وبغداد", "x"}
	for w := range foreignWords {
		words = append(words, w, w+"s", w[:len(w)-1])
	}
	for _, w := range words {
		g, ok := foreignWord(w)
		wg, wok := foreignWords[w]
		if g != wg || ok != wok {
			t.Errorf("foreignWord(%q) = %q, %v; the map has %q, %v", w, g, ok, wg, wok)
		}
	}
}
