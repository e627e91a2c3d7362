package figures

import (
	"strings"
	"testing"
)

// Victims that are not numbers, with the readings of figures.md. "B/" cases
// are the invented examples of appendix B of
// ../shared/spec/extraction-errors.md; the others are written for this test.
var individualCases = []struct {
	name string
	text string
	want []string
}{
	// appendix B
	{"B/E name, relative, partitive", "The blast killed Yusuf Haddad, his mother and two of his nephews, neighbours said.",
		[]string{"killed/combatants 1 src=neighbours", "killed/women 1 src=neighbours", "killed/people 2 src=neighbours"}},
	{"B/R female attacker", "A female attacker blew herself up at the checkpoint outside Ariha, the Civil Defence said.",
		[]string{"killed/women 1 src=the Civil Defence"}},
	{"B/R detonated with co-victims", "Cornered on the roof, the wanted man detonated his vest, taking his own life and that of two guards, officials said.",
		[]string{"killed/combatants 1 src=officials", "killed/troops 2 src=officials"}},
	{"B/A2 unknown role", "A drone strike near Harem killed a senior Hurras al-Din recruiter, the monitor said.",
		[]string{"killed/combatants 1 src=the monitor"}},
	{"B/A2 role with actor", "Coalition forces killed an IS logistics coordinator in a night raid on Sunday, CENTCOM said.",
		[]string{"killed/combatants 1 actor=IS src=CENTCOM"}},
	{"B/A1 bare name", "Residents said Abu Suhaib al-Tunisi was killed when commandos stormed the farmhouse near Sarmada.",
		[]string{"killed/combatants 1 src=Residents"}},
	{"B/A1 name in a relative clause", "The strike that killed Hamza al-Masri came hours after his convoy left Darkush, the group said.",
		[]string{"killed/combatants 1 src=the group"}},
	{"B/A3 name and apposition", "Abu Khaled al-Shami, the faction's long-time spokesman and a veteran of the Aleppo battles, was killed on Tuesday, the interior ministry said.",
		[]string{"killed/combatants 1 src=the interior ministry"}},
	{"B/A4 pronoun", "The drone tracked the commander to his car near Kafr Takharim and a missile killed him instantly, witnesses said.",
		[]string{"killed/combatants 1 src=witnesses"}},
	{"B/A4 pronoun as well as", "Police said a grenade he was carrying went off, killing him as well as his brother.",
		[]string{"killed/people 1 src=Police", "killed/people 1 src=Police"}},
	{"B/K together with", "The commander was killed together with four of his bodyguards, according to the group.",
		[]string{"killed/combatants 1 src=the group", "killed/combatants 4 src=the group"}},
	{"B/K along with", "Khalil al-Omar died along with seven other passengers when the bus was hit.",
		[]string{"killed/combatants 1", "killed/people 7"}},
	{"B/G others after a single fighter", "The strike killed an IS commander in Binnish. It also left seven others dead, the monitor said.",
		[]string{"killed/combatants 1 actor=IS", "killed/people 7 src=the monitor"}},
	{"B/NF pretext", "The raid was launched on the pretext of killing a senior jihadist, the statement said.",
		nil},
	// written for this test
	{"elliptical another", "A civilian was killed and another was injured in the shelling.",
		[]string{"killed/civilians 1", "injured/civilians 1"}},
	{"ordinal alone", "Two more civilians died in Ariha. A third was killed in Kafr Nabl.",
		[]string{"killed/civilians 2", "killed/civilians 1"}},
	{"claimed the lives of a list", "The strike claimed the lives of a farmer, his wife and their son.",
		[]string{"killed/people 1", "killed/women 1", "killed/children 1"}},
	{"bare relative after a comma", "The strike claimed the lives of a husband, wife, and their son.",
		[]string{"killed/people 1", "killed/women 1", "killed/children 1"}},
	{"speaker claimed, strike claimed the life", "Local sources claimed the raid had claimed the life of \"Abu Omar al-Shami,\" a senior commander.",
		[]string{"killed/combatants 1 src=Local sources"}},
	{"count subject with a relative clause", "Two men and a boy, who were riding a motorbike, burned to death.",
		[]string{"killed/people 2", "killed/children 1"}},
	{"self-inflicted with objects", "The bomber blew himself up outside the mosque, killing his wife and two children.",
		[]string{"killed/combatants 1", "killed/women 1", "killed/children 2"}},
	{"title-case headline role", "Senior Hurras al-Din Official Reportedly Killed In Raid",
		[]string{"killed/combatants 1"}},
	{"pronoun of a named civilian", "A rocket hit the house of Ahmad Dayoub and killed him.",
		[]string{"killed/people 1"}},
	{"shot dead a local official", "Gunmen shot dead a local official in Sarmada, residents said.",
		[]string{"killed/people 1 src=residents"}},
	{"progressive is no victim", "\"The tent was killing us slowly,\" he said.",
		nil},
	{"a building is no victim", "A school had burned in the night.",
		nil},
	{"the injured as a noun", "The more seriously injured were taken to Bab al-Hawa.",
		nil},
	// a person before a count in one subject; a headline's bare noun
	{"X and N others (figures.md)", "Khalil al-Omar and seven others were killed when the bus was hit.",
		[]string{"killed/people 7", "killed/combatants 1"}},
	{"the commander and three fighters", "The commander and three fighters were killed in the raid.",
		[]string{"killed/combatants 3", "killed/combatants 1"}},
	{"a name and his two sons", "Rescuers said Abu Omar and his two sons were killed.",
		[]string{"killed/children 2 src=Rescuers", "killed/combatants 1 src=Rescuers"}},
	{"places before a count are no victims", "The strike hit Sarmin and Binnish and two people were killed.",
		[]string{"killed/people 2"}},
	{"an adverb before a comma is no name", "Meanwhile, four people were reported wounded.",
		[]string{"injured/people 4"}},
	{"X's wife and a count", "Abu Omar's wife and two children were killed in the strike.",
		[]string{"killed/children 2", "killed/women 1"}},
	{"headline: bare singular noun", "Fighter killed in clash near Saraqib",
		[]string{"killed/combatants 1"}},
	{"headline: trade noun", "Aid worker killed in Idlib drone strike",
		[]string{"killed/people 1"}},
	{"headline: rescuer after a prefix", "Syria: Civil defence volunteer killed in double-tap strike",
		[]string{"killed/civilians 1"}},
	{"headline: noun and a count", "Woman, three children killed in Russian strike on Idlib camp",
		[]string{"killed/children 3", "killed/women 1"}},
	{"headline: a thing is no victim", "Bridge destroyed in strike near Jisr al-Shughur",
		nil},
	{"hit by a stray bullet", "A boy was hit by a stray bullet in Ariha.",
		[]string{"injured/children 1"}},
	{"a house hit by a shell", "The house was hit by a shell.",
		nil},
	{"sentenced to death is no death", "He was sentenced to death by a military court in Damascus.",
		nil},
	{"she is not the boy", "The mother of the boy, Fatima, said she was injured in the leg.",
		[]string{"injured/women 1 src=The mother of the boy"}},
	{"he is not the mother", "A man and his mother were in the car; he was wounded.",
		[]string{"injured/people 1"}},
}

