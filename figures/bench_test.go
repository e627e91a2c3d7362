package figures

import (
	"strings"
	"testing"
	"time"
)

// benchArticles are article texts of about 3 KB written for the benchmark:
// wire copy, a local outlet in Arabic, and raw page dumps full of menus.
var benchArticles = []string{
	// English wire story
	`Air strikes on Idlib market kill 11, monitor says
AMMAN, Nov 8 (Wire) - Air strikes hit a crowded vegetable market in the town of Maarat Misrin in northwest Syria on Tuesday, killing at least 11 people, including four children, and wounding more than 40 others, rescuers and a war monitor said.
The Syrian Observatory for Human Rights, a Britain-based monitor that relies on a network of sources on the ground, said the strikes were carried out by Russian jets. It added that the toll was likely to rise because several of the wounded were in a critical condition.
The White Helmets, a rescue service operating in opposition-held areas, said its teams had pulled 9 bodies from the rubble of shops and homes around the market square. "We are still searching for people under the debris," said Ahmed, a volunteer who asked that only his first name be used.
Moscow did not immediately comment. Russia's defence ministry has in the past denied targeting civilians and said its aircraft strike only militant positions.
Residents said the market was packed with shoppers buying food ahead of the weekend. Video footage posted online showed plumes of smoke rising over low buildings and rescuers carrying the injured to ambulances.
The attack was the deadliest in the province since March, when shelling on a displacement camp killed 7 people.
Idlib is home to about three million people, many of whom fled fighting in other parts of the country. A ceasefire brokered by Russia and Turkey in 2020 has largely held, but air strikes and shelling remain frequent along the front lines.
In a separate incident, two Syrian soldiers were killed and three others were wounded when rebels attacked an army post near Saraqeb, state news agency SANA reported.
The conflict, which began in 2011, has killed more than 500,000 people and displaced about half of the country's pre-war population, according to United Nations estimates.
Turkey, which backs some rebel factions and keeps troops in the province, condemned the strikes and called on Moscow to respect the ceasefire. A Turkish foreign ministry statement said the attack "targeted innocent civilians" and warned that such violence would push more people towards the border.
Medical workers at a hospital in Idlib city said they had received 23 wounded people, most of them with shrapnel injuries, and that blood supplies were running low. A doctor said three of the wounded were children under the age of ten.
Aid agencies have warned for months that cuts in funding leave hospitals in the northwest unable to cope with mass casualty events. The World Health Organization said last month that more than half of the region's health facilities were only partly functioning.
(Reporting by a staff correspondent; editing by the news desk)`,

	// English feature with quotes and background
	`Families in Idlib camp mourn after overnight raid
By a staff reporter
Published 14 March 2023
Tents were still smouldering on Wednesday morning at the edge of the Atmeh camp, where an overnight raid left six people dead, among them a woman and her two daughters.
Local rescuers said the attack began shortly after midnight. "We heard helicopters, then explosions, then nothing," said Umm Khaled, who lives three tents away. "When the sun rose we counted the bodies."
The civil defence said 6 people were killed and 5 were injured, two of them seriously. It said the injured had been taken to a hospital in the border town of Bab al-Hawa.
A US official, speaking on condition of anonymity, said American forces had carried out the operation against a senior member of the Islamic State group. The official said no US personnel were hurt.
The Pentagon did not respond to a request for comment. In a brief statement, the US military said the target had been killed and that it was assessing reports of civilian casualties.
Residents said the target had lived in the camp for about a year under a false name. Neighbours described him as a quiet man who rarely spoke to anyone.
It was the second such raid in the area in two years. In February 2022, US special forces killed the Islamic State leader Abu Ibrahim al-Qurashi in a house a few kilometres away, an operation in which 13 people died, according to rescuers at the time.
Aid groups say conditions in the camps have worsened since the earthquake of February 2023, which killed more than 4,500 people in northwest Syria alone.
"We came here to be safe," said Abu Ahmad, a 52-year-old farmer who has lived in the camp since 2019. "Now we are afraid at night."
The camp houses more than 2,000 families, according to its administration. Schools were closed on Wednesday and the market stayed shut.
Camp officials said they had asked aid groups for extra tents, blankets and food, and that several families had already left for relatives in nearby towns. A nurse at a field clinic said she had treated four children for shock and cuts from broken glass.
Human rights groups called for an investigation into the raid. "Every operation like this one must be examined to see whether civilians could have been spared," said a researcher with a Syrian monitoring group, adding that the group had documented 19 similar raids in the past five years.
The US-led coalition has carried out dozens of operations in northwest Syria since 2014, most of them drone strikes on vehicles.
By the afternoon, relatives had buried the dead in a cemetery on a hill above the camp. Men took turns digging while children watched from behind a wall of cinder blocks, and a loudspeaker on a nearby mosque read out the names.`,

	// Arabic local report
	`مقتل ثمانية مدنيين بينهم ثلاثة أطفال بقصف على ريف إدلب الجنوبي
إدلب - مراسلنا
قُتل ثمانية مدنيين، بينهم ثلاثة أطفال وامرأة، وأصيب أكثر من خمسة عشر آخرين، اليوم الأربعاء، جراء قصف صاروخي لقوات النظام استهدف بلدة كنصفرة وقرى محيطة بها في جبل الزاوية جنوبي إدلب.
وقال الدفاع المدني السوري في بيان إن فرقه استجابت للقصف وانتشلت جثث الضحايا من تحت الأنقاض، وأسعفت المصابين إلى المشافي القريبة، مشيراً إلى أن بين المصابين حالات خطيرة.
وأضاف أن القصف استهدف منازل المدنيين وسوقاً شعبية في وقت الذروة، ما أدى إلى دمار واسع في الممتلكات.
من جهته، أفاد المرصد السوري لحقوق الإنسان بارتفاع حصيلة القتلى إلى تسعة أشخاص، بعد وفاة طفل متأثراً بجراحه في أحد مشافي المنطقة.
وكان ثلاثة مدنيين قد قتلوا الشهر الماضي بقصف مماثل على بلدة البارة القريبة، بحسب المرصد.
ولم يسفر قصف آخر على أطراف مدينة أريحا عن وقوع إصابات، وفق مصادر محلية.
وتتعرض مناطق شمال غربي سوريا لقصف شبه يومي رغم اتفاق وقف إطلاق النار الموقع بين روسيا وتركيا في آذار 2020.
وبحسب إحصائيات فرق الدفاع المدني، فإن القصف على المنطقة أدى منذ بداية العام إلى مقتل أكثر من 150 مدنياً، وإصابة مئات آخرين.
وأعلنت وزارة الدفاع التركية، في وقت لاحق، مقتل جنديين تركيين وإصابة ثلاثة آخرين بهجوم استهدف نقطة مراقبة في المنطقة.
وطالبت منظمات إنسانية عاملة في الشمال السوري بتحييد المدنيين عن العمليات العسكرية، محذرة من موجة نزوح جديدة نحو المخيمات المكتظة على الحدود التركية.
وقال أحد سكان البلدة لمراسلنا إن العائلات بدأت بمغادرة منازلها منذ ساعات الصباح الأولى، خوفاً من تجدد القصف، مضيفاً أن معظمها توجه إلى مناطق أكثر أماناً قرب الحدود.
ويقطن في مناطق شمال غربي سوريا أكثر من أربعة ملايين شخص، نصفهم تقريباً من النازحين، بحسب أرقام الأمم المتحدة.`,

	// Arabic with Eastern digits and a page header
	`الأربعاء ١٥ آذار ٢٠٢٣
الرئيسية | أخبار | تقارير | رياضة
اقرأ أيضاً
مقتل خمسة أشخاص بانفجار في مدينة الباب
إصابة عشرة بحادث سير على طريق حلب

الدفاع المدني: ٧ قتلى و١٢ جريحاً في غارات على إدلب
قتل سبعة مدنيين، بينهم طفلان، وجرح ١٢ آخرون بغارات جوية روسية استهدفت محيط مدينة إدلب، صباح اليوم، حسب ما أفاد الدفاع المدني السوري.
وذكر الدفاع المدني أن الغارات طالت مزرعة لتربية الدواجن ومنازل سكنية، وأن فرقه عملت على إخماد الحرائق وانتشال الضحايا.
وقال مصدر طبي في مشفى إدلب المركزي إن بين الجرحى أربع نساء، وإن حالة اثنين منهم حرجة.
ووثق فريق منسقو استجابة سوريا مقتل ٢٣ مدنياً منذ بداية الشهر الجاري في مناطق شمال غربي سوريا.
وفي سياق متصل، قتل عنصران من قوات النظام بهجوم لفصائل المعارضة على محور كفرنبل، دون أن تعلق وسائل الإعلام الرسمية على الحادثة.
وقالت مصادر محلية إن الطائرات الحربية حلقت فوق المنطقة طوال ساعات الليل، وإن الأهالي أمضوا ليلتهم في الملاجئ والأقبية، فيما أغلقت المدارس أبوابها اليوم خشية تجدد الغارات.
وتشهد مناطق خفض التصعيد تصعيداً متكرراً منذ أشهر، وسط مطالبات أممية بوقف استهداف المنشآت المدنية والأسواق والمشافي.
وأشار الفريق في تقريره إلى أن عدد النازحين الجدد تجاوز ألفي عائلة خلال الأسبوع الماضي وحده، معظمهم من قرى جبل الزاوية.
الأكثر قراءة
مقتل ثلاثة بقصف على جسر الشغور
ارتفاع أسعار الخبز في إدلب وسط أزمة وقود
مقتل قيادي في هيئة تحرير الشام بانفجار عبوة
عشرات الجرحى بانفجار في أعزاز
من نحن
اتصل بنا
سياسة الخصوصية
جميع الحقوق محفوظة`,

	// boilerplate-heavy English page dump
	`Home
News
World
Middle East
Africa
Asia
Europe
Americas
Business
Sport
Culture
Science
Opinion
Video
Podcasts
Newsletters
Search
Sign in
BREAKING
Floods kill 20 in southern province
Three police officers wounded in capital shooting
Markets rally after rate decision

Syria: Drone strike kills 4 near Idlib
  • By Desk Staff
  • 12 Jun 2023 10:21
  • 3 Min Read
A drone strike hit a car on the road between Idlib and Sarmada on Monday, killing four people, a local rescue group said.
The group said the dead were all men travelling to work. It did not say who carried out the strike.
A military source told the state news agency that the army had targeted "terrorist vehicles" in the area, without giving a toll.
The road is used daily by thousands of workers and traders who travel between the city and the border crossings. Drivers said traffic was stopped for about an hour while rescuers removed the wreckage and took the bodies to a hospital in Idlib.
It was the third strike on a vehicle in the area this month. Earlier strikes on cars near Sarmada killed five people, including a commander of a local armed faction, according to residents.
No group has said it carried out the attacks. Rebel factions accuse government forces and their allies of using drones to hit targets deep behind the front line, while the government says it strikes only armed groups it calls terrorists.
Share this article
  • Facebook
  • Twitter
  • WhatsApp
  • Email
Tags
  • Syria
  • Idlib
Most Read
Ten killed as bus overturns on mountain road
Earthquake: 300 dead, thousands homeless
Opinion: What next for the region?
Two soldiers killed in border clash
Related
Airstrike kills 7 in camp
Heatwave claims dozens of lives
Live: talks resume on grain corridor
Explainer: who controls the crossings?
Photos: a week in pictures
Subscribe to our newsletter
Get the top stories of the day delivered to your inbox every morning.
Follow us
  • Facebook
  • Instagram
  • YouTube
About
Careers
Advertise
Cookie Settings
Privacy Policy
Terms of Use
Contact Us
All rights reserved 2023`,

	// English analysis with many numbers that are not figures
	`Analysis: Why Idlib keeps burning
It is now more than four years since the last major offensive on Idlib, and the province of some three million people remains a patchwork of front lines, checkpoints and displacement camps.
Over the past 12 months the monitor has recorded more than 1,200 air strikes and 3,500 artillery attacks on the province, it said in its annual report. The United Nations estimates that 2.9 million people in the region need aid, and that 1.8 million live in camps.
The raid on the Atmeh area in February 2022, in which US forces killed the leader of the Islamic State group, showed how the province has become a refuge for wanted men, analysts said. Thirteen people, including six children and four women, were killed in that raid, rescuers said at the time.
On Thursday, two shells landed near a school in Ariha, wounding 3 children, local activists said. No deaths were reported.
The government says it is fighting terrorists. Opposition groups say the shelling targets homes, markets and hospitals. Both accounts are hard to verify: journalists need permission to enter, and 12 of them have been detained at crossings since January.
Prices have risen 80 percent in a year, the currency has lost half its value, and 7 in 10 families skip meals, according to an aid agency survey of 1,500 households.
Aid trucks entered through two crossings this week, carrying 450 tonnes of food. A third crossing has been closed for 18 months.
Several factors explain the violence: rivalry among foreign backers, the weakness of the ceasefire, and the 20-year-old dispute over the main highway, which runs for 60 kilometres through the province.
"Nobody was killed today, thank God," said a teacher in Ariha, who asked not to be named. "But we do not know about tomorrow."
Diplomats say there is little appetite for a new round of talks. Russia and Turkey meet regularly, but their last joint patrol on the highway took place more than three years ago, and neither side has proposed a new map of the front lines.
For the people of the province, the result is a slow, grinding uncertainty, punctuated by strikes that kill a handful of people at a time and rarely make international headlines.
Some analysts expect the stalemate to last for years. Others warn that a sudden change in Ankara or Moscow could bring the tanks back, and with them another wave of people heading for a border that is already closed.`,
}

func BenchmarkExtract(b *testing.B) {
	pub := time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC)
	total := 0
	for _, a := range benchArticles {
		total += len(a)
	}
	b.SetBytes(int64(total / len(benchArticles)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(benchArticles[i%len(benchArticles)], pub)
	}
}

func TestBenchArticlesSize(t *testing.T) {
	for i, a := range benchArticles {
		if n := len(a); n < 2000 || n > 4500 {
			t.Errorf("bench article %d is %d bytes, want about 3 KB", i, n)
		}
		if strings.TrimSpace(a) == "" {
			t.Errorf("bench article %d empty", i)
		}
	}
}
