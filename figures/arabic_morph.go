package figures

// Arabic morphology. The lexicons list one or a few surface forms of each
// word; a reader meets them inflected (dual, feminine, sound plural, the
// accusative of a counted noun) and wrapped in clitics (و ف ب ل ك ال س
// before, a possessive ه ها هم هما هن after). arabicForms adds the regular
// inflections of the listed words once, at start-up, and readTokens strips
// (arStemOf) clitics on both ends of a token, keeping a segmentation only when it
// leaves a lexicon word, so that وطفلتيه, لأكثر or مصرعها are read as the
// word they carry.

import "strings"

// arFeminable are person nouns whose feminine (ـة) names a woman:
// معلم/معلمة, طالب/طالبة. Adjectives (مسلح/مسلحة, عسكري/عسكرية) stay out:
// their feminine qualifies things ("مجموعة مسلحة"), and so do nouns whose
// feminine is mostly another word: مدرسة is a school, قريبة "near".
var arFeminable = map[string]bool{
	"معلم": true, "طالب": true, "مواطن": true, "شاب": true, "مزارع": true,
	"عامل": true, "متطوع": true, "مسعف": true, "صحفي": true, "نازح": true, "طبيب": true,
	"ممرض": true, "مسن": true, "جار": true, "موظف": true, "ناشط": true, "لاجئ": true,
	"معتقل": true, "مريض": true, "اعلامي": true,
}

// arNoForm are forms a regular rule would make that mean something else
// (طالبان is the Taliban).
var arNoForm = map[string]bool{"طالبان": true, "اخره": true, "اخرا": true}

// arBrokenPlural are singular nouns whose plural is not made with ـون/ـين,
// so that their ـين form is a dual: طفلين، نجلين، شقيقين.
var arBrokenPlural = map[string]bool{
	"طفل": true, "نجل": true, "ابن": true, "شقيق": true, "رجل": true, "شخص": true, "جندي": true,
	"عنصر": true, "شاب": true, "طالب": true, "قائد": true, "زعيم": true, "امير": true,
	"حارس": true, "حفيد": true, "جار": true, "طبيب": true, "مريض": true, "قريب": true, "زوج": true,
	"اخ": true, "صبي": true, "فتي": true, "رضيع": true, "شهيد": true, "قتيل": true, "جريح": true,
}

