package bot

import (
	"net/url"
	"strings"
)

// Article text (titles, quotes, source and outlet names) is untrusted: a
// feed could carry "<!channel>" or "@everyone" and ping a whole newsroom, or
// markup or bidi controls that make a link say one thing and go elsewhere.
// Every platform renderer passes such text through these functions; only
// URLs that SafeURL accepts become links.

// invisible reports the characters stripped from untrusted text before
// anything else: bidi embeddings, overrides, isolates and marks, which can
// make a label read "Reuters: …" in an order the bytes do not have, and the
// zero-width characters that hide inside names and mentions (a zero-width
// space inside "@everyone" or "Reuters" leaves it looking the same).
func invisible(r rune) bool {
	switch {
	case r >= '\u202a' && r <= '\u202e', // LRE, RLE, PDF, LRO, RLO
		r >= '\u2066' && r <= '\u2069',              // LRI, RLI, FSI, PDI
		r == '\u200e', r == '\u200f', r == '\u061c', // LRM, RLM, ALM
		r >= '\u200b' && r <= '\u200d', // zero-width space, non-joiner, joiner
		r == '\u2060', r == '\ufeff':   // word joiner, zero-width no-break space (BOM)
		return true
	}
	return false
}

// stripInvisible removes the characters invisible reports.
func stripInvisible(s string) string {
	if !strings.ContainsFunc(s, invisible) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if invisible(r) {
			return -1
		}
		return r
	}, s)
}

// mentionWords are the broadcast mentions; a word joiner after the "@"
// keeps them from being read as mentions even where a platform parses bare
// words (Slack with link_names, Discord without allowed_mentions).
var mentionWords = []string{"everyone", "here", "channel"}

const wordJoiner = "\u2060"

func defuseAt(s string) string {
	if !strings.Contains(s, "@") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		if s[i] != '@' {
			continue
		}
		rest := strings.ToLower(s[i+1:])
		for _, w := range mentionWords {
			if strings.HasPrefix(rest, w) {
				b.WriteString(wordJoiner)
				break
			}
		}
	}
	return b.String()
}

// slackLookalikes replace the characters Slack's mrkdwn reads as formatting.
// Slack has no escape character, so the usual practice is a lookalike.
var slackEscaper = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;", // the only escapes Slack defines; they also disarm <!channel>, <@U…>, <#C…> and <url|text>
	"*", "∗", "_", "ˍ", "~", "∼", "`", "ˋ",
)

// EscapeSlack makes untrusted text safe inside Slack mrkdwn.
func EscapeSlack(s string) string { return defuseAt(slackEscaper.Replace(stripInvisible(s))) }

// EscapeSlackPlain makes untrusted text safe in a Slack plain_text object
// (headers): Slack parses no markup or mentions there, and would show
// entities literally, so only the broadcast words are defused.
func EscapeSlackPlain(s string) string { return defuseAt(stripInvisible(s)) }

// discordEscaper backslash-escapes Discord markdown that works anywhere in
// a line: emphasis, code, spoilers, masked links and the "<" that starts a
// mention, channel, role, emoji or timestamp tag.
var discordEscaper = strings.NewReplacer(
	`\`, `\\`, "*", `\*`, "_", `\_`, "~", `\~`, "`", "\\`", "|", `\|`,
	"[", `\[`, "]", `\]`, "(", `\(`, ")", `\)`, "<", `\<`,
)

// EscapeDiscord makes untrusted text safe inside Discord markdown. Markup
// that only works at the start of a line (headings, quotes, lists) is
// escaped there only, so titles such as "2022-02-03 Atmeh" stay readable.
func EscapeDiscord(s string) string {
	lines := strings.Split(discordEscaper.Replace(stripInvisible(s)), "\n")
	for i, l := range lines {
		rest := strings.TrimLeft(l, " ")
		if rest == "" {
			continue
		}
		lead := l[:len(l)-len(rest)]
		switch {
		case strings.ContainsRune("#>-+", rune(rest[0])):
			lines[i] = lead + `\` + rest
		case rest[0] >= '0' && rest[0] <= '9':
			// "1. " starts a numbered list.
			j := strings.IndexFunc(rest, func(r rune) bool { return r < '0' || r > '9' })
			if j > 0 && strings.HasPrefix(rest[j:], ". ") {
				lines[i] = lead + rest[:j] + `\` + rest[j:]
			}
		}
	}
	return defuseAt(strings.Join(lines, "\n"))
}

// EscapeDiscordPlain makes untrusted text safe where Discord parses no
// markdown (embed footers, author names): a word joiner after "<" keeps a
// mention tag from ever being one.
func EscapeDiscordPlain(s string) string {
	return defuseAt(strings.ReplaceAll(stripInvisible(s), "<", "<"+wordJoiner))
}

// SafeURL returns u when it is an absolute http(s) URL with nothing in it
// that could break out of link markup, else "".
func SafeURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	if strings.ContainsAny(u, " <>|()[]\"'`\n\r\t") || strings.ContainsFunc(u, invisible) {
		// Re-encode rather than refuse: feeds do carry parentheses.
		s := p.String()
		s = strings.NewReplacer("(", "%28", ")", "%29", "[", "%5B", "]", "%5D", "|", "%7C", "'", "%27", "`", "%60").Replace(s)
		if strings.ContainsAny(s, " <>\"\n\r\t") || strings.ContainsFunc(s, invisible) {
			return ""
		}
		return s
	}
	return u
}
