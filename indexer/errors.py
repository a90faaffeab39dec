"""One base error for everything a user can act on; the CLI and web app turn it into a message."""


class ParteisucheError(Exception):
    """Base class: the message is meant for a person, never a traceback."""


class ReaderError(ParteisucheError):
    """A file could not be read into text (broken, encrypted, empty, binary...)."""


class UnsupportedFormat(ReaderError):
    """No reader handles this file type."""


class SchemaOutdated(ParteisucheError):
    """The index on disk was built with another schema version."""

    def __init__(self, found: int | None, expected: int) -> None:
        self.found = found
        self.expected = expected
        super().__init__(
            f"The index was built with schema version {found}, this parteisuche needs "
            f"version {expected}. Run `parteisuche reindex` to rebuild it."
        )


class IndexMissing(ParteisucheError):
    """No index exists at the configured location."""


class IndexLocked(ParteisucheError):
    """Another writer holds the index lock."""


class QueryError(ParteisucheError):
    """A query could not be understood; the message says how to fix it."""


class Interrupted(Exception):
    """A write was stopped by Ctrl-C, SIGTERM or SIGHUP; what was committed stays.

    Not a :class:`ParteisucheError`: the CLI answers it with exit code 130, not 1.
    """

    def __init__(self, saved: int | None = None) -> None:
        self.saved = saved
        super().__init__("interrupted")
