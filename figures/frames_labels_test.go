package figures

import "testing"

// Transcript labels: a broadcast role alone or with its holder's name
// in parentheses labels a turn, and once a text has labels a surname
// alone does too; a one-word dateline in a text with no labels does not.
var labelFrameCases = []attributionCase{
	{"en: a role with its holder's name in parentheses", "",
		"Evening Bulletin transcript\n\nHOST (Mara Quill): Good evening. Shelling on Kafr Lata has killed 9 people, among them 3 children.\n\nHOST: Thank you.",
		[]string{"killed/people 9 src=HOST (Mara Quill)", "killed/children 3 src=HOST (Mara Quill)"}},
	{"en: a surname alone after full-name labels", "",
		"Evening Bulletin transcript\n\nHOST (Mara Quill): Let's bring in the analyst Tomas Reyl. Tomas?\n\nREYL: Thank you. As far as I know, the raid killed 14 fighters of the brigade.\n\nHOST: Thank you.",
		[]string{"killed/combatants 14 src=REYL"}},
	{"en: a role alone opens a turn", "",
		"Evening Bulletin transcript\n\nREPORTER: I am standing outside the hospital. Doctors here have counted 6 dead.\n\nHOST: Thank you.",
		[]string{"killed/people 6 src=Doctors here"}},
	{"near-miss en: a one-word dateline is no label", "",
		"Shelling kills four in Kafr Lata\n\nBEIRUT: Shelling on Kafr Lata killed four civilians on Monday. Another strike hit a farm. It killed 2 shepherds.",
		[]string{"killed/civilians 4", "!killed/civilians 4 src=BEIRUT"}},
}

func TestLabelFrames(t *testing.T) { runAttribution(t, "label frames", labelFrameCases) }
