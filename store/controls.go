package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/idlibwatch/idlibwatch/alerts"
)

// Subscription kinds.
const (
	FollowPlace = "place"
	FollowEvent = "event"
)

// Mute stops a channel's alerts about an event until a time (zero: until
// unmuted).
func (s *Store) Mute(ctx context.Context, channel string, eventID int64, until, now time.Time) error {
	var u sql.NullInt64
	if !until.IsZero() {
		u = sql.NullInt64{Int64: until.Unix(), Valid: true}
	}
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO channel_mutes (channel, event_id, until, created) VALUES (?, ?, ?, ?)
		ON CONFLICT (channel, event_id) DO UPDATE SET until = excluded.until, created = excluded.created`), channel, eventID, u, now.Unix())
	if err != nil {
		return fmt.Errorf("store: mute event %d in %s: %w", eventID, channel, err)
	}
	return nil
}

// Unmute lifts a channel's mute of an event; it reports whether there was one.
func (s *Store) Unmute(ctx context.Context, channel string, eventID int64) (bool, error) {
	res, err := s.db.ExecContext(ctx, s.q(`DELETE FROM channel_mutes WHERE channel = ? AND event_id = ?`), channel, eventID)
	if err != nil {
		return false, fmt.Errorf("store: unmute event %d in %s: %w", eventID, channel, err)
	}
	n, _ := res.RowsAffected()
	return n > 0, nil
}

// Follow makes a channel follow a place (by its name) or an event (by its
// ID): a channel that follows any gets only the alerts about them.
func (s *Store) Follow(ctx context.Context, channel, kind, value string, now time.Time) error {
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO channel_subscriptions (channel, kind, value, created) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`),
		channel, kind, value, now.Unix())
	if err != nil {
		return fmt.Errorf("store: %s follows %s %s: %w", channel, kind, value, err)
	}
	return nil
}

// Unfollow stops following; it reports whether the channel followed it.
func (s *Store) Unfollow(ctx context.Context, channel, kind, value string) (bool, error) {
	res, err := s.db.ExecContext(ctx, s.q(`DELETE FROM channel_subscriptions WHERE channel = ? AND kind = ? AND value = ?`), channel, kind, value)
	if err != nil {
		return false, fmt.Errorf("store: %s unfollows %s %s: %w", channel, kind, value, err)
	}
	n, _ := res.RowsAffected()
	return n > 0, nil
}

// SetDeskFilters stores the filters a channel set from chat (the zero
// Filters clears them).
func (s *Store) SetDeskFilters(ctx context.Context, channel string, f alerts.Filters, now time.Time) error {
	data, err := json.Marshal(f)
	if err != nil {
		return fmt.Errorf("store: encode filters of %s: %w", channel, err)
	}
	_, err = s.db.ExecContext(ctx, s.q(`INSERT INTO channel_settings (channel, settings, updated) VALUES (?, ?, ?)
		ON CONFLICT (channel) DO UPDATE SET settings = excluded.settings, updated = excluded.updated`), channel, string(data), now.Unix())
	if err != nil {
		return fmt.Errorf("store: set filters of %s: %w", channel, err)
	}
	return nil
}

// DeskStates returns what each channel set from chat, by channel name.
func (s *Store) DeskStates(ctx context.Context) (map[string]alerts.DeskState, error) {
	out := map[string]alerts.DeskState{}
	get := func(ch string) alerts.DeskState {
		st := out[ch]
		if st.Mutes == nil {
			st.Mutes = map[int64]time.Time{}
		}
		return st
	}
	rows, err := s.db.QueryContext(ctx, `SELECT channel, event_id, until FROM channel_mutes ORDER BY channel, event_id`)
	if err != nil {
		return nil, fmt.Errorf("store: read mutes: %w", err)
	}
	for rows.Next() {
		var ch string
		var id int64
		var until sql.NullInt64
		if err := rows.Scan(&ch, &id, &until); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: read mutes: %w", err)
		}
		st := get(ch)
		st.Mutes[id] = fromUnix(until)
		out[ch] = st
	}
	rows.Close()
	rows, err = s.db.QueryContext(ctx, `SELECT channel, settings FROM channel_settings`)
	if err != nil {
		return nil, fmt.Errorf("store: read channel settings: %w", err)
	}
	for rows.Next() {
		var ch, data string
		if err := rows.Scan(&ch, &data); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: read channel settings: %w", err)
		}
		st := get(ch)
		if err := json.Unmarshal([]byte(data), &st.Filters); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: decode settings of %s: %w", ch, err)
		}
		out[ch] = st
	}
	rows.Close()
	rows, err = s.db.QueryContext(ctx, `SELECT channel, kind, value FROM channel_subscriptions ORDER BY channel, created, value`)
	if err != nil {
		return nil, fmt.Errorf("store: read subscriptions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var ch, kind, value string
		if err := rows.Scan(&ch, &kind, &value); err != nil {
			return nil, fmt.Errorf("store: read subscriptions: %w", err)
		}
		st := get(ch)
		switch kind {
		case FollowPlace:
			st.Places = append(st.Places, value)
		case FollowEvent:
			if id, err := strconv.ParseInt(value, 10, 64); err == nil {
				st.Events = append(st.Events, id)
			}
		}
		out[ch] = st
	}
	return out, rows.Err()
}
