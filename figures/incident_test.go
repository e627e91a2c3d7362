package figures

import (
	"fmt"
	"strings"
	"testing"
)

// Background by event: each case gives the reading figures.md expects.
// "appendix B" cases are the invented examples of
// ../shared/spec/extraction-errors.md; the others are written for this test.
var incidentCases = []struct {
	name string
	pub  string
	text string
	want []string
}{
	// appendix B, class T: a follow-up about the article's own incident
	{"B/T last week's strike", "2024-03-14",
		"At least nine civilians were killed in last week's strike on Kafr Nabl, a new investigation found.",
		[]string{"killed/civilians 9.."}},
	{"B/T dated own strike", "2024-03-12",
		"The March 3 strike on the bakery killed four rescuers, the group said in a follow-up report.",
		[]string{"killed/civilians 4 src=the group"}},
	// appendix B, leaks
	{"B/LK undated comparable", "",
		"His predecessor was killed in a comparable operation in 2019.",
		[]string{"killed/combatants 1 bg"}},
	{"B/LK cumulative", "",
		"Officials said the cumulative toll for the whole war had reached 41,200.",
		[]string{"killed/people 41200 bg src=Officials"}},
	{"B/LK separately", "",
		"Separately, a car bomb in Azaz killed two people the same day.",
		[]string{"killed/people 2 bg"}},
	{"B/LK hours after", "",
		"The strike came hours after a drone attack on Homs killed dozens.",
		[]string{"killed/people 24.. vague bg"}},
	// written for this test
	{"follow-up names the own place", "2024-05-20",
		"Strike on Kafr Nabl school\n\nA strike hit a school in Kafr Nabl on Monday. The strike on Kafr Nabl on May 2 killed six pupils, a report found.",
		[]string{"killed/children 6"}},
	{"number bug: a day of a month is no count", "2024-02-16",
		"Shelling on February 15 killed a man in Ariha.",
		[]string{"killed/people 1"}},
	{"own place, new incident", "2024-05-20",
		"Strike on Kafr Nabl school\n\nA strike hit a school in Kafr Nabl on Monday. In March, a car bomb in Kafr Nabl killed two people.",
		[]string{"killed/people 2 bg"}},
	{"similar blast", "",
		"Strike kills 3 in Sarmin\n\nA strike on Sarmin killed three people on Monday. A similar blast in Ariha killed five on Sunday.",
		[]string{"killed/people 3", "killed/people 5 bg"}},
	{"displaced by war is no toll", "",
		"Air strikes on a camp housing families uprooted by war killed 28 people on Thursday.",
		[]string{"killed/people 28"}},
	{"since the uprising", "",
		"Shelling killed two children in Ariha. More than 300,000 people have been killed since the uprising began.",
		[]string{"killed/children 2", "killed/people 300001.. bg"}},
	{"since a weekday after a strike", "",
		"A drone strike on a car killed four people in Harem on Friday. Attacks on the region have killed 31 people since Monday, the monitor said.",
		[]string{"killed/people 4", "killed/people 31 bg src=the monitor"}},
	{"since a weekday in an offensive", "",
		"Fighting rages near Saraqeb\n\nThe death toll from the fighting has risen to 80 since Tuesday, the monitor said.",
		[]string{"killed/people 80 src=the monitor"}},
	{"deadliest this year compares", "2023-05-02",
		"A missile hit a camp near Atmeh on Monday, killing six people, in one of the deadliest attacks this year.",
		[]string{"killed/people 6"}},
	{"past seven days", "",
		"A bomb killed one man in Binnish. Strikes killed 40 civilians in the past seven days, the group said.",
		[]string{"killed/people 1", "killed/civilians 40 bg src=the group"}},
	{"from until", "",
		"A strike killed a nurse in Idlib. From March 2022 until June, rescuers recorded 210 deaths.",
		[]string{"killed/civilians 1", "killed/people 210 bg src=rescuers"}},
	{"fighting in a strike article", "",
		"Air strike on market kills 7\n\nAn air strike on the market of Ariha killed seven civilians. Clashes on the front line killed 11 fighters.",
		[]string{"killed/civilians 7", "killed/combatants 11 bg"}},
	{"fighting named by the headline of a strike article", "",
		"Bombardment and front-line clashes kill 9 in Jabal al-Zawiya\n\nArtillery shelling on Kansafra killed four civilians on Monday. Clashes near Fleifel left five fighters dead.",
		[]string{"killed/people 9", "killed/civilians 4", "killed/combatants 5"}},
	{"the speaker's place in a frame tells no incident", "2021-03-04",
		"Strike on Atarib hospital kills 6\n\nA missile hit the hospital in Atarib on Wednesday, killing six people. The head of the medical union, Salem Abdan, told journalists in the Turkish city of Antakya that 14 more had been wounded. Hatay provincial governor Ahmet Yilmaz said two of the wounded died after crossing the border.",
		[]string{"killed/people 6", "injured/people 14 src=The head of the medical union", "killed/people 2 src=Hatay provincial governor Ahmet Yilmaz"}},
	{"a place after the frame's verb is the incident's", "2021-03-04",
		"Strike on Atarib hospital kills 6\n\nA missile hit the hospital in Atarib on Wednesday, killing six people. The ministry said rockets had hit a base near Gaziantep, adding that two soldiers were hurt.",
		[]string{"killed/people 6", "injured/troops 2 bg src=The ministry"}},
	{"that campaign is a span recalled", "2022-05-10",
		"Shelling kills two in Kansafra\n\nRegime shelling killed two civilians in Kansafra on Monday, rescuers said.\n\nMost families left when the army pushed north. During that campaign, more than 900 civilians died. On the worst day of that campaign, a strike near Maarrat killed 21 soldiers.",
		[]string{"killed/people 2", "killed/civilians 2 src=rescuers", "killed/civilians 901.. bg", "killed/troops 21 bg"}},
	{"ar that campaign is a span recalled", "2022-05-10",
		"قتيلان بقصف على كنصفرة\n\nقتل مدنيان بقصف لقوات النظام على كنصفرة يوم الاثنين.\n\nونزح معظم أهالي القرية حين تقدم الجيش شمالاً. وقتل خلال تلك الحملة أكثر من 900 مدني.",
		[]string{"killed/civilians 2", "killed/civilians 901.. bg"}},
	{"another missile is the same attack", "",
		"Missiles hit a camp in Qah, killing three people. Another missile hit a clinic, killing a nurse.",
		[]string{"killed/people 3", "killed/civilians 1"}},
	{"undated article names a later year", "",
		"Report, May 2021\n\nA strike killed a commander in Sarmada. In July of 2019, a raid killed two fighters.",
		[]string{"killed/combatants 1", "killed/combatants 2 bg"}},
}

func TestIncidentBackground(t *testing.T) {
	for _, c := range incidentCases {
		t.Run(c.name, func(t *testing.T) { checkExtract(t, c.text, c.pub, c.want) })
	}
}

