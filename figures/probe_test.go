package figures

import (
	"strings"
	"testing"
)

// Sentences that real news, NGO and live-blog prose carries around the
// figures (quotes, photos, funerals, obituaries, comparisons, intents,
// non-people counts, anniversaries, rhetoric, UN tallies), each read after
// a headline and a lede that give the toll, in an article of 2024-03-10. Written for this
// test; want lists only the figures whose quote lies in the sentence.
const (
	probeLedeEN = "Air strikes kill seven civilians in Sarmin\n\nAir strikes on Sarmin killed seven civilians on Sunday, the White Helmets said."
	probeLedeAR = "مقتل سبعة مدنيين بغارات على سرمين\n\nقتل سبعة مدنيين بغارات جوية على مدينة سرمين يوم الأحد، بحسب الدفاع المدني السوري."
)

var probeCases = []struct {
	lang, text string
	want       []string
}{
	// obituaries and described individuals
	{"en", "The mother of three was killed alongside her children, relatives said.", []string{"killed/women 1 src=relatives"}},
	{"en", "A father of five, Mahmoud worked as a baker in the town's market.", nil},
	{"en", "Among the dead was Khaled Hamdo, a father of four who sold vegetables.", []string{"killed/people 1"}},
	{"en", "Ahmad, 32, a father of three, was among those killed.", []string{"killed/people 1"}},
	{"en", "He leaves behind a wife and four children.", nil},
	{"en", "One of the injured, a 14-year-old boy, died later on Sunday.", []string{"killed/children 1"}},
	{"en", "Two of the wounded died later in hospital.", []string{"killed/people 2"}}, // no new toll told: a figure
	{"en", "A nine-year-old girl lost both legs in the strike, her father said.", []string{"injured/children 1 src=her father"}},
	{"en", "Her brother, aged 11, was also wounded.", []string{"injured/children 1"}},
	{"en", "Her son, aged 24, died in hospital on Monday.", []string{"killed/people 1"}},
	{"en", "The boy's father, a teacher, was also wounded.", []string{"injured/people 1"}},
	{"en", "The strike killed a paramedic, Ali Qasem, 28, according to the Syrian American Medical Society.", []string{"killed/civilians 1 src=the Syrian American Medical Society"}},
	{"en", "A 70-year-old man died of his wounds overnight.", []string{"killed/people 1"}},
	{"en", "The death of the boy was confirmed by doctors at the hospital.", []string{"killed/children 1 src=doctors"}},
	{"en", "The killing of the commander was confirmed by Faylaq al-Sham in the evening.", []string{"killed/combatants 1 src=Faylaq al-Sham"}},
	{"en", "Three of the dead were members of one family.", []string{"killed/people 3"}},
	{"en", "The strikes wounded 22 others, among them eight children, the rescuers said.", []string{"injured/people 22 src=the rescuers", "injured/children 8 src=the rescuers"}},
	{"en", "Twelve wounded people remain in hospital, a doctor said.", []string{"injured/people 12 src=a doctor"}},
	// photos, videos, glimpses, funerals, quotes
	{"en", "In the video, a woman cries over the body of her son outside the hospital.", nil},
	{"en", "Rescuers pulled the body of a child from the rubble.", nil},
	{"en", "Photos shared by activists showed a girl, aged about 7, being carried from the rubble.", nil},
	{"en", "A man carried a wounded boy to an ambulance as smoke rose behind him.", nil},
	{"en", "Hundreds of mourners attended the funeral of the victims on Monday.", nil},
	{"en", "A funeral for the seven was held on Monday afternoon.", nil},
	{"en", "The bodies of the victims were taken to the hospital in Idlib city.", nil},
	{"en", "\"I lost everything,\" said Um Ahmad, 45, whose house was destroyed.", nil},
	{"en", "\"We will not let the blood of our martyrs go in vain,\" a local commander said.", nil},
	{"en", "The victims, aged between 4 and 60, were buried in the town cemetery on Monday.", nil},
	{"en", "A four-year-old boy was rescued alive after eight hours under the rubble.", nil},
	{"en", "The family had moved to Sarmin two years ago after fleeing Maarat al-Numan.", nil},
	{"en", "Rescuers worked for six hours to reach survivors under the rubble.", nil},
	// comparisons with earlier incidents
	{"en", "The strike is the deadliest since a market attack in Ariha killed 12 people.", []string{"killed/people 12 bg"}},
	{"en", "It was the worst attack on the town since 2020, when shelling killed nine people at a school.", []string{"killed/people 9 bg"}},
	{"en", "Sunday's raid was the biggest toll since a strike on Binnish killed 11 people in January.", []string{"killed/people 11 bg"}},
	{"en", "It was the first deadly strike on Sarmin since a drone attack killed two farmers in the autumn.", []string{"killed/people 2 bg"}},
	{"en", "Residents recalled a similar attack in January that killed four children.", []string{"killed/children 4 bg"}},
	{"en", "The strike was similar to an attack on Maarat al-Numan in 2019 that killed 43 people.", []string{"killed/people 43 bg"}},
	{"en", "Seven years ago, a chemical attack on nearby Khan Sheikhoun killed more than 80 people.", []string{"killed/people 81.. bg"}},
	{"en", "In 2016, a strike on a school in Haas killed 22 children.", []string{"killed/children 22 bg"}},
	// cumulative, UN and rhetorical tolls
	{"en", "The UN says more than 300,000 civilians have been killed in Syria since 2011.", []string{"killed/civilians 300001.. bg src=The UN"}},
	{"en", "Since the start of the year, 95 civilians have been killed in northwest Syria, according to the UN.", []string{"killed/civilians 95 bg src=the UN"}},
	{"en", "Sunday's strikes brought to 41 the number of civilians killed in Idlib this month, the monitor said.", []string{"killed/civilians 41 bg src=the monitor"}},
	{"en", "Last year, 14 aid workers were killed in the region, the UN said.", []string{"killed/people 14 bg src=the UN"}},
	{"en", "Nearly half a million people have been killed in the conflict.", []string{"killed/people 500000 ~ bg"}},
	// non-people counts, intents, condemnations
	{"en", "The strikes hit at least 15 houses and a school, the civil defence said.", nil},
	{"en", "Government forces fired more than 40 rockets at the town on Sunday morning.", nil},
	{"en", "About 200 families fled the town after the attack, according to the Response Coordination Group.", nil},
	{"en", "Some 3,000 people have been displaced from Sarmin since Friday.", nil},
	{"en", "The strike destroyed a two-storey building housing three displaced families.", nil},
	{"en", "More than 1,000 tents were damaged by storms last month.", nil},
	{"en", "Activists said 17 people were arrested in the town last week.", nil},
	{"en", "At least 10 strikes hit the town on Sunday, residents said.", nil},
	{"en", "Five ambulances and two fire trucks were sent to the scene.", nil},
	{"en", "The White Helmets said its teams had responded to 23 attacks across northwest Syria this week.", nil},
	{"en", "The attack came on the 13th anniversary of the uprising.", nil},
	{"en", "Turkey condemned the attack and called for an end to the bombardment.", nil},
	{"en", "The opposition vowed to respond to the killing of civilians.", nil},
	{"en", "Russia said its jets had targeted terrorist positions and denied hitting civilians.", nil},
	{"en", "The toll may climb, since several of the wounded are in critical condition.", nil},
	{"en", "The attack took place on the day a UN convoy entered Idlib with 30 trucks of aid.", nil},
	{"en", "The deaths were reported by the Syrian Observatory for Human Rights.", nil},
	{"en", "Two more deaths were confirmed by the Idlib health directorate in the evening.", []string{"killed/people 2 src=the Idlib health directorate"}},
	{"en", "Threats to kill two hostages were made by the group on Saturday.", nil},

	// Arabic
	{"ar", "ومن بين القتلى أب لثلاثة أطفال يعمل بائعاً في السوق.", []string{"killed/people 1"}},
	{"ar", "وقال أبو أحمد، وهو أب لخمسة أطفال، إن منزله دُمّر بالكامل.", nil},
	{"ar", "وتوفي طفل يبلغ من العمر 14 عاماً متأثراً بجروحه مساء الأحد.", []string{"killed/children 1"}},
	{"ar", "وأصيب طفلان، أعمارهما 8 و10 سنوات، بجروح متوسطة.", []string{"injured/children 2"}},
	{"ar", "ولا يزال 12 جريحاً يتلقون العلاج في مستشفى باب الهوى.", []string{"injured/people 12"}},
	{"ar", "وأعلن فيلق الشام مقتل أحد قادته في الغارة.", []string{"killed/combatants 1 src=فيلق الشام"}},
	{"ar", "ويظهر في مقطع مصور رجل يحمل جثة طفل من تحت الأنقاض.", nil},
	{"ar", "وانتشلت فرق الإنقاذ جثة امرأة من تحت ركام منزلها.", nil},
	{"ar", "وشيّع الأهالي جثامين الضحايا في مقبرة المدينة يوم الاثنين.", nil},
	{"ar", "وقالت والدة أحد الضحايا وهي تبكي: لقد فقدت كل شيء.", nil},
	{"ar", "وكان الطفل محمد، البالغ من العمر سبع سنوات، يلعب أمام منزله عندما سقطت القذيفة.", nil},
	{"ar", "وعمل فريق الدفاع المدني لمدة ست ساعات لانتشال العالقين تحت الأنقاض.", nil},
	{"ar", "وأسعفت سيارات الإسعاف الجرحى إلى مستشفيات المنطقة.", nil},
	{"ar", "وتعد هذه الغارات الأعنف منذ مجزرة سوق أريحا التي راح ضحيتها 12 شخصاً.", []string{"killed/people 12 bg"}},
	{"ar", "وهذا أكبر عدد من الضحايا منذ قصف مماثل على بنش قتل فيه 11 مدنياً في كانون الثاني.", []string{"killed/civilians 11 bg"}},
	{"ar", "وشهدت المدينة في عام 2019 مجزرة راح ضحيتها 20 مدنياً.", []string{"killed/civilians 20 bg"}},
	{"ar", "وذكّر الأهالي بهجوم مماثل في كانون الثاني قتل فيه أربعة أطفال.", []string{"killed/children 4 bg src=الأهالي"}},
	{"ar", "ووثقت الأمم المتحدة مقتل أكثر من 300 ألف مدني منذ عام 2011.", []string{"killed/civilians 300001.. bg src=الأمم المتحدة"}},
	{"ar", "ووصل عدد الضحايا المدنيين منذ بداية العام إلى 95 مدنياً في شمال غرب سوريا، بحسب فريق منسقو استجابة سوريا.", []string{"casualties/civilians 95 bg src=فريق منسقو استجابة سوريا"}},
	{"ar", "وقتل آلاف السوريين خلال سنوات الحرب.", []string{"killed/people 2000.. vague bg"}},
	{"ar", "واستهدفت الطائرات الحربية المدينة بأكثر من 20 غارة.", nil},
	{"ar", "ونزحت نحو 300 عائلة من المدينة باتجاه المخيمات الحدودية.", nil},
	{"ar", "وتضرر أكثر من 15 منزلاً جراء القصف.", nil},
	{"ar", "وأطلقت قوات النظام 40 صاروخاً على الأحياء السكنية.", nil},
	{"ar", "واعتقلت قوات النظام 17 شاباً في ريف حماة الأسبوع الماضي.", nil},
	{"ar", "ودمرت الغارات 5 خيام في مخيم قريب.", nil},
	{"ar", "وقدّم فريق الدفاع المدني 23 استجابة لهجمات خلال الأسبوع.", nil},
	{"ar", "وبلغ عدد النازحين منذ بداية الحملة أكثر من 100 ألف شخص.", nil},
	{"ar", "وتصادف الغارات الذكرى الثالثة عشرة لانطلاق الثورة السورية.", nil},
	{"ar", "وأدانت تركيا الهجوم ودعت إلى وقف القصف.", nil},
	{"ar", "وتوعدت الفصائل بالرد على المجزرة.", nil},
	{"ar", "ونفت وزارة الدفاع الروسية استهداف المدنيين.", nil},
	{"ar", "وتداول ناشطون صورة لطفل مصاب يحمله والده نحو سيارة الإسعاف.", nil},

	// second batch: live blogs, hospitals, ages, relatives, restatements
	{"en", "10:42 GMT: Our correspondent says ambulances are still arriving at the hospital.", nil},
	{"en", "\"My daughter was sleeping when the roof fell on her,\" said Abu Yasser, 41.", nil},
	{"en", "Abu Yasser, 41, said he had buried two of his sons in the past three years.", nil},
	{"en", "The dead included a pharmacist, his wife and their three children, aged 2, 5 and 9.", []string{"killed/people 1", "killed/women 1", "killed/children 3"}},
	{"en", "Among those killed were two brothers aged 10 and 13.", []string{"killed/children 2"}},
	{"en", "The youngest victim was eight months old.", nil},
	{"en", "The oldest of the dead was 76.", nil},
	{"en", "The White Helmets, whose volunteers have rescued more than 125,000 people since 2013, said three of its teams took part.", nil},
	{"en", "Some 4.1 million people in northwest Syria depend on aid, according to the UN.", nil},
	{"en", "The town, home to about 40,000 people, lies 10 km east of Idlib city.", nil},
	{"en", "The school had 300 pupils, a teacher said.", nil},
	{"en", "About 2 million of the region's residents live in camps.", nil},
	{"en", "More than 100 people gathered outside the hospital to donate blood.", nil},
	{"en", "Two ambulances were damaged and a paramedic was lightly injured.", []string{"injured/civilians 1"}},
	{"en", "Three days of mourning were declared in the town.", nil},
	{"en", "Sarmin has been struck 15 times since January.", nil},
	{"en", "The strike came two days after a ceasefire was announced.", nil},
	{"en", "The Syrian army said it had killed dozens of terrorists in the area, a claim that could not be verified.", []string{"killed/combatants 24.. vague src=The Syrian army"}},
	{"en", "The death toll stands at seven, the White Helmets said in a later update.", []string{"killed/people 7 src=the White Helmets"}},
	{"en", "Hundreds of thousands have been killed since the war began in 2011.", []string{"killed/people 200000.. vague bg"}},
	{"en", "\"Every week we bury children,\" a doctor said.", nil},
	{"en", "The strike could have killed dozens had it hit the market an hour later, residents said.", nil},
	{"en", "Warplanes threatened to kill anyone who returned to the village.", nil},
	{"en", "Rescuers said they feared more bodies were under the rubble.", nil},
	{"en", "Activists held a vigil for the 43 victims of the 2019 massacre.", []string{"killed/people 43 bg"}},
	{"en", "The two-year-old survived, but her parents were killed.", []string{"killed/people 2"}},
	{"en", "The 18 patients in the hospital were moved to Bab al-Hawa.", nil},

	{"ar", "وتبلغ الطفلة من العمر سبع سنوات، وتعاني من حروق في وجهها.", nil},
	{"ar", "ويقطن في المدينة نحو 40 ألف نسمة.", nil},
	{"ar", "وأعلنت المدينة الحداد ثلاثة أيام.", nil},
	{"ar", "وتعرضت المدينة لقصف 15 مرة منذ مطلع العام.", nil},
	{"ar", "ويعيش أكثر من مليوني شخص في المخيمات شمال غربي سوريا.", nil},
	{"ar", "وتجمّع العشرات أمام المشفى للتبرع بالدم.", nil},
	{"ar", "وكان أصغر الضحايا رضيعاً عمره ثمانية أشهر.", nil},
	{"ar", "وأصيب متطوع في الدفاع المدني بجروح طفيفة.", []string{"injured/civilians 1"}},
	{"ar", "ويخشى عناصر الدفاع المدني وجود جثث أخرى تحت الأنقاض.", nil},
	{"ar", "ونقل 18 مريضاً من المشفى إلى مشفى باب الهوى.", nil},
	{"ar", "وقضى أكثر من نصف مليون سوري منذ اندلاع الحرب عام 2011.", []string{"killed/people 500001.. bg"}},
	{"ar", "وأحيا ناشطون الذكرى الخامسة لمجزرة راح ضحيتها 43 شخصاً.", []string{"killed/people 43 bg"}},
	{"ar", "وقالت مديرية الصحة إن حصيلة الضحايا استقرت عند سبعة قتلى.", []string{"killed/people 7 src=مديرية الصحة"}},
	{"ar", "وتوعدت موسكو بمواصلة ضرب الإرهابيين.", nil},

	// third batch: over-firing on people who are not victims
	{"en", "Two of the rescuers who reached the site first described scenes of chaos.", nil},
	{"en", "Three witnesses told us the jets flew over twice.", nil},
	{"en", "The hospital, which serves 200,000 people, was put out of service.", nil},
	{"en", "Five children who were playing nearby escaped unharmed.", []string{"casualties/children 0"}},
	{"en", "The two men who were arrested were later released.", nil},
	{"en", "Eight families lost their homes in the strike.", nil},
	{"en", "Four of the victims were buried in Sarmin and three in Idlib city.", nil},
	{"en", "The names of the seven victims were published by the local council.", nil},
	{"en", "The strike hit a house where 12 people from two families were sheltering.", nil},
	{"en", "Around 30 people were inside the mosque at the time.", nil},
	{"en", "A 2019 UN inquiry found that Russian jets had bombed a market in Maarat al-Numan.", nil},
	{"en", "The council said 60 of its 90 classrooms had been damaged since 2019.", nil},
	{"en", "His eldest son, 19, was killed in a strike on Ariha in 2020.", []string{"killed/people 1 bg"}},
	{"en", "The village has lost 40 of its sons in the war, the mayor said.", []string{"killed/people 40 bg src=the mayor"}},
	{"en", "Nine of the 11 doctors in the town have left since the offensive began.", nil},
	{"en", "\"Seven people were killed in front of my eyes,\" said a shopkeeper.", []string{"killed/people 7 src=a shopkeeper"}},
	{"en", "The group says it has documented 1,250 attacks on medical facilities since 2011.", nil},
	{"en", "The Syrian Network for Human Rights said it would publish the full toll on Monday.", nil},
	{"en", "The strike left a crater five metres wide.", nil},
	{"en", "The White Helmets posted photos of the bodies of two children wrapped in blankets.", nil},

	{"ar", "ووصل اثنان من المسعفين إلى المكان بعد دقائق من الغارة.", nil},
	{"ar", "ونجا خمسة أطفال كانوا يلعبون قرب المنزل.", nil},
	{"ar", "ودفن أربعة من الضحايا في سرمين وثلاثة في مدينة إدلب.", nil},
	{"ar", "وكان في المسجد نحو 30 شخصاً لحظة الغارة.", nil},
	{"ar", "وقتل ابنه الأكبر بغارة على أريحا عام 2020.", []string{"killed/children 1 bg"}},
	{"ar", "ونشر الدفاع المدني صوراً لجثتي طفلين ملفوفتين بالبطانيات.", nil},
	{"ar", "وأطلق سراح الشابين اللذين اعتقلا الشهر الماضي.", nil},
	{"ar", "وخسرت القرية 40 من أبنائها خلال سنوات الحرب، بحسب رئيس المجلس المحلي.", []string{"killed/people 40 bg src=رئيس المجلس المحلي"}},

	// fourth batch: NGO reports, live blogs, statements
	{"en", "Save the Children said one in three children in the camps suffers from malnutrition.", nil},
	{"en", "UPDATE 14:05 - The number of strikes on the city today has reached 16.", nil},
	{"en", "The strikes come a week after Russia and Turkey agreed on a ceasefire that was meant to protect 4 million civilians.", nil},
	{"en", "The victims were seven members of the Qassem family, including a baby, relatives said.", []string{"killed/people 7 src=relatives", "killed/children 1 src=relatives"}},
	{"en", "\"It was the seventh time our street was hit,\" said Abu Mahmoud.", nil},
	{"en", "Forty-two years old and a father of six, Abdullah had just opened a small grocery.", nil},
	{"en", "The Syrian government did not comment on the strikes, which it routinely describes as targeting terrorists.", nil},
	{"en", "Dozens of residents were still searching for relatives after nightfall.", nil},
	{"en", "The UN's humanitarian coordinator called the killing of civilians \"unacceptable\".", nil},
	{"en", "At least 1,500 people attended the funerals on Monday.", nil},
	{"en", "A mother and her two daughters were pulled alive from the rubble after five hours.", nil},
	{"en", "None of the fighters in the nearby base were hurt, according to local sources.", []string{"injured/combatants 0 src=local sources"}},
	{"en", "The attack killed more people than any other since the truce of March 2020.", nil},
	{"en", "In total, 62 people have been killed in strikes on Sarmin since 2019, the council said.", []string{"killed/people 62 bg src=the council"}},

	{"ar", "وقالت منظمة أنقذوا الأطفال إن طفلاً من كل ثلاثة في المخيمات يعاني من سوء التغذية.", nil},
	{"ar", "تحديث 14:05: ارتفع عدد الغارات على المدينة اليوم إلى 16 غارة.", nil},
	{"ar", "وقال أبو محمود: هذه سابع مرة يُقصف فيها شارعنا.", nil},
	{"ar", "وشارك أكثر من 1500 شخص في تشييع الضحايا.", nil},
	{"ar", "وانتُشلت أم وطفلتاها أحياء من تحت الأنقاض بعد خمس ساعات.", nil},
	{"ar", "ولم تعلق حكومة النظام على الغارات.", nil},
	{"ar", "ووصف منسق الأمم المتحدة قتل المدنيين بأنه غير مقبول.", nil},
	{"ar", "وكان عبد الله، وهو أب لستة أطفال، قد افتتح بقالة صغيرة قبل أسابيع.", nil},
	{"ar", "وبلغت حصيلة ضحايا القصف على سرمين منذ عام 2019 نحو 62 قتيلاً، بحسب المجلس المحلي.", []string{"killed/people 62 ~ bg src=المجلس المحلي"}},
	{"ar", "وتأتي الغارات بعد أسبوع من اتفاق روسيا وتركيا على وقف لإطلاق النار.", nil},
	{"ar", "ولا يزال العشرات من الأهالي يبحثون عن ذويهم.", nil},

	// fifth batch: numbers beside the words of a toll
	{"en", "Around 70 percent of the victims were women and children.", nil},
	{"en", "One in five of the wounded is a child, doctors estimate.", nil},
	{"en", "The number of those killed could not be independently verified.", nil},
	{"en", "Abu Hassan, whose two brothers were killed in 2018, now lives in a tent.", []string{"killed/people 2 bg"}},
	{"en", "Three days earlier, the same hospital had received 11 wounded from Ariha.", []string{"injured/people 11 bg"}},
	{"en", "He was one of 40 volunteers on duty that night.", nil},
	{"en", "The strike hit the second floor of a five-storey building.", nil},
	{"en", "Of the seven dead, four were from the same family.", nil}, // a part of the toll, of no group
	{"en", "The 34-year-old nurse had worked at the hospital for 10 years.", nil},
	{"en", "Rescuers said the death toll was likely to rise above 10.", nil},
	{"en", "The opposition said 5 of its fighters were killed in clashes near Saraqib on Saturday.", []string{"killed/combatants 5 bg src=The opposition"}},
	{"en", "A 2017 strike on the same market killed 46 people.", []string{"killed/people 46 bg"}},

	{"ar", "وتشكل النساء والأطفال نحو 70 بالمئة من الضحايا.", nil},
	{"ar", "ولم يتسن التحقق من عدد القتلى بشكل مستقل.", nil},
	{"ar", "وكان أبو حسن قد فقد شقيقيه بغارة عام 2018.", []string{"killed/people 2 bg"}},
	{"ar", "وكان واحداً من 40 متطوعاً مناوبين تلك الليلة.", nil},
	{"ar", "وأصاب الصاروخ الطابق الثاني من مبنى مؤلف من خمسة طوابق.", nil},
	{"ar", "وتوقع الدفاع المدني ارتفاع الحصيلة إلى أكثر من عشرة قتلى.", nil},
	{"ar", "وتشير توقعات الأهالي إلى وفاة 20 شخصاً في القرية.", []string{"killed/people 20"}},
	{"ar", "وعملت الممرضة البالغة من العمر 34 عاماً في المشفى منذ 10 سنوات.", nil},
	{"ar", "وقتلت غارة على السوق ذاته عام 2017 نحو 46 شخصاً.", []string{"killed/people 46 ~ bg"}},

	// sixth batch: relatives, ages and times in one clause
	{"en", "Khaled, who lost his wife in the strike, sat outside with his three surviving children.", []string{"killed/women 1"}},
	{"en", "The boy, one of five siblings, had just turned 10.", nil},
	{"en", "The family of eight had fled Maarat al-Numan in 2019.", nil},
	{"en", "Nour, 9, is the only survivor of a family of six.", nil},
	{"en", "At 6:30 am, two missiles hit the market, witnesses said.", nil},
	{"en", "The second strike came 10 minutes later, as rescuers arrived.", nil},
	{"en", "Two of the seven victims were brothers, aged 17 and 19.", nil},
	{"en", "The market, which draws thousands of shoppers on Sundays, was packed.", nil},
	{"en", "Civil defence teams needed three hours to put out the fires in 12 shops.", nil},
	{"en", "The strike took place 300 metres from a Turkish military post.", nil},
	{"en", "Turkey has 12 observation posts in the province.", nil},
	{"en", "The war has displaced more than half of Syria's pre-war population of 22 million.", nil},

	{"ar", "وقال خالد الذي فقد زوجته في الغارة إنه لم يعد يملك شيئاً.", []string{"killed/women 1"}},
	{"ar", "ونور، البالغة من العمر تسع سنوات، هي الناجية الوحيدة من عائلة مؤلفة من ستة أفراد.", nil},
	{"ar", "وسقط صاروخان على السوق عند الساعة السادسة والنصف صباحاً.", nil},
	{"ar", "وجاءت الغارة الثانية بعد عشر دقائق مع وصول فرق الإنقاذ.", nil},
	{"ar", "وتنتشر في المحافظة 12 نقطة مراقبة تركية.", nil},
	{"ar", "ووقعت الغارة على بعد 300 متر من نقطة عسكرية تركية.", nil},
	{"ar", "واحتاجت فرق الدفاع المدني ثلاث ساعات لإخماد الحرائق في 12 محلاً.", nil},

	// seventh batch: hyphenated and Arabic obituary forms
	{"en", "A father-of-four, Hassan was among those killed.", []string{"killed/people 1"}},
	{"en", "The mother-of-two died in hospital hours later.", []string{"killed/women 1"}},
	{"en", "A father of two young children was killed when the roof collapsed, his cousin said.", []string{"killed/people 1 src=his cousin"}},
	{"en", "A grandmother of 12 grandchildren was also wounded.", []string{"injured/women 1"}},
	{"en", "She was a mother of three, her neighbour said.", nil},
	{"en", "The 40-year-old father of three was buried on Sunday evening.", nil},

	{"ar", "وقتلت أم لطفلين بالغارة على الحي الشرقي.", []string{"killed/women 1"}},
	{"ar", "وأصيب أب لأربعة أطفال بجروح خطيرة.", []string{"injured/people 1"}},
	{"ar", "وكانت الضحية أماً لثلاثة أطفال، بحسب جيرانها.", nil},
	{"ar", "وشيّع الأهالي الأب لخمسة أطفال عصر الأحد.", nil},
	{"ar", "وترك الراحل خلفه زوجة وأربعة أطفال.", nil},
	{"ar", "وقتل شاب في العشرينات من عمره برصاص قناص.", []string{"killed/people 1"}},

	// eighth batch: figures of speech and other counts of people
	{"en", "\"We have 20 beds and 60 patients,\" the hospital director said.", nil},
	{"en", "Only 3 of the 12 ambulances in the district are still working.", nil},
	{"en", "The victims were aged between 3 and 65.", nil},
	{"en", "A teacher said 15 of her 30 pupils had not come to school since the strike.", nil},
	{"en", "The death of a single child is one too many, the UNICEF representative said.", nil},
	{"en", "Fewer than 10 doctors remain in the town.", nil},
	{"en", "Twenty-four hours after the strike, rescuers were still digging.", nil},
	{"en", "The children, aged 4, 7 and 10, were playing in the yard when the missile hit.", nil},

	{"ar", "وقال مدير المشفى: لدينا 20 سريراً و60 مريضاً.", nil},
	{"ar", "ولم يبق في المدينة سوى أقل من عشرة أطباء.", nil},
	{"ar", "وتراوحت أعمار الضحايا بين 3 و65 عاماً.", nil},
	{"ar", "وبعد 24 ساعة من الغارة، كانت فرق الإنقاذ لا تزال تبحث تحت الأنقاض.", nil},
}