// arMorePeople are Arabic person nouns beyond the core lexicon: singular
// (n 1), with the regular forms added by arabicForms.
var arMorePeople = map[string]gword{
	// medics are rescuers' own staff: civilians (figures.md), as متطوع and مسعف
	"طبيب": {g: Civilians, n: 1}, "اطباء": {g: Civilians}, "ممرض": {g: Civilians, n: 1}, "مسن": {g: People, n: 1},
	"راع": {g: People, n: 1}, "راعي": {g: People, n: 1}, "جار": {g: People, n: 1},
	"موظف": {g: People, n: 1}, "ناشط": {g: People, n: 1}, "لاجئ": {g: People, n: 1},
	"معتقل": {g: People, n: 1}, "مريض": {g: People, n: 1}, "اعلامي": {g: Civilians, n: 1},
	"قريب": {g: People, n: 1}, "فتي": {g: Children, n: 1}, "رضيع": {g: Children, n: 1},
	"صبي": {g: Children, n: 1}, "طفلاه": {g: Children, n: 2}, "ابنته": {g: Women, n: 1},
	"زوجه": {g: Women, n: 1}, "زوج": {g: People, n: 1},
	// a companion or colleague named by his tie: "ورفيقه المصور X"
	"رفيق": {g: People, n: 1}, "زميل": {g: People, n: 1},
	"والدته": {g: Women, n: 1}, "اخت": {g: Women, n: 1}, "حفيد": {g: Children, n: 1}, "احفاد": {g: Children}, "مرافق": {g: Combatants, n: 1}, "حارس": {g: People, n: 1},
	"شقيقته": {g: Women, n: 1}, "اخته": {g: Women, n: 1}, "جدته": {g: Women, n: 1},
	"عمته": {g: Women, n: 1}, "خالته": {g: Women, n: 1}, "شقيقه": {g: People, n: 1},
	"مسؤول": {g: Combatants, n: 1, role: true}, "عضو": {g: Combatants, n: 1, role: true},
	"شرعي": {g: Combatants, n: 1, role: true}, "مؤسس": {g: Combatants, n: 1, role: true},
	"نائب": {g: Combatants, n: 1, role: true}, "انتحاري": {g: Combatants, n: 1, role: true},
	// the attacker of a suicide or armed attack: "بينهم المهاجم"
	"مهاجم": {g: Combatants, n: 1, role: true},
	// an officer is of an army: "بينهم ضابط برتبة ملازم"
	"ضابط": {g: Troops, n: 1}, "ضباط": {g: Troops},
	"مترجم":  {g: People, n: 1}, // "إصابة مترجم مدني يعمل مع القوات"
	"مواطنه": {g: Women, n: 1}, "امراه": {g: Women, n: 1}, "سيده": {g: Women, n: 1},
	"فتاه": {g: Children, n: 1}, "طفله": {g: Children, n: 1},
	// a daughter is a woman (figures.md); ابنة folds into ابنه (his son),
	// so her dual and plural are listed
	"ابنتان": {g: Women, n: 2}, "ابنتين": {g: Women, n: 2}, "بنات": {g: Women}, "بناته": {g: Women}, "بناتها": {g: Women},
	"اطفالا": {g: Children}, "نساءا": {g: Women}, "اشخاصا": {g: People},
	// a mother by her possessor, the speaker's own ("قُتلت أمي") included:
	// a relative takes the group of the relative noun (figures.md)
	"امه": {g: Women, n: 1}, "امها": {g: Women, n: 1}, "امي": {g: Women, n: 1},
	"والدتي": {g: Women, n: 1}, "والدتها": {g: Women, n: 1},
	"زوجتي": {g: Women, n: 1}, "ابنتي": {g: Women, n: 1}, "اختي": {g: Women, n: 1}, "شقيقتي": {g: Women, n: 1},
	"والدي": {g: People, n: 1}, "زوجي": {g: People, n: 1}, "اخي": {g: People, n: 1}, "شقيقي": {g: People, n: 1},
	"ابني": {g: Children, n: 1}, "طفلي": {g: Children, n: 1},
	// pupils are schoolchildren: "لم تسجل إصابات بين تلاميذ المدرسة"
	"تلميذ": {g: Children, n: 1}, "تلاميذ": {g: Children},
	// patients, the broken plural of مريض: "لم يصب أي من المرضى"
	"مرضي": {g: People},
	"اسره": {g: People, n: 0}, "عائله": {g: People, n: 0}, "افراد": {g: People}, "فردا": {g: People},
}

