package figures

// The lexicons below are general word lists (English and normalized Arabic,
// see normWord); nothing in them is specific to one article.

// mword is a word that says people were killed or injured.
type mword struct {
	m      Metric
	pre    bool // governs a count that follows: "killing 12", "مقتل سبعة"
	post   bool // follows its count: "12 were killed", "قتلوا"
	head   bool // is the counted noun itself: "13 dead", "سبعة شهداء"
	bodies bool // bodies counted: a floor on the dead
	toll   bool // "death toll", "حصيلة": a count follows after a verb
	dual   bool // Arabic dual noun: a count of two by itself
	one    bool // Arabic singular noun: a count of one by itself
	armed  bool // a euphemism said of armed men only (armedTargets)
}

var metricWords = map[string]mword{
	// English
	"killed": {m: Killed, pre: true, post: true}, "kill": {m: Killed, pre: true},
	"kills": {m: Killed, pre: true}, "killing": {m: Killed, pre: true},
	"dead": {m: Killed, post: true, head: true}, "died": {m: Killed, post: true},
	"perished": {m: Killed, post: true}, "slain": {m: Killed, post: true},
	"martyred": {m: Killed, post: true}, "martyrdom": {m: Killed, pre: true}, "deaths": {m: Killed, head: true, pre: true},
	"death": {m: Killed, pre: true}, "fatalities": {m: Killed, head: true},
	"fatality": {m: Killed, head: true}, "martyrs": {m: Killed, head: true},
	"lives": {m: Killed, pre: true}, "bodies": {m: Killed, head: true, bodies: true, pre: true},
	"corpses": {m: Killed, head: true, bodies: true}, "body": {m: Killed, head: true, bodies: true}, "toll": {m: Killed, toll: true},
	"tally": {m: Killed, toll: true}, "assassination": {m: Killed, pre: true},
	"injured": {m: Injured, pre: true, post: true, head: true}, "injuring": {m: Injured, pre: true},
	"injure": {m: Injured, pre: true}, "injures": {m: Injured, pre: true},
	"wounded": {m: Injured, pre: true, post: true, head: true}, "wounding": {m: Injured, pre: true},
	"hurt": {m: Injured, post: true}, "hurting": {m: Injured, pre: true}, "injuries": {m: Injured, head: true},
	"injury":     {m: Injured, pre: true}, // "the killing of 91 civilians and the injury of about 520 others"
	"casualties": {m: Casualties, head: true}, "casualty": {m: Casualties, head: true},
	"succumbed": {m: Killed, post: true}, "executed": {m: Killed, post: true, pre: true}, "assassinated": {m: Killed, post: true, pre: true},
	// the euphemism of official statements, of armed men only
	// (armedTargets): "neutralised 57 regime soldiers" is killed, wounded
	// or captured: casualties
	"neutralized": {m: Casualties, post: true, pre: true, armed: true}, "neutralised": {m: Casualties, post: true, pre: true, armed: true},
	"neutralizing": {m: Casualties, pre: true, armed: true}, "neutralising": {m: Casualties, pre: true, armed: true},
	"neutralizes": {m: Casualties, pre: true, armed: true}, "neutralises": {m: Casualties, pre: true, armed: true},
	"maimed": {m: Injured, post: true}, "hospitalised": {m: Injured, post: true},
	"hospitalized": {m: Injured, post: true}, "treated": {m: Injured, pre: true, post: true}, // only in care: treatedCare
	"تصفيه": {m: Killed, pre: true}, "اعدام": {m: Killed, pre: true}, "اعدم": {m: Killed, pre: true},
	"اعدمت": {m: Killed, pre: true},

	// Arabic
	"قتل": {m: Killed, pre: true}, "قتلت": {m: Killed, pre: true}, "مقتل": {m: Killed, pre: true},
	"استشهاد": {m: Killed, pre: true}, "استشهد": {m: Killed, pre: true},
	"مصرع": {m: Killed, pre: true}, "وفاه": {m: Killed, pre: true}, "توفي": {m: Killed, pre: true},
	"قضي": {m: Killed, pre: true}, "لقي": {m: Killed, pre: true}, "لقوا": {m: Killed, post: true},
	"حتفهم": {m: Killed, post: true}, "مصرعهم": {m: Killed, post: true},
	"قتلوا": {m: Killed, post: true, pre: true}, "قتلا": {m: Killed, post: true}, "قتلن": {m: Killed, post: true}, // قتلوا also "they killed": "وقتلوا سبعة عناصر"
	"استشهدا": {m: Killed, post: true}, "جرحا": {m: Injured, post: true}, "اصيبا": {m: Injured, post: true},
	"اصبن": {m: Injured, post: true}, "اصيبتا": {m: Injured, post: true}, "استشهدوا": {m: Killed, post: true},
	"قضوا": {m: Killed, post: true}, "توفوا": {m: Killed, post: true},
	"قتلي": {m: Killed, head: true}, "قتيل": {m: Killed, head: true, one: true},
	"قتيلا": {m: Killed, head: true}, "قتيلان": {m: Killed, head: true, dual: true},
	"قتيلين": {m: Killed, head: true, dual: true}, "شهيد": {m: Killed, head: true, one: true},
	"شهيدا": {m: Killed, head: true}, "شهيدان": {m: Killed, head: true, dual: true},
	"شهيدين": {m: Killed, head: true, dual: true}, "شهداء": {m: Killed, head: true},
	"جثه": {m: Killed, head: true, bodies: true}, "جثتين": {m: Killed, head: true, bodies: true, dual: true}, "جثتان": {m: Killed, head: true, bodies: true, dual: true}, "جثث": {m: Killed, head: true, bodies: true, pre: true},
	"جثامين": {m: Killed, head: true, bodies: true, pre: true}, "جثمان": {m: Killed, head: true, bodies: true, pre: true}, "جثمانا": {m: Killed, head: true, bodies: true, pre: true}, "بحياه": {m: Killed, pre: true}, "وفيات": {m: Killed, head: true},
	"الوفيات": {m: Killed, head: true},
	"حياه":    {m: Killed, pre: true}, "ارواح": {m: Killed, pre: true}, "ضحيته": {m: Killed, pre: true},
	"ضحيتها": {m: Killed, pre: true}, "حصيله": {m: Killed, toll: true},
	"اصاب": {m: Injured, pre: true}, "اصابت": {m: Injured, pre: true}, "جرح": {m: Injured, pre: true}, "جرحت": {m: Injured, pre: true},
	"اصابه": {m: Injured, pre: true}, "اصيب": {m: Injured, pre: true},
	"اصيبت": {m: Injured, pre: true}, "اصيبوا": {m: Injured, post: true},
	"جرحوا": {m: Injured, post: true}, "جرحي": {m: Injured, head: true},
	"جريح": {m: Injured, head: true, one: true}, "جريحا": {m: Injured, head: true},
	"جريحان": {m: Injured, head: true, dual: true}, "جريحين": {m: Injured, head: true, dual: true},
	"مصاب": {m: Injured, head: true, one: true}, "مصابا": {m: Injured, head: true},
	"مصابين": {m: Injured, head: true}, "مصابون": {m: Injured, head: true},
	"اصابات": {m: Injured, head: true}, "ضحايا": {m: Casualties, head: true},
}

