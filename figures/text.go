package figures

// sentence is a token range [a, b) of the extractor's tokens: a sentence
// of the article's reading (reading.Sentence) in the copy readTokens makes.
type sentence struct{ a, b int }
