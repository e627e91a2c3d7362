package figures

import "testing"

// An article on one incident in one town that tells, in a sentence of its
// own, a new incident in another town (othertown.go): that figure is
// background. Near-misses keep theirs: a round-up's towns, the wounded
// taken to another town's hospital, one strike on two neighbouring
// villages, a stray missile of the own raid on the next village, and the
// own town's surroundings. Invented articles; wants as in
// backgroundArticles, and every want must be extracted.
var otherTownArticles = []backgroundArticle{
	{"a later raid on a nearby town", "en", "2021-09-14",
		"Air strike on Binnish bakery kills 8\n\n" +
			"An air strike on a crowded bakery in the town of Binnish killed eight people on Tuesday morning, rescuers said.\n\n" +
			"Twenty others were wounded, the White Helmets said.\n\n" +
			"Two hours later, a raid on the edge of nearby Taftanaz killed a farmer, local activists said.",
		[]string{"killed 8", "injured 20", "killed 1 bg"}},
	{"another kind of attack on a nearby town", "en", "2021-09-14",
		"Air strike on Binnish bakery kills 8\n\n" +
			"An air strike on a crowded bakery in the town of Binnish killed eight people on Tuesday morning, rescuers said.\n\n" +
			"In nearby Sarmin, artillery shelling wounded four children playing outside their school.",
		[]string{"killed 8", "injured 4 bg"}},
	{"the headline's site stands in the province", "en", "2021-09-14",
		"Jets strike Idlib market town, killing 11\n\n" +
			"Warplanes struck the main market of Kafr Nabl on Tuesday, killing 11 civilians, the monitor said.\n\n" +
			"Rockets fired at nearby Hass the same evening killed two brothers, the monitor added.",
		[]string{"killed 11", "killed 2 bg"}},
	{"ar shelling on a neighbouring village in an air strike article", "ar", "2021-09-14",
		"مقتل تسعة مدنيين بغارات جوية على مدينة سرمين\n\n" +
			"قتل تسعة مدنيين، اليوم الثلاثاء، جراء غارات جوية شنتها طائرات حربية على حي سكني في مدينة سرمين بريف إدلب الشرقي، وفق الدفاع المدني.\n\n" +
			"وفي بلدة تفتناز المجاورة، أصيب ثلاثة أطفال بقصف مدفعي لقوات النظام.",
		[]string{"killed 9", "injured 3 bg"}},
	{"ar clashes at a town after a province's name", "ar", "2021-09-14",
		"ثمانية قتلى بغارة جوية على مخيم نازحين بريف إدلب\n\n" +
			"قتل ثمانية مدنيين، الثلاثاء، في غارة جوية استهدفت مخيماً للنازحين قرب بلدة حاس بريف إدلب الجنوبي.\n\n" +
			"وفي ريف إدلب الجنوبي أيضاً، قتل تسعة عناصر من قوات النظام في اشتباكات على أطراف مدينة كفرنبل.",
		[]string{"killed 8", "killed 9 bg"}},
	{"ar the same kind of attack early in the month", "ar", "2021-09-14",
		"انفجار سيارة مفخخة في مدينة سلقين\n\n" +
			"قتل خمسة مدنيين وأصيب عشرة آخرون، اليوم الثلاثاء، بانفجار سيارة مفخخة قرب سوق مدينة سلقين شمال إدلب.\n\n" +
			"وتتكرر التفجيرات في المنطقة، إذ قتل شخصان بانفجار دراجة مفخخة في بلدة حارم مطلع الشهر الجاري.",
		[]string{"killed 5", "injured 10", "killed 2 bg"}},
	// near-misses
	{"a round-up names several towns", "en", "2021-09-14",
		"Strikes across Idlib kill 14\n\n" +
			"Russian and government strikes on several towns in Idlib province killed 14 civilians on Tuesday, the monitor said.\n\n" +
			"In Sarmin, an air strike killed six people. Hours later, shelling on nearby Taftanaz killed three.",
		[]string{"killed 14", "killed 6", "killed 3"}},
	{"a headline on the province alone", "en", "2021-09-14",
		"Shelling kills five in southern Idlib\n\n" +
			"Regime shelling killed three civilians in the town of Hass on Tuesday, rescuers said.\n\n" +
			"Later in the day, an air strike on nearby Kafr Nabl killed two more.",
		[]string{"killed 5", "killed 3", "killed 2"}},
	{"the wounded taken to another town's hospital", "en", "2021-09-14",
		"Air strike on Binnish bakery kills 8\n\n" +
			"An air strike on a crowded bakery in the town of Binnish killed eight people on Tuesday, rescuers said.\n\n" +
			"Twelve wounded people were taken to a hospital in Sarmin after the strike, a doctor there said.",
		[]string{"killed 8", "injured 12"}},
	{"one strike on two villages, the lede says so", "en", "2021-09-14",
		"Missiles hit Kansafra and nearby Kafr Nabl, killing 7\n\n" +
			"Missiles struck the villages of Kansafra and Kafr Nabl on Tuesday, killing seven people.\n\n" +
			"In Kafr Nabl, a strike destroyed a house and killed three members of one family.",
		[]string{"killed 7", "killed 3"}},
	{"ar a stray missile of the own raid on the next village", "ar", "2021-09-14",
		"مقتل تسعة مدنيين بغارات جوية على مدينة سرمين\n\n" +
			"قتل تسعة مدنيين، اليوم الثلاثاء، جراء غارات جوية شنتها طائرات حربية بصواريخ على حي سكني في مدينة سرمين بريف إدلب الشرقي.\n\n" +
			"وفي بلدة تفتناز المجاورة، أصاب صاروخ منزلاً ما أدى إلى إصابة امرأتين.",
		[]string{"killed 9", "injured 2"}},
	{"ar the own town and its countryside", "ar", "2021-09-14",
		"قصف مدفعي على سرمين\n\n" +
			"قتل سبعة مدنيين اليوم الثلاثاء جراء قصف بالمدفعية شنته قوات النظام على مدينة سرمين وريفها في شرق إدلب.\n\n" +
			"كما قتل مقاتلان من الفصائل جراء قصف صاروخي على بلدة تفتناز.",
		[]string{"killed 7", "killed 2"}},
	{"a part of the headline's toll placed in a town", "en", "2021-09-14",
		"Strikes kill 10 in Idlib, six of them in Sarmin\n\n" +
			"Air strikes killed ten civilians in Idlib province on Tuesday, six of them in the town of Sarmin, the monitor said.\n\n" +
			"Later, a drone strike on a car near Binnish killed four people.",
		[]string{"killed 10", "killed 6", "killed 4"}},
	{"the own strike named again in the other town", "en", "2021-09-14",
		"Air strike on Binnish bakery kills 8\n\n" +
			"An air strike on a crowded bakery in the town of Binnish killed eight people on Tuesday, rescuers said.\n\n" +
			"The strike also damaged homes in nearby Taftanaz, wounding two people.",
		[]string{"killed 8", "injured 2"}},
	{"the other town joined to the own one in one toll", "en", "2021-09-14",
		"Air strike on Binnish kills 8\n\n" +
			"An air strike hit a busy vegetable market in Binnish on Tuesday, killing eight people, rescuers said.\n\n" +
			"Warplanes launched raids on Binnish and nearby Taftanaz on the same day, killing 13 people in all, the monitor said.",
		[]string{"killed 8", "killed 13"}},
	{"ar the other town joined to the own one by wa", "ar", "2021-09-14",
		"مقتل ثمانية مدنيين بغارة جوية على سوق بنش\n\n" +
			"قتل ثمانية مدنيين، اليوم الثلاثاء، جراء غارة جوية على سوق شعبي في مدينة بنش بريف إدلب الشرقي.\n\n" +
			"ونفذت المقاتلات غارات على مدينة بنش وبلدة تفتناز المجاورة في اليوم نفسه، ما أسفر عن مقتل ١٣ شخصاً.",
		[]string{"killed 8", "killed 13"}},
	{"the day's toll after another town's incident sums the own one too", "en", "2021-09-14",
		"Air strike on Binnish kills 8\n\n" +
			"An air strike hit a busy vegetable market in Binnish on Tuesday, killing eight people, rescuers said.\n\n" +
			"Regime artillery also shelled nearby Sarmin, killing three people and bringing the day's toll across the province to 11, the monitor said.",
		[]string{"killed 8", "killed 3 bg", "killed 11"}},
	{"earlier is the statement's time", "en", "2021-09-14",
		"Air strike on Binnish kills 8\n\n" +
			"An air strike hit a busy vegetable market in Binnish on Tuesday, killing eight people, rescuers said.\n\n" +
			"In nearby Taftanaz, a strike wounded three children, the monitor had reported earlier.",
		[]string{"killed 8", "injured 3"}},
}

func TestOtherTownArticles(t *testing.T) {
	for _, c := range otherTownArticles {
		wrong, missing := backgroundMatch(Extract(c.text, day(c.pub)), c.want)
		if len(wrong) > 0 || len(missing) > 0 {
			t.Errorf("%s: wrong background flag %v, not extracted %v", c.name, wrong, missing)
		}
	}
}
