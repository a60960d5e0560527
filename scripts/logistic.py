"""The fit the trainers under scripts/ share: an L2-penalised logistic regression by Newton's
method (the bias, column 0, unpenalised), small enough to need no learning library."""

from __future__ import annotations

from pathlib import Path

import numpy as np


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """Weights for the rows of `x` (column 0 all ones) predicting `y` (0 or 1)."""
    w = np.zeros(x.shape[1])
    penalty = l2 * np.eye(x.shape[1])
    penalty[0, 0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty @ w
        hess = x.T @ (x * (p * (1 - p))[:, None]) + penalty + 1e-6 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def fit_choice(
    groups: list[tuple[np.ndarray, int]], width: int, l2: float = 1.0
) -> np.ndarray:
    """Weights of a conditional logit: each group offers options, rows of its matrix (column 0
    the bias), and one option besides them scored 0 (leave things as they are, index -1); the
    weights make the group's chosen option (its index) likely. Newton's method, L2 penalty."""
    w = np.zeros(width)
    penalty = l2 * np.eye(width)
    penalty[0, 0] = 0.0
    for _ in range(50):
        grad = penalty @ w
        hess = penalty + 1e-6 * np.eye(width)
        for x, chosen in groups:
            z = np.concatenate([np.clip(x @ w, -30, 30), [0.0]])
            p = np.exp(z - z.max())
            p /= p.sum()
            xs = np.vstack([x, np.zeros(width)])
            target = np.zeros(len(p))
            target[chosen] = 1.0
            grad += xs.T @ (p - target)
            hess += xs.T @ ((np.diag(p) - np.outer(p, p)) @ xs)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def write_weights(out: Path, header: list[str], w: np.ndarray, names: list[str],
                  cut: float) -> None:
    """A fitted model as a reviewable TOML file: `header` comment lines, the bias and
    threshold, then each feature's weight (those too small to matter left out)."""
    lines = [*(f"# {line}" for line in header), "", "[model]", f"bias = {w[0]:.3f}",
             f"threshold = {cut:.2f}", "", "[weights]"]
    for name, value in sorted(zip(names, w[1:], strict=True), key=lambda x: x[0]):
        if abs(value) >= 0.005:
            lines.append(f'"{name}" = {value:.3f}')
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