// gword is a noun for the people counted. n is the count an Arabic noun
// carries by itself: 1 singular, 2 dual, 0 plural.
type gword struct {
	g    Group
	n    int
	role bool // a single named target: leader, commander, the target
	list bool // counts only inside a list or breakdown (Arabic أم: also "or")
	sing bool // English singular: counts one after a/an/one
}

var groupWords = map[string]gword{
	"people": {g: People}, "persons": {g: People}, "person": {g: People, sing: true},
	"individuals": {g: People}, "residents": {g: People}, "villagers": {g: People},
	"locals": {g: People}, "men": {g: People}, "man": {g: People, sing: true},
	"others": {g: People}, "adults": {g: People}, "relatives": {g: People},
	"workers": {g: People}, "staff": {g: People}, "employees": {g: People}, "passengers": {g: People}, "paramedics": {g: Civilians},
	"medics": {g: Civilians}, "rescuers": {g: Civilians}, "syrians": {g: People},
	"farmers": {g: People}, "farmer": {g: People, sing: true}, "shepherds": {g: People},
	"shepherd": {g: People, sing: true}, "traders": {g: People}, "students": {g: People},
	"student": {g: People, sing: true}, "teachers": {g: People}, "teacher": {g: People, sing: true},
	// medical staff are civilians (figures.md: rescuers' own staff, medics),
	// as طبيب and ممرض are in Arabic: the whole class of care-giving trades
	"doctors": {g: Civilians}, "doctor": {g: Civilians, sing: true}, "nurses": {g: Civilians},
	"nurse": {g: Civilians, sing: true}, "dentists": {g: Civilians}, "dentist": {g: Civilians, sing: true},
	"surgeons": {g: Civilians}, "surgeon": {g: Civilians, sing: true}, "physicians": {g: Civilians},
	"physician": {g: Civilians, sing: true}, "paediatricians": {g: Civilians}, "paediatrician": {g: Civilians, sing: true},
	"pediatricians": {g: Civilians}, "pediatrician": {g: Civilians, sing: true}, "midwives": {g: Civilians}, "midwife": {g: Civilians, sing: true},
	"anaesthetist": {g: Civilians, sing: true}, "anesthetist": {g: Civilians, sing: true},
	"volunteers": {g: People}, "volunteer": {g: People, sing: true},
	"drivers": {g: People}, "driver": {g: People, sing: true}, "labourers": {g: People},
	"laborers": {g: People}, "worker": {g: People, sing: true}, "rescuer": {g: Civilians, sing: true},
	"paramedic": {g: Civilians, sing: true}, "medic": {g: Civilians, sing: true}, "brothers": {g: People},
	"couple":  {g: People, n: 2, sing: true}, // "an elderly couple": two people
	"brother": {g: People, sing: true}, "sisters": {g: Women}, "sister": {g: Women, sing: true},
	"siblings": {g: People}, "father": {g: People, sing: true}, "fathers": {g: People},
	"husband": {g: People, sing: true}, "husbands": {g: People}, "grandfather": {g: People, sing: true},
	"grandmother": {g: Women, sing: true}, "nephew": {g: People, sing: true}, "nephews": {g: People},
	"niece": {g: Women, sing: true}, "nieces": {g: Women}, "uncle": {g: People, sing: true}, "aunt": {g: Women, sing: true},
	"grandson": {g: Children, sing: true}, "grandsons": {g: Children}, "granddaughter": {g: Children, sing: true},
	"granddaughters": {g: Children}, "grandchildren": {g: Children}, "grandchild": {g: Children, sing: true},
	"widow": {g: Women, sing: true}, "sons-in-law": {g: People}, "son-in-law": {g: People, sing: true}, "cousins": {g: People}, "cousin": {g: People, sing: true}, "refugees": {g: People}, "patients": {g: People},
	"shoppers": {g: People}, "worshippers": {g: People}, "pedestrians": {g: People},
	"passers-by": {g: People}, "passer-by": {g: People, sing: true}, "passerby": {g: People, sing: true}, "mourners": {g: People}, "protesters": {g: People},
	"demonstrators": {g: People}, "detainees": {g: People}, "prisoners": {g: People},
	"villager": {g: People, sing: true}, "resident": {g: People, sing: true},
	"kurds": {g: People}, "turks": {g: People}, "russians": {g: People}, "iraqis": {g: People},
	"iranians": {g: People}, "americans": {g: People}, "idps": {g: People},
	"journalists": {g: Civilians}, "journalist": {g: Civilians, sing: true},
	"civilians": {g: Civilians}, "civilian": {g: Civilians, sing: true},
	"children": {g: Children}, "child": {g: Children, sing: true}, "kids": {g: Children},
	"babies": {g: Children}, "baby": {g: Children, sing: true}, "infants": {g: Children},
	"infant": {g: Children, sing: true}, "minors": {g: Children}, "boys": {g: Children},
	"boy": {g: Children, sing: true}, "girls": {g: Children}, "girl": {g: Children, sing: true},
	"sons": {g: Children}, "son": {g: Children, sing: true},
	// a relative takes the group of its noun (figures.md): a daughter is
	// female, as ابنة is in Arabic; her age, when given, still makes a child
	"daughters": {g: Women}, "daughter": {g: Women, sing: true}, "toddlers": {g: Children}, "schoolchildren": {g: Children},
	"pupils": {g: Children}, "teenagers": {g: Children}, "teenager": {g: Children, sing: true},
	"toddler": {g: Children, sing: true},
	"women":   {g: Women}, "woman": {g: Women, sing: true}, "mothers": {g: Women},
	"mother": {g: Women, sing: true}, "wives": {g: Women}, "wife": {g: Women, sing: true},
	"soldiers": {g: Troops}, "soldier": {g: Troops, sing: true}, "troops": {g: Troops},
	"servicemen": {g: Troops}, "serviceman": {g: Troops, sing: true},
	"pilot": {g: Troops, sing: true}, "pilots": {g: Troops}, // of a state's air force
	"servicemembers": {g: Troops}, "personnel": {g: Troops}, "marines": {g: Troops},
	"guards": {g: People}, "policemen": {g: Troops}, "policeman": {g: Troops, sing: true}, "officer": {g: Troops, sing: true}, "officers": {g: Troops},
	// a general's rank names one officer ("including a brigadier general");
	// "general" and "major" alone are too often adjectives, and a colonel's
	// title before a name stays the name's (titleWords)
	"brigadier": {g: Troops, sing: true}, "brigadiers": {g: Troops},
	"conscripts": {g: Troops}, "paratroopers": {g: Troops}, "forces": {g: Troops},
	"militants": {g: Combatants}, "militant": {g: Combatants, sing: true, role: true},
	"fighters": {g: Combatants}, "fighter": {g: Combatants, sing: true},
	"jihadists": {g: Combatants}, "jihadist": {g: Combatants, sing: true, role: true},
	"insurgents": {g: Combatants}, "rebels": {g: Combatants}, "rebel": {g: Combatants, sing: true},
	"gunmen": {g: Combatants}, "gunman": {g: Combatants, sing: true},
	"terrorists": {g: Combatants}, "terrorist": {g: Combatants, sing: true},
	"elements":   {g: Combatants}, // "terrorist elements"; "regime elements" are troops (englishHead)
	"extremists": {g: Combatants}, "operatives": {g: Combatants},
	"operative": {g: Combatants, sing: true, role: true}, "members": {g: Combatants},
	"member": {g: Combatants, sing: true, role: true}, "combatants": {g: Combatants},
	"mercenaries": {g: Combatants}, "militiamen": {g: Combatants},
	"bombers": {g: Combatants}, // "two suicide bombers blew themselves up"
	"leader":  {g: Combatants, sing: true, role: true}, "chief": {g: Combatants, sing: true, role: true},
	"commander": {g: Combatants, sing: true, role: true}, "emir": {g: Combatants, sing: true, role: true},
	"target": {g: Combatants, sing: true, role: true}, "successor": {g: Combatants, sing: true, role: true},
	"predecessor": {g: Combatants, sing: true, role: true}, "leaders": {g: Combatants},
	"commanders": {g: Combatants},

	"مدني": {g: Civilians, n: 1}, "مدنيا": {g: Civilians}, "مدنيان": {g: Civilians, n: 2},
	"مدنيين": {g: Civilians}, "مدنيون": {g: Civilians}, "مدنيه": {g: Civilians, n: 1},
	"مواطن": {g: Civilians, n: 1}, "مواطنا": {g: Civilians}, "مواطنين": {g: Civilians},
	"مواطنون": {g: Civilians},
	"طفل":     {g: Children, n: 1}, "طفلا": {g: Children}, "طفله": {g: Children, n: 1},
	"طفلان": {g: Children, n: 2}, "طفلين": {g: Children, n: 2}, "طفلتان": {g: Children, n: 2},
	"طفلتين": {g: Children, n: 2}, "اطفال": {g: Children}, "اطفالها": {g: Children},
	"اطفاله": {g: Children}, "اطفالهم": {g: Children}, "ابناء": {g: Children},
	"ابنائه": {g: Children}, "ابنائها": {g: Children}, "ابنائهم": {g: Children},
	"طفلها": {g: Children, n: 1}, "طفلتها": {g: Children, n: 1}, "طفلهما": {g: Children, n: 1},
	"ابن": {g: Children, n: 1}, "ابنه": {g: Children, n: 1}, "ابنها": {g: Children, n: 1},
	"ابنيه": {g: Children, n: 2}, "ابنيها": {g: Children, n: 2}, "نجل": {g: Children, n: 1},
	"نجله": {g: Children, n: 1}, "نجلي": {g: Children, n: 2},
	"امراه": {g: Women, n: 1}, "امراتان": {g: Women, n: 2}, "امراتين": {g: Women, n: 2},
	"نساء": {g: Women}, "نسوه": {g: Women}, "سيده": {g: Women, n: 1}, "سيدتان": {g: Women, n: 2},
	"سيدتين": {g: Women, n: 2}, "سيدات": {g: Women}, "ام": {g: Women, n: 1, list: true},
	"رجل": {g: People, n: 1}, "رجلا": {g: People}, "رجلان": {g: People, n: 2},
	"رجلين": {g: People, n: 2}, "رجال": {g: People}, "شخص": {g: People, n: 1},
	"شخصا": {g: People}, "شخصان": {g: People, n: 2}, "شخصين": {g: People, n: 2},
	"اشخاص": {g: People}, "اخرين": {g: People}, "اخرون": {g: People}, "اخران": {g: People, n: 2}, "حاله": {g: People}, "حالات": {g: People}, "اخر": {g: People, n: 1},
	"اب": {g: People, n: 1, list: true}, "والد": {g: People, n: 1}, "والده": {g: People, n: 1},
	"زوجته": {g: Women, n: 1}, "زوجها": {g: People, n: 1}, "والدته": {g: Women, n: 1},
	"شقيقان": {g: People, n: 2}, "شقيقين": {g: People, n: 2}, "شقيق": {g: People, n: 1},
	"اشقاء": {g: People}, "اخوين": {g: People, n: 2}, "اخوان": {g: People, n: 2},
	"مزارع": {g: People, n: 1}, "مزارعين": {g: People}, "مزارعان": {g: People, n: 2},
	"عامل": {g: People, n: 1}, "عمال": {g: People}, "متطوع": {g: Civilians, n: 1},
	"متطوعين": {g: Civilians}, "مسعف": {g: Civilians, n: 1}, "مسعفين": {g: Civilians}, // rescuers' own staff (figures.md)
	"سائق": {g: People, n: 1}, "طالب": {g: People, n: 1}, "طلاب": {g: People},
	"بائع": {g: People, n: 1}, "باعه": {g: People}, "مصور": {g: People, n: 1}, "ماره": {g: People}, // vendors, photographers, passers-by
	"نازح": {g: People, n: 1}, "نازحين": {g: People}, "نازحا": {g: People},
	"صحفي": {g: Civilians, n: 1}, "صحفيين": {g: Civilians}, "صحفيا": {g: Civilians},
	"شاب": {g: People, n: 1}, "شابا": {g: People}, "شابان": {g: People, n: 2}, "شبان": {g: People},
	"جندي": {g: Troops, n: 1}, "جنديا": {g: Troops}, "جنديان": {g: Troops, n: 2},
	"جنديين": {g: Troops, n: 2}, "جنود": {g: Troops}, "عسكري": {g: Troops, n: 1},
	"عسكريا": {g: Troops}, "عسكريين": {g: Troops}, "عسكريون": {g: Troops}, "عسكريان": {g: Troops, n: 2},
	"طفلاهما": {g: Children, n: 2}, "طفلاه": {g: Children, n: 2}, "طفلاها": {g: Children, n: 2},
	"طفليه": {g: Children, n: 2}, "طفليها": {g: Children, n: 2}, "طفليهما": {g: Children, n: 2},
	"معلم": {g: People, n: 1}, "معلمان": {g: People, n: 2}, "معلمين": {g: People}, "مدرس": {g: People, n: 1},
	"عنصر": {g: Combatants, n: 1}, "عنصرا": {g: Combatants}, "عنصران": {g: Combatants, n: 2},
	"عنصرين": {g: Combatants, n: 2}, "عناصر": {g: Combatants}, "مقاتل": {g: Combatants, n: 1},
	"مقاتلا": {g: Combatants}, "مقاتلين": {g: Combatants}, "مقاتلون": {g: Combatants},
	"مسلح": {g: Combatants, n: 1}, "مسلحا": {g: Combatants}, "مسلحين": {g: Combatants},
	"مسلحون": {g: Combatants}, "ارهابي": {g: Combatants, n: 1}, "ارهابيين": {g: Combatants},
	"جهادي": {g: Combatants, n: 1}, "جهاديين": {g: Combatants},
	"قائد": {g: Combatants, n: 1, role: true}, "قيادي": {g: Combatants, n: 1, role: true}, "متزعم": {g: Combatants, n: 1, role: true},
	"زعيم": {g: Combatants, n: 1, role: true}, "امير": {g: Combatants, n: 1, role: true},
}