// Mini-articles written for this test: a headline and lede about one
// incident, then the background real reporting carries (recaps of other
// towns, cumulative tolls, same-day other incidents, monthly reports,
// anniversaries, UN statistics) and own figures that must stay own
// (follow-ups, a rising toll, a restatement from a new source, the own
// place named later). Each want is "metric min" with " bg" when the figure
// tells another incident; only the background flag is judged here.
var backgroundArticles = []backgroundArticle{
	{"recap with dates", "en", "2024-03-10",
		"Air strike kills five in Sarmin\n\nAn air strike on a market in Sarmin killed five civilians on Sunday, the Syria Civil Defence said.\n\nThe raid follows a week of heavy bombardment. On March 2, shelling on Ariha killed three people. Two days later, a drone strike on Binnish wounded four others.",
		[]string{"killed 5", "killed 3 bg", "injured 4 bg"}},
	{"recap by weekdays", "en", "2024-05-16",
		"Shelling kills two children in Darat Izza\n\nGovernment shelling killed two children in Darat Izza on Thursday, local rescuers said.\n\nOn Monday, artillery fire on Atarib killed four people, and on Tuesday a strike near Taftanaz wounded six civilians.",
		[]string{"killed 2", "killed 4 bg", "injured 6 bg"}},
	{"recap carried across sentences", "en", "2024-05-16",
		"Shelling kills two children in Darat Izza\n\nGovernment shelling killed two children in Darat Izza on Thursday, local rescuers said.\n\nOn Monday, artillery fire hit the centre of Atarib. Four people died there and nine were wounded, the same rescuers said.",
		[]string{"killed 2", "killed 4 bg", "injured 9 bg"}},
	{"last month", "en", "2024-06-05",
		"Drone strike on car kills three near Idlib city\n\nA Russian drone struck a car on the road between Idlib city and Binnish on Wednesday, killing three men, the White Helmets said.\n\nLast month, a strike on the same road killed four people from one family.",
		[]string{"killed 3", "killed 4 bg"}},
	{"cumulative tolls", "en", "2023-10-12",
		"Strikes kill 9 in Jisr al-Shughur\n\nRussian air strikes on Jisr al-Shughur killed nine people on Thursday, the monitor said.\n\nThe Syrian Observatory for Human Rights says more than 500,000 people have been killed since 2011. Since the offensive began last week, 70 civilians have died, and 280 people have been wounded in Idlib province this year.",
		[]string{"killed 9", "killed 500001 bg", "killed 70 bg", "injured 280 bg"}},
	{"same day elsewhere", "en", "2024-02-20",
		"Car bomb kills six in al-Bab\n\nA car bomb exploded near a market in al-Bab on Tuesday, killing six people and wounding 15, local officials said.\n\nMeanwhile in Azaz, a motorcycle bomb wounded three people. Shelling on Kafr Taal killed one child, activists said.",
		[]string{"killed 6", "injured 15", "injured 3 bg", "killed 1 bg"}},
	{"monthly report", "en", "2024-04-02",
		"Shell kills woman in Maarat Misrin\n\nA woman was killed and two children were injured when a shell hit their home in Maarat Misrin on Tuesday, the civil defence said.\n\nIn March the Syrian Network for Human Rights documented the killing of 84 civilians across Syria, including 19 children. Its monthly report said 12 civilians died in Idlib.",
		[]string{"killed 1", "injured 2", "killed 84 bg", "killed 19 bg", "killed 12 bg"}},
	{"same town earlier", "en", "2024-01-15",
		"Shelling kills four in Kafr Nabl\n\nRegime shelling killed four civilians in Kafr Nabl on Monday.\n\nThe town was hit in 2019, when an air strike on its hospital killed 12 people.",
		[]string{"killed 4", "killed 12 bg"}},
	{"anniversary", "en", "2024-04-04",
		"Seven years on, Khan Sheikhoun mourns sarin victims\n\nResidents of Khan Sheikhoun marked on Thursday the seventh anniversary of the sarin attack that killed more than 80 people, many of them children.\n\nSome 300 people were injured in the attack, doctors said at the time.",
		[]string{"killed 81 bg", "injured 300 bg"}},
	{"undated recalls earlier years", "en", "",
		"Raid kills IS official near Atmeh\n\nUS special forces killed an Islamic State official in a raid near Atmeh, the Pentagon said.\n\nIn February 2022, a raid on Atmeh killed 13 people, including six children.",
		[]string{"killed 13 bg", "killed 6 bg"}},
	{"UN statistics", "en", "2023-11-08",
		"Missile on camp near Kafr Lusin kills two\n\nTwo displaced people were killed and seven injured when a missile hit a camp near Kafr Lusin on Wednesday, medics said.\n\nAccording to OCHA, more than 120,000 people have been displaced by the escalation, which has killed at least 66 civilians and injured 270 since October 5.",
		[]string{"killed 2", "injured 7", "killed 66 bg", "injured 270 bg"}},
	{"follow-up a week later", "en", "2024-03-21",
		"Toll of Ariha market strike rises to 14\n\nThe toll from last week's air strike on the vegetable market in Ariha has risen to 14, the civil defence said on Thursday, after two of the wounded died in hospital.\n\nThe strike on March 13 had killed 12 people and wounded more than 30.",
		[]string{"killed 14", "killed 2", "killed 12", "injured 31"}},
	{"rising toll", "en", "2024-08-06",
		"Toll from Sarmada market bombing rises to 11\n\nThe death toll from Monday's bombing of a market in Sarmada rose to 11 on Tuesday, the health directorate said. The blast had initially killed seven people.\n\nDoctors said 40 people were still being treated for their injuries.",
		[]string{"killed 11", "killed 7", "injured 40"}},
	{"restated by a new source", "en", "2024-09-09",
		"Shelling kills three in Termanin\n\nThree civilians were killed on Monday when artillery shells struck homes in Termanin, west of Aleppo.\n\nThe Syrian Observatory for Human Rights said five other people were wounded in the town, and that three civilians died.",
		[]string{"killed 3", "injured 5", "killed 3"}},
	{"figure in the headline only", "en", "2024-10-01",
		"Russian strikes kill 8 fighters in Jabal al-Zawiya\n\nRussian warplanes pounded positions of Hayat Tahrir al-Sham in Jabal al-Zawiya on Tuesday, a war monitor said.\n\nThe region has been struck repeatedly since the start of the year, and at least 150 people have been killed there.",
		[]string{"killed 8", "killed 150 bg"}},
	{"own place named later", "en", "2024-07-15",
		"Strike on bakery kills five\n\nA Russian air strike hit a bakery on Monday morning, killing five people queuing for bread, rescuers said.\n\nRescuers in Maarat al-Numan said 11 people were wounded in the strike on the bakery. In Ariha, an air strike killed two people on Sunday.",
		[]string{"killed 5", "injured 11", "killed 2 bg"}},
	{"a day after elsewhere", "en", "2024-06-11",
		"Drone strike kills two in Atarib\n\nA drone strike killed two men on a motorcycle in Atarib on Tuesday, a day after shelling on Darat Izza killed three children.",
		[]string{"killed 2", "killed 3 bg"}},
	{"round-up of one day", "en", "2024-05-06",
		"Regime shelling kills seven across Idlib countryside\n\nRegime shelling killed seven civilians across the Idlib countryside on Monday, the civil defence said. In Sarmin, shelling killed four people, and in Binnish a shell killed two children.",
		[]string{"killed 7", "killed 4", "killed 2"}},

	{"ar recap with dates", "ar", "2024-03-10",
		"مقتل خمسة مدنيين بغارة جوية على سرمين\n\nقتل خمسة مدنيين وأصيب ثمانية آخرون، اليوم الأحد، جراء غارة جوية استهدفت سوقاً شعبياً في مدينة سرمين بريف إدلب الشرقي، بحسب الدفاع المدني السوري.\n\nوكانت مدينة أريحا قد تعرضت في 2 آذار لقصف مدفعي أدى إلى مقتل ثلاثة أشخاص، فيما أصيب أربعة مدنيين بغارة لطائرة مسيرة على بنش بعد ذلك بيومين.",
		[]string{"killed 5", "injured 8", "killed 3 bg", "injured 4 bg"}},
	{"ar recap by weekdays", "ar", "2024-05-16",
		"مقتل طفلين بقصف مدفعي على دارة عزة\n\nقتل طفلان اليوم الخميس بقصف مدفعي لقوات النظام على بلدة دارة عزة غربي حلب، وفق ما أفاد به الدفاع المدني.\n\nوقتل أربعة أشخاص يوم الاثنين بقصف على مدينة الأتارب، كما أصيب ستة مدنيين يوم الثلاثاء بغارة قرب تفتناز.",
		[]string{"killed 2", "killed 4 bg", "injured 6 bg"}},
	{"ar recap carried across sentences", "ar", "2024-05-16",
		"مقتل طفلين بقصف مدفعي على دارة عزة\n\nقتل طفلان اليوم الخميس بقصف مدفعي لقوات النظام على بلدة دارة عزة غربي حلب.\n\nوفي يوم الاثنين، استهدف قصف مدفعي وسط مدينة الأتارب. وقتل أربعة أشخاص وأصيب تسعة آخرون جراء القصف.",
		[]string{"killed 2", "killed 4 bg", "injured 9 bg"}},
	{"ar last month", "ar", "2024-06-05",
		"مقتل ثلاثة رجال باستهداف سيارة قرب إدلب\n\nاستهدفت طائرة مسيرة روسية سيارة مدنية على الطريق بين مدينة إدلب وبلدة بنش، ما أدى إلى مقتل ثلاثة رجال كانوا بداخلها.\n\nوفي الشهر الماضي، قتل أربعة أشخاص من عائلة واحدة بغارة على الطريق ذاته.",
		[]string{"killed 3", "killed 4 bg"}},
	{"ar cumulative tolls", "ar", "2023-10-12",
		"مقتل تسعة أشخاص بغارات روسية على جسر الشغور\n\nقتل تسعة أشخاص، الخميس، جراء غارات جوية روسية استهدفت مدينة جسر الشغور غربي إدلب، بحسب المرصد السوري لحقوق الإنسان.\n\nووثق المرصد مقتل أكثر من 500 ألف شخص منذ اندلاع الثورة عام 2011. ومنذ بداية الحملة العسكرية الأسبوع الماضي، قتل 70 مدنياً، فيما بلغ عدد الجرحى منذ بداية العام 280 جريحاً في محافظة إدلب.",
		[]string{"killed 9", "killed 500001 bg", "killed 70 bg", "injured 280 bg"}},
	{"ar same day elsewhere", "ar", "2024-02-20",
		"مقتل ستة أشخاص بانفجار سيارة مفخخة في الباب\n\nقتل ستة أشخاص وأصيب 15 آخرون، اليوم الثلاثاء، بانفجار سيارة مفخخة قرب سوق شعبي في مدينة الباب شرقي حلب.\n\nوفي سياق متصل، أصيب ثلاثة مدنيين بانفجار دراجة نارية مفخخة في مدينة اعزاز. وفي ريف إدلب، قتل طفل بقصف مدفعي على بلدة كفرتعال.",
		[]string{"killed 6", "injured 15", "injured 3 bg", "killed 1 bg"}},
	{"ar monthly report", "ar", "2024-04-02",
		"مقتل امرأة وإصابة طفلين بقصف على معرة مصرين\n\nقتلت امرأة وأصيب طفلان، اليوم الثلاثاء، جراء سقوط قذيفة على منزلهم في بلدة معرة مصرين شمالي إدلب، بحسب الدفاع المدني.\n\nووثقت الشبكة السورية لحقوق الإنسان في تقريرها الشهري مقتل 84 مدنياً في سوريا خلال شهر آذار، بينهم 19 طفلاً.",
		[]string{"killed 1", "injured 2", "killed 84 bg", "killed 19 bg"}},
	{"ar same town earlier", "ar", "2024-01-15",
		"مقتل أربعة مدنيين بقصف على كفرنبل\n\nقتل أربعة مدنيين، اليوم الاثنين، بقصف مدفعي لقوات النظام على مدينة كفرنبل جنوبي إدلب.\n\nويذكر أن المدينة تعرضت عام 2019 لغارة جوية استهدفت مستشفاها وأسفرت عن مقتل 12 شخصاً.",
		[]string{"killed 4", "killed 12 bg"}},
	{"ar anniversary", "ar", "2024-04-04",
		"في الذكرى السابعة لمجزرة الكيماوي.. خان شيخون تستذكر ضحاياها\n\nأحيا أهالي مدينة خان شيخون، اليوم الخميس، الذكرى السابعة للهجوم الكيماوي على المدينة، والذي أسفر عن مقتل أكثر من 80 شخصاً، معظمهم من الأطفال.\n\nكما أصيب في الهجوم نحو 300 شخص بحالات اختناق.",
		[]string{"killed 81 bg", "injured 300 bg"}},
	{"ar undated recalls earlier years", "ar", "",
		"مقتل قيادي في تنظيم الدولة بإنزال جوي قرب أطمة\n\nقتلت القوات الأمريكية قيادياً في تنظيم الدولة خلال عملية إنزال جوي قرب بلدة أطمة شمالي إدلب، بحسب البنتاغون.\n\nوفي شباط 2022، قتل 13 شخصاً بينهم ستة أطفال في عملية إنزال على أطمة.",
		[]string{"killed 13 bg", "killed 6 bg"}},
	{"ar UN statistics", "ar", "2023-11-08",
		"مقتل نازحين اثنين بقصف صاروخي على مخيم قرب كفرلوسين\n\nقتل نازحان وأصيب سبعة آخرون، الأربعاء، جراء سقوط صاروخ على مخيم للنازحين قرب بلدة كفرلوسين شمالي إدلب.\n\nوبحسب مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)، نزح أكثر من 120 ألف شخص منذ بدء التصعيد في 5 تشرين الأول، الذي أسفر عن مقتل 66 مدنياً على الأقل وإصابة 270 آخرين.",
		[]string{"killed 2", "injured 7", "killed 66 bg", "injured 270 bg"}},
	{"ar follow-up a week later", "ar", "2024-03-21",
		"ارتفاع حصيلة ضحايا غارة سوق أريحا إلى 14 قتيلاً\n\nارتفعت حصيلة ضحايا الغارة الجوية التي استهدفت سوق الخضار في مدينة أريحا الأسبوع الماضي إلى 14 قتيلاً، بعد وفاة اثنين من الجرحى متأثرين بإصاباتهم، بحسب الدفاع المدني.\n\nوكانت الغارة قد أسفرت في 13 آذار عن مقتل 12 شخصاً وإصابة أكثر من 30 آخرين.",
		[]string{"killed 14", "killed 12", "injured 31"}},
	{"ar rising toll", "ar", "2024-08-06",
		"ارتفاع حصيلة تفجير سرمدا إلى 11 قتيلاً\n\nارتفعت حصيلة قتلى تفجير السوق الشعبي في مدينة سرمدا، أمس الاثنين، إلى 11 قتيلاً، بحسب مديرية الصحة في إدلب. وكان الانفجار قد أسفر في البداية عن مقتل سبعة أشخاص.\n\nوقال أطباء إن 40 مصاباً ما زالوا يتلقون العلاج.",
		[]string{"killed 11", "killed 7", "injured 40"}},
	{"ar restated by a new source", "ar", "2024-09-09",
		"مقتل ثلاثة مدنيين بقصف على ترمانين\n\nقتل ثلاثة مدنيين، اليوم الاثنين، بقصف مدفعي استهدف منازل في بلدة ترمانين غربي حلب.\n\nوقال المرصد السوري لحقوق الإنسان إن ثلاثة مدنيين قتلوا وأصيب خمسة أشخاص آخرون في البلدة.",
		[]string{"killed 3", "killed 3", "injured 5"}},
	{"ar figure in the headline only", "ar", "2024-10-01",
		"غارات روسية تقتل 8 مقاتلين في جبل الزاوية\n\nشنت طائرات حربية روسية غارات على مواقع لهيئة تحرير الشام في جبل الزاوية جنوبي إدلب، اليوم الثلاثاء، بحسب المرصد.\n\nوتتعرض المنطقة لقصف متكرر منذ بداية العام، قتل خلاله 150 شخصاً على الأقل.",
		[]string{"killed 8", "killed 150 bg"}},
	{"ar own place named later", "ar", "2024-07-15",
		"مقتل خمسة أشخاص بغارة على فرن\n\nقتل خمسة أشخاص، صباح اليوم الاثنين، جراء غارة جوية روسية استهدفت فرناً للخبز، بحسب الدفاع المدني.\n\nوقال مسعفون في معرة النعمان إن 11 شخصاً أصيبوا في الغارة على الفرن. وفي أريحا، قتل شخصان بغارة جوية يوم الأحد.",
		[]string{"killed 5", "injured 11", "killed 2 bg"}},
	{"ar a day after elsewhere", "ar", "2024-06-11",
		"مقتل رجلين بغارة مسيرة على الأتارب\n\nقتل رجلان كانا على دراجة نارية بغارة لطائرة مسيرة على مدينة الأتارب، اليوم الثلاثاء، بعد يوم من مقتل ثلاثة أطفال بقصف على دارة عزة.",
		[]string{"killed 2", "killed 3 bg"}},
	{"ar round-up of one day", "ar", "2024-05-06",
		"مقتل سبعة مدنيين بقصف على ريف إدلب\n\nقتل سبعة مدنيين، اليوم الاثنين، بقصف لقوات النظام على ريف إدلب، بحسب الدفاع المدني. وفي سرمين، قتل أربعة أشخاص، فيما قتل طفلان في بنش.",
		[]string{"killed 7", "killed 4", "killed 2"}},

	// one sentence of background after a headline and lede
	{"follows an overnight strike elsewhere", "en", "2024-03-12", "Shelling kills two children in Sarmin\n\nShelling killed two children in Sarmin on Tuesday.\n\nThe attack follows an overnight drone strike on Latakia that injured five people.", []string{"killed 2", "injured 5 bg"}},
	{"another blast, then no casualties", "en", "2024-03-12", "Shelling kills two children in Sarmin\n\nShelling killed two children in Sarmin on Tuesday.\n\nAnother blast occurred near Azaz on Saturday. No casualties were reported.", []string{"killed 2", "casualties 0 bg"}},
	{"weekday attack elsewhere", "en", "2024-03-12", "Shelling kills two children in Sarmin\n\nShelling killed two children in Sarmin on Tuesday.\n\nThe shelling adds to the dozens killed in Sunday's attack on Jisr al-Shughur.", []string{"killed 2", "killed 24 bg"}},
	{"so far this year", "en", "2024-03-12", "Shelling kills two children in Sarmin\n\nShelling killed two children in Sarmin on Tuesday.\n\nAt least 150 civilians have died in Idlib so far this year, according to the UN.", []string{"killed 2", "killed 150 bg"}},
	{"the war has killed", "en", "2024-03-12", "Shelling kills two children in Sarmin\n\nShelling killed two children in Sarmin on Tuesday.\n\nThe war has killed more than half a million people.", []string{"killed 2", "killed 500001 bg"}},
	{"over the past month", "en", "2024-03-12", "Shelling kills two children in Sarmin\n\nShelling killed two children in Sarmin on Tuesday.\n\nOver the past month, Russian strikes have killed 97 civilians in the province.", []string{"killed 2", "killed 97 bg"}},
	{"an earlier weekday after a semicolon", "en", "2024-03-12", "Shelling kills two children in Sarmin\n\nShelling killed two children in Sarmin on Tuesday.\n\nIt was the second attack on the town in a week; on Friday three people died there.", []string{"killed 2", "killed 3 bg"}},
	{"since the ceasefire collapsed", "en", "2024-03-12", "Shelling kills two children in Sarmin\n\nShelling killed two children in Sarmin on Tuesday.\n\nSince the ceasefire collapsed in June, 1,200 people have been killed.", []string{"killed 2", "killed 1200 bg"}},
	{"two days after a strike elsewhere", "en", "2024-03-12", "Shelling kills two children in Sarmin\n\nShelling killed two children in Sarmin on Tuesday.\n\nThe shelling came two days after an air strike on Binnish killed four people.", []string{"killed 2", "killed 4 bg"}},
	{"Syria's conflict", "en", "2024-03-12", "Shelling kills two children in Sarmin\n\nShelling killed two children in Sarmin on Tuesday.\n\nThe UN says more than 300,000 civilians have been killed in Syria's conflict.", []string{"killed 2", "killed 300001 bg"}},
	{"the deadliest since a month compares", "en", "2024-03-12", "Shelling kills two children in Sarmin\n\nShelling killed two children in Sarmin on Tuesday.\n\nThe shelling, which also wounded five people, was the deadliest in the town since January.", []string{"killed 2", "injured 5"}},
	{"undated, a year before the figure", "en", "", "Shelling kills two children in Sarmin\n\nShelling killed two children in Sarmin on Tuesday.\n\nThe town was last hit in 2020, when a strike killed nine people.", []string{"killed 2", "killed 9 bg"}},
	{"a week ago", "en", "2024-03-12", "Shelling kills two children in Sarmin\n\nShelling killed two children in Sarmin on Tuesday.\n\nA week ago, shelling on the same neighbourhood killed a woman and wounded three people.", []string{"killed 2", "killed 1 bg", "injured 3 bg"}},
	{"ar toll since the start of the year", "ar", "2024-03-12", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم الثلاثاء بقصف مدفعي على بلدة سرمين.\n\nوبذلك ترتفع حصيلة ضحايا القصف منذ بداية العام الجاري إلى 120 قتيلاً.", []string{"killed 2", "killed 120 bg"}},
	{"ar during the current month", "ar", "2024-03-12", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم الثلاثاء بقصف مدفعي على بلدة سرمين.\n\nووثق فريق منسقو استجابة سوريا مقتل 45 مدنياً خلال الشهر الجاري.", []string{"killed 2", "killed 45 bg"}},
	{"ar toll of the campaign", "ar", "2024-03-12", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم الثلاثاء بقصف مدفعي على بلدة سرمين.\n\nوارتفعت حصيلة الحملة العسكرية على المنطقة إلى 300 قتيل.", []string{"killed 2", "killed 300 bg"}},
	{"ar during last year", "ar", "2024-03-12", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم الثلاثاء بقصف مدفعي على بلدة سرمين.\n\nوخلال العام الماضي، قتل 600 مدني في إدلب.", []string{"killed 2", "killed 600 bg"}},
	{"ar pluperfect strike last week elsewhere", "ar", "2024-03-12", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم الثلاثاء بقصف مدفعي على بلدة سرمين.\n\nوكانت غارة روسية قد قتلت الأسبوع الماضي خمسة أشخاص في بلدة سرجة.", []string{"killed 2", "killed 5 bg"}},
	{"ar hours after another attack", "ar", "2024-03-12", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم الثلاثاء بقصف مدفعي على بلدة سرمين.\n\nويأتي القصف بعد ساعات من هجوم بطائرة مسيرة على مدينة حلب أسفر عن مقتل ثلاثة عسكريين.", []string{"killed 2", "killed 3 bg"}},
	{"ar during last week", "ar", "2024-03-12", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم الثلاثاء بقصف مدفعي على بلدة سرمين.\n\nوشهدت المنطقة خلال الأسبوع الماضي مقتل 20 شخصاً.", []string{"killed 2", "killed 20 bg"}},
	{"ar UN statistics since 2011", "ar", "2024-03-12", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم الثلاثاء بقصف مدفعي على بلدة سرمين.\n\nوتشير إحصائيات الأمم المتحدة إلى مقتل أكثر من 350 ألف شخص في سوريا منذ عام 2011.", []string{"killed 2", "killed 350001 bg"}},
	{"ar similar shelling last month", "ar", "2024-03-12", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم الثلاثاء بقصف مدفعي على بلدة سرمين.\n\nيذكر أن 12 مدنياً قتلوا في قصف مماثل على البلدة الشهر الماضي.", []string{"killed 2", "killed 12 bg"}},
	{"ar two weeks ago", "ar", "2024-03-12", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم الثلاثاء بقصف مدفعي على بلدة سرمين.\n\nوكان أربعة أطفال قد قتلوا في قصف على المدينة قبل أسبوعين.", []string{"killed 2", "killed 4 bg"}},
	{"ar earlier weekday in another town", "ar", "2024-03-12", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم الثلاثاء بقصف مدفعي على بلدة سرمين.\n\nوتعد هذه الغارة الثانية خلال أسبوع، إذ قتل ثلاثة مدنيين في غارة على بنش يوم السبت.", []string{"killed 2", "killed 3 bg"}},
	{"ar since the escalation began", "ar", "2024-03-12", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم الثلاثاء بقصف مدفعي على بلدة سرمين.\n\nوقتل منذ بدء التصعيد أكثر من 100 مدني.", []string{"killed 2", "killed 101 bg"}},
	{"ar since the start of the month", "ar", "2024-03-12", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم الثلاثاء بقصف مدفعي على بلدة سرمين.\n\nوأسفرت الغارات الروسية على إدلب منذ مطلع الشهر عن مقتل 37 مدنياً.", []string{"killed 2", "killed 37 bg"}},
	{"ar another governorate opens the sentence", "ar", "2024-03-12", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم الثلاثاء بقصف مدفعي على بلدة سرمين.\n\nوفي ريف حلب الغربي، قتل مدنيان بقصف على الأتارب.", []string{"killed 2", "killed 2 bg"}},
	{"ar undated names an earlier year", "ar", "", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم بقصف مدفعي على بلدة سرمين.\n\nوفي عام 2020، قتل 15 مدنياً بقصف على البلدة نفسها.", []string{"killed 2", "killed 15 bg"}},
	{"ar earlier this month", "ar", "2024-03-12", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم الثلاثاء بقصف مدفعي على بلدة سرمين.\n\nوكانت البلدة قد تعرضت في وقت سابق من الشهر لغارة قتل فيها ستة أشخاص.", []string{"killed 2", "killed 6 bg"}},

	// written after the mechanism above, as a check of it on new text
	{"earlier year and earlier month elsewhere", "en", "2023-09-05", "Russian jets strike Idlib olive press, killing four\n\nRussian warplanes struck an olive press on the outskirts of Kafr Takharim on Tuesday, killing four workers and wounding nine, the White Helmets said.\n\nThe press had been hit once before, in 2021, when two workers died. Tuesday's strike was the deadliest in the area since a market bombing in Jisr al-Shughur killed 13 people in June.", []string{"killed 4", "injured 9", "killed 2 bg", "killed 13 bg"}},
	{"recap of the weekend", "en", "2023-09-05", "Drone kills farmer near Saraqib\n\nA Syrian government drone killed a farmer working his land east of Saraqib on Tuesday, local activists said.\n\nOn Sunday, two boys were wounded by a drone in the same area, and on Saturday a shell killed a shepherd near Afis.", []string{"killed 1", "injured 2 bg", "killed 1 bg"}},
	{"follow-up two weeks on", "en", "2023-09-20", "Two weeks after the Kafr Takharim strike, survivors rebuild\n\nTwo weeks after Russian jets struck the olive press in Kafr Takharim, killing four workers, families are still waiting for compensation.\n\nThe strike on September 5 also wounded nine people, two of whom lost limbs, doctors said.", []string{"killed 4", "injured 9"}},
	{"toll climbs days later", "en", "2023-11-02", "Toll in Idlib camp attack climbs to nine\n\nThe number of people killed in Sunday's missile attack on a camp near Maarat Misrin has climbed to nine, medics said on Thursday.\n\nThe attack on the camp had killed six people on the day and wounded 25.", []string{"killed 9", "killed 6", "injured 25"}},
	{"a week earlier in the same town", "en", "2024-01-10", "Car bomb kills 5 in Azaz\n\nA car bomb exploded at a busy roundabout in Azaz on Wednesday, killing five people and wounding 20, the local council said.\n\nIt was the third such bombing in the town this month. A week earlier, a motorcycle bomb near the town's hospital killed two people.", []string{"killed 5", "injured 20", "killed 2 bg"}},
	{"since the start of 2024", "en", "2024-02-14", "Regime shelling kills two in Ariha\n\nTwo civilians, a mother and her son, were killed on Wednesday when regime artillery hit their home in Ariha, rescuers said.\n\nAccording to the Syria Response Coordinators group, 41 civilians have been killed in northwest Syria since the start of 2024, including 14 children.", []string{"killed 2", "killed 41 bg", "killed 14 bg"}},
	{"meanwhile in another country", "en", "2024-02-14", "Airstrike on Idlib city market wounds 12\n\nAn airstrike hit the main market in Idlib city on Wednesday, wounding 12 people, the health directorate said.\n\nMeanwhile, the Turkish defence ministry said two of its soldiers were killed in an attack in northern Iraq.", []string{"injured 12", "killed 2 bg"}},
	{"undated similar attack in 2020", "en", "", "Rebels say they killed 12 soldiers in Latakia countryside\n\nRebel factions said they killed 12 government soldiers in an attack on army positions in the Latakia countryside.\n\nIn a similar attack in March 2020, rebels said they had killed 20 soldiers.", []string{"killed 12", "killed 20 bg"}},
	{"monthly report and the month before", "en", "2024-05-01", "SNHR: 86 civilians killed in Syria in April\n\nThe Syrian Network for Human Rights said on Wednesday it had documented the deaths of 86 civilians in Syria in April, including 17 children.\n\nIn March, the group had recorded 74 civilian deaths.", []string{"killed 86", "killed 17", "killed 74 bg"}},
	{"toll rises the same day", "en", "2024-06-20", "Shelling kills three in Sarmin\n\nThree civilians were killed in regime shelling on Sarmin on Thursday, the civil defence said. The White Helmets later said the toll had risen to four.", []string{"killed 3", "killed 4"}},
	{"ar earlier year at the same place", "ar", "2023-09-05", "مقتل أربعة عمال بغارة روسية على معصرة زيتون في كفرتخاريم\n\nقتل أربعة عمال وأصيب تسعة آخرون، اليوم الثلاثاء، بغارة جوية روسية استهدفت معصرة زيتون على أطراف بلدة كفرتخاريم، بحسب الدفاع المدني.\n\nوكانت المعصرة قد تعرضت لغارة مماثلة عام 2021 أدت إلى مقتل ثلاثة عمال.", []string{"killed 4", "injured 9", "killed 3 bg"}},
	{"ar recap of the weekend", "ar", "2023-09-05", "مقتل مزارع بطائرة مسيرة قرب سراقب\n\nقتل مزارع اليوم الثلاثاء باستهداف طائرة مسيرة تابعة لقوات النظام أرضه الزراعية شرقي سراقب.\n\nوأصيب طفلان يوم الأحد بقصف مماثل في المنطقة نفسها، فيما قتل ثلاثة رعاة بقذيفة مدفعية قرب آفس يوم السبت.", []string{"killed 1", "injured 2 bg", "killed 3 bg"}},
	{"ar toll climbs days later", "ar", "2023-11-02", "ارتفاع حصيلة قتلى الهجوم الصاروخي على مخيم قرب معرة مصرين إلى تسعة\n\nارتفع عدد قتلى الهجوم الصاروخي الذي استهدف مخيماً قرب بلدة معرة مصرين يوم الأحد إلى تسعة، وفق ما أفادت مصادر طبية.\n\nوكان الهجوم قد أسفر يوم وقوعه عن مقتل ستة أشخاص وإصابة 25 آخرين.", []string{"killed 9", "killed 6", "injured 25"}},
	{"ar a week earlier in the same town", "ar", "2024-01-10", "مقتل خمسة أشخاص بانفجار سيارة مفخخة في اعزاز\n\nقتل خمسة أشخاص وأصيب 20 آخرون، اليوم الأربعاء، بانفجار سيارة مفخخة عند دوار مزدحم في مدينة اعزاز، بحسب المجلس المحلي.\n\nويعد هذا التفجير الثالث في المدينة خلال الشهر الجاري، إذ قتل شخصان قبل أسبوع بانفجار دراجة نارية مفخخة قرب مشفى المدينة.", []string{"killed 5", "injured 20", "killed 2 bg"}},
	{"ar since the start of the year", "ar", "2024-02-14", "مقتل مدنيين اثنين بقصف على أريحا\n\nقتل مدنيان، هما امرأة وطفلها، اليوم الأربعاء، جراء قصف مدفعي لقوات النظام استهدف منزلهما في مدينة أريحا.\n\nوبحسب فريق منسقو استجابة سوريا، بلغ عدد القتلى المدنيين في شمال غربي سوريا منذ بداية العام 41 مدنياً، بينهم 14 طفلاً.", []string{"killed 2", "killed 41 bg", "killed 14 bg"}},
	{"ar on the other hand, another country", "ar", "2024-02-14", "إصابة 12 شخصاً بغارة على سوق مدينة إدلب\n\nأصيب 12 شخصاً، اليوم الأربعاء، جراء غارة جوية استهدفت السوق الرئيسي في مدينة إدلب، بحسب مديرية الصحة.\n\nمن جهة أخرى، أعلنت وزارة الدفاع التركية مقتل اثنين من جنودها في هجوم شمالي العراق.", []string{"injured 12", "killed 2 bg"}},
	{"ar undated similar attack in 2020", "ar", "", "فصائل المعارضة تعلن قتل 12 جندياً في ريف اللاذقية\n\nأعلنت فصائل المعارضة مقتل 12 عنصراً من قوات النظام في هجوم على مواقع للجيش في ريف اللاذقية.\n\nوفي هجوم مماثل في آذار 2020، أعلنت الفصائل قتل 20 عنصراً.", []string{"killed 12", "killed 20 bg"}},
	{"ar monthly report and the month before", "ar", "2024-05-01", "الشبكة السورية: مقتل 86 مدنياً في سوريا خلال نيسان\n\nوثقت الشبكة السورية لحقوق الإنسان في تقريرها الصادر اليوم الأربعاء مقتل 86 مدنياً في سوريا خلال شهر نيسان، بينهم 17 طفلاً.\n\nوكانت الشبكة قد وثقت في آذار مقتل 74 مدنياً.", []string{"killed 86", "killed 17", "killed 74 bg"}},
	{"ar toll rises the same day", "ar", "2024-06-20", "مقتل ثلاثة مدنيين بقصف على سرمين\n\nقتل ثلاثة مدنيين، اليوم الخميس، بقصف مدفعي لقوات النظام على بلدة سرمين. وقال الدفاع المدني لاحقاً إن الحصيلة ارتفعت إلى أربعة قتلى.", []string{"killed 3", "killed 4"}},
	{"ar two days after deaths elsewhere", "ar", "2024-06-20", "مقتل ثلاثة مدنيين بقصف على سرمين\n\nقتل ثلاثة مدنيين، اليوم الخميس، بقصف مدفعي لقوات النظام على بلدة سرمين.\n\nوتأتي هذه الحادثة بعد يومين من مقتل خمسة أشخاص بغارة جوية على بلدة بنش.", []string{"killed 3", "killed 5 bg"}},

	// Arabic dates, follow-ups and scopes, written after the mechanism
	{"ar ordinal day of the current month", "ar", "2024-03-20", "مقتل طفل بقصف على سرمين\n\nقتل طفل اليوم الأربعاء بقصف مدفعي على بلدة سرمين.\n\nوقتل ثلاثة مدنيين بقصف على البلدة في الخامس من الشهر الجاري.", []string{"killed 1", "killed 3 bg"}},
	{"ar ordinal day of a named month elsewhere", "ar", "2024-03-20", "مقتل طفل بقصف على سرمين\n\nقتل طفل اليوم الأربعاء بقصف مدفعي على بلدة سرمين.\n\nوقتل ثلاثة مدنيين بقصف على أريحا في الخامس من آذار.", []string{"killed 1", "killed 3 bg"}},
	{"ar follow-up two weeks on, by a definite name", "ar", "2024-03-20", "بعد أسبوعين على مجزرة سوق سرمين.. الأهالي يطالبون بالمحاسبة\n\nبعد أسبوعين على الغارة الروسية التي استهدفت سوق بلدة سرمين، ما زال الأهالي ينتظرون التعويض.\n\nوأسفرت الغارة على سوق سرمين في 6 آذار عن مقتل 11 شخصاً.", []string{"killed 11"}},
	{"ar new incident at the own place earlier", "ar", "2024-03-20", "مقتل طفل بقصف على سرمين\n\nقتل طفل اليوم الأربعاء بقصف مدفعي على بلدة سرمين.\n\nوفي 6 آذار، قتل شخصان بانفجار سيارة مفخخة في سرمين.", []string{"killed 1", "killed 2 bg"}},
	{"ar some days ago elsewhere", "ar", "2024-03-20", "مقتل طفل بقصف على سرمين\n\nقتل طفل اليوم الأربعاء بقصف مدفعي على بلدة سرمين.\n\nوقتل قبل أيام أربعة أشخاص بقصف على مدينة أريحا.", []string{"killed 1", "killed 4 bg"}},
	{"ar last Friday elsewhere", "ar", "2024-03-20", "مقتل طفل بقصف على سرمين\n\nقتل طفل اليوم الأربعاء بقصف مدفعي على بلدة سرمين.\n\nوقتل أربعة أشخاص يوم الجمعة الماضي بقصف على مدينة أريحا.", []string{"killed 1", "killed 4 bg"}},
	{"ar the same shelling", "ar", "2024-03-20", "مقتل طفل بقصف على سرمين\n\nقتل طفل اليوم الأربعاء بقصف مدفعي على بلدة سرمين.\n\nوأصيب خمسة آخرون في القصف ذاته، بحسب الدفاع المدني.", []string{"killed 1", "injured 5"}},
	{"ar toll rises after two die", "ar", "2024-03-20", "مقتل طفل بقصف على سرمين\n\nقتل طفل اليوم الأربعاء بقصف مدفعي على بلدة سرمين.\n\nوفي حصيلة غير نهائية، ارتفع عدد القتلى إلى ثلاثة بعد وفاة اثنين من المصابين.", []string{"killed 1", "killed 3"}},
	{"ar follow-up by the own town", "ar", "2024-03-20", "أهالي سرمين يشيعون ضحايا غارة السوق\n\nشيع أهالي بلدة سرمين ضحايا الغارة الروسية على سوق البلدة.\n\nوقتل 11 شخصاً في سرمين في 6 آذار بالغارة على السوق.", []string{"killed 11"}},
	{"follow-up by the own town", "en", "2024-03-20", "Sarmin buries victims of market strike\n\nResidents of Sarmin buried the victims of the Russian strike on the town's market.\n\nEleven people were killed in Sarmin on March 6 when the strike hit the market.", []string{"killed 11"}},
	{"ar indefinite car bomb at the own town earlier", "ar", "2024-03-20", "أهالي سرمين يشيعون ضحايا غارة السوق\n\nشيع أهالي بلدة سرمين ضحايا الغارة الروسية على سوق البلدة.\n\nوفي 6 شباط، قتل شخصان بانفجار سيارة مفخخة في سرمين.", []string{"killed 2 bg"}},

	// a month named twice, a part of a month, a lede after a caption
	{"ar early in the current month at the same camp", "ar", "2024-07-21", "مقتل رجل بقصف على مخيم قرب سرمين\n\nقتل رجل اليوم الأحد بقصف مدفعي على مخيم للنازحين قرب بلدة سرمين.\n\nوتعرض المخيم ذاته لقصف مطلع تموز/ يوليو الجاري ما أدى إلى إصابة ثلاثة أطفال.", []string{"killed 1", "injured 3 bg"}},
	{"ar a month named twice", "ar", "2024-05-10", "مقتل عشرة أشخاص بغارة على سوق بنش\n\nشنت طائرة حربية غارة على السوق الشعبي في مدينة بنش في العاشر من مايو أيار الجاري، ما أسفر عن مقتل عشرة أشخاص.", []string{"killed 10"}},
	{"a lede after a caption", "en", "2024-07-25", "Drones hit villages south of Idlib\n\nA rescuer inspects a damaged house (Civil Defence)\n\nSuicide drones struck homes in Mantaf on Thursday, wounding two women, local sources said.\n\nOn Tuesday, a drone hit a car near Kansafra, killing two men.", []string{"injured 2", "killed 2 bg"}},
	{"undated, the day a monitor spoke is the own", "en", "", "Strikes kill 9 in Idlib, monitor says\n\nGovernment strikes killed nine civilians in Idlib province, seven of them in Saraqib, a monitor said on Friday.\n\nTwo more civilians died on Friday in shelling on nearby Afis, the monitor added.", []string{"killed 9", "killed 2"}},
	{"ar during a week", "ar", "2024-03-12", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم الثلاثاء بقصف مدفعي على بلدة سرمين.\n\nيشار إلى أن 20 مدنياً قتلوا بقصف قوات النظام على ريف إدلب خلال أسبوع.", []string{"killed 2", "killed 20 bg"}},
	{"ar during three days", "ar", "2024-03-12", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم الثلاثاء بقصف مدفعي على بلدة سرمين.\n\nوقتل 14 مدنياً خلال ثلاثة أيام من القصف المتواصل على المنطقة.", []string{"killed 2", "killed 14 bg"}},
	{"ar a week ago", "ar", "2024-03-12", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم الثلاثاء بقصف مدفعي على بلدة سرمين.\n\nوقتل منذ أسبوع ثلاثة مدنيين بقصف على مدينة أريحا.", []string{"killed 2", "killed 3 bg"}},
	{"earlier this week", "en", "2024-03-14", "Shelling kills two children in Sarmin\n\nShelling killed two children in Sarmin on Thursday.\n\nEarlier this week, a strike on a bakery in Ariha killed six people.", []string{"killed 2", "killed 6 bg"}},
	{"ar within the day is own", "ar", "2024-03-12", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم الثلاثاء بقصف مدفعي على بلدة سرمين.\n\nوأصيب خمسة مدنيين آخرين خلال القصف ذاته.", []string{"killed 2", "injured 5"}},
	{"last Thursday elsewhere", "en", "2024-03-15", "Shelling kills two children in Sarmin\n\nShelling killed two children in Sarmin on Friday.\n\nLast Thursday, a drone strike on Binnish killed three men.", []string{"killed 2", "killed 3 bg"}},
	{"a week after a massacre elsewhere", "en", "2024-03-15", "Shelling kills two children in Sarmin\n\nShelling killed two children in Sarmin on Friday.\n\nFriday's shelling came a week after a massacre in the village of Kansafra in which 11 people were killed.", []string{"killed 2", "killed 11 bg"}},
	{"an earthquake toll in a strike article", "en", "2024-03-15", "Shelling kills two children in Sarmin\n\nShelling killed two children in Sarmin on Friday.\n\nThe region is still recovering from the earthquake, which killed more than 4,500 people in northwest Syria.", []string{"killed 2", "killed 4501 bg"}},
	{"this week, told of one day", "en", "2024-03-15", "Shelling kills two children in Sarmin\n\nShelling killed two children in Sarmin on Friday, the third such attack on the town this week.\n\nRegime shelling has killed 20 people in the province this week, rescuers said.", []string{"killed 2", "killed 20 bg"}},
	{"ar a week after a massacre elsewhere", "ar", "2024-03-15", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم الجمعة بقصف مدفعي على بلدة سرمين.\n\nوتأتي الغارة بعد أسبوع من مجزرة في قرية كنصفرة راح ضحيتها 11 شخصاً.", []string{"killed 2", "killed 11 bg"}},
	{"ar an earthquake toll in a strike article", "ar", "2024-03-15", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم الجمعة بقصف مدفعي على بلدة سرمين.\n\nوأودى الزلزال بحياة أكثر من 4500 شخص في شمال غربي سوريا.", []string{"killed 2", "killed 4501 bg"}},
	{"ar this week, told of one day", "ar", "2024-03-15", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم الجمعة بقصف مدفعي على بلدة سرمين.\n\nوقتل 20 شخصاً هذا الأسبوع بقصف على ريف إدلب.", []string{"killed 2", "killed 20 bg"}},
	{"an earthquake article: its places are own", "en", "2024-03-15", "Earthquake toll in Idlib rises to 300\n\nThe death toll from the earthquake in Idlib province rose to 300 on Friday, rescuers said.\n\nRescuers said 12 people died in Harem when a building collapsed.", []string{"killed 300", "killed 12"}},
	{"a second strike on the same building is own", "en", "2024-03-15", "Double strike kills rescuers in Sarmin\n\nAn air strike hit a house in Sarmin on Friday, killing three people.\n\nAnother strike hit the same building minutes later, killing two rescuers. Four more people were wounded, the civil defence said.", []string{"killed 3", "killed 2", "injured 4"}},
	{"another strike elsewhere carries on", "en", "2024-03-15", "Air strike kills three in Sarmin\n\nAn air strike hit a house in Sarmin on Friday, killing three people.\n\nAnother air strike hit a farm near Taftanaz. Four people were wounded there, rescuers said.", []string{"killed 3", "injured 4 bg"}},
	{"the day before elsewhere", "en", "2024-03-15", "Shelling kills two children in Sarmin\n\nShelling killed two children in Sarmin on Friday.\n\nThe day before, a drone strike on a car near Binnish killed three men.", []string{"killed 2", "killed 3 bg"}},
	{"ar the day before elsewhere", "ar", "2024-03-15", "مقتل طفلين بقصف على سرمين\n\nقتل طفلان اليوم الجمعة بقصف مدفعي على بلدة سرمين.\n\nوفي اليوم السابق، قتل ثلاثة رجال باستهداف سيارة قرب بنش.", []string{"killed 2", "killed 3 bg"}},
	{"a day before in an offensive is own", "en", "2024-03-15", "Fighting rages near Saraqeb\n\nFighting near Saraqeb killed 20 fighters on Friday, a monitor said. Nine more had died the day before.", []string{"killed 20", "killed 9"}},
	{"the second attack this week is own", "en", "2024-03-15", "Shelling kills five in Sarmin\n\nShelling hit Sarmin on Friday, the civil defence said.\n\nFive people were killed in the second attack on the town this week, rescuers said.", []string{"killed 5"}},
	{"ar the second attack within a week is own", "ar", "2024-03-15", "قصف على سرمين\n\nتعرضت بلدة سرمين اليوم الجمعة لقصف مدفعي.\n\nوقتل خمسة أشخاص في ثاني هجوم على البلدة خلال أسبوع، بحسب الدفاع المدني.", []string{"killed 5"}},
	{"ar an offensive's earlier day is own", "ar", "2024-03-15", "معارك عنيفة قرب سراقب\n\nقتل 20 عنصراً في اشتباكات عنيفة قرب مدينة سراقب اليوم الجمعة، بحسب المرصد.\n\nوقتل يوم الأربعاء تسعة عناصر في المعارك ذاتها.", []string{"killed 20", "killed 9"}},
}

// backgroundMatch pairs each want with an extracted figure of the same
// metric and min, preferring one with the wanted flag; it returns the
// wants whose flag is wrong and those not extracted at all. The pass
// counts per language and kind (own, bg) are logged: go test -v.
func backgroundMatch(figs []Figure, want []string) (wrong, missing []string) {
	used := make([]bool, len(figs))
	for _, w := range want {
		f := strings.Fields(w)
		m, lo, bg := Metric(f[0]), 0, len(f) > 2
		fmt.Sscan(f[1], &lo)
		best := -1
		for i, g := range figs {
			if used[i] || g.Metric != m || g.Min == nil || *g.Min != lo {
				continue
			}
			if best < 0 || g.Background == bg && figs[best].Background != bg {
				best = i
			}
		}
		switch {
		case best < 0:
			missing = append(missing, w)
		case figs[best].Background != bg:
			wrong = append(wrong, w)
			used[best] = true
		default:
			used[best] = true
		}
	}
	return wrong, missing
}

// backgroundArticle is a mini-article (headline, lede, more paragraphs)
// and its wants, "metric min" with " bg" when the figure tells another
// incident.
type backgroundArticle struct {
	name, lang, pub, text string
	want                  []string
}

// runBackgroundArticles extracts each article and judges only the
// background flag of its wants (backgroundMatch): a wrong flag fails, a
// want not extracted is logged. The pass counts per language and kind
// (own, bg) are logged: go test -v.
func runBackgroundArticles(t *testing.T, articles []backgroundArticle) {
	t.Helper()
	type tally struct{ pass, all int }
	score := map[string]*tally{}
	for _, c := range articles {
		wrong, missing := backgroundMatch(Extract(c.text, day(c.pub)), c.want)
		bad := map[string]bool{}
		for _, w := range append(wrong, missing...) {
			bad[w] = true
		}
		for _, w := range c.want {
			k := c.lang + " own"
			if strings.HasSuffix(w, " bg") {
				k = c.lang + " bg"
			}
			if score[k] == nil {
				score[k] = &tally{}
			}
			score[k].all++
			if !bad[w] {
				score[k].pass++
			}
		}
		if len(wrong) > 0 {
			t.Errorf("%s: wrong background flag %v", c.name, wrong)
		}
		if len(missing) > 0 {
			// a reading gap of another part of the extractor, not of this one
			t.Logf("%s: not extracted %v", c.name, missing)
		}
	}
	for _, k := range []string{"en own", "en bg", "ar own", "ar bg"} {
		if s := score[k]; s != nil {
			t.Logf("%s: %d/%d", k, s.pass, s.all)
		}
	}
}

func TestBackgroundArticles(t *testing.T) { runBackgroundArticles(t, backgroundArticles) }
