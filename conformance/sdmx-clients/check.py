"""Reads a running lmip with the two Python SDMX clients, sdmx1 and pysdmx, as their users would.

Usage: check.py BASE_URL   (e.g. http://127.0.0.1:8080/sdmx/2.1)

For every built-in dataflow: the structure (with references=all) must validate against the
official SDMX 2.1 XSDs (pysdmx validate=True) and read with sdmx1, with the dimensions, code lists
and concepts lmip defines. Exits non-zero with a message on the first difference.
"""

import sys
import urllib.request

import sdmx
from pysdmx.io import read_sdmx

BASE = sys.argv[1].rstrip("/")

# What lmip defines (crates/lmip-stats/src/builtin.rs); a change there must be made here too.
FLOWS = {
    "MIG_STOCK": ("DSD_MIG", ["FREQ", "REF_AREA", "COUNTERPART_AREA", "SEX"]),
    "MIG_OUTFLOW": ("DSD_MIG", ["FREQ", "REF_AREA", "COUNTERPART_AREA", "SEX"]),
    "MIG_INFLOW": ("DSD_MIG", ["FREQ", "REF_AREA", "COUNTERPART_AREA", "SEX"]),
    "MIG_RETURN": ("DSD_MIG", ["FREQ", "REF_AREA", "COUNTERPART_AREA", "SEX"]),
    "REMIT": ("DSD_REMIT", ["FREQ", "REF_AREA", "COUNTERPART_AREA"]),
    "COMPLAINTS": ("DSD_COMPLAINTS", ["FREQ", "REF_AREA", "COUNTERPART_AREA", "COMPLAINT_CATEGORY"]),
}
ATTRIBUTES = ["UNIT_MEASURE", "UNIT_MULT", "SOURCE", "OBS_STATUS", "NOTE"]


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def get(path):
    with urllib.request.urlopen(BASE + path, timeout=30) as r:
        return r.read().decode("utf-8")


def check_pysdmx():
    for flow, (dsd_id, dims) in FLOWS.items():
        msg = read_sdmx(get(f"/dataflow/LMIP/{flow}/latest?references=all"), validate=True)
        kinds = {type(s).__name__ for s in msg.structures}
        for kind in ("Dataflow", "DataStructureDefinition", "Codelist", "ConceptScheme"):
            if kind not in kinds:
                fail(f"pysdmx: {flow} with references=all lacks a {kind}: {sorted(kinds)}")
        dsds = [s for s in msg.structures if type(s).__name__ == "DataStructureDefinition"]
        if [d.id for d in dsds] != [dsd_id]:
            fail(f"pysdmx: {flow} should use {dsd_id}, got {[d.id for d in dsds]}")
        got = [c.id for c in dsds[0].components.dimensions]
        if got != dims + ["TIME_PERIOD"]:
            fail(f"pysdmx: {dsd_id} dimensions {got}")
        got = [c.id for c in dsds[0].components.attributes]
        if got != ATTRIBUTES:
            fail(f"pysdmx: {dsd_id} attributes {got}")
        print(f"pysdmx: {flow} validates against the SDMX 2.1 XSDs and reads ({len(msg.structures)} structures)")
    for path in ("/codelist", "/conceptscheme", "/datastructure", "/dataflow?detail=allstubs"):
        read_sdmx(get(path), validate=True)
        print(f"pysdmx: {path} validates")


def check_sdmx1():
    sdmx.add_source({"id": "LMIP", "url": BASE, "name": "lmip"}, override=True)
    client = sdmx.Client("LMIP")
    flows = client.dataflow()
    if sorted(flows.dataflow.keys()) != sorted(FLOWS):
        fail(f"sdmx1: dataflows {sorted(flows.dataflow.keys())}")
    for flow, (dsd_id, dims) in FLOWS.items():
        msg = client.dataflow(flow)
        dsd = msg.structure[dsd_id]
        got = [d.id for d in dsd.dimensions]
        if got != dims + ["TIME_PERIOD"]:
            fail(f"sdmx1: {dsd_id} dimensions {got}")
        for d in dsd.dimensions:
            if d.id == "TIME_PERIOD":
                continue
            codes = d.local_representation.enumerated
            if codes is None or len(codes) == 0:
                fail(f"sdmx1: {flow}.{d.id} has no codes")
        area = msg.codelist["CL_AREA"]
        if "TH" not in area or "_T" not in area:
            fail("sdmx1: CL_AREA lacks TH or _T")
        print(f"sdmx1: {flow} reads, {len(area)} areas")


check_pysdmx()
check_sdmx1()
print("OK: sdmx1 and pysdmx read every built-in dataflow's structure")
