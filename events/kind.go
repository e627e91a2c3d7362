package events

import (
	"sort"
)

// Kind is the kind of an incident.
type Kind string

const (
	KindUnknown    Kind = ""
	KindRaid       Kind = "raid"
	KindAirStrike  Kind = "air strike"
	KindDrone      Kind = "drone strike"
	KindShelling   Kind = "shelling"
	KindEarthquake Kind = "earthquake"
	KindExplosion  Kind = "explosion"
	KindClashes    Kind = "clashes"
)

// kindWords are the words that say what happened, English and Arabic. The
// longer phrase wins where two overlap: "air raid" is an air strike, not a raid.
var kindWords = map[Kind][]phrase{
	KindRaid: phrases(`raid|raids|raided|raiding|stormed|commando|commandos|special forces operation|special operations forces|landing operation|airdrop|air drop|airborne operation|helicopter assault|ground assault|heliborne|
		إنزال|انزال|عملية إنزال|إنزال جوي|مداهمة|مداهمات|إنزالاً`),
	KindAirStrike: phrases(`air strike|air strikes|airstrike|airstrikes|air raid|air raids|warplanes|warplane|jets|aerial bombardment|bombed|
		غارة|غارات|غارة جوية|غارات جوية|الطيران الحربي|طائرات حربية|قصف جوي|الطائرات الحربية`),
	KindDrone: phrases(`drone strike|drone strikes|drone attack|drone|drones|uav|kamikaze drone|
		مسيرة|مسيّرة|طائرة مسيرة|طائرات مسيرة|الطائرات المسيرة|درون|مسيرات`),
	KindShelling: phrases(`shelling|shelled|artillery|rocket fire|rockets|rocket|mortar|mortars|missile strike|missiles|
		قصف|قصف مدفعي|قصف صاروخي|قذائف|قذيفة|صواريخ|المدفعية`),
	KindEarthquake: phrases(`earthquake|earthquakes|quake|tremor|aftershock|aftershocks|
		زلزال|الزلزال|زلازل|هزة أرضية|الهزة الأرضية`),
	KindExplosion: phrases(`car bomb|car bombing|bomb|bombing|explosive device|explosive devices|ied|ieds|suicide bomber|suicide attack|booby-trapped|landmine|
		تفجير|عبوة ناسفة|مفخخة|سيارة مفخخة|انتحاري|لغم`),
	KindClashes: phrases(`clashes|clashed|fighting|gunfight|gun battle|gun-battle|firefight|
		اشتباكات|اشتباك|معارك|مواجهات`),
}

// kindSet finds kind words, longest first.
var kindSet = func() *phraseSet {
	var items []phrase
	var tags []string
	for _, k := range []Kind{KindRaid, KindAirStrike, KindDrone, KindShelling, KindEarthquake, KindExplosion, KindClashes} {
		for _, p := range kindWords[k] {
			items = append(items, p)
			tags = append(tags, string(k))
		}
	}
	return newPhraseSet(items, tags)
}()

// blastWords say something exploded, which strikes and shells do too: they
// count for a bombing only at a quarter of the weight.
var blastWords = newPhraseSet(phrases(`explosion|explosions|blast|blasts|exploded|انفجار|انفجارات|انفجر`), nil)

// kindCounts adds weight w for every kind word of toks.
func kindCounts(counts map[Kind]float64, toks []tok, w float64) {
	for i := 0; i < len(toks); i++ {
		if j := kindSet.at(toks, i); j >= 0 {
			counts[Kind(kindSet.tags[j])] += w
			i += len(kindSet.items[j]) - 1
		} else if j := blastWords.at(toks, i); j >= 0 {
			counts[KindExplosion] += w / 4
		}
	}
}

// bestKind is the kind with the most weight; ties go to the more specific
// kind (a raid with clashes is a raid).
func bestKind(counts map[Kind]float64) Kind {
	order := []Kind{KindEarthquake, KindRaid, KindDrone, KindAirStrike, KindExplosion, KindShelling, KindClashes}
	best, bw := KindUnknown, 0.0
	for _, k := range order {
		if counts[k] > bw {
			best, bw = k, counts[k]
		}
	}
	return best
}

// DetectKind returns the kind of incident a text reports.
func DetectKind(text string) Kind {
	counts := map[Kind]float64{}
	kindCounts(counts, tokenize(text), 1)
	return bestKind(counts)
}

// compatibleKinds are kinds one incident is often reported as: a raid with
// air cover (غارة is both a raid and an air strike), a drone strike called
// an air strike, shelling with an explosion, a raid ending in clashes.
func compatibleKinds(a, b Kind) bool {
	if a == b || a == KindUnknown || b == KindUnknown {
		return true
	}
	pair := func(x, y Kind) bool { return (a == x && b == y) || (a == y && b == x) }
	return pair(KindRaid, KindClashes) || pair(KindRaid, KindAirStrike) || pair(KindRaid, KindDrone) ||
		pair(KindAirStrike, KindDrone) || pair(KindAirStrike, KindShelling) || pair(KindDrone, KindShelling) ||
		pair(KindShelling, KindExplosion) || pair(KindShelling, KindClashes)
}

