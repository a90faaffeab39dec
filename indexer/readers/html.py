"""HTML pages: the main content without navigation, banners and footers, plus title/meta.

trafilatura finds the main content; BeautifulSoup reads title and meta tags and serves as the
fallback when trafilatura finds nothing (very short pages) or fails.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup, Tag

from indexer.errors import ReaderError
from indexer.given import normalise_value
from indexer.models import RawDocument
from indexer.readers.base import PAGE_TITLE, Limits, ReadResult, read_bytes
from indexer.readers.decoding import decode
from indexer.stamps import PART_OR_DASH_BREAK, opens_with_version_stamp

EXTENSIONS = (".html", ".htm", ".xhtml")

_NEVER_TEXT = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg")
_BOILERPLATE_TAGS = ("nav", "header", "footer", "aside", "form", "button")
_BOILERPLATE_HINT = re.compile(
    r"cookie|consent|banner|navbar|nav|menu|sidebar|footer|breadcrumb|social|share|newsletter",
    re.IGNORECASE,
)
_DATE_META = (
    "article:published_time",
    "date",
    "dc.date",
    "dcterms.date",
    "dc.date.issued",
    "pubdate",
    "publishdate",
    "og:published_time",
)
_TAG = re.compile(r"<[^>]*>")
_DATELINE_HINT = re.compile(
    r"date|datum|dateline|byline|meta|posted|published|time|stand|aktualisier|updated|lastmod",
    re.IGNORECASE,
)
#: Longest line under the h1 read as its subtitle ("für das Amt der Kreisvorsitzenden").
_MAX_SUBTITLE = 200
_MAX_DATELINE = 120
_TAG_NAME = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
#: Separators between a page's title and the site name ("Kandidatur | SPD Musterstadt").
_TITLE_SEPARATOR = re.compile(r"\s+[|\u2013\u2014\-\u00b7\u00bb:]{1,2}\s+")
_WORD = re.compile(r"\w+")
#: Shorter words (articles, "für", "SPD") say nothing about which document a heading names.
_MIN_WORD = 4
#: Deeper markup than this is no real page; tree-based extractors get slow or recurse on it.
MAX_DEPTH = 256
#: Elements that make a table cell a page region rather than a value: a cell holding
#: paragraphs or headings belongs to a layout table (e-mail newsletters, older sites).
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote")
_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")


def read(path: Path, limits: Limits) -> ReadResult:
    markup = decode(read_bytes(path, limits))
    yield parse_html(markup)


def parse_html(markup: str) -> RawDocument:
    """Main text and page metadata of one HTML page."""
    if nesting_depth(markup) > MAX_DEPTH:
        text = _strip_tags(markup)
        if not text.strip():
            raise ReaderError("HTML page contains no readable text")
        return RawDocument(text=text)
    try:
        soup = BeautifulSoup(markup, "lxml")
        meta = _page_metadata(soup)
        author = _byline(soup) or _site_name(soup)
        category = _sections(soup)
        title, page_title = _titles(soup)
        datelines = _heading(soup) + _datelines(soup) + _facts(soup)
        if _unwrap_layout_tables(soup):
            markup = str(soup)
    except RecursionError:  # absurdly nested markup: keep the words, drop the tree
        soup, meta, author, title, page_title, datelines, category = (
            None,
            {},
            None,
            None,
            None,
            [],
            "",
        )
    text = (
        _main_text(markup)
        or (_fallback_text(soup) if soup is not None else None)
        or _strip_tags(markup)
    )
    missing = [line for line in datelines if line not in text]
    if missing:
        text = "\n".join(missing) + "\n\n" + text
    if not text.strip():
        raise ReaderError("HTML page contains no readable text")
    return RawDocument(
        text=text,
        title=title,
        metadata=meta,
        source=_canonical_url(soup) if soup is not None else None,
        extra={
            **({"byline": author} if author else {}),
            **({"format_category": category} if category else {}),
            # The page's own title where the h1 replaced it: its site name ("| SPD Bremen-Nord")
            # says who published the page, evidence the metadata step reads.
            **({PAGE_TITLE: page_title} if page_title and page_title != title else {}),
        },
    )


def _sections(soup: BeautifulSoup) -> str:
    """The page's sections and tags from its meta tags ("article:section" = "Pressemitteilungen"):
    weak evidence of its type, as a post's categories are."""
    words = [
        str(tag.get("content", "")).strip()
        for tag in soup.find_all("meta", attrs={"property": ("article:section", "article:tag")})
        if isinstance(tag, Tag)
    ]
    return ", ".join(word for word in words[:20] if word)


