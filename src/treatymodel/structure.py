"""Deprecated alias of `treatymodel.provisions`, kept for one minor version.

"structure" is also cattrs' word for reading a document, so the text structure of
agreements (`Section`, `Commitment`) now lives in `treatymodel.provisions`.
Importing this module warns; import from `treatymodel.provisions` instead.
"""

from __future__ import annotations

import warnings

from treatymodel.provisions import (
    MAX_SECTION_DEPTH,
    Commitment,
    CommitmentVerb,
    Obligation,
    Section,
    SectionKind,
    Topic,
)

__all__ = [
    "MAX_SECTION_DEPTH",
    "Commitment",
    "CommitmentVerb",
    "Obligation",
    "Section",
    "SectionKind",
    "Topic",
]

warnings.warn(
    "treatymodel.structure is deprecated and will be removed in the next minor version; "
    "import from treatymodel.provisions instead",
    DeprecationWarning,
    stacklevel=2,
)
