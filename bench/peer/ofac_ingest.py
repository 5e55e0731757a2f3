#!/usr/bin/env python3
"""The peer an analyst would otherwise write: OFAC's sdn.csv into SQLite with Python's stdlib.

It does comparable statement-level work to `corridor ingest` (a hashed statement per value,
programs, remark clauses, Linked To ties resolved by name, one transaction) but no value
cleaning, no typed remark parsing and no labels, so it is a generous peer.
Usage: ofac_ingest.py SDN_CSV DATABASE
"""
import csv
import hashlib
import sqlite3
import sys
from datetime import datetime, timezone


def sid(*parts):
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def main(path, db):
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    source = "sdn.csv"
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("""CREATE TABLE IF NOT EXISTS statement (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
        entity_id TEXT NOT NULL, schema TEXT, property TEXT, value TEXT, source TEXT, location TEXT,
        first_seen TEXT, last_seen TEXT)""")
    con.execute("CREATE INDEX IF NOT EXISTS statement_entity ON statement (entity_id)")
    rows, names, links = [], {}, []

    def add(entity, schema, prop, value, line):
        rows.append((sid(source, entity, schema, prop, value, ""), entity, schema, prop, value, source,
                     f"line {line}", now, now))

    with open(path, encoding="latin-1", newline="") as f:
        for line, rec in enumerate(csv.reader(f, skipinitialspace=True), start=1):
            if len(rec) != 12:
                continue
            rec = [None if v.strip() == "-0-" else v.strip() for v in rec]
            ent = "ofac-" + rec[0]
            schema = {"individual": "Person", "vessel": "Vessel", "aircraft": "Airplane"}.get(rec[2], "Organization")
            add(ent, schema, "id", ent, line)
            add(ent, schema, "name", rec[1], line)
            names[rec[1].upper()] = ent
            add(ent + "-sdn", "Sanction", "id", ent + "-sdn", line)
            add(ent + "-sdn", "Sanction", "entity", ent, line)
            for program in (rec[3] or "").split("] ["):
                if program:
                    add(ent + "-sdn", "Sanction", "program", program.strip("[]"), line)
            for clause in (rec[11] or "").rstrip(".").split("; "):
                if clause.startswith("Linked To: "):
                    links.append((ent, clause[11:].upper().rstrip("."), line))
                elif clause:
                    add(ent, schema, "notes", clause, line)
    for ent, name, line in links:
        target = names.get(name)
        if target:
            tie = f"ofac-link-{ent[5:]}-{target[5:]}"
            add(tie, "UnknownLink", "id", tie, line)
            add(tie, "UnknownLink", "subject", ent, line)
            add(tie, "UnknownLink", "object", target, line)
    with con:
        con.executemany("INSERT OR IGNORE INTO statement (id, entity_id, schema, property, value, source, location, "
                        "first_seen, last_seen) VALUES (?,?,?,?,?,?,?,?,?)", rows)
    con.close()
    print(len(rows))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