def _unwrap_layout_tables(soup: BeautifulSoup) -> bool:
    """Turn layout tables into plain blocks; whether any was found.

    A table whose cells hold paragraphs or headings lays out a page (an e-mail newsletter);
    read as a table, its whole text became one row "| … |" and lost every line break, and
    with them datelines, headings and signatures. Data tables (names, places, votes) stay.
    """
    layout = [
        table
        for table in soup.find_all("table")
        if isinstance(table, Tag)
        and any(
            isinstance(cell, Tag) and cell.find(_BLOCKS) is not None
            for cell in table.find_all(("td", "th"))
        )
    ]
    # the parts of each layout table itself (a data table nested in a cell stays a table),
    # collected before any is renamed
    parts = [
        part
        for table in layout
        for part in table.find_all(_TABLE_PARTS)
        if isinstance(part, Tag) and part.find_parent("table") is table
    ]
    for part in [*layout, *parts]:
        part.name = "div"
    return bool(layout)


def nesting_depth(markup: str) -> int:
    """Deepest element nesting, from a linear scan of the tags (no tree is built)."""
    depth = deepest = 0
    for closing, name, self_closing in _TAG_NAME.findall(markup):
        if name.lower() in _VOID or self_closing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _main_text(markup: str) -> str | None:
    import trafilatura  # heavy import: only commands that read HTML pay for it

    try:
        text = trafilatura.extract(
            markup,
            include_comments=False,
            include_tables=True,
            include_links=False,
            favor_recall=True,
            deduplicate=False,
        )
    except (RecursionError, ValueError, TypeError):
        return None
    if text and len(text.split()) >= 20:
        return str(text)
    return None


def _fallback_text(soup: BeautifulSoup) -> str | None:
    """Whole-page text minus scripts and the usual boilerplate containers."""
    try:
        for tag in soup.find_all(_NEVER_TEXT + _BOILERPLATE_TAGS):
            tag.decompose()
        for tag in soup.find_all(True):
            if isinstance(tag, Tag) and tag.attrs is not None and _looks_like_boilerplate(tag):
                tag.decompose()
        root = soup.find("main") or soup.find("article") or soup.body or soup
        lines = [line.strip() for line in root.get_text("\n").splitlines()]
    except RecursionError:
        return None
    text = "\n".join(line for line in lines if line)
    return text or None


def _datelines(soup: BeautifulSoup) -> list[str]:
    """Short date/meta lines of the article ("Rosenheim, 10. Oktober 2024").

    Main-content extractors treat them as page chrome and drop them, but they are the
    document's own dateline: the visible text a reader sees above the article.
    """
    lines: list[str] = []
    tagged = soup.find_all(True, attrs={"class": _DATELINE_HINT}) + [
        tag for tag in soup.find_all(True, id=_DATELINE_HINT) if tag.get("class") is None
    ]
    for tag in tagged:
        if not isinstance(tag, Tag):
            continue
        if _in_comments(tag) or _in_teaser(tag):
            continue  # a reader's comment, another page's teaser: dated, the page is not
        line = " ".join(tag.get_text(" ").split())
        if _in_chrome(tag) and not opens_with_version_stamp(line):
            # a template's "Veröffentlicht am" in the footer is no date of this page; its
            # "Seite zuletzt aktualisiert: …" is
            continue
        if 4 <= len(line) <= _MAX_DATELINE and any(c.isdigit() for c in line):
            if line not in lines:
                lines.append(line)
    lines += [line for line in _footer_stamps(soup) if line not in lines]
    for tag in soup.find_all("time"):
        if (
            isinstance(tag, Tag)
            and not _in_chrome(tag)
            and not _in_comments(tag)
            and not _in_teaser(tag)
        ):
            line = " ".join(tag.get_text(" ").split())
            if 4 <= len(line) <= _MAX_DATELINE and line not in lines:
                lines.append(line)
    return lines[:3]


