package reading

import (
	"strings"
	"unicode/utf8"
)

// Boundary says how a token opens a clause: its bits are the reasons. A
// relative pronoun or a subordinator is the first word of the clause it
// opens; a punctuation mark stands between the clauses.
type Boundary uint16

const (
	RelativePronoun Boundary = 1 << iota // who, which, whom, whose, where; الذي التي الذين اللواتي حيث
	ThatClause                           // "that" opening a relative or a complement clause
	Subordinator                         // when, while, after (a clause), because; عندما، بينما، بعد أن
	OpenBracket                          // an opening quotation mark or parenthesis
	CloseBracket                         // a closing one: the clause around it goes on
	Dash                                 // a dash between spaces: "—", "–", " - "
	Colon                                // ":"
	Semicolon                            // ";", "؛"
	Comma                                // ",", "،"

	// Breaks are the boundaries that always open a clause; a comma may
	// only separate the items of a list, and "that" may be a determiner
	// ("that raid").
	Breaks = RelativePronoun | Subordinator | OpenBracket | Dash | Colon | Semicolon
)

// clauseWord is how a word opens a clause.
type clauseWord uint8

const (
	relativeWord clauseWord = iota + 1
	subordinator            // wherever it stands
	clauseIfVerb            // also a preposition: "after the strike", "as many as"
	clauseIfAn              // an Arabic preposition before أن: "بعد أن", "قبل أن"
	thatWord
)

// clauseWords are the words that open a clause, in one table so that a
// word costs one look-up.
var clauseWords = func() map[string]clauseWord {
	m := map[string]clauseWord{"that": thatWord}
	for c, list := range map[clauseWord]string{
		relativeWord: `who which whom whose where
			الذي التي الذين اللذين اللذان اللتين اللتان اللواتي اللاتي اللائي حيث`,
		subordinator: `when whenever while whilst whereas although though because unless if once
			عندما حين حينما بينما فيما إذ لأن لكي كي بعدما كلما طالما`,
		clauseIfVerb: `after before since until till as`,
		clauseIfAn:   `بعد قبل منذ حتى`,
	} {
		for w := range words(list) {
			m[w] = c
		}
	}
	return m
}()

var clauseFilter = FilterOf(clauseWords)

// noThat are the words after which "that" is a pronoun or a determiner
// ("in that raid", "after that").
var noThat = words(`in of at on by for with from after before during like about than since until into over under`)

// finiteVerbs are frequent English verbs a clause has that do not end in
// -ed (an -ed word after a noun is taken for a verb too).
var finiteVerbs = words(`is are was were had has have did does do will would could can may might must
	struck hit fled left fell began came went took made found told said says saw shot blew broke brought held
	led ran sent stood won tried rose got`)

var pronouns = words(`i you he she it we they`)

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[Fold(w)] = true
	}
	return m
}

// BoundaryAt says how token i opens a clause (0: it does not). It reads
// the tokens around i only, so that it costs nothing to ask.
func (d *Doc) BoundaryAt(i int) Boundary {
	ts := d.Tokens
	if i < 0 || i >= len(ts) {
		return 0
	}
	t := &ts[i]
	switch t.Kind {
	case Quote:
		r, _ := utf8.DecodeRuneInString(d.Text[t.Start:])
		switch {
		case r == '“' || r == '«' || r == '„':
			return OpenBracket
		case r == '”' || r == '»' || r == '‟':
			return CloseBracket
		case i+1 < len(ts) && ts[i+1].Quoted:
			return OpenBracket // a straight quote before quoted words
		}
		return CloseBracket
	case Punct:
		switch t.Norm {
		case "(", "[":
			return OpenBracket
		case ")", "]":
			return CloseBracket
		case "—", "–", "-", "‐", "―":
			return Dash
		case ":":
			return Colon
		case ";", "؛":
			return Semicolon
		case ",", "،":
			return Comma
		}
		return 0
	case Word:
	default:
		return 0
	}
	w := t.Norm
	var c clauseWord
	ok := false
	if clauseFilter.May(w) {
		c, ok = clauseWords[w]
	}
	if !ok && t.Arabic {
		if bare := withoutConjunction(w); len(bare) < len(w) && clauseFilter.May(bare) {
			c = clauseWords[bare]
		}
	}
	switch c {
	case relativeWord:
		return RelativePronoun
	case subordinator:
		return Subordinator
	case thatWord:
		if i > 0 && noThat[ts[i-1].Norm] || i+1 >= len(ts) || ts[i+1].Kind != Word && ts[i+1].Kind != Number {
			return 0
		}
		return ThatClause
	case clauseIfVerb:
		if i+1 >= len(ts) {
			return 0
		}
		if n := ts[i+1]; (w == "as" || w == "since") && (notClause[n.Norm] || n.Kind == Number) {
			return 0
		}
		if verbFollows(ts, i+1) {
			return Subordinator
		}
	case clauseIfAn:
		if i+1 < len(ts) && ts[i+1].Norm == "ان" {
			return Subordinator
		}
	}
	return 0
}

// withoutConjunction strips a conjunction و or ف from an Arabic word
// ("والتي", "وعندما") when a word of two letters or more is left.
func withoutConjunction(w string) string {
	if (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && len(w) > len("و")*3 {
		return w[len("و"):]
	}
	return w
}

// verbFollows reports an English clause starting at token i: a pronoun
// subject, or a verb within a few words before any punctuation ("after
// gunmen opened fire", not "after the strike on the market").
func verbFollows(ts []Token, i int) bool {
	for k := i; k < len(ts) && k < i+6; k++ {
		t := ts[k]
		if t.Kind != Word && t.Kind != Number || t.Arabic {
			return false
		}
		w := t.Norm
		if k == i && pronouns[w] || finiteVerbs[w] {
			return true
		}
		if k > i && len(w) > 4 && strings.HasSuffix(w, "ed") && !determiners[ts[k-1].Norm] {
			return true
		}
	}
	return false
}

// notClause follow "as" or "since" when they are no subordinators: "as
// many as", "as well", "as a result" (and a number: "since 2011").
var notClause = words(`many much few well part far long soon of to a an if such though`)

var determiners = words(`the a an this that these those his her its their our my`)

// Clauses cuts sentence s at the tokens whose boundary has a bit of mask
// and appends the clauses to dst: each one but the first starts at such a
// token.
func (d *Doc) Clauses(s Sentence, mask Boundary, dst []Sentence) []Sentence {
	a := s.A
	for i := s.A + 1; i < s.B; i++ {
		if d.BoundaryAt(i)&mask != 0 {
			dst = append(dst, Sentence{a, i})
			a = i
		}
	}
	if a < s.B {
		dst = append(dst, Sentence{a, s.B})
	}
	return dst
}
