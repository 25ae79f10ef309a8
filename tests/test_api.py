"""The Python API and the package itself: importable without Prefect, data shipped, version shown."""
from __future__ import annotations

import subprocess
import sys

import pytest

import newsclean
from newsclean.resources import GAZETTEER_ENV, MissingResourceError, gazetteer_path, load_default_gazetteer

PAGE = """<html><head><title>Harbour reopens</title><meta name="author" content="Ana Ruiz"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Harbour reopens</h1>
<p>The harbour authority said on Tuesday that the northern pier would reopen in June after repairs to the storm
damage, which cost the city more than four million euros, according to the mayor, Giorgia Meloni.</p>
<p>Fishermen who had moved their boats to the southern basin welcomed the news but asked for compensation.</p>
</article><footer>© 2024 Example Media. All rights reserved.</footer></body></html>"""


def test_import_and_clean_html_never_import_prefect():
    code = (
        "import sys, newsclean\n"
        f"a = newsclean.clean_html({PAGE!r}, url='https://example.org/a?utm_source=x')\n"
        "assert isinstance(a, newsclean.Article), a\n"
        "assert 'prefect' not in sys.modules, 'prefect was imported'\n"
        "print(a.url)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "https://example.org/a"  # tracking parameter removed


def test_clean_html_returns_an_explained_article():
    art = newsclean.clean_html(PAGE, url="https://example.org/a", fetched_at="2024-05-02T08:00:00Z")
    assert isinstance(art, newsclean.Article)
    assert art.text.startswith("The harbour authority said on Tuesday")
    assert "Home" not in art.text and "All rights reserved" not in art.text
    assert art.source == "example.org" and art.title == "Harbour reopens"
    assert art.provenance.fetched_at.isoformat() == "2024-05-02T08:00:00+00:00"
    assert art.provenance.changes, "the changes made are recorded"


def test_clean_text_and_rejects():
    art = newsclean.clean_text("Print Friendly, PDF & Email\n\n" + "The council approved the new harbour budget on Tuesday after a long debate.\n")
    assert isinstance(art, newsclean.Article)
    assert "Print Friendly" not in art.text
    assert any(c.step == "boilerplate" for c in art.provenance.changes)
    rej = newsclean.clean_text("")
    assert isinstance(rej, newsclean.Reject) and rej.reason == "empty"
    assert isinstance(newsclean.clean_html(b"\x00\x01\x02" * 300), newsclean.Reject)


def test_api_refuses_bad_arguments_clearly(tmp_path):
    with pytest.raises(TypeError, match="str or bytes"):
        newsclean.clean_html(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="fetched_at"):
        newsclean.clean_text("Some text here.", fetched_at="last tuesday")
    with pytest.raises(TypeError, match="url must be a string"):
        newsclean.clean_text("Some text here.", url=123)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="title must be a string"):
        newsclean.clean_html("<p>x</p>", title=["a"])  # type: ignore[arg-type]
    with pytest.raises(FileNotFoundError):
        newsclean.run(tmp_path / "missing", tmp_path / "out")
    with pytest.raises(TypeError, match="unknown option"):
        newsclean.run(tmp_path, tmp_path / "out", worker=2)
    with pytest.raises(AttributeError):
        newsclean.no_such_thing  # noqa: B018


def test_version_is_the_installed_distribution_version():
    from importlib.metadata import version

    assert newsclean.__version__ == version("newsclean")
    done = subprocess.run([sys.executable, "-m", "newsclean.cli", "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == f"newsclean {newsclean.__version__}"


def test_gazetteer_is_package_data_and_a_missing_one_is_an_error(monkeypatch, tmp_path):
    path = gazetteer_path()
    assert path.is_file() and path.parent.name == "data" and path.parent.parent.name == "newsclean"
    assert load_default_gazetteer() is not None
    monkeypatch.setenv(GAZETTEER_ENV, str(tmp_path / "nope.csv"))
    with pytest.raises(MissingResourceError, match="nope.csv"):
        load_default_gazetteer()
