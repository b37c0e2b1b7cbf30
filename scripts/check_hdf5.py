#!/usr/bin/env python3
"""Reads the harness's HDF5 files with h5py (a real client) and checks the documented layout.

Usage: check_hdf5.py RESULTS_DIR/EXPERIMENT [MODEL_FILE ...]
Checks every run file under runs/, the summary file and the model files named (shipped models:
Results/<experiment>/models/<run>.h5, no data); prints one line per check and
"N passed, M failed"; exits 1 on any failure.
"""
import json
import pathlib
import sys

import h5py
import numpy as np

passed = failed = 0


def check(ok, what):
    global passed, failed
    print(("PASS  " if ok else "FAIL  ") + what)
    if ok:
        passed += 1
    else:
        failed += 1


def text(v):
    return v.decode() if isinstance(v, bytes) else str(v)


def check_model_file(path):
    """A shipped model file: provenance, manifest, one run with its model tensors and no data."""
    path = pathlib.Path(path)
    with h5py.File(path, "r") as f:
        for key in ("program", "version", "git_commit", "kind", "experiment", "source_run_file", "model_sha256"):
            check(key in f.attrs, f"{path}: root attribute {key}")
        check(text(f.attrs.get("kind", "")) == "model", f"{path}: kind = model")
        manifest = json.loads(text(f["manifest"][()]))
        check("name" in manifest and "task" in manifest, f"{path}: /manifest is the resolved manifest")
        names = list(f["runs"].keys())
        check(len(names) == 1, f"{path}: exactly one run")
        run = f["runs"][names[0]]
        check("data" not in run and "predictions" not in run, f"{path}: no data or predictions")
        model = run["model"]
        weights = [model[k][()] for k in model.keys()]
        check(len(weights) > 0 and all(w.dtype == np.float32 and np.isfinite(w).all() for w in weights),
              f"{path}: model parameters float32 and finite ({len(weights)})")
        for key in ("task", "generator", "input_axis", "label_names", "architecture", "preprocessing"):
            check(key in model.attrs, f"{path}: model attribute {key}")
        config = json.loads(text(run["config"][()]))
        check("data" in config and "generator" in config["data"], f"{path}: /runs/{names[0]}/config holds the data settings")


def main(experiment, models=()):
    for m in models:
        check_model_file(m)
    exp = pathlib.Path(experiment)
    runs = sorted((exp / "runs").glob("*.h5"))
    check(len(runs) > 0, f"{exp}/runs holds run files ({len(runs)})")
    for path in runs:
        with h5py.File(path, "r") as f:
            for key in ("program", "version", "git_commit", "created", "manifest_sha256", "profile"):
                check(key in f.attrs, f"{path.name}: root attribute {key}")
            manifest = json.loads(text(f["manifest"][()]))
            check("name" in manifest and "task" in manifest, f"{path.name}: /manifest is the resolved manifest")
            axis = f["axis"][()]
            check(axis.dtype == np.float64 and np.all(np.diff(axis) > 0), f"{path.name}: /axis float64 ascending")
            check(text(f["axis"].attrs["units"]) == "eV", f"{path.name}: /axis units eV")
            names = list(f["runs"].keys())
            check(len(names) == 1, f"{path.name}: exactly one run")
            run = f["runs"][names[0]]
            spectra, labels, predictions = run["data/test/spectra"], run["data/test/labels"], run["predictions/test"]
            check(spectra.dtype == np.float32 and spectra.shape[1] == axis.shape[0], f"{path.name}: test spectra [N, L] float32")
            check(spectra.chunks is not None and spectra.compression == "gzip" and spectra.shuffle,
                  f"{path.name}: test spectra chunked, shuffle + gzip")
            check(labels.shape[0] == spectra.shape[0] and predictions.shape == labels.shape, f"{path.name}: labels and predictions [N, K]")
            check(np.isfinite(predictions[()]).all(), f"{path.name}: predictions finite")
            model = run["model"]
            check(len(model.keys()) > 0 and all(model[k].dtype == np.float32 for k in model.keys()),
                  f"{path.name}: model parameters float32 by name ({len(model.keys())})")
            for key in ("task", "generator", "input_axis", "label_names", "architecture", "preprocessing"):
                check(key in model.attrs, f"{path.name}: model attribute {key}")
            history = run["history"]
            lengths = {k: history[k].shape[0] for k in ("train_loss", "val_loss", "val_metric", "learning_rate", "seconds")}
            check(len(set(lengths.values())) == 1, f"{path.name}: history series of equal length {lengths}")
            result = json.loads(text(run["metrics/result"][()]))
            check(result["metricName"] in run["metrics"].attrs, f"{path.name}: headline metric attribute {result['metricName']}")
    summary = exp / f"{exp.name}.h5"
    check(summary.exists(), f"{summary.name} exists")
    if summary.exists():
        with h5py.File(summary, "r") as f:
            for name in f["runs"].keys():
                link = f["runs"].get(name, getlink=True)
                check(isinstance(link, h5py.ExternalLink), f"{summary.name}: runs/{name} is an external link")
                check("metrics" in f["runs"][name], f"{summary.name}: runs/{name} resolves")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2:]))
