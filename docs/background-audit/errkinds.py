#!/usr/bin/env python3
"""errkinds.py SETDIR BIN [--lang xx]: aggregate counts of kinds of miss and of false figure.
Prints counts only (no text), so it may be used on never-read sets."""
import json, os, subprocess, sys, tempfile, collections
d, binp = sys.argv[1], sys.argv[2]
lang = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--lang" else None
arts = []
for n in sorted(os.listdir(d)):
    if n.endswith(".json"):
        a = json.load(open(os.path.join(d, n), encoding="utf-8"))
        if not lang or a.get("lang") == lang:
            arts.append(a)
tmp = tempfile.mkdtemp()
paths = []
for a in arts:
    t = a["text"]
    if a.get("published") and not t.startswith(" date "):
        t = " date %s %s" % (a["published"], t)
    p = os.path.join(tmp, a["id"] + ".txt"); open(p, "w", encoding="utf-8").write(t); paths.append(p)
out = subprocess.run([binp, "extract", "--json"] + paths, capture_output=True, text=True).stdout.strip()
try:
    docs = json.loads(out); docs = [docs] if isinstance(docs, dict) else docs
except Exception:
    docs = [json.loads(l) for l in out.splitlines() if l.strip()]
by = {os.path.basename(x["file"])[:-4]: x.get("figures") or [] for x in docs}
K = lambda f: (f.get("metric"), f.get("group"), f.get("min"), f.get("max"))
miss = collections.Counter(); extra = collections.Counter()
for a in arts:
    gold = a.get("figures") or []
    strict = [g for g in gold if not g.get("vague") and not g.get("background")]
    preds = by.get(a["id"], [])
    main = [p for p in preds if not p.get("background")]
    bg = [p for p in preds if p.get("background")]
    used = set(); umain = set()
    for j, p in enumerate(main):
        i = next((i for i, g in enumerate(strict) if i not in used and K(g) == K(p)), None)
        if i is not None: used.add(i); umain.add(j)
    for i, g in enumerate(strict):
        if i in used: continue
        m, gr, lo, hi = K(g)
        if any(K(p) == K(g) for p in bg): miss["marked background"] += 1
        elif any((p["metric"], p["min"], p["max"]) == (m, lo, hi) for p in main): miss["wrong group"] += 1
        elif any((p["metric"], p["group"]) == (m, gr) and (p["min"] == lo or p["max"] == hi) for p in main): miss["wrong bounds"] += 1
        elif any((p["group"], p["min"], p["max"]) == (gr, lo, hi) for p in main): miss["wrong metric"] += 1
        else: miss["not found"] += 1
    vague = [g for g in gold if g.get("vague") and not g.get("background")]
    backg = [g for g in gold if g.get("background")]
    for j, p in enumerate(main):
        if j in umain: continue
        if any((g["metric"], g["group"]) == (p["metric"], p["group"]) for g in vague): continue
        if any((g["metric"], g["min"], g["max"]) == (p["metric"], p["min"], p["max"]) for g in backg): extra["leak"] += 1
        elif any((g["metric"], g["min"], g["max"]) == (p["metric"], p["min"], p["max"]) for g in strict): extra["wrong group"] += 1
        elif any((g["metric"], g["group"]) == (p["metric"], p["group"]) for g in strict): extra["wrong bounds"] += 1
        else: extra["other"] += 1
print("misses:", dict(miss.most_common()), " false:", dict(extra.most_common()))
