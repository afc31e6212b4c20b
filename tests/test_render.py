from generator.config import SiteConfig
from generator.errors import Problems
from generator.pages import Page
from generator.render import Renderer


def renderer(site):
    return Renderer(site, SiteConfig(), Problems(site))


def test_fingerprint_follows_the_template_and_what_it_includes(make_site):
    site = make_site({"layouts/partials/macros.html": "{% macro x() %}1{% endmacro %}"})
    page = Page("tags/index.html", "tags.html", {"title": "Tags", "tags": []})
    first = renderer(site).fingerprint(page)
    assert renderer(site).fingerprint(page) == first
    (site / "layouts/base.html").write_text("<html>{% block content %}{% endblock %}</html>")
    assert renderer(site).fingerprint(page) != first  # tags.html extends base.html
    second = renderer(site).fingerprint(page)
    (site / "layouts/partials/macros.html").write_text("{% macro x() %}2{% endmacro %}")
    assert renderer(site).fingerprint(page) == second  # tags.html does not use the macros


def test_unchanged_page_is_not_rendered_again(make_site):
    site = make_site()
    r = renderer(site)
    page = Page("tags/index.html", "tags.html", {"title": "Tags", "tags": [("x", "tags/x.html", 2)]})
    first = r.render(page, None)
    assert first.data and b'href="x.html"' in first.data
    assert r.render(page, first.fingerprint).data is None
    changed = Page(page.path, page.template, {"title": "Tags", "tags": [("y", "tags/y.html", 2)]})
    assert r.render(changed, first.fingerprint).data is not None


def test_autoescape_in_every_template(make_site):
    site = make_site({"layouts/x.xml": "<a>{{ v }}</a>"})
    r = renderer(site)
    result = r.render(Page("x.xml", "x.xml", {"v": "<b>&"}), None)
    assert result.data == b"<a>&lt;b&gt;&amp;</a>"
