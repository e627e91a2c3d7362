package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/idlibwatch/idlibwatch/bot"
)

// ParsePublicKey reads the application's public key (64 hex digits).
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	b, err := hex.DecodeString(strings.TrimSpace(s))
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil, errors.New("discord: public key must be 64 hex digits")
	}
	return ed25519.PublicKey(b), nil
}

// InteractionOptions configure the HTTP interactions endpoint.
type InteractionOptions struct {
	PublicKey ed25519.PublicKey
	Commands  *bot.Commands
	// Session edits deferred answers (PATCH
	// /webhooks/{app}/{token}/messages/@original).
	Session *discordgo.Session
	// Now, when set, also rejects requests whose X-Signature-Timestamp is
	// more than 5 minutes away, against replays.
	Now func() time.Time
	Log *slog.Logger
}

// InteractionHandler serves POST /discord/interactions.
type InteractionHandler struct {
	opt InteractionOptions
}

// NewInteractionHandler returns the interactions endpoint.
func NewInteractionHandler(opt InteractionOptions) *InteractionHandler {
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	return &InteractionHandler{opt: opt}
}

const maxBody = 64 << 10

// Verify checks the Ed25519 signature of timestamp+body.
func Verify(key ed25519.PublicKey, h http.Header, body []byte) bool {
	sig, err := hex.DecodeString(h.Get("X-Signature-Ed25519"))
	ts := h.Get("X-Signature-Timestamp")
	if err != nil || len(sig) != ed25519.SignatureSize || ts == "" || len(key) != ed25519.PublicKeySize {
		return false
	}
	return ed25519.Verify(key, append([]byte(ts), body...), sig)
}

func (h *InteractionHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBody))
	if err != nil {
		http.Error(w, "cannot read request", http.StatusBadRequest)
		return
	}
	if !Verify(h.opt.PublicKey, r.Header, body) || !h.fresh(r.Header.Get("X-Signature-Timestamp")) {
		// Discord probes with bad signatures and removes an endpoint that
		// accepts them.
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	var in discordgo.Interaction
	if err := json.Unmarshal(body, &in); err != nil {
		http.Error(w, "bad interaction", http.StatusBadRequest)
		return
	}
	switch in.Type {
	case discordgo.InteractionPing:
		writeJSON(w, discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
	case discordgo.InteractionApplicationCommand:
		writeJSON(w, h.command(r.Context(), &in))
	default:
		http.Error(w, "unsupported interaction", http.StatusBadRequest)
	}
}

func (h *InteractionHandler) fresh(ts string) bool {
	if h.opt.Now == nil {
		return true
	}
	n, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return false
	}
	d := h.opt.Now().Sub(time.Unix(n, 0))
	return d <= 5*time.Minute && d >= -5*time.Minute
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

// command answers an /idlib interaction: inline when quick, else a deferred
// response edited once the answer is ready.
func (h *InteractionHandler) command(ctx context.Context, in *discordgo.Interaction) discordgo.InteractionResponse {
	data := in.ApplicationCommandData()
	user := ""
	switch {
	case in.Member != nil && in.Member.User != nil:
		user = in.Member.User.ID
	case in.User != nil:
		user = in.User.ID
	}
	req := bot.Request{Platform: bot.Discord, UserID: user, ChannelID: in.ChannelID, Text: CommandText(data.Options)}
	d, late := h.opt.Commands.Handle(ctx, req, func(ctx context.Context, d *bot.Doc) {
		embeds := DocEmbeds(d)
		if h.opt.Session == nil {
			return
		}
		_, err := h.opt.Session.InteractionResponseEdit(in, &discordgo.WebhookEdit{Embeds: &embeds, AllowedMentions: noMentions()}, discordgo.WithContext(ctx))
		if err != nil {
			h.opt.Log.Error("discord: delayed answer failed", "user_id", user, "err", bot.StripURL(err))
		}
	})
	if late {
		return discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral}}
	}
	return discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Embeds: DocEmbeds(d), AllowedMentions: noMentions(), Flags: discordgo.MessageFlagsEphemeral}}
}