func TestIndividuals(t *testing.T) {
	for _, c := range individualCases {
		t.Run(c.name, func(t *testing.T) { checkExtract(t, c.text, "", c.want) })
	}
}

// unseenCases stand in for real reporting the reader has not met: single
// deaths, roles and relatives phrased the way wire, local and NGO reports
// phrase them, written for this test (not from appendix B or dev2), and
// sentences that must give nothing (purposes, threats, attempts,
// survivals, hypotheticals). todo marks a reading not reached yet.
var unseenCases = []struct {
	name string
	text string
	want []string
	todo bool
}{
	// titles, names and long appositions
	{"sheikh, apposition", "Sheikh Omar al-Rifai, a prominent preacher in the town, was killed when a drone hit his car near Darkush.",
		[]string{"killed/people 1"}, false},
	{"doctor, apposition with of", "Dr. Samer Kanaan, the director of the surgical hospital in Ariha, was killed in the shelling, colleagues said.",
		[]string{"killed/people 1 src=colleagues"}, false},
	{"field commander title", "Field commander Abu Bakr bin Saleh was killed in clashes on the Kabani front, the faction said.",
		[]string{"killed/combatants 1 src=the faction"}, false},
	{"age then volunteer", "Hussein al-Ali, 27, a volunteer with the civil defence, died of his injuries on Thursday.",
		[]string{"killed/civilians 1"}, false},
	{"a nurse lost her life", "A nurse at the maternity hospital lost her life when a shell hit the building.",
		[]string{"killed/people 1"}, false},
	{"cameraman succumbed", "Cameraman Khaled al-Issa succumbed to his wounds in a hospital across the border.",
		[]string{"killed/people 1"}, false},
	{"teacher among those killed", "Local teacher Mahmoud Qassem was among those killed in the market strike, relatives said.",
		[]string{"killed/people 1 src=relatives"}, false},
	{"imam found dead", "Imam Ahmad Darwish was found dead near the mosque on Friday morning.",
		[]string{"killed/people 1"}, false},
	{"father of three, relative clause", "Abdullah Hamdo, a father of three who sold vegetables in the market, was killed when the rocket struck.",
		[]string{"killed/people 1"}, false},
	{"name, national who ran finances, aides", "The strike killed Abu Yahya al-Jazrawi, a Saudi national who ran the group's finances, and two of his aides.",
		[]string{"killed/combatants 3"}, false},
	{"relative clause names the role", "Abu Hassan al-Homsi, who led the group's operations in Jabal al-Zawiya, was killed in an air strike, the monitor said.",
		[]string{"killed/combatants 1 src=the monitor"}, false},
	{"shot dead a sheikh, the imam", "Gunmen shot dead Sheikh Ibrahim Mansour, the imam of a mosque in Binnish, as he left evening prayers.",
		[]string{"killed/people 1"}, false},
	{"rebel commander died of wounds", "Rebel commander Abu Omar Saraqib died of wounds sustained in a government ambush, his faction said.",
		[]string{"killed/combatants 1 src=his faction"}, false},
	{"security official shot dead by", "Security official Abu Musab al-Halabi was shot dead by unknown gunmen in Idlib city.",
		[]string{"killed/combatants 1"}, false},
	{"mukhtar executed, apposed name", "Witnesses said the village mukhtar, Ali Hamoud, was executed in front of his house.",
		[]string{"killed/people 1 src=Witnesses"}, false},
	{"name, fighter with a front", "Abu Suleiman, a fighter with the National Front for Liberation, lost his life in the clashes, a relative said.",
		[]string{"killed/combatants 1 src=a relative"}, false},
	{"aid worker title", "Aid worker Rami Saleh was killed by a drone while delivering food to the camp.",
		[]string{"killed/people 1"}, false},
	{"named boy by age", "Khaled Youssef, a 15-year-old student, was killed on his way to school.",
		[]string{"killed/children 1"}, false},
	{"name, a child of nine", "Hamza, a nine-year-old boy, was killed instantly when the shell hit the playground.",
		[]string{"killed/children 1"}, false},
	{"sheikh, member of a council", "The strike killed Sheikh Abu Abdullah al-Shami, a member of the HTS shura council.",
		[]string{"killed/combatants 1 actor=HTS"}, false},
	{"head of a relief committee died in hospital", "Mustafa Abdul Jabbar, the head of the town's relief committee, died in hospital of injuries he sustained in the strike.",
		[]string{"killed/people 1"}, false},
	// roles without a name
	{"medic killed, paramedics wounded", "A medic was killed and two paramedics were wounded when their ambulance was hit near Saraqib.",
		[]string{"killed/civilians 1", "injured/civilians 2"}, false},
	{"volunteer died of injuries", "A volunteer with the White Helmets died of his injuries after a second strike hit the rescue team.",
		[]string{"killed/civilians 1"}, false},
	{"paramedic, source after", "A paramedic was killed when a second strike hit the crowd of rescuers, the Civil Defence said.",
		[]string{"killed/civilians 1 src=the Civil Defence"}, false},
	{"wounded a journalist", "The air raid wounded a journalist working for a local radio station.",
		[]string{"injured/civilians 1"}, false},
	{"young shepherd, landmine", "A young shepherd was killed by a landmine left over from the fighting.",
		[]string{"killed/people 1"}, false},
	{"baker wounded", "A baker in Maarat Misrin was wounded when shrapnel hit his shop.",
		[]string{"injured/people 1"}, false},
	{"elderly man died of injuries", "An elderly man died of his injuries in hospital on Sunday, monitors said.",
		[]string{"killed/people 1 src=monitors"}, false},
	{"operative and his driver", "The drone strike killed a senior al-Qaeda operative and his driver on the road to Sarmada, the Pentagon said.",
		[]string{"killed/combatants 1 actor=al-Qaeda src=the Pentagon", "killed/people 1 src=the Pentagon"}, false},
	{"aid worker with a charity", "An aid worker with a Turkish charity was killed in the shelling of Sarmin, the charity said.",
		[]string{"killed/people 1 src=the charity"}, false},
	{"one of the wounded died", "One of the wounded, a 12-year-old boy, died on the way to hospital.",
		[]string{"killed/children 1"}, true},
	{"civil defence volunteer critically injured", "A civil defence volunteer was critically injured while pulling survivors from the rubble.",
		[]string{"injured/civilians 1"}, false},
	{"soldier killed, another wounded", "The ministry said a soldier was killed and another wounded by a roadside bomb.",
		[]string{"killed/troops 1 src=The ministry", "injured/troops 1 src=The ministry"}, false},
	// relatives
	{"woman, her two sons and a nephew", "The strike on the house killed a woman, her two sons and a nephew.",
		[]string{"killed/women 1", "killed/children 2", "killed/people 1"}, false},
	{"pregnant woman and her unborn child", "A pregnant woman and her unborn child were killed when the shell hit their tent.",
		[]string{"killed/women 1", "killed/children 1"}, false},
	{"a mother of four", "The strike killed a mother of four in the camp at Atmeh.",
		[]string{"killed/women 1"}, false},
	{"child and his grandfather", "The regime's shelling killed a child and his grandfather in Kafr Nouran.",
		[]string{"killed/children 1", "killed/people 1"}, false},
	{"man killed, his grandson injured", "A 70-year-old man was killed and his grandson injured in the bombardment.",
		[]string{"killed/people 1", "injured/children 1"}, false},
	{"woman along with her three children", "A woman was killed along with her three children when the plane struck their home.",
		[]string{"killed/women 1", "killed/children 3"}, false},
	{"name and his deputy", "Abu Dujana al-Turki and his deputy were killed in a drone strike on their vehicle.",
		[]string{"killed/combatants 2"}, false},
	{"member of the council and his wife", "Ahmad Khatib, a member of the local council, and his wife were killed when the building collapsed.",
		[]string{"killed/people 1", "killed/women 1"}, false},
	// self-inflicted
	{"bomber with belt, himself and guards", "A suicide bomber detonated his explosive belt at the checkpoint, killing himself and three guards.",
		[]string{"killed/combatants 1", "killed/troops 3"}, false},
	{"leader blew himself up in the raid", "IS leader Abu Ibrahim al-Qurashi blew himself up during the raid, US officials said.",
		[]string{"killed/combatants 1 actor=IS src=US officials"}, false},
	{"commander wounded, bodyguards", "The raid killed a senior HTS commander known as Abu Hafs and wounded two of his bodyguards.",
		[]string{"killed/combatants 1 actor=HTS", "injured/combatants 2"}, false},

	// nothing: purposes, threats, attempts, survivals, hypotheticals
	{"vowed to kill", "Militants vowed to kill the commander in revenge for the raid.", nil, false},
	{"tried to assassinate", "The group had tried to assassinate the mayor twice before.", nil, false},
	{"could be killed", "If the dam bursts, thousands could be killed, engineers warned.", nil, false},
	{"survived the strike", "An IS commander survived the drone strike, the group said.", nil, false},
	{"attempt to kill", "Police said they foiled an attempt to kill the judge outside his home.", nil, false},
	{"threatened to kill", "The gunman threatened to kill the hostages unless a ransom was paid.", nil, false},
	{"planning to kill", "The militants were planning to kill a local official, the ministry said.", nil, false},
	{"aimed to kill", "The army said the operation aimed to kill the group's leader.", nil, false},
	{"afraid of being killed", "Residents said they were afraid of being killed if they returned to the village.", nil, false},
	{"attempted to kill", "Gunmen attempted to kill the preacher but fled when guards opened fire.", nil, false},
	{"killing as a crime", "Killing civilians is a war crime, the UN envoy said.", nil, false},
	{"may have been killed", "Officials feared the commander may have been killed, but later said he was alive.", nil, false},
	{"pulled alive", "Rescuers pulled a girl alive from the rubble of her home.", nil, false},
	{"wants to kill us", "\"The regime wants to kill every last one of us,\" he said.", nil, false},
}

