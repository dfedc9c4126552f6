"""The stylesheet and script inlined into the HTML report (one file, no network requests).

Kept apart from the page builder so that html.py reads as structure only. The script reads
nothing but `data-` attributes: no article text is ever embedded in script, so nothing in an
article can end the <script> element early.
"""

STYLE = """
:root { --error: #fde0dc; --error-line: #c62828; --warning: #fff1c2; --warning-line: #b26a00;
        --info: #e3f0ff; --info-line: #1565c0; --facet: #ffd54f; --link: #6a1b9a; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1b1b1b; background: #fafafa; }
header { position: sticky; top: 0; z-index: 2; background: #263238; color: #fff; padding: .6rem 1.2rem; }
header h1 { font-size: 1.1rem; margin: 0 0 .3rem; }
.filters { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .9rem; }
.filters legend { float: left; margin-right: .6rem; opacity: .8; }
main { padding: 0 1.2rem 2rem; }
.story { margin-top: 1.2rem; }
.story h2 { margin: .4rem 0; font-size: 1.3rem; }
table.summary { border-collapse: collapse; font-size: .85rem; margin-bottom: .8rem; }
table.summary th, table.summary td { border: 1px solid #ccc; padding: .15rem .5rem; text-align: right; }
table.summary th:first-child, table.summary td:first-child { text-align: left; }
.findings { list-style: none; padding: 0; margin: 0 0 1rem; display: grid; gap: .5rem; }
.finding { background: #fff; border-left: 5px solid var(--info-line); padding: .4rem .8rem; cursor: pointer; border-radius: 3px;
           box-shadow: 0 1px 2px rgba(0,0,0,.12); }
.finding.sev-error { border-left-color: var(--error-line); }
.finding.sev-warning { border-left-color: var(--warning-line); }
.finding.selected { outline: 2px solid var(--link); }
.badge { font-size: .75rem; font-weight: 600; text-transform: uppercase; padding: 0 .35rem; border-radius: 3px; background: var(--info); }
.sev-error .badge { background: var(--error); color: var(--error-line); }
.sev-warning .badge { background: var(--warning); color: var(--warning-line); }
.evidence { margin: .3rem 0 0; display: grid; gap: .15rem; }
.evidence p { margin: 0; }
.lang-tag { display: inline-block; min-width: 2.2em; font-weight: 600; color: #555; }
.articles { display: grid; grid-template-columns: repeat(var(--columns, 2), minmax(0, 1fr)); gap: 1rem; }
.doc { background: #fff; padding: .6rem 1rem; border-radius: 4px; box-shadow: 0 1px 2px rgba(0,0,0,.12); }
.doc h3 { margin: 0 0 .4rem; font-size: 1rem; }
.doc .meta { font-size: .8rem; color: #666; margin-bottom: .5rem; overflow-wrap: anywhere; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.claim { border-radius: 2px; cursor: pointer; }
.claim.paired:hover, .claim.linked { outline: 2px solid var(--link); background: #f3e5f5; }
.claim.flagged.sev-error { background: var(--error); border-bottom: 2px solid var(--error-line); }
.claim.flagged.sev-warning { background: var(--warning); border-bottom: 2px solid var(--warning-line); }
.claim.flagged.sev-info { background: var(--info); border-bottom: 1px dashed var(--info-line); }
.claim.linked { background: #f3e5f5; }
mark.facet { background: var(--facet); padding: 0 1px; border-radius: 2px; }
.claim:not(.flagged) mark.facet { background: transparent; }
.omissions { margin: 0 0 1rem; }
.omissions summary { cursor: pointer; font-weight: 600; margin-bottom: .4rem; }
.hidden { display: none; }
.empty { color: #666; font-style: italic; }
"""

SCRIPT = """
(function () {
  'use strict';
  function claimsOf(story, ids) {
    return ids.filter(Boolean).map(function (id) {
      return story.querySelector('[data-claim="' + CSS.escape(id) + '"]');
    }).filter(Boolean);
  }
  function words(value) { return (value || '').split(' ').filter(Boolean); }
  function clearLinks(story) {
    story.querySelectorAll('.linked').forEach(function (el) { el.classList.remove('linked'); });
  }
  function link(story, claim) {
    clearLinks(story);
    claim.classList.add('linked');
    claimsOf(story, words(claim.dataset.partners)).forEach(function (el) { el.classList.add('linked'); });
  }
  function enabledTypes() {
    var types = new Set();
    document.querySelectorAll('input[data-filter]').forEach(function (box) { if (box.checked) types.add(box.dataset.filter); });
    return types;
  }
  // A claim is highlighted when at least one of its findings' types is shown.
  function applyFilters() {
    var types = enabledTypes();
    document.querySelectorAll('.finding').forEach(function (item) {
      item.classList.toggle('hidden', !types.has(item.dataset.type));
    });
    document.querySelectorAll('.claim[data-types]').forEach(function (claim) {
      claim.classList.toggle('flagged', words(claim.dataset.types).some(function (t) { return types.has(t); }));
    });
  }
  document.querySelectorAll('input[data-filter]').forEach(function (box) { box.addEventListener('change', applyFilters); });
  document.querySelectorAll('.story').forEach(function (story) {
    story.querySelectorAll('.claim').forEach(function (claim) {
      claim.addEventListener('mouseenter', function () { link(story, claim); });
      claim.addEventListener('click', function () {
        link(story, claim);
        var partner = claimsOf(story, words(claim.dataset.partners))[0];
        if (partner) partner.scrollIntoView({block: 'nearest', behavior: 'smooth'});
      });
    });
    story.querySelectorAll('.finding').forEach(function (item) {
      item.addEventListener('click', function () {
        story.querySelectorAll('.finding.selected').forEach(function (el) { el.classList.remove('selected'); });
        item.classList.add('selected');
        var claims = claimsOf(story, words(item.dataset.claims));
        if (claims.length) { link(story, claims[0]); claims[0].scrollIntoView({block: 'center', behavior: 'smooth'}); }
      });
    });
  });
  applyFilters();
  document.body.dataset.ready = 'true';
})();
"""