// possibleKinds are kinds one incident may be reported as at all: an
// earthquake is nothing else, and a bombing on the ground (a car bomb, an
// explosive device) is no strike from the air and no raid.
func possibleKinds(a, b Kind) bool {
	if a == b || a == KindUnknown || b == KindUnknown {
		return true
	}
	if a == KindEarthquake || b == KindEarthquake {
		return false
	}
	pair := func(x, y Kind) bool { return (a == x && b == y) || (a == y && b == x) }
	return !pair(KindExplosion, KindAirStrike) && !pair(KindExplosion, KindDrone) && !pair(KindExplosion, KindRaid)
}

// Actors.
const (
	ActorUS     = "US"
	ActorRussia = "Russia"
	ActorTurkey = "Turkey"
	ActorSyria  = "Syrian government"
	ActorIsrael = "Israel"
	ActorHTS    = "HTS"
	ActorIS     = "IS"
	ActorSDF    = "SDF"
)

// stateActors are the actors whose name goes into an event's title: the ones
// that strike, as opposed to the groups that are struck.
var stateActors = map[string]bool{ActorUS: true, ActorRussia: true, ActorTurkey: true, ActorSyria: true, ActorIsrael: true}

// actorWords name actors. Adjectives and institutions rather than country
// names: "near the border with Turkey" or "banned in Russia" name no actor.
var actorWords = map[string][]phrase{
	ActorUS: phrases(`american|americans|pentagon|centcom|central command|us-led coalition|international coalition|coalition forces|department of defense|white house|
		الأمريكي|الأمريكية|الأميركي|الأميركية|أمريكية|أمريكي|أميركية|أميركي|الأمريكيين|الأميركيين|التحالف الدولي|البنتاغون|واشنطن`),
	ActorRussia: phrases(`russian|russians|kremlin|الروسي|الروسية|روسية|روسي|الروس`),
	ActorTurkey: phrases(`turkish army|turkish forces|turkish drone|turkish drones|turkish military|turkish troops|turkish jets|turkish artillery|turkish strike|turkish strikes|
		الجيش التركي|القوات التركية|التركية المسيرة|المسيرات التركية|الطائرات التركية`),
	ActorSyria: phrases(`syrian army|government forces|regime forces|pro-government|syrian government forces|syrian troops|assad forces|syrian regime|assad regime|regime|
		قوات النظام|النظام السوري|جيش النظام|القوات الحكومية|قوات الحكومة|الجيش السوري|نظام الأسد|قوات الأسد|النظام`),
	ActorIsrael: phrases(`israeli|israelis|الإسرائيلي|الإسرائيلية|إسرائيلية|إسرائيلي`),
	ActorHTS:    phrases(`hayat tahrir al-sham|tahrir al-sham|hts|هيئة تحرير الشام|تحرير الشام|الهيئة`),
	ActorIS:     phrases(`islamic state|isis|isil|daesh|داعش|تنظيم الدولة|الدولة الإسلامية`),
	ActorSDF:    phrases(`syrian democratic forces|sdf|قسد|قوات سوريا الديمقراطية`),
}

// notActors are phrases that name an actor's country without the actor:
// currency tickers on a page ("دولار أمريكي", "US dollar").
var notActors = phrases(`us dollar|us dollars|american dollar|دولار أمريكي|الدولار الأمريكي|دولار أميركي|الدولار الأميركي|روبل روسي|ليرة تركية|الليرة التركية`)

var actorSet = func() *phraseSet {
	items := append([]phrase(nil), notActors...)
	tags := make([]string, len(notActors)) // "": counted for nobody
	for _, a := range []string{ActorUS, ActorRussia, ActorTurkey, ActorSyria, ActorIsrael, ActorHTS, ActorIS, ActorSDF} {
		for _, p := range actorWords[a] {
			items = append(items, p)
			tags = append(tags, a)
		}
	}
	return newPhraseSet(items, tags)
}()

// actorCounts adds weight w for every actor named in toks. "US" and "IS" are
// told from the pronoun and the verb by their capitals.
func actorCounts(counts map[string]float64, toks []tok, w float64) {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.raw == "US" || (t.raw == "U" && i+1 < len(toks) && toks[i+1].raw == "S"):
			counts[ActorUS] += w
			continue
		case t.raw == "IS":
			counts[ActorIS] += w
			continue
		}
		if j := actorSet.at(toks, i); j >= 0 {
			if a := actorSet.tags[j]; a != "" {
				counts[a] += w
			}
			i += len(actorSet.items[j]) - 1
		}
	}
}

// rankActors lists the actors named, most named first.
func rankActors(counts map[string]float64) []string {
	var out []string
	for a, c := range counts {
		if c > 0 {
			out = append(out, a)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if counts[out[i]] != counts[out[j]] {
			return counts[out[i]] > counts[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

// Perpetrator is the first state actor of a ranked actor list, "" if none.
func Perpetrator(actors []string) string {
	for _, a := range actors {
		if stateActors[a] {
			return a
		}
	}
	return ""
}
