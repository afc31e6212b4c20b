/* briefing search: find an actor or an article by name, alias or title.
   Progressive enhancement: without JavaScript the search form stays hidden and every page
   still works. The index is a script (not JSON fetched with XHR) so that it also loads
   when the site is opened from disk (file://), where browsers refuse fetch(). */
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form) return;
  var root = form.getAttribute("data-root") || "";
  var input = form.querySelector("input");
  var list = form.querySelector(".search-results");
  var loading = false;
  form.hidden = false;

  function fold(text) {
    return (text || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function load(then) {
    if (window.briefingIndex) return then();
    if (loading) return;
    loading = true;
    var script = document.createElement("script");
    script.src = root + "data/search-index.js";
    script.onload = function () { loading = false; then(); };
    document.head.appendChild(script);
  }

  function search(query) {
    var q = fold(query).trim();
    var out = [];
    if (q.length < 2 || !window.briefingIndex) return out;
    var index = window.briefingIndex;
    index.actors.forEach(function (a) {
      var names = [a[1]].concat(a[3] || []);
      var best = -1;
      names.forEach(function (n) {
        var i = fold(n).indexOf(q);
        if (i >= 0 && (best < 0 || i < best)) best = i;
      });
      if (best >= 0) out.push({score: best === 0 ? 0 : 1, label: a[1], note: a[2], href: "actors/" + a[0] + ".html"});
    });
    index.articles.forEach(function (a) {
      var i = fold(a[1]).indexOf(q);
      if (i >= 0) out.push({score: 2, label: a[1], note: [a[2], a[3]].filter(Boolean).join(" · "), href: "articles/" + a[0] + ".html"});
    });
    out.sort(function (x, y) { return x.score - y.score || x.label.localeCompare(y.label); });
    return out.slice(0, 12);
  }

  function show() {
    var results = search(input.value);
    list.textContent = "";
    results.forEach(function (r) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + r.href;
      a.textContent = r.label;
      var note = document.createElement("span");
      note.className = "note";
      note.textContent = r.note;
      li.appendChild(a);
      li.appendChild(note);
      list.appendChild(li);
    });
    list.hidden = results.length === 0;
  }

  input.addEventListener("focus", function () { load(show); });
  input.addEventListener("input", function () { load(show); });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var first = list.querySelector("a");
    if (first) window.location.href = first.href;
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "/" && document.activeElement !== input) { e.preventDefault(); input.focus(); }
    if (e.key === "Escape") { list.hidden = true; input.blur(); }
  });
})();