// mod is a word that may stand between a count and its noun ("19 Syrian
// govt soldiers") and what it says about group and affiliation.
type mod struct {
	actor    string
	g        Group // overrides a plain "people"
	military bool  // "US casualties" are troops
}

var mods = map[string]mod{
	"civilian": {g: Civilians}, "innocent": {}, "unarmed": {}, "young": {}, "little": {},
	"small": {}, "elderly": {}, "old": {}, "adult": {}, "more": {}, "other": {},
	"additional": {}, "further": {}, "local": {}, "foreign": {}, "displaced": {},
	"senior": {}, "top": {}, "high-ranking": {}, "former": {}, "suspected": {},
	"alleged": {}, "armed": {}, "elite": {}, "special": {}, "security": {}, "military": {},
	"army": {}, "government": {}, "govt": {}, "gov't": {}, "regime": {}, "pro-government": {},
	"pro-regime": {}, "opposition": {}, "rebel": {}, "jihadist": {}, "islamist": {},
	"police": {}, "allied": {}, "enemy": {}, "service": {}, "family": {}, "aid": {},
	"medical": {}, "humanitarian": {}, "fellow": {}, "female": {}, "male": {},
	"teenage": {}, "militia": {}, "suicide": {}, "insurgent": {}, "his": {}, "her": {}, "their": {}, "its": {}, "occupation": {},
	"us": {actor: "US", military: true}, "u.s": {actor: "US", military: true},
	"american": {actor: "US", military: true}, "syrian": {actor: "Syrian"},
	"turkish": {actor: "Turkish", military: true}, "russian": {actor: "Russian", military: true},
	"iraqi": {actor: "Iraqi"}, "iranian": {actor: "Iranian", military: true},
	"israeli": {actor: "Israeli", military: true}, "french": {actor: "French", military: true},
	"british": {actor: "British", military: true}, "coalition": {actor: "coalition", military: true},
	"is": {actor: "IS"}, "isis": {actor: "IS"}, "isil": {actor: "IS"}, "daesh": {actor: "IS"},
	"islamic": {actor: "IS"}, "state": {}, "hts": {actor: "HTS"}, "qaeda": {actor: "al-Qaeda"},
	"al-qaeda": {actor: "al-Qaeda"}, "al": {}, "hezbollah": {actor: "Hezbollah"},
	"sdf": {actor: "SDF"}, "ypg": {actor: "SDF"},
}

