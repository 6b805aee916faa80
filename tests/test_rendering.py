"""render_body: escaped text, quotations marked with their anchor, mentions linked."""

from __future__ import annotations

from archive.rendering import Span, render_body


def test_hostile_text_is_escaped_around_marks():
    body = "<script>alert(1)</script> He said “<b>hi</b> there”."
    start = body.index("<b>")
    end = body.index("”")
    html = render_body(
        body, quotations=[Span(start, end, "/quotations/1/", anchor="q-1")], mentions=[]
    )
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;hi&lt;/b&gt; there</mark>" in html
    assert '<mark id="q-1"' in html


def test_paragraphs_and_mentions_inside_quotations():
    body = "Intro.\n\nMaduro said “Venezuela will win” today."
    q_start = body.index("Venezuela")
    q_end = body.index("”")
    html = render_body(
        body,
        quotations=[Span(q_start, q_end, "/quotations/7/", anchor="q-7")],
        mentions=[
            Span(body.index("Maduro"), body.index("Maduro") + 6, "/entities/maduro/"),
            Span(q_start, q_start + 9, "/entities/venezuela/"),
        ],
    )
    assert html.startswith("<p>Intro.</p>\n<p>")
    assert '<a class="mention" href="/entities/maduro/">Maduro</a>' in html
    assert html.count('id="q-7"') == 1
    assert '<a class="mention" href="/entities/venezuela/">Venezuela</a>' in html


def test_overlapping_quotations_each_get_one_anchor():
    body = "aaa bbb ccc ddd"
    html = render_body(
        body,
        quotations=[Span(0, 7, "/q/1/", anchor="q-1"), Span(4, 11, "/q/2/", anchor="q-2")],
        mentions=[],
    )
    assert html.count('id="q-1"') == 1
    assert html.count('id="q-2"') == 1
    # Nothing of the text is lost or duplicated.
    assert html.count("bbb") == 1


def test_out_of_range_spans_are_ignored_not_fatal():
    html = render_body("short", quotations=[Span(2, 99, "/q/1/", anchor="q-1")], mentions=[])
    assert html == "<p>short</p>"
