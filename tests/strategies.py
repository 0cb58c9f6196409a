"""The Hypothesis strategies, public as :mod:`treatymodel.strategies`, re-exported for the tests."""

from treatymodel.strategies import *  # noqa: F403
from treatymodel.strategies import __all__ as __all__