// arActors are Arabic words after a noun that name the side.
var arActors = map[string]string{
	"امريكي": "US", "امريكيا": "US", "امريكيين": "US", "امريكيون": "US", "الامريكي": "US",
	"الامريكيين": "US", "الامريكيه": "US", "تركي": "Turkish", "تركيا": "Turkish", "اتراك": "Turkish",
	"التركي": "Turkish", "التركيه": "Turkish", "روسي": "Russian", "روس": "Russian", "الروسي": "Russian",
	"سوري": "Syrian", "سوريا": "Syrian", "سوريين": "Syrian", "النظام": "Syrian", "الجيش": "Syrian", "الحكوميه": "Syrian",
	"داعش": "IS", "الدوله": "IS",
}

type qualKind uint8

const (
	qNone qualKind = iota
	qAtLeast
	qMoreThan
	qUpTo
	qApprox
	qFewerThan
	qBetween
	qFrom // "from 5 to 7": a range only
)

// seq is a sequence of normalized words with what it means.
type seq struct {
	words []string
	k     qualKind // for qualifiers
	min   int      // for vague words: the floor the spec gives them
}

// qualifiers before a number.
var qualifiers = []seq{
	{words: []string{"at", "least"}, k: qAtLeast}, {words: []string{"no", "fewer", "than"}, k: qAtLeast},
	{words: []string{"no", "less", "than"}, k: qAtLeast}, {words: []string{"not", "less", "than"}, k: qAtLeast},
	{words: []string{"a", "minimum", "of"}, k: qAtLeast},
	{words: []string{"more", "than"}, k: qMoreThan}, {words: []string{"over"}, k: qMoreThan},
	{words: []string{"upwards", "of"}, k: qMoreThan}, {words: []string{"in", "excess", "of"}, k: qMoreThan},
	{words: []string{"up", "to"}, k: qUpTo}, {words: []string{"as", "many", "as"}, k: qUpTo},
	{words: []string{"at", "most"}, k: qUpTo}, {words: []string{"no", "more", "than"}, k: qUpTo},
	{words: []string{"nearly"}, k: qApprox}, {words: []string{"almost"}, k: qApprox}, {words: []string{"about"}, k: qApprox},
	{words: []string{"around"}, k: qApprox}, {words: []string{"some"}, k: qApprox}, {words: []string{"roughly"}, k: qApprox},
	{words: []string{"approximately"}, k: qApprox}, {words: []string{"an", "estimated"}, k: qApprox},
	{words: []string{"estimated"}, k: qApprox}, {words: []string{"close", "to"}, k: qApprox},
	{words: []string{"circa"}, k: qApprox}, {words: []string{"approx"}, k: qApprox},
	{words: []string{"fewer", "than"}, k: qFewerThan}, {words: []string{"less", "than"}, k: qFewerThan},
	{words: []string{"between"}, k: qBetween},
	{words: []string{"ما", "لا", "يقل", "عن"}, k: qAtLeast}, {words: []string{"لا", "يقل", "عن"}, k: qAtLeast},
	{words: []string{"اكثر", "من"}, k: qMoreThan}, {words: []string{"ما", "يزيد", "عن"}, k: qMoreThan},
	{words: []string{"ما", "يزيد", "علي"}, k: qMoreThan}, {words: []string{"يزيد", "عن"}, k: qMoreThan},
	{words: []string{"ازيد", "من"}, k: qMoreThan}, {words: []string{"نحو"}, k: qApprox}, {words: []string{"حوالي"}, k: qApprox},
	{words: []string{"قرابه"}, k: qApprox}, {words: []string{"زهاء"}, k: qApprox}, {words: []string{"ما", "يقارب"}, k: qApprox},
	{words: []string{"يقارب"}, k: qApprox}, {words: []string{"ما", "يقرب", "من"}, k: qApprox},
	{words: []string{"اقل", "من"}, k: qFewerThan}, {words: []string{"بين"}, k: qBetween},
	{words: []string{"ما", "بين"}, k: qBetween}, {words: []string{"from"}, k: qFrom}, {words: []string{"من"}, k: qFrom},
}

