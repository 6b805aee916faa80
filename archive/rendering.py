"""Turn an article body and its anchored spans into safe HTML.

The body is untrusted text (scraped pages can carry ``<script>``). Every piece of it is
escaped before any markup is added, and markup is only ever added at span boundaries, so
hostile text can never become HTML. Spans may nest or even overlap: the body is cut at every
boundary and each piece is wrapped in the spans that cover it. The first piece of a
quotation carries its ``id`` so ``/articles/<slug>/#q-<id>`` always lands on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    url: str
    # Quotations become <mark id=...>, mentions become links.
    anchor: str | None = None
    title: str = ""


PARAGRAPH_BREAK = "\n\n"


def render_body(body: str, *, quotations: list[Span], mentions: list[Span]) -> SafeString:
    """Paragraphs of escaped text with quotations marked and mentions linked."""
    valid_quotes = [q for q in quotations if 0 <= q.start < q.end <= len(body)]
    valid_mentions = [m for m in mentions if 0 <= m.start < m.end <= len(body)]
    cuts = {0, len(body)}
    for span in (*valid_quotes, *valid_mentions):
        cuts.update((span.start, span.end))
    index = body.find(PARAGRAPH_BREAK)
    while index != -1:
        cuts.update((index, index + len(PARAGRAPH_BREAK)))
        index = body.find(PARAGRAPH_BREAK, index + len(PARAGRAPH_BREAK))
    points = sorted(cuts)

    opened: set[str] = set()
    out = ["<p>"]
    for start, end in pairwise(points):
        piece = body[start:end]
        if piece == PARAGRAPH_BREAK:
            out.append("</p>\n<p>")
            continue
        html = escape(piece).replace("\n", "<br>")
        mention = next((m for m in valid_mentions if m.start <= start and end <= m.end), None)
        if mention is not None:
            title = f' title="{escape(mention.title)}"' if mention.title else ""
            html = f'<a class="mention" href="{escape(mention.url)}"{title}>{html}</a>'
        covering = [q for q in valid_quotes if q.start <= start and end <= q.end]
        for quote in reversed(covering):
            attrs = f' class="quotation" data-href="{escape(quote.url)}"'
            if quote.anchor and quote.anchor not in opened:
                opened.add(quote.anchor)
                attrs = f' id="{escape(quote.anchor)}"' + attrs
                # A small link into the quotation's own page, placed where it begins.
                html = (
                    f'<a class="quotation-link" href="{escape(quote.url)}" '
                    f'aria-label="Quotation details">¶</a>{html}'
                )
            html = f"<mark{attrs}>{html}</mark>"
        out.append(html)
    out.append("</p>")
    # Safe: every piece of article text above went through escape(); markup is ours.
    return mark_safe("".join(out))
