"""parteisuche indexer: reads party documents, extracts metadata and keeps a Whoosh index."""

import warnings

# Whoosh 2.7.4 contains regexes with invalid escape sequences; Python warns when it compiles
# them (SyntaxWarning from 3.12, DeprecationWarning before). Silence exactly those, nothing else.
for _category in (SyntaxWarning, DeprecationWarning):
    warnings.filterwarnings(
        "ignore", message=r"invalid escape sequence", category=_category, module=r".*whoosh.*"
    )

__version__ = "0.1.0"