// vague quantities and their floors.
var vagueWords = []seq{
	{words: []string{"a", "number", "of"}, min: 2}, {words: []string{"several"}, min: 3}, {words: []string{"multiple"}, min: 2},
	{words: []string{"some"}, min: 2}, {words: []string{"dozens"}, min: 24}, {words: []string{"scores"}, min: 40},
	{words: []string{"hundreds", "of", "thousands"}, min: 200000}, {words: []string{"tens", "of", "thousands"}, min: 20000},
	{words: []string{"hundreds"}, min: 200}, {words: []string{"thousands"}, min: 2000}, {words: []string{"tens"}, min: 20},
	{words: []string{"عشرات"}, min: 24}, {words: []string{"مئات"}, min: 200}, {words: []string{"العشرات"}, min: 24}, {words: []string{"المئات"}, min: 200}, {words: []string{"الاف"}, min: 2000},
	{words: []string{"عده"}, min: 3}, {words: []string{"العديد", "من"}, min: 3}, {words: []string{"عدد", "من"}, min: 2},
	{words: []string{"بعض"}, min: 2}, {words: []string{"عدد", "اخر"}, min: 2}, {words: []string{"عدد", "اخرين"}, min: 2},
}

// subMarkers open a breakdown of a count: "including", بينهم.
var subMarkers = map[string]bool{
	"including": true, "incl": true, "بينهم": true, "منهم": true, "بينهن": true, "منهن": true,
	"هم": true, "وهم": true, "وبينهم": true, "ومنهم": true, "بينها": true, "وبينها": true,
	"هما": true, "وهما": true, "هن": true, "وهن": true, // "جريحان، هما أم وابنتها"
}

