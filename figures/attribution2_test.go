package figures

import "testing"

// Round 2 of attribution: a page that is the body's own (it is told
// things, it offers its own report in full), a witness whose words run
// past an outlet's dotted name or who "recounts" (يروي), a transcript label
// with the speaker's role after a comma, and a source that goes on over
// the next sentence or two of its paragraph. Same short form as
// attributionCases.
var attribution2Cases = []attributionCase{
	// 1. the page is the body's own: the one told is the outlet
	{"ar: a witness told the body: the body is the page", "",
		"تحديث: قصف على سوق معرة مصرين\n\nرصد مرصد الشمال لحقوق الإنسان مقتل 4 مدنيين جراء القصف. وقال أحد الباعة لمرصد الشمال لحقوق الإنسان: \"رأيت الدخان فوق السوق\".",
		[]string{"killed/civilians 4", "!killed/civilians 4 src=مرصد الشمال لحقوق الإنسان"}},
	{"ar: the observatory told, known by its short name", "",
		"غارة على سوق سراقب\n\nرصد المرصد السوري لحقوق الإنسان مقتل 6 مدنيين في الغارة، وقال أحد السكان للمرصد السوري إن الطائرة حلقت طويلاً.",
		[]string{"killed/civilians 6", "!killed/civilians 6 src=المرصد السوري لحقوق الإنسان"}},
	{"en: a doctor told the monitor: the monitor is the page", "",
		"Strike on Saraqib market\n\nThe Northern Rights Monitor documented the deaths of 7 civilians. A doctor at the field hospital told the Northern Rights Monitor that more bodies were expected.",
		[]string{"killed/civilians 7", "!killed/civilians 7 src=The Northern Rights Monitor"}},
	{"near-miss en: the monitor told an agency stays a source", "",
		"Strike on Saraqib market\n\nThe Northern Rights Monitor documented the deaths of 7 civilians, its director told AFP.",
		[]string{"killed/civilians 7 src=The Northern Rights Monitor"}},
	{"near-miss ar: the body named on another outlet's page", "",
		"غارة على سوق سراقب\n\nرصد المرصد السوري لحقوق الإنسان مقتل 6 مدنيين في الغارة، وقال أحد السكان لموقع شبكة الوادي إن الطائرة حلقت طويلاً.",
		[]string{"killed/civilians 6 src=المرصد السوري لحقوق الإنسان"}},
	{"near-miss en: told reporters names no outlet", "",
		"Strike on Saraqib market\n\nThe Northern Rights Monitor documented the deaths of 7 civilians. A doctor told reporters that more bodies were expected.",
		[]string{"killed/civilians 7 src=The Northern Rights Monitor"}},
	{"near-miss en: an assembly told is no publisher", "",
		"Envoy briefs council\n\nThe envoy told the UN Security Council that the fighting had worsened. The UN said 15 civilians were killed in the strikes.",
		[]string{"killed/civilians 15 src=The UN"}},
	{"near-miss ar: a council told is no publisher", "",
		"إحاطة أممية\n\nوقال المبعوث لمجلس الأمن الدولي إن القتال تصاعد. وأفادت الأمم المتحدة بمقتل 15 مدنياً في الغارات.",
		[]string{"killed/civilians 15 src=الأمم المتحدة"}},
	{"ar: the body's own report offered in full", "",
		"مقتل 40 مدنياً في شباط\n\nأصدرت رابطة توثيق الشمال اليوم تقريرها الشهري الذي وثق مقتل 40 مدنياً. وبحسب التقرير، قتلت قوات النظام 12 مدنياً.\n\nللاطلاع على التقرير كاملاً: (PDF)",
		[]string{"killed/civilians 12", "!killed/civilians 12 src=رابطة توثيق الشمال", "!killed/civilians 12 src=التقرير"}},
	{"en: the body's own report offered in full", "",
		"40 civilians killed in February\n\nThe Northern Documentation League released its monthly report today. According to the report, government forces killed 12 civilians.\n\nDownload the full report (PDF)",
		[]string{"killed/civilians 12", "!killed/civilians 12 src=The Northern Documentation League"}},
	{"near-miss en: a news page's link to read the report", "",
		"40 civilians killed in February\n\nThe Northern Documentation League released its monthly report today. According to the report, government forces killed 12 civilians.\n\nRead the full report here",
		[]string{"killed/civilians 12 src=The Northern Documentation League"}},
	{"near-miss ar: the report on another outlet's page is its author's", "",
		"مقتل 40 مدنياً في شباط\n\nأصدرت رابطة توثيق الشمال اليوم تقريرها الشهري. وبحسب التقرير، قتلت قوات النظام 12 مدنياً.",
		[]string{"killed/civilians 12 src=رابطة توثيق الشمال"}},

	// 2. a witness's own loss
	{"ar: a speaker who told an outlet with a dotted name", "",
		"وقال أبو خالد، وهو من سكان الحي، لـ\"الوادي.نت\" عبر الهاتف إن أخاه وزوجته قتلا تحت الأنقاض.",
		[]string{"killed/women 1 src=أبو خالد"}},
	{"ar: a dotted name before a plain report", "",
		"وأفاد ناشط لموقع الشمال.نت بأن 5 مدنيين قتلوا في القصف.",
		[]string{"killed/civilians 5 src=ناشط"}},
	{"ar: a witness recounts (يروي) that", "",
		"ويروي أبو سليم، وهو صاحب فرن قريب، أن 3 من عماله قتلوا في الانفجار.",
		[]string{"killed/people 3 src=أبو سليم"}},
	{"ar: a woman recounts (تروي) that", "",
		"وتروي أم محمد أن طفليها قتلا في الغارة.",
		[]string{"killed/children 2 src=أم محمد"}},

	// 3. a transcript's speaker label with a role after a comma
	{"label with a role after a comma", "",
		"A rescuer spoke to us by phone:\n\nSAMIR AL-HAJJI, RESCUE TEAM LEADER: We arrived after the second strike. So far we have recovered six bodies from the rubble.",
		[]string{"killed/people 6.. src=SAMIR AL-HAJJI, RESCUE TEAM LEADER"}},
	{"label with a hyphenated name", "",
		"AHMAD ABU-ZEID, PARAMEDIC: It was chaos. We treated 14 wounded people at the clinic.",
		[]string{"injured/people 14 src=AHMAD ABU-ZEID, PARAMEDIC"}},
	{"a heading after the label ends its turn", "",
		"SAMIR AL-HAJJI, RESCUE TEAM LEADER: We are still working.\n\n11:02 a.m.\nShelling kills three in Sarmin\n\nShelling on Sarmin killed three people on Tuesday.",
		[]string{"killed/people 3", "!killed/people 3 src=SAMIR AL-HAJJI, RESCUE TEAM LEADER"}},
	{"near-miss: a capitals heading with a comma is no label", "",
		"BREAKING NEWS, IDLIB: Shelling killed three people in Sarmin. Five others were wounded.",
		[]string{"injured/people 5", "!injured/people 5 src=BREAKING NEWS, IDLIB"}},

	// 4. a source goes on over the next sentence or two of its paragraph
	{"the next clause of the same sentence after a carried figure", "",
		"Nine pupils were killed, according to the Binnish rescue team. A teacher also died, and 15 people were wounded.",
		[]string{"killed/people 1 src=the Binnish rescue team", "injured/people 15 src=the Binnish rescue team"}},
	{"two sentences on, a figure between", "",
		"Gunmen killed the mayor of Kafr Takharim, according to relatives. A passer-by was hurt in the attack. His wife and two daughters were unhurt.",
		[]string{"casualties/women 0 src=relatives"}},
	{"near-miss ar: an added item (كما) is the outlet's own", "",
		"وأكد الدفاع المدني مقتل 4 مدنيين في القصف. كما قتلت طفلة وأصيب راعٍ بجروح في غارة على قرية أخرى.",
		[]string{"killed/civilians 4 src=الدفاع المدني", "!injured/people 1 src=الدفاع المدني", "injured/people 1"}},
	{"near-miss: 'Separately' is the outlet's own", "",
		"Nine pupils were killed, according to the Binnish rescue team. Separately, 15 people were wounded in Sarmin.",
		[]string{"!injured/people 15 src=the Binnish rescue team"}},
	{"near-miss: a new paragraph ends it", "",
		"Gunmen killed the mayor of Kafr Takharim, according to relatives.\n\nHis wife and two daughters were unhurt.",
		[]string{"!casualties/women 0 src=relatives"}},
	{"near-miss: another speaker between", "",
		"Gunmen killed the mayor of Kafr Takharim, according to relatives. Police said they had arrested a suspect. His wife and two daughters were unhurt.",
		[]string{"!casualties/women 0 src=relatives"}},
	{"near-miss: three sentences on is too far", "",
		"Gunmen killed the mayor of Kafr Takharim, according to relatives. The mayor had returned in 2019. He ran a bakery near the square. His wife and two daughters were unhurt.",
		[]string{"!casualties/women 0 src=relatives"}},
}

func TestAttribution2(t *testing.T) { runAttribution(t, "attribution2", attribution2Cases) }
