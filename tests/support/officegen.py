"""Write small .docx and .odt packages from XML snippets, for reader tests.

Why by hand: the readers must be tested on what Word and LibreOffice write — tracked changes
(``w:ins``/``w:del``, ``text:tracked-changes``), comments, text boxes with a fallback copy,
headers and footers — and neither python-docx nor odfpy can write tracked changes. The
packages here hold exactly the parts those programs write for such a document, nothing more.

Example::

    make_docx(tmp_path / "a.docx", w_p("Bewerbung", style="Title") + w_p("Text"),
              header=w_p("Kreisverband Musterstadt"), core={"title": "Vorlage"})
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

__all__ = ["make_docx", "make_odt", "w_p", "odt_p"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CORE_TYPE = "application/vnd.openxmlformats-package.core-properties+xml"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_NAMESPACES = (
    f'xmlns:w="{_W}" xmlns:r="{_R}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"'
)


def w_p(text: str, style: str | None = None) -> str:
    """One WordprocessingML paragraph with a single run (``text`` is escaped)."""
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def make_docx(
    path: Path,
    body: str,
    *,
    header: str | None = None,
    footer: str | None = None,
    footnotes: str | None = None,
    comments: str | None = None,
    core: dict[str, str] | None = None,
    encoding: str = "utf-8",
) -> Path:
    """A .docx whose ``word/document.xml`` body holds ``body`` (WordprocessingML blocks).

    ``header``/``footer``/``footnotes``/``comments`` are the inner XML of those parts; ``core``
    maps ``title``, ``creator``, ``created`` (ISO) to document properties. ``encoding`` is the
    XML encoding of the main part (Word writes UTF-8; UTF-16 is legal too).
    """
    parts: dict[str, bytes] = {}
    types = [("/word/document.xml", f"{_WML}.document.main+xml")]
    rels = []
    section = ""
    if header is not None:
        parts["word/header1.xml"] = _xml(f"<w:hdr {_NAMESPACES}>{header}</w:hdr>")
        types.append(("/word/header1.xml", f"{_WML}.header+xml"))
        rels.append(("rIdH", "header", "header1.xml"))
        section += '<w:headerReference w:type="default" r:id="rIdH"/>'
    if footer is not None:
        parts["word/footer1.xml"] = _xml(f"<w:ftr {_NAMESPACES}>{footer}</w:ftr>")
        types.append(("/word/footer1.xml", f"{_WML}.footer+xml"))
        rels.append(("rIdF", "footer", "footer1.xml"))
        section += '<w:footerReference w:type="default" r:id="rIdF"/>'
    if footnotes is not None:
        parts["word/footnotes.xml"] = _xml(f"<w:footnotes {_NAMESPACES}>{footnotes}</w:footnotes>")
        types.append(("/word/footnotes.xml", f"{_WML}.footnotes+xml"))
        rels.append(("rIdN", "footnotes", "footnotes.xml"))
    if comments is not None:
        parts["word/comments.xml"] = _xml(f"<w:comments {_NAMESPACES}>{comments}</w:comments>")
        types.append(("/word/comments.xml", f"{_WML}.comments+xml"))
        rels.append(("rIdC", "comments", "comments.xml"))
    document = (
        f"<w:document {_NAMESPACES}><w:body>{body}"
        f"<w:sectPr>{section}</w:sectPr></w:body></w:document>"
    )
    parts["word/document.xml"] = _xml(document, encoding)
    parts["word/_rels/document.xml.rels"] = _rels(
        [(rid, f"{_DOC_REL}/{kind}", target) for rid, kind, target in rels]
    )
    package_rels = [("rId1", f"{_DOC_REL}/officeDocument", "word/document.xml")]
    if core is not None:
        parts["docProps/core.xml"] = _core(core)
        types.append(("/docProps/core.xml", _CORE_TYPE))
        package_rels.append(("rId2", f"{_PKG_REL}/metadata/core-properties", "docProps/core.xml"))
    parts["_rels/.rels"] = _rels(package_rels)
    parts["[Content_Types].xml"] = _content_types(types)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", parts.pop("[Content_Types].xml"))
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _xml(markup: str, encoding: str = "utf-8") -> bytes:
    declaration = f'<?xml version="1.0" encoding="{encoding.upper()}" standalone="yes"?>\n'
    return (declaration + markup).encode(encoding)


def _rels(rels: list[tuple[str, str, str]]) -> bytes:
    items = "".join(
        f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>' for rid, kind, target in rels
    )
    return _xml(f'<Relationships xmlns="{_PKG_REL}">{items}</Relationships>')


def _content_types(overrides: list[tuple[str, str]]) -> bytes:
    items = "".join(
        f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides
    )
    return _xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>{items}</Types>'
    )


def _core(core: dict[str, str]) -> bytes:
    fields = ""
    if "title" in core:
        fields += f"<dc:title>{escape(core['title'])}</dc:title>"
    if "creator" in core:
        fields += f"<dc:creator>{escape(core['creator'])}</dc:creator>"
    if "created" in core:
        fields += f'<dcterms:created xsi:type="dcterms:W3CDTF">{core["created"]}</dcterms:created>'
    return _xml(
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{fields}</cp:coreProperties>'
    )


# -- OpenDocument ----------------------------------------------------------------------------
_ODT_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"'
)
_ODT_MIME = "application/vnd.oasis.opendocument.text"


def odt_p(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def make_odt(
    path: Path,
    body: str,
    *,
    header: str | None = None,
    footer: str | None = None,
    meta: dict[str, str] | None = None,
    content_encoding: str = "utf-8",
) -> Path:
    """An .odt whose ``office:text`` holds ``body``; header/footer go on the default page style.

    ``meta`` maps ``title``, ``initial-creator``, ``creation-date`` to ``meta.xml`` fields.
    """
    page = ""
    if header is not None:
        page += f"<style:header>{header}</style:header>"
    if footer is not None:
        page += f"<style:footer>{footer}</style:footer>"
    styles = (
        f"<office:document-styles {_ODT_NAMESPACES}><office:master-styles>"
        f'<style:master-page style:name="Standard">{page}</style:master-page>'
        "</office:master-styles></office:document-styles>"
    )
    content = (
        f"<office:document-content {_ODT_NAMESPACES}><office:body><office:text>{body}"
        "</office:text></office:body></office:document-content>"
    )
    entries = {"content.xml": _xml(content, content_encoding), "styles.xml": _xml(styles)}
    if meta is not None:
        fields = "".join(
            f"<{'dc' if key == 'title' else 'meta'}:{key}>{escape(value)}"
            f"</{'dc' if key == 'title' else 'meta'}:{key}>"
            for key, value in meta.items()
        )
        entries["meta.xml"] = _xml(
            f"<office:document-meta {_ODT_NAMESPACES}><office:meta>{fields}</office:meta>"
            "</office:document-meta>"
        )
    manifest = "".join(
        f'<manifest:file-entry manifest:full-path="{name}" manifest:media-type="text/xml"/>'
        for name in entries
    )
    entries["META-INF/manifest.xml"] = _xml(
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" '
        f'manifest:media-type="{_ODT_MIME}"/>{manifest}</manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), _ODT_MIME)  # first and stored, as required
        for name, data in entries.items():
            archive.writestr(name, data)
    return path
