"""Loads what `plasticity export` wrote with numpy and compares it with the checkpoint.

Usage: check_numpy.py EXPECTED_JSON EXPORT_DIR...

EXPECTED_JSON lists, per array, the checkpoint's values as the Java side read them (a raw
little-endian float32 file) and the shape the network gives it. Every export directory's
manifest.json must list exactly those arrays (its optimizer state only if it has any), and
every file it names must load with numpy as float32, C order, that shape and those values.
Exits 1 with one line per mismatch.
"""
import json
import os
import sys

import numpy as np


def load(export_dir, variant, entry):
    if "npz" in variant:
        with np.load(os.path.join(export_dir, variant["npz"])) as archive:
            return archive[entry["key"]]
    return np.load(os.path.join(export_dir, entry["file"]))


def main():
    expected = json.load(open(sys.argv[1]))
    problems = []
    checked = 0
    for export_dir in sys.argv[2:]:
        manifest = json.load(open(os.path.join(export_dir, "manifest.json")))
        with_state = manifest["optimizerState"]
        wanted = {(e["variant"], e["parameter"], e["slot"]): e for e in expected
                  if with_state or e["slot"] is None}
        found = set()
        for variant in manifest["variants"]:
            for entry in variant["arrays"]:
                key = (variant["name"], entry["parameter"], entry.get("optimizerState"))
                found.add(key)
                if key not in wanted:
                    problems.append(f"{export_dir}: {key} is exported but not in the checkpoint")
                    continue
                want = wanted[key]
                a = load(export_dir, variant, entry)
                ref = np.fromfile(want["raw"], dtype="<f4").reshape(want["shape"])
                if a.dtype != np.float32 or not a.flags.c_contiguous:
                    problems.append(f"{export_dir}: {key}: dtype {a.dtype}, C order {a.flags.c_contiguous}")
                elif list(a.shape) != want["shape"]:
                    problems.append(f"{export_dir}: {key}: shape {a.shape}, the network's {want['shape']}")
                elif not np.array_equal(a, ref):
                    problems.append(f"{export_dir}: {key}: values differ from the checkpoint's")
                checked += 1
        for key in sorted(set(wanted) - found, key=str):
            problems.append(f"{export_dir}: {key} is in the checkpoint but not exported")
    for p in problems:
        print(p)
    print(f"numpy {np.__version__}: {checked} arrays checked, {len(problems)} problems")
    sys.exit(1 if problems or checked == 0 else 0)


if __name__ == "__main__":
    main()
