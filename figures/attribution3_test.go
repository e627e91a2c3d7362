package figures

import "testing"

// Round 3 of attribution: a dateline's city before a colon is no speaker,
// a frame's object is no speaker (an event, a count, an adjective
// "reported"), a subject with a long parenthesis keeps its name, an
// Arabic outlet's own correspondent (named in a dateline, after "بحسب",
// or bare "المراسل") is its voice, a document nobody is named for speaks
// for the frame around it or the speaker before, a closed quotation ends
// its speaker's words, and a manner after the verb is no speaker.
var attribution3Cases = []attributionCase{
	{"en: a dateline city before a colon", "",
		"Shelling kills five in Kafr Nabl\n\nAMMAN: Government shelling on Kafr Nabl killed five people on Monday, rescuers and residents said.",
		[]string{"killed/people 5 src=rescuers and residents"}},
	{"near-miss en: a body's acronym before a colon still speaks", "",
		"SNHR: five killed in Kafr Nabl\n\nShelling hit the town on Monday.",
		[]string{"killed/people 5 src=SNHR"}},
	{"en: an event after an inverted said is its object", "",
		"The claims, shared by local activists, said shelling on the bakery killed six people.",
		[]string{"killed/people 6 src=local activists", "!killed/people 6 src=shelling"}}, // (the claims' spreader: spreadBy)
	{"en: a count after an inverted put is its object", "",
		"Bakery hit in Kafr Nabl\n\nShelling on the bakery killed 11 people, the Idlib Rescue Network said, and wounded 20, put the number at 20.",
		[]string{"injured/people 20 src=the Idlib Rescue Network", "!injured/people 20 src=the number"}},
	{"en: the reported toll is no frame", "",
		"The health directorate reported 20 deaths in Sarmin, bringing the reported toll across the province to 31.",
		[]string{"killed/people 31 src=The health directorate", "!killed/people 31 src=bringing the"}},
	{"en: a subject with a long parenthesis", "",
		"The Syrian Civil Defence (SCD, also known as the White Helmets) reported 40 deaths on Monday.",
		[]string{"killed/people 40 src=The Syrian Civil Defence"}},
	{"ar: according to the correspondent of a named outlet", "",
		"قتل رجل وأصيب ثلاثة مدنيين بانفجار عبوة في سرمين، بحسب مراسل شبكة الوادي.",
		[]string{"injured/civilians 3"}},
	{"near-miss ar: according to a wire agency's correspondent", "",
		"قتل رجل وأصيب ثلاثة مدنيين بانفجار عبوة في سرمين، بحسب مراسل رويترز.",
		[]string{"injured/civilians 3 src=مراسل رويترز"}},
	{"ar: a dateline names the agency whose correspondent reports", "",
		"قصف على نقطة تركية\n\nأنقرة/ الأناضول\n\nوأفاد مراسل الأناضول بمقتل ثلاثة مدنيين في القصف على سرمين.",
		[]string{"killed/civilians 3"}},
	{"near-miss ar: the agency's correspondent on a page without its dateline", "",
		"قصف على نقطة تركية\n\nوأفاد مراسل الأناضول بمقتل ثلاثة مدنيين في القصف على سرمين.",
		[]string{"killed/civilians 3 src=مراسل الأناضول"}},
	{"ar: the bare correspondent after the outlet's own", "",
		"هجوم على كنصفرة\n\nوذكر مراسل الوادي أن الجيش صد الهجوم. وأشار المراسل إلى مقتل جندي وإصابة اثنين آخرين.",
		[]string{"killed/troops 1", "injured/troops 2"}},
	{"near-miss ar: the bare correspondent after a wire agency's", "",
		"هجوم على كنصفرة\n\nوذكر مراسل رويترز أن الجيش صد الهجوم. وأشار المراسل إلى مقتل جندي.",
		[]string{"killed/troops 1 src=المراسل", "!killed/troops 1"}},

	// a document nobody is named for
	{"en: an unnamed review inside a frame speaks for its speaker", "",
		"The coalition said in a statement that the raid killed a commander, adding that an initial review found no civilian casualties.",
		[]string{"casualties/civilians 0 src=The coalition", "!casualties/civilians 0 src=an initial review"}},
	{"en: an unnamed count after a named speaker", "",
		"Shelling hit Ariha on Monday, the civil defence said.\n\nA preliminary count indicated that 6 civilians were killed.",
		[]string{"killed/civilians 6 src=the civil defence"}},
	{"ar: an earlier toll of a named body (kana)", "",
		"ارتفعت حصيلة القصف على أريحا إلى 12 قتيلاً، وفق ما أعلن المرصد السوري لحقوق الإنسان، بعد أن كانت حصيلة سابقة للمرصد قد أشارت إلى 9 قتلى.",
		[]string{"killed/people 9 src=المرصد"}},
	{"ar: an earlier toll of no one (kana)", "",
		"قصف على أريحا\n\nوكانت الحصيلة الأولية قد أشارت إلى مقتل أربعة مدنيين في القصف.",
		[]string{"killed/civilians 4"}},
	{"ar: a body quotes its own sources", "",
		"ونقلت شبكة الرصد الشمالية عن مصادرها أن الغارة قتلت ثلاثة مدنيين.",
		[]string{"killed/civilians 3 src=شبكة الرصد الشمالية"}},
	{"near-miss ar: a body quotes another's sources", "",
		"ونقلت شبكة الرصد الشمالية عن مصادر طبية أن الغارة قتلت ثلاثة مدنيين.",
		[]string{"killed/civilians 3 src=مصادر طبية"}},

	// a closed quotation, a manner after the verb
	{"ar: narration after a closed quotation is the outlet's", "",
		"تقول المرأة لـ\"الوادي\": \"سمعنا الانفجار، ولم أعرف إلا في الصباح أن جارتنا قُتلت\". ونجت الأم وأطفالها الثلاثة دون أن يصاب أي منهم بأذى.",
		[]string{"injured/children 0", "!injured/children 0 src=المرأة"}},
	{"near-miss ar: a speaker goes on after a report in her own voice", "",
		"وقالت مديرية الصحة إن الغارة قتلت أربعة مدنيين. وأصيب ثلاثة أطفال بجروح.",
		[]string{"injured/children 3 src=مديرية الصحة"}},
	{"ar: how one speaks is no speaker", "",
		"مقتل امرأة في خان شيخون\n\nوقال ابنها أحمد إن أمه قتلت في القصف. \"أمي كانت تخبز هنا\"، يقول بصوت خافت، \"قتلت أمي وأنا عند الجيران\".",
		[]string{"killed/women 1 src=ابنها أحمد", "!killed/women 1 src=بصوت خافت"}},

	// a frame in a relative clause on a noun
	{"en: residents say inside a relative clause", "",
		"The blast, at a depot that residents say was used by the group to store shells, killed 12 people, according to the civil defence.",
		[]string{"killed/people 12 src=the civil defence"}},
	{"near-miss en: that after a speech verb opens its complement", "",
		"The monitor said that residents say 12 people were killed.",
		[]string{"killed/people 12 src=residents"}},

	// those who report to the UN and aid groups
	{"en: initial reports from partners on the ground", "",
		"Shelling hits camp near Kafr Lusin\n\nAccording to initial reports from partners on the ground, at least six civilians were killed.",
		[]string{"killed/civilians 6.. src=partners"}},
	{"en: our humanitarian colleagues", "",
		"Turning to Syria, according to our humanitarian colleagues, shelling on a clinic killed four patients.",
		[]string{"killed/people 4 src=our humanitarian colleagues"}},
	{"near-miss en: our correspondent is the outlet's voice", "",
		"According to our correspondent in Idlib, shelling on a clinic killed four patients.",
		[]string{"killed/people 4"}},

	// Arabic frames: a quoted كان subject, "raised the toll"
	{"ar: a quoted name as the subject of kana", "",
		"قصف على مدرسة في كفرلاتا\n\nوكان \"فريق الإنقاذ الشمالي\" قد أعلن مقتل خمسة أشخاص وإصابة 12 آخرين.",
		[]string{"killed/people 5 src=فريق الإنقاذ الشمالي", "injured/people 12 src=فريق الإنقاذ الشمالي"}},
	{"ar: the body that raised the toll", "",
		"غارات على معرة مصرين\n\nورفع فريق الإنقاذ الشمالي حصيلة القتلى إلى 11 بعد وفاة اثنين من المصابين.",
		[]string{"killed/people 11 src=فريق الإنقاذ الشمالي"}},
	{"near-miss ar: raised a flag is no frame", "",
		"ورفع المتظاهرون العلم في الساحة، بينما قتل ثلاثة مدنيين بقصف على البلدة.",
		[]string{"killed/civilians 3"}},

	// a closing frame with no figure hands its speaker on
	{"en: a frame closes a sentence without a figure", "",
		"Post attacked near Saraqib\n\nMilitants attacked an army post near Saraqib on Saturday, the defence ministry said. Two soldiers were killed in the attack.",
		[]string{"killed/troops 2 src=the defence ministry"}},
	{"near-miss en: a new paragraph is the outlet's again", "",
		"Post attacked near Saraqib\n\nMilitants attacked an army post near Saraqib on Saturday, the defence ministry said.\n\nTwo soldiers were killed in the attack.",
		[]string{"killed/troops 2"}},
	// closesSentence stops at "on" and "in": a frame that goes on with
	// when or how it was said closes no sentence, and hands no speaker on
	{"near-miss en: a frame that goes on with its day", "",
		"Depot shelled near Taftanaz\n\nGunners shelled a fuel depot near Taftanaz, the regional command said on Sunday. Three guards were wounded.",
		[]string{"injured/people 3"}},
	{"near-miss en: a frame that goes on with its manner", "",
		"Depot shelled near Taftanaz\n\nGunners shelled a fuel depot near Taftanaz, the regional command said in a statement. Three guards were wounded.",
		[]string{"injured/people 3"}},
	{"en: the same frame closing its sentence hands its speaker on", "",
		"Depot shelled near Taftanaz\n\nGunners shelled a fuel depot near Taftanaz, the regional command said. Three guards were wounded.",
		[]string{"injured/people 3 src=the regional command"}},

	// a title's "X:" prefix in Arabic: a person's name, a quoted body, a
	// body after the headline's ".." kicker
	{"ar: a person's name opens a title", "",
		"أردوغان: مقتل جنديين تركيين بقصف على نقطة في إدلب\n\nكان الجو صحواً.",
		[]string{"killed/troops 2 actor=Turkish src=أردوغان"}},
	{"ar: a quoted body opens a title", "",
		"\"فريق الإنقاذ الشمالي\": مقتل ستة مدنيين بغارات على كفرلاتا\n\nكان الجو صحواً.",
		[]string{"killed/civilians 6 src=فريق الإنقاذ الشمالي"}},
	{"ar: a body after the headline's kicker", "",
		"قصف على ريف إدلب.. والمرصد: 9 قتلى بينهم طفلان\n\nكان الجو صحواً.",
		[]string{"killed/people 9 src=المرصد", "killed/children 2 src=المرصد"}},
	// a side that spreads claims is their source; an opener is no subject
	{"en: the side that circulated claims", "",
		"Army strikes terrorist positions\n\nMeanwhile, the so-called Blue Vests circulated fabricated claims alleging that an air strike hit a school, saying that 7 people were killed.",
		[]string{"killed/people 7 src=the so-called Blue Vests"}},
	{"en: spread reports of a toll", "",
		"Army strikes terrorist positions\n\nOpposition pages spread reports that 12 civilians died in the raid.",
		[]string{"killed/civilians 12 src=Opposition pages"}},
	{"near-miss en: an opener before a long clause is no speaker", "",
		"Army strikes terrorist positions\n\nMeanwhile, rockets fired by the militants from positions around the town of Kafr Lata hit a square, killing 3 people.",
		[]string{"killed/people 3", "!killed/people 3 src=Meanwhile"}},
	{"near-miss ar: a place opens a title", "",
		"سرمين: مقتل ثلاثة مدنيين بقصف مدفعي\n\nكان الجو صحواً.",
		[]string{"killed/civilians 3", "!killed/civilians 3 src=سرمين"}},
	{"near-miss ar: a page label opens a title", "",
		"تحليل: مقتل خمسة مدنيين بضربة مسيرة قرب سرمدا\n\nكان الجو صحواً.",
		[]string{"killed/civilians 5", "!killed/civilians 5 src=تحليل"}},
}

func TestAttribution3(t *testing.T) { runAttribution(t, "attribution3", attribution3Cases) }
