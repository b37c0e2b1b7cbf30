#!/usr/bin/env python3
"""Does averaging paper 1's network over a spectrum and its mirror image help? Measured on the
validation split, with NumPy and h5py alone.

The peak-fitting training data are symmetric under the mirror x → 15 − x (centres ~ U(2, 13)
on x = 0…15), so the network's prediction for the reversed spectrum, mapped back, is a second
estimate of the same peaks. `park2020-table1` averages the two (`MeasuredFitRunner.network`):
the count outputs are averaged; when both passes report that many peaks, centres, amplitudes
and widths are averaged peak by peak in order of centre; otherwise the pass that agrees with the
averaged count is used. This script reruns the network (weights from the run file; forward pass
of the park preset: 4 × [Conv1D valid → ReLU → MaxPool 2], max over length, the four heads with
BatchNorm in inference mode) on the validation spectra exported by `harness generate`, and
prints peak-count accuracy and centre / amplitude / width MAE (x units, over spectra whose count
is right) for one pass and for the mirror average.

    harness generate park2020-training --set data.train=16 --set data.test=16 --output park-val.h5
    python3 scripts/park_mirror_check.py Results/park2020-training/runs/run.h5 park-val.h5
"""
import sys
import h5py
import numpy as np

X_MAX = 15.0


def forward(m, x):
    """x [N, 401] → outputs [N, 10] = count, 3 centres, 3 amplitudes, 3 widths."""
    def conv(h, w, b, stride=1):  # valid padding; h [N, C, L], w [F, C, k]
        k = w.shape[2]
        out = (h.shape[2] - k) // stride + 1
        idx = np.arange(out)[:, None] * stride + np.arange(k)[None, :]
        cols = h[:, :, idx]  # [N, C, out, k]
        return np.einsum("nclk,fck->nfl", cols, w, optimize=True) + b[None, :, None]

    def pool(h):
        n = h.shape[2] // 2
        return h[:, :, :2 * n].reshape(h.shape[0], h.shape[1], n, 2).max(axis=3)

    def relu(a):
        return np.maximum(a, 0)

    def dense(h, name):
        return h @ m[name + ".weight"][:].T + m[name + ".bias"][:]

    def bn(h, name, eps=1e-5):
        mean, var = m[name + ".running_mean"][:], m[name + ".running_var"][:]
        return (h - mean) / np.sqrt(var + eps) * m[name + ".weight"][:] + m[name + ".bias"][:]

    h = x[:, None, :]
    for i, stride in ((1, 5), (2, 1), (3, 1), (4, 1)):
        h = pool(relu(conv(h, m[f"conv{i}.weight"][:], m[f"conv{i}.bias"][:], stride)))
    h = h.max(axis=2)
    count = relu(dense(relu(dense(relu(dense(h, "count_fc1")), "count_fc2")), "count_out"))
    centres = relu(dense(relu(dense(relu(dense(h, "center_fc1")), "center_fc2")), "center_out"))
    a = np.concatenate([relu(dense(h, "amplitude_fc")), count, centres], axis=1)
    amplitudes = relu(dense(bn(a, "amplitude_bn"), "amplitude_out"))
    w = np.concatenate([relu(dense(h, "width_fc")), count, centres], axis=1)
    widths = relu(dense(bn(w, "width_bn"), "width_out"))
    return np.concatenate([count, centres, amplitudes, widths], axis=1)


def peaks(v, mirrored=False):
    n = min(3, max(1, int(round(float(v[0])))))
    ps = [(v[1 + j], v[4 + j], v[7 + j]) for j in range(n)]
    if mirrored:
        ps = [(X_MAX - c, a, w) for c, a, w in ps]
    return sorted(ps)


def mirror_average(p, pm):
    a, b = peaks(p), peaks(pm, mirrored=True)
    n = min(3, max(1, int(round(float((p[0] + pm[0]) / 2)))))
    if len(a) == n and len(b) == n:
        return [tuple((np.array(u) + np.array(v)) / 2) for u, v in zip(a, b)]
    return a if len(a) == n else b


def main(run_path, data_path):
    run = h5py.File(run_path, "r")
    (name,) = list(run["runs"].keys())
    model = run["runs"][name]["model"]
    data = h5py.File(data_path, "r")["data"]
    x = data["validation/spectra"][:].astype(np.float64)
    t = data["validation/labels"][:].astype(np.float64)
    p, pm = [], []
    for s in range(0, len(x), 1000):
        p.append(forward(model, x[s:s + 1000]))
        pm.append(forward(model, x[s:s + 1000, ::-1]))
    p, pm = np.concatenate(p), np.concatenate(pm)
    commit = run.attrs.get("git_commit", b"unknown")
    commit = commit.decode() if isinstance(commit, bytes) else str(commit)
    print(f"{len(x)} validation spectra; network {run_path} (commit {commit[:10]})")
    print(f"{'prediction':<16}{'count acc %':>12}{'centre MAE':>12}{'amplitude MAE':>15}{'width MAE':>11}")
    for label, predicted in (("one pass", [peaks(v) for v in p]),
                             ("mirror average", [mirror_average(u, v) for u, v in zip(p, pm)])):
        right, errors = 0, []
        for q, row in zip(predicted, t):
            n = int(round(row[0]))
            truth = sorted((row[1 + j], row[4 + j], row[7 + j]) for j in range(n))
            if len(q) == n:
                right += 1
                errors += [[abs(u[k] - v[k]) for k in range(3)] for u, v in zip(q, truth)]
        e = np.mean(errors, axis=0)
        print(f"{label:<16}{100 * right / len(t):>12.2f}{e[0]:>12.4f}{e[1]:>15.4f}{e[2]:>11.4f}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
