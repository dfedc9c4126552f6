"""The stylesheet and script inlined into the HTML report (one file, no network requests).

Kept apart from the page builder so that html.py reads as structure only. The script reads
nothing but `data-` attributes (JSON.parse, never eval): no article text is ever embedded in
script, so nothing in an article can end the <script> element early.
"""

STYLE = """
:root { --error: #fde0dc; --error-line: #c62828; --warning: #fff1c2; --warning-line: #b26a00;
        --info: #e3f0ff; --info-line: #1565c0; --facet: #ffd54f; --link: #6a1b9a; --agree: #2e7d32; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1b1b1b; background: #fafafa; }
header { position: sticky; top: 0; z-index: 2; background: #263238; color: #fff; padding: .5rem 1.2rem; }
header h1 { font-size: 1.1rem; margin: 0 0 .2rem; }
.filters { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2rem 1rem; font-size: .9rem; }
.filters legend { float: left; margin-right: .6rem; opacity: .8; }
main { padding: 0 1.2rem 2rem; max-width: 1600px; margin: 0 auto; }
h3 { margin: 0; font-size: 1.05rem; }
h4 { margin: 0 0 .2rem; font-size: .85rem; text-transform: uppercase; letter-spacing: .03em; color: #555; }
.legend { margin: .7rem 0 0; background: #fff; border: 1px solid #ddd; border-radius: 4px; padding: .25rem .8rem; font-size: .8rem; line-height: 1.4; }
.legend summary { cursor: pointer; font-weight: 600; }
.legend-body { display: grid; grid-template-columns: 1fr 1.3fr 1fr; gap: .3rem 1.4rem; padding: .2rem 0; }
.legend-body > div:nth-child(2) ul { grid-template-columns: 1fr 1fr; column-gap: 1rem; }
.legend ul { list-style: none; margin: 0; padding: 0; display: grid; gap: .2rem; }
.loc-sample { font-family: ui-monospace, monospace; font-size: .8rem; color: var(--link); text-decoration: underline; }
.story { margin-top: 1rem; scroll-margin-top: 5rem; }
.story-index h2 { margin: .8rem 0 .3rem; font-size: 1.1rem; }
.story-index th:nth-child(2), .story-index td:nth-child(2) { text-align: left; }
.story h2 { margin: .4rem 0 .1rem; font-size: 1.3rem; }
.docs { margin: 0 0 .4rem; color: #444; }
table.summary { border-collapse: collapse; font-size: .85rem; margin-bottom: .6rem; }
table.summary th, table.summary td { border: 1px solid #ccc; padding: .15rem .5rem; text-align: right; }
table.summary th:first-child, table.summary td:first-child { text-align: left; }
.overview { display: flex; flex-wrap: wrap; align-items: flex-start; gap: .5rem 2.5rem; }
.pair-grid table { border-collapse: collapse; font-size: .85rem; margin-bottom: .6rem; }
.pair-grid caption { text-align: left; font-size: .85rem; color: #555; padding-bottom: .2rem; }
.pair-grid th { padding: .1rem .5rem; font-weight: 600; }
.pair-grid td { padding: 2px; }
.pair-cell { min-width: 3.2em; padding: .1rem .4rem; border: 1px solid #ccc; border-radius: 3px; background: #fff; cursor: pointer; font: inherit; }
.pair-cell.sev-error { background: var(--error); border-color: var(--error-line); color: var(--error-line); font-weight: 600; }
.pair-cell.sev-warning { background: var(--warning); border-color: var(--warning-line); color: var(--warning-line); font-weight: 600; }
.pair-cell.sev-info { background: var(--info); border-color: var(--info-line); }
.pair-cell.current { outline: 2px solid var(--link); }
.section-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .3rem 1.5rem; margin: .8rem 0 .4rem; }
.choice { font-size: .9rem; }
.choice select { font: inherit; font-size: .9rem; }
.facts, .findings { list-style: none; padding: 0; margin: 0 0 1rem; display: grid; gap: .6rem; }
.fact, .omissions .finding { background: #fff; border-left: 5px solid var(--info-line); padding: .45rem .9rem; border-radius: 3px;
        box-shadow: 0 1px 2px rgba(0,0,0,.12); }
.fact.sev-error { border-left-color: var(--error-line); }
.fact.sev-warning { border-left-color: var(--warning-line); }
.fact-head .scope { color: #555; font-size: .9rem; margin-left: .4rem; }
.fact-findings .conf { color: #555; font-size: .85rem; white-space: nowrap; }
.fact-claims { border-collapse: collapse; width: 100%; margin: .35rem 0 .25rem; }
.fact-claims th { width: 1%; text-align: left; vertical-align: top; padding: .15rem .3rem .15rem 0; }
/* The article's id on one line (it broke after every few letters, 'en-new/stat/esm/an', in a 3em column); a
   long one is cut with an ellipsis, its whole id in the title. */
.fact-claims th .lang-tag { white-space: nowrap; max-width: 11em; overflow: hidden; text-overflow: ellipsis; vertical-align: top; }
.fact-claims td { vertical-align: top; padding: .15rem .3rem; border-top: 1px solid #eee; }
.fact-claims tr.hub td { background: #fcfaf2; }
.fact-claims td.loc { width: 1%; white-space: nowrap; text-align: right; }
.translation { color: #666; font-size: .85rem; font-style: italic; }
a[data-goto] { font-family: ui-monospace, monospace; font-size: .8rem; color: var(--link); }
.fact-findings { list-style: none; margin: 0; padding: 0; font-size: .9rem; display: grid; gap: .15rem; }
.fact-findings li { padding-left: .2rem; }
.pair-link { font: inherit; font-size: .8rem; border: 1px solid #c9b6d6; background: #f7f0fa; color: var(--link); border-radius: 3px;
             padding: 0 .35rem; margin: 0 .15rem; cursor: pointer; white-space: nowrap; }
.badge, .mini { font-size: .75rem; font-weight: 600; text-transform: uppercase; padding: 0 .35rem; border-radius: 3px; background: var(--info); color: var(--info-line); }
.mini { font-size: .68rem; }
.sev-error .badge, .mini.sev-error { background: var(--error); color: var(--error-line); }
.sev-warning .badge, .mini.sev-warning { background: var(--warning); color: var(--warning-line); }
.evidence { margin: .3rem 0 0; display: grid; gap: .15rem; }
.evidence p { margin: 0; }
.lang-tag { display: inline-block; min-width: 2.2em; font-weight: 600; color: #555; }
.omissions { margin: 0 0 1rem; }
.omissions summary { cursor: pointer; font-weight: 600; margin-bottom: .4rem; }
.articles { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 1rem; }
.doc { background: #fff; padding: .6rem 1rem; border-radius: 4px; box-shadow: 0 1px 2px rgba(0,0,0,.12); }
.doc h3 { margin: 0 0 .3rem; font-size: 1rem; }
.doc .meta { font-size: .8rem; color: #666; margin-bottom: .5rem; overflow-wrap: anywhere; }
.scripted .doc.aside { display: none; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.65; }
.claim { border-radius: 2px; cursor: pointer; scroll-margin-top: 7rem; }
.claim.st-agree { border-bottom: 2px solid rgba(46, 125, 50, .55); }
.claim.st-partial { border-bottom: 2px dotted var(--warning-line); }
.claim.st-conflict { border-bottom: 2px solid var(--error-line); }
.claim.st-weak { border-bottom: 1px dashed #999; }
.claim.st-none { color: #666; }
.claim.flagged.sev-error { background: var(--error); }
.claim.flagged.sev-warning { background: var(--warning); }
.claim.flagged.sev-info { background: var(--info); }
.claim.paired:hover, .claim.linked { outline: 2px solid var(--link); background: #f3e5f5; }
mark.facet { background: var(--facet); padding: 0 1px; border-radius: 2px; }
.claim:not(.flagged) mark.facet { background: transparent; }
.legend mark.facet { background: var(--facet); }
.hidden { display: none; }
.empty { color: #666; font-style: italic; }
/* Ids and names come from the input: a very long one breaks anywhere rather than widen the page. */
.story h2, .docs, .fact-head, .fact-claims th, .fact-claims td, .doc h3, .pair-grid th, .story-index td { overflow-wrap: anywhere; }
.pair-link { display: inline-block; max-width: 100%; white-space: normal; overflow-wrap: anywhere; }
/* A narrow window (a phone, a split screen): one column of legend and articles, the summary table
   scrolls on its own and file:line links wrap, so the page never scrolls sideways. */
@media (max-width: 760px) {
  main { padding: 0 .6rem 2rem; }
  .legend-body, .legend-body > div:nth-child(2) ul { grid-template-columns: minmax(0, 1fr); }
  .articles { grid-template-columns: minmax(0, 1fr); }
  table.summary { display: block; max-width: 100%; overflow-x: auto; }
  .fact-claims td.loc { white-space: normal; overflow-wrap: anywhere; width: 30%; }
  .fact, .omissions .finding { padding: .45rem .5rem; }
}
"""

