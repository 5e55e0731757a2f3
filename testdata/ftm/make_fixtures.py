#!/usr/bin/env python3
"""Writes Corridor's own FollowTheMoney test fixtures, deterministically.

Every person, company and place here is invented for Corridor's tests (GPL-3.0-or-later, like the
project). They take the place of the OpenSanctions-derived samples, which are CC BY-NC 4.0 and so
cannot ship in this repository, and they keep the shapes those samples exercised: entities merged
from several datasets (``datasets``, ``referents``), ``first_seen``/``last_seen``/``last_change``,
``target``, names in several scripts, and every relationship schema a round trip must carry
(Ownership, Directorship, Family, Sanction, Passport, Address).

Run from this folder: ``python3 make_fixtures.py`` rewrites ``small_sample.ftm.jsonl`` and
``ownership_cluster.ftm.jsonl``. The output is sorted and uses no randomness, so a rerun gives the
same bytes.
"""
import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def ident(prefix, *parts):
    return prefix + "-" + hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:20]


def entity(eid, schema, props, caption=None, datasets=None, referents=None, seen=None, target=None):
    out = {"id": eid, "caption": caption or (props.get("name") or props.get("full") or [eid])[0],
           "schema": schema, "properties": props}
    if referents:
        out["referents"] = sorted(referents)
    if datasets:
        out["datasets"] = sorted(datasets)
    if seen:
        out["first_seen"], out["last_seen"], out["last_change"] = seen
    if target is not None:
        out["target"] = target
    return out


def small_sample():
    """Seven entities (Person 4, Organization 2, Address 1), the shape of a screening index fixture."""
    addr = ident("addr", "Avenida Balboa 1200, Panama")
    rows = [
        entity("cx-org-harbour", "Organization", {
            "name": ["Harbour Crest Trading", "Harbour Crest Trading Ltd", "Торговый дом «Харбор Крест»",
                     "Εταιρεία Harbour Crest"],
            "country": ["pa"], "topics": ["sanction"], "createdAt": ["2019-03-11"],
            "registrationNumber": ["PA-155-2291"], "addressEntity": [addr],
            "notes": ["Invented for Corridor's tests"]},
            datasets=["cx_list_a"], referents=["cxa-0091", "cxb-org-17"],
            seen=("2023-04-20T18:00:25", "2024-06-01T10:57:03", "2023-07-26T20:01:14"), target=True),
        entity("cx-org-levante", "Organization", {
            "name": ["Levante Seafreight Cooperative"], "country": ["ec"], "topics": ["sanction"]},
            datasets=["cx_list_b"], referents=["cxb-org-18"],
            seen=("2023-09-02T08:15:00", "2024-06-01T10:57:03", "2023-09-02T08:15:00"), target=True),
        entity("cx-person-orlov", "Person", {
            "name": ["Ilario Venn Orlovsky", "Иларио Венн Орловский"], "firstName": ["Ilario"],
            "lastName": ["Orlovsky"], "birthDate": ["1971-05-14"], "nationality": ["pa"],
            "gender": ["male"], "topics": ["sanction"], "position": ["Director, Harbour Crest Trading"]},
            datasets=["cx_list_a", "cx_list_b"], referents=["cxa-0092", "cxb-per-55"],
            seen=("2024-02-26T16:57:25", "2024-06-01T10:57:03", "2024-03-01T09:00:00"), target=True),
        entity("cx-person-quill", "Person", {
            "name": ["Marisol Quillabamba Teran"], "firstName": ["Marisol"], "lastName": ["Quillabamba Teran"],
            "birthDate": ["1983"], "nationality": ["ec"], "gender": ["female"], "topics": ["sanction"]},
            datasets=["cx_list_b"], referents=["cxb-per-56"],
            seen=("2023-09-02T08:15:00", "2024-06-01T10:57:03", "2023-09-02T08:15:00"), target=True),
        entity("cx-person-abara", "Person", {
            "name": ["Tobenna Abara-Whitcombe"], "alias": ["Toby Whitcombe"], "birthDate": ["1966-11"],
            "nationality": ["gb"], "topics": ["role.pep"]},
            datasets=["cx_peps"], referents=["cxp-301"],
            seen=("2022-01-05T00:00:00", "2024-05-30T12:00:00", "2022-01-05T00:00:00"), target=False),
        entity("cx-person-renko", "Person", {
            "name": ["Aurelio Renko Batista"], "birthPlace": ["Colón"], "country": ["pa"]},
            datasets=["cx_list_a"], referents=["cxa-0093"],
            seen=("2023-04-20T18:00:25", "2024-06-01T10:57:03", "2023-04-20T18:00:25"), target=True),
        entity(addr, "Address", {
            "full": ["Avenida Balboa 1200, Panama"], "street": ["Avenida Balboa 1200"], "city": ["Panama"],
            "country": ["pa"]}, datasets=["cx_list_a"], referents=["cxa-addr-7"]),
    ]
    return rows


