#!/usr/bin/env python3
"""Recompute the quantification network's MAE from its HDF5 files alone, with NumPy and h5py.

Reads the trained cnn-dense weights from a run file (runs/run.h5 of the quantification
experiment) and test spectra exported by `harness generate` at one SNR, runs the forward pass
(Conv1D same padding → BatchNorm (inference) → ReLU → MaxPool 4, twice; Flatten; Dense → ReLU,
twice; Dense; fractions = softplus(a) / Σ softplus(a) for model.output "amounts", else a
softmax) and prints the MAE over the elements
present (at. %) per number of elements, per element, and with the fractions renormalised over the
truly present elements. An independent check of the harness's numbers (mae.csv) and of its files.

    harness generate quantification --set 'data.parameters.signalToNoise=[20,20]' --output q20.h5
    python3 scripts/quantification_check.py Results/quantification/runs/run.h5 q20.h5
"""
import json
import sys
import h5py
import numpy as np


def main(run_path, data_path):
    run = h5py.File(run_path, "r")
    (name,) = list(run["runs"].keys())
    m = run["runs"][name]["model"]
    data = h5py.File(data_path, "r")
    group = data["data"]
    x = group["test/spectra"][:].astype(np.float64)
    t = group["test/labels"][:].astype(np.float64)
    label_names = group.attrs.get("label_names", b"")
    names = (label_names.decode() if isinstance(label_names, bytes) else str(label_names)).split("\n")
    if len(names) != t.shape[1]:
        names = [f"element {k}" for k in range(t.shape[1])]

    def conv(h, w, b):  # h [N, C, L], w [F, C, k]: same padding
        n, c, length = h.shape
        k = w.shape[2]
        left = (k - 1) // 2  # as the harness pads: the extra point of an even kernel on the right
        hp = np.pad(h, ((0, 0), (0, 0), (left, k - 1 - left)))
        cols = np.stack([hp[:, :, i:i + length] for i in range(k)], axis=-1)
        return np.einsum("nclk,fck->nfl", cols, w) + b[None, :, None]

    def batchnorm(h, layer):
        g, b = m[layer + ".weight"][:], m[layer + ".bias"][:]
        mean, var = m[layer + ".running_mean"][:], m[layer + ".running_var"][:]
        return (h - mean[None, :, None]) / np.sqrt(var[None, :, None] + 1e-5) * g[None, :, None] + b[None, :, None]

    def maxpool(h, k=4):
        length = (h.shape[2] - k) // k + 1
        return h[:, :, :length * k].reshape(h.shape[0], h.shape[1], length, k).max(-1)

    h = x[:, None, :]
    block = 1
    while f"conv{block}.weight" in m:
        h = conv(h, m[f"conv{block}.weight"][:], m[f"conv{block}.bias"][:])
        h = np.maximum(batchnorm(h, f"bn{block}"), 0)
        if h.shape[2] >= 8:  # cnn-dense pools by 4 while at least 8 points remain
            h = maxpool(h)
        block += 1
    h = h.reshape(h.shape[0], -1)
    layer = 1
    while f"fc{layer}.weight" in m:
        h = np.maximum(h @ m[f"fc{layer}.weight"][:].T + m[f"fc{layer}.bias"][:], 0)
        layer += 1
    a = h @ m["out.weight"][:].T + m["out.bias"][:]
    config = json.loads(run["runs"][name]["config"][()])
    if config["model"].get("output", "logits") == "amounts":
        # log softplus(a), stably; the softmax of it is softplus(a) / Σ softplus(a).
        a = np.log(np.maximum(a, 0) + np.log1p(np.exp(-np.abs(a))))
    y = np.exp(a - a.max(1, keepdims=True))
    y /= y.sum(1, keepdims=True)

    present = t > 0
    err = np.abs(y - t)

    def mae(pred, k):
        rows = present.sum(1) == k
        return 100 * np.abs(pred - t)[rows][present[rows]].mean()

    renormalised = np.where(present, y, 0)
    renormalised /= renormalised.sum(1, keepdims=True)
    for k in sorted(set(present.sum(1))):
        print(f"{k} elements: MAE {mae(y, k):.2f} at. %; renormalised over the present elements {mae(renormalised, k):.2f}")
    print("per element (present): n, MAE, bias (at. %)")
    for j, element in enumerate(names):
        rows = present[:, j]
        print(f"  {element:>3} {rows.sum():5d} {100 * err[rows, j].mean():6.2f} {100 * (y - t)[rows, j].mean():+6.2f}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
