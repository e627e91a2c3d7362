package figures

import "testing"

// companionCases: an of-phrase ends where "and" joins a new person with a
// possessive or an article ("a lieutenant of the leader and his wife": two
// victims, not one), and a leader's own man named by his tie to a fighter
// counted before ("a lieutenant of al-Kurdi", "a bodyguard of al-Kurdi")
// is a fighter; a neighbour or a cousin of him is not. Sentences written
// for this test.
var companionCases = []readingCase{
	{"lieutenant of a counted leader and his wife", "US forces killed the Islamic State leader Abu Hamza al-Kurdi in a raid on Atmeh. A lieutenant of al-Kurdi and his wife were also killed, an official said.",
		[]string{"killed/combatants 1", "killed/combatants 1 src=an official", "killed/women 1 src=an official"}, false},
	{"bodyguard of a counted leader", "US forces killed the Islamic State leader Abu Hamza al-Kurdi in a raid on Atmeh. A bodyguard of al-Kurdi died too.",
		[]string{"killed/combatants 1", "killed/combatants 1"}, false},
	{"near-miss: a neighbour of the leader and his son", "US forces killed the Islamic State leader Abu Hamza al-Kurdi in a raid on Atmeh. A neighbour of al-Kurdi and his son were also killed.",
		[]string{"killed/combatants 1", "killed/people 1", "killed/children 1"}, false},
	{"near-miss: an of-phrase with two names goes on", "A member of Ansar al-Tawhid and Hurras al-Din was killed in the strike.",
		[]string{"killed/combatants 1"}, false},
	{"near-miss: lieutenant of a leader not counted", "A lieutenant of the village mukhtar was killed in the shelling.",
		[]string{"killed/people 1"}, false},
	{"two persons, each with an of-phrase", "A daughter of the baker and a brother of the imam were among the dead in the shelling.",
		[]string{"killed/women 1", "killed/people 1"}, false},
}

func TestCompanions(t *testing.T) { runReadingCases(t, "companions", companionCases) }
