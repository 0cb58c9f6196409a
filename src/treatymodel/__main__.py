"""``python -m treatymodel``: the same as the ``treatymodel`` command."""

from treatymodel.cli import main

raise SystemExit(main())
