package config

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// The compose file, checked without a Docker engine: its structure (what
// `docker compose config` would refuse or what would silently not work),
// and the environment it gives idlibwatch, loaded as idlibwatch would.
func TestComposeFile(t *testing.T) {
	var compose struct {
		Services map[string]struct {
			Image       string            `yaml:"image"`
			Build       any               `yaml:"build"`
			EnvFile     string            `yaml:"env_file"`
			Environment map[string]string `yaml:"environment"`
			DependsOn   map[string]struct {
				Condition string `yaml:"condition"`
			} `yaml:"depends_on"`
			Volumes     []string `yaml:"volumes"`
			Ports       []string `yaml:"ports"`
			Restart     string   `yaml:"restart"`
			Healthcheck struct {
				Test        []string `yaml:"test"`
				Interval    string   `yaml:"interval"`
				Timeout     string   `yaml:"timeout"`
				Retries     int      `yaml:"retries"`
				StartPeriod string   `yaml:"start_period"`
			} `yaml:"healthcheck"`
		} `yaml:"services"`
		Volumes map[string]any `yaml:"volumes"`
	}
	data, err := os.ReadFile(filepath.Join("..", "docker-compose.yml"))
	if err != nil {
		t.Fatal(err)
	}
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&compose); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
	app, db := compose.Services["idlibwatch"], compose.Services["postgres"]
	if app.Build == nil || db.Image == "" {
		t.Fatalf("services %+v", compose.Services)
	}
	if app.DependsOn["postgres"].Condition != "service_healthy" {
		t.Errorf("idlibwatch does not wait for a healthy postgres: %+v", app.DependsOn)
	}
	if got := strings.Join(app.Healthcheck.Test, " "); got != "CMD /usr/local/bin/idlibwatch health" {
		t.Errorf("idlibwatch health check %q", got)
	}
	if len(db.Healthcheck.Test) == 0 || !strings.Contains(strings.Join(db.Healthcheck.Test, " "), "pg_isready") {
		t.Errorf("postgres health check %q", db.Healthcheck.Test)
	}
	for name, s := range compose.Services {
		for _, v := range s.Volumes {
			vol, _, _ := strings.Cut(v, ":")
			if _, ok := compose.Volumes[vol]; !ok {
				t.Errorf("%s mounts volume %q, which is not declared", name, vol)
			}
		}
	}
	if app.EnvFile != ".env" {
		t.Errorf("env_file %q", app.EnvFile)
	}

	for name, s := range compose.Services {
		for _, d := range []string{s.Healthcheck.Interval, s.Healthcheck.Timeout} {
			if _, err := ParseDuration(d); err != nil || s.Healthcheck.Retries < 1 {
				t.Errorf("%s health check: interval, timeout or retries: %v", name, err)
			}
		}
	}

	// The environment idlibwatch gets: .env.example, then the compose
	// file's, with ${VAR} and ${VAR:?msg} interpolated from .env.
	env := readEnvFile(t, filepath.Join("..", ".env.example"))
	interp := regexp.MustCompile(`\$\{([A-Z_]+)(:\?[^}]*)?\}`)
	for k, v := range app.Environment {
		env[k] = interp.ReplaceAllStringFunc(v, func(m string) string { return env[interp.FindStringSubmatch(m)[1]] })
	}
	known := map[string]bool{}
	for _, e := range EnvVars() {
		known[e.Name] = true
	}
	for k := range env {
		if strings.HasPrefix(k, EnvPrefix) && !known[k] {
			t.Errorf("%s is not a variable idlibwatch reads", k)
		}
	}
	c, err := Load("", func(k string) string { return env[k] })
	if err != nil {
		t.Fatalf("the compose environment does not load: %v", err)
	}
	if c.Store.Driver != DriverPostgres || c.HTTP.Listen != ":8080" || !strings.Contains(c.Store.DSN, "@postgres:5432/idlibwatch") {
		t.Errorf("store %s, listen %s", c.Store.Driver, c.HTTP.Listen)
	}
}

// readEnvFile reads KEY=VALUE lines, as docker compose does.
func readEnvFile(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	env := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			t.Fatalf("%s: %q is not KEY=VALUE", path, line)
		}
		env[k] = v
	}
	return env
}

// The image's own environment is idlibwatch's too.
func TestDockerfileEnv(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^ENV (IDLIBWATCH_[A-Z_]+)=(\S+)`).FindAllStringSubmatch(string(data), -1)
	if len(m) == 0 {
		t.Fatal("the Dockerfile sets no IDLIBWATCH_ variable")
	}
	env := map[string]string{}
	for _, kv := range m {
		env[kv[1]] = kv[2]
	}
	c, err := Load("", func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	if c.HTTP.Listen != ":8080" {
		t.Errorf("in the container http.listen is %q, want :8080 (the port the image exposes)", c.HTTP.Listen)
	}
}
