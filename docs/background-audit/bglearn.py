#!/usr/bin/env python3
"""bglearn.py DUMP.jsonl SETDIRS: a learned background decision,
validated leave-one-set-out.

DUMP.jsonl is TestBackgroundDump's output (figures/bgdump_test.go of bgfeatures.patch): one line per
figure the extractor emits, its bgFeatures and whether dedupe keeps it. SETDIRS
is the comma-separated list of gold directories it was made from (read sets only:
never blind, never the sets kept unread).

Labels (as score.py matches): a figure is own when a strict gold figure has its
(metric, group, min, max), background when only a background gold figure has its
(metric, min, max); other figures are not trained on. The model is an L2
logistic regression (Newton steps, pure Python) of P(background). The decision
keeps the rules' value unless the model is confident: own -> background when
p > hi, background -> own when p < lo, hi and lo chosen by an inner
leave-sets-out inside the training folds. Each fold is scored as score.py
scores it (tp, fp, leaks, own figures marked background) over the kept figures.
"""
import json, math, os, sys, collections

TEST_FOLDS = ["dev2"] + ["heldout%d" % n for n in range(3, 18)]
L2 = float(os.environ.get("BG_L2", "1.0"))


def load(dump, setdirs):
    rows = [json.loads(l) for l in open(dump, encoding="utf-8")]
    names = rows[0]["names"]
    rows = rows[1:]
    gold = {}
    for d in setdirs:
        st = os.path.basename(d.rstrip("/"))
        for n in sorted(os.listdir(d)):
            if n.endswith(".json"):
                a = json.load(open(os.path.join(d, n), encoding="utf-8"))
                gold[(st, a["id"])] = a.get("figures") or []
    return names, rows, gold


K = lambda f: (f.get("metric"), f.get("group"), f.get("min"), f.get("max"))
B = lambda f: (f.get("metric"), f.get("min"), f.get("max"))


def label(r, gold):
    g = gold[(r["set"], r["id"])]
    f = r["fig"]
    if any(K(x) == K(f) for x in g if not x.get("vague") and not x.get("background")):
        return 0
    if any(B(x) == B(f) for x in g if x.get("background")):
        return 1
    return None


def score(arts, gold, flags):
    """arts: {(set,id): [row]} kept rows; flags: {(set,id,i): bg}. score.py's counts."""
    t = collections.Counter()
    for key, g in gold.items():
        strict = [x for x in g if not x.get("vague") and not x.get("background")]
        vague = [x for x in g if x.get("vague") and not x.get("background")]
        backg = [x for x in g if x.get("background")]
        preds = arts.get(key, [])
        main = [r["fig"] for r in preds if not flags[(key[0], key[1], r["i"])]]
        bgs = [r["fig"] for r in preds if flags[(key[0], key[1], r["i"])]]
        used = set()
        for p in main:
            hit = next((i for i, x in enumerate(strict) if i not in used and K(x) == K(p)), None)
            if hit is not None:
                used.add(hit); t["tp"] += 1; continue
            if any((x["metric"], x["group"]) == (p["metric"], p["group"]) for x in vague):
                continue
            if any(B(x) == B(p) for x in backg):
                t["leaks"] += 1; continue
            t["fp"] += 1
        t["fn"] += len(strict) - len(used)
        for i, x in enumerate(strict):
            if i not in used and any(K(p) == K(x) for p in bgs):
                t["ownbg"] += 1  # an own figure marked background
    t["err"] = t["leaks"] + t["ownbg"]
    return t


def flip_labels(rows, gold):
    """The label of a figure by what flipping it alone does to the article's
    tp - fp - leaks (score.py's counts): the better value, or none when the
    flip changes nothing (a restated figure, an unmatched one)."""
    by = collections.defaultdict(list)
    for r in rows:
        by[(r["set"], r["id"])].append(r)
    for key, rs in by.items():
        g = {key: gold[key]}
        flags = {(r["set"], r["id"], r["i"]): r["fig"]["background"] for r in rs}
        j0 = gain(score({key: rs}, g, flags))
        for r in rs:
            k = (r["set"], r["id"], r["i"])
            flags[k] = not flags[k]
            j1 = gain(score({key: rs}, g, flags))
            flags[k] = not flags[k]
            bg = r["fig"]["background"]
            if label(r, gold) is None:
                r["y"] = None  # matches no gold figure: not trained on
            else:
                r["y"] = None if j1 == j0 else int(bg) if j0 > j1 else int(not bg)


def gain(t):
    return t["tp"] - t["fp"] - t["leaks"]


def sparse(feat):
    return [(j, v) for j, v in enumerate(feat) if v != 0]


def fit(X, y, d, l2=L2, iters=12):
    """L2 logistic regression by Newton steps (the bias is not penalised)."""
    w = [0.0] * d
    for _ in range(iters):
        g = [0.0] * d
        H = [[0.0] * d for _ in range(d)]
        for x, yy in zip(X, y):
            z = sum(w[j] * v for j, v in x)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            e, s = p - yy, p * (1 - p)
            for j, v in x:
                g[j] += e * v
                Hj = H[j]
                for k, u in x:
                    Hj[k] += s * v * u
        for j in range(1, d):
            g[j] += l2 * w[j]
            H[j][j] += l2
        for j in range(d):
            H[j][j] += 1e-6
        step = solve(H, g)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(b) for b in step) < 1e-6:
            break
    return w


