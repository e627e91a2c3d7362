package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestExtractCommand(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt": " date 2022-02-03 Raid in Atmeh: 11 dead\n\nThe White Helmets said 11 people were killed, including five children. There were no US casualties, the Pentagon said.",
		"b.txt": "قتل ثلاثة مدنيين بينهم طفلان، وفق الدفاع المدني السوري.",
		"c.html": `<html><head><title>Shelling near Ariha</title><meta property="article:published_time" content="2023-05-02"></head>
<body><article><h1>Shelling near Ariha</h1><p>Artillery shells fell on farmland outside Ariha in southern Idlib on Tuesday, the local council said, and two farmers were wounded while harvesting.</p></article></body></html>`,
	})
	a, b, c, missing := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"), filepath.Join(dir, "c.html"), filepath.Join(dir, "missing.txt")

	code, stdout, stderr := cli(t, dir, "extract", "--json", a, missing, b, c)
	if code != 1 {
		t.Errorf("exit %d with an unreadable file, want 1", code)
	}
	if !strings.Contains(stderr, "missing.txt") {
		t.Errorf("stderr does not name the missing file: %q", stderr)
	}
	var out []struct {
		File      string  `json:"file"`
		Published *string `json:"published"`
		Figures   []struct {
			Metric, Group, Source string
			Min, Max              *int
			Actor                 *string
		} `json:"figures"`
	}
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatalf("output is not a JSON array: %v\n%s", err, stdout)
	}
	if len(out) != 3 || out[0].File != a || out[1].File != b || out[2].File != c {
		t.Fatalf("want one entry per readable file, in order: %+v", out)
	}
	if out[0].Published == nil || *out[0].Published != "2022-02-03" || out[1].Published != nil {
		t.Errorf("published: %v, %v", out[0].Published, out[1].Published)
	}
	if out[2].Published == nil || *out[2].Published != "2023-05-02" {
		t.Errorf("HTML published: %v", out[2].Published)
	}
	var got []string
	for _, f := range out[0].Figures {
		got = append(got, f.Metric+"/"+f.Group+"/"+f.Source)
	}
	want := "killed/people/ killed/people/The White Helmets killed/children/The White Helmets casualties/troops/the Pentagon"
	if strings.Join(got, " ") != want {
		t.Errorf("text figures:\n got %s\nwant %s", strings.Join(got, " "), want)
	}
	if len(out[1].Figures) != 2 || out[1].Figures[1].Group != "children" {
		t.Errorf("Arabic figures: %+v", out[1].Figures)
	}
	if len(out[2].Figures) != 1 || out[2].Figures[0].Metric != "injured" || out[2].Figures[0].Source != "the local council" {
		t.Errorf("HTML figures: %+v", out[2].Figures)
	}

	code, stdout, _ = cli(t, dir, "extract", a)
	if code != 0 || !strings.Contains(stdout, a) || !strings.Contains(stdout, "The White Helmets") {
		t.Errorf("listing: exit %d\n%s", code, stdout)
	}
	if code, _, _ := cli(t, dir, "extract"); code != 2 {
		t.Errorf("no files: exit %d, want 2", code)
	}
}
