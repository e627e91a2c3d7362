package events

import (
	"strings"
	"testing"
)

// BenchmarkAnalyze profiles a 3 KB article: dates, places, kind, actors,
// terms and the syndication sketch.
func BenchmarkAnalyze(b *testing.B) {
	para := "US special forces landed overnight near the town of Atmeh in Idlib province and raided a house, residents said. " +
		"The rescuers said thirteen people were killed, among them six children, and the Pentagon called the mission a success. " +
		"قالت مصادر محلية إن مروحيات التحالف الدولي نفذت عملية إنزال فجر اليوم قرب مخيمات أطمة. "
	text := strings.Repeat(para, 3000/len(para)+1)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Analyze("US raid in Atmeh", text, day("2022-02-03"))
	}
}