// probeGaps are sentences still read wrong: logged, not failed, so that
// the table keeps the right reading and the count of gaps is visible. A
// gap that reads right fails the test until it is taken off this list.
var probeGaps = map[string]bool{
	"The death of the boy was confirmed by doctors at the hospital.":                                       true,
	"Sunday's strikes brought to 41 the number of civilians killed in Idlib this month, the monitor said.": true,
	"وأعلن فيلق الشام مقتل أحد قادته في الغارة.":                                                           true,
	"Activists held a vigil for the 43 victims of the 2019 massacre.":                                      true,
	"The two-year-old survived, but her parents were killed.":                                              true,
	"وقضى أكثر من نصف مليون سوري منذ اندلاع الحرب عام 2011.":                                               true,
	"The village has lost 40 of its sons in the war, the mayor said.":                                      true,
	"وخسرت القرية 40 من أبنائها خلال سنوات الحرب، بحسب رئيس المجلس المحلي.":                                true,
	"The victims were seven members of the Qassem family, including a baby, relatives said.":               true,
	"None of the fighters in the nearby base were hurt, according to local sources.":                       true,
	"وقتلت غارة على السوق ذاته عام 2017 نحو 46 شخصاً.":                                                     true,
	"وقال خالد الذي فقد زوجته في الغارة إنه لم يعد يملك شيئاً.":                                            true,
	"The mother-of-two died in hospital hours later.":                                                      true,
	"وقتلت أم لطفلين بالغارة على الحي الشرقي.":                                                             true,
	"وأصيب أب لأربعة أطفال بجروح خطيرة.":                                                                   true,
}

func TestProbeSentences(t *testing.T) {
	fails, gaps := 0, 0
	for _, c := range probeCases {
		lede := probeLedeEN
		if c.lang == "ar" {
			lede = probeLedeAR
		}
		var got []string
		for _, f := range Extract(lede+"\n\n"+c.text, day("2024-03-10")) {
			if strings.Contains(c.text, f.Quote) && !strings.Contains(lede, f.Quote) {
				got = append(got, short(f))
			}
		}
		wrong := strings.Join(got, "\n") != strings.Join(c.want, "\n")
		switch {
		case wrong && probeGaps[c.text]:
			gaps++
			t.Logf("gap: %s\n got:  %s\n want: %s", c.text, strings.Join(got, " | "), strings.Join(c.want, " | "))
		case wrong:
			fails++
			t.Errorf("%s\n got:  %s\n want: %s", c.text, strings.Join(got, " | "), strings.Join(c.want, " | "))
		case probeGaps[c.text]:
			t.Errorf("%s reads right now: take it off probeGaps", c.text)
		}
	}
	t.Logf("%d of %d sentences read wrong, %d known gaps", fails, len(probeCases), gaps)
}