def cluster():
    """One listed company with the owners, directors, relatives, sanctions and places around it."""
    rows = []
    datasets_pool = ["cx_list_a", "cx_list_b", "cx_list_c", "cx_registry_pa", "cx_registry_ec", "cx_leaks"]
    seen = ("2023-04-20T18:00:25", "2026-05-01T06:00:00", "2025-11-03T10:20:00")

    def addr(full, street, city, country, postal=None, region=None, pobox=None):
        props = {"full": [full], "street": [street], "city": [city], "country": [country]}
        if postal:
            props["postalCode"] = [postal]
        if region:
            props["region"] = [region]
        if pobox:
            props["postOfficeBox"] = [pobox]
        eid = ident("addr", full)
        rows.append(entity(eid, "Address", props, datasets=[datasets_pool[3]], referents=[ident("ref", full)]))
        return eid

    hq = addr("Calle 50 y Aquilino de la Guardia, Torre Vela 14, Panama", "Calle 50, Torre Vela 14", "Panama",
              "pa", postal="0816", region="Panamá")
    quay = addr("Muelle 3, Puerto Bolivar, Machala", "Muelle 3", "Machala", "ec", region="El Oro")
    box = addr("Apartado 0832-2291, Panama", "Apartado 0832-2291", "Panama", "pa", pobox="0832-2291")

    companies = []
    names = [
        ("Vela Austral Logistics S.A.", ["Vela Austral", "VAL Logistics"], "pa", hq, ["Торговая компания «Вела Аустрал»"]),
        ("Naviera Punta Gorda C.A.", ["Punta Gorda Shipping"], "ec", quay, []),
        ("Orchid Reef Holdings Ltd", [], "vg", box, ["兰礁控股有限公司"]),
        ("Marea Baja Fisheries S.R.L.", ["Marea Baja"], "ec", quay, []),
        ("Cobalt Tide Freight LLC", ["Cobalt Tide"], "us", None, []),
        ("Silverline Bunkering S.A.", [], "pa", hq, []),
        ("Estero Verde Agroexport S.A.", ["Estero Verde"], "ec", None, []),
        ("Halcon Gris Inversiones S.A.", [], "pa", box, []),
        ("Brisa Cargo Services Ltd", [], "gb", None, []),
        ("Ancla Roja Consulting S.A.S.", [], "co", None, []),
        ("Tierra Firme Port Agency C.A.", [], "ec", quay, []),
    ]
    for i, (name, aliases, country, address, scripts) in enumerate(names):
        props = {"name": [name] + scripts, "country": [country], "jurisdiction": [country],
                 "incorporationDate": ["20%02d-%02d-%02d" % (8 + i, 1 + i % 12, 3 + i)],
                 "registrationNumber": ["CX-%05d" % (1200 + 37 * i)], "legalForm": [name.split()[-1]],
                 "status": ["Active" if i % 4 else "Dissolved"], "sourceUrl": ["https://registry.example.org/cx/%d" % i]}
        if aliases:
            props["alias"] = aliases
        if address:
            props["addressEntity"] = [address]
        if i % 4 == 0:
            props["dissolutionDate"] = ["2024-0%d-15" % (1 + i % 8)]
        if i == 0:
            props.update({"topics": ["sanction", "crime.traffick"], "programId": ["CX-TCO"], "website": ["velaaustral.example"],
                          "email": ["ops@velaaustral.example"], "phone": ["+5075550100"], "taxNumber": ["8-NT-2-22911"],
                          "weakAlias": ["VAL"], "abbreviation": ["VAL"], "summary": ["Freight forwarder listed in an invented regime"],
                          "notes": ["Invented for Corridor's tests"], "createdAt": ["2021-06-01"], "modifiedAt": ["2025-11-03"]})
        eid = ident("cx-co", name)
        ds = datasets_pool[: 1 + (i % 4)] if i < 4 else [datasets_pool[3 + i % 3]]
        rows.append(entity(eid, "Company", props, datasets=ds, referents=[ident("ref", name, d) for d in ds],
                           seen=seen, target=i < 3))
        companies.append(eid)

    people = []
    pnames = [
        ("Ilario Venn Orlovsky", "Ilario", "Orlovsky", "Vennovich", "1971-05-14", "pa", "male", ["Иларио Венн Орловский"]),
        ("Marisol Quillabamba Teran", "Marisol", "Quillabamba Teran", None, "1983", "ec", "female", []),
        ("Dario Quillabamba Teran", "Dario", "Quillabamba Teran", None, "1979-02", "ec", "male", []),
        ("Yelena Orlovskaya", "Yelena", "Orlovskaya", "Petrovna", "1974-09-30", "ru", "female", ["Елена Орловская"]),
        ("Cassius Mbeki-Laurent", "Cassius", "Mbeki-Laurent", None, "1988-12-01", "gb", "male", []),
        ("Ana Lucia Ferro Sanmiguel", "Ana Lucia", "Ferro Sanmiguel", None, "1969", "co", "female", []),
    ]
    for i, (name, first, last, father, born, nat, gender, scripts) in enumerate(pnames):
        props = {"name": [name] + scripts, "firstName": [first], "lastName": [last], "birthDate": [born],
                 "nationality": [nat], "citizenship": [nat], "gender": [gender], "country": [nat]}
        if father:
            props["fatherName"] = [father]
            props["middleName"] = [father]
        if i == 0:
            props.update({"alias": ["Ilario Orlov"], "previousName": ["Ilario Vennovich Orlov"], "title": ["Mr"],
                          "birthPlace": ["Colón"], "birthCountry": ["pa"], "position": ["Beneficial owner, Vela Austral Logistics"],
                          "passportNumber": ["PX0042117"], "idNumber": ["8-712-2201"], "taxNumber": ["8-712-2201-DV17"],
                          "topics": ["sanction"], "programId": ["CX-TCO"], "notes": ["Invented for Corridor's tests"],
                          "address": ["Torre Vela 14, Panama"], "addressEntity": [hq], "createdAt": ["2021-06-01"],
                          "modifiedAt": ["2025-11-03"], "sourceUrl": ["https://list.example.org/cx/0092"],
                          "uniqueEntityId": ["CXUEI0000092"], "innCode": ["770100220011"]})
        eid = ident("cx-per", name)
        ds = datasets_pool[: 2 + (i % 3)] if i < 3 else [datasets_pool[5]]
        rows.append(entity(eid, "Person", props, datasets=ds, referents=[ident("ref", name, d) for d in ds],
                           seen=seen, target=i < 2))
        people.append(eid)

    rows.append(entity(ident("cx-passport", "PX0042117"), "Passport", {"holder": [people[0]]}, datasets=["cx_list_a"]))

    owns = [(people[0], companies[0], "51", "2015-01-01", None), (people[3], companies[0], "24.5", "2016-07-01", "2024-01-31"),
            (companies[2], companies[0], "24.5", "2016-07-01", None), (people[0], companies[2], "100", "2014-03-01", None),
            (companies[0], companies[1], "60", "2017-05-05", None), (people[1], companies[1], "40", "2017-05-05", None),
            (companies[1], companies[3], "75", "2018-02-02", None), (people[2], companies[3], "25", "2018-02-02", None),
            (companies[0], companies[4], "100", "2019-09-09", None), (companies[2], companies[5], "50", "2020-01-01", None),
            (people[5], companies[5], "50", "2020-01-01", None), (companies[3], companies[6], "90", "2021-04-04", None),
            (companies[7], companies[8], "33", "2022-06-06", None), (people[4], companies[9], "100", "2022-10-10", None)]
    for owner, asset, pct, start, end in owns:
        props = {"owner": [owner], "asset": [asset], "percentage": [pct], "startDate": [start], "role": ["shareholder"],
                 "sharesCount": [str(int(float(pct) * 100))]}
        if end:
            props["endDate"] = [end]
        rows.append(entity(ident("cx-own", owner, asset), "Ownership", props, caption="ownership",
                           datasets=["cx_registry_pa"], seen=seen))

    for director, org, role, start in [(people[0], companies[0], "Chairman", "2015-01-01"),
                                       (people[1], companies[1], "General manager", "2017-05-05"),
                                       (people[4], companies[8], "Director", "2022-06-06")]:
        rows.append(entity(ident("cx-dir", director, org), "Directorship",
                           {"director": [director], "organization": [org], "role": [role], "startDate": [start],
                            "summary": ["Named in the invented registry extract"]}, caption=role,
                           datasets=["cx_registry_pa"], seen=seen))

    for person, relative, relationship in [(people[0], people[3], "spouse"), (people[1], people[2], "sibling"),
                                           (people[3], people[0], "spouse"), (people[2], people[1], "sibling")]:
        rows.append(entity(ident("cx-fam", person, relative), "Family",
                           {"person": [person], "relative": [relative], "relationship": [relationship]},
                           caption=relationship, datasets=["cx_leaks"], seen=seen))

    authorities = [("Invented Office of Sanctions A", "CX-TCO", "cx_list_a"), ("Invented Council B", "CXB-ORG-CRIME", "cx_list_b"),
                   ("Invented Ministry C", "CXC-2025", "cx_list_c")]
    listed = [companies[0], companies[1], companies[2], people[0], people[1]]
    for k, target in enumerate(listed):
        for j, (authority, program, ds) in enumerate(authorities):
            if (k + j) % 3 == 2 and k > 0:
                continue
            props = {"entity": [target], "authority": [authority], "program": ["Transnational crime " + program],
                     "programId": [program], "programUrl": ["https://list.example.org/programs/" + program.lower()],
                     "listingDate": ["2023-%02d-%02d" % (4 + j, 20 + k)], "startDate": ["2023-%02d-%02d" % (4 + j, 20 + k)],
                     "reason": ["Invented reason %d for Corridor's tests" % k], "country": ["pa" if j == 0 else "ec"],
                     "authorityId": ["%s-%04d" % (program, 90 + k)], "recordId": ["rec-%d-%d" % (k, j)],
                     "status": ["active"], "sourceUrl": ["https://list.example.org/%s/%d" % (ds, k)],
                     "provisions": ["Asset freeze"], "summary": ["Listed under " + program], "modifiedAt": ["2025-11-03"]}
            if j == 2:
                props["endDate"] = ["2025-12-31"]
                props["duration"] = ["2 years"]
            rows.append(entity(ident("cx-san", target, authority), "Sanction", props, caption=program,
                               datasets=[ds], seen=seen))
    return rows


def write(name, rows):
    rows = sorted(rows, key=lambda e: e["id"])
    with open(HERE / name, "w", encoding="utf-8", newline="\n") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    write("small_sample.ftm.jsonl", small_sample())
    write("ownership_cluster.ftm.jsonl", cluster())
