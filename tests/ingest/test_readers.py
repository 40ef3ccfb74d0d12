"""Ingest readers on good and bad files: articles come out, or one clear error per input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from passage.ingest import IngestError, Overrides, read
from passage.record import Article

FRENCH = "Le poste-frontière a rouvert lundi, selon l'agence officielle. Des camions sont passés."


def only(results):
    results = list(results)
    assert len(results) == 1, results
    return results[0]


def test_utf8_text_file(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(FRENCH, encoding="utf-8")
    article = only(read([str(path)]))
    assert isinstance(article, Article)
    assert article.text == FRENCH
    assert article.source == str(path)


def test_legacy_encoding_is_detected(tmp_path: Path):
    path = tmp_path / "latin.txt"
    text = "Les forces syriennes ont repoussé l'attaque près de la frontière irakienne. " * 5
    path.write_bytes(text.encode("cp1252"))
    article = only(read([str(path)]))
    assert isinstance(article, Article)
    assert "repoussé" in article.text


def test_bad_inputs_each_get_one_named_error(tmp_path: Path):
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "mixed.txt").write_bytes("répété ".encode() + b"\xff\xfe broken \xc3")
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing them
    (tmp_path / "nobody.html").write_text("<html><head><title>t</title></head></html>")
    (tmp_path / "good.txt").write_text(FRENCH)
    results = list(read([str(tmp_path)]))
    errors = {Path(r.source).name: r.message for r in results if isinstance(r, IngestError)}
    articles = [r for r in results if isinstance(r, Article)]
    assert [Path(a.source).name for a in articles] == ["good.txt"]
    assert "empty" in errors["empty.txt"]
    assert "binary" in errors["binary.txt"]
    assert "invalid UTF-8" in errors["mixed.txt"]
    assert "too large" in errors["big.txt"] and "50.0 MB" in errors["big.txt"]
    assert "no main text" in errors["nobody.html"]


def test_jsonl_lines_are_articles_and_bad_lines_are_named(tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps(
            {
                "text": FRENCH,
                "title": "T",
                "outlet": "O",
                "published": "2024-08-15",
                "language": "fr",
                "url": "https://example.org/a",
            }
        ),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps(
            {"text": "Deuxième article, à propos d'une route coupée.", "published": "15/08"}
        ),
        json.dumps(["a list"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(read([str(path)]))
    first = results[0]
    assert isinstance(first, Article)
    assert (first.title, first.outlet, first.language) == ("T", "O", "fr")
    assert first.published == date(2024, 8, 15) and first.published_source == "metadata"
    assert first.source.endswith(":1")
    messages = [str(r) for r in results[1:]]
    assert messages[0].endswith(
        ":2: malformed JSON (Expecting property name enclosed in double quotes at column 2)"
    )
    assert ":3: missing or empty 'text'" in messages[1]
    assert ":4: 'published' is not a YYYY-MM-DD date" in messages[2]
    assert ":5: each line must be a JSON object" in messages[3]


def test_html_text_and_metadata(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Titre</title><meta property='og:site_name' content='Le Journal'>"
        "<meta property='article:published_time' content='2019-09-30T08:00:00'></head>"
        "<body><nav>Menu Accueil</nav><article><p>" + FRENCH * 3 + "</p></article></body></html>",
        encoding="utf-8",
    )
    article = only(read([str(path)]))
    assert isinstance(article, Article)
    assert "rouvert" in article.text and "Menu Accueil" not in article.text
    assert article.outlet == "Le Journal"
    assert article.published == date(2019, 9, 30) and article.published_source == "metadata"


def test_overrides_win_and_missing_inputs_are_named(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(FRENCH)
    over = Overrides(language="fr", published=date(2020, 1, 2), outlet="X", url="https://x")
    results = list(read([str(path), str(tmp_path / "nope.txt"), str(tmp_path / "*.md")], over))
    article = results[0]
    assert (article.language, article.published, article.outlet, article.url) == (
        "fr",
        date(2020, 1, 2),
        "X",
        "https://x",
    )
    assert article.published_source == "given"
    assert str(results[1]).endswith("nope.txt: no such file or directory")
    assert "matches no file" in str(results[2])


def test_glob_and_unknown_type(tmp_path: Path):
    (tmp_path / "a.txt").write_text(FRENCH)
    (tmp_path / "b.txt").write_text(FRENCH + " Encore.")
    (tmp_path / "c.pdf").write_bytes(b"%PDF-1.4")
    results = list(read([str(tmp_path / "*.txt"), str(tmp_path / "c.pdf")]))
    assert [type(r).__name__ for r in results] == ["Article", "Article", "IngestError"]
    assert "unsupported file type '.pdf'" in str(results[2])


def test_a_short_first_line_is_the_title(tmp_path: Path):
    path = tmp_path / "titled.txt"
    path.write_text("La route coupée près de Mayadine\n\n" + FRENCH, encoding="utf-8")
    article = only(read([str(path)]))
    assert article.title == "La route coupée près de Mayadine"
    assert article.text.startswith("La route coupée")  # offsets stay those of the file
    plain = tmp_path / "plain.txt"
    plain.write_text(FRENCH + "\n" + FRENCH, encoding="utf-8")
    assert only(read([str(plain)])).title is None