SCRIPT = """
(function () {
  'use strict';
  var SEVERITY = {info: 1, warning: 2, error: 3};
  var STATUS = {weak: 0, agree: 1, partial: 2, conflict: 3};
  function words(value) { return (value || '').split(' ').filter(Boolean); }
  function json(value) { try { return JSON.parse(value || '[]'); } catch (e) { return []; } }
  function all(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }
  function enabledTypes() {
    var types = new Set();
    all(document, 'input[data-filter]').forEach(function (box) { if (box.checked) types.add(box.dataset.filter); });
    return types;
  }
  function worst(values, rank) {
    return values.reduce(function (best, v) { return v && (!best || rank[v] > rank[best]) ? v : best; }, '');
  }

  function Story(section) {
    var docs = all(section, 'article.doc');
    var left = section.querySelector('select[data-side="left"]');
    var right = section.querySelector('select[data-side="right"]');
    var scope = section.querySelector('select[data-scope]');
    var self = this;

    this.pair = function () {
      if (left && right) return [left.value, right.value];
      return docs.slice(0, 2).map(function (d) { return d.dataset.doc; });
    };
    this.show = function (a, b) {
      if (!left || !right || !a || !b || a === b) return;
      left.value = a; right.value = b;
      self.apply();
    };
    // Each claim against the article beside it: status underline, severity of the findings
    // whose types are shown, grey when it has no counterpart there.
    function markClaims(pair, types) {
      docs.forEach(function (doc) {
        var other = doc.dataset.doc === pair[0] ? pair[1] : pair[0];
        all(doc, '.claim').forEach(function (claim) {
          var links = json(claim.dataset.links).filter(function (l) { return l[1] === other; });
          var status = worst(links.map(function (l) { return l[2]; }), STATUS);
          var severity = worst(links.filter(function (l) {
            return l[4].some(function (t) { return types.has(t); });
          }).map(function (l) { return l[3]; }), SEVERITY);
          claim.className = claim.className.replace(/\\b(st|sev)-\\w+|\\bflagged\\b/g, '').trim();
          claim.classList.add('st-' + (status || 'none'));
          if (severity) { claim.classList.add('flagged'); claim.classList.add('sev-' + severity); }
        });
      });
    }
    function inScope(docsOf, pairsOf, pair) {
      var value = scope ? scope.value : 'all';
      if (value === 'pair') {
        return pairsOf ? pairsOf.some(function (p) { return pair.indexOf(p[0]) >= 0 && pair.indexOf(p[p.length - 1]) >= 0; })
                       : docsOf.every(function (d) { return pair.indexOf(d) >= 0; });
      }
      if (value.indexOf('doc:') === 0) return docsOf.indexOf(value.slice(4)) >= 0;
      return true;
    }
    function filterFindings(pair, types) {
      all(section, 'li.finding').forEach(function (line) {
        var pairs = line.dataset.pairs ? json(line.dataset.pairs) : null;
        var shown = types.has(line.dataset.type) && inScope(words(line.dataset.docs), pairs, pair);
        line.classList.toggle('hidden', !shown);
      });
      all(section, 'li.fact').forEach(function (card) {
        card.classList.toggle('hidden', !card.querySelector('li.finding:not(.hidden)'));
      });
    }
    this.apply = function () {
      var pair = self.pair(), types = enabledTypes();
      if (left && right) {
        docs.forEach(function (doc) {
          var at = pair.indexOf(doc.dataset.doc);
          doc.classList.toggle('aside', at < 0);
          doc.style.order = at < 0 ? 2 : at;
        });
        all(section, '.pair-cell').forEach(function (cell) {
          var p = [cell.dataset.left, cell.dataset.right];
          cell.classList.toggle('current', p.indexOf(pair[0]) >= 0 && p.indexOf(pair[1]) >= 0);
        });
      }
      if (pair.length === 2) markClaims(pair, types);  // one article alone has nothing beside it
      filterFindings(pair, types);
    };
    function clearLinks() { all(section, '.linked').forEach(function (el) { el.classList.remove('linked'); }); }
    function link(claim) {
      clearLinks();
      claim.classList.add('linked');
      words(claim.dataset.partners).forEach(function (id) {
        var partner = document.getElementById(id);
        if (partner) partner.classList.add('linked');
      });
    }
    function goTo(id) {
      var claim = document.getElementById(id);
      if (!claim) return;
      link(claim);
      claim.scrollIntoView({block: 'center'});
      claim.focus({preventScroll: true});
    }
    [left, right, scope].forEach(function (select) { if (select) select.addEventListener('change', self.apply); });
    all(section, '.pair-cell').forEach(function (cell) {
      cell.addEventListener('click', function () {
        if (scope) scope.value = 'pair';
        self.show(cell.dataset.left, cell.dataset.right);
      });
    });
    all(section, '.pair-link').forEach(function (button) {
      button.addEventListener('click', function () {
        self.show(button.dataset.left, button.dataset.right);
        goTo(button.dataset.goto);
      });
    });
    all(section, 'a[data-goto]').forEach(function (anchor) {
      anchor.addEventListener('click', function (event) {
        event.preventDefault();
        var doc = anchor.dataset.doc, other = anchor.dataset.with, pair = self.pair();
        if (pair.indexOf(doc) < 0) self.show(doc, other && other !== doc ? other : (pair[0] === doc ? pair[1] : pair[0]));
        else if (other && pair.indexOf(other) < 0) self.show(doc, other);
        goTo(anchor.dataset.goto);
      });
    });
    all(section, '.claim').forEach(function (claim) {
      claim.addEventListener('mouseenter', function () { link(claim); });
      claim.addEventListener('focus', function () { link(claim); });
    });
  }

  var stories = all(document, '.story').map(function (section) { return new Story(section); });
  function applyAll() { stories.forEach(function (story) { story.apply(); }); }
  all(document, 'input[data-filter]').forEach(function (box) { box.addEventListener('change', applyAll); });
  document.body.classList.add('scripted');
  applyAll();
  document.body.dataset.ready = 'true';
})();
"""
