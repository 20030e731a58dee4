#!/usr/bin/env python3
"""Checks the annotate gold sets.

Usage: python3 check.py [--repo PATH] [GOLD.json ...]

With no files it checks every *.gold.json under dev/, test/, test2/ and test3/ beside this script. For each file it
verifies: the JSON fields and their types; the text file exists, is UTF-8 and NFC; every mention's
start/end lie on UTF-8 character boundaries and text[start:end] equals the mention's text (on the
bytes); the kind is valid; ids are non-empty; actor, place, agreement and point ids exist as string
literals in the Go data of the karabakh repository (actors/*.go, agreement/*.go); dates are EDTF;
quantities are "<number> <unit>"; mentions of one kind do not overlap. It exits 1 on any error.
The repository is found with --repo, $KARABAKH_REPO, or by looking for go.mod of module
github.com/caucasus-data/karabakh in the ancestors of this folder and in their main/ subfolders.
"""
import glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"actor", "place", "point", "agreement", "date", "quantity"}
LANGS = {"en", "ru", "hy", "az"}
MODULE = "module github.com/caucasus-data/karabakh"
_D = r"\d{4}(-(0[1-9]|1[0-2]|2[1-4])(-(0[1-9]|[12]\d|3[01]))?)?"
EDTF = re.compile(r"^" + _D + r"(/" + _D + r")?$")
QTY = re.compile(r"^\d+(\.\d+)?(/\d+(\.\d+)?)? [a-z][a-z-]*$")
FLAGS = {"ambiguous", "inferred", "relative", "approximate"}


def ancestors(p):
    p = os.path.abspath(p)
    while True:
        yield p
        q = os.path.dirname(p)
        if q == p:
            return
        p = q


def find_repo(arg):
    cands = [arg, os.environ.get("KARABAKH_REPO")]
    for a in ancestors(HERE):
        cands += [a, os.path.join(a, "main")]
    for c in cands:
        if not c:
            continue
        gm = os.path.join(c, "go.mod")
        if os.path.isfile(gm) and MODULE in open(gm, encoding="utf-8").read():
            return c
    return None


def go_ids(repo):
    """Returns {kind: set of ids} read from the string literals of the Go data files.

    Works with both layouts of the repository: places as agreement.PlaceID constants (agreement/*.go)
    or as places.ID constants (places/*.go)."""
    ids = {"actor": set(), "place": set(), "agreement": set(), "point": set(), "pointof": set()}
    def files(pkg):
        return [f for f in glob.glob(os.path.join(repo, pkg, "*.go")) if not f.endswith("_test.go")]
    lit = r'\s*=\s*"([^"]+)"'
    for f in files("actors"):
        s = open(f, encoding="utf-8").read()
        ids["actor"] |= set(re.findall(r'\bID' + lit, s))
    for f in files("places"):
        s = open(f, encoding="utf-8").read()
        ids["place"] |= set(re.findall(r'\bID' + lit, s))
        ids["place"] |= set(re.findall(r'\bPlaceID' + lit, s))
    for f in files("agreement"):
        s = open(f, encoding="utf-8").read()
        ids["place"] |= set(re.findall(r'\bPlaceID' + lit, s))
        ids["agreement"] |= set(re.findall(r'\bID' + lit, s))
        ids["point"] |= set(re.findall(r'\bPointID' + lit, s))
        # Points of the follow-up documents are built with PointOf(id, N) and carry Number: N.
        ids["pointof"].update(int(n) for n in re.findall(r"PointOf\(\w+, (\d+)\)", s))
        ids["pointof"].update(int(n) for n in re.findall(r"Number:\s*(\d+)", s))
    return ids


def resolve_text(gold_path, ref):
    d = os.path.dirname(os.path.abspath(gold_path))
    tried = []
    for base in [d] + [a for a in ancestors(d)] + [os.path.join(a, "main") for a in ancestors(d)]:
        p = os.path.normpath(os.path.join(base, ref))
        tried.append(p)
        if os.path.isfile(p):
            return p
    return None


