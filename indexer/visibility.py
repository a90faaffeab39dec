"""Who may see a document: its visibility, and the audience a search is made for.

A document is ``öffentlich`` (the default: anyone who reaches the server) or ``mitglieder``
(signed-in members only). It is given like any other metadata (``index --visibility``, the key
``visibility``/``sichtbarkeit`` in a sidecar, front matter or ``_meta.yaml``, the JSONL field
``visibility``) and never extracted. The search layer turns an audience into a filter
(:mod:`indexer.search.access`), the one place where the rule lives.
"""

from __future__ import annotations

from typing import Final

PUBLIC: Final = "öffentlich"
MEMBERS: Final = "mitglieder"
#: The values a document's visibility may take, the default first.
VISIBILITIES: tuple[str, ...] = (PUBLIC, MEMBERS)

#: Audiences a search is made for: the public sees ``öffentlich`` documents only, members
#: (and the index's owner at the command line) see every document.
AUDIENCES: tuple[str, ...] = (PUBLIC, MEMBERS)

#: Spellings people use, folded to lower case, -> the stored value.
_ALIASES: dict[str, str] = {
    "öffentlich": PUBLIC,
    "oeffentlich": PUBLIC,
    "offentlich": PUBLIC,
    "public": PUBLIC,
    "mitglieder": MEMBERS,
    "members": MEMBERS,
    "member": MEMBERS,
    "intern": MEMBERS,
    "internal": MEMBERS,
    "nur mitglieder": MEMBERS,
    "mitgliederbereich": MEMBERS,
}


def canonical_visibility(value: str) -> str | None:
    """The stored value a given visibility names, ``None`` when it names none."""
    return _ALIASES.get(" ".join(str(value).split()).lower())


def visible_to(visibility: str | None, audience: str) -> bool:
    """May ``audience`` see a document of ``visibility``? Anything but ``öffentlich`` is
    internal (an empty value is the default, public)."""
    return audience == MEMBERS or (visibility or PUBLIC) == PUBLIC
