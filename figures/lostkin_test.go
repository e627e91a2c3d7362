package figures

import "testing"

// lostKinCases: a relative lost is a death (every set's gold counts one,
// told with a possessive, modifiers or a count, with no incident phrase
// after it), unless the clause puts it at another time or cause ("to
// cancer", "years ago", "during the war"); an age under 18 before the
// relative noun makes a child of it ("his 10-year-old nephew"), and twins
// are two. Sentences written for this test.
var lostKinCases = []readingCase{
	{"lost: a list after a name and age", "Omar Khalil, 41, lost his wife, his six-year-old son and two of his sisters.",
		[]string{"killed/women 1", "killed/children 1", "killed/women 2"}, false},
	{"lost: a relative with an age", "\"The planes came twice,\" said Samer, a baker who lost his 10-year-old nephew in the strike.",
		[]string{"killed/children 1"}, false},
	{"lost: a bare count of relatives", "\"It was a normal morning,\" said Fadi, a driver who said he lost three cousins.",
		[]string{"killed/people 3 src=Fadi"}, false},
	{"lost: twins and other relatives", "Hassan lost his mother, his 11-month-old twins and more than 15 other relatives.",
		[]string{"killed/women 1", "killed/children 2", "killed/people 16.."}, false},
	{"age: a daughter under 18", "The shell killed her eight-year-old daughter.",
		[]string{"killed/children 1"}, false},
	{"age near-miss: an adult brother", "The shell killed his 30-year-old brother.",
		[]string{"killed/people 1"}, false},
	{"lost near-miss: during the war", "Mariam lost her husband during the war and now raises four children alone.",
		nil, false},
	{"lost near-miss: to an illness", "Yusuf lost his mother to cancer two winters back.",
		nil, false},
	{"lost near-miss: things", "The farmer lost his home and his tractor in the strike.",
		nil, false},
	{"lost near-miss: what a relative owns", "Khaled lost his son's school fees and his brother's shop when the market burned.",
		nil, false},
	{"lost near-miss: a relative's relatives", "Ahmad, a baker, said he lost his uncle’s two children in the raid.",
		nil, false},
}

func TestLostKin(t *testing.T) { runReadingCases(t, "lost kin", lostKinCases) }
