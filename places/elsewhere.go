package places

// elsewhere are places beyond the gazetteer that reports which reach
// idlibwatch name: the rest of northern Syria, the rest of the country, and
// the region's other wars. They never make a report relevant (the topic
// filter reads the gazetteer only); they place a report where it happened,
// so that an event is titled after its real place and a strike in al-Bab is
// not taken for one in Atmeh.
var elsewhere = []Place{
	// Aleppo governorate, north and east.
	{Name: "Aleppo", Arabic: "حلب", Governorate: "Aleppo", Kind: City, Outside: true, Names: []string{"Halab"}},
	// الباب alone is "the door": only "the town of al-Bab" in Arabic.
	{Name: "al-Bab", Arabic: "مدينة الباب", Governorate: "Aleppo", Kind: City, Outside: true, Names: []string{"el-Bab", "بلدة الباب", "منطقة الباب", "الباب شرقي حلب", "الباب بريف حلب"}},
	{Name: "Azaz", Arabic: "أعزاز", Governorate: "Aleppo", Kind: City, Outside: true, Names: []string{"Aazaz", "Izaz", "A'zaz", "اعزاز"}},
	{Name: "Afrin", Arabic: "عفرين", Governorate: "Aleppo", Kind: City, Outside: true, Names: []string{"Efrin"}},
	{Name: "Jarablus", Arabic: "جرابلس", Governorate: "Aleppo", Kind: City, Outside: true, Names: []string{"Jarabulus"}},
	{Name: "Manbij", Arabic: "منبج", Governorate: "Aleppo", Kind: City, Outside: true, Names: []string{"Menbij", "Membij"}},
	{Name: "Jindires", Arabic: "جنديرس", Governorate: "Aleppo", Kind: Town, Outside: true, Names: []string{"Jandaris", "Jinderes", "Jindiris"}},
	{Name: "Tal Rifaat", Arabic: "تل رفعت", Governorate: "Aleppo", Kind: Town, Outside: true, Names: []string{"Tel Rifaat", "Tal Rifat", "Tell Rifaat"}},
	{Name: "Kobani", Arabic: "عين العرب", Governorate: "Aleppo", Kind: City, Outside: true, Names: []string{"Kobane", "Ain al-Arab", "كوباني"}},
	// The rest of Syria.
	{Name: "Raqqa", Arabic: "الرقة", Governorate: "Raqqa", Kind: City, Outside: true, Names: []string{"Raqqah", "al-Raqqa", "Rakka"}},
	{Name: "Tal Abyad", Arabic: "تل أبيض", Governorate: "Raqqa", Kind: Town, Outside: true, Names: []string{"Tell Abyad", "Tal Abiad"}},
	{Name: "Deir ez-Zor", Arabic: "دير الزور", Governorate: "Deir ez-Zor", Kind: City, Outside: true, Names: []string{"Deir al-Zor", "Deir el-Zour", "Deir Ezzor", "Deir Ez Zor", "Deir al-Zour", "Deir ez-Zour"}},
	{Name: "Albu Kamal", Arabic: "البوكمال", Governorate: "Deir ez-Zor", Kind: City, Outside: true, Names: []string{"Abu Kamal", "Bukamal", "al-Bukamal", "البو كمال"}},
	{Name: "Hasakah", Arabic: "الحسكة", Governorate: "Hasakah", Kind: City, Outside: true, Names: []string{"Hasaka", "al-Hasakah", "Hassakeh"}},
	{Name: "Qamishli", Arabic: "القامشلي", Governorate: "Hasakah", Kind: City, Outside: true, Names: []string{"Qamishlo", "Kamishli"}},
	{Name: "Hama", Arabic: "حماة", Governorate: "Hama", Kind: City, Outside: true, Names: []string{"Hamah"}},
	{Name: "Homs", Arabic: "حمص", Governorate: "Homs", Kind: City, Outside: true},
	{Name: "Palmyra", Arabic: "تدمر", Governorate: "Homs", Kind: City, Outside: true, Names: []string{"Tadmur"}},
	{Name: "Latakia", Arabic: "اللاذقية", Governorate: "Latakia", Kind: City, Outside: true, Names: []string{"Lattakia", "Latakiya"}},
	{Name: "Hmeimim", Arabic: "حميميم", Governorate: "Latakia", Kind: Town, Outside: true, Names: []string{"Hmeymim", "Khmeimim", "Hmaimim", "Humaymim"}},
	{Name: "Tartus", Arabic: "طرطوس", Governorate: "Tartus", Kind: City, Outside: true, Names: []string{"Tartous"}},
	{Name: "Damascus", Arabic: "دمشق", Governorate: "Damascus", Kind: City, Outside: true},
	{Name: "Qabun", Arabic: "القابون", Governorate: "Damascus", Kind: Town, Outside: true, Names: []string{"Qaboun", "al-Qaboun"}},
	{Name: "Eastern Ghouta", Arabic: "الغوطة الشرقية", Governorate: "Rif Dimashq", Kind: Region, Outside: true, Names: []string{"Ghouta", "East Ghouta", "الغوطة"}},
	{Name: "Daraa", Arabic: "درعا", Governorate: "Daraa", Kind: City, Outside: true, Names: []string{"Deraa", "Dara'a"}},
	{Name: "Suwayda", Arabic: "السويداء", Governorate: "Suwayda", Kind: City, Outside: true, Names: []string{"Sweida", "Suwaida", "as-Suwayda"}},
	// Southern Turkey, named in earthquake and border reporting.
	{Name: "Antakya", Arabic: "أنطاكيا", Governorate: "Turkey", Kind: City, Outside: true, Names: []string{"Antioch", "Hatay", "هاتاي", "انطاكيا"}},
	{Name: "Kahramanmaras", Arabic: "كهرمان مرعش", Governorate: "Turkey", Kind: City, Outside: true, Names: []string{"Kahramanmaraş", "Maras"}},
	{Name: "Gaziantep", Arabic: "غازي عنتاب", Governorate: "Turkey", Kind: City, Outside: true, Names: []string{"Antep", "Gaziantep"}},
	// The region's other wars.
	{Name: "Gaza", Arabic: "غزة", Governorate: "Palestine", Kind: Region, Outside: true, Names: []string{"Gaza Strip", "قطاع غزة"}},
	{Name: "Rafah", Arabic: "رفح", Governorate: "Palestine", Kind: City, Outside: true},
	{Name: "Khan Younis", Arabic: "خان يونس", Governorate: "Palestine", Kind: City, Outside: true, Names: []string{"Khan Yunis"}},
	{Name: "Lebanon", Arabic: "لبنان", Governorate: "Lebanon", Kind: Region, Outside: true},
	{Name: "Beirut", Arabic: "بيروت", Governorate: "Lebanon", Kind: City, Outside: true},
	{Name: "Nabatieh", Arabic: "النبطية", Governorate: "Lebanon", Kind: City, Outside: true, Names: []string{"Nabatiyeh", "Nabatiye"}},
	{Name: "Iraq", Arabic: "العراق", Governorate: "Iraq", Kind: Region, Outside: true},
	{Name: "Baghdad", Arabic: "بغداد", Governorate: "Iraq", Kind: City, Outside: true},
	{Name: "Mosul", Arabic: "الموصل", Governorate: "Iraq", Kind: City, Outside: true},
	{Name: "Ukraine", Arabic: "أوكرانيا", Governorate: "Ukraine", Kind: Region, Outside: true},
	{Name: "Kyiv", Arabic: "كييف", Governorate: "Ukraine", Kind: City, Outside: true, Names: []string{"Kiev"}},
	{Name: "Kharkiv", Arabic: "خاركيف", Governorate: "Ukraine", Kind: City, Outside: true, Names: []string{"Kharkov"}},
	{Name: "Yemen", Arabic: "اليمن", Governorate: "Yemen", Kind: Region, Outside: true},
}
