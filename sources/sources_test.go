package sources

import "testing"

func TestResolve(t *testing.T) {
	r := Default()
	cases := []struct {
		source, outlet string
		id, name       string
	}{
		{"SOHR", "Reuters", "sohr", "SOHR"},
		{"the Syrian Observatory for Human Rights", "AFP", "sohr", "SOHR"},
		{"The Observatory", "", "sohr", "SOHR"},
		{"Rami Abdel Rahman, the head of the Observatory", "AFP", "sohr", "SOHR"},
		{"المرصد السوري لحقوق الإنسان", "عنب بلدي", "sohr", "SOHR"},
		{"مدير المرصد", "", "sohr", "SOHR"},
		{"The Syrian Civil Defense", "", "white-helmets", "White Helmets"},
		{"the Syrian Civil Defense", "", "white-helmets", "White Helmets"},
		{"Syrian Civil Defence (White Helmets)", "", "white-helmets", "White Helmets"},
		{"الدفاع المدني السوري", "", "white-helmets", "White Helmets"},
		{"الخوذ البيضاء", "", "white-helmets", "White Helmets"},
		{"The Pentagon", "", "pentagon", "Pentagon"},
		{"Kirby", "", "pentagon", "Pentagon"},
		{"the US Department of Defense Deputy Spokesperson Sabrina Singh", "", "pentagon", "Pentagon"},
		{"Pentagon spokesperson John Kirby", "", "pentagon", "Pentagon"},
		{"وزارة الدفاع الأمريكية", "", "pentagon", "Pentagon"},
		{"US Central Command", "", "centcom", "CENTCOM"},
		{"سانا", "", "sana", "SANA"},
		{"Syria's state news agency SANA", "", "sana", "SANA"},
		{"the Russian Defence Ministry", "", "russian-mod", "Russian Defence Ministry"},
		{"Turkey's Defense Ministry", "", "turkish-mod", "Turkish Defence Ministry"},
		{"OCHA", "", "un-ocha", "UN/OCHA"},
		{"Doctors Without Borders", "", "msf", "MSF"},
		{"witnesses and a war monitoring organisation", "AP", "sohr", "SOHR"},
		{"local activists", "Reuters", "generic:activists@reuters", "activists"},
		{"activists", "AFP", "generic:activists@afp", "activists"},
		{"medical sources", "", "generic:medics@", "medics"},
		{"مصادر محلية", "عنب بلدي", "generic:local-sources@عنب بلدي", "local sources"},
		{"Abu Ahmad, a fighter", "", "name:abu ahmad fighter", "Abu Ahmad, a fighter"},
		{"", "Enab Baladi", "outlet:enab baladi", "Enab Baladi"},
		{"", "", "outlet:", "the outlet"},
		// a body's own site in its own voice is the body
		{"", "SOHR", "sohr", "SOHR"},
		{"", "المرصد السوري لحقوق الإنسان", "sohr", "SOHR"},
		{"", "Syrian Civil Defence", "white-helmets", "White Helmets"},
		{"", "Reuters", "outlet:reuters", "Reuters"},
	}
	for _, c := range cases {
		e := r.Resolve(c.source, c.outlet)
		if e.ID != c.id || e.Name != c.name {
			t.Errorf("Resolve(%q, %q) = %s %q, want %s %q", c.source, c.outlet, e.ID, e.Name, c.id, c.name)
		}
	}
}

func TestOperatorAliases(t *testing.T) {
	r := Default()
	r.Add("", "SOHR", Organisation, "the monitor in Coventry")
	r.Add("", "Idlib Post", Organisation, "إدلب بوست")
	if e := r.Resolve("the monitor in Coventry", ""); e.ID != "sohr" {
		t.Errorf("alias added to a built-in entity: %+v", e)
	}
	if e := r.Resolve("إدلب بوست", ""); e.Name != "Idlib Post" || e.Kind != Organisation {
		t.Errorf("new entity by alias: %+v", e)
	}
}
