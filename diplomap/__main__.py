import sys

from .cli import main

if __name__ == "__main__":  # Dask's worker processes (spawned) import this module again: they must not run it
    sys.exit(main())
