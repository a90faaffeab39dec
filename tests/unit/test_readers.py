"""Readers on tiny awkward fixture files: each format, each way a file can be bad."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from indexer.errors import ReaderError, UnsupportedFormat
from indexer.models import RawDocument
from indexer.readers import Limits, RecordError, pick_reader

UMLAUT_TEXT = "Bürgerinnen und Bürger: Mütterrente, Größe, Straße – „Zitat“"


def read_all(path: Path, limits: Limits | None = None) -> list[RawDocument | RecordError]:
    return list(pick_reader(path)(path, limits or Limits()))


def read_one(path: Path) -> RawDocument:
    (doc,) = read_all(path)
    assert isinstance(doc, RawDocument)
    return doc


# -- plain text ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "encoded",
    [
        UMLAUT_TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + UMLAUT_TEXT.encode("utf-8"),
        UMLAUT_TEXT.encode("utf-16"),
        UMLAUT_TEXT.replace("„", '"').replace("“", '"').replace("–", "-").encode("latin-1"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "latin1"],
)
def test_text_encodings_decode_to_the_same_words(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(encoded)
    text = read_one(path).text
    assert "Bürgerinnen" in text and "Mütterrente" in text and "Straße" in text
    assert "\ufeff" not in text


def test_cp1252_specific_characters(tmp_path: Path) -> None:
    path = tmp_path / "cp.txt"
    path.write_bytes(
        ("Kandidatur für den Kreisvorsitz – „Gemeinsam für Größeres“ … "
         "Wir fordern 15 € Mindestlohn für alle Bürger.").encode("cp1252")
    )
    text = read_one(path).text
    assert "„Gemeinsam für Größeres“" in text and "15 €" in text and "–" in text


def test_mixed_encodings_decode_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes("Grüße aus Köln\n".encode() + "Schöne Straße\n".encode("cp1252"))
    assert read_one(path).text == "Grüße aus Köln\nSchöne Straße\n"


def test_first_line_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("\n\n  Bewerbung um den Kreisvorsitz  \nText folgt.\n", encoding="utf-8")
    assert read_one(path).title == "Bewerbung um den Kreisvorsitz"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"   \n\n\t ", "no text"),
        (b"\x00\x01\x02\x03PK\x03\x04" * 50, "binary"),
        (bytes(range(256)) * 8, "binary"),
    ],
    ids=["empty", "blank", "nul-bytes", "all-bytes"],
)
def test_bad_text_files_raise_clear_errors(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ReaderError, match=message):
        read_all(path)


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Wort " * 300_000, encoding="utf-8")
    with pytest.raises(ReaderError, match=r"larger than the limit .*PARTEISUCHE_MAX_FILE_MB"):
        read_all(path, Limits(max_bytes=1024 * 1024))


def test_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "bild.png"
    path.write_bytes(b"\x89PNG\r\n")
    with pytest.raises(UnsupportedFormat, match=r"unsupported file type '\.png'"):
        pick_reader(path)


# -- markdown --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("front", "byline"),
    [
        ("author:\n  name: Jorinde Pasewalk\n  avatar: /img/jp.png\n", "Jorinde Pasewalk"),
        ("author:\n  - name: Ulf Hackethal\n  - name: Bea Rinn\n", "Ulf Hackethal"),
        ("author:\n  name: Hannes Wöllert\n  role: Redaktion\n", None),
        ("name: Melike Drewniok\n", "Melike Drewniok"),
        ("author: https://example.org/team\n", None),
    ],
)
def test_front_matter_bylines(tmp_path: Path, front: str, byline: str | None) -> None:
    path = tmp_path / "post.md"
    path.write_text(f"---\n{front}pubDate: 2025-03-14\n---\nText der Seite.\n", encoding="utf-8")
    doc = read_one(path)
    assert doc.extra.get("byline") == byline
    assert "person" not in doc.metadata
    assert doc.metadata["date"] == "2025-03-14"  # Astro's pubDate is the page's date


def test_html_author_meta_is_a_byline(tmp_path: Path) -> None:
    path = tmp_path / "seite.html"
    path.write_text('<html><head><meta name="author" content="Kreisverband Musterau">'
                    "<title>Termine</title></head><body><p>Unsere Termine im Herbst.</p>"
                    "</body></html>", encoding="utf-8")
    doc = read_one(path)
    assert doc.extra["byline"] == "Kreisverband Musterau" and "person" not in doc.metadata


def test_markdown_front_matter_is_metadata(tmp_path: Path) -> None:
    path = tmp_path / "k.md"
    path.write_text(
        "---\ntitle: Meine Kandidatur\npartei: SPD\ndatum: 2024-09-07\nautor: Lena Fichtner\n"
        "amt: Kreisvorsitzende\n---\n# Überschrift\n\n**Liebe** Genossinnen, [hier](http://x.de)"
        " mehr.\n",
        encoding="utf-8",
    )
    doc = read_one(path)
    assert doc.title == "Meine Kandidatur"
    assert doc.metadata == {
        "party": "SPD",
        "date": "2024-09-07",
        "office": "Kreisvorsitzende",
    }
    # A page's author is evidence for the person (often an editor), not a given value.
    assert doc.extra["byline"] == "Lena Fichtner"
    assert "Liebe Genossinnen, hier mehr." in doc.text
    assert "**" not in doc.text and "http" not in doc.text and "---" not in doc.text


def test_markdown_without_front_matter_takes_heading_as_title(tmp_path: Path) -> None:
    path = tmp_path / "k.md"
    path.write_text("Vorspann\n\n## Mein Antrag\n\nText.\n", encoding="utf-8")
    doc = read_one(path)
    assert doc.title == "Mein Antrag" and doc.metadata == {}


def test_malformed_front_matter_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "k.md"
    path.write_text("---\ntitle: ok\nparty: [SPD\n---\nText\n", encoding="utf-8")
    with pytest.raises(ReaderError, match=r"malformed YAML front matter \(line \d+\)"):
        read_all(path)


def test_front_matter_must_be_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "k.md"
    path.write_text("---\n- a\n- b\n---\nText\n", encoding="utf-8")
    with pytest.raises(ReaderError, match="mapping"):
        read_all(path)


# -- HTML ------------------------------------------------------------------------------------
PAGE = """<!doctype html><html><head><title>Kandidatur Kreisvorsitz | SPD Musterstadt</title>
<meta name="date" content="2024-05-03"><meta name="author" content="Jana Beispiel">
<script>var tracking = "GEHEIMER_SCRIPTTEXT";</script><style>.x{color:red}</style></head>
<body><nav class="main-nav"><a href="/">Startseite</a> <a href="/termine">Termine</a></nav>
<div class="cookie-banner">Wir verwenden Cookies. Akzeptieren</div>
<main><article><h1>Kandidatur für den Kreisvorsitz</h1>
<p>Liebe Genossinnen und Genossen, hiermit bewerbe ich mich um den Vorsitz unseres
Kreisverbandes. Seit vielen Jahren engagiere ich mich in der Kommunalpolitik unserer Stadt
und möchte gemeinsam mit euch den Verband neu aufstellen.</p>
<p>Mir liegen bezahlbare Mieten, gute Schulen und ein verlässlicher Nahverkehr am Herzen.
Dafür will ich mit euch streiten und neue Mitglieder gewinnen.</p></article></main>
<aside class="sidebar">Neueste Beiträge: Sommerfest</aside>
<footer class="site-footer">SPD Musterstadt, Hauptstraße 1, 12345 Musterstadt</footer>
<script>document.write("NOCH_EIN_SCRIPT")</script></body></html>"""


def test_html_main_content_without_boilerplate(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = read_one(path)
    assert "hiermit bewerbe ich mich um den Vorsitz" in doc.text
    assert "bezahlbare Mieten" in doc.text
    for boilerplate in ("GEHEIMER_SCRIPTTEXT", "NOCH_EIN_SCRIPT", "Cookies", "Hauptstraße 1",
                        "Startseite", "color:red"):
        assert boilerplate not in doc.text
    # The <title> carries the site name; the h1 names the same document: the h1 wins.
    assert doc.title == "Kandidatur für den Kreisvorsitz"
    assert doc.metadata == {"date": "2024-05-03"}
    assert doc.extra["byline"] == "Jana Beispiel"  # the author meta tag: evidence, not given


@pytest.mark.parametrize(
    ("head", "h1", "title"),
    [
        # the h1 names the document the <title> names before the site name
        ("<title>Kandidatur Kreisvorsitz | SPD Musterstadt</title>",
         "Kandidatur für den Kreisvorsitz", "Kandidatur für den Kreisvorsitz"),
        ('<meta property="og:title" content="Mein Antrag zur Mietpreisbremse – Grüne Musterau">',
         "Antrag zur Mietpreisbremse", "Antrag zur Mietpreisbremse"),
        # an h1 that names something else (a logo, a section) leaves the title alone
        ("<title>Kandidatur Kreisvorsitz | SPD Musterstadt</title>", "Aktuelles",
         "Kandidatur Kreisvorsitz | SPD Musterstadt"),
        # a title without a site name stays, even where the h1 is longer
        ('<meta property="og:title" content="Antrag Radwege">', "Antrag Radwege für Musterau",
         "Antrag Radwege"),
        ("<title>Programm 2024</title>", "", "Programm 2024"),
        ("", "Bewerbung von Ida Brennecke", "Bewerbung von Ida Brennecke"),
    ],
)
def test_html_title_prefers_the_h1_over_a_title_with_the_site_name(
    tmp_path: Path, head: str, h1: str, title: str
) -> None:
    path = tmp_path / "t.html"
    heading = f"<h1>{h1}</h1>" if h1 else ""
    path.write_text(
        f"<html><head>{head}</head><body><main>{heading}<p>Wir fordern mehr Radwege und "
        "bezahlbare Mieten in Musterau.</p></main></body></html>",
        encoding="utf-8",
    )
    assert read_one(path).title == title


def test_broken_html_still_gives_text(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text(
        "<html><body><div><p>Unser Antrag zur Mietpreisbremse <b>bleibt<p>offen <script>x=1",
        encoding="utf-8",
    )
    doc = read_one(path)
    assert "Mietpreisbremse" in doc.text and "x=1" not in doc.text


def test_deeply_nested_html_does_not_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text("<div>" * 20000 + "Tief verschachtelter Text" + "</div>" * 20000)
    assert "Tief verschachtelter Text" in read_one(path).text


def test_html_without_text(tmp_path: Path) -> None:
    path = tmp_path / "leer.html"
    path.write_text("<html><head><script>a=1</script></head><body></body></html>")
    with pytest.raises(ReaderError, match="no readable text"):
        read_all(path)


# -- PDF -------------------------------------------------------------------------------------
def test_pdf_text_metadata_and_hyphenation(tmp_path: Path) -> None:
    from tests.support.pdfgen import make_pdf

    path = tmp_path / "b.pdf"
    make_pdf(
        path,
        ["Bewerbung für die Landesliste\nIch möchte den Wahl-\nkreis vertreten. Größe zählt."],
        title="Bewerbung Landesliste",
        author="Tom Beispielmann",
        creation_date="2023-11-04",
    )
    doc = read_one(path)
    assert "Wahlkreis vertreten" in doc.text and "Größe" in doc.text
    assert doc.title == "Bewerbung Landesliste"
    # The Info dictionary is weak evidence (an author field often names a secretary): extras.
    assert doc.metadata == {}
    assert doc.extra["format_author"] == "Tom Beispielmann"
    assert doc.extra["format_date"] == "2023-11-04"


def test_truncated_pdf_is_a_clear_error(tmp_path: Path) -> None:
    from tests.support.pdfgen import make_pdf

    good = tmp_path / "good.pdf"
    make_pdf(good, ["Ein Text"])
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(good.read_bytes()[:120])
    with pytest.raises(ReaderError, match="PDF"):
        read_all(broken)


def test_garbage_pdf_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not a pdf at all\n" * 10)
    with pytest.raises(ReaderError, match="PDF"):
        read_all(path)


def test_encrypted_pdf_is_a_clear_error(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    from tests.support.pdfgen import make_pdf

    plain = tmp_path / "plain.pdf"
    make_pdf(plain, ["Vertraulicher Beschluss"])
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="geheim", owner_password="geheim", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(ReaderError, match="encrypted"):
        read_all(locked)


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    from tests.support.pdfgen import make_pdf

    path = tmp_path / "scan.pdf"
    make_pdf(path, [""])
    with pytest.raises(ReaderError, match="no text layer"):
        read_all(path)


def test_pdf_page_limit(tmp_path: Path) -> None:
    from tests.support.pdfgen import make_pdf

    path = tmp_path / "many.pdf"
    make_pdf(path, [f"Seite {i}" for i in range(5)])
    with pytest.raises(ReaderError, match="more than the limit"):
        read_all(path, Limits(max_pdf_pages=3))


# -- JSONL -----------------------------------------------------------------------------------
def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "bulk.jsonl"
    path.write_text(
        '{"id": "a1", "text": "Erste Rede", "person": "Eva Muster", "role": "Bundesministerin", '
        '"party": "SPD", "date": "2024-01-02", "agenda_title": "Haushalt 2024"}\n'
        "\n"
        "{kaputt\n"
        '["keine", "map"]\n'
        '{"id": "a2", "text": ""}\n'
        '{"id": "a3", "text": "Dritte Rede", "title": "Titel drei"}\n',
        encoding="utf-8",
    )
    items = read_all(path)
    docs = [i for i in items if isinstance(i, RawDocument)]
    errors = [i for i in items if isinstance(i, RecordError)]
    assert [d.doc_id for d in docs] == ["a1", "a3"]
    assert docs[0].metadata == {
        "person": "Eva Muster",
        "office": "Bundesministerin",
        "party": "SPD",
        "date": "2024-01-02",
    }
    assert docs[0].title == "Haushalt 2024" and docs[0].extra == {"agenda_title": "Haushalt 2024"}
    assert docs[1].title == "Titel drei"
    assert [(e.line, e.reason.split(":")[0]) for e in errors] == [
        (3, "invalid JSON"),
        (4, "line is not a JSON object"),
        (5, "no 'text' field with content"),
    ]


def test_jsonl_record_of_a_sitting_is_a_speech_unless_it_says_otherwise(tmp_path: Path) -> None:
    # A two-line question in a plenary record has no speech phrase; its record says where it was
    # said. A record that states its type keeps it; one without a sitting gets none.
    path = tmp_path / "plenum.jsonl"
    path.write_text(
        '{"id": "q", "text": "Frau Ministerin, wann kommt das Gesetz?", '
        '"parliament": "Landtag Musterland", "session": 12}\n'
        '{"id": "w", "text": "Ich schwöre es.", "parliament": "Deutscher Bundestag", '
        '"wahlperiode": 21}\n'
        '{"id": "b", "text": "Der Landtag möge beschließen.", "parliament": "Landtag", '
        '"session": 3, "type": "Antrag"}\n'
        '{"id": "p", "text": "Ohne Sitzung.", "parliament": "Deutscher Bundestag"}\n'
        '{"id": "s", "text": "Nur eine Sitzung.", "session": 4, "parliament": " "}\n',
        encoding="utf-8",
    )
    types = {d.doc_id: d.metadata.get("doc_type") for d in read_all(path)}
    assert types == {"q": "speech", "w": "speech", "b": "Antrag", "p": None, "s": None}


def test_jsonl_gz(tmp_path: Path) -> None:
    path = tmp_path / "bulk.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write('{"id": "z", "text": "Gepackt"}\n')
    (doc,) = read_all(path)
    assert isinstance(doc, RawDocument) and doc.doc_id == "z" and doc.text == "Gepackt"


def test_corrupt_gzip_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bulk.jsonl.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage" * 20)
    with pytest.raises(ReaderError, match="cannot read past line"):
        read_all(path)


def test_markdown_keeps_gender_stars_and_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "g.md"
    path.write_text(
        "Mit Freund*innen entschieden: **Ich kandidiere.**\n\n## Wer ich bin\n\n"
        "Liebe Genoss*innen, *kursiv* und snake_case_name.\n\n---\n\n- Punkt eins\n",
        encoding="utf-8",
    )
    assert read_one(path).text == (
        "Mit Freund*innen entschieden: Ich kandidiere.\n\nWer ich bin\n\n"
        "Liebe Genoss*innen, kursiv und snake_case_name.\n\n\n\nPunkt eins\n"
    )


def test_jsonl_bulk_file_is_not_held_to_the_document_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "gross.jsonl"
    line = '{"id": "x%d", "text": "' + "Wort " * 200 + '"}\n'
    path.write_text("".join(line % i for i in range(2000)), encoding="utf-8")
    assert path.stat().st_size > 1024 * 1024
    docs = read_all(path, Limits(max_bytes=1024 * 1024))
    assert len(docs) == 2000 and all(isinstance(d, RawDocument) for d in docs)


def test_hugo_toml_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "bewerbung.md"
    path.write_text(
        '+++\ntitle = "Bewerbung für den Landesvorstand"\ndate = 2026-03-30\n'
        'lastmod = 2026-04-12\ntype = "posts"\n[author]\n  name = "Webteam Musterverband"\n+++\n'
        "Ich heiße Talea Brinkhaus und bewerbe mich als Beisitzerin.\n",
        encoding="utf-8",
    )
    doc = read_one(path)
    assert doc.title == "Bewerbung für den Landesvorstand"
    assert doc.metadata["date"] == "2026-03-30"  # not lastmod
    assert doc.extra["byline"] == "Webteam Musterverband"
    assert "+++" not in doc.text and "Talea Brinkhaus" in doc.text


def test_malformed_toml_front_matter_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.md"
    path.write_text('+++\ntitle = "offen\n+++\nText.\n', encoding="utf-8")
    with pytest.raises(ReaderError, match="malformed TOML front matter"):
        read_one(path)


def test_markdown_keeps_the_numbers_of_an_ordered_list(tmp_path: Path) -> None:
    """In a list of nominees the numbers are the list places."""
    path = tmp_path / "liste.md"
    path.write_text("# Unsere Liste\n\n1. Kaminski, Ewa – Erzieherin\n2. Demir, Cem – Tischler\n"
                    "- ein Punkt\n", encoding="utf-8")
    text = read_one(path).text
    assert "1. Kaminski, Ewa – Erzieherin\n2. Demir, Cem – Tischler" in text
    assert "- ein Punkt" not in text and "ein Punkt" in text


def test_a_posts_categories_and_a_pages_sections_are_weak_evidence_of_its_type(
    tmp_path: Path,
) -> None:
    post = tmp_path / "pm.md"
    post.write_text(
        "---\ntitle: Senat muss handeln\ncategories: [Pressemitteilung, Hafen]\ntags: Elbe\n---\n\n"
        "Die Partei kritisiert den Senat.\n",
        encoding="utf-8",
    )
    (record,) = list(pick_reader(post)(post, Limits()))
    assert isinstance(record, RawDocument)
    assert record.extra["format_category"] == "Pressemitteilung, Hafen, Elbe"
    assert "doc_type" not in record.metadata  # never a given type
    page = tmp_path / "pm.html"
    page.write_text(
        "<html><head><meta property='article:section' content='Pressemitteilungen'></head>"
        "<body><article><p>Die Partei kritisiert den Senat und fordert einen Plan für den Hafen, "
        "die Schiffe und die Menschen, die dort jeden Tag arbeiten und leben.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    (record,) = list(pick_reader(page)(page, Limits()))
    assert isinstance(record, RawDocument)
    assert record.extra["format_category"] == "Pressemitteilungen"


def test_html_page_title_with_the_site_name_is_kept_beside_an_og_title(tmp_path: Path) -> None:
    from indexer.readers.base import PAGE_TITLE

    path = tmp_path / "bewerbung.html"
    path.write_text(
        "<html><head><title>Bewerbung als Delegierte – DIE LINKE. Musterkreis</title>"
        '<meta property="og:title" content="Bewerbung als Delegierte"></head><body>'
        "<h1>Bewerbung als Delegierte</h1><p>Liebe Genossinnen und Genossen, ich bewerbe "
        "mich.</p></body></html>",
        encoding="utf-8",
    )
    doc = read_one(path)
    assert doc.title == "Bewerbung als Delegierte"
    assert doc.extra[PAGE_TITLE] == "Bewerbung als Delegierte – DIE LINKE. Musterkreis"


@pytest.mark.parametrize(("text", "title"), [
    ("Hannover, 28.04.2026\n\nVolt nominiert Liste\n\nText", "Volt nominiert Liste"),
    ("Pressemitteilung vom 12.05.2025\nGrüne nominieren Mira Test\n", "Grüne nominieren Mira Test"),
    ("Pressemitteilung\nHusum, 11. Januar 2023\nSPD stellt Liste auf\n", "SPD stellt Liste auf"),
    ("# Meine Bewerbung\nText", "Meine Bewerbung"),
    ("12. Mai 2025", "12. Mai 2025"),  # nothing else: the stamp is all there is
    ("Pressemitteilungen schreiben wir selten\n", "Pressemitteilungen schreiben wir selten"),
])  # fmt: skip
def test_a_press_releases_stamp_lines_are_no_title(text: str, title: str) -> None:
    from indexer.readers.text import first_line_title

    assert first_line_title(text) == title


@pytest.mark.parametrize(("text", "title"), [
    ("From: Anna Muster <a@example.org>\nTo: liste@example.org\nDate: Tue, 1 Oct 2024 18:32:51"
     " +0200\nSubject: [KV-Mitglieder] Einladung: Wahlkreiskonferenz\n\nLiebe Mitglieder,",
     "Einladung: Wahlkreiskonferenz"),
    ("Von: Anna Muster\nGesendet: Montag, 1. Dezember 2025 10:00\nBetreff: AW: Kandidatur\n\nHallo",
     "AW: Kandidatur"),
    ("Betreff der Sitzung war der Haushalt.\nSubject: nichts\n", "Betreff der Sitzung war der "
     "Haushalt."),  # no header block: the first line
])  # fmt: skip
def test_a_saved_mail_is_titled_by_its_subject(text: str, title: str) -> None:
    from indexer.readers.text import first_line_title

    assert first_line_title(text) == title