// preFillers may stand between a governing metric word and its count.
var preFillers = map[string]bool{
	"of": true, "the": true, "another": true, "a": true, "further": true, "additional": true,
	"an": true, "all": true,
	// Arabic time adverbs between a verb and its count: "أُصيب اليوم ثلاثة"
	"اليوم": true, "امس": true, "ايضا": true, "كذلك": true,
	"بحق": true, // "مجزرة بحق 12 مدنياً"
}

// postFillers may stand between a count and the participle that follows it.
var postFillers = map[string]bool{
	"who": true, "that": true, "were": true, "was": true, "have": true, "has": true, "had": true,
	"been": true, "being": true, "are": true, "is": true, "also": true, "reportedly": true,
	"all": true, "later": true, "subsequently": true, "allegedly": true, "confirmed": true,
	"officially": true, "already": true, "both": true, "each": true, "initially": true,
	"قد": true, "لقد": true, "ايضا": true, "جميعهم": true, "كلهم": true,
	"slightly": true, "seriously": true, "critically": true, "lightly": true, "badly": true,
	"severely": true, "moderately": true, "gravely": true, "mortally": true, "fatally": true,
	"now": true, "then": true, "apparently": true, "found": true, "shot": true,
	"reported": true, "said": true, "thought": true, "known": true, "presumed": true, "may": true,
	"might": true, "could": true, "feared": true, "believed": true, "to": true, "be": true,
	// rescued from rubble in a given state: "were pulled out injured"
	"pulled": true, "dug": true, "brought": true, "carried": true, "out": true, "taken": true,
}

