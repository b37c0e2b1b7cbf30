#!/usr/bin/env python3
"""Check the Swift engine's outputs, loss and gradients for M1–M4 against PyTorch.

    torch_check.py DIR          # DIR from `harness bench --export-reference DIR`
    torch_check.py --selftest   # check the checker with a PyTorch-made export

For each DIR/Mi.json + DIR/Mi.bin present, builds the PyTorch model, loads every "param/<key>"
(strict: all parameters and BatchNorm running stats, equal shapes), sets dropout p = 0 and
training mode, runs forward on "input" (requires_grad), the loss on "target/…", backward, and
compares with the exported values:

    metric = max|swift − torch| / max(max|torch|, 1e-12),   PASS if metric ≤ 1e-4

for every output, the loss, every parameter gradient, the input gradient and the BatchNorm
running stats after the step. One line per tensor, then "N passed, M failed"; exit status 1
on any failure or malformed export, 0 otherwise.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from torch_models import MODELS, as_outputs, build, set_dropout  # noqa: E402

TOLERANCE = 1e-4
"""Largest accepted max|swift − torch| / max|torch| per tensor."""

DENOMINATOR_FLOOR = 1e-12
"""Floor of the metric's denominator, so that an all-zero reference tensor needs exact zeros."""

TOP_LEVEL_KEYS = {"model", "batch", "input_shape", "bn_mode", "dropout", "tensors"}


class ReferenceFormatError(Exception):
    """An export that does not follow the format: names the file, the item, found and expected."""

    def __init__(self, file: Path, item: str, found: object, expected: str) -> None:
        shown = found if isinstance(found, str) else repr(found)
        super().__init__(f"{file}: {item}: found {shown}, expected {expected}")
        self.file, self.item, self.found, self.expected = file, item, found, expected


@dataclass
class Comparison:
    """Result for one tensor: the metric is NaN when the values could not be compared."""

    name: str
    shape: tuple[int, ...]
    metric: float
    note: str = ""

    @property
    def passed(self) -> bool:
        return not math.isnan(self.metric) and self.metric <= TOLERANCE


