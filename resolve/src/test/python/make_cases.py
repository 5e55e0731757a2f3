#!/usr/bin/env python3
"""Builds the screening case table from OFAC's 2025 names file (seeded, so the table is stable).

Each positive case is a variant of one listed name that an analyst would expect to find the
party with: another of its names, reordered, with a typo, with accents, with particles changed,
partial, in Cyrillic. Negative cases recombine real name parts into names no party has.
Usage: make_cases.py SDN_ENTITIES_JSONL SDN_CSV_2024 > cases.csv
"""
import csv
import json
import random
import sys
import unicodedata

rng = random.Random(20261122)
PARTICLES = {"de", "del", "la", "las", "los", "y"}
ORG_WORDS = {"cartel", "clan", "organizacion", "organization", "group", "grupo", "s.a.", "sa", "de", "c.v.", "cv",
             "llc", "ltd", "ltda", "inc", "co.", "company", "limited", "s.a", "corp", "corporation"}
ACCENT = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú", "n": "ñ"}


ORG_BAG = {"de", "del", "la", "las", "los", "y", "sa", "cv", "s", "a", "c", "v", "llc", "ltda", "group", "inc", "co",
           "ltd", "limited", "company", "cartel", "the", "of", "and"}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


def words(s):
    return [w for w in "".join(c if c.isalnum() else " " for c in fold(s)).split() if w]


def load(path):
    parties = []
    for line in open(path, encoding="utf-8"):
        e = json.loads(line)
        names = [n["full_name"] for n in e["names"]]
        primary = next((n["full_name"] for n in e["names"] if n["is_primary"]), names[0])
        parties.append(("ofac-%d" % e["entity_id"], primary, names))
    return parties


def typo(name):
    ws = name.split(" ")
    i = max(range(len(ws)), key=lambda k: len(ws[k]))
    w = ws[i]
    if len(w) < 6 or not w.isalpha():
        return None
    p = rng.randrange(1, len(w) - 1)
    op = rng.choice(["drop", "swap", "double"])
    if op == "drop":
        w = w[:p] + w[p + 1:]
    elif op == "swap":
        w = w[:p] + w[p + 1] + w[p] + w[p + 2:]
    else:
        w = w[:p] + w[p] + w[p:]
    ws[i] = w
    return " ".join(ws)


def person_parts(name):
    """(given names, surnames) of an OFAC person name "LAST, First", else None."""
    if "," in name:
        last, first = name.split(",", 1)
        if first.strip() and last.strip():
            return first.split(), last.split()
    return None


def reorder(name):
    parts = person_parts(name)
    if not parts:
        return None
    given, surnames = parts
    return " ".join(given + surnames)


def accents(name):
    out, changed = [], False
    for c in name:
        lc = c.lower()
        if lc in ACCENT and not changed and rng.random() < 0.3:
            a = ACCENT[lc]
            out.append(a.upper() if c.isupper() else a)
            changed = True
        else:
            out.append(c)
    return "".join(out) if changed else None


def particles(name):
    ws = name.split(" ")
    if any(w.lower() in PARTICLES for w in ws):
        kept = [w for w in ws if w.lower() not in PARTICLES]
        return " ".join(kept) if len(kept) >= 2 else None
    parts = person_parts(name)
    if parts and len(parts[1]) == 2:
        return " ".join(parts[0]) + " " + parts[1][0] + " y " + parts[1][1]
    return None


def partial(name):
    # a person with two surnames ("First LAST1 LAST2"): the given names and the first surname
    parts = person_parts(name)
    if not parts or len(parts[1]) != 2:
        return None
    return " ".join(parts[0]) + " " + parts[1][0]


DIGRAPHS = [("shch", "щ"), ("sh", "ш"), ("ch", "ч"), ("kh", "х"), ("zh", "ж"), ("ts", "ц"), ("ya", "я"), ("yu", "ю"),
            ("yo", "ё"), ("ye", "е")]
SINGLE = {"a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "z": "з", "i": "и", "k": "к", "l": "л", "m": "м",
          "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "f": "ф", "h": "х", "y": "й", "w": "в",
          "q": "к", "x": "кс", "j": "дж"}


def cyrillic(name):
    """The name as someone would type it in Cyrillic, by inverse BGN/PCGN rules (c by its sound)."""
    w = fold(name)
    if not all(c.isascii() for c in w) or not any(c.isalpha() for c in w):
        return None
    out, i = [], 0
    while i < len(w):
        for lat, cyr in DIGRAPHS:
            if w.startswith(lat, i):
                out.append(cyr)
                i += len(lat)
                break
        else:
            c = w[i]
            if c == "c":
                out.append("с" if i + 1 < len(w) and w[i + 1] in "eiy" else "к")
            else:
                out.append(SINGLE.get(c, c))
            i += 1
    return "".join(out)


def individuals(sdn_csv, known):
    """Persons of the SDN CSV ("LAST, First") that the names file also lists."""
    out = []
    for row in csv.reader(open(sdn_csv, encoding="latin-1")):
        if len(row) > 2 and row[2].strip() == "individual" and "ofac-" + row[0] in known:
            out.append(("ofac-" + row[0], row[1]))
    return out


def main():
    parties = load(sys.argv[1])
    known = {p for p, _, _ in parties}
    name_bags = set()
    for _, _, names in parties:
        for n in names:
            name_bags.add(frozenset(words(n)) - ORG_BAG)
    rows = []
    sample = rng.sample(parties, 600)
    makers = [("typo", typo), ("accents", accents), ("particles", particles), ("transliteration", cyrillic)]
    for pid, primary, names in sample:
        aliases = [n for n in names if n != primary]
        if aliases and rng.random() < 0.3:
            rows.append((rng.choice(aliases), pid, "alias"))
        for kind, maker in rng.sample(makers, len(makers)):
            v = maker(primary)
            if v and v != primary:
                rows.append((v, pid, kind))
                break
    person_makers = [("reordered", reorder), ("typo", typo), ("accents", accents), ("particles", particles),
                     ("partial", partial)]
    for pid, name in rng.sample(individuals(sys.argv[2], known), 300):
        for kind, maker in rng.sample(person_makers, len(person_makers)):
            v = maker(name)
            if v and v != name:
                rows.append((v, pid, kind))
                break
    # negatives: real given names and surnames recombined into names no party has
    persons = [(p, n) for p, n in individuals(sys.argv[2], known) if len(n.split(",")[0].split()) == 2]
    firsts = [n.split(",")[1].split()[0] for _, n in persons if n.split(",")[1].split()]
    lasts = [w for _, n in persons for w in n.split(",")[0].split()]
    orgs = [n for _, n, _ in parties if "," not in n and len(n.split()) >= 3]
    org_words = [w for n in orgs for w in n.split() if fold(w) not in ORG_WORDS and len(w) > 3]
    negatives = 0
    while negatives < 200:
        if negatives % 2 == 0:
            v = "%s %s %s" % (rng.choice(firsts), rng.choice(lasts), rng.choice(lasts))
        else:
            v = "%s %s %s" % (rng.choice(org_words), rng.choice(org_words), rng.choice(["S.A. de C.V.", "LLC", "Ltda.", "Group"]))
        bag = frozenset(words(v)) - ORG_BAG
        if any(bag <= b or b <= bag for b in name_bags if len(b & bag) >= 2):
            continue
        rows.append((v, "", "non-match"))
        negatives += 1
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["query", "expected", "kind"])
    for r in rows:
        w.writerow(r)


main()
