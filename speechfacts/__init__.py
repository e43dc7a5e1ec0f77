"""speechfacts: the distribution's name as an import name, a thin alias of the `pipeline` package.

    import speechfacts
    speechfacts.extract_facts("Exports grew by 3.5 percent last year.", date="2019-03-14")

It re-exports the public API of `pipeline` (the same objects, whatever `pipeline.__all__` lists);
the modules stay under `pipeline` (`pipeline.runner`, `pipeline.db`, ...).
"""

from pipeline import *  # noqa: F403 - the public API, as pipeline.__all__ lists it
from pipeline import __all__, __version__  # noqa: F401


def __dir__() -> list[str]:
    return sorted(__all__)