def _in_chrome(tag: Tag) -> bool:
    """Whether ``tag`` stands in the site's chrome (nav, header, footer, aside …); an article's
    own <header> ("entry-header" with its "Veröffentlicht am …") is the article's."""
    for parent in tag.parents:
        if not isinstance(parent, Tag) or parent.name not in _BOILERPLATE_TAGS:
            continue
        if parent.name == "header" and parent.find_parent(("article", "main")) is not None:
            continue
        return True
    return False


# A class or id token of a page's comments ("comments", "commentHeader", "comment-meta",
# "kommentare", "replies"); not a page's state ("comments-open" on WordPress's <body>) nor a
# link to them ("comments-link", "comment-count").
_COMMENTS_TOKEN = re.compile(r"(?:wp-|c-|js-)?(?:comment|kommentar|repl(?:y|ies))", re.IGNORECASE)
_NOT_COMMENTS_TOKEN = re.compile(r"open|closed|count|link|number|enabled|disabled|respond", re.I)


def _in_comments(tag: Tag) -> bool:
    """Whether ``tag`` (or an element around it, below <body>) belongs to the readers'
    comments."""
    for element in (tag, *tag.parents):
        if not isinstance(element, Tag) or element.name in ("body", "html"):
            continue
        classes = element.get("class")
        tokens = list(classes) if isinstance(classes, list) else str(classes or "").split()
        tokens += str(element.get("id") or "").split()
        if any(
            _COMMENTS_TOKEN.match(token) and not _NOT_COMMENTS_TOKEN.search(token)
            for token in tokens
        ):
            return True
    return False


#: The longest text of a teaser: another page's heading, date and a line of its lead.
_MAX_TEASER = 300


def _in_teaser(tag: Tag) -> bool:
    """Whether ``tag`` stands in a teaser of another page: a short <article> or list item with
    a link, among siblings of its kind ("Aktuelles": a heading, a date, the next one). Its
    date is that page's, not this one's; the page's own long <article> is no teaser."""
    for element in (tag, *tag.parents):
        if not isinstance(element, Tag) or element.name not in ("article", "li"):
            continue
        sibling = element.find_next_sibling(element.name) or element.find_previous_sibling(
            element.name
        )
        if (
            sibling is not None
            and element.find("a", href=True) is not None
            and len(element.get_text(" ", strip=True)) <= _MAX_TEASER
        ):
            return True
    return False


#: What separates a footer's items on one line ("Zuletzt aktualisiert: 30.11.2025 ·
#: Verantwortlich: … · Impressum").
_FOOTER_SEPARATOR = PART_OR_DASH_BREAK
_SEPARATOR_MARKS = " ·|•–—"


def _footer_stamps(soup: BeautifulSoup) -> list[str]:
    """A footer's version stamp without a dateline class ("<footer><p>Zuletzt aktualisiert:
    30.11.2025 · Impressum</p></footer>", "Impressum · Stand: 09.01.2026"): the page's own
    date, where the rest of the footer is template. Only the stamp's item of the line is
    kept."""
    stamps: list[str] = []
    for container in soup.find_all(_BOILERPLATE_TAGS):
        if not isinstance(container, Tag) or container.find_parent(_BOILERPLATE_TAGS):
            continue
        for line in container.get_text("\n").splitlines():
            for part in _FOOTER_SEPARATOR.split(" ".join(line.split())):
                item = part.strip(_SEPARATOR_MARKS)  # a link's text ends the line before
                if (
                    opens_with_version_stamp(item)
                    and any(c.isdigit() for c in item)
                    and len(item) <= _MAX_DATELINE
                    and item not in stamps
                ):
                    stamps.append(item)
    return stamps


#: A facts box's most pairs and longest value read ("Name: …", "Kreisverband: …").
_MAX_FACTS = 12
_MAX_FACT = 80


