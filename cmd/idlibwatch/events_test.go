package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/idlibwatch/idlibwatch/events"
)

// TestImportLiveTopicAndEventsWhy replays reports from Idlib and from
// elsewhere: --live keeps out what the poller's topic filter would and says
// how many, --all keeps them and titles their events after their real
// places, and `events why` shows the evidence that filed a report.
func TestImportLiveTopicAndEventsWhy(t *testing.T) {
	src := t.TempDir()
	files := map[string]string{
		"1_sarmin.txt":    " date 2024-03-12 Russian air strikes hit Sarmin market\n\nRussian warplanes struck the market in the town of Sarmin in Idlib province on Tuesday, killing at least seven people, the civil defence said.\n",
		"2_sarmin_ar.txt": " date 2024-03-12 غارات روسية على سرمين\n\nقُتل سبعة مدنيين يوم الثلاثاء جراء غارات جوية روسية على سوق بلدة سرمين بريف إدلب، بحسب الدفاع المدني.\n",
		"3_gaza.txt":      " date 2024-03-12 Strike on Gaza camp kills 11\n\nAn air strike on a camp in Gaza on Tuesday killed 11 people, health officials said.\n",
		"4_azaz.txt":      " date 2024-03-13 Car bomb kills four in Azaz\n\nA car bomb exploded at a market in Azaz on Wednesday, killing four people, local officials said.\n",
	}
	writeFiles(t, src, files)

	dir := t.TempDir()
	out := idlibwatch(t, dir, "import", "--live", src)
	if !strings.Contains(out, "imported 2") || !strings.Contains(out, "off topic 2") {
		t.Errorf("import --live said %q, want 2 imported and 2 off topic", out)
	}
	var list struct{ Events []events.Summary }
	if err := json.Unmarshal([]byte(idlibwatch(t, dir, "events", "--json")), &list); err != nil {
		t.Fatal(err)
	}
	if len(list.Events) != 1 || list.Events[0].Event.Place != "Sarmin" || list.Events[0].Articles != 2 {
		t.Fatalf("events %+v, want one in Sarmin with both reports", list.Events)
	}

	// The Arabic report joined the English one: why says so, with weights.
	why := idlibwatch(t, dir, "events", "why", "2")
	for _, want := range []string{list.Events[0].Event.Key, "same town: Sarmin", "same day: 2024-03-12", "(best)"} {
		if !strings.Contains(why, want) {
			t.Errorf("events why 2:\n%s\nwant %q", why, want)
		}
	}
	var j struct {
		Why events.Evidence
	}
	if err := json.Unmarshal([]byte(idlibwatch(t, dir, "events", "why", "--json", "1")), &j); err != nil {
		t.Fatal(err)
	}
	if j.Why.Rule != "new" {
		t.Errorf("the first report's evidence %+v, want it to have opened the event", j.Why)
	}

	dir = t.TempDir()
	out = idlibwatch(t, dir, "import", "--live", "--all", src)
	if !strings.Contains(out, "imported 4") || strings.Contains(out, "off topic") {
		t.Errorf("import --live --all said %q, want all 4 imported", out)
	}
	list.Events = nil
	if err := json.Unmarshal([]byte(idlibwatch(t, dir, "events", "--json")), &list); err != nil {
		t.Fatal(err)
	}
	placesSeen := map[string]bool{}
	for _, s := range list.Events {
		placesSeen[s.Event.Place] = true
		if strings.Contains(s.Event.Key, "idlib-area") {
			t.Errorf("event %s is titled Idlib area", s.Event.Key)
		}
	}
	for _, p := range []string{"Sarmin", "Gaza", "Azaz"} {
		if !placesSeen[p] {
			t.Errorf("no event in %s: %v", p, placesSeen)
		}
	}
}

// TestEventsWhyAmbiguous checks that a report kept out of every event
// because it fits two incidents alike says so in `events why`, naming both.
func TestEventsWhyAmbiguous(t *testing.T) {
	src := t.TempDir()
	files := map[string]string{
		"1_mon.txt":  " date 2024-03-11 Russian strike on Sarmin bakery\n\nRussian warplanes struck a bakery in the town of Sarmin in Idlib province on Monday, killing four people, the civil defence said.\n",
		"2_wed.txt":  " date 2024-03-13 Russian strike on Sarmin school\n\nRussian warplanes struck a school in the town of Sarmin in Idlib province on Wednesday, killing three people, the civil defence said.\n",
		"3_toll.txt": " date 2024-03-14 Sarmin toll rises\n\nThe toll from the Russian air strike on Sarmin rose to seven, medics in Idlib said.\n",
	}
	writeFiles(t, src, files)
	dir := t.TempDir()
	idlibwatch(t, dir, "import", "--live", src)
	var list struct{ Events []events.Summary }
	if err := json.Unmarshal([]byte(idlibwatch(t, dir, "events", "--json")), &list); err != nil {
		t.Fatal(err)
	}
	if len(list.Events) != 2 {
		t.Fatalf("events %+v, want the two strikes on Sarmin", list.Events)
	}
	why := idlibwatch(t, dir, "events", "why", "3")
	want := []string{"filed under no event", "ambiguous"}
	for _, s := range list.Events {
		want = append(want, s.Event.Key)
	}
	for _, w := range want {
		if !strings.Contains(why, w) {
			t.Errorf("events why 3:\n%s\nwant %q", why, w)
		}
	}
	// A report that opened its own event is no one's rival.
	if why := idlibwatch(t, dir, "events", "why", "1"); strings.Contains(why, "ambiguous") {
		t.Errorf("events why 1 calls the first report ambiguous:\n%s", why)
	}
}
