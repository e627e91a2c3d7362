import sys, collections, re
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
def grp(w):
    w = w.rsplit("#",1)[0]
    w = w.split(" ")[0].split("/")[0]
    w = re.sub(r"\+strong|\+anaphor", "", w)
    if w.startswith("notpast:") : w = "notpast:" + ("weekday/today" if w[8:] not in ("MONTH","YEAR","this","at") else w[8:])
    if w.startswith("none"): w = w
    return w or "(none)"
agg = collections.defaultdict(collections.Counter); sets = collections.defaultdict(lambda: collections.defaultdict(set))
for st, aid, lang, why, bg, v, k, q in rows:
    b = (bg, grp(why)); agg[b][v] += 1; sets[b][v].add(st)
print("| decision | branch | right | wrong | both | sets right | sets wrong |")
print("|---|---|---|---|---|---|---|")
for b in sorted(agg, key=lambda b: (b[0], -(agg[b]["right"] + agg[b]["wrong"]))):
    c = agg[b]
    if c["right"] + c["wrong"] + c["both"] == 0: continue
    print("| %s | %s | %d | %d | %d | %d | %d |" % (b[0], b[1], c["right"], c["wrong"], c["both"], len(sets[b]["right"]), len(sets[b]["wrong"])))
tot = collections.Counter()
for st, aid, lang, why, bg, v, k, q in rows:
    if v == "wrong": tot[bg] += 1
print("total wrong: marked background", tot["bg"], " leaks", tot["own"])
