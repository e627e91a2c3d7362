package figures

import "testing"

// rescueStaffCases: a rescue or medical body's own people named by an
// anaphor after the noun ("a volunteer of the group", "one from its
// teams", "of its own teams") or by a possessive after a clinic or
// hospital ("two of its staff") are civilians (figures.md); the body is
// the one named in this sentence or the one before, and an armed body
// named nearer keeps "a member of the group" a fighter. Sentences written
// for this test.
var rescueStaffCases = []readingCase{
	{"of the group, rescuers named before", "The Civil Defence said the shelling killed three people in Kansafra. Among the dead was a volunteer of the group who had been hit while carrying a stretcher.",
		[]string{"killed/people 3 src=The Civil Defence", "killed/civilians 1 src=The Civil Defence"}, false},
	{"from its teams", "The White Helmets said a volunteer from its teams was wounded when a second shell fell on the street.",
		[]string{"injured/civilians 1 src=The White Helmets"}, false},
	{"of its own teams, then a name", "The White Helmets said a worker of its own teams died when a drone hit the ambulance.",
		[]string{"killed/civilians 1 src=The White Helmets"}, false},
	{"its staff, after a clinic", "The strike also damaged a clinic run by a local charity, and four of its staff were among the injured.",
		[]string{"injured/civilians 4"}, false},
	{"near-miss: the group is the armed one named nearer", "The White Helmets said shelling killed two people in Ariha. Hayat Tahrir al-Sham said a member of the group was killed in clashes near Saraqeb.",
		[]string{"killed/people 2 src=The White Helmets", "killed/combatants 1 src=Hayat Tahrir al-Sham"}, false},
	{"near-miss: rescuers named two sentences back", "The White Helmets pulled two bodies from the burnt car on Friday. Residents said the car had stood outside a bakery for an hour. The Observatory said a member of the group died of his wounds later.",
		[]string{"killed/people 2..", "killed/combatants 1 src=The Observatory"}, false},
	{"near-miss: a hospital is no owner of the group", "The wounded were taken to a hospital in Idlib. A member of the faction died there on Monday.",
		[]string{"killed/combatants 1"}, false},
}

func TestRescueStaff(t *testing.T) { runReadingCases(t, "rescue staff", rescueStaffCases) }