def check_file(path, ids):
    errs = []
    def err(msg):
        errs.append(f"{os.path.relpath(path, HERE)}: {msg}")
    try:
        g = json.load(open(path, encoding="utf-8"))
    except Exception as e:
        err(f"bad JSON: {e}")
        return errs, None
    for k, typ in (("url", str), ("publisher", str), ("lang", str), ("published", str), ("text", str), ("note", str), ("mentions", list)):
        if not isinstance(g.get(k), typ):
            err(f"field {k!r} missing or not {typ.__name__}")
    if errs:
        return errs, None
    if g["lang"] not in LANGS:
        err(f"lang {g['lang']!r} not one of {sorted(LANGS)}")
    if g["published"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["published"]):
        err(f"published {g['published']!r} not YYYY-MM-DD")
    tp = resolve_text(path, g["text"])
    if tp is None:
        err(f"text file {g['text']!r} not found")
        return errs, None
    b = open(tp, "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"text not UTF-8: {e}")
        return errs, None
    if unicodedata.normalize("NFC", t) != t:
        err("text not NFC")
    starts = set()
    i = 0
    for ch in t:
        starts.add(i)
        i += len(ch.encode("utf-8"))
    starts.add(len(b))
    spans = {}
    prev = (-1, 0)
    for n, m in enumerate(g["mentions"]):
        where = f"mention {n} {m.get('text')!r}"
        for k in ("start", "end", "text", "kind", "ids"):
            if k not in m:
                err(f"{where}: no {k!r}")
        if any(k not in m for k in ("start", "end", "text", "kind", "ids")):
            continue
        s, e = m["start"], m["end"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(b)):
            err(f"{where}: bad offsets {s}..{e}")
            continue
        if s not in starts or e not in starts:
            err(f"{where}: offsets {s}..{e} not on UTF-8 character boundaries")
            continue
        if b[s:e] != m["text"].encode("utf-8"):
            err(f"{where}: text[{s}:{e}] is {b[s:e].decode()!r}")
        if (s, -e) < prev:
            err(f"{where}: mentions not sorted by (start, -end)")
        prev = (s, -e)
        kind = m["kind"]
        if kind not in KINDS:
            err(f"{where}: kind {kind!r} not one of {sorted(KINDS)}")
            continue
        if not isinstance(m["ids"], list) or not m["ids"] or not all(isinstance(x, str) and x for x in m["ids"]):
            err(f"{where}: ids must be a non-empty list of non-empty strings")
            continue
        if len(m["ids"]) > 1 and not m.get("ambiguous"):
            err(f"{where}: several ids without \"ambiguous\": true")
        for f in FLAGS:
            if f in m and m[f] is not True:
                err(f"{where}: {f} must be true when present")
        if m.get("relative") and not g["published"]:
            err(f"{where}: relative date without a publication date")
        for x in m["ids"]:
            if kind in ("actor", "place", "agreement"):
                if x not in ids[kind]:
                    err(f"{where}: {kind} id {x!r} not found in the Go data")
            elif kind == "point":
                mm = re.fullmatch(r"(.+)#(\d+)", x)
                if not mm:
                    err(f"{where}: point id {x!r} not '<agreement>#N'")
                elif x not in ids["point"]:
                    agr, num = mm.group(1), int(mm.group(2))
                    if agr not in ids["agreement"] or agr == "statement-2020-11-10" or num not in ids["pointof"]:
                        err(f"{where}: point id {x!r} not found in the Go data")
            elif kind == "date":
                if not EDTF.match(x):
                    err(f"{where}: date id {x!r} not EDTF (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-21..24 seasons, or an interval A/B)")
            elif kind == "quantity":
                if not QTY.match(x):
                    err(f"{where}: quantity id {x!r} not '<number> <unit>' or '<low>/<high> <unit>'")
        spans.setdefault(kind, []).append((s, e, where))
    for kind, ss in spans.items():
        ss.sort()
        for (s1, e1, w1), (s2, e2, w2) in zip(ss, ss[1:]):
            if s2 < e1:
                err(f"{w2}: overlaps {w1} (same kind {kind})")
    counts = {}
    for m in g["mentions"]:
        counts[m.get("kind")] = counts.get(m.get("kind"), 0) + 1
    return errs, (g, len(b), counts)


def main(argv):
    repo_arg = None
    files = []
    it = iter(argv)
    for a in it:
        if a == "--repo":
            repo_arg = next(it, None)
        else:
            files.append(a)
    repo = find_repo(repo_arg)
    if repo is None:
        print("check.py: karabakh repository not found (use --repo PATH or KARABAKH_REPO)", file=sys.stderr)
        return 2
    ids = go_ids(repo)
    if not files:
        files = sorted(f for d in ("dev", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11", "test12", "test13", "test14", "test15", "test16", "test17", "test18", "test19", "test20", "test21", "test22", "test23", "test24", "test25", "test26", "test27", "test28", "test29", "test30", "test31", "test32", "test33", "test34", "test35", "test36", "test37", "test38", "test39", "test40", "test41", "test42", "test43", "test44", "test45", "test46", "test47", "test48", "test49", "test50", "test51", "test52", "test53", "test54", "test55", "test56", "test57", "test58", "test59", "test60", "test61", "test62", "test63", "test64", "test65", "test66", "test67", "test68", "test69", "test70", "test71", "test72", "test73", "test74", "test75", "test76", "test77", "test78", "test79", "test80", "test81", "test82", "test83", "test84", "test85", "test86", "test87", "test88", "test89", "test90", "test91", "test92", "test93", "test94", "test95", "test96", "test97", "test98", "test99", "test100", "test101", "test102", "test103", "test104", "test105", "test106", "test107", "test108", "test109", "test110", "test111", "test112", "test113", "test114", "test115", "test116", "test117", "test118", "test119", "test120", "test121", "test122", "test123", "test124", "test125", "test126", "test127", "test128", "test129", "test130", "test131", "test132", "test133", "test134", "test135", "test136", "test137", "test138", "test139", "test140", "test141", "test142", "test143", "test144", "test145") for f in glob.glob(os.path.join(HERE, d, "*.gold.json")))
    allerrs, total = [], 0
    for f in files:
        errs, info = check_file(f, ids)
        allerrs += errs
        if info:
            total += len(info[0]["mentions"])
            print(f"{os.path.relpath(f, HERE)}: {len(info[0]['mentions'])} mentions, {info[1]} bytes" + (" FAIL" if errs else " ok"))
    for e in allerrs:
        print("ERROR", e)
    print(f"{len(files) - len({e.split(':')[0] for e in allerrs})} passed, {len({e.split(':')[0] for e in allerrs})} failed ({total} mentions, repo {repo})")
    return 1 if allerrs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
