package bot

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
	"github.com/idlibwatch/idlibwatch/places"
)

// Desk keeps what desks set from chat for their channels: mutes and the
// places and events they follow. *store.Store implements it.
type Desk interface {
	Mute(ctx context.Context, channel string, eventID int64, until, now time.Time) error
	Unmute(ctx context.Context, channel string, eventID int64) (bool, error)
	Follow(ctx context.Context, channel, kind, value string, now time.Time) error
	Unfollow(ctx context.Context, channel, kind, value string) (bool, error)
	SetDeskFilters(ctx context.Context, channel string, f alerts.Filters, now time.Time) error
	DeskStates(ctx context.Context) (map[string]alerts.DeskState, error)
}

// channelOf is the configured channel a command came from.
func (c *Commands) channelOf(req Request) (alerts.Channel, error) {
	if c.opt.Desk == nil {
		return alerts.Channel{}, userError("Channel settings are not available here.")
	}
	for _, ch := range c.opt.Channels {
		if req.ChannelID != "" && ((req.Platform == Slack && ch.Slack == req.ChannelID) || (req.Platform == Discord && ch.Discord == req.ChannelID)) {
			return ch, nil
		}
	}
	return alerts.Channel{}, userError("This channel gets no alerts from idlibwatch: it is not one of the configured channels.")
}

// parseFor reads a mute's length: "24h", "90m", "2d".
func parseFor(s string) (time.Duration, bool) {
	if n, ok := strings.CutSuffix(s, "d"); ok {
		days, err := strconv.Atoi(n)
		return time.Duration(days) * 24 * time.Hour, err == nil && days > 0
	}
	d, err := time.ParseDuration(s)
	return d, err == nil && d > 0
}

// mute: /idlib mute EVENT [24h]
func (c *Commands) mute(ctx context.Context, req Request, args []string) (*Doc, error) {
	ch, err := c.channelOf(req)
	if err != nil {
		return nil, err
	}
	var until time.Time
	now := c.opt.Now()
	if n := len(args); n > 1 {
		if d, ok := parseFor(args[n-1]); ok {
			until, args = now.Add(d), args[:n-1]
		}
	}
	ev, _, err := c.resolveEvent(ctx, strings.Join(args, " "))
	if err != nil {
		return nil, err
	}
	if err := c.opt.Desk.Mute(ctx, ch.Name, ev.ID, until, now); err != nil {
		return nil, err
	}
	how := "until unmuted"
	if !until.IsZero() {
		how = "until " + until.UTC().Format("2 Jan 15:04") + " UTC"
	}
	return &Doc{Sections: []Section{{Lines: []Line{{T("Muted "), B(ev.Title), T(" in this channel " + how + ". "), I("/idlib unmute " + ev.Key)}}}}}, nil
}

// unmute: /idlib unmute EVENT
func (c *Commands) unmute(ctx context.Context, req Request, rest string) (*Doc, error) {
	ch, err := c.channelOf(req)
	if err != nil {
		return nil, err
	}
	ev, _, err := c.resolveEvent(ctx, rest)
	if err != nil {
		return nil, err
	}
	was, err := c.opt.Desk.Unmute(ctx, ch.Name, ev.ID)
	if err != nil {
		return nil, err
	}
	if !was {
		return Text(ev.Title + " was not muted here."), nil
	}
	return Text("Unmuted " + ev.Title + " in this channel."), nil
}

// follow: /idlib subscribe|unsubscribe PLACE or EVENT
func (c *Commands) follow(ctx context.Context, req Request, rest string, on bool) (*Doc, error) {
	ch, err := c.channelOf(req)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(rest) == "" {
		return nil, userError("Subscribe to what? A place (“/idlib subscribe Sarmada”) or an event (“/idlib subscribe atmeh raid”).")
	}
	kind, value, name := "place", "", ""
	if p, ok := places.Lookup(rest); ok {
		value, name = p.Name, p.Name
	} else {
		ev, _, err := c.resolveEvent(ctx, rest)
		if err != nil {
			return nil, err
		}
		kind, value, name = "event", strconv.FormatInt(ev.ID, 10), ev.Title
	}
	if on {
		if err := c.opt.Desk.Follow(ctx, ch.Name, kind, value, c.opt.Now()); err != nil {
			return nil, err
		}
		return Text("This channel now follows " + name + ": while it follows places or events, it gets only their alerts."), nil
	}
	was, err := c.opt.Desk.Unfollow(ctx, ch.Name, kind, value)
	if err != nil {
		return nil, err
	}
	if !was {
		return Text("This channel did not follow " + name + "."), nil
	}
	return Text("This channel no longer follows " + name + "."), nil
}

