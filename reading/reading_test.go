package reading

import (
	"slices"
	"strings"
	"testing"

	"github.com/idlibwatch/idlibwatch/textnorm"
)

func norms(d *Doc, ts []Token) []string {
	var out []string
	for _, t := range ts {
		if t.Kind == Newline {
			out = append(out, `\n`)
			continue
		}
		out = append(out, t.Norm)
	}
	return out
}

func TestTokens(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"U.S. forces hit al-Bab on Feb. 3", []string{"u.s", "forces", "hit", "al-bab", "on", "feb", "3", `\n`}},
		{"Idlib's 1,200 residents, 3.5 km", []string{"idlib", "1,200", "residents", ",", "3.5", "km", `\n`}},
		{"No. 4 and no more.", []string{"no", "4", "and", "no", "more", ".", `\n`}},
		{"قُتل ١٢ شخصاً و10 آخرون", []string{"قتل", "12", "شخصا", "و", "10", "اخرون", `\n`}},
		{"a\n\"b\"", []string{"a", `\n`, `"`, "b", `"`, `\n`}},
	}
	for _, c := range cases {
		d := Read(c.in)
		if got := norms(d, d.Tokens); !slices.Equal(got, c.want) {
			t.Errorf("Read(%q) tokens %q, want %q", c.in, got, c.want)
		}
		for _, tk := range d.Tokens {
			if tk.Kind != Newline && Fold(d.Text[tk.Start:tk.End]) != tk.Norm && tk.Kind != Punct && tk.Kind != Quote {
				t.Errorf("%q: token %q at [%d,%d) is not the fold of its span", c.in, tk.Norm, tk.Start, tk.End)
			}
		}
	}
}

func TestTokenFlags(t *testing.T) {
	d := Read(`Dr. Hassan said «عشرة قتلى» in "Sarmin"`)
	want := map[string]struct{ upper, arabic, abbr, quoted bool }{
		"dr":     {true, false, true, false},
		"hassan": {true, false, false, false},
		"عشره":   {false, true, false, true},
		"in":     {false, false, false, false},
		"sarmin": {true, false, false, true},
	}
	for _, tk := range d.Tokens {
		w, ok := want[tk.Norm]
		if !ok {
			continue
		}
		if got := (struct{ upper, arabic, abbr, quoted bool }{tk.Upper, tk.Arabic, tk.Abbr, tk.Quoted}); got != w {
			t.Errorf("%q: flags %+v, want %+v", tk.Norm, got, w)
		}
	}
}

func sentenceTexts(d *Doc) []string {
	var out []string
	for _, s := range d.Sentences {
		a, b := d.Span(s)
		out = append(out, d.Text[a:b])
	}
	return out
}

func TestSentences(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Two died. Three were hurt!", []string{"Two died.", "Three were hurt!"}},
		{"He said: \"it ended.\" Then rain.", []string{`He said: "it ended."`, "Then rain."}},
		{"Forces of the U.S. The next day, calm.", []string{"Forces of the U.S.", "The next day, calm."}},
		{"about approx. 5 people", []string{"about approx. 5 people"}},
		{"Strike kills 4 in Idlib\nAn air strike hit", []string{"Strike kills 4 in Idlib", "An air strike hit"}},
		{"Strike kills 4 in Idlib An air strike hit", []string{"Strike kills 4 in Idlib", "An air strike hit"}},
		{"قتل شخصان. وأصيب ثلاثة؟ نعم", []string{"قتل شخصان.", "وأصيب ثلاثة؟", "نعم"}},
		// an opening quotation mark after a period starts the next sentence
		{`Two died. "We ran," he said.`, []string{"Two died.", `"We ran," he said.`}},
		{"Two died. “We ran,” he said.", []string{"Two died.", "“We ran,” he said."}},
		{`He said "it ended." Then rain.`, []string{`He said "it ended."`, "Then rain."}},
	}
	for _, c := range cases {
		if got := sentenceTexts(Read(c.in)); !slices.Equal(got, c.want) {
			t.Errorf("sentences of %q: %q, want %q", c.in, got, c.want)
		}
	}
	// A sentence never runs past maxSentence tokens, however long the line.
	d := Read(strings.Repeat("word ", 1000))
	for _, s := range d.Sentences {
		if s.B-s.A > maxSentence {
			t.Fatalf("sentence of %d tokens", s.B-s.A)
		}
	}
}