class Reference:
    """One model's export: the JSON index and the float32 tensors it names."""

    def __init__(self, directory: Path, key: str) -> None:
        self.json_path = directory / f"{key}.json"
        self.bin_path = directory / f"{key}.bin"
        self.key = key
        try:
            meta = json.loads(self.json_path.read_text())
        except json.JSONDecodeError as error:
            raise ReferenceFormatError(self.json_path, "JSON", str(error), "valid JSON") from None
        if not isinstance(meta, dict):
            raise ReferenceFormatError(self.json_path, "top level", type(meta).__name__, "an object")
        unknown = sorted(set(meta) - TOP_LEVEL_KEYS)
        missing = sorted(TOP_LEVEL_KEYS - set(meta))
        if unknown:
            raise ReferenceFormatError(self.json_path, "top-level keys", unknown,
                                       f"only {sorted(TOP_LEVEL_KEYS)}")
        if missing:
            raise ReferenceFormatError(self.json_path, "top-level keys", f"missing {missing}",
                                       f"all of {sorted(TOP_LEVEL_KEYS)}")
        spec = MODELS[key]
        self._expect(meta["model"] == key, "model", meta["model"], repr(key))
        batch = meta["batch"]
        self._expect(isinstance(batch, int) and batch >= 2, "batch", batch,
                     "an integer ≥ 2 (BatchNorm needs two samples)")
        self.batch = batch
        self._expect(meta["input_shape"] == [batch, 1, spec.input_length], "input_shape",
                     meta["input_shape"], str([batch, 1, spec.input_length]))
        self._expect(meta["bn_mode"] == "train", "bn_mode", meta["bn_mode"], "'train'")
        self._expect(meta["dropout"] == 0, "dropout", meta["dropout"], "0")

        if not self.bin_path.exists():
            raise ReferenceFormatError(self.bin_path, "file", "nothing", "the tensor blob")
        size = self.bin_path.stat().st_size
        self._expect(size % 4 == 0, "size of " + self.bin_path.name, size,
                     "a multiple of 4 bytes (float32)")
        blob = np.fromfile(self.bin_path, dtype="<f4")

        self.tensors: dict[str, np.ndarray] = {}
        index = meta["tensors"]
        self._expect(isinstance(index, dict), "tensors", type(index).__name__, "an object")
        for name, entry in index.items():
            item = f"tensors[{name!r}]"
            self._expect(isinstance(entry, dict) and set(entry) == {"shape", "offset", "count"},
                         item, entry, "an object with exactly shape, offset, count")
            shape, offset, count = entry["shape"], entry["offset"], entry["count"]
            self._expect(isinstance(shape, list) and all(isinstance(d, int) and d >= 0
                                                         for d in shape),
                         item + ".shape", shape, "a list of non-negative integers")
            self._expect(isinstance(offset, int) and offset >= 0, item + ".offset", offset,
                         "a non-negative float index")
            self._expect(count == math.prod(shape), item + ".count", count,
                         f"{math.prod(shape)} (the product of shape {shape})")
            self._expect(offset + count <= blob.size, item + ".offset + count", offset + count,
                         f"at most {blob.size} (floats in {self.bin_path.name})")
            self.tensors[name] = blob[offset:offset + count].reshape(shape)

    def _expect(self, condition: bool, item: str, found: object, expected: str) -> None:
        if not condition:
            raise ReferenceFormatError(self.json_path, item, found, expected)

    def require(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        """The tensor `name`, which must be present with exactly `shape`."""
        if name not in self.tensors:
            raise ReferenceFormatError(self.json_path, f"tensors[{name!r}]", "nothing",
                                       f"a tensor of shape {list(shape)}")
        value = self.tensors[name]
        self._expect(value.shape == tuple(shape), f"tensors[{name!r}].shape", list(value.shape),
                     str(list(shape)))
        return value


def metric(swift: np.ndarray, reference: np.ndarray, scale: np.ndarray | None = None) -> float:
    """max|swift − torch| / max(max|scale|, 1e-12), scale = torch by default; NaN if not finite."""
    s, t = swift.astype(np.float64), reference.astype(np.float64)
    scale = t if scale is None else scale.astype(np.float64)
    if s.size == 0:
        return 0.0
    if not (np.isfinite(s).all() and np.isfinite(t).all()):
        return math.nan
    return float(np.abs(s - t).max() / max(float(np.abs(scale).max()), DENOMINATOR_FLOOR))


def check_model(ref: Reference, dtype: torch.dtype) -> list[Comparison]:
    """Recompute one exported step in PyTorch and compare every exported result tensor."""
    spec = MODELS[ref.key]
    model = build(ref.key)
    state = model.state_dict()
    parameter_names = [name for name, _ in model.named_parameters()]
    stat_names = [k for k in state if k.endswith(("running_mean", "running_var"))]

    expected_names = {f"param/{k}" for k in parameter_names + stat_names}
    expected_names |= {"input", "loss", "grad/input"}
    expected_names |= {f"target/{i}" for i in range(len(spec.target_shapes(ref.batch)))}
    expected_names |= {f"output/{i}" for i in range(spec.output_count)}
    expected_names |= {f"grad/{k}" for k in parameter_names}
    expected_names |= {f"param_after/{k}" for k in stat_names}
    unknown = sorted(set(ref.tensors) - expected_names)
    if unknown:
        raise ReferenceFormatError(ref.json_path, "tensor names", unknown,
                                   f"only names of {ref.key}'s parameters and results")

    loaded = {}
    for k, value in state.items():
        if k.endswith("num_batches_tracked"):
            loaded[k] = value
        else:
            loaded[k] = torch.from_numpy(ref.require(f"param/{k}", tuple(value.shape)).copy())
    model.load_state_dict(loaded, strict=True)
    model = model.to(dtype)
    set_dropout(model, 0.0)
    model.train()

    x = torch.from_numpy(ref.require("input", (ref.batch, 1, spec.input_length)).copy())
    x = x.to(dtype).requires_grad_(True)
    targets = []
    for i, shape in enumerate(spec.target_shapes(ref.batch)):
        value = ref.require(f"target/{i}", shape)
        if spec.target_kind == "class_indices":
            if not (np.all(value == np.round(value)) and value.min() >= 0
                    and value.max() < spec.classes):
                raise ReferenceFormatError(ref.json_path, f"values of target/{i}",
                                           f"range [{value.min()}, {value.max()}]",
                                           f"integral class indices in [0, {spec.classes - 1}]")
            targets.append(torch.from_numpy(value.astype(np.int64)))
        else:
            if spec.target_kind == "multi_hot" and not np.isin(value, (0.0, 1.0)).all():
                raise ReferenceFormatError(ref.json_path, f"values of target/{i}",
                                           "values other than 0 and 1", "multi-hot {0, 1}")
            targets.append(torch.from_numpy(value.copy()).to(dtype))

    outputs = as_outputs(model(x))
    loss = spec.loss(outputs, targets)
    loss.backward()

    pairs: list[tuple[str, torch.Tensor]] = []
    pairs += [(f"output/{i}", o) for i, o in enumerate(outputs)]
    pairs.append(("loss", loss.reshape(1)))
    pairs += [(f"grad/{name}", p.grad) for name, p in model.named_parameters()]
    pairs.append(("grad/input", x.grad))
    after = model.state_dict()
    pairs += [(f"param_after/{k}", after[k]) for k in stat_names]

    zero_scale = {f"grad/{bias}": f"grad/{weight}" for bias, weight in spec.bias_before_batchnorm}
    computed = dict(pairs)
    results = []
    for name, value in pairs:
        reference = value.detach().to(torch.float64).numpy()
        if name not in ref.tensors:
            results.append(Comparison(name, reference.shape, math.nan, "missing from export"))
            continue
        swift = ref.tensors[name]
        if swift.shape != reference.shape:
            results.append(Comparison(name, reference.shape, math.nan,
                                      f"shape {list(swift.shape)} in export"))
            continue
        if name in zero_scale:
            # Zero in exact arithmetic: measure against the same layer's weight gradient.
            scale = computed[zero_scale[name]].detach().to(torch.float64).numpy()
            results.append(Comparison(name, reference.shape, metric(swift, reference, scale),
                                      f"bias before BatchNorm: scaled by max|{zero_scale[name]}|"))
            continue
        results.append(Comparison(name, reference.shape, metric(swift, reference)))
    return results


def run_check(directory: Path, models: list[str], dtype: torch.dtype) -> tuple[int, int]:
    """Check every model in `models` whose export is in `directory`; print; (passed, failed)."""
    passed = failed = 0
    present = [k for k in models if (directory / f"{k}.json").exists()]
    if not present:
        print(f"torch_check: no export found in {directory} (looked for "
              f"{', '.join(k + '.json' for k in models)})", file=sys.stderr)
        return 0, 1
    for key in models:
        if key not in present:
            print(f"{key}: no {key}.json in {directory}, skipped")
            continue
        print(f"{key} ({MODELS[key].title}), torch {torch.__version__}, {dtype}, "
              f"tolerance {TOLERANCE:g}")
        try:
            results = check_model(Reference(directory, key), dtype)
        except ReferenceFormatError as error:
            print(f"  FAIL  malformed export: {error}")
            failed += 1
            continue
        for r in results:
            shown = "nan" if math.isnan(r.metric) else f"{r.metric:.3e}"
            verdict = "PASS" if r.passed else "FAIL"
            note = f"  ({r.note})" if r.note else ""
            print(f"  {key} {r.name:<44} {str(list(r.shape)):<16} {shown:>10}  {verdict}{note}")
            passed += r.passed
            failed += not r.passed
    return passed, failed


def selftest(models: list[str], batch: int, dtype_name: str, check_dtype: torch.dtype) -> int:
    """Export from PyTorch, expect every tensor to pass; perturb one gradient, expect a FAIL."""
    import torch_export_selftest as exporter

    export_dtype = torch.float64 if dtype_name == "float64" else torch.float32
    directory = Path(tempfile.mkdtemp(prefix="torch-check-selftest-"))
    try:
        print(f"selftest: PyTorch export in {export_dtype} arithmetic, batch {batch}, "
              f"in {directory}")
        for key in models:
            exporter.export_model(directory, key, batch, seed=7, dtype=export_dtype)
        passed, failed = run_check(directory, models, check_dtype)
        print(f"{passed} passed, {failed} failed")
        clean_ok = failed == 0 and passed > 0

        # Perturb one gradient element of the first model by 1e-3 of the tensor's max |value|.
        key = models[0]
        meta, blob = exporter.read_blob(directory, key)
        name = next(n for n in meta["tensors"] if n.startswith("grad/") and n != "grad/input")
        entry = meta["tensors"][name]
        values = blob[entry["offset"]:entry["offset"] + entry["count"]]
        scale = max(float(np.abs(values).max()), 1.0)
        blob[entry["offset"]] += np.float32(1e-3 * scale)
        blob.astype("<f4").tofile(directory / f"{key}.bin")
        print(f"selftest: perturbed {key} {name}[0] by {1e-3 * scale:.3e}; expecting one FAIL")
        passed2, failed2 = run_check(directory, [key], check_dtype)
        print(f"{passed2} passed, {failed2} failed")
        perturbed_ok = failed2 == 1
    finally:
        shutil.rmtree(directory, ignore_errors=True)

    verdicts = [("clean export passes", clean_ok), ("perturbed gradient fails", perturbed_ok)]
    for what, ok in verdicts:
        print(f"selftest: {what}: {'yes' if ok else 'NO'}")
    total_ok = sum(ok for _, ok in verdicts)
    print(f"selftest: {total_ok} passed, {len(verdicts) - total_ok} failed")
    return 0 if total_ok == len(verdicts) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", nargs="?", type=Path,
                        help="directory holding Mi.json and Mi.bin")
    parser.add_argument("--models", default="M1,M2,M3,M4",
                        help="comma-separated subset of M1,M2,M3,M4 (default all)")
    parser.add_argument("--dtype", choices=("float32", "float64"), default="float64",
                        help="arithmetic of the PyTorch recomputation from the exported float32 "
                             "values (default float64, so the metric measures the engine's "
                             "rounding, not PyTorch's)")
    parser.add_argument("--selftest", action="store_true",
                        help="test the checker on a PyTorch-made export instead of DIR")
    parser.add_argument("--selftest-batch", type=int, default=16)
    parser.add_argument("--selftest-dtype", choices=("float32", "float64"), default=None,
                        help="arithmetic of the self-test export (default: that of --dtype)")
    args = parser.parse_args(argv)
    models = [m.strip() for m in args.models.split(",") if m.strip()]
    bad = [m for m in models if m not in MODELS]
    if bad or not models:
        parser.error(f"--models: unknown {bad}; expected a subset of {sorted(MODELS)}")
    dtype = torch.float64 if args.dtype == "float64" else torch.float32
    if args.selftest:
        if args.directory is not None:
            parser.error("give either DIR or --selftest, not both")
        return selftest(models, args.selftest_batch, args.selftest_dtype or args.dtype, dtype)
    if args.directory is None:
        parser.error("DIR is required (or --selftest)")
    if not args.directory.is_dir():
        parser.error(f"{args.directory} is not a directory")

    passed, failed = run_check(args.directory, models, dtype)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