// tollFillers link a toll word to its count: "the death toll rose to 13".
var tollFillers = map[string]bool{
	"to": true, "at": true, "of": true, "reached": true, "hit": true, ":": true, "stood": true,
	"الي": true, "عند": true, "بلغت": true, "بلغ": true, "is": true, "was": true, "now": true,
	"reaches": true, "hits": true, "tops": true, "stands": true,
	"surpassed": true, "surpasses": true, "exceeded": true, "exceeds": true, "topped": true,
	"passed": true, "crossed": true,
}

// prepositions that may open a phrase between a count and its participle
// ("19 soldiers of the Syrian army were killed").
var postPreps = map[string]bool{
	"of": true, "in": true, "from": true, "at": true, "on": true, "near": true, "inside": true,
	"belonging": true, "with": true, "across": true, "around": true, "among": true,
}

// nonPerson nouns: a count of these is never a figure, and a plural noun
// like them ends the search for a person noun ("two missile strikes killed").
var nonPerson = map[string]bool{
	"hours": true, "hour": true, "days": true, "day": true, "weeks": true, "week": true,
	"months": true, "month": true, "years": true, "year": true, "minutes": true, "times": true,
	"percent": true, "%": true, "km": true, "kilometres": true, "kilometers": true, "miles": true,
	"metres": true, "meters": true, "rockets": true, "missiles": true, "shells": true,
	"drones": true, "helicopters": true, "houses": true, "homes": true, "buildings": true,
	"vehicles": true, "cars": true, "trucks": true, "tanks": true, "strikes": true,
	"airstrikes": true, "raids": true, "attacks": true, "bombs": true, "mines": true,
	"points": true, "positions": true, "posts": true, "villages": true, "towns": true,
	"schools": true, "hospitals": true, "shops": true, "tents": true, "camps": true,
	"aircraft": true, "jets": true, "warplanes": true, "barrels": true, "explosions": true,
	"checkpoints": true, "weapons": true, "tonnes": true, "tons": true, "dollars": true,
}

