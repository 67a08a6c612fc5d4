"""Reads a running lmip with the two Python SDMX clients, sdmx1 and pysdmx, as their users would.

Usage: check.py BASE_URL   (e.g. http://127.0.0.1:8080/sdmx/2.1)

For every built-in dataflow: the structure (with references=all) must validate against the
official SDMX 2.1 XSDs (pysdmx validate=True) and read with sdmx1, with the dimensions, code lists
and concepts lmip defines. Exits non-zero with a message on the first difference.
"""

import csv
import sys
import urllib.request

import sdmx
from pysdmx.io import read_sdmx

BASE = sys.argv[1].rstrip("/")
# The file run.sh imported before starting lmip (ILOSTAT bulk layout, see outflow.csv).
IMPORTED = sys.argv[2] if len(sys.argv) > 2 else None
ALPHA2 = {"KHM": "KH", "LAO": "LA", "IDN": "ID", "THA": "TH", "KOR": "KR", "MYS": "MY", "HKG": "HK"}
SEX = {"SEX_T": "_T", "SEX_F": "F", "SEX_M": "M"}

# What lmip defines (crates/lmip-stats/src/builtin.rs); a change there must be made here too.
# The flow conformance/sdmx-clients/operator-structure.xml adds.
OPERATOR_FLOW = "DF_PDO_GRADUATES"

FLOWS = {
    "MIG_STOCK": ("DSD_MIG", ["FREQ", "REF_AREA", "COUNTERPART_AREA", "SEX"]),
    "MIG_OUTFLOW": ("DSD_MIG", ["FREQ", "REF_AREA", "COUNTERPART_AREA", "SEX"]),
    "MIG_INFLOW": ("DSD_MIG", ["FREQ", "REF_AREA", "COUNTERPART_AREA", "SEX"]),
    "MIG_RETURN": ("DSD_MIG", ["FREQ", "REF_AREA", "COUNTERPART_AREA", "SEX"]),
    "REMIT": ("DSD_REMIT", ["FREQ", "REF_AREA", "COUNTERPART_AREA"]),
    "COMPLAINTS": ("DSD_COMPLAINTS", ["FREQ", "REF_AREA", "COUNTERPART_AREA", "COMPLAINT_CATEGORY", "RESPONDENT_KIND", "CASE_OUTCOME"]),
}
ATTRIBUTES = ["UNIT_MEASURE", "UNIT_MULT", "SOURCE", "OBS_STATUS", "NOTE"]


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def get(path, accept=None):
    request = urllib.request.Request(BASE + path, headers={"Accept": accept} if accept else {})
    with urllib.request.urlopen(request, timeout=30) as r:
        return r.read().decode("utf-8")


