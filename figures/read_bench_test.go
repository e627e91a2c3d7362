package figures

import (
	"testing"

	"github.com/idlibwatch/idlibwatch/reading"
)

// BenchmarkRead measures the reading of the benchmark articles and the
// copy the extractor makes of it (readTokens), without the rules.
func BenchmarkRead(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		readTokens(reading.Read(benchArticles[i%len(benchArticles)]), nil)
	}
}
