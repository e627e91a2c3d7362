package config

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // CRON_TZ must work in a static image with no zoneinfo

	"github.com/robfig/cron/v3"
)

// Duration is a time.Duration written like "20s", "5m", "6h", "1h30m" or "2d".
type Duration time.Duration

// parseScalar reads a duration from YAML.
func (d *Duration) parseScalar(s string) error {
	v, err := ParseDuration(s)
	if err != nil {
		return err
	}
	*d = Duration(v)
	return nil
}

func (d Duration) expected() string { return "a duration such as 30s, 5m, 6h or 1h30m" }

// ParseDuration parses what time.ParseDuration does plus whole days ("2d").
func ParseDuration(s string) (time.Duration, error) {
	t := strings.TrimSpace(s)
	if days, ok := strings.CutSuffix(t, "d"); ok {
		if n, err := strconv.Atoi(days); err == nil && n >= -math.MaxInt32 && n <= math.MaxInt32 {
			return time.Duration(n) * 24 * time.Hour, nil
		}
	}
	if _, err := strconv.ParseFloat(t, 64); err == nil && t != "0" {
		return 0, fmt.Errorf("%q has no unit (expected a duration such as 30s, 5m, 6h or 1h30m)", s)
	}
	v, err := time.ParseDuration(t)
	if err != nil {
		return 0, fmt.Errorf("%q is not a duration (expected a number with a unit such as 300ms, 30s, 5m, 6h, 1h30m or 2d)", s)
	}
	return v, nil
}

// String writes the duration the way a person would: "6h", not "6h0m0s".
func (d Duration) String() string {
	v := time.Duration(d)
	if v == 0 {
		return "0s"
	}
	if v%(24*time.Hour) == 0 {
		return strconv.FormatInt(int64(v/(24*time.Hour)), 10) + "d"
	}
	s := v.String()
	// Drop the zero tails time.Duration.String always writes.
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// MarshalYAML writes the duration as its String.
func (d Duration) MarshalYAML() (any, error) { return d.String(), nil }

// Size is a byte count written like "10MiB", "512KB" or "1048576".
type Size int64

func (z *Size) parseScalar(s string) error {
	v, err := ParseSize(s)
	if err != nil {
		return err
	}
	*z = Size(v)
	return nil
}

func (z Size) expected() string { return "a size such as 10MiB, 512KB or 1048576" }

var sizeUnits = []struct {
	name string
	mult int64
}{
	// Longest first so that "KiB" is not read as "B".
	{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30},
	{"kb", 1000}, {"mb", 1000 * 1000}, {"gb", 1000 * 1000 * 1000},
	{"b", 1},
}

// ParseSize parses a byte count: a plain number of bytes, or a number with a
// unit B, KB, MB, GB (powers of 1000) or KiB, MiB, GiB (powers of 1024), in
// any case.
func ParseSize(s string) (int64, error) {
	bad := fmt.Errorf("%q is not a size (expected bytes, or a number with a unit: 512KB, 10MiB, 1GB)", s)
	t := strings.ToLower(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range sizeUnits {
		if num, ok := strings.CutSuffix(t, u.name); ok {
			t, mult = strings.TrimSpace(num), u.mult
			break
		}
	}
	if t == "" {
		return 0, bad
	}
	if n, err := strconv.ParseInt(t, 10, 64); err == nil {
		if n > math.MaxInt64/mult || n < math.MinInt64/mult {
			return 0, fmt.Errorf("%q is too large", s)
		}
		return n * mult, nil
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, bad
	}
	v := f * float64(mult)
	if v > math.MaxInt64 || v < math.MinInt64 {
		return 0, fmt.Errorf("%q is too large", s)
	}
	return int64(math.Round(v)), nil
}

// String writes the size with the exact unit that gives the smallest number.
func (z Size) String() string {
	n := int64(z)
	best := strconv.FormatInt(n, 10)
	bestN := n
	for _, u := range []struct {
		name string
		mult int64
	}{{"GiB", 1 << 30}, {"GB", 1e9}, {"MiB", 1 << 20}, {"MB", 1e6}, {"KiB", 1 << 10}, {"KB", 1e3}} {
		if n != 0 && n%u.mult == 0 && abs(n/u.mult) < abs(bestN) {
			best, bestN = strconv.FormatInt(n/u.mult, 10)+u.name, n/u.mult
		}
	}
	return best
}

func abs(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// MarshalYAML writes the size as its String.
func (z Size) MarshalYAML() (any, error) { return z.String(), nil }

// CronSpec is a schedule in robfig/cron/v3's standard syntax: five fields,
// "@every DURATION" or a descriptor such as "@hourly", optionally prefixed by
// "CRON_TZ=Area/City ". Load checks that every spec parses.
type CronSpec string

// CronParser is the parser every spec is checked with. It is the one
// cron.New() uses, so a spec that passes here schedules there.
var CronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// Parse parses the spec.
func (s CronSpec) Parse() (sched cron.Schedule, err error) {
	spec := strings.TrimSpace(string(s))
	// cron v3 slices past the end on "CRON_TZ=Zone" with nothing after it.
	if (strings.HasPrefix(spec, "TZ=") || strings.HasPrefix(spec, "CRON_TZ=")) && !strings.Contains(spec, " ") {
		return nil, fmt.Errorf("time zone %s has no schedule after it", spec)
	}
	defer func() {
		if r := recover(); r != nil {
			sched, err = nil, fmt.Errorf("cannot parse: %v", r)
		}
	}()
	return CronParser.Parse(spec)
}

func (s CronSpec) check() error {
	if _, err := s.Parse(); err != nil {
		return fmt.Errorf("%q is not a cron spec: %w (expected 5 fields such as \"*/5 * * * *\", or @every DURATION, or a descriptor such as @hourly, optionally after CRON_TZ=Area/City)", string(s), err)
	}
	return nil
}
