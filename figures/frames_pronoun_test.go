package figures

import "testing"

// Pronoun speakers: "according to him" and "it said" stand for a speaker
// named before; a body named as the subject of the sentence just before,
// in the same paragraph, is the antecedent, not an earlier speaker.
var pronounFrameCases = []attributionCase{
	{"en: according to him after a named speaker", "",
		"Strikes on Kafr Lata\n\nAir strikes hit depots near Kafr Lata, Colonel Ivo Marsh said on Monday. According to him, 12 fighters were killed.",
		[]string{"killed/combatants 12 src=Colonel Ivo Marsh"}},
	{"en: a new body as the subject before a pronoun", "",
		"Clashes near Kafr Lata\n\nFour soldiers were killed in the attack, the Idlib Rights Desk said. The Northern Army Command gave a different account. In a statement, it said its units had killed 9 fighters.",
		[]string{"killed/combatants 9 src=The Northern Army Command", "!killed/combatants 9 src=the Idlib Rights Desk"}},
	{"near-miss en: the pronoun goes on with the speaker when no body is named between", "",
		"Clashes near Kafr Lata\n\nFour soldiers were killed in the attack, the Idlib Rights Desk said. The fighting lasted two hours. It said 9 fighters were also killed.",
		[]string{"killed/combatants 9 src=the Idlib Rights Desk"}},
	{"near-miss en: a body named in another paragraph is no antecedent", "",
		"Clashes near Kafr Lata\n\nFour soldiers were killed in the attack, the Idlib Rights Desk said. The Northern Army Command made no comment.\n\nIt said 9 fighters were also killed.",
		[]string{"killed/combatants 9 src=the Idlib Rights Desk"}},
}

func TestPronounFrames(t *testing.T) { runAttribution(t, "pronoun frames", pronounFrameCases) }
