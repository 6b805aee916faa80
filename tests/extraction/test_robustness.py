import logging

import pytest

from archive.extraction import extract

from .checks import assert_invariants

ODD_INPUTS = [
    "",
    " ",
    "\n\n\n",
    "\x00\x01",
    "“““",
    "”””",
    '"""',
    "‘’‘",
    "« »",
    "<script>alert(1)</script>",
    "Title only",
    "Title\n\n“unclosed quote that runs to the end",
    "Title\n\nHe said: ",
    "X: y",
    "Mr. Mr. Mr.",
    "@@@ ### @",
    "\u00a0\u2009\ufeff\u200b",
    "Title\n\n" + "Oscar Pérez said “hi there my friend” and left. " * 2000,
    "Title\n\n" + "word " * 20_000,
    "Title\n\n" + "“a” " * 5_000,
    "Title\n\n" + '"' * 5_000,
    "Title\n\n" + "A " * 10_000,
]


@pytest.mark.parametrize("raw", ODD_INPUTS, ids=range(len(ODD_INPUTS)))
def test_odd_inputs_do_not_raise_and_keep_invariants(raw, caplog):
    with caplog.at_level(logging.ERROR):
        article = extract(raw)
    assert not caplog.records, "a stage failed and was swallowed"
    assert isinstance(article.title, str)
    assert_invariants(article)


def test_empty_input_gives_empty_article():
    article = extract("")
    assert article.title == ""
    assert article.body == ""
    assert article.quotations == () and article.entities == ()


def test_html_is_kept_verbatim():
    article = extract("Title\n\n<p>The <b>mayor</b> spoke.</p> <script>alert(1)</script>")
    assert article.body == "<p>The <b>mayor</b> spoke.</p> <script>alert(1)</script>"


def test_large_text_has_100k_chars():
    raw = "Big Story\n\n" + ("Maria Lopez said “this is fine” in Caracas. " * 2300)
    assert len(raw) > 100_000
    article = extract(raw)
    assert len(article.quotations) == 2300
    assert_invariants(article)