func TestLines(t *testing.T) {
	text := "Home | World | Sport\nMost read\nOther story one\nOther story two\n\nAn air strike on a market in Sarmin killed four people and wounded nine others on Tuesday morning, rescuers and local residents said.\nRead more: another story"
	d := Read(text)
	var content []string
	for _, ln := range d.Lines {
		for _, tk := range d.Tokens[ln.First:ln.Last] {
			if int(tk.Start) < ln.Start || int(tk.End) > ln.End || tk.Kind == Newline {
				t.Errorf("line %q holds token [%d,%d)", text[ln.Start:ln.End], tk.Start, tk.End)
			}
		}
		if ln.Content {
			content = append(content, text[ln.Start:ln.End])
		}
	}
	want := []string{"Home | World | Sport", "An air strike on a market in Sarmin killed four people and wounded nine others on Tuesday morning, rescuers and local residents said."}
	if !slices.Equal(content, want) {
		t.Errorf("content lines %q, want %q", content, want)
	}
	if n := len(d.Lines); n != 7 {
		t.Errorf("%d lines, want 7", n)
	}
}

// TestMatchWords checks that the match words are textnorm's tokens of the
// article's lines, at their places in the text.
func TestMatchWords(t *testing.T) {
	text := "Jisr al-Shughur's 1,200 U.S.-backed Ma'arrat\nقتل 3 و10 بـإدلب، ١٢ آذار\nMost read\nOther story"
	d := Read(text)
	var got, want []string
	for _, w := range d.MatchWords() {
		got = append(got, w.Norm+"@"+text[w.Start:w.End])
	}
	for _, ln := range []string{"Jisr al-Shughur's 1,200 U.S.-backed Ma'arrat", "قتل 3 و10 بـإدلب، ١٢ آذار"} {
		for _, w := range textnorm.Tokens(ln) {
			want = append(want, w.Norm+"@"+ln[w.Start:w.End])
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("match words %q, want %q", got, want)
	}
	start := strings.Index(text, "قتل")
	if in := d.MatchWordsIn(start, len(text)); len(in) != 6 || in[0].Norm != "قتل" || in[5].Norm != "اذار" {
		t.Errorf("MatchWordsIn: %+v", in)
	}
	if in := d.MatchWordsIn(0, 4); len(in) != 1 || in[0].Norm != "jisr" {
		t.Errorf("MatchWordsIn(0, 4): %+v", in)
	}
}

func TestStems(t *testing.T) {
	cases := []struct {
		w           string
		keepArticle bool
		want        []string
	}{
		{"وبالمدينه", false, []string{"مدينه", "المدينه", "بالمدينه"}},
		{"والمرصد", false, []string{"مرصد", "المرصد"}},
		{"والمرصد", true, []string{"المرصد"}},
		{"للدانا", true, []string{"الدانا", "لدانا"}},
		{"للدانا", false, []string{"دانا", "لدانا"}},
		{"ول", false, nil},
		{"قتل", false, nil},
	}
	for _, c := range cases {
		var got []string
		Stems(c.w, c.keepArticle, func(s string, _ bool) bool {
			got = append(got, s)
			return true
		})
		if !slices.Equal(got, c.want) {
			t.Errorf("Stems(%q, %v) = %q, want %q", c.w, c.keepArticle, got, c.want)
		}
	}
	for in, want := range map[string]string{"المرصد": "مرصد", "بالمرصد": "مرصد", "للمرصد": "مرصد", "مرصد": "مرصد", "ال": "ال", "الي": "الي", "the": "the"} {
		if got := Unarticled(in); got != want {
			t.Errorf("Unarticled(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestBoilerplate checks which lines of invented page dumps are kept as
// article text.
func TestBoilerplate(t *testing.T) {
	lede := "Shelling on the village of Kansafra killed three farmers and wounded a boy on Sunday, a local rescue team said."
	ledeAr := "قتل ثلاثة مزارعين وأصيب طفل بقصف مدفعي على قرية كنصفرة يوم الأحد، بحسب فريق إسعاف محلي."
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"inline teasers with other marks", "Read more | Car bomb kills 6 in Jarablus\n" + lede + "\nAlso read - Two dead in Tal Abyad blast\nREAD MORE » Nine killed in Raqqa", []string{lede}},
		{"inline Arabic teaser", "اقرأ أيضًا | مقتل ستة بانفجار في جرابلس\n" + ledeAr, []string{ledeAr}},
		{"suggested articles after the article", lede + "\n\nSUGGESTED ARTICLES\nCar bomb kills 6 in Jarablus", []string{lede}},
		{"a label word starting prose stays", "Related to the attack, police said 4 men were arrested.\n" + lede, []string{"Related to the attack, police said 4 men were arrested.", lede}},
		{"tight list ends at a blank line, headline kept", "Related stories\nCar bomb kills 6 in Jarablus\nTwo dead in Tal Abyad blast\n\nThree farmers killed in Kansafra\n\n" + lede, []string{"Three farmers killed in Kansafra", lede}},
		{"tight list ends at a short paragraph", "اقرأ أيضاً\nمقتل ستة بانفجار في جرابلس\nمقتل اثنين في تل أبيض\nقتل ثلاثة مزارعين بقصف مدفعي على قرية كنصفرة صباح الأحد.", []string{"قتل ثلاثة مزارعين بقصف مدفعي على قرية كنصفرة صباح الأحد."}},
		{"loose list runs over blank lines", "Most read\n\nCar bomb kills 6 in Jarablus.\n\nTwo dead in Tal Abyad blast, with children among the wounded.\n\n" + lede, []string{lede}},
		{"a run of headlines without a heading", "Car bomb kills 6 in Jarablus\n2 hours ago\nTwo dead in Tal Abyad blast\nNine fighters killed near Raqqa\n\nThree farmers killed in Kansafra\n" + lede, []string{"Three farmers killed in Kansafra", lede}},
		{"a share bar over the headline", "Share\nFacebook\nTwitter\nWhatsApp\nThree farmers killed in Kansafra\n\n" + lede, []string{"Three farmers killed in Kansafra", lede}},
		{"headlines after a paragraph go whole", lede + "\nCar bomb kills 6 in Jarablus\nTwo dead in Tal Abyad blast\nNine fighters killed near Raqqa\n\n" + lede, []string{lede, lede}},
		{"headline and subtitle stay, byline and stamp go", "Three farmers killed in Kansafra\nA boy was among the wounded\nBy Rami Saleh\nUpdated 2 hours ago\n" + lede, []string{"Three farmers killed in Kansafra", "A boy was among the wounded", lede}},
		{"a stamp with a year stays", "Published 4 March 2021\n" + lede, []string{"Published 4 March 2021", lede}},
		{"page furniture", "Tags: Idlib, Ariha\nFollow us on Telegram\n" + lede + "\n(AFP photo)\n(Reporting by Rami Saleh; editing by Jo Baker)\nWe use cookies to make this site work. Accept", []string{lede}},
		{"Arabic page furniture", "الوسوم: إدلب، أريحا\nكتب: سامي الأحمد\nتابعونا على تلغرام\n" + ledeAr + "\nصورة أرشيفية\nالمصدر: وكالات", []string{ledeAr}},
		{"captions and newsletter prompts", "Rescuers at the scene. Photo: Ali Darwish/Anadolu\nGet our weekly briefing in your inbox\n" + lede, []string{lede}},
		{"a run over a headline over the lede: the run goes, the headline stays", "Car bomb kills 6 in Jarablus\nTwo dead in Tal Abyad blast\nNine fighters killed near Raqqa\n\nThree farmers killed and a boy wounded as shells hit the village of Kansafra in the south of the province on Sunday\n\n" + lede, []string{"Three farmers killed and a boy wounded as shells hit the village of Kansafra in the south of the province on Sunday", lede}},
		{"a numbered list ends at its first bare line", "Most read\n1. Car bomb kills 6 in Jarablus\n2. Two dead in Tal Abyad blast\nThree farmers killed in Kansafra\n" + lede, []string{"Three farmers killed in Kansafra", lede}},
		{"a bulleted list ends at its first bare line", "مواضيع ذات صلة\n• مقتل ستة بانفجار في جرابلس\n• مقتل اثنين في تل أبيض\nمقتل ثلاثة مزارعين في كنصفرة\n" + ledeAr, []string{"مقتل ثلاثة مزارعين في كنصفرة", ledeAr}},
		{"a run straight over the lede: its last line is another story", "Car bomb kills 6 in Jarablus\nTwo dead in Tal Abyad blast\nNine fighters killed near Raqqa\n" + lede, []string{lede}},
		{"a run over the headline and its date", "Car bomb kills 6 in Jarablus\nTwo dead in Tal Abyad blast\nThree farmers killed in Kansafra\n4 March 2021\n" + lede, []string{"Three farmers killed in Kansafra", "4 March 2021", lede}},
		{"a tight list run into the headline", "Related\nCar bomb kills 6 in Jarablus\nTwo dead in Tal Abyad blast\nThree farmers killed in Kansafra\n" + lede, []string{"Three farmers killed in Kansafra", lede}},
		{"a tight list run into the lede", "اقرأ أيضاً\nمقتل ستة بانفجار في جرابلس\nمقتل اثنين في تل أبيض\n" + ledeAr, []string{ledeAr}},
		{"an embedded tweet among menu lines stays", "Home\nNews\nVideo\nFour dead in Kansafra tonight pic.twitter.com/x1Y2z3\n— Rescue Team (@rescue_team)\nShare\nFacebook\nTwitter\n" + lede, []string{"Four dead in Kansafra tonight pic.twitter.com/x1Y2z3", "— Rescue Team (@rescue_team)", lede}},
		{"a run over the headline and a labelled date", "Car bomb kills 6 in Jarablus\nTwo dead in Tal Abyad blast\nNine fighters killed near Raqqa\nThree farmers killed in Kansafra\nPosted on: 4 March 2021\n" + lede, []string{"Three farmers killed in Kansafra", "Posted on: 4 March 2021", lede}},
		{"an agency dateline in parentheses is a lede", "(Reuters) - Shelling killed three farmers in Kansafra on Sunday", []string{"(Reuters) - Shelling killed three farmers in Kansafra on Sunday"}},
		{"a tally by town stays", "Victims by town\nKansafra: 3 dead\nAriha: 2 dead\nSarmin: 1 dead\nBinnish: 4 dead", []string{"Victims by town", "Kansafra: 3 dead", "Ariha: 2 dead", "Sarmin: 1 dead", "Binnish: 4 dead"}},
		{"a list the lede announces stays, however short its lines", ledeAr + "\nوتوزع القتلى على البلدات على النحو التالي:\n- كنصفرة: قتيلان، هما أب وابنه\n- البارة: قتيل واحد\n- الفطيرة: ثلاثة جرحى بينهم طفل", []string{ledeAr, "وتوزع القتلى على البلدات على النحو التالي:", "- كنصفرة: قتيلان، هما أب وابنه", "- البارة: قتيل واحد", "- الفطيرة: ثلاثة جرحى بينهم طفل"}},
		{"near-miss: other stories under a label with a colon go", ledeAr + "\nاقرأ أيضاً:\n- مقتل ستة بانفجار في جرابلس\n- مقتل اثنين في تل أبيض\n- غارات على أطراف مدينة إدلب", []string{ledeAr}},
		{"a labelled first line that the body goes on is the headline", "BREAKING: Three farmers killed in Kansafra\n" + lede, []string{"BREAKING: Three farmers killed in Kansafra", lede}},
		{"an Arabic labelled headline the body goes on", "عاجل | مقتل ثلاثة مزارعين في كنصفرة\n" + ledeAr, []string{"عاجل | مقتل ثلاثة مزارعين في كنصفرة", ledeAr}},
		{"a labelled first line of another story is a flash", "Breaking: Six killed in Jarablus car bomb\n" + lede, []string{lede}},
		{"a labelled line after the headline is a flash", "Three farmers killed in Kansafra\nBreaking: Kansafra council meets\n" + lede, []string{"Three farmers killed in Kansafra", lede}},
		{"a dateline, a date and a share button under the headline", "Menu\nThree farmers killed in Kansafra shelling\nHatay / AA\n4 March 2021\nShare\n\n" + lede, []string{"Three farmers killed in Kansafra shelling", "4 March 2021", lede}},
		{"an Arabic headline over its dateline and share row", "الرئيسية / أخبار\nمقتل ثلاثة مزارعين بقصف مدفعي على كنصفرة\nإدلب - خاص\nشارك على فيسبوك شارك على إكس\n\n" + ledeAr, []string{"مقتل ثلاثة مزارعين بقصف مدفعي على كنصفرة", ledeAr}},
		{"a byline in capitals and a row of networks under the headline", "News\nThree farmers killed in Kansafra shelling\nIDLIB NEWS WITH AGENCIES\nFacebook Twitter WhatsApp\n\n" + lede, []string{"Three farmers killed in Kansafra shelling", lede}},
		{"a photo's caption between the headline and the lede", "News\nSyria\nThree farmers killed in Kansafra shelling\n\nA destroyed house in Kansafra on Sunday (Idlib Post/Rami Saleh)\n\n" + lede, []string{"Three farmers killed in Kansafra shelling", "A destroyed house in Kansafra on Sunday (Idlib Post/Rami Saleh)", lede}},
		{"a live blog's key events are no headline", "Key events\nNews\n14.02 GMT Three farmers killed in Kansafra\n\n14.02 GMT\n" + lede, []string{"14.02 GMT", lede}},
		{"a share row dropped already between the headline and a captioned photo", "Three farmers killed in Kansafra shelling\nDAILY NEWS WITH AGENCIES\nIDLIB\nPublished Mar 4, 2021 10:12 AM\nShare on Facebook  Share on Twitter\n\nRescuers search a house in Kansafra, March 4, 2021. (AA Photo)\n\n" + lede, []string{"Three farmers killed in Kansafra shelling", "Published Mar 4, 2021 10:12 AM", "Rescuers search a house in Kansafra, March 4, 2021. (AA Photo)", lede}},
		{"an Arabic headline over a long dated line and a dateline", "أخبار\nالمشرق العربي | سوريا\nالدفاع المدني: مقتل ثلاثة مزارعين بقصف على كنصفرة\n\nالأحد - 21 رجب 1442 هـ - 4 آذار 2021 مـ رقم العدد [ 15412]\nإدلب: «أخبار إدلب»\n\n" + ledeAr, []string{"الدفاع المدني: مقتل ثلاثة مزارعين بقصف على كنصفرة", "الأحد - 21 رجب 1442 هـ - 4 آذار 2021 مـ رقم العدد [ 15412]", "إدلب: «أخبار إدلب»", ledeAr}},
		{"a headline over its subtitle, a byline, a stamp, buttons and a caption", "World › Middle East\nShelling kills three farmers in Kansafra, two of them brothers\nThe attack is the deadliest on the village since the truce\nRami Saleh, Local News\nSunday 4 March 2021 17:22 GMT\nComments\nBookmark\nShare on Facebook  Share on X  Email\n\nRescuers at the site of the shelling in Kansafra on Sunday. (Local News Photo/Rami Saleh)\n\n" + lede, []string{"Shelling kills three farmers in Kansafra, two of them brothers", "Sunday 4 March 2021 17:22 GMT", "Comments", "Bookmark", "Rescuers at the site of the shelling in Kansafra on Sunday. (Local News Photo/Rami Saleh)", lede}},
		{"a headline over a long subtitle without a stop", "Local News\nNews  Syria\nShelling kills three farmers in Kansafra near the front line\n\nTwo brothers who worked the same olive grove since they were boys were among the dead on Sunday morning\n\nLocal News staff\n\n" + lede, []string{"Shelling kills three farmers in Kansafra near the front line", "Two brothers who worked the same olive grove since they were boys were among the dead on Sunday morning", "Local News staff", lede}},
		{"a section's name over a dated line is no headline", "Local News Agency\nRegion & Front\nMarch 4, 2021, 10:12  UPDATED: March 4, 2021, 16:05\n\nThree farmers killed in Kansafra shelling\n\nThe shells hit an olive grove where families were at work on Sunday morning\nShare\n\n" + lede, []string{"Three farmers killed in Kansafra shelling", "The shells hit an olive grove where families were at work on Sunday morning", "Share", lede}},
		{"a breadcrumb is no headline", "Home > News > Press releases\nDonate | Careers | Contact\nOur teams\n\nThree farmers killed in Kansafra\n\nPRESS RELEASE 4 March 2021\n\n" + lede, []string{"Three farmers killed in Kansafra", "PRESS RELEASE 4 March 2021", lede}},
		{"a live blog's headline over its key events and clock times stays", "Live: Strikes on the Kansafra countryside\nKey events\nShow key events only\n10:32 GMT\n" + lede + "\n10:05 GMT\nRescuers said more shells fell on the village overnight.", []string{"Live: Strikes on the Kansafra countryside", "Key events", "Show key events only", "10:32 GMT", lede, "10:05 GMT", "Rescuers said more shells fell on the village overnight."}},
		{"an Arabic live page's headline over its buttons and clock times stays", "مباشر: قصف على ريف كنصفرة\nمشاركة\nنسخ الرابط\n10:32\n" + ledeAr, []string{"مباشر: قصف على ريف كنصفرة", "مشاركة", "نسخ الرابط", "10:32", ledeAr}},
		// two runs before the lede: the menu over the headline, the byline,
		// the outlet and a button under it; the headline is the first run's
		{"a menu over the headline, a byline block under it", "Home\nSyria\nThree farmers killed in Kansafra shelling\n\nRami Saleh\nLocal News\nShare\n\n" + lede, []string{"Three farmers killed in Kansafra shelling", lede}},
		{"a menu over the headline, a dated byline block under it", "Home\nSyria\nThree farmers killed in Kansafra shelling\n\nRami Saleh\n4 March 2021\nShare\n\n" + lede, []string{"Three farmers killed in Kansafra shelling", "4 March 2021", lede}},
		{"an Arabic menu over the headline, a byline block under it", "الرئيسية\nسوريا\nمقتل ثلاثة مزارعين بقصف على كنصفرة\n\nسامر الحسن\nأخبار إدلب\nمشاركة\n\n" + ledeAr, []string{"مقتل ثلاثة مزارعين بقصف على كنصفرة", ledeAr}},
		{"a live blog's short entries stay", "10:32\nStrike reported on Kansafra\n10:45\nRescuers reach the site\n11:02\nToll rises to three", []string{"10:32", "Strike reported on Kansafra", "10:45", "Rescuers reach the site", "11:02", "Toll rises to three"}},
	}
	for _, c := range cases {
		d := Read(c.in)
		var got []string
		for _, ln := range d.Lines {
			if ln.Content {
				got = append(got, c.in[ln.Start:ln.End])
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: content lines\n%q, want\n%q", c.name, got, c.want)
		}
	}
}
