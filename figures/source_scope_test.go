package figures

import (
	"testing"
	"unicode"
)

// Attribution by scope and format. "B/" cases are the invented examples of
// appendix B of ../shared/spec/extraction-errors.md; the others are written
// for this test.
var scopeCases = []struct {
	name string
	text string
	want []string
}{
	{"B/SA speaker's apposition", "\"It was terrifying,\" said Ahmad Saleh, a nurse from Sarmada, where six people died.",
		[]string{"killed/people 6"}},
	{"B/SA according inside a relative clause", "The video shows the bodies of two men near a house that, according to neighbours, was hit first.",
		[]string{"killed/people 2.."}},
	{"B/SA the author of a count in the next sentence", "No fewer than 12 residents lost their lives, according to a provisional count. The figure was published by the Idlib health directorate.",
		[]string{"killed/people 12.. src=the Idlib health directorate"}},
	{"B/SB tweet signature", "Eleven civilians died in the shelling of Termanin tonight.\n— Syria Civil Defence (@SyriaCivilDef) March 2, 2024",
		[]string{"killed/civilians 11 src=Syria Civil Defence"}},
	{"B/SB transcript speaker label", "MINISTER ALI HASSAN: Good morning to everyone.\n\nLast night our forces came under attack. Four soldiers were killed.",
		[]string{"killed/troops 4 src=MINISTER ALI HASSAN"}},
	{"B/SC quoted participle", "UNICEF raised the number further, \"confirming\" that four children had died.",
		[]string{"killed/children 4 src=UNICEF"}},
	{"B/SD believe then they said", "Officials believe the commander triggered the bomb. Speaking anonymously, they said troops killed two guards.",
		[]string{"killed/people 2 src=Officials"}},
	{"B/SE which had earlier said", "The figure is higher than the ministry's, which had earlier said five people died.",
		[]string{"killed/people 5 src=the ministry"}},
	// written for this test
	{"closing frame after a relative clause", "Omar Nasser, who runs the clinic, said the shelling reached Ariha, where a rocket killed three civilians, state media reported.",
		[]string{"killed/civilians 3 src=state media"}},
	{"which put the toll", "Strikes killed nine people, the monitor said, which on Friday put the overall toll at 40.",
		[]string{"killed/people 9 src=the monitor", "killed/people 40 src=the monitor"}},
	{"adverb before the verb", "The Syrian Network for Human Rights (SNHR) earlier said 14 people were killed.",
		[]string{"killed/people 14 src=The Syrian Network for Human Rights"}},
	{"an apposition then also said", "The Idlib Media Office, a volunteer group that covers the north, also said 6 civilians were killed.",
		[]string{"killed/civilians 6 src=The Idlib Media Office"}},
	{"anonymous sources", "The bomb left 11 dead, according to unnamed sources speaking to the press.",
		[]string{"killed/people 11 src=unnamed sources"}},
	{"published a toll, reported a count", "By evening, the Syrian Observatory for Human Rights published a death toll of 6 and reported 20 wounded.",
		[]string{"killed/people 6 src=the Syrian Observatory for Human Rights", "injured/people 20 src=the Syrian Observatory for Human Rights"}},
	{"published photos is no report", "The agency published photos of the damage.",
		nil},
	{"footage is no speaker", "The footage posted online showed the bodies of five men.",
		[]string{"killed/people 5.."}},
	{"a heading is no speaker label", "SYRIA LATEST: Strike kills 4 in Sarmin",
		[]string{"killed/people 4"}},
	// SA: a frame inside a relative clause or a subject's apposition
	// governs that clause only
	{"frame inside a relative clause about the subject", "The shell, which farmers said fell before dawn, killed three girls in Maarat Misrin.",
		[]string{"killed/children 3"}},
	{"parenthetical frame inside a relative clause", "Neighbours buried Samir Hamdan, a baker who, his cousins said, had fed the camp for years. Two boys died with him.",
		[]string{"killed/children 2"}},
	{"figure inside the speaker's own relative clause", "Huda Karim, whose husband was one of the 5 people killed, said the ambulance came late.",
		[]string{"killed/people 5"}},
	{"figure in the speaker's apposition, verb after", "Nour al-Din Haddad, a farmer whose 2 sons were killed in the raid, told the Qalaat Bulletin the jets came twice.",
		[]string{"killed/children 2"}},
	{"frame after a relative clause still governs", "Eight people died, the Ariha Medical Council, which runs two clinics, told reporters.",
		[]string{"killed/people 8 src=the Ariha Medical Council"}},
	// SC: frames beyond "X said": passives, documents and their authors
	{"quoted as saying, subject first", "A surgeon at the Atmeh clinic was quoted as saying that nine patients died overnight.",
		[]string{"killed/people 9 src=A surgeon at the Atmeh clinic"}},
	{"quoted as saying, trailing", "Nine patients died overnight, the Atmeh camp manager was quoted as saying.",
		[]string{"killed/people 9 src=the Atmeh camp manager"}},
	{"a tally by its author", "Four girls were killed, according to a tally by the Orontes Relief Monitor.",
		[]string{"killed/children 4 src=the Orontes Relief Monitor"}},
	{"an estimate published by its author", "According to an estimate released on Sunday by the Kafr Takharim council, 22 people died.",
		[]string{"killed/people 22 src=the Kafr Takharim council"}},
	{"a count kept by a collective", "Sixteen men were killed, according to a count kept by paramedics.",
		[]string{"killed/people 16 src=paramedics"}},
	// SB: a headline prefix naming an outlet; an outlet's name as a
	// title suffix is the site's own
	{"headline prefix outlet", "Qalaat News: Drone strike kills 3 near Harem",
		[]string{"killed/people 3 src=Qalaat News"}},
	{"site title suffix is no source", "Drone strike kills 3 near Harem - The Orontes Times",
		[]string{"killed/people 3"}},
	{"a section label before a colon is no outlet", "World News: Drone strike kills 3 near Harem",
		[]string{"killed/people 3"}},
	{"Arabic headline suffix names an observatory", "مقتل 4 مدنيين بقصف على كفرنبل - مرصد حماة",
		[]string{"killed/civilians 4 src=مرصد حماة"}},
	{"inverted frame with a participle after the name", "Mortars killed 6 pupils on Monday, said a rights monitor revising its first count, with teachers saying the school was full.",
		[]string{"killed/children 6 src=a rights monitor"}},
	{"a participle in a source name is no clause", "Mortars killed 6 pupils, a monitoring group said.",
		[]string{"killed/children 6 src=a monitoring group"}},
	// Arabic: appendix B rows SB..SE
	{"B/SB Arabic headline prefix", "نيويورك تايمز: الغارة قتلت خمسة مدنيين",
		[]string{"killed/civilians 5 src=نيويورك تايمز"}},
	{"B/SC رجّح with a quoted subject", "في حين رجّح «المرصد» مقتل ستة أشخاص.",
		[]string{"killed/people 6 src=المرصد"}},
	{"B/SC سجّل with a noun object", "وسجلت مديرية الصحة وفاة 3 أشخاص.",
		[]string{"killed/people 3 src=مديرية الصحة"}},
	{"B/SD a report quoting a group", "وتابع التقرير أن فرق الإسعاف قالت إن خمسة أشخاص قتلوا.",
		[]string{"killed/people 5 src=فرق الإسعاف"}},
	{"B/SE spokesman's full title and name", "وقال المتحدث باسم الجيش التركي العقيد سامي أوزتورك إن جنديين قتلا.",
		[]string{"killed/troops 2 src=المتحدث باسم الجيش التركي العقيد سامي أوزتورك"}},
	// Arabic: written for this test
	{"subject first, an adjunct between commas", "لجنة الإغاثة في سلقين، مساء الأحد، أكدت أن 6 مدنيين قتلوا في القصف.",
		[]string{"killed/civilians 6 src=لجنة الإغاثة في سلقين"}},
	{"a statement's author in construct", "وأفاد بيان غرفة الطوارئ الشمالية بأن 4 أطفال قتلوا.",
		[]string{"killed/children 4 src=غرفة الطوارئ الشمالية"}},
	{"a provisional toll's author after ل", "وبحسب حصيلة أولية لفريق الاستجابة الأهلي، قتل 11 شخصاً.",
		[]string{"killed/people 11 src=فريق الاستجابة الأهلي"}},
	{"wrote on Telegram", "وكتبت هيئة الإسعاف الأهلية على تلغرام أن 3 أشخاص قتلوا.",
		[]string{"killed/people 3 src=هيئة الإسعاف الأهلية"}},
	{"a source inside an institution", "وأكد مسؤول في مديرية الصحة بإدلب مقتل 4 أشخاص.",
		[]string{"killed/people 4 src=مسؤول في مديرية الصحة"}},
	{"present tense verb and a document's author", "وتشير أرقام لجنة التوثيق المحلية إلى مقتل 9 أشخاص.",
		[]string{"killed/people 9 src=لجنة التوثيق المحلية"}},
	{"a document with no author is no source", "وتشير تقديرات إلى وفاة 40 شخصاً.",
		[]string{"killed/people 40"}},
	// SD: a speaker introduced by a verb of thought speaks on as "they"
	{"think then they told", "Doctors in Darkush think the gas came from a shell. Asked by reporters, they said 5 patients died.",
		[]string{"killed/people 5 src=Doctors in Darkush"}},
	{"headline prefix naming a body's spokesman", "Relief Council spokesman: 6 killed in Sarmada blast",
		[]string{"killed/people 6 src=Relief Council spokesman"}},
	{"a place before a headline colon is no source", "Sarmada: 6 killed in market blast",
		[]string{"killed/people 6"}},
	{"tweet signature after a picture link", "Four children died when a shell hit their tent in Atmeh. pic.twitter.com/AbCdEf\n— Qalaat Rescue Teams (@QalaatRescue) 2 March 2024",
		[]string{"killed/children 4 src=Qalaat Rescue Teams"}},
	{"he after a named subject that spoke with no speech verb", "Yasser Hamdan, a volunteer driver, described the night. \"We carried 9 bodies to the mosque,\" he said.",
		[]string{"killed/people 9.. src=Yasser Hamdan"}},
	{"quoted as saying with a title of the", "The Bab al-Hawa bulletin quoted the director of the Atmeh clinic as saying that 6 patients died.",
		[]string{"killed/people 6 src=the director of the Atmeh clinic"}},
	// a generic noun is the body named before, whatever its name: one
	// source, so the restated figure is one figure
	{"المرصد is the observatory named before", "وأفاد مرصد حلب الأهلي بمقتل 5 مدنيين في سراقب. وأفاد المرصد بمقتل 5 مدنيين في القصف على سراقب.",
		[]string{"killed/civilians 5 src=مرصد حلب الأهلي"}},
	{"المديرية is the directorate named before", "أعلنت مديرية الإسعاف الأهلية إصابة 8 أشخاص. وقالت المديرية إن 8 أشخاص أصيبوا.",
		[]string{"injured/people 8 src=مديرية الإسعاف الأهلية"}},
	// the slot after "according to" and an inverted "said" holds a
	// speaker whatever its noun
	{"according to an unlisted collective", "Three boys died in the flooded camp, according to tent wardens.",
		[]string{"killed/children 3 src=tent wardens"}},
	{"inverted said with an unlisted collective", "Three boys died in the flooded camp, said well diggers from the village.",
		[]string{"killed/children 3 src=well diggers"}},
	{"according to unowned reports is no source", "Three boys died in the flooded camp, according to initial reports.",
		[]string{"killed/children 3"}},
	{"according to our own reporter is the outlet", "Three boys died in the flooded camp, according to our reporter in Atmeh.",
		[]string{"killed/children 3"}},
	// SA: a document's author named in the next sentence, in any voice;
	// a document with no author is nobody's
	{"the author releases the toll in the next sentence", "At least 9 people died, according to a preliminary toll. The Salqin local council released the toll on Sunday.",
		[]string{"killed/people 9.. src=The Salqin local council"}},
	{"the figures came from the author", "At least 9 people died, according to a preliminary toll. The figures came from the Salqin local council.",
		[]string{"killed/people 9.. src=the Salqin local council"}},
	{"a count with no author", "At least 9 people died, according to a preliminary count. Rain fell all night.",
		[]string{"killed/people 9.."}},
	{"figures confirmed by their author", "At least 17 children were killed, according to figures confirmed by the Qalaat children's fund.",
		[]string{"killed/children 17.. src=the Qalaat children's fund"}},
	{"according to the report of a speaker named before", "The Idlib Rights Desk said in its yearly review that it had counted the dead. According to the review, 31 civilians died in Idlib.",
		[]string{"killed/civilians 31 src=The Idlib Rights Desk"}},
	// SC: more frames of report
	{"per as according to", "Five farmers died in the shelling, per the Kafr Nabl council.",
		[]string{"killed/people 5 src=the Kafr Nabl council"}},
	{"per is no frame in a rate", "The clinic treats 40 patients per day.",
		nil},
	{"a second verb coordinated after an object", "The Orontes Rescue Corps also acknowledged the attack and reported that its teams had recovered four bodies.",
		[]string{"killed/people 4.. src=The Orontes Rescue Corps"}},
	// SA: several frames in one sentence
	{"a subordinator is no part of the speaker", "While the Binnish council said 4 people were killed, the Orontes Rescue Corps put the toll at 7.",
		[]string{"killed/people 4 src=the Binnish council", "killed/people 7 src=the Orontes Rescue Corps"}},
	{"adding after a trailing frame is that frame's speaker", "Four people were killed, the Binnish council said, adding that 12 were wounded.",
		[]string{"killed/people 4 src=the Binnish council", "injured/people 12 src=the Binnish council"}},
	{"a clause after a closed frame takes the frame that closes it", "The shell killed four people, the Binnish council said, and wounded 12 others, according to the Orontes Rescue Corps.",
		[]string{"killed/people 4 src=the Binnish council", "injured/people 12 src=the Orontes Rescue Corps"}},
	// Arabic scope and order
	{"Arabic frame inside a relative clause", "وقال فريق الاستجابة إن الصاروخ، الذي قال سكان إنه سقط قرب المدرسة، أدى إلى مقتل 3 أطفال.",
		[]string{"killed/children 3 src=فريق الاستجابة"}},
	{"Arabic subject first with a long title and name", "المتحدث باسم لجنة الإسعاف الأهلية سامر الحلبي قال إن 4 أشخاص قتلوا.",
		[]string{"killed/people 4 src=المتحدث باسم لجنة الإسعاف الأهلية سامر الحلبي"}},
	{"an adjunct before the verb is no speaker: the speaker goes on", "وقالت لجنة الإسعاف الأهلية إن القصف استمر حتى الفجر.\nوفي سياق متصل قالت إن 4 أشخاص قتلوا.",
		[]string{"killed/people 4 src=لجنة الإسعاف الأهلية"}},
	// the day after an inverted frame dates the statement, not the event
	{"a day after an inverted frame's name", "Jets killed 11 civilians in Binnish, 8 of them at a bakery, said a rights monitor on Wednesday.\nThe faction holds the area.\nNo fewer than 8 people died and 21 more were hurt as jets struck the bakery near midnight on Tuesday, the monitor said.",
		[]string{"killed/civilians 11 src=a rights monitor", "killed/civilians 8 src=a rights monitor", "killed/people 8.. src=a rights monitor", "injured/people 21 src=a rights monitor"}},
	{"according to what a body said", "Five farmers died in the shelling, according to what the Kafr Nabl council told reporters.",
		[]string{"killed/people 5 src=the Kafr Nabl council"}},
	// the apposition that tells who an inverted frame's speaker is: the
	// outlet's words, not the speaker's
	{"a wounded speaker in his apposition", "\"The second shell came while we were running,\" said Khaled Omar, a baker who was wounded in the shoulder.",
		[]string{"injured/people 1"}},
	{"a speaker's age, then an apposition with a relative killed", "\"We found nothing,\" said Umm Fadi, 52, a widow whose son was killed in the raid.",
		[]string{"killed/children 1"}},
	{"near-miss: the apposition's own clause of speech", "\"We ran,\" said Yusuf Haddad, a shopkeeper, who told reporters that six people had died in the blast.",
		[]string{"killed/people 6 src=Yusuf Haddad"}},
	{"near-miss: the quotation goes on after the name", "\"Four died at once,\" said Khaled Omar, a baker, \"and nine were wounded.\"",
		[]string{"killed/people 4 src=Khaled Omar", "injured/people 9 src=Khaled Omar"}},
	// a participial apposition of a subject ("known as"): the subject speaks
	{"a subject known as another name", "The Orontes Rescue Corps, known as the Blue Vests, said a man who had been trapped since Monday died of his wounds.",
		[]string{"killed/people 1 src=The Orontes Rescue Corps"}},
}

func TestSourceScope(t *testing.T) {
	for _, c := range scopeCases {
		t.Run(c.name, func(t *testing.T) { checkExtract(t, c.text, "", c.want) })
	}
}

// keySep's shortcut for the Arabic letters and marks answers as the
// unicode classes do.
func TestKeySepArabicBlock(t *testing.T) {
	for r := rune(0x0620); r <= 0x065F; r++ {
		if want := unicode.IsSpace(r) || (unicode.IsPunct(r) && r != '-' && r != '\'') || unicode.IsSymbol(r); keySep(r) != want {
			t.Errorf("keySep(%U) = %v, want %v", r, keySep(r), want)
		}
	}
}