def _facts(soup: BeautifulSoup) -> list[str]:
    """A short facts box of the article as "Term: value" lines: the first ``<dl>`` outside the
    page's furniture ("<dt>Name</dt><dd>Defne Muster</dd> <dt>Eingereicht</dt>
    <dd>12.05.2025</dd>"). Main-content extractors drop definition lists, yet on a candidacy
    portal such a box is the only place that gives the candidate's full name and the date."""
    for box in soup.find_all("dl"):
        if not isinstance(box, Tag) or _in_chrome(box):
            continue
        if any(isinstance(t, Tag) and _looks_like_boilerplate(t) for t in box.parents):
            continue
        terms = box.find_all("dt")
        if not terms or len(terms) > _MAX_FACTS:
            return []
        lines: list[str] = []
        for term in terms:
            value = term.find_next_sibling("dd") if isinstance(term, Tag) else None
            if not isinstance(value, Tag):
                continue
            label = " ".join(term.get_text(" ").split()).rstrip(":")
            text = " ".join(value.get_text(" ").split())
            if label and text and len(label) <= 40 and len(text) <= _MAX_FACT:
                lines.append(f"{label}: {text}")
        return lines
    return []


def _heading(soup: BeautifulSoup) -> list[str]:
    """The article's h1 and the short line under it ("Bewerbung: Kerstin Muster" / "für das
    Amt der stellvertretenden Kreisvorsitzenden").

    Main-content extractors take the h1 for the page's title and drop it with its subtitle,
    yet on a page whose <title> names the whole section ("Bewerbungen für den Kreisvorstand")
    they are the only place that names the candidate and the office she seeks.
    """
    heading = soup.find("h1")
    if not isinstance(heading, Tag) or _in_chrome(heading):
        return []
    lines = [" ".join(heading.get_text(" ").split())]
    following = heading.find_next_sibling(True)
    if isinstance(following, Tag) and following.name in ("p", "h2", "div", "span"):
        line = " ".join(following.get_text(" ").split())
        if 0 < len(line) <= _MAX_SUBTITLE:
            lines.append(line)
    return [line for line in lines if line]


def _looks_like_boilerplate(tag: Tag) -> bool:
    if tag.decomposed:
        return False
    hints = " ".join(
        [" ".join(tag.get("class") or []), str(tag.get("id") or ""), str(tag.get("role") or "")]
    )
    return bool(hints.strip()) and bool(_BOILERPLATE_HINT.search(hints))


def _strip_tags(markup: str) -> str:
    without_scripts = re.sub(
        r"<(script|style)\b.*?</\1\s*>", " ", markup, flags=re.IGNORECASE | re.DOTALL
    )
    return " ".join(_TAG.sub(" ", without_scripts).split())


def _titles(soup: BeautifulSoup) -> tuple[str | None, str | None]:
    """The document's title, and the page's own title where that differs and the metadata
    step should read it instead.

    The page's own title is og:/twitter:title, else <title>. The document's title is the h1
    where the page's title holds it, or is "document – site name" with the h1 naming the
    document (:func:`_without_site_name`). Where only that second rule replaced the page's
    title, the metadata step keeps reading the page's title: its site name ("| SPD
    Bremen-Nord") says who published the page, evidence of party and region.
    """
    heading = soup.find("h1")
    h1 = " ".join(heading.get_text(" ").split()) if isinstance(heading, Tag) else ""
    given: str | None = None
    for name in ("og:title", "twitter:title"):
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if isinstance(tag, Tag) and tag.get("content"):
            given = " ".join(str(tag["content"]).split())
            break
    if given is None:
        page_title = " ".join(soup.title.string.split()) if soup.title and soup.title.string else ""
        if h1 and (not page_title or h1 in page_title):
            # "Kandidatur | SPD Musterstadt" -> "Kandidatur"; the metadata step reads the
            # page's title with its site name (the publisher)
            return h1, (page_title if page_title != h1 else None)
        given = page_title or h1 or None
    if given is None:
        return None, None
    title = _without_site_name(given, h1)
    if title == given:
        # og:title "Kandidatur", <title> "Kandidatur – DIE LINKE. Marburg-Biedenkopf": the
        # <title> still says who published the page
        full = " ".join(soup.title.string.split()) if soup.title and soup.title.string else ""
        return title, (full if full != title and title in full else None)
    return title, given