var speechVerbs = map[string]bool{
	"said": true, "says": true, "documents": true, "say": true, "told": true, "tells": true, "reported": true,
	"reports": true, "added": true, "adds": true, "claimed": true, "claims": true,
	"confirmed": true, "confirms": true, "announced": true, "announces": true, "stated": true,
	"states": true, "noted": true, "notes": true, "estimated": true, "estimates": true,
	"documented": true, "recorded": true, "counted": true, "wrote": true, "writes": true,
	"tweeted": true, "explained": true, "insisted": true, "revealed": true, "disclosed": true,
	"indicated": true, "mentioned": true, "declared": true, "alleged": true, "saying": true,
	"claiming": true, "stating": true, "reporting": true, "adding": true, "noting": true,
	"put": true, "puts": true, "placed": true, "posted": true,
	"quoted": true, "citing": true, "quoting": true, "cited": true, "repeated": true,
	"reiterated": true, "updated": true, "tallied": true, "maintained": true, "maintains": true,
	"confirming": true, "believe": true, "believes": true, "published": true,
	"think": true, "thinks": true, // a speaker whose pronoun says more later
	"acknowledged": true, "admitted": true, "stressed": true, "asserted": true, "specified": true,
	"detailed": true, "recounted": true, "affirmed": true, "relayed": true, "testified": true,
	"briefed": true, "informed": true, "tweets": true, "posts": true, "announcing": true,
}

var arSpeechVerbs = map[string]bool{
	"قال": true, "قالت": true, "يقول": true, "تقول": true, "افاد": true, "افادت": true,
	"اعلن": true, "اعلنت": true, "وثق": true, "وثقت": true, "ذكر": true, "ذكرت": true,
	"اكد": true, "اكدت": true, "اشار": true, "اشارت": true, "اضاف": true, "اضافت": true,
	"اوضح": true, "اوضحت": true, "نقل": true, "نقلت": true, "صرح": true, "صرحت": true,
	"ابلغ": true, "ابلغت": true, "نشر": true, "نشرت": true, "رصد": true, "رصدت": true,
	// report verbs beyond "say": estimated, recorded, revealed, admitted, went on
	"رجح": true, "رجحت": true, "سجل": true, "سجلت": true, "كشف": true, "كشفت": true,
	"اقر": true, "اقرت": true, "تابع": true, "تابعت": true, "زعم": true, "زعمت": true,
	"قدر": true, "قدرت": true, "احصي": true, "احصت": true, "ادعي": true, "ادعت": true,
	"لفت": true, "لفتت": true, "اعترف": true, "اعترفت": true,
	// wrote, tweeted, cited, told of, pointed out, denied
	"كتب": true, "كتبت": true, "غرد": true, "غردت": true, "اورد": true, "اوردت": true,
	"روي": true, "روت": true, "يروي": true, "تروي": true, "نوه": true, "نوهت": true, "نفي": true, "نفت": true,
	"تحدث": true, "تحدثت": true,
	// plural after a subject: "وكان ناشطون قد قالوا", "الأهالي أكدوا"
	"قالوا": true, "افادوا": true, "اكدوا": true, "ذكروا": true, "اعلنوا": true, "اشاروا": true,
	"اضافوا": true, "اوضحوا": true, "نقلوا": true, "ابلغوا": true, "وثقوا": true, "تحدثوا": true,
	// present tense: "تشير إحصائيات المرصد إلى", "تؤكد الأمم المتحدة أن"
	"يشير": true, "تشير": true, "يفيد": true, "تفيد": true, "يؤكد": true, "تؤكد": true,
}

// arAccording open "according to X": وفق، بحسب، حسب، نقلا عن.
var arAccording = map[string]bool{"وفق": true, "وفقا": true, "بحسب": true, "حسب": true, "حسبما": true, "نقلا": true}

// pronouns and generic nouns that continue an earlier speaker.
var pronounSpeakers = map[string]bool{"it": true, "he": true, "she": true, "they": true, "we": true, "i": true}

var genericSpeakers = map[string]bool{
	"group": true, "organisation": true, "organization": true, "monitor": true, "watchdog": true,
	"agency": true, "source": true, "official": true, "statement": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "ministry": true, "report": true, "sources": true,
	"officials": true,
	// bodies described by their kind: "the committee", "the rescue service"
	"committee": true, "council": true, "service": true, "directorate": true, "office": true,
}