def expected():
    """(REF_AREA, COUNTERPART_AREA, SEX, year) -> value, from the imported file."""
    out = {}
    with open(IMPORTED, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (ALPHA2[row["ref_area"]], ALPHA2[row["classif1"].split("_")[-1]], SEX[row["sex"]], row["time"])
            out[key] = float(row["obs_value"])
    return out


def compare(client, fmt, got):
    want = expected()
    if got != want:
        missing = sorted(set(want) - set(got))[:5]
        extra = sorted(set(got) - set(want))[:5]
        wrong = sorted(k for k in set(want) & set(got) if want[k] != got[k])[:5]
        fail(f"{client} {fmt}: values differ; missing {missing}, extra {extra}, wrong {wrong}")
    print(f"{client}: {fmt}: {len(got)} observations equal to the imported file, value by value")


def frame_values(df):
    """Values of a pandas frame with dimension columns, as compare() wants them."""
    got = {}
    for _, r in df.iterrows():
        got[(r["REF_AREA"], r["COUNTERPART_AREA"], r["SEX"], str(r["TIME_PERIOD"]))] = float(r["OBS_VALUE"])
    return got


def check_data_pysdmx():
    formats = {
        "SDMX-ML 2.1 generic": "application/vnd.sdmx.genericdata+xml;version=2.1",
        "SDMX-ML 2.1 structure-specific": "application/vnd.sdmx.structurespecificdata+xml;version=2.1",
        "SDMX-CSV 1.0": "application/vnd.sdmx.data+csv;version=1.0.0",
        "SDMX-CSV 2.0": "application/vnd.sdmx.data+csv;version=2.0.0",
    }
    structure = read_sdmx(get("/dataflow/LMIP/MIG_OUTFLOW/latest?references=all"), validate=True)
    for name, accept in formats.items():
        text = get("/data/MIG_OUTFLOW/all", accept)
        msg = read_sdmx(text, validate=accept.endswith("2.1"))
        datasets = msg.get_datasets() if hasattr(msg, "get_datasets") else msg.data
        frames = [ds.data for ds in datasets]
        if len(frames) != 1:
            fail(f"pysdmx {name}: {len(frames)} datasets")
        compare("pysdmx", name, frame_values(frames[0]))
    del structure


def check_data_sdmx1():
    client = sdmx.Client("LMIP")
    # A dict key: sdmx1 reads the structure first, then asks for structure-specific data.
    msg = client.data("MIG_OUTFLOW", key={"REF_AREA": ["KH", "LA", "ID"]})
    df = sdmx.to_pandas(msg).reset_index()
    df.columns = [str(c) for c in df.columns]
    df = df.rename(columns={"value": "OBS_VALUE"})
    compare("sdmx1", "structure-specific (dict key)", frame_values(df))
    # Generic data, the SDMX 2.1 default.
    text = get("/data/MIG_OUTFLOW/all", "application/vnd.sdmx.genericdata+xml;version=2.1")
    msg = sdmx.read_sdmx(__import__("io").BytesIO(text.encode("utf-8")))
    df = sdmx.to_pandas(msg).reset_index()
    df.columns = [str(c) for c in df.columns]
    df = df.rename(columns={"value": "OBS_VALUE"})
    compare("sdmx1", "generic", frame_values(df))
    # SDMX-JSON 1.0, which sdmx1 reads (pysdmx does not).
    text = get("/data/MIG_OUTFLOW/all", "application/vnd.sdmx.data+json;version=1.0.0")
    msg = sdmx.read_sdmx(__import__("io").BytesIO(text.encode("utf-8")), format="JSON")
    df = sdmx.to_pandas(msg).reset_index()
    df.columns = [str(c) for c in df.columns]
    df = df.rename(columns={"value": "OBS_VALUE"})
    compare("sdmx1", "SDMX-JSON 1.0", frame_values(df))


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
    if sorted(flows.dataflow.keys()) != sorted(list(FLOWS) + [OPERATOR_FLOW]):
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


def check_operator_structure():
    """The operator's own table, imported from conformance/sdmx-clients/operator-structure.xml."""
    msg = read_sdmx(get(f"/dataflow/all/{OPERATOR_FLOW}/latest?references=all"), validate=True)
    dsds = [s for s in msg.structures if type(s).__name__ == "DataStructureDefinition"]
    if [d.id for d in dsds] != ["DSD_PDO"]:
        fail(f"pysdmx: {OPERATOR_FLOW} should use DSD_PDO, got {[d.id for d in dsds]}")
    got = [c.id for c in dsds[0].components.dimensions]
    if got != ["FREQ", "PROVINCE", "SEX", "TIME_PERIOD"]:
        fail(f"pysdmx: DSD_PDO dimensions {got}")
    print(f"pysdmx: the operator's {OPERATOR_FLOW} validates against the SDMX 2.1 XSDs")
    client = sdmx.Client("LMIP")
    m = client.dataflow(OPERATOR_FLOW)
    provinces = m.codelist["CL_PROVINCE"]
    if sorted(provinces) != ["KH-12", "KH-2"]:
        fail(f"sdmx1: CL_PROVINCE {sorted(provinces)}")
    if str(provinces["KH-2"].name.localizations.get("km")) != "បាត់ដំបង":
        fail("sdmx1: CL_PROVINCE lost its Khmer names")
    print(f"sdmx1: the operator's {OPERATOR_FLOW} reads, with its Khmer names")


check_pysdmx()
check_sdmx1()
check_operator_structure()
print("OK: sdmx1 and pysdmx read every built-in dataflow's structure and an operator's own")
if IMPORTED:
    check_data_pysdmx()
    check_data_sdmx1()
    print("OK: sdmx1 and pysdmx read the imported data in every format each supports")