def _without_site_name(title: str, h1: str) -> str:
    """The h1 where ``title`` is "document – site name" and the h1 names the same document.

    "Kandidatur Kreisvorsitz | SPD Musterstadt" with the h1 "Kandidatur für den Kreisvorsitz":
    the h1 wins, as at least half of its words stand in the part before the site name (the
    last part, by the common convention). An h1 that shares too little (a logo, "Aktuelles")
    leaves the title as it is.
    """
    parts = _TITLE_SEPARATOR.split(title)
    if not h1 or len(parts) < 2:
        return title
    words = _content_words(h1)
    before_site = _content_words(" ".join(parts[:-1]))
    if words and len(words & before_site) * 2 >= len(words):
        return h1
    return title


def _content_words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text) if len(w) >= _MIN_WORD}


def _page_metadata(soup: BeautifulSoup) -> dict[str, Any]:
    found: dict[str, Any] = {}
    metas = {}
    for tag in soup.find_all("meta"):
        if not isinstance(tag, Tag):
            continue
        key = str(tag.get("name") or tag.get("property") or tag.get("itemprop") or "").lower()
        if key and tag.get("content") and key not in metas:
            metas[key] = str(tag["content"])
    for key in _DATE_META:
        date = normalise_value("date", metas.get(key))
        if date:
            found["date"] = date
            break
    if "date" not in found:
        date = normalise_value("date", _json_ld_published(soup))
        if date:
            found["date"] = date
    if "date" not in found:
        time_tag = soup.find("time", attrs={"datetime": True})
        if isinstance(time_tag, Tag):
            date = normalise_value("date", str(time_tag["datetime"]))
            if date:
                found["date"] = date
    return found


#: Schema.org types whose ``datePublished`` dates the page's own text (an article, a post), in
#: the order tried; a ``WebPage`` node (Yoast's graph has one per page) comes last.
_ARTICLE_TYPES = ("NewsArticle", "BlogPosting", "Article", "Report", "WebPage")


def _json_ld_published(soup: BeautifulSoup) -> str | None:
    """``datePublished`` of the page's schema.org data (``<script type="application/ld+json">``,
    which WordPress SEO plugins write on most party sites), article nodes first; a broken
    block is skipped."""
    nodes: list[dict[str, Any]] = []
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.get_text() or "null")
        except ValueError:
            continue
        items = data if isinstance(data, list) else [data]
        for item in items:
            if not isinstance(item, dict):
                continue
            graph = item.get("@graph")
            if isinstance(graph, list):
                nodes.extend(node for node in graph if isinstance(node, dict))
            else:
                nodes.append(item)
    for kind in _ARTICLE_TYPES:
        for node in nodes:
            types = node.get("@type")
            named = types if isinstance(types, list) else [types]
            published = node.get("datePublished")
            if kind in named and isinstance(published, str):
                return published
    return None


def _byline(soup: BeautifulSoup) -> str | None:
    """The page's ``author`` meta tag: evidence for the person, not a given value (see
    :data:`indexer.given.BYLINE_KEYS`)."""
    for name in ("author", "article:author", "dc.creator"):
        tag = soup.find("meta", attrs={"name": name}) or soup.find("meta", attrs={"property": name})
        if isinstance(tag, Tag) and tag.get("content"):
            author = " ".join(str(tag["content"]).split())
            if author and "://" not in author:
                return author
    return None


def _site_name(soup: BeautifulSoup) -> str | None:
    """The site's name ("og:site_name", or the page title's last part after " | "): on party
    sites the publisher ("Volt München"), so a byline for the metadata step where no author
    is named; the extractor takes a person from it only if it is a name."""
    tag = soup.find("meta", attrs={"property": "og:site_name"})
    if isinstance(tag, Tag) and tag.get("content"):
        return " ".join(str(tag["content"]).split()) or None
    page_title = soup.title.string if soup.title and soup.title.string else ""
    head, bar, site = page_title.rpartition(" | ")
    site = " ".join(site.split())
    return site if bar and head.strip() and 2 < len(site) <= 80 else None


def _canonical_url(soup: BeautifulSoup) -> str | None:
    link = soup.find("link", attrs={"rel": "canonical"})
    if isinstance(link, Tag) and link.get("href"):
        href = str(link["href"])
        if href.startswith(("http://", "https://")):
            return href
    return None
