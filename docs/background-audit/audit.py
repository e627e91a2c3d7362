#!/usr/bin/env python3
"""audit.py BIN OUT.tsv: per emitted figure, the background branch (why) and whether the
decision agrees with the gold. Never run on blind or heldout15-17."""
import json, os, subprocess, sys, tempfile, collections
binp, outp = sys.argv[1], sys.argv[2]
SETS = "dev dev2 heldout heldout2 heldout3 heldout4 heldout5 heldout6 heldout7 heldout8 heldout9 heldout10 heldout11 heldout12 heldout13 heldout14".split()
if len(sys.argv) > 3: SETS = sys.argv[3].split(",")
rows = []
for st in SETS:
    assert st not in ("blind", "heldout15", "heldout16", "heldout17")
    d = "/work/shared/eval/" + st if st in ("dev", "dev2") else "/work/main/figures/testdata/" + st
    arts = [json.load(open(os.path.join(d, n), encoding="utf-8")) for n in sorted(os.listdir(d)) if n.endswith(".json")]
    tmp = tempfile.mkdtemp(); paths = []
    for a in arts:
        t = a["text"]
        if a.get("published") and not t.startswith(" date "):
            t = " date %s %s" % (a["published"], t)
        p = os.path.join(tmp, a["id"] + ".txt"); open(p, "w", encoding="utf-8").write(t); paths.append(p)
    env = dict(os.environ, IDLIBWATCH_TRACE_BG="1")
    out = subprocess.run([binp, "extract", "--json"] + paths, capture_output=True, text=True, env=env).stdout
    docs = json.loads(out)
    by = {os.path.basename(x["file"])[:-4]: x.get("figures") or [] for x in docs}
    K = lambda f: (f.get("metric"), f.get("group"), f.get("min"), f.get("max"))
    B = lambda f: (f.get("metric"), f.get("min"), f.get("max"))
    for a in arts:
        gold = a.get("figures") or []
        strict = [g for g in gold if not g.get("vague") and not g.get("background")]
        vague = [g for g in gold if g.get("vague") and not g.get("background")]
        backg = [g for g in gold if g.get("background")]
        preds = by.get(a["id"], [])
        used = set()
        verdict = {}
        for j, p in enumerate(preds):
            if p.get("background"): continue
            i = next((i for i, g in enumerate(strict) if i not in used and K(g) == K(p)), None)
            if i is not None: used.add(i); verdict[j] = "right"
            elif any((g["metric"], g["group"]) == (p["metric"], p["group"]) for g in vague): verdict[j] = "na"
            elif any(B(g) == B(p) for g in backg): verdict[j] = "wrong"  # leak
            else: verdict[j] = "na"
        for j, p in enumerate(preds):
            if not p.get("background"): continue
            own = any(i not in used and K(g) == K(p) for i, g in enumerate(strict))
            bgm = any(B(g) == B(p) for g in backg)
            if own and bgm: verdict[j] = "both"
            elif own: verdict[j] = "wrong"  # marked background
            elif bgm: verdict[j] = "right"
            else: verdict[j] = "na"
        for j, p in enumerate(preds):
            rows.append((st, a["id"], a.get("lang"), p.get("why", ""), "bg" if p.get("background") else "own",
                         verdict[j], "%s/%s/%s-%s" % K(p), (p.get("quote") or "").replace("\t", " ").replace("\n", " ")))
with open(outp, "w") as f:
    for r in rows: f.write("\t".join(map(str, r)) + "\n")