def solve(A, b):
    n = len(b)
    M = [row[:] + [b[i]] for i, row in enumerate(A)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(M[r][c]))
        M[c], M[p] = M[p], M[c]
        piv = M[c][c]
        for r in range(c + 1, n):
            f = M[r][c] / piv
            if f:
                Mr, Mc = M[r], M[c]
                for k in range(c, n + 1):
                    Mr[k] -= f * Mc[k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (M[r][n] - sum(M[r][k] * x[k] for k in range(r + 1, n))) / M[r][r]
    return x


def prob(w, x):
    z = sum(w[j] * v for j, v in x)
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def decide(rulebg, p, hi, lo):
    if not rulebg and p > hi:
        return True
    if rulebg and p < lo:
        return False
    return rulebg


HIS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01]
LOS = [-0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5]


def choose(rows, probs, arts, gold):
    """hi, lo that maximise tp - fp - leaks on out-of-fold probabilities
    (ties: fewer flips, i.e. higher hi and lower lo)."""
    best = None
    for hi in HIS:
        for lo in LOS:
            flags = {(r["set"], r["id"], r["i"]): decide(r["fig"]["background"], probs[n], hi, lo) for n, r in enumerate(rows)}
            t = score(arts, gold, flags)
            v = (gain(t), hi, -lo)
            if best is None or v > best[0]:
                best = (v, hi, lo)
    return best[1], best[2]


def main():
    names, rows, gold = load(sys.argv[1], sys.argv[2].split(","))
    d = len(names)
    rows = [r for r in rows if r["kept"] and (r["set"], r["id"]) in gold]
    for r in rows:
        r["x"] = sparse(r["feat"])
        r["y"] = label(r, gold)
    if os.environ.get("BG_LABEL", "gold") == "flip":
        flip_labels(rows, gold)
    sets = sorted({k[0] for k in gold})
    def arts_of(ss):
        a = collections.defaultdict(list)
        for r in rows:
            if r["set"] in ss:
                a[(r["set"], r["id"])].append(r)
        return a
    def gold_of(ss):
        return {k: v for k, v in gold.items() if k[0] in ss}
    def train(ss):
        tr = [r for r in rows if r["set"] in ss and r["y"] is not None]
        return fit([r["x"] for r in tr], [r["y"] for r in tr], d)
    mode = os.environ.get("BG_MODE", "cv")
    if mode == "cv":
        print("| fold | rules tp/fp/leaks/ownbg | model tp/fp/leaks/ownbg | hi/lo | flips |")
        print("|---|---|---|---|---|")
        T = collections.Counter(); R = collections.Counter(); worse = 0; better = 0
        for f in TEST_FOLDS:
            if f not in sets:
                continue
            trs = [s for s in sets if s != f]
            # inner: out-of-fold probabilities of the training sets, by 4 groups of sets
            groups = [trs[i::4] for i in range(4)]
            oof = {}
            for gset in groups:
                w = train([s for s in trs if s not in gset])
                for n, r in enumerate(rows):
                    if r["set"] in gset:
                        oof[n] = prob(w, r["x"])
            trrows = [r for n, r in enumerate(rows) if n in oof]
            hi, lo = choose(trrows, [oof[n] for n, r in enumerate(rows) if n in oof], arts_of(trs), gold_of(trs))
            w = train(trs)
            te = [r for r in rows if r["set"] == f]
            ga, gg = arts_of([f]), gold_of([f])
            base = score(ga, gg, {(r["set"], r["id"], r["i"]): r["fig"]["background"] for r in te})
            flags = {(r["set"], r["id"], r["i"]): decide(r["fig"]["background"], prob(w, r["x"]), hi, lo) for r in te}
            mod = score(ga, gg, flags)
            flips = sum(1 for r in te if flags[(r["set"], r["id"], r["i"])] != r["fig"]["background"])
            for k in ("tp", "fp", "leaks", "ownbg", "err"):
                R[k] += base[k]; T[k] += mod[k]
            gb, gm = base["tp"] - base["fp"] - base["err"], mod["tp"] - mod["fp"] - mod["err"]
            worse += mod["err"] > base["err"] or mod["tp"] < base["tp"]
            better += mod["err"] < base["err"]
            print("| %s | %d/%d/%d/%d | %d/%d/%d/%d | %.2f/%.2f | %d |" % (f, base["tp"], base["fp"], base["leaks"], base["ownbg"],
                  mod["tp"], mod["fp"], mod["leaks"], mod["ownbg"], hi, lo, flips))
        print("| total | %d/%d/%d/%d | %d/%d/%d/%d | | |" % (R["tp"], R["fp"], R["leaks"], R["ownbg"], T["tp"], T["fp"], T["leaks"], T["ownbg"]))
        print("errors (leaks+ownbg): rules %d, model %d (%+.1f%%); folds worse %d, better %d of %d" % (
            R["err"], T["err"], 100.0 * (T["err"] - R["err"]) / max(1, R["err"]), worse, better, len([f for f in TEST_FOLDS if f in sets])))
    elif mode == "bound":
        # an upper bound: leave-one-set-out probabilities, the thresholds
        # chosen on the test folds themselves (not a valid estimate)
        for f in sets:
            w = train([s for s in sets if s != f])
            for r in rows:
                if r["set"] == f:
                    r["p"] = prob(w, r["x"])
        tf = [f for f in TEST_FOLDS if f in sets]
        te = [r for r in rows if r["set"] in tf]
        ga, gg = arts_of(tf), gold_of(tf)
        print("hi lo tp fp leaks ownbg errors")
        for hi in HIS:
            for lo in LOS:
                t = score(ga, gg, {(r["set"], r["id"], r["i"]): decide(r["fig"]["background"], r["p"], hi, lo) for r in te})
                print("%.2f %.2f %d %d %d %d %d" % (hi, lo, t["tp"], t["fp"], t["leaks"], t["ownbg"], t["err"]))
    elif mode == "fit":
        w = train(sets)
        for n, v in sorted(zip(names, w), key=lambda t: -abs(t[1])):
            print("%-16s %+.3f" % (n, v))


if __name__ == "__main__":
    main()