// settings: /idlib settings [min N | places … | metrics … | groups … |
// languages … | reset] — what the channel gets, and its filters set from chat.
func (c *Commands) settings(ctx context.Context, req Request, args []string) (*Doc, error) {
	ch, err := c.channelOf(req)
	if err != nil {
		return nil, err
	}
	states, err := c.opt.Desk.DeskStates(ctx)
	if err != nil {
		return nil, err
	}
	st := states[ch.Name]
	if len(args) > 0 {
		f, err := setFilter(st.Filters, strings.ToLower(args[0]), args[1:])
		if err != nil {
			return nil, err
		}
		if err := c.opt.Desk.SetDeskFilters(ctx, ch.Name, f, c.opt.Now()); err != nil {
			return nil, err
		}
		st.Filters = f
	}
	ch.Filters = ch.Filters.Over(st.Filters)
	d := &Doc{Title: "Settings of " + ch.Name}
	conf := Section{Heading: "Gets"}
	switch {
	case ch.DigestOnly:
		conf.Lines = append(conf.Lines, Line{T("digest only: no alerts")})
	case len(ch.Classes) > 0:
		var cs []string
		for _, cl := range ch.Classes {
			cs = append(cs, string(cl))
		}
		conf.Lines = append(conf.Lines, Line{T("classes: " + strings.Join(cs, ", "))})
	}
	if len(ch.Events) > 0 {
		conf.Lines = append(conf.Lines, Line{T("events: " + strings.Join(ch.Events, ", "))})
	}
	for _, f := range ch.Filters.Describe() {
		conf.Lines = append(conf.Lines, Line{T(f)})
	}
	if len(conf.Lines) == 0 {
		conf.Lines = append(conf.Lines, Line{T("every alert")})
	}
	d.Sections = append(d.Sections, conf)
	now := c.opt.Now()
	chat := Section{Heading: "Set from chat"}
	ids := make([]int64, 0, len(st.Mutes))
	for id := range st.Mutes {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		until := st.Mutes[id]
		if !until.IsZero() && !now.Before(until) {
			continue
		}
		how := "until unmuted"
		if !until.IsZero() {
			how = "until " + until.UTC().Format("2 Jan 15:04") + " UTC"
		}
		chat.Lines = append(chat.Lines, Line{T("muted: "), B(c.eventName(ctx, id)), T(" " + how)})
	}
	for _, p := range st.Places {
		chat.Lines = append(chat.Lines, Line{T("follows place: "), B(p)})
	}
	for _, id := range st.Events {
		chat.Lines = append(chat.Lines, Line{T("follows event: "), B(c.eventName(ctx, id))})
	}
	if len(chat.Lines) == 0 {
		chat.Lines = append(chat.Lines, Line{I("nothing: /idlib mute, unmute, subscribe, unsubscribe")})
	}
	d.Sections = append(d.Sections, chat)
	return d, nil
}

// eventName is an event's title, else its ID.
func (c *Commands) eventName(ctx context.Context, id int64) string {
	if found, err := c.opt.Lookup.FindEvents(ctx, strconv.FormatInt(id, 10), 1); err == nil && len(found) > 0 {
		return found[0].Title
	}
	return "event " + strconv.FormatInt(id, 10)
}

// DeskStater gives what each desk set from chat, by channel name.
type DeskStater interface {
	DeskStates(ctx context.Context) (map[string]alerts.DeskState, error)
}

func (w *Worker) deskStates(ctx context.Context) (map[string]alerts.DeskState, error) {
	if w.opt.Desks == nil {
		return nil, nil
	}
	return w.opt.Desks.DeskStates(ctx)
}

// route is the channels that get an alert: by their configuration, with
// the filters their desks set from chat over the configured ones, then by
// their mutes and what they follow.
func (w *Worker) route(a alerts.Alert, desks map[string]alerts.DeskState) []alerts.Channel {
	var out []alerts.Channel
	for _, ch := range w.opt.Channels {
		st, ok := desks[ch.Name]
		if ok {
			ch.Filters = ch.Filters.Over(st.Filters)
		}
		if !ch.Wants(a) || (ok && !st.Pass(a, w.pass.now)) {
			continue
		}
		out = append(out, ch)
	}
	return out
}

// filterValues are the known values of the filters a desk sets from chat.
var filterValues = map[string][]string{
	"metrics":   {"killed", "injured", "casualties"},
	"groups":    {"people", "civilians", "children", "women", "combatants", "troops"},
	"languages": {"en", "ar"},
}

// setFilter applies "/idlib settings NAME VALUES…" to the chat filters.
func setFilter(f alerts.Filters, name string, values []string) (alerts.Filters, error) {
	switch name {
	case "reset":
		return alerts.Filters{}, nil
	case "min", "min_figure":
		n := 0
		if len(values) == 1 {
			n, _ = strconv.Atoi(values[0])
		}
		if n <= 0 {
			return f, userError("Give the least figure a report must give, e.g. “/idlib settings min 5”.")
		}
		f.MinFigure = n
		return f, nil
	case "places":
		var ps []string
		for _, v := range strings.Split(strings.Join(values, " "), ",") {
			p, ok := places.Lookup(strings.TrimSpace(v))
			if !ok {
				return f, userError("“" + Truncate(strings.TrimSpace(v), 40) + "” is not a place idlibwatch knows; separate places with commas.")
			}
			ps = append(ps, p.Name)
		}
		f.Places = ps
		return f, nil
	}
	known, ok := filterValues[name]
	if !ok {
		return f, userError("Settings: min N, places A, B, metrics …, groups …, languages …, or reset.")
	}
	var xs []string
	for _, v := range values {
		v = strings.ToLower(strings.Trim(v, ","))
		if !slices.Contains(known, v) {
			return f, userError("“" + Truncate(v, 40) + "” is not one of " + strings.Join(known, ", ") + ".")
		}
		xs = append(xs, v)
	}
	if len(xs) == 0 {
		return f, userError("Give one or more of " + strings.Join(known, ", ") + ".")
	}
	switch name {
	case "metrics":
		f.Metrics = xs
	case "groups":
		f.Groups = xs
	default:
		f.Languages = xs
	}
	return f, nil
}
