package sources

// Default returns a registry of the sources of Idlib reporting. Each call
// returns a new registry, which the caller may extend with Add.
func Default() *Registry {
	r := &Registry{}
	for _, e := range builtin {
		r.Add(e.id, e.name, e.kind, e.aliases...)
	}
	return r
}

type builtinEntity struct {
	id, name string
	kind     Kind
	aliases  []string
}

// builtin lists the sources, named organisations first. People are aliases
// of their organisation.
var builtin = []builtinEntity{
	{"sohr", "SOHR", Organisation, []string{"Syrian Observatory for Human Rights", "Syrian Observatory", "Observatory for Human Rights",
		"the Observatory", "Britain-based Observatory", "UK-based Observatory", "Britain-based war monitor", "UK-based war monitor",
		"Britain-based monitor", "war monitor", "war monitoring organisation", "war monitoring organization", "war monitoring group",
		"Rami Abdel Rahman", "Rami Abdulrahman", "Rami Abdel-Rahman", "Abdel Rahman",
		"المرصد السوري لحقوق الإنسان", "المرصد السوري", "المرصد", "رامي عبد الرحمن", "رامي عبد الرحمن مدير المرصد"}},
	{"white-helmets", "White Helmets", Organisation, []string{"Syrian Civil Defence", "Syrian Civil Defense", "Syria Civil Defence",
		"Syria Civil Defense", "Civil Defence", "Civil Defense", "White Helmets rescue group", "Raed al-Saleh", "Raed Saleh",
		"الدفاع المدني السوري", "الدفاع المدني", "الخوذ البيضاء", "رائد الصالح"}},
	{"pentagon", "Pentagon", Organisation, []string{"US Department of Defense", "U.S. Department of Defense", "Department of Defense",
		"Defense Department", "US Defense Department", "DoD", "US military", "U.S. military", "John Kirby", "Kirby", "Lloyd Austin",
		"البنتاغون", "البنتاجون", "وزارة الدفاع الأميركية", "وزارة الدفاع الأمريكية", "جون كيربي"}},
	{"centcom", "CENTCOM", Organisation, []string{"US Central Command", "U.S. Central Command", "Central Command", "CENTCOM",
		"القيادة المركزية الأمريكية", "القيادة المركزية الأميركية", "سنتكوم"}},
	{"sana", "SANA", Organisation, []string{"Syrian Arab News Agency", "Syria's state news agency", "state news agency SANA", "سانا",
		"الوكالة العربية السورية للأنباء"}},
	{"russian-mod", "Russian Defence Ministry", Organisation, []string{"Russian Defense Ministry", "Russian Ministry of Defence",
		"Russian Ministry of Defense", "Russia's Defence Ministry", "Russia's Defense Ministry", "Russian military",
		"Russian Reconciliation Centre", "Russian Reconciliation Center", "وزارة الدفاع الروسية", "مركز المصالحة الروسي"}},
	{"turkish-mod", "Turkish Defence Ministry", Organisation, []string{"Turkish Defense Ministry", "Turkish Ministry of National Defence",
		"Turkish Ministry of National Defense", "Turkey's Defence Ministry", "Turkey's Defense Ministry", "Turkish military",
		"وزارة الدفاع التركية"}},
	{"syrian-mod", "Syrian Defence Ministry", Organisation, []string{"Syrian Defense Ministry", "Syrian Ministry of Defence",
		"Syrian Ministry of Defense", "Syria's Defence Ministry", "Syria's Defense Ministry", "Syrian army", "Syrian military",
		"Syrian armed forces", "General Command of the Army", "وزارة الدفاع السورية", "الجيش السوري", "القيادة العامة للجيش"}},
	{"syrian-moh", "Syrian Health Ministry", Organisation, []string{"Syrian Ministry of Health", "Syria's Health Ministry",
		"وزارة الصحة السورية"}},
	{"idlib-health", "Idlib Health Directorate", Organisation, []string{"Idlib health directorate", "مديرية صحة إدلب", "مديرية الصحة في إدلب"}},
	{"un-ocha", "UN/OCHA", Organisation, []string{"OCHA", "UN Office for the Coordination of Humanitarian Affairs",
		"Office for the Coordination of Humanitarian Affairs", "UN humanitarian office", "United Nations", "UN", "U.N.",
		"مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "أوتشا", "الأمم المتحدة"}},
	{"unicef", "UNICEF", Organisation, []string{"United Nations Children's Fund", "يونيسف", "اليونيسف", "اليونيسيف"}},
	{"save-the-children", "Save the Children", Organisation, []string{"منظمة إنقاذ الطفولة", "أنقذوا الأطفال"}},
	{"msf", "MSF", Organisation, []string{"Medecins Sans Frontieres", "Médecins Sans Frontières", "Doctors Without Borders", "أطباء بلا حدود"}},
	{"snhr", "SNHR", Organisation, []string{"Syrian Network for Human Rights", "الشبكة السورية لحقوق الإنسان"}},
	{"src", "Syria Response Coordinators", Organisation, []string{"Response Coordinators Group", "Syria Response Coordination Group",
		"منسقو استجابة سوريا"}},
	{"sams", "SAMS", Organisation, []string{"Syrian American Medical Society", "الجمعية الطبية السورية الأمريكية"}},
	{"hts", "HTS", Organisation, []string{"Hayat Tahrir al-Sham", "Hay'at Tahrir al-Sham", "هيئة تحرير الشام"}},
	{"salvation-government", "Syrian Salvation Government", Organisation, []string{"Salvation Government", "حكومة الإنقاذ السورية", "حكومة الإنقاذ"}},
	{"ikhbariya", "Al-Ikhbariya", Organisation, []string{"Al-Ikhbariya", "Ikhbariya", "الإخبارية السورية", "الإخبارية"}},

	// Generic kinds: one source per outlet that relays them.
	{"generic:local-sources", "local sources", Generic, []string{"local source", "local sources", "sources on the ground", "مصادر محلية", "مصدر محلي"}},
	{"generic:activists", "activists", Generic, []string{"activist", "activists", "local activists", "ناشطون", "ناشطين", "ناشط", "نشطاء"}},
	{"generic:residents", "residents", Generic, []string{"resident", "residents", "locals", "inhabitants", "villagers", "سكان", "أهالي", "الأهالي", "سكان محليون"}},
	{"generic:medics", "medics", Generic, []string{"medic", "medics", "paramedics", "doctor", "doctors", "medical source", "medical sources",
		"hospital", "hospital officials", "health officials", "مصادر طبية", "مصدر طبي", "طبيب", "أطباء", "مشفى", "مستشفى"}},
	{"generic:witnesses", "witnesses", Generic, []string{"witness", "witnesses", "eyewitness", "eyewitnesses", "شهود", "شاهد عيان", "شهود عيان"}},
	{"generic:rescuers", "rescuers", Generic, []string{"rescuer", "rescuers", "rescue workers", "first responders", "مسعفون", "فرق الإنقاذ"}},
	{"generic:security-sources", "security sources", Generic, []string{"security source", "security sources", "مصدر أمني", "مصادر أمنية"}},
	{"generic:officials", "officials", Generic, []string{"official", "officials", "US official", "US officials", "مسؤول", "مسؤولون"}},
	{"generic:sources", "sources", Generic, []string{"source", "sources", "مصدر", "مصادر"}},
}
