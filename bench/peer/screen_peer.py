#!/usr/bin/env python3
"""The screening peers an analyst would script in Python: fold accents and case, block on shared
words, rank candidates by a string similarity. Two scorers: difflib's ratio (the standard library)
and Jaro-Winkler from jellyfish (Debian's python3-jellyfish, a C extension; the measure sanctions
screening tools commonly use). Screens a sample of the file's own names against all of them and
prints names/s. Usage: screen_peer.py SDN_ENTITIES_JSONL [SAMPLE] [difflib|jaro-winkler]
"""
import difflib
import json
import sys
import time
import unicodedata
from collections import defaultdict


def fold(s):
    s = "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in s).split())


def jaro_winkler(a, b):
    import jellyfish
    return jellyfish.jaro_winkler_similarity(a, b)


def main():
    names = []
    for line in open(sys.argv[1], encoding="utf-8"):
        for n in json.loads(line)["names"]:
            names.append(n["full_name"])
    sample = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    scorer = sys.argv[3] if len(sys.argv) > 3 else "difflib"
    start = time.perf_counter()
    folded = [fold(n) for n in names]
    index = defaultdict(list)
    for i, f in enumerate(folded):
        for w in set(f.split()):
            index[w].append(i)
    build = time.perf_counter() - start
    queries = [folded[i * len(folded) // sample] for i in range(sample)]
    start = time.perf_counter()
    hits = 0
    for q in queries:
        candidates = set()
        for w in set(q.split()):
            if len(index[w]) <= 5000:
                candidates.update(index[w])
        scored = []
        if scorer == "jaro-winkler":
            for i in candidates:
                scored.append((jaro_winkler(folded[i], q), i))
        else:
            m = difflib.SequenceMatcher(None, "", q)
            for i in candidates:
                m.set_seq1(folded[i])
                scored.append((m.ratio(), i))
        scored.sort(reverse=True)
        hits += sum(1 for s, _ in scored[:5] if s >= 0.8)
    seconds = time.perf_counter() - start
    print("peer index: %d names, built in %.2f s" % (len(names), build))
    print("peer batch (%s): %d names in %.2f s = %.0f names/s (1 thread, %d hits)" % (scorer, sample, seconds, sample / seconds, hits))


main()
