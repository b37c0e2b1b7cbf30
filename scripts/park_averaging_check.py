#!/usr/bin/env python3
"""How should park2020-table1 combine predictions of paper 1's network? Measured on the validation
split, with NumPy and h5py alone.

park2020-table1 (`MeasuredFitRunner.network`, `averaged`) shows every network of its ensemble the
window at several positions (shifts in points, zeros filling the vacated end) and, with the
mirror, reversed as well (the training data are symmetric under x → 15 − x); each prediction is
mapped back to the window's x. The count outputs are averaged and rounded to k peaks; the passes
that report k peaks are averaged peak by peak in order of centre; when none does, the first pass
is used. This script reruns the networks (weights from the run files; forward pass of the park
preset: 4 × [Conv1D valid → ReLU → MaxPool 2], max over length, the four heads with BatchNorm in
inference mode) on the validation spectra exported by `harness generate`, and prints peak-count
accuracy and centre / amplitude / width MAE (x units, over spectra whose count is right) for each
network alone and for the ensemble, in one pass, with the mirror, and with each candidate set of
shifts. The set with the lowest centre MAE of the ensemble is the one park2020-table1 uses.

    harness generate park2020-training --set data.train=16 --set data.test=16 --output park-val.h5
    python3 scripts/park_averaging_check.py Results/park2020-training/runs/run_r{1,2,3}.h5 park-val.h5
"""
import sys
import h5py
import numpy as np

X_MAX = 15.0
# Candidate shift sets (points; the axis step is 15/400 x units).
SHIFTS = {
    "none": [0],
    "±5": [-5, 0, 5],
    "±10 by 5": [-10, -5, 0, 5, 10],
    "±16 by 4": list(range(-16, 17, 4)),
}


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


def shifted(x, s):
    """Rows of x moved by s points (positive: toward higher x), zeros filling the vacated end."""
    if s == 0:
        return x
    y = np.zeros_like(x)
    if s > 0:
        y[:, s:] = x[:, :-s]
    else:
        y[:, :s] = x[:, -s:]
    return y


def rounded(c):
    return int(np.floor(c + 0.5))  # Swift's rounded(): halves away from zero (c ≥ 0 here)


def passes(model, x, s, mirror, step):
    """[(count output, [(centre, amplitude, width)] by centre)] for every row, mapped back."""
    xi = shifted(x, s)
    if mirror:
        xi = xi[:, ::-1]
    out = np.concatenate([forward(model, xi[i:i + 1000]) for i in range(0, len(xi), 1000)])
    result = []
    for v in out:
        n = min(3, max(1, rounded(float(v[0]))))
        ps = [(v[1 + j], v[4 + j], v[7 + j]) for j in range(n)]
        ps = [((X_MAX - c if mirror else c) - s * step, a, w) for c, a, w in ps]
        result.append((float(v[0]), sorted(ps)))
    return result


def averaged(ps):
    count = sum(c for c, _ in ps) / len(ps)
    k = min(3, max(1, rounded(count)))
    agreeing = [p for _, p in ps if len(p) == k]
    if not agreeing:
        return ps[0][1]
    return [tuple(np.mean([p[j] for p in agreeing], axis=0)) for j in range(k)]


def score(predicted, t):
    right, errors = 0, []
    for q, row in zip(predicted, t):
        n = rounded(row[0])
        truth = sorted((row[1 + j], row[4 + j], row[7 + j]) for j in range(n))
        if len(q) == n:
            right += 1
            errors += [[abs(u[k] - v[k]) for k in range(3)] for u, v in zip(q, truth)]
    return 100 * right / len(t), np.mean(errors, axis=0)


def main(run_paths, data_path):
    models, labels = [], []
    for path in run_paths:
        run = h5py.File(path, "r")
        (name,) = list(run["runs"].keys())
        models.append(run["runs"][name]["model"])
        commit = run.attrs.get("git_commit", b"unknown")
        commit = commit.decode() if isinstance(commit, bytes) else str(commit)
        labels.append(name)
        print(f"network {name}: {path} (commit {commit[:10]})")
    data = h5py.File(data_path, "r")["data"]
    x = data["validation/spectra"][:].astype(np.float64)
    t = data["validation/labels"][:].astype(np.float64)
    step = X_MAX / (x.shape[1] - 1)
    cache = {}

    def get(i, s, mirror):
        if (i, s, mirror) not in cache:
            cache[(i, s, mirror)] = passes(models[i], x, s, mirror, step)
        return cache[(i, s, mirror)]

    def combined(nets, shifts, mirror):
        keys = [(i, s, m) for i in nets for s in shifts for m in ((False, True) if mirror else (False,))]
        return [averaged([get(*k)[r] for k in keys]) for r in range(len(x))]

    print(f"{len(x)} validation spectra")
    print(f"{'networks':<22}{'shifts':<10}{'mirror':<8}{'count acc %':>12}{'centre MAE':>12}{'amplitude MAE':>15}{'width MAE':>11}")
    rows = [([i], "none", False) for i in range(len(models))] + [([i], "none", True) for i in range(len(models))]
    if len(models) > 1:
        rows += [(list(range(len(models))), "none", False)]
    rows += [(list(range(len(models))), key, True) for key in SHIFTS if len(models) > 1 or key != "none"]
    best = None
    for nets, key, mirror in rows:
        acc, e = score(combined(nets, SHIFTS[key], mirror), t)
        who = "+".join(labels[i] for i in nets)
        print(f"{who:<22}{key:<10}{'yes' if mirror else 'no':<8}{acc:>12.2f}{e[0]:>12.4f}{e[1]:>15.4f}{e[2]:>11.4f}", flush=True)
        if len(nets) == len(models) and mirror and (best is None or e[0] < best[1]):
            best = (key, e[0])
    print(f"lowest centre MAE with every network and the mirror: shifts {best[0]} ({SHIFTS[best[0]]})")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1:-1], sys.argv[-1])
