"""Write the gradient-reference export format from PyTorch itself (for `torch_check.py --selftest`).

This stands in for `harness bench --export-reference DIR` so that the checker can be tested
without the Swift engine: for each model it writes DIR/Mi.json and DIR/Mi.bin exactly as the
format prescribes (see scripts/README-torch.md), with values computed by PyTorch at the chosen
precision (float64 arithmetic on the float32-rounded parameters and inputs shows how close an
independent float32 implementation can be expected to come).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import torch

from torch_models import MODELS, as_outputs, build, set_dropout


def running_stat_keys(model: torch.nn.Module) -> list[str]:
    """State-dict keys of BatchNorm running means and variances, in state-dict order."""
    return [k for k in model.state_dict() if k.endswith(("running_mean", "running_var"))]


def export_model(directory: Path, key: str, batch: int, seed: int,
                 dtype: torch.dtype = torch.float32) -> None:
    """Write directory/<key>.json and directory/<key>.bin for one model and one batch."""
    spec = MODELS[key]
    torch.manual_seed(seed)
    model = build(key)
    generator = torch.Generator().manual_seed(seed + 1)
    x32 = torch.rand(batch, 1, spec.input_length, generator=generator)
    targets = spec.random_targets(batch, generator)

    tensors: dict[str, np.ndarray] = {}
    stat_keys = set(running_stat_keys(model))
    for name, value in model.state_dict().items():
        if name in stat_keys or name in dict(model.named_parameters()):
            tensors[f"param/{name}"] = value.detach().clone().float().numpy()
    tensors["input"] = x32.numpy()
    for i, target in enumerate(targets):
        tensors[f"target/{i}"] = target.float().numpy()

    model = model.to(dtype)
    set_dropout(model, 0.0)
    model.train()
    x = x32.to(dtype).requires_grad_(True)
    typed_targets = [t if t.dtype == torch.int64 else t.to(dtype) for t in targets]
    outputs = as_outputs(model(x))
    loss = spec.loss(outputs, typed_targets)
    loss.backward()

    for i, output in enumerate(outputs):
        tensors[f"output/{i}"] = output.detach().float().numpy()
    tensors["loss"] = loss.detach().float().reshape(1).numpy()
    for name, parameter in model.named_parameters():
        tensors[f"grad/{name}"] = parameter.grad.float().numpy()
    tensors["grad/input"] = x.grad.float().numpy()
    for name, value in model.state_dict().items():
        if name in stat_keys:
            tensors[f"param_after/{name}"] = value.float().numpy()

    write(directory, key, batch, [batch, 1, spec.input_length], tensors)


def write(directory: Path, key: str, batch: int, input_shape: list[int],
          tensors: dict[str, np.ndarray]) -> None:
    """Write the JSON index and the little-endian float32 blob for `tensors`."""
    directory.mkdir(parents=True, exist_ok=True)
    index: dict[str, dict] = {}
    offset = 0
    with open(directory / f"{key}.bin", "wb") as blob:
        for name, array in tensors.items():
            values = np.ascontiguousarray(array, dtype="<f4")
            index[name] = {"shape": list(values.shape), "offset": offset, "count": int(values.size)}
            blob.write(values.tobytes())
            offset += values.size
    meta = {"model": key, "batch": batch, "input_shape": input_shape, "bn_mode": "train",
            "dropout": 0, "tensors": index}
    (directory / f"{key}.json").write_text(json.dumps(meta, indent=1))


def read_blob(directory: Path, key: str) -> tuple[dict, np.ndarray]:
    """Read back a model's index and blob (used to perturb an export in the self-test)."""
    meta = json.loads((directory / f"{key}.json").read_text())
    return meta, np.fromfile(directory / f"{key}.bin", dtype="<f4")
