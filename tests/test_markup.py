import pytest

from generator.markup import MarkdownRenderer, MentionLinker, MentionTarget, names_pattern, plain_text, sanitize, surname

LAVROV = MentionTarget("../actors/sergei-lavrov.html", "Sergei Lavrov", ("Sergei Lavrov", "Lavrov"))
RUSSIA = MentionTarget("../actors/russia.html", "Russia", ("Russia", "Moscow"))


def linked(md: str, targets=(LAVROV, RUSSIA), pattern=None) -> str:
    return MarkdownRenderer().to_html(md, MentionLinker(list(targets), pattern))


def test_longest_name_wins_and_every_mention_is_linked():
    html = linked("Sergei Lavrov met Moscow's envoys; Lavrov spoke.")
    assert html.count('href="../actors/sergei-lavrov.html"') == 2
    assert '>Sergei Lavrov</a>' in html and '>Moscow</a>\'s' in html


@pytest.mark.parametrize("md", ["`Lavrov`", "```\nLavrov\n```", "[Lavrov](https://x.org)", "<a href='https://x.org'>Lavrov</a>",
                                "Lavrovsky", "lavrov", "Lavrov-led", "pre-Lavrov"])
def test_no_link_inside_code_links_or_other_words(md):
    assert "mention" not in linked(md)


def test_mentions_in_emphasis_lists_and_headings_are_linked():
    html = linked("## Lavrov\n\n* **Russia** said\n* _Lavrov_")
    assert html.count('class="mention"') == 3


def test_a_shared_pattern_gives_the_same_result_as_an_own_one():
    other = MentionTarget("../actors/x.html", "Sergei Lavrov Jr", ("Sergei Lavrov Jr",))
    shared = names_pattern(["Sergei Lavrov Jr", "Sergei Lavrov", "Lavrov", "Russia", "Moscow", "Kyiv"])
    md = "Sergei Lavrov Jr. and Sergei Lavrov, Kyiv and Moscow."
    assert linked(md, pattern=shared) == linked(md)
    assert "Sergei Lavrov Jr" not in linked(md, (other,)) or "x.html" in linked(md, (other,))


def test_sanitize_drops_scripts_handlers_and_javascript_urls():
    html = sanitize('<p onclick="x()">a<script>alert(1)</script><a href="javascript:alert(1)">b</a>'
                    '<img src="x.png" onerror="y()"><iframe src="https://e.org"></iframe></p>')
    assert "script" not in html and "onclick" not in html and "javascript" not in html
    assert "onerror" not in html and "iframe" not in html and '<img src="x.png">' in html


def test_plain_text_keeps_paragraphs():
    assert plain_text("<h2>T</h2><p>One &amp; <b>two</b></p><ul><li>a</li><li>b</li></ul>") == "T\n\nOne & two\n\na\n\nb"


@pytest.mark.parametrize("name, expected", [
    ("Sergei Lavrov", "Lavrov"), ("Jean-Yves Le Drian", "Le Drian"), ("Ursula von der Leyen", "von der Leyen"),
    ("Luiz Inácio Lula da Silva", "da Silva"), ("Madonna", ""), ("Kassym-Jomart Tokayev", "Tokayev"),
])
def test_surname(name, expected):
    assert surname(name) == expected
