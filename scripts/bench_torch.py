#!/usr/bin/env python3
"""Time one PyTorch model (M1–M4) for training or inference; print one JSON line on stdout.

    bench_torch.py --model M1 --batch 256 --threads 2 --mode train --seconds 3

Output (one line): {"impl":"torch","model":"M1","mode":"train","batch":256,"threads":2,
"samples_per_s":…,"steps":…,"seconds":…,"glibc_tunables":"<$GLIBC_TUNABLES or empty>"}
samples_per_s = batch · steps / seconds, over whole timed steps after a warm-up.

Train step: zero_grad(set_to_none=True), forward, loss, backward, Adam (lr 1e-3) step, in
training mode (dropout and BatchNorm batch statistics active). Inference: eval mode under
torch.inference_mode(), forward only. Inputs and targets are drawn once from a seeded generator.
Everything but the result line goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from torch_models import MODELS, as_outputs, build  # noqa: E402


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", required=True, choices=sorted(MODELS))
    parser.add_argument("--batch", type=int, default=256)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--mode", choices=("train", "infer"), default="train")
    parser.add_argument("--seconds", type=float, default=3.0,
                        help="minimum timed duration in s (default 3)")
    parser.add_argument("--warmup-steps", type=int, default=5)
    parser.add_argument("--warmup-seconds", type=float, default=0.5,
                        help="warm up for at least this many s and --warmup-steps steps")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--learning-rate", type=float, default=1e-3)
    args = parser.parse_args(argv)
    for name in ("batch", "threads"):
        if getattr(args, name) < 1:
            parser.error(f"--{name} must be at least 1, got {getattr(args, name)}")
    if args.seconds <= 0:
        parser.error(f"--seconds must be positive, got {args.seconds}")
    if args.warmup_steps < 0 or args.warmup_seconds < 0:
        parser.error("--warmup-steps and --warmup-seconds must not be negative")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    torch.set_num_threads(args.threads)
    torch.set_num_interop_threads(1)

    spec = MODELS[args.model]
    generator = torch.Generator().manual_seed(args.seed)
    torch.manual_seed(args.seed)
    model = build(args.model)
    x = torch.rand(args.batch, 1, spec.input_length, generator=generator)
    targets = spec.random_targets(args.batch, generator)

    if args.mode == "train":
        model.train()
        optimizer = torch.optim.Adam(model.parameters(), lr=args.learning_rate)

        def step() -> None:
            optimizer.zero_grad(set_to_none=True)
            loss = spec.loss(as_outputs(model(x)), targets)
            loss.backward()
            optimizer.step()
    else:
        model.eval()

        def step() -> None:
            with torch.inference_mode():
                model(x)

    warmup_steps = 0
    start = time.perf_counter()
    while warmup_steps < args.warmup_steps or time.perf_counter() - start < args.warmup_seconds:
        step()
        warmup_steps += 1

    steps = 0
    start = time.perf_counter()
    elapsed = 0.0
    while elapsed < args.seconds:
        step()
        steps += 1
        elapsed = time.perf_counter() - start

    print(f"bench_torch: {args.model} {args.mode} batch {args.batch} threads {args.threads}: "
          f"{warmup_steps} warm-up steps, {steps} timed steps in {elapsed:.3f} s",
          file=sys.stderr)
    record = {
        "impl": "torch",
        "model": args.model,
        "mode": args.mode,
        "batch": args.batch,
        "threads": args.threads,
        "samples_per_s": round(args.batch * steps / elapsed, 3),
        "steps": steps,
        "seconds": round(elapsed, 6),
        "glibc_tunables": os.environ.get("GLIBC_TUNABLES", ""),
    }
    print(json.dumps(record, separators=(",", ":")), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
