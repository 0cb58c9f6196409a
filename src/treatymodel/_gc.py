"""Pausing the cyclic garbage collector around bulk work.

Reading, writing and validating allocate many small objects and create no
reference cycles; left on, the collector traverses the growing heap again and
again (measured in docs/performance.md). The pause restores the collector only if
it was on when the pause began, so a caller that turned it off keeps it off.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Run the block with the cyclic collector off, then restore it."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
