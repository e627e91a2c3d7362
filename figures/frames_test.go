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
	{"a dateline town in capitals is no speaker", "",
		"Rockets hit Sarmin school\n\nSARMIN: Government rockets hit a school in Sarmin on Monday and killed 5 pupils, a local monitor said.",
		[]string{"killed/children 5 src=a local monitor", "!killed/children 5 src=SARMIN"}},
	{"a title that opens on a person's name quotes that person", "",
		"Erdogan: 3 Turkish soldiers killed in Idlib\n\nThe Turkish president spoke in Ankara on Monday.",
		[]string{"killed/troops 3 actor=Turkish src=Erdogan"}},
	{"a title that opens on a place names no speaker", "",
		"Khan Sheikhoun: 7 killed in air strike\n\nThe strike hit the town's market on Monday.",
		[]string{"killed/people 7"}},
	{"a title that opens on a page label names no speaker", "",
		"Exclusive: 4 killed in Binnish raid\n\nThe raid hit a house on Monday.",
		[]string{"killed/people 4"}},
	{"a possessive subject in a speaker's complement is the speaker's", "",
		"Ahmad Kanjo, who runs the Atmeh ambulance station, told reporters his crews had counted 12 dead at the scene.",
		[]string{"killed/people 12 src=Ahmad Kanjo", "!killed/people 12 src=reporters his crews"}},
	{"a possessive subject with no speaker before stays itself", "",
		"A man pulled from the rubble died in hospital on Monday, his family said.",
		[]string{"killed/people 1 src=his family"}},
	{"an apposition whose place has a comma of its own", "",
		"The Idlib Rights Desk (IRD), a small monitor based in Gaziantep, Turkey, said 14 people had died.",
		[]string{"killed/people 14 src=The Idlib Rights Desk", "!killed/people 14 src=a small monitor based in Gaziantep"}},
	{"a place before a comma and a description is no subject", "",
		"In Sarmin, a nurse said 3 children had died.",
		[]string{"killed/children 3 src=a nurse"}},
	{"the injury of N, beside the killing of N", "",
		"The network documented the killing of 14 civilians and the injury of about 60 others in the attack.",
		[]string{"killed/civilians 14 src=The network", "injured/people 60 ~ src=The network"}},
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
	{"also on the same day, in another town", "en", "2023-05-10",
		"Air strikes on Idlib city kill 11\n\nAir strikes hit a market in the city of Idlib on Wednesday and killed 11 civilians, rescuers said. The market was crowded at noon. Rescuers worked for hours. Shops burned. The city's hospital asked for blood donors.\n\nAlso on Wednesday, shelling killed two farmers in the village of Kansafra, a monitor said.",
		[]string{"killed 11", "killed 2 bg"}},
	{"also on the same day, naming no other place", "en", "2023-05-10",
		"Air strikes on Idlib city kill 11\n\nAir strikes hit a market in the city of Idlib on Wednesday and killed 11 civilians, rescuers said.\n\nAlso on Wednesday, rescuers pulled 3 more bodies from the rubble of the market.",
		[]string{"killed 11", "killed 3"}},
	{"a war total in a conflict told by its age", "en", "2019-03-02",
		"Shelling kills four in Maarat al-Numan\n\nGovernment shelling killed four people in Maarat al-Numan on Saturday, a monitor said.\n\nMore than 380,000 people have been killed during Syria's eight-year-old conflict.",
		[]string{"killed 4", "killed 380001 bg"}},
	{"a city outside northwest Syria in an update on it", "en", "2023-10-07",
		"Flash update: hostilities in northwest Syria\n\nPosted: 7 Oct 2023\n\nShelling hit 20 communities in northwest Syria on 6 October and killed 12 people, health partners said.\n\nOn 5 October, a car bomb in Homs city killed 30 people, according to the ministry.",
		[]string{"killed 12", "killed 30 bg"}},
}

func TestFramesBackground(t *testing.T) { runBackgroundArticles(t, framesBackground) }