// CommandText turns the chosen subcommand and its options back into the
// words the shared handlers read: "figures atmeh", "feeds add https://…".
func CommandText(opts []*discordgo.ApplicationCommandInteractionDataOption) string {
	var words []string
	for _, o := range opts {
		switch o.Type {
		case discordgo.ApplicationCommandOptionSubCommand, discordgo.ApplicationCommandOptionSubCommandGroup:
			words = append(words, o.Name)
			if rest := CommandText(o.Options); rest != "" {
				words = append(words, rest)
			}
		default:
			words = append(words, fmt.Sprint(o.Value))
		}
	}
	return strings.Join(words, " ")
}

// Command is the /idlib application command with its subcommands.
func Command() *discordgo.ApplicationCommand {
	str := func(name, desc string) []*discordgo.ApplicationCommandOption {
		return []*discordgo.ApplicationCommandOption{{Type: discordgo.ApplicationCommandOptionString, Name: name, Description: desc, Required: true}}
	}
	sub := func(name, desc string, opts []*discordgo.ApplicationCommandOption) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: name, Description: desc, Options: opts}
	}
	return &discordgo.ApplicationCommand{
		Name:        "idlib",
		Description: "Casualty figures about Idlib: events, sources, articles",
		Options: []*discordgo.ApplicationCommandOption{
			sub("figures", "An event's figures by source", str("event", "Event ID, key or words (e.g. atmeh)")),
			sub("events", "Events active in the last week", nil),
			sub("search", "Articles matching a text", str("text", "Words to search for")),
			sub("sources", "Who reported what on an event", str("event", "Event ID, key or words")),
			sub("why", "What became of an article", str("url", "The article's link")),
			sub("digest", "The last 24 hours", nil),
			sub("status", "Alerts waiting, and those given up on", nil),
			{Type: discordgo.ApplicationCommandOptionSubCommandGroup, Name: "feeds", Description: "The polled feeds", Options: []*discordgo.ApplicationCommandOption{
				sub("list", "List the feeds", nil),
				sub("add", "Add a feed (admins)", str("url", "The feed's URL")),
				sub("remove", "Remove a feed (admins)", str("feed", "Feed ID or URL")),
			}},
			sub("mute", "Mute an event's alerts in this channel", []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "event", Description: "Event ID, key or words", Required: true},
				{Type: discordgo.ApplicationCommandOptionString, Name: "for", Description: "How long: 24h, 3d (default: until unmuted)"},
			}),
			sub("unmute", "Unmute an event in this channel", str("event", "Event ID, key or words")),
			sub("subscribe", "Follow a place or an event: this channel gets only what it follows", str("target", "A place (e.g. Sarmada) or an event")),
			sub("unsubscribe", "Stop following a place or an event", str("target", "A place or an event")),
			sub("settings", "What this channel gets, or set a filter", []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "set", Description: "min 5 | places Sarmada, Atmeh | metrics killed | groups children | languages ar | reset"},
			}),
			sub("help", "How to use /idlib", nil),
		},
	}
}

// Register installs /idlib, replacing the application's commands: in one
// guild when guildID is set (at once, good for a newsroom's server), else
// globally. An empty appID is looked up with the bot token.
func Register(ctx context.Context, s *discordgo.Session, appID, guildID string) error {
	if appID == "" {
		app, err := s.Application("@me")
		if err != nil {
			return fmt.Errorf("discord: look up the application ID: %w", err)
		}
		appID = app.ID
	}
	if _, err := s.ApplicationCommandBulkOverwrite(appID, guildID, []*discordgo.ApplicationCommand{Command()}, discordgo.WithContext(ctx)); err != nil {
		return fmt.Errorf("discord: register /idlib: %w", err)
	}
	return nil
}

// Registration is the monitor component that registers /idlib at start and
// then waits; a failure is logged, not fatal, so alerts still flow.
type Registration struct {
	Session        *discordgo.Session
	AppID, GuildID string
	Log            *slog.Logger
}

// Name names the component.
func (r Registration) Name() string { return "discord-commands" }

// Run registers the command once.
func (r Registration) Run(ctx context.Context) error {
	if err := Register(ctx, r.Session, r.AppID, r.GuildID); err != nil && ctx.Err() == nil && r.Log != nil {
		r.Log.Error("discord: /idlib not registered", "err", err)
	} else if r.Log != nil && ctx.Err() == nil {
		scope := "globally"
		if r.GuildID != "" {
			scope = "in guild " + r.GuildID
		}
		r.Log.Info("discord: /idlib registered " + scope)
	}
	<-ctx.Done()
	return nil
}
