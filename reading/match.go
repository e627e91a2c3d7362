package reading

import "github.com/idlibwatch/idlibwatch/textnorm"

// MatchWords returns the words of the article text as matching compares
// them (textnorm.Tokens: places, events' phrases, dates and names), with
// spans in d.Text. They are made on first use (figures do not need them)
// and shared after.
func (d *Doc) MatchWords() []textnorm.Token {
	d.matchOnce.Do(func() {
		d.match = make([]textnorm.Token, 0, len(d.Tokens))
		for _, ln := range d.Lines {
			if !ln.Content {
				continue
			}
			for _, t := range textnorm.Tokens(d.Text[ln.Start:ln.End]) {
				t.Start += ln.Start
				t.End += ln.Start
				d.match = append(d.match, t)
			}
		}
	})
	return d.match
}

// MatchWordsIn returns the match words within the byte span [start, end).
func (d *Doc) MatchWordsIn(start, end int) []textnorm.Token {
	ws := d.MatchWords()
	lo, hi := 0, len(ws)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ws[m].Start < start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	j := lo
	for j < len(ws) && ws[j].End <= end {
		j++
	}
	return ws[lo:j]
}