// arMoreMetrics are Arabic metric forms beyond the core lexicon: verb
// forms by person and number, nouns in the singular of a counted noun.
var arMoreMetrics = map[string]mword{
	// verbs that come before their subject (VSO) govern what follows
	"لقيت": {m: Killed, pre: true}, "لقيا": {m: Killed, post: true}, "لقين": {m: Killed, post: true},
	"قضت": {m: Killed, pre: true}, "قضيا": {m: Killed, post: true},
	"توفيت": {m: Killed, pre: true}, "توفيا": {m: Killed, post: true},
	"مات": {m: Killed, pre: true}, "ماتت": {m: Killed, pre: true}, "ماتا": {m: Killed, post: true},
	"ماتوا": {m: Killed, post: true}, "ماتتا": {m: Killed, post: true},
	"استشهدت": {m: Killed, pre: true}, "استشهدن": {m: Killed, post: true},
	"ارتقي": {m: Killed, pre: true}, "ارتقت": {m: Killed, pre: true}, "ارتقوا": {m: Killed, post: true},
	"ارتقيا": {m: Killed, post: true},
	"قتيله":  {m: Killed, head: true, one: true}, "قتيلتين": {m: Killed, head: true, dual: true},
	"قتيلتان": {m: Killed, head: true, dual: true}, "شهيده": {m: Killed, head: true, one: true},
	"يقتل": {m: Killed, pre: true}, "تقتل": {m: Killed, pre: true}, "يصاب": {m: Injured, pre: true},
	"اصيبتا": {m: Injured, post: true}, "جرحت": {m: Injured, pre: true},
	"مصرع": {m: Killed, pre: true, post: true}, "حتف": {m: Killed, post: true},
	"مصرعه": {m: Killed, post: true}, "مصرعها": {m: Killed, post: true}, "مصرعهما": {m: Killed, post: true},
	"حتفه": {m: Killed, post: true}, "حتفها": {m: Killed, post: true}, "حتفهما": {m: Killed, post: true},
	"مصرعهن": {m: Killed, post: true}, "حتفهن": {m: Killed, post: true},
	// a singular noun after a number of 11 or more: "150 وفاة", "23 إصابة"
	"وفاه": {m: Killed, pre: true, head: true}, "اصابه": {m: Injured, pre: true, head: true},
	"ضحيه": {m: Casualties, head: true}, "اغتيال": {m: Killed, pre: true},
	"جريحه": {m: Injured, head: true, one: true}, "مصابه": {m: Injured, head: true, one: true},
	"جريحتين": {m: Injured, head: true, dual: true}, "مصابتين": {m: Injured, head: true, dual: true},
	"مصابان": {m: Injured, head: true, dual: true},
	// "فقدان 5 أشخاص حياتهم": lost their lives
	"حياتهم": {m: Killed, post: true}, "حياتهما": {m: Killed, post: true}, "حياتهن": {m: Killed, post: true},
	"فارق": {m: Killed, pre: true}, "فارقت": {m: Killed, pre: true}, "فارقوا": {m: Killed, post: true},
	// the rest of the paradigm of parting from life, and of the plain verbs
	// of dying: duals and feminine plurals follow their subject ("طفلين
	// فارقا الحياة"); the imperfect narrates after قبل أن as يتوفى does
	// ("قبل أن يفارق اثنان من المصابين الحياة")
	"فارقا": {m: Killed, post: true}, "فارقتا": {m: Killed, post: true}, "فارقن": {m: Killed, post: true},
	"يفارق": {m: Killed, pre: true}, "تفارق": {m: Killed, pre: true},
	"قضين": {m: Killed, post: true}, "توفين": {m: Killed, post: true}, "متن": {m: Killed, post: true},
	"مجزره": {m: Killed, pre: true}, "مجازر": {m: Killed, pre: true},
	"جثه": {m: Killed, pre: true, head: true, bodies: true}, // "انتشال جثة طفل"
}

func init() {
	arabicForms()
}

// arabicForms adds the regular forms of the Arabic person nouns: the dual
// (ـان، ـين for a feminine), the accusative of a counted noun (ـاً), the
// sound plurals, and the feminine of the nouns in arFeminable. A form the
// lexicon lists already keeps its entry.
func arabicForms() {
	for w := range arSingVerb {
		arPastVerbs[w] = true // "طفلاً توفي": a singular subject, then its verb
	}
	for w, g := range arMorePeople {
		if _, ok := groupWords[w]; !ok {
			groupWords[w] = g
		}
	}
	for w, m := range arMoreMetrics {
		if old, ok := metricWords[w]; ok {
			// a listed word gains the uses given here: وفاة is a counted
			// noun too ("150 وفاة")
			old.pre, old.post, old.head = old.pre || m.pre, old.post || m.post, old.head || m.head
			m = old
		}
		metricWords[w] = m
	}
	add := func(w string, g gword) {
		if arNoForm[w] {
			return
		}
		if _, ok := groupWords[w]; !ok {
			groupWords[w] = g
		}
	}
	var singles []string
	for w, g := range groupWords {
		if w != "" && w[0] >= 0x80 && g.n == 1 && !g.list {
			singles = append(singles, w)
		}
	}
	for _, w := range singles {
		g := groupWords[w]
		plural := gword{g: g.g, role: g.role}
		dual := gword{g: g.g, n: 2}
		if strings.HasSuffix(w, "ه") {
			// feminine: طفلة → طفلتان، طفلتين، طفلات
			st := strings.TrimSuffix(w, "ه") + "ت"
			add(st+"ان", dual)
			add(st+"ين", dual)
			add(strings.TrimSuffix(w, "ه")+"ات", plural)
			continue
		}
		add(w+"ان", dual)
		add(w+"ا", plural) // tamyiz: "15 مدنياً"
		if arBrokenPlural[w] {
			add(w+"ين", dual) // نجلين: two sons (sons are أنجال)
		} else {
			add(w+"ون", plural)
			add(w+"ين", plural)
			add(w+"ي", plural) // the construct: "5 من مقاتلي جيش العزة"
		}
		if arFeminable[w] {
			fg := g.g
			if fg == People || fg == Civilians {
				fg = Women
			}
			add(w+"ه", gword{g: fg, n: 1})
			add(w+"تان", gword{g: fg, n: 2})
			add(w+"تين", gword{g: fg, n: 2})
			add(w+"ات", gword{g: fg})
		}
	}
}

