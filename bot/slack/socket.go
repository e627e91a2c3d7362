package slack

import (
	"context"
	"log/slog"
	"net/http"
	"sync"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/idlibwatch/idlibwatch/bot"
)

// SocketClient is the part of socketmode.Client the socket component uses;
// tests feed it events.
type SocketClient interface {
	Events() <-chan socketmode.Event
	Ack(req socketmode.Request, payload ...any) error
	RunContext(ctx context.Context) error
}

type socketClient struct{ c *socketmode.Client }

func (s socketClient) Events() <-chan socketmode.Event { return s.c.Events }
func (s socketClient) Ack(req socketmode.Request, payload ...any) error {
	return s.c.Ack(req, payload...)
}
func (s socketClient) RunContext(ctx context.Context) error { return s.c.RunContext(ctx) }

// NewSocketClient connects the Web API client (made with an app-level
// token) to Socket Mode.
func NewSocketClient(c *Client) SocketClient { return socketClient{socketmode.New(c.API())} }

// Socket takes /idlib over Socket Mode, for newsrooms without a public URL.
// It is a monitor component.
type Socket struct {
	client   SocketClient
	commands *bot.Commands
	hc       *http.Client
	log      *slog.Logger
	wg       sync.WaitGroup
}

// NewSocket returns the Socket Mode component.
func NewSocket(client SocketClient, commands *bot.Commands, hc *http.Client, log *slog.Logger) *Socket {
	if hc == nil {
		hc = http.DefaultClient
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Socket{client: client, commands: commands, hc: hc, log: log}
}

// Name names the component.
func (s *Socket) Name() string { return "slack-socket-mode" }

// Run serves commands until ctx is done.
func (s *Socket) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error, 1)
	go func() { errc <- s.client.RunContext(ctx) }()
	defer s.wg.Wait()
	events := s.client.Events()
	for {
		select {
		case <-ctx.Done():
			<-errc
			return nil
		case err := <-errc:
			if ctx.Err() != nil {
				return nil
			}
			return err
		case evt, ok := <-events:
			if !ok {
				events = nil
				continue
			}
			s.handle(ctx, evt)
		}
	}
}

func (s *Socket) handle(ctx context.Context, evt socketmode.Event) {
	switch evt.Type {
	case socketmode.EventTypeSlashCommand:
		cmd, ok := evt.Data.(slack.SlashCommand)
		if !ok || evt.Request == nil {
			return
		}
		req := *evt.Request
		// Answer concurrently: one slow lookup must not hold the others.
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			msg := answer(ctx, s.commands, cmd, s.hc, s.log)
			if err := s.client.Ack(req, msg); err != nil {
				s.log.Warn("slack: socket mode ack failed", "err", err)
			}
		}()
	case socketmode.EventTypeEventsAPI, socketmode.EventTypeInteractive:
		// Not used, but Slack redelivers what is not acknowledged.
		if evt.Request != nil {
			s.client.Ack(*evt.Request)
		}
	case socketmode.EventTypeConnectionError, socketmode.EventTypeInvalidAuth:
		s.log.Warn("slack: socket mode", "event", string(evt.Type))
	}
}
