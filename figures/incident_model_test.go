package figures

import "testing"

// The incident model, by signal (../shared/spec/figures.md, "Background
// means a different incident"): the own incident is the headline's and
// lede's (kind, places, day); a figure's clause restates it, names
// something else, or is neutral. Written for this test in new words; wants
// as in backgroundArticles.
var incidentModelArticles = []backgroundArticle{
	// a live page: a post's heading opens its paragraph ("Elsewhere: ...");
	// undated, "a day earlier" and "comes a day after N were killed" count
	// back from the own day; a base in another province in a denial
	{"elsewhere, as a heading", "en", "",
		"Jets strike market in Maarat al-Numan\n\n9:00 a.m.\nElsewhere: shelling hits Sarmin\n\nThree people were killed by shelling on Sarmin, a monitor said.\n\n8:00 a.m.\nJets struck the market of Maarat al-Numan early on Tuesday, killing ten people, rescuers said.",
		[]string{"killed 3 bg", "killed 10"}},
	{"undated: comes a day after", "en", "",
		"Jets strike prison in Idlib city\n\nJets struck the central prison of Idlib city early on Tuesday, killing seven people, rescuers said.\n\nThe strike comes a day after four soldiers were killed by shelling on a post near Taftanaz.",
		[]string{"killed 7", "killed 4 bg"}},
	{"rockets at the base, none hurt", "en", "2020-02-11",
		"Jets strike prison in Idlib city\n\nJets struck the central prison of Idlib city early on Tuesday, killing seven people, rescuers said.\n\nThe ministry said militants fired rockets at Hmeymim air base overnight and that no servicemen were hurt.",
		[]string{"killed 7", "injured 0 bg"}},
	{"undated: a day earlier, in a post heading", "en", "",
		"Strikes hit market in Ariha: live updates\n\n11:00 a.m.\nArmy says three soldiers killed a day earlier\n\nThe army said three of its soldiers were killed near Saraqib a day earlier.\n\n9:00 a.m.\nJets struck the market of Ariha on Tuesday morning, killing nine people, rescuers said.",
		[]string{"killed 3 bg", "killed 9"}},
	{"ar a heading opens on another town", "ar", "",
		"تغطية مستمرة: غارات على سوق أريحا\n\n10:00\nوفي سياق آخر: قصف على سرمين\n\nقتل رجلان بقصف مدفعي على مدينة سرمين.\n\n09:00\nقتل تسعة أشخاص بغارات على سوق مدينة أريحا صباح اليوم.",
		[]string{"killed 2 bg", "killed 9"}},
	// an incident far from the northwest: Idlib is another governorate
	{"a Homs attack, then shelling in Idlib", "en", "2023-10-06",
		"Drone attack on Homs academy kills 80\n\nA drone attack on a military academy in Homs killed 80 people on Thursday, the health ministry said.\n\nHours later, the army shelled towns in rebel-held Idlib province, killing at least six civilians, rescuers said.",
		[]string{"killed 80", "killed 6 bg"}},
	{"ar a Homs attack, then shelling in Idlib", "ar", "2023-10-06",
		"مقتل 80 بهجوم على الكلية الحربية في حمص\n\nقتل 80 شخصاً بهجوم بطائرات مسيرة على الكلية الحربية في مدينة حمص اليوم الخميس.\n\nوبعد ساعات، قصفت قوات النظام بلدات في ريف إدلب، ما أسفر عن مقتل ستة مدنيين.",
		[]string{"killed 80", "killed 6 bg"}},
	{"near-miss: an Idlib town's strike, Idlib province named later", "en", "2023-10-06",
		"Strike kills 7 in Sarmin\n\nA strike on Sarmin killed seven people on Thursday, rescuers said.\n\nLater, shelling on villages in Idlib province killed two more people, the rescuers said.",
		[]string{"killed 7", "killed 2"}},
	// near-misses: a heading on the own incident; "days after the strike"
	{"a heading on the own toll", "en", "",
		"Strikes hit market in Ariha: live updates\n\n11:00 a.m.\nToll in Ariha rises\n\nRescuers said 12 people had now been killed in Ariha.\n\n9:00 a.m.\nJets struck the market of Ariha on Tuesday morning, killing nine people, rescuers said.",
		[]string{"killed 12", "killed 9"}},
	{"days after the strike, the toll", "en", "2020-02-14",
		"Toll of Ariha strike rises to 12\n\nThe toll of Tuesday's strike on the market of Ariha rose to 12 on Friday, rescuers said.\n\nThree days after the strike, 20 wounded people were still in hospital, doctors said.",
		[]string{"killed 12", "injured 20"}},
	// a sentence that opens on the same time ("meanwhile", "on the same
	// night", "وفي اليوم ذاته", "إلى ذلك") and names another town of the
	// gazetteer tells another incident of that time
	{"same night, a nearby town", "en", "2016-05-03",
		"Gas attack on Sarmin kills 5\n\nA helicopter dropped a chlorine bomb on Sarmin late on Monday, killing five people, medics said.\n\nThe same night, barrel bombs fell on nearby Binnish, killing two people, according to rescuers.",
		[]string{"killed 5", "killed 2 bg"}},
	{"meanwhile, strikes on other towns", "en", "2020-03-02",
		"Drones hit convoy near Saraqib, killing 12 soldiers\n\nDrones struck a convoy near Saraqib on Monday, killing 12 soldiers, officials said.\n\nMeanwhile, rescuers said air strikes on Kafr Nabl and Ariha killed six civilians on Monday.",
		[]string{"killed 12", "killed 6 bg"}},
	{"ar the same day, another town", "ar", "2023-10-09",
		"مقتل أربعة بقصف على مخيم قرب كللي\n\nقتل أربعة مدنيين أمس الأحد بقصف مدفعي على مخيم قرب بلدة كللي شمالي إدلب.\n\nوفي اليوم ذاته، قتلت امرأة بقصف على أطراف مدينة سرمين، بحسب الدفاع المدني.",
		[]string{"killed 4", "killed 1 bg"}},
	{"ar besides that, a mine near another town", "ar", "2020-06-27",
		"اشتباكات بين فصيلين قرب عرب سعيد\n\nقتل تسعة عناصر من الطرفين في اشتباكات استمرت يومين في محيط قرية عرب سعيد غربي إدلب.\n\nإلى ذلك، قتل طفل وأصيب رجل بانفجار لغم قرب بلدة معرة حرمة، أمس الجمعة.",
		[]string{"killed 9", "killed 1 bg", "injured 1 bg"}},
	{"ar in a related context, a second drone on another town", "ar", "",
		"مقتل عنصر بمسيرة على طريق آفس\n\nقتل عنصر من الفصائل بطائرة مسيرة استهدفت سيارته قرب بلدة آفس.\n\nوفي سياق متصل، أصيب رجلان بمسيرة ثانية استهدفت منزلاً في مدينة سرمين.",
		[]string{"killed 1", "injured 2 bg"}},
	// another kind: a mine or a war remnant going off, in an article about
	// a strike or fighting
	{"a landmine in an article about shelling", "en", "2021-03-02",
		"Shelling kills 3 in Kafr Nabl\n\nGovernment shelling killed three civilians in Kafr Nabl on Tuesday, rescuers said.\n\nTwo shepherds were killed by a landmine in farmland in the Ghab plain, the rescuers added.",
		[]string{"killed 3", "killed 2 bg"}},
	{"ar unexploded ordnance after clashes", "ar", "2021-03-02",
		"اشتباكات عنيفة على محور الفطيرة\n\nقتل سبعة عناصر في اشتباكات بين الفصائل وقوات النظام على محور الفطيرة.\n\nوقتل طفلان بانفجار لغم أرضي في أرض زراعية.",
		[]string{"killed 7", "killed 2 bg"}},
	// near-miss: an article about a mine has it as its own
	{"an article about a mine", "en", "2021-03-02",
		"Landmine kills 2 children near Sarmin\n\nA landmine killed two children near Sarmin on Tuesday, rescuers said.\n\nA third child was wounded by the mine, rescuers added.",
		[]string{"killed 2", "injured 1"}},
	{"ar an article about a mine", "ar", "2021-03-02",
		"مقتل طفلين بانفجار لغم قرب سرمين\n\nقتل طفلان اليوم الثلاثاء بانفجار لغم أرضي قرب مدينة سرمين.\n\nوأصيب طفل ثالث بانفجار اللغم.",
		[]string{"killed 2", "injured 1"}},

	// a headline and lede with no town (a feature's scene, a release's
	// index lines): the first sentence that tells the incident names it
	{"a release: index lines, then the town", "en", "2015-04-27",
		"GAS ATTACK IN IDLIB MUST BE INVESTIGATED\n\nDocument Number: ABC 12/3456/2015\n\nA helicopter dropped a barrel bomb with chlorine on the town of Sarmin on the night of 20 April, the group said.\n\nSix people died of suffocation, doctors said.\n\nOn the same night, barrel bombs hit nearby Binnish, killing four people.",
		[]string{"killed 6", "killed 4 bg"}},
	{"ar a feature's scene, then the same day elsewhere", "ar", "2023-10-09",
		"«لم يبق لي أحد».. أم تفقد أطفالها بقذيفة\n\nإدلب - مراسل\n\nكانت سعاد تطبخ أمام خيمتها في مخيم قرب بلدة كللي حين سقطت القذيفة. وقتلت الشظايا ثلاثة من أطفالها.\n\nوفي اليوم ذاته، قتل شاب بقصف على أطراف مدينة سرمين.",
		[]string{"killed 3", "killed 1 bg"}},
	// near-miss: a lede that rounds up "towns and villages" has no scene
	{"ar a round-up of towns and villages", "ar", "2019-10-31",
		"قتلى بقصف جوي على إدلب\n\nسمارت - إدلب\n\nقتل مدنيون الخميس بقصف جوي على مدن وبلدات وقرى في محافظة إدلب. وقتل طفلان بقصف على مدينة كفرنبل.\n\nإلى ذلك، قصفت قوات النظام قرية الناجية دون التسبب بخسائر بشرية.",
		[]string{"killed 2", "casualties 0"}},

	{"at the same time, another town", "en", "2022-05-10",
		"Strike kills 3 in Ariha\n\nAn air strike killed three civilians in Ariha on Tuesday, rescuers said.\n\nAt the same time, artillery fire on Kafr Nabl wounded four people.",
		[]string{"killed 3", "injured 4 bg"}},
	{"ar at the same time as that, another town", "ar", "2022-05-10",
		"مقتل ثلاثة بغارة على أريحا\n\nقتل ثلاثة مدنيين اليوم الثلاثاء بغارة جوية على مدينة أريحا.\n\nبالتزامن مع ذلك، قتل رجل بقصف مدفعي على بلدة كفرنبل.",
		[]string{"killed 3", "killed 1 bg"}},
	// near-misses: a round-up's lede has every town as its own; the
	// same time at the own town; a later date follows the own toll up
	{"meanwhile in a round-up", "en", "2022-05-10",
		"Strikes across Idlib kill 15\n\nAir strikes on several towns across Idlib province killed 15 people on Tuesday, rescuers said.\n\nMeanwhile, shelling on Binnish killed two children, the rescuers said.",
		[]string{"killed 15", "killed 2"}},
	{"ar at the same time, the own town", "ar", "2022-05-10",
		"مقتل ثلاثة بغارة على أريحا\n\nقتل ثلاثة مدنيين اليوم الثلاثاء بغارة جوية على مدينة أريحا.\n\nوفي الوقت ذاته، أصيب خمسة أشخاص في أريحا بغارة ثانية على المكان نفسه.",
		[]string{"killed 3", "injured 5"}},
	{"a later calendar day follows the own toll", "en", "2022-05-12",
		"Strike on Sarmin market\n\nAn air strike hit the market of Sarmin on Tuesday, killing five people.\n\nOn May 11, the toll rose to seven, rescuers said.",
		[]string{"killed 5", "killed 7"}},

	// "came N days after <another incident's clause>"
	{"came two days after jets killed", "en", "2022-05-10",
		"Strike kills 3 in Ariha\n\nAn air strike killed three civilians in Ariha on Tuesday, rescuers said.\n\nThe attack came two days after Russian jets killed 12 people in Kafr Nabl.",
		[]string{"killed 3", "killed 12 bg"}},
	{"came hours after government shelling", "en", "2022-05-10",
		"Strike kills 3 in Ariha\n\nAn air strike killed three civilians in Ariha on Tuesday, rescuers said.\n\nIt came hours after government shelling killed four people in Sarmin.",
		[]string{"killed 3", "killed 4 bg"}},
	// near-miss: a span after the own strike
	{"two days after the strike, the toll", "en", "2022-05-12",
		"Strike kills 3 in Ariha\n\nAn air strike killed three civilians in Ariha on Tuesday, rescuers said.\n\nThe news came two days after the strike killed five people in Ariha, rescuers said.",
		[]string{"killed 3", "killed 5"}},

	// another side's country as its possessive ("Lebanon's Hezbollah")
	// names who, not where: the own incident's losses stay own
	{"a foreign ally's own losses", "en", "2020-03-01",
		"Drones pound convoy near Saraqib\n\nTurkish drones struck a convoy near Saraqib on Sunday, killing 19 soldiers, sources said.\n\nLebanon's Hezbollah announced the deaths of six of its fighters in the strikes on Sunday.",
		[]string{"killed 19", "killed 6"}},
	{"a ministry's word on the own strike", "en", "2020-03-01",
		"Drones pound convoy near Saraqib\n\nTurkish drones struck a convoy near Saraqib on Sunday, killing 19 soldiers, sources said.\n\nRussia's Defence Ministry said four of its advisers were wounded in the strike.",
		[]string{"killed 19", "injured 4"}},
	// near-miss: a possessive place that is where ("in Lebanon's Bekaa")
	{"a strike in another country's valley", "en", "2020-03-01",
		"Drones pound convoy near Saraqib\n\nTurkish drones struck a convoy near Saraqib on Sunday, killing 19 soldiers, sources said.\n\nAn Israeli strike in Lebanon's Bekaa valley killed three fighters on Sunday.",
		[]string{"killed 19", "killed 3 bg"}},

	// near-misses: the same openers on the own town, or with no place
	{"meanwhile, the own toll", "en", "2020-03-02",
		"Air strike on Ariha kills 8\n\nAn air strike hit a market in Ariha on Monday, killing eight people, rescuers said.\n\nMeanwhile, doctors in Ariha said 20 wounded were being treated.",
		[]string{"killed 8", "injured 20"}},
	{"ar besides that, the own toll rises", "ar", "2020-03-02",
		"مقتل ثمانية بغارة على أريحا\n\nقتل ثمانية أشخاص اليوم الاثنين بغارة على سوق مدينة أريحا.\n\nإلى ذلك، ارتفع عدد الجرحى إلى 20، بحسب الدفاع المدني.",
		[]string{"killed 8", "injured 20"}},

	// an incident called another in Arabic ("بمسيرة ثانية", "في هجوم آخر"),
	// as "another strike" in English
	{"ar another attack on a checkpoint", "ar", "2022-05-10",
		"مقتل ثلاثة بغارة على أريحا\n\nقتل ثلاثة مدنيين اليوم الثلاثاء بغارة جوية على مدينة أريحا.\n\nوقتل عنصران في هجوم آخر على حاجز قرب جسر الشغور.",
		[]string{"killed 3", "killed 2 bg"}},
	{"ar a second drone on a house", "ar", "2024-01-15",
		"مقتل شاب بمسيرة قرب تفتناز\n\nقتل شاب اليوم الاثنين بطائرة مسيرة استهدفت دراجته قرب بلدة تفتناز.\n\nوأصيبت طفلة بقذيفة أخرى سقطت على منزل في قرية النيرب.",
		[]string{"killed 1", "injured 1 bg"}},
	// near-misses: the own raid's second blow (definite), the same
	// shelling on the next village in a day's round-up ("بقصف مماثل")
	{"ar the second raid on the own town", "ar", "2022-05-10",
		"مقتل ثلاثة بغارتين على أريحا\n\nقتل ثلاثة مدنيين اليوم الثلاثاء بغارة جوية على مدينة أريحا.\n\nوأصيب خمسة مسعفين بالغارة الثانية على المكان نفسه في أريحا.",
		[]string{"killed 3", "injured 5"}},
	{"ar similar shelling on a nearby village", "ar", "2022-05-10",
		"قصف مدفعي على ريف إدلب الجنوبي\n\nقتل رجلان اليوم الثلاثاء بقصف مدفعي على بلدة كفرنبل.\n\nوفي سياق متصل، أصيب طفلان بقصف مماثل على قرية البارة المجاورة.",
		[]string{"killed 2", "injured 2"}},

	// an earlier day stated outright is another incident even at the own
	// place ("وكان ... قد ... في 23 تشرين الثاني", "on November 23 a
	// strike on the same market"), when the lede dates its own
	{"ar pluperfect with an earlier date, same market", "ar", "2019-12-16",
		"ارتفاع حصيلة الغارة على سوق أريحا إلى 12\n\nقتل 12 مدنياً صباح اليوم بغارة على السوق الشعبي في مدينة أريحا.\n\nوكان المرصد قد وثق في 23 تشرين الثاني الفائت مقتل 6 مدنيين بقصف على السوق ذاته في مدينة أريحا.",
		[]string{"killed 12", "killed 6 bg"}},
	{"an earlier date at the same market", "en", "2019-12-16",
		"Strike on Ariha market kills 12\n\nA strike on the market of Ariha killed 12 civilians on Monday morning, a monitor said.\n\nOn November 23, rockets hit the same market in Ariha, killing six civilians.",
		[]string{"killed 12", "killed 6 bg"}},
	// near-misses: a follow-up article's own incident dated weeks back
	{"ar follow-up: the toll of the own raid weeks later", "ar", "2019-12-16",
		"بعد أسبوعين على غارة سوق أريحا\n\nبعد أسبوعين على الغارة التي استهدفت سوق أريحا في 2 كانون الأول، ما زال الأهالي يعيدون بناء محالهم.\n\nوكانت الغارة قد أدت في 2 كانون الأول إلى مقتل 9 مدنيين في مدينة أريحا.",
		[]string{"killed 9"}},
	{"ar a monthly report's days are its own", "ar", "2021-04-01",
		"تقرير: مقتل 90 مدنياً في سوريا في آذار 2021\n\nأصدرت منظمة حقوقية اليوم تقريرها الشهري الذي وثق مقتل 90 مدنياً في آذار.\n\nومن أبرز الحوادث مقتل 4 مدنيين بقصف على قرية بليون في 14 آذار.",
		[]string{"killed 90", "killed 4"}},
	{"ar the toll rose, yesterday's strike", "ar", "2019-12-16",
		"ارتفاع حصيلة غارة أريحا\n\nارتفعت حصيلة الغارة التي استهدفت سوق مدينة أريحا أمس إلى 14 قتيلاً، بحسب الدفاع المدني.",
		[]string{"killed 14"}},

	// a background paragraph goes on for several sentences after its
	// opener ("In July 2017, ...", "وكانت ... قد", "سبق أن")
	{"a year opener carries to the next sentence", "en", "2019-01-14",
		"Clashes between factions kill 40 near Darat Izza\n\nClashes between two factions near Darat Izza killed 40 fighters over five days, a monitor said.\n\nIn March 2017, the same factions fought over the Bab al-Hawa crossing. A monitor counted at least 70 dead, among them nine civilians, in three days.\n\nThe monitor said that 12 civilians were among the 40 dead.",
		[]string{"killed 40", "killed 70 bg", "killed 9 bg", "killed 12"}},
	{"ar a year opener carries to the next sentence", "ar", "2020-06-27",
		"اشتباكات بين فصيلين قرب عرب سعيد\n\nقتل تسعة عناصر من الطرفين في اشتباكات استمرت يومين في محيط قرية عرب سعيد غربي إدلب.\n\nوفي آذار 2018، تقاتل الفصيلان للسيطرة على معبر باب الهوى. وقتل في تلك المعارك أكثر من 50 مقاتلاً.\n\nوقال المرصد إن بين القتلى التسعة 3 مدنيين.",
		[]string{"killed 9", "killed 51 bg", "killed 3"}},

	// an undated page: the day a post or sentence names ("a day earlier",
	// "comes a day after") is read against the own incident's
	// another side and another place in a denial: no servicemen hurt at
	// their own base
}

func TestIncidentModel(t *testing.T) { runBackgroundArticles(t, incidentModelArticles) }
