package figures

import "testing"

// othersClauseCases: after a breakdown ("including two children and a
// woman", "among them a boy"), a count joined with its own predicate
// (", and more than 40 others were injured") is a clause of its own with
// its own metric, not one more part of the breakdown (nor, after a single
// person, "X and N others" summed). Sentences written for this test.
var othersClauseCases = []readingCase{
	{"others wounded after a breakdown of the dead", "At least six people were killed, including two girls and a woman, and more than 40 others were injured.",
		[]string{"killed/people 6..", "killed/children 2", "killed/women 1", "injured/people 41.."}, false},
	{"others wounded after one person among the dead", "Five civilians were killed, among them a boy and his father, and more than twenty others were wounded, some of them badly.",
		[]string{"killed/civilians 5", "killed/children 1", "killed/people 1", "injured/people 21.."}, false},
	{"a group with its own predicate after the parts", "Nine people were killed, including four boys, and two women were wounded.",
		[]string{"killed/people 9", "killed/children 4", "injured/women 2"}, false},
	{"near-miss: parts with no predicate of their own", "Nine people were killed, including four children and two women.",
		[]string{"killed/people 9", "killed/children 4", "killed/women 2"}, false},
}

func TestOthersClause(t *testing.T) { runReadingCases(t, "others clause", othersClauseCases) }
