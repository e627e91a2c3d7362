package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestImportNamesOutletsAsTheDeskReadsThem: a seed's header is a headline,
// never the outlet; a saved page whose masthead repeats names itself; any
// other file is told by its name, the same in alerts, events and figures.
func TestImportNamesOutletsAsTheDeskReadsThem(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"seeds/000_kicker.txt": " date 2022-02-03 In Pictures\n\nIn Pictures: night raid in Atmeh\n\nRescuers said nine people were killed in the raid on a house in Atmeh, in Idlib province.",
		"seeds/001_page.txt": "Example Wire English\n\n  • News\n  • Politics\nExample Wire English\n\n" +
			"Raid in Atmeh\n\nThe White Helmets said thirteen people were killed in the night raid on a house in Atmeh, in Idlib province, on February 3, 2022.",
	})
	if code, out, errOut := cli(t, dir, "import", "--live", "seeds"); code != 0 {
		t.Fatalf("import: exit %d, %s %s", code, out, errOut)
	}
	code, out, errOut := cli(t, dir, "alerts", "--json")
	if code != 0 {
		t.Fatalf("alerts: exit %d, %s", code, errOut)
	}
	var res struct {
		Alerts []struct {
			Article struct{ Outlet string } `json:"article"`
		} `json:"alerts"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("alerts --json: %v\n%s", err, out)
	}
	var outlets []string
	for _, a := range res.Alerts {
		outlets = append(outlets, a.Article.Outlet)
	}
	if strings.Join(outlets, ",") != "000_kicker.txt,Example Wire English" {
		t.Errorf("alert outlets = %q, want the file name, then the masthead", outlets)
	}

	_, out, _ = cli(t, dir, "events")
	if !strings.Contains(out, "2 articles, 2 outlets") || strings.Contains(out, "In Pictures") {
		t.Errorf("events does not count the two outlets:\n%s", out)
	}
	_, out, _ = cli(t, dir, "figures", "atmeh")
	if !strings.Contains(out, "2 articles in 2 reports") || !strings.Contains(out, "— 000_kicker.txt") || strings.Contains(out, "outlet unknown") {
		t.Errorf("figures does not name each report's outlet:\n%s", out)
	}
	// Sources by entity, as in alerts, with the report's words beside.
	if !strings.Contains(out, " White Helmets ") || !strings.Contains(out, "as The White Helmets") {
		t.Errorf("figures does not name the source by its entity:\n%s", out)
	}
}

// TestAlertClaimsSayWhenTheirReportCameOut: an alert's claims, and the
// earlier claims it departs from, are dated by their report's publication
// (as the stored ledger dates them), not by when an import replayed it.
func TestAlertClaimsSayWhenTheirReportCameOut(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"seeds/a.txt": " date 2022-02-03 Night raid in Atmeh\n\nRescuers said nine people were killed in the raid on a house in Atmeh, in Idlib province.",
	})
	if code, out, errOut := cli(t, dir, "import", "--live", "seeds"); code != 0 {
		t.Fatalf("import: exit %d, %s %s", code, out, errOut)
	}
	_, out, _ := cli(t, dir, "alerts", "--json")
	var res struct {
		Alerts []struct {
			Claims []struct {
				Published string `json:"published"`
			} `json:"claims"`
		} `json:"alerts"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("alerts --json: %v\n%s", err, out)
	}
	if len(res.Alerts) != 1 || len(res.Alerts[0].Claims) == 0 {
		t.Fatalf("want one alert with claims:\n%s", out)
	}
	for _, c := range res.Alerts[0].Claims {
		if !strings.HasPrefix(c.Published, "2022-02-03") {
			t.Errorf("claim published %q, want the report's 2022-02-03", c.Published)
		}
	}
}