// freshCases were written after the mechanisms for unseenCases were in, as
// a check of them on sentences they were not built on.
var freshCases = []struct {
	name string
	text string
	want []string
	todo bool
}{
	{"age and father of two", "Mohammed Jasim, a 33-year-old father of two, was killed when a mortar round hit his car in Ariha.",
		[]string{"killed/people 1"}, false},
	{"named teacher and her daughter", "The shelling killed Rasha al-Hamwi, a schoolteacher, and her eight-year-old daughter.",
		[]string{"killed/people 1", "killed/children 1"}, false},
	{"shepherd and his grandson", "An elderly shepherd and his grandson died when their tent was hit.",
		[]string{"killed/people 1", "killed/children 1"}, false},
	{"jihadist by nationality", "Abu Talha al-Urduni, a Jordanian jihadist, was killed in a drone strike near Sarmada, the monitor said.",
		[]string{"killed/combatants 1 src=the monitor"}, false},
	{"civil defence title", "Syrian Civil Defence volunteer Khaled Omar was killed while responding to the strike.",
		[]string{"killed/civilians 1"}, false},
	{"pharmacist succumbed", "A pharmacist in Binnish succumbed to her injuries on Sunday.",
		[]string{"killed/people 1"}, false},
	{"boy by age died of wounds", "Two days later, a 16-year-old boy died of his wounds.",
		[]string{"killed/children 1"}, false},
	{"sheikh, the imam, shot dead by", "Sheikh Abdul Karim, the imam of the town's main mosque, was shot dead by masked gunmen.",
		[]string{"killed/people 1"}, false},
	{"name and his companion", "The drone strike killed Abu Musab al-Tunisi and his Tunisian companion.",
		[]string{"killed/combatants 2"}, false},
	{"official identified as", "A senior Hurras al-Din official identified as Abu Dujana was killed in the raid.",
		[]string{"killed/combatants 1"}, false},
	{"photographer wounded", "A photographer working for a Turkish news agency was wounded by shrapnel.",
		[]string{"injured/people 1"}, false},
	{"man, pregnant wife, four children", "The strike killed a man, his pregnant wife and their four children in Maarat Misrin.",
		[]string{"killed/people 1", "killed/women 1", "killed/children 4"}, false},
	{"HTS commander died of wounds", "HTS commander Abu Hassan al-Binnishi died of wounds he sustained in the clashes.",
		[]string{"killed/combatants 1 actor=HTS"}, false},
	{"head of the council, object", "Gunmen killed Ahmad Sweid, the head of the local council in Maarat al-Numan.",
		[]string{"killed/people 1"}, false},
	{"emir along with three aides", "An IS emir was killed along with three of his aides in the raid.",
		[]string{"killed/combatants 1 actor=IS", "killed/combatants 3"}, false},
	{"volunteer nurse lost her life", "A volunteer nurse lost her life when the clinic was bombed.",
		[]string{"killed/people 1"}, false},
	{"activist found dead", "Yasser Hamdan, a local activist, was found dead near the river, residents said.",
		[]string{"killed/people 1 src=residents"}, false},
	{"among those killed was a boy", "Among those killed was Mahmoud, an 11-year-old boy.",
		[]string{"killed/children 1"}, false},
	{"a widow who had fled", "The strike killed Umm Ahmad, a widow who had fled from Hama.",
		[]string{"killed/women 1"}, false},
	// a second batch, written and measured the same way
	{"bled to death", "Activists said Abdulrahman al-Hamoud, a father of five, bled to death after rescuers failed to reach him.",
		[]string{"killed/people 1 src=Activists"}, false},
	{"fighter by age and faction, brother wounded", "The Russian strike killed Mustafa Qaddour, a 19-year-old fighter with Jaish al-Izza, and wounded his brother.",
		[]string{"killed/combatants 1", "injured/people 1"}, false},
	{"nationality is no side", "Abu Bakr al-Shami, a Syrian member of Hurras al-Din, and his Egyptian deputy were killed when their car was hit.",
		[]string{"killed/combatants 2"}, false},
	{"shot and killed a girl by age", "The regime sniper shot and killed a 14-year-old girl who was collecting firewood near Kansafra.",
		[]string{"killed/children 1"}, false},
	{"a name and an adult age", "Fatima, 62, died under the rubble of her house in Ariha, her son told reporters.",
		[]string{"killed/people 1 src=her son"}, false},
	{"a civilian identified as", "A civilian identified as Hassan Ali was killed by a landmine in the countryside of Saraqib.",
		[]string{"killed/civilians 1"}, false},
	{"alongside two nurses", "Dr. Mahmoud al-Ahmad, who ran the only clinic in the village, was killed alongside two nurses.",
		[]string{"killed/people 1", "killed/people 2"}, false},
	{"known by a nom de guerre", "Rebel fighter Khaled al-Omar, known by his nom de guerre Abu Jihad, died in the clashes on Monday.",
		[]string{"killed/combatants 1"}, false},
	{"the local imam and his wife", "The strike also wounded the local imam and his wife, witnesses said.",
		[]string{"injured/people 1 src=witnesses", "injured/women 1 src=witnesses"}, false},
	{"lost his leg is an injury", "An eight-year-old boy lost his leg and his younger brother was killed.",
		[]string{"injured/children 1", "killed/people 1"}, false},
	{"a volunteer with the civil defence", "Ahmad, a volunteer with the Syrian Civil Defence, died while trying to rescue a family.",
		[]string{"killed/civilians 1"}, false},
	{"cameraman and his colleague", "The shelling killed a cameraman working for Orient TV and wounded his colleague.",
		[]string{"killed/people 1", "injured/people 1"}, false},
	{"the body of a young woman", "Rescuers recovered the body of a young woman from the rubble on Tuesday.",
		[]string{"killed/women 1.."}, false},
	{"a retired teacher, name", "A retired teacher, Mahmoud Hajj Ali, was killed when a shell struck his home in Termanin.",
		[]string{"killed/people 1"}, false},
	{"the group's top judge", "Sheikh Abu Hafs, the group's top judge, was killed in a drone strike near Atmeh, US Central Command said.",
		[]string{"killed/combatants 1 src=US Central Command"}, false},
	{"among the victims was the mayor", "Among the victims was the mayor of Sarmin, Mohammed Khalil.",
		[]string{"killed/people 1"}, false},
	{"assassinated a former commander", "Gunmen on a motorcycle assassinated a former rebel commander in Daraa.",
		[]string{"killed/combatants 1"}, false},
	{"two brothers by age", "Two brothers, aged 9 and 12, were killed when the shell hit their school.",
		[]string{"killed/children 2"}, false},
	{"spokesman and three bodyguards", "The airstrike killed the group's spokesman and three of his bodyguards.",
		[]string{"killed/combatants 4"}, false},
	{"relief worker, colleagues wounded", "A relief worker was killed and two of his colleagues were wounded near Harem.",
		[]string{"killed/people 1", "injured/people 2"}, false},
	{"the body of a man was found", "The body of a man was found in an olive grove outside Maarrat Misrin.",
		[]string{"killed/people 1.."}, false},
	{"the man's wife and daughter", "The man's wife and daughter were wounded.",
		[]string{"injured/women 1", "injured/children 1"}, false},
	{"killed a militant planting explosives", "The army said it had killed a militant who was planting explosives near its positions.",
		[]string{"killed/combatants 1 src=The army"}, false},
	// a third batch, measured before any change for it: 8 of its 15
	// positives and its negatives passed as first written
	{"identified the dead man as", "Local media identified the dead man as Omar Saleh, a 45-year-old farmer from Kafr Takharim.",
		[]string{"killed/people 1"}, true},
	{"a party is not IS", "A drone strike on Sunday killed Abu Yusuf al-Masri, an Egyptian commander of the Turkistan Islamic Party.",
		[]string{"killed/combatants 1"}, true},
	{"the girl's father", "The girl's father, a day labourer, was also wounded in the blast.",
		[]string{"injured/people 1"}, false},
	{"head of the medical centre died of injuries", "Hisham Qassab, the head of the Binnish medical centre, died of his injuries two days after the strike.",
		[]string{"killed/people 1"}, false},
	{"members of one family, a dash list", "Three members of one family — a grandmother and her two grandchildren — were killed in the shelling.",
		[]string{"killed/people 3", "killed/women 1", "killed/children 2"}, false},
	{"a boy named Ali", "Shelling on Ariha killed a 12-year-old boy named Ali on his way home from school.",
		[]string{"killed/children 1"}, false},
	{"one of its soldiers, another wounded", "The Turkish defence ministry said one of its soldiers was killed and another wounded in an attack on a base near Taftanaz.",
		[]string{"killed/troops 1 src=The Turkish defence ministry", "injured/troops 1 src=The Turkish defence ministry"}, false},
	{"a man believed to be an official, gunned down", "A man believed to be an HTS security official was gunned down in front of his house in Idlib city.",
		[]string{"killed/combatants 1 actor=HTS"}, false},
	{"hit by shrapnel is an injury", "The victim, a 30-year-old mother of three, was hit by shrapnel while baking bread.",
		[]string{"injured/women 1"}, true},
	{"its deputy commander among the dead", "Sources in the faction said its deputy commander, Abu Ahmad Zakour, was among the dead.",
		[]string{"killed/combatants 1 src=Sources in the faction"}, false},
	{"a teenage bomber is a fighter", "Witnesses said the bomber, a teenager, detonated his vest at the entrance of the mosque.",
		[]string{"killed/combatants 1 src=Witnesses"}, false},
	{"a Russian officer", "Fighters of the National Front said they had killed a Russian officer in a sniper attack.",
		[]string{"killed/troops 1 actor=Russian src=Fighters of the National Front"}, false},
	{"two of the dead were brothers", "Two of the dead were brothers, a relative said.",
		[]string{"killed/people 2 src=a relative"}, false},
	{"one of their volunteers", "The White Helmets said one of their volunteers, Ahmad Kharbutli, was killed in the second strike.",
		[]string{"killed/civilians 1 src=The White Helmets"}, true},
	{"her husband among the wounded", "Her husband was among those wounded, she said.",
		[]string{"injured/people 1"}, false},
	{"pulled alive", "A toddler was pulled alive from the rubble hours after the strike.", nil, false},
	{"avenge the killing", "The group vowed to avenge the killing of its commander.", nil, false},
	{"survived attempts", "He had survived two previous attempts on his life.", nil, false},
	{"could die", "Officials warned that many more people could die if the aid did not arrive.", nil, false},
	{"would kill any soldier", "The group said it would kill any soldier who entered the village.", nil, false},
	{"escaped an attempt", "The commander escaped an assassination attempt on Monday.", nil, false},
	{"will be killed", "The minister said anyone who attacks the army will be killed.", nil, false},
	{"denied its leader was killed", "The group denied that its leader had been killed.", nil, false},
	{"saved the life of a boy", "Doctors saved the life of a boy pulled from the rubble.", nil, false},
}

func TestUnseenIndividuals(t *testing.T) {
	for _, c := range append(unseenCases, freshCases...) {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, f := range Extract(c.text, day("")) {
				got = append(got, short(f))
			}
			ok := strings.Join(got, "\n") == strings.Join(c.want, "\n")
			if c.todo {
				if ok {
					t.Errorf("%s: passes now, drop todo", c.text)
				}
				t.Skipf("not read yet: %s (got %v)", c.text, got)
			}
			if !ok {
				t.Errorf("%s\n got:\n  %s\nwant:\n  %s", c.text, strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
			}
		})
	}
}
