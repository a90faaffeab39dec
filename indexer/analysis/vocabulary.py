"""The compound splitter's word list, built from wordfreq once and then read from a cache file.

Building the list (import wordfreq and langcodes, decode wordfreq's whole German list, fold
every word) takes about a second; the first search that splits a word or marks a snippet would
pay it. The result — some 84,000 folded words with their Zipf frequency — is therefore kept as
a ``marshal`` file in the user's cache folder (:func:`cache_dir`), which loads in ~30 ms.

Licence: wordfreq's code is Apache-2.0 but its word lists are CC-BY-SA 4.0, so the derived list
is never part of this (MIT) repository or its package: each installation builds its own copy
from the wordfreq it has installed. The file name carries a key of wordfreq's German data files
(size and modification time), the threshold and :data:`FORMAT`, so an upgrade of wordfreq or a
change here builds a fresh file; an unreadable or unwritable cache only costs the second.
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import math
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from indexer import config

#: Bump when the list's content changes for the same wordfreq data (e.g. a new folding rule).
FORMAT = 1
_PREFIX = "compound-vocabulary-"


def cache_dir() -> Path:
    """``PARTEISUCHE_CACHE_DIR``, else ``$XDG_CACHE_HOME/parteisuche``, else the default."""
    value = config.get("cache_dir")
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and value == config.default("cache_dir"):
        return Path(xdg) / "parteisuche"
    return Path(value).expanduser()


def load(min_zipf: float, fold_word: Callable[[str], str]) -> dict[str, float]:
    """Folded German word -> Zipf frequency for words at or above ``min_zipf``."""
    path = _cache_path(min_zipf)
    if path is not None:
        cached = _read(path)
        if cached is not None:
            return cached
    vocab = build(min_zipf, fold_word)
    if path is not None:
        _write(path, vocab)
    return vocab


def build(min_zipf: float, fold_word: Callable[[str], str]) -> dict[str, float]:
    """The list straight from wordfreq (about a second)."""
    import wordfreq  # Apache-2.0 code, CC-BY-SA data: see the module docstring

    vocab: dict[str, float] = {}
    for word, freq in wordfreq.get_frequency_dict("de").items():
        if freq <= 0:
            continue
        zipf = math.log10(freq) + 9.0
        if zipf < min_zipf or not word.isalpha():
            continue
        key = fold_word(word)
        # ä/ae spellings meet: keep the higher frequency
        if zipf > vocab.get(key, 0.0):
            vocab[key] = zipf
    # wordfreq keeps its whole German list cached (~50 MB); only ``vocab`` is needed
    wordfreq.get_frequency_dict.cache_clear()
    wordfreq.get_frequency_list.cache_clear()
    return vocab


def _cache_path(min_zipf: float) -> Path | None:
    """The cache file for this wordfreq installation and threshold; None without wordfreq."""
    spec = importlib.util.find_spec("wordfreq")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    key = [str(FORMAT), repr(min_zipf)]
    for name in ("large_de.msgpack.gz", "small_de.msgpack.gz"):
        try:
            stat = (data / name).stat()
        except OSError:
            continue
        key.append(f"{name}:{stat.st_size}:{stat.st_mtime_ns}")
    digest = hashlib.sha256("\n".join(key).encode()).hexdigest()[:16]
    return cache_dir() / f"{_PREFIX}{digest}.marshal"


def _read(path: Path) -> dict[str, float] | None:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(data, dict) or not data:
        return None
    return data


def _write(path: Path, vocab: dict[str, float]) -> None:
    """Atomically (a reader sees the whole file or none); stale lists of older keys go."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(marshal.dumps(vocab))
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        for old in path.parent.glob(f"{_PREFIX}*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home: build it in memory next time too
