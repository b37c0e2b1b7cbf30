#!/usr/bin/env python3
"""Is a Table 1 miss the network's or the measured spectrum's? Shows paper 1's networks the
expert's own fitted curve, with NumPy and h5py alone.

For each measured spectrum of park2020-table1 (from SHARED/data/park2020, with the published
Table 1 from SHARED/published) this builds three inputs, each
prepared as park2020-table1 prepares the measured window (ascending binding energy, the expert's
background subtracted, maximum-normalised, x = 0 … 15 by index):

  measured        the measured counts minus the expert's background (what the table shows the network);
  expert curve    the sum of the expert's components (the *_p<i>.txt files minus the background):
                  the spectrum the network would see if the expert's fit were the truth;
  expert + noise  that curve plus uniform noise, DRAWS draws (seeded, so the output repeats),
                  each normalised again to maximum 1: once at the paper's training level ±0.025,
                  once at the measured spectrum's own level (estimated from its counts alone).

Each input goes through park2020-table1's rule (`MeasuredFitRunner.network`, `averaged`): every
network of the group sees the window as measured, moved by ±5 points and each reversed, and the
predictions mapped back are averaged (the forward pass and the rule are park_averaging_check.py's).
For the noisy draws it prints how often the expected number of peaks is found and, when it is,
the mean |centre − expert| per peak and how often every centre is within the Table 1 target.

    python3 scripts/park_expert_probe.py ../shared \\
        paper=Results/park2020-training/runs/run_r1.h5,Results/park2020-training/runs/run_r2.h5,Results/park2020-training/runs/run_r3.h5 \\
        weak=Results/park2020-training-weak/runs/run.h5
"""
import os
import sys

import h5py
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from park_averaging_check import X_MAX, averaged, passes  # noqa: E402

DRAWS = 200
NOISE = 0.025
SHIFTS = (-5, 0, 5)
TARGET = {"P3HT_S2p": 0.10, "ITO_O1s": 0.25}  # Table 1 targets for the centres (eV)
FWHM_PER_W = 0.9852  # Eq. 1 with the notebook's constants: FWHM = 0.9852 · w


def columns(path):
    try:
        a = np.loadtxt(path)
    except OSError as error:
        sys.exit(f"{path}: cannot read ({error})")
    if a.ndim != 2 or a.shape[1] < 2:
        sys.exit(f"{path}: expected two columns (binding energy, counts), found shape {a.shape}")
    return a[:, 0], a[:, 1]


def published_fit(path):
    """{spectrum: [(centre, width)]}: the expert-fit columns of the published Table 1, the
    reference of every error in park2020-table1."""
    import csv
    table = {}
    with open(path, newline="") as f:
        for line, row in enumerate(csv.DictReader(f), start=2):
            try:
                table.setdefault(row["spectrum"], []).append((float(row["fit_center_eV"]), float(row["fit_width_eV"])))
            except (KeyError, TypeError, ValueError) as error:
                sys.exit(f"{path}:{line}: expected spectrum, fit_center_eV and fit_width_eV ({error})")
    return table


def group(spec):
    name, _, paths = spec.partition("=")
    if not paths:
        sys.exit(f"{spec}: expected NAME=run.h5[,run.h5…]")
    models = []
    for path in paths.split(","):
        run = h5py.File(path, "r")
        (run_name,) = list(run["runs"].keys())
        models.append(run["runs"][run_name]["model"])
    return name, models


def predict(models, x):
    """park2020-table1's rule for each row of x [N, 401] → [[(centre, amplitude, w)]] in x units."""
    step = X_MAX / (x.shape[1] - 1)
    everything = [passes(m, x, s, mirror, step) for m in models for s in SHIFTS for mirror in (False, True)]
    return [(np.mean([p[r][0] for p in everything]), averaged([p[r] for p in everything])) for r in range(len(x))]


def main(shared, specs):
    folder = os.path.join(shared, "data", "park2020")
    published = published_fit(os.path.join(shared, "published", "park2020_table1.csv"))
    groups = [group(s) for s in specs]
    rng = np.random.default_rng(2020)
    for spectrum, n in (("P3HT_S2p", 2), ("ITO_O1s", 3)):
        energy, counts = columns(os.path.join(folder, f"{spectrum}_exp.txt"))
        _, background = columns(os.path.join(folder, f"{spectrum}_bg.txt"))
        components = [columns(os.path.join(folder, f"{spectrum}_p{i}.txt"))[1] - background for i in range(1, n + 1)]
        expert = [c for c, _ in published[spectrum]]
        if len(energy) != 401 or any(len(c) != 401 for c in components) or len(expert) != n:
            sys.exit(f"{spectrum}: expected 401 points and {n} components")
        order = np.argsort(energy)
        energy = energy[order]
        ev_per_x = (energy[-1] - energy[0]) / X_MAX

        def normalised(v):
            v = v[order]
            return v / v.max()

        curve = normalised(sum(components))
        heights = [float(c[order].max() / sum(components)[order].max()) for c in components]
        print(f"{spectrum}: expert centres {expert} eV (published fit), component heights {np.round(heights, 3).tolist()} of the maximum")
        # The measured spectrum's noise, from its counts alone: the robust (MAD) standard deviation
        # of first differences ÷ √2, over the range of counts, as a uniform half-width (× √3).
        sd = np.median(np.abs(np.diff(counts))) / 0.6745 / np.sqrt(2)
        measured_noise = sd / (counts.max() - counts.min()) * np.sqrt(3)
        print(f"  noise of the measured counts as a uniform half-width on the normalised scale: "
              f"{measured_noise:.4f} (training data: {NOISE})")
        # Noisy copies at the training data's level and at the measured spectrum's, each normalised
        # again to maximum 1 as the measured window is.
        levels = ((f"noise {NOISE}", NOISE), (f"noise {measured_noise:.3f}", measured_noise))
        noisy = {label: curve[None, :] + rng.uniform(-a, a, (DRAWS, len(curve))) for label, a in levels}
        noisy = {label: x / x.max(axis=1, keepdims=True) for label, x in noisy.items()}
        for name, models in groups:
            for label, x in (("measured", normalised(counts - background)), ("expert curve", curve)):
                (count, peaks), = predict(models, x[None, :])
                centres = [round(float(energy[0] + c * ev_per_x), 2) for c, _, _ in peaks]
                widths = [round(float(w * ev_per_x * FWHM_PER_W), 2) for _, _, w in peaks]
                print(f"  {name:<8}{label:<16}count output {count:.2f}: centres {centres} eV, FWHM {widths} eV")
            for label, x in noisy.items():
                found, errors = 0, []
                for _, peaks in predict(models, x):
                    if len(peaks) == n:
                        found += 1
                        errors.append([abs(energy[0] + c * ev_per_x - e) for (c, _, _), e in zip(peaks, expert)])
                line = f"  {name:<8}{'+ ' + label:<16}{n} peaks in {100 * found / DRAWS:.0f} % of {DRAWS} draws"
                if errors:
                    errors = np.array(errors)
                    within = 100 * np.mean(np.all(errors <= TARGET[spectrum], axis=1))
                    line += (f"; then mean |centre − expert| {np.round(errors.mean(axis=0), 3).tolist()} eV,"
                             f" every centre within {TARGET[spectrum]} eV in {within:.0f} %")
                print(line, flush=True)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
