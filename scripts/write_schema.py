"""Regenerate schema/treatymodel.schema.json from the model.

Usage: python scripts/write_schema.py [PATH]
"""

from __future__ import annotations

import sys
from pathlib import Path

from treatymodel.schema import main

if __name__ == "__main__":
    root = Path(__file__).resolve().parents[1]
    sys.exit(main(sys.argv[1:] or [str(root / "schema" / "treatymodel.schema.json")]))
