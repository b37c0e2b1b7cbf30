"""PyTorch definitions of the benchmark models M1–M4, their losses and their random targets.

These are the reference implementations the Swift engine is timed and checked against
(scripts/bench_torch.py, scripts/torch_check.py). Parameter names are the state_dict keys the
Swift export uses (`conv1.weight`, `stn.localisation.fc1.bias`, …): do not rename them.

Shape legend: B = batch, C = channels, L = energy points, K = classes.
Every model takes x of shape [B, 1, L], float32.

| id | model        | L    | outputs                                   | loss                          |
|----|--------------|------|-------------------------------------------|-------------------------------|
| M1 | Park CNN     | 401  | count [B,1], centers, amplitudes, widths [B,3] | sum of four MSE (each a mean) |
| M2 | MLP          | 6601 | logits [B,40]                             | BCE with logits (mean over B·40) |
| M3 | STN + MLP    | 6601 | logits [B,40]                             | BCE with logits               |
| M4 | CNN          | 401  | logits [B,10]                             | cross entropy (mean over B)   |

M1 follows Park et al., the four-headed peak-parameter CNN; the paper applies ReLU after every
fully connected layer, output layers included, and so does this file. M3 is a 1D spatial
transformer (Jaderberg et al., NeurIPS 2015) that predicts one shift t per spectrum and
resamples with `F.grid_sample`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import torch
from torch import Tensor, nn
import torch.nn.functional as F

LEAKY_SLOPE = 0.01
"""Negative slope of the LeakyReLU in the MLP classifier (M2, M3)."""

PARK_CNN_PARAMETERS = 172_778
"""Trainable parameter count of M1; a different count means the architecture drifted."""


class ParkCNN(nn.Module):
    """M1: four conv blocks, a global max over length, four regression heads.

    conv1 (1→32, k=100, stride 5) → conv2 (32→64, k=4) → conv3 (64→128, k=4) →
    conv4 (128→192, k=2), each ReLU then MaxPool1d(2); L = 401 gives lengths
    61 → 30 → 27 → 13 → 10 → 5 → 4 → 2, then h = max over length, [B, 192].
    Heads (ReLU after every Linear): count 192→100→100→1, centers 192→100→100→3;
    amplitudes and widths: ReLU(Linear 192→50) concatenated with count and centers
    (54 features) → BatchNorm1d(54) → Linear 54→3 → ReLU.
    """

    input_length = 401

    def __init__(self) -> None:
        super().__init__()
        self.conv1 = nn.Conv1d(1, 32, kernel_size=100, stride=5)
        self.conv2 = nn.Conv1d(32, 64, kernel_size=4)
        self.conv3 = nn.Conv1d(64, 128, kernel_size=4)
        self.conv4 = nn.Conv1d(128, 192, kernel_size=2)

        self.count_fc1 = nn.Linear(192, 100)
        self.count_fc2 = nn.Linear(100, 100)
        self.count_out = nn.Linear(100, 1)

        self.center_fc1 = nn.Linear(192, 100)
        self.center_fc2 = nn.Linear(100, 100)
        self.center_out = nn.Linear(100, 3)

        self.amplitude_fc = nn.Linear(192, 50)
        self.amplitude_bn = nn.BatchNorm1d(54)
        self.amplitude_out = nn.Linear(54, 3)

        self.width_fc = nn.Linear(192, 50)
        self.width_bn = nn.BatchNorm1d(54)
        self.width_out = nn.Linear(54, 3)

    def forward(self, x: Tensor) -> tuple[Tensor, Tensor, Tensor, Tensor]:
        h = F.max_pool1d(F.relu(self.conv1(x)), 2)
        h = F.max_pool1d(F.relu(self.conv2(h)), 2)
        h = F.max_pool1d(F.relu(self.conv3(h)), 2)
        h = F.max_pool1d(F.relu(self.conv4(h)), 2)
        h = h.amax(dim=2)                                              # [B, 192]

        count = F.relu(self.count_out(F.relu(self.count_fc2(F.relu(self.count_fc1(h))))))
        centers = F.relu(self.center_out(F.relu(self.center_fc2(F.relu(self.center_fc1(h))))))

        a = torch.cat([F.relu(self.amplitude_fc(h)), count, centers], dim=1)  # [B, 54]
        amplitudes = F.relu(self.amplitude_out(self.amplitude_bn(a)))
        w = torch.cat([F.relu(self.width_fc(h)), count, centers], dim=1)      # [B, 54]
        widths = F.relu(self.width_out(self.width_bn(w)))
        return count, centers, amplitudes, widths


class MLP(nn.Module):
    """M2: flatten → fc1 → bn1 → LeakyReLU → Dropout → fc2 → bn2 → LeakyReLU → Dropout → out.

    Widths L → 256 → 128 → K; LeakyReLU slope 0.01; outputs logits [B, K].
    """

    def __init__(self, input_length: int = 6601, classes: int = 40, dropout: float = 0.1) -> None:
        super().__init__()
        self.input_length = input_length
        self.fc1 = nn.Linear(input_length, 256)
        self.bn1 = nn.BatchNorm1d(256)
        self.drop1 = nn.Dropout(dropout)
        self.fc2 = nn.Linear(256, 128)
        self.bn2 = nn.BatchNorm1d(128)
        self.drop2 = nn.Dropout(dropout)
        self.out = nn.Linear(128, classes)

    def forward(self, x: Tensor) -> Tensor:
        h = x.flatten(1)
        h = self.drop1(F.leaky_relu(self.bn1(self.fc1(h)), LEAKY_SLOPE))
        h = self.drop2(F.leaky_relu(self.bn2(self.fc2(h)), LEAKY_SLOPE))
        return self.out(h)


class Localisation(nn.Module):
    """STN localisation net: fc1 (L→64) → ReLU → fc2 (64→32) → ReLU → out (32→1), gives t [B].

    `out` starts at zero (weight and bias), so the transformer starts as the identity.
    """

    def __init__(self, input_length: int) -> None:
        super().__init__()
        self.fc1 = nn.Linear(input_length, 64)
        self.fc2 = nn.Linear(64, 32)
        self.out = nn.Linear(32, 1)
        nn.init.zeros_(self.out.weight)
        nn.init.zeros_(self.out.bias)

    def forward(self, x: Tensor) -> Tensor:
        h = F.relu(self.fc1(x.flatten(1)))
        h = F.relu(self.fc2(h))
        return self.out(h).squeeze(1)


def node_grid(length: int, dtype: torch.dtype = torch.float32) -> Tensor:
    """Normalised sample positions u_i ≈ −1 + 2i/(L − 1), i = 0…L−1, as the STN's base grid.

    Each u_i is `torch.linspace(-1, 1, L)` nudged up by the fewest ulps for which the index
    `F.grid_sample` computes from it, (u_i + 1)·((L − 1)/2) in `dtype` (align_corners=True),
    is ≥ i. So at t = 0 every sample lies on its node or just right of it (by < 1e-12 in
    float64, < 5e-4 in float32), and the sampler's derivative with respect to t is the
    right difference (x[i+1] − x[i])·(L − 1)/2 at every node, x[L] = 0 — the derivative of
    floor-based linear interpolation at exact nodes — instead of a left or right difference
    chosen by the rounding of each u_i.
    """
    scale = torch.tensor((length - 1) / 2, dtype=dtype)
    nodes = torch.arange(length, dtype=dtype)
    grid = torch.linspace(-1.0, 1.0, length, dtype=dtype)
    for _ in range(64):
        low = (grid + 1) * scale < nodes
        if not low.any():
            return grid
        grid = torch.where(low, torch.nextafter(grid, torch.tensor(2.0, dtype=dtype)), grid)
    raise ArithmeticError(f"node_grid: no {dtype} grid reaches every node of length {length}")


class SpatialTransformer1d(nn.Module):
    """Shift each spectrum by a learned t (normalised units) with linear interpolation.

    y_i = x sampled at g_i = u_i + t, u_i = −1 + 2i/(L − 1) (see `node_grid`), i.e. at index
    (g_i + 1)·(L − 1)/2, zero outside [0, L − 1]; a shift of t moves the spectrum by
    t·(L − 1)/2 points. This is the grid of
    `F.affine_grid(theta=[[1, 0, t], [0, 1, 0]], size=[B, 1, 1, L], align_corners=True)`
    (x-coordinate u_i + t, y-coordinate 0), built directly.
    """

    def __init__(self, input_length: int) -> None:
        super().__init__()
        self.input_length = input_length
        self.localisation = Localisation(input_length)
        self._grids: dict[tuple[torch.dtype, torch.device], Tensor] = {}

    def base_grid(self, dtype: torch.dtype, device: torch.device) -> Tensor:
        """`node_grid` for this dtype and device, made once."""
        key = (dtype, device)
        if key not in self._grids:
            self._grids[key] = node_grid(self.input_length, dtype).to(device)
        return self._grids[key]

    def forward(self, x: Tensor) -> Tensor:
        t = self.localisation(x)                                       # [B]
        gx = self.base_grid(x.dtype, x.device).unsqueeze(0) + t.unsqueeze(1)  # [B, L]
        grid = torch.stack([gx, torch.zeros_like(gx)], dim=-1).unsqueeze(1)  # [B, 1, L, 2]
        y = F.grid_sample(x.unsqueeze(2), grid, mode="bilinear",
                          padding_mode="zeros", align_corners=True)    # [B, 1, 1, L]
        return y.squeeze(2)


class STNClassifier(nn.Module):
    """M3: spatial transformer `stn` followed by the M2 `classifier`."""

    def __init__(self, input_length: int = 6601, classes: int = 40, dropout: float = 0.1) -> None:
        super().__init__()
        self.input_length = input_length
        self.stn = SpatialTransformer1d(input_length)
        self.classifier = MLP(input_length, classes, dropout)

    def forward(self, x: Tensor) -> Tensor:
        return self.classifier(self.stn(x))


class CNN(nn.Module):
    """M4: three blocks Conv1d(k=5, padding 2) → ReLU → MaxPool1d(2), mean over length, Linear.

    Channels 1 → 32 → 32 → 32; L = 401 gives 200 → 100 → 50; logits [B, K].
    """

    input_length = 401

    def __init__(self, classes: int = 10) -> None:
        super().__init__()
        self.conv1 = nn.Conv1d(1, 32, kernel_size=5, padding=2)
        self.conv2 = nn.Conv1d(32, 32, kernel_size=5, padding=2)
        self.conv3 = nn.Conv1d(32, 32, kernel_size=5, padding=2)
        self.out = nn.Linear(32, classes)

    def forward(self, x: Tensor) -> Tensor:
        h = F.max_pool1d(F.relu(self.conv1(x)), 2)
        h = F.max_pool1d(F.relu(self.conv2(h)), 2)
        h = F.max_pool1d(F.relu(self.conv3(h)), 2)
        return self.out(h.mean(dim=2))


# --------------------------------------------------------------------------------------
# Losses and targets


def park_loss(outputs: Sequence[Tensor], targets: Sequence[Tensor]) -> Tensor:
    """M1 loss: Σ over the four heads of MSE (each the mean over its B·n elements)."""
    return sum((F.mse_loss(o, t) for o, t in zip(outputs, targets, strict=True)),
               start=torch.zeros((), dtype=outputs[0].dtype))


def multilabel_loss(outputs: Sequence[Tensor], targets: Sequence[Tensor]) -> Tensor:
    """M2/M3 loss: binary cross entropy on logits, mean over B·K; targets multi-hot in {0, 1}."""
    (logits,), (target,) = outputs, targets
    return F.binary_cross_entropy_with_logits(logits, target)


def class_loss(outputs: Sequence[Tensor], targets: Sequence[Tensor]) -> Tensor:
    """M4 loss: cross entropy of logits [B, K] against class indices [B] (int64), mean over B."""
    (logits,), (target,) = outputs, targets
    return F.cross_entropy(logits, target)


def _park_targets(batch: int, g: torch.Generator) -> list[Tensor]:
    count = torch.randint(1, 4, (batch, 1), generator=g).float()
    centers = torch.rand(batch, 3, generator=g)
    amplitudes = torch.rand(batch, 3, generator=g)
    widths = torch.rand(batch, 3, generator=g)
    return [count, centers, amplitudes, widths]


def _multihot_targets(batch: int, g: torch.Generator) -> list[Tensor]:
    return [(torch.rand(batch, 40, generator=g) < 0.1).float()]


def _class_targets(batch: int, g: torch.Generator) -> list[Tensor]:
    return [torch.randint(0, 10, (batch,), generator=g)]


@dataclass(frozen=True)
class ModelSpec:
    """Everything the scripts need to know about one benchmark model."""

    key: str
    title: str
    input_length: int
    build: Callable[[], nn.Module]
    loss: Callable[[Sequence[Tensor], Sequence[Tensor]], Tensor]
    random_targets: Callable[[int, torch.Generator], list[Tensor]]
    target_shapes: Callable[[int], list[tuple[int, ...]]]
    output_count: int
    target_kind: str
    """"regression" (M1), "multi_hot" (M2, M3: values in {0, 1}) or "class_indices" (M4:
    exported as floats, used as int64 in [0, classes))."""
    classes: int = 0
    bias_before_batchnorm: tuple[tuple[str, str], ...] = ()
    """(bias, weight) keys of layers that feed a BatchNorm: in training mode the bias gradient
    is zero in exact arithmetic, so only rounding noise is left to compare."""


MODELS: dict[str, ModelSpec] = {
    "M1": ModelSpec("M1", "Park CNN", 401, ParkCNN, park_loss, _park_targets,
                    lambda b: [(b, 1), (b, 3), (b, 3), (b, 3)], output_count=4,
                    target_kind="regression"),
    "M2": ModelSpec("M2", "MLP", 6601, MLP, multilabel_loss, _multihot_targets,
                    lambda b: [(b, 40)], output_count=1, target_kind="multi_hot", classes=40,
                    bias_before_batchnorm=(("fc1.bias", "fc1.weight"),
                                           ("fc2.bias", "fc2.weight"))),
    "M3": ModelSpec("M3", "STN", 6601, STNClassifier, multilabel_loss, _multihot_targets,
                    lambda b: [(b, 40)], output_count=1, target_kind="multi_hot", classes=40,
                    bias_before_batchnorm=(("classifier.fc1.bias", "classifier.fc1.weight"),
                                           ("classifier.fc2.bias", "classifier.fc2.weight"))),
    "M4": ModelSpec("M4", "CNN", 401, CNN, class_loss, _class_targets,
                    lambda b: [(b,)], output_count=1, target_kind="class_indices", classes=10),
}


def as_outputs(result: Tensor | tuple[Tensor, ...]) -> tuple[Tensor, ...]:
    """A model's outputs as a tuple, in the documented order (one element for M2–M4)."""
    return result if isinstance(result, tuple) else (result,)


def set_dropout(model: nn.Module, p: float) -> None:
    """Set the drop probability of every Dropout module in `model` to `p`."""
    for module in model.modules():
        if isinstance(module, nn.Dropout):
            module.p = p


def trainable_parameter_count(model: nn.Module) -> int:
    """Number of scalar parameters with requires_grad (BatchNorm running stats excluded)."""
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def build(key: str) -> nn.Module:
    """Build model `key` (M1…M4) with PyTorch's default initialisation; checks M1's size."""
    spec = MODELS[key]
    model = spec.build()
    if key == "M1":
        count = trainable_parameter_count(model)
        if count != PARK_CNN_PARAMETERS:
            raise AssertionError(
                f"M1 has {count} trainable parameters, expected {PARK_CNN_PARAMETERS}")
    return model