// arSegVocab holds the words a possessive suffix may be stripped to:
// nouns and verbs of the figures, not verbs of speech ("التابعة" is not
// "تابع" with a suffix).
var arSegVocab = map[string]bool{}

// arSuffixes are the possessive and object pronouns a noun or verb may end
// with, longest first.
var arSuffixes = []string{"هما", "هم", "هن", "ها", "ه"}

// arSegment strips a possessive suffix from w and returns the lexicon form
// it leaves: زوجته → زوجه, طفلاه → طفلان, طفليها → طفلين, مصرعها → مصرع.
func arSegment(w string) (string, bool) {
	// a suffix leaves three letters at least, and every one ends so
	if len(w) < 8 {
		return "", false
	}
	switch w[len(w)-len("ه"):] {
	case "ه", "م", "ن", "ا":
	default:
		return "", false
	}
	for _, suf := range arSuffixes {
		if !strings.HasSuffix(w, suf) || len(w)-len(suf) < 6 {
			continue
		}
		r := w[:len(w)-len(suf)]
		if strings.HasSuffix(r, "ؤ") || strings.HasSuffix(r, "ئ") {
			// the hamza's seat follows the case before a suffix: أبناؤه، أبنائه
			if h, ok := segForm(r[:len(r)-len("ؤ")], "ء"); ok {
				return h, true
			}
		}
		if strings.HasSuffix(r, "ا") || strings.HasSuffix(r, "ي") {
			// a dual drops its ن before a suffix: طفلاه، طفليه (an
			// indefinite ـاً takes no suffix); the nominative ـان is
			// the form no plural shares
			if d, ok := segForm(r, "ن"); ok {
				return d, true // طفليه: طفلين (dual); مقاتليه: مقاتلين (plural)
			}
			if strings.HasSuffix(r, "ي") {
				if d, ok := segForm(r[:len(r)-len("ي")], "ان"); ok {
					return d, true
				}
			}
		}
		if arSegVocab[r] {
			return r, true
		}
		if strings.HasSuffix(r, "ت") {
			// the ة of a feminine noun is written ت before a suffix; the
			// lexicon's possessive form says the feminine best (والدتهما is
			// والدته, a mother, where والدة and والده fold together)
			if suf != "ه" {
				if f, ok := segForm(r, "ه"); ok {
					return f, true
				}
			}
			if f, ok := segForm(strings.TrimSuffix(r, "ت"), "ه"); ok {
				return f, true
			}
		}
	}
	return "", false
}

// segForm is stem+end when arSegVocab holds it: the form is put together
// on the stack, and a string made only for a form found.
func segForm(stem, end string) (string, bool) {
	var buf [64]byte
	f := append(append(buf[:0], stem...), end...)
	if !arSegVocab[string(f)] {
		return "", false
	}
	return string(f), true
}

// arOneOf: does a plural of people stand at j, after أحد / إحدى ("one of"):
// "أحد جنوده", "أحد عناصر الفصيل", "إحدى النساء"? Then أحد counts one.
func arOneOf(ts []tok, j int) bool {
	if j >= len(ts) || !ts[j].ar || ts[j].k != kWord {
		return false
	}
	g, ok := lookup(groupWords, ts[j])
	return ok && g.n == 0 && !g.list
}
