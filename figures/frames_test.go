package figures

import "testing"

// Report frames and speakers across outlets' styles (q-frames round):
// a quotation that opens a new sentence after a period keeps the speaker
// named after it, a name with a particle ("al-Hassan") is read whole as
// the speaker of an inverted frame. Written for these tests; the wants
// use the short form of extract_test.go ("!" = must not be among them).
var framesCases = []attributionCase{
	{"an opening quotation after a period: the speaker after it", "",
		`The Sarmin rescue team said it pulled 8 people from the rubble. "Nobody was killed, but the old man lost his leg," said Khaled al-Hassan, a team leader.`,
		[]string{"killed/people 0 src=Khaled al-Hassan", "!killed/people 0 src=The Sarmin rescue team"}},
	{"a quotation spanning sentences after an opening one", "",
		`"Twelve were brought in before noon," said Dr Rami Salloum, who runs the ward. "The burns were terrible. Two boys died overnight."`,
		[]string{"killed/children 2 src=Dr Rami Salloum"}},
	{"a name with a particle is no verb", "",
		"Two children were wounded, said Hussein al-Ahmed, a paramedic in Binnish.",
		[]string{"injured/children 2 src=Hussein al-Ahmed"}},
}

func TestFrames(t *testing.T) { runAttribution(t, "frames", framesCases) }

// framesBackground: the own incident against the page's frame — a wire
// dateline names where the reporter writes from, not another country's
// incident. Mini-articles written for these tests.
var framesBackground = []backgroundArticle{
	{"a wire dateline is no foreign incident", "en", "2023-05-09",
		"Shelling kills six in Kafr Nabl, monitor says\n\nBEIRUT (Wirefeed) - Government shelling on Kafr Nabl in Idlib province killed six people on Tuesday, including two children, a monitoring group said.",
		[]string{"killed 6", "killed 2"}},
	{"two datelines joined by a slash", "en", "2023-05-09",
		"Strike on Sarmin market kills nine\n\nAMMAN/BEIRUT: An air strike on a market in Sarmin killed nine people on Tuesday, rescuers said.",
		[]string{"killed 9"}},
	{"a foreign place in the figure's clause still tells another incident", "en", "2023-05-09",
		"Strike on Sarmin market kills nine\n\nAn air strike on a market in Sarmin killed nine people on Tuesday, rescuers said. A bomb in Baghdad killed four people the same day.",
		[]string{"killed 9", "killed 4 bg"}},
}

func TestFramesBackground(t *testing.T) { runBackgroundArticles(t, framesBackground) }
