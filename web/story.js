// chorus web front-end: the story page (story.html, served at /stories/{id}).
//
// Fetches GET /api/stories/{id} ({story, brief: chorus.brief/1, members, articles}) and fills
// the page's sections: summary, facts (a matrix of facts against outlets; choosing a fact shows
// its evidence marked inside each source's text), quotes, entities, conflicts, sources, removed
// and membership (those last six are drawn by sections.js). Spans are located in the article text
// by UTF-8 byte offsets (TextEncoder / TextDecoder); when the bytes there differ from span.text (an
// article that was not UTF-8 when ingested), the span text is searched for instead.
//
// Every string from the server is inserted with textContent (see app.js for the model).
'use strict';

(() => {
  const {append, el, link, fetchJson, plural, timeElement, setStatus, conflictBadge} =
      window.chorus;
  const {
    sourceName,
    sourceLabel,
    empty,
    bodyOf,
    renderQuotes,
    renderEntities,
    renderConflicts,
    renderSources,
    renderRemoved,
    renderMembership
  } = window.chorus.story;
  const encoder = new TextEncoder();
  const strictDecoder = new TextDecoder('utf-8', {fatal: true});

  // ---- locating spans in a source's text ------------------------------------------------

  // One article text with lazily computed UTF-8 bytes.
  class SourceText {
    constructor(text) {
      this.text = typeof text === 'string' ? text : null;
      this.bytes = null;
    }

    // Returns {start, end} in UTF-16 code units for `span`, or null when it is not there.
    locate(span) {
      if (this.text === null || !span || typeof span.text !== 'string' || !span.text) return null;
      if (!this.bytes) this.bytes = encoder.encode(this.text);
      const {start, end} = span;
      if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end &&
          end <= this.bytes.length) {
        let slice = null;
        try {
          slice = strictDecoder.decode(this.bytes.subarray(start, end));
        } catch (e) {
          slice = null;  // offsets inside a character: not UTF-8 offsets of this text
        }
        if (slice === span.text) {
          const begin = strictDecoder.decode(this.bytes.subarray(0, start)).length;
          return {start: begin, end: begin + slice.length};
        }
      }
      return this.search(span.text, Number.isInteger(start) ? start : 0);
    }

    // The occurrence of `needle` nearest to `near` (offsets of other encodings are close).
    search(needle, near) {
      let best = -1;
      for (let at = this.text.indexOf(needle); at >= 0; at = this.text.indexOf(needle, at + 1)) {
        if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
      }
      return best < 0 ? null : {start: best, end: best + needle.length};
    }
  }

  // `text` with each range wrapped in <mark> (overlapping ranges merged), as a fragment.
  function markedText(text, ranges) {
    const sorted = ranges.slice().sort((a, b) => a.start - b.start || b.end - a.end);
    const merged = [];
    for (const r of sorted) {
      const last = merged[merged.length - 1];
      if (last && r.start < last.end)
        last.end = Math.max(last.end, r.end);
      else
        merged.push({start: r.start, end: r.end});
    }
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const r of merged) {
      if (r.start > at) append(fragment, text.slice(at, r.start));
      append(fragment, el('mark', null, text.slice(r.start, r.end)));
      at = r.end;
    }
    if (at < text.length) append(fragment, text.slice(at));
    return fragment;
  }

  // ---- the page's data --------------------------------------------------------------------

  function buildModel(data) {
    const brief = data.brief || {};
    const list = (v) => (Array.isArray(v) ? v : []);
    const model = {
      story: data.story || {},
      brief,
      sources: list(brief.sources),
      facts: list(brief.facts),
      quotes: list(brief.quotes),
      entities: list(brief.entities),
      conflicts: list(brief.conflicts),
      removed: list(brief.removed),
      unique: brief.unique && typeof brief.unique === 'object' ? brief.unique : {},
      members: list(data.members),
      articles: new Map(list(data.articles).map((a) => [a.id, a])),
      sourceInfo: new Map(),
      factById: new Map(),
      summaryFacts: new Set(list(brief.summary && brief.summary.facts)),
    };
    model.sources.forEach((source, index) => {
      const article = model.articles.get(source.id) || null;
      model.sourceInfo.set(source.id, {
        number: index + 1,
        source,
        article,
        name: source.outlet || (article && article.outlet) || source.id,
        text: new SourceText(article && article.text),
      });
    });
    for (const fact of model.facts) model.factById.set(fact.id, fact);
    return model;
  }

  // ---- header and summary -------------------------------------------------------------------

  function renderHeader(model) {
    const headline = model.brief.headline || model.story.headline || 'Untitled story';
    document.getElementById('headline').textContent = headline;
    document.title = `${headline} · chorus`;
    const s = model.story;
    const meta = document.getElementById('story-meta');
    const outlets = s.outlets !== undefined ? s.outlets : model.sources.length;
    const articles = s.articles !== undefined ? s.articles : model.sources.length;
    append(meta, plural(outlets, 'outlet'), ' · ', plural(articles, 'article'));
    if (s.first_published) append(meta, ' · first report ', timeElement(s.first_published));
    if (s.last_published) append(meta, ' · last report ', timeElement(s.last_published));
    if (s.updated_at) append(meta, ' · updated ', timeElement(s.updated_at));
    const badge = conflictBadge(model.conflicts.length);
    if (badge) append(meta, ' ', badge);
  }

  function citation(model, fact) {
    const names = fact.sources.map((id) => sourceName(model, id)).join(', ');
    const numbers = fact.sources.map((id) => {
      const info = model.sourceInfo.get(id);
      return info ? info.number : '?';
    });
    return link(
        `#fact-${fact.id}`,
        {class: 'cite', title: `evidence: ${names}`, 'aria-label': `evidence from ${names}`},
        `[${numbers.join(',')}]`);
  }

  function renderSummary(model, body) {
    const summary = model.brief.summary || {};
    if (!summary.text) return empty(body, 'No summary: the reports share no statement.');
    const paragraph = el('p', {class: 'summary-text'});
    for (const id of summary.facts || []) {
      const fact = model.factById.get(id);
      if (!fact) continue;
      append(
          paragraph, el('span', {class: 'sentence'}, fact.text), ' ', citation(model, fact), ' ');
    }
    if (!paragraph.childNodes.length) append(paragraph, summary.text);
    append(
        body, paragraph,
        el('p', {class: 'hint'}, 'Each sentence is copied from a report. The numbers cite ',
           link('#sources', null, 'the sources'), '; choose them to see the evidence.'));
  }

  // ---- facts matrix and evidence -------------------------------------------------------------

  function factRow(model, fact) {
    const reporting = new Map();
    for (const span of fact.evidence || [])
      reporting.set(span.source, (reporting.get(span.source) || 0) + 1);
    const button =
        el('button', {
          type: 'button',
          class: 'fact-button',
          'aria-pressed': 'false',
          'aria-controls': 'evidence',
          'data-fact': fact.id
        },
           el('span', {class: 'fact-id'}, fact.id), ' ', fact.text);
    if (model.summaryFacts.has(fact.id))
      append(button, ' ', el('span', {class: 'badge'}, 'summary'));
    const support =
        el('td', {class: 'support'}, el('span', {class: 'num'}, String(fact.sources.length)));
    if (fact.origins && fact.origins < fact.sources.length) {
      append(support, el('span', {class: 'sub'}, plural(fact.origins, 'origin')));
    }
    const row =
        el('tr', {id: `fact-${fact.id}`, 'data-fact': fact.id}, el('th', {scope: 'row'}, button),
           support);
    for (const source of model.sources) {
      const n = reporting.get(source.id) || 0;
      const name = sourceName(model, source.id);
      append(
          row,
          n ? el('td', {class: 'yes', title: `${name}: ${plural(n, 'sentence')}`},
                 el('span', {'aria-hidden': 'true'}, n > 1 ? `●${n}` : '●'),
                 el('span', {class: 'visually-hidden'}, `reported by ${name}`)) :
              el('td', {class: 'no', title: `not in ${name}`},
                 el('span', {'aria-hidden': 'true'}, '·'),
                 el('span', {class: 'visually-hidden'}, `not in ${name}`)));
    }
    return row;
  }

  function matrix(model) {
    const head =
        el('tr', null, el('th', {scope: 'col'}, 'Fact'),
           el('th', {scope: 'col', title: 'outlets reporting it'}, 'Outlets'));
    const foot = el('tr', null, el('th', {scope: 'row'}, 'Facts per outlet'), el('td'));
    for (const source of model.sources) {
      append(
          head,
          el('th', {scope: 'col', class: 'outlet', title: sourceName(model, source.id)},
             sourceLabel(model, source.id)));
      const count = model.facts.filter((f) => f.sources.includes(source.id)).length;
      append(foot, el('td', {class: 'total'}, String(count)));
    }
    return el(
        'table', {class: 'matrix'},
        el('caption', {class: 'visually-hidden'}, 'facts against outlets'), el('thead', null, head),
        el('tbody', null, model.facts.map((f) => factRow(model, f))), el('tfoot', null, foot));
  }

  function sourcePanel(model, sourceId, spans) {
    const info = model.sourceInfo.get(sourceId);
    const panel =
        el('section', {class: 'source-panel', 'data-source': sourceId},
           el('h4', null, sourceLabel(model, sourceId),
              info && info.source.title ? el('span', {class: 'source-title'}, info.source.title) :
                                          null));
    const located = [];
    const missing = [];
    for (const span of spans) {
      const range = info ? info.text.locate(span) : null;
      (range ? located : missing).push(range || span);
    }
    if (info && info.text.text !== null) {
      append(
          panel,
          el('div', {
            class: 'source-text',
            tabindex: '0',
            role: 'region',
            'aria-label': `text of ${info.name}`
          },
             markedText(info.text.text, located)));
    }
    if (missing.length) {
      append(
          panel,
          el('p', {class: 'meta'},
             info && info.text.text !== null ? 'Not found in the stored text:' :
                                               'The source text is not available; the evidence:'),
          missing.map(
              (span) => el('blockquote', {class: 'loose-evidence'}, el('mark', null, span.text))));
    }
    return panel;
  }

  function renderEvidence(model, fact) {
    const box = document.getElementById('evidence');
    const bySource = new Map();
    for (const span of fact.evidence || []) {
      if (!bySource.has(span.source)) bySource.set(span.source, []);
      bySource.get(span.source).push(span);
    }
    const absent =
        model.sources.filter((s) => !bySource.has(s.id)).map((s) => sourceName(model, s.id));
    box.replaceChildren();
    append(
        box, el('h3', null, 'Evidence for ', el('span', {class: 'fact-id'}, fact.id)),
        el('p', {class: 'fact-text'}, fact.text),
        el('p', {class: 'meta'}, `${plural(bySource.size, 'outlet')}, `,
           `${plural(fact.origins || bySource.size, 'independent origin')}`,
           absent.length ? `; not in ${absent.join(', ')}` : ''),
        [...bySource.keys()].map((id) => sourcePanel(model, id, bySource.get(id))),
        el('p', {class: 'back-to-fact'}, link(`#fact-${fact.id}`, null, '↑ back to the fact')));
    requestAnimationFrame(() => {  // each text scrolled to one line above its first mark
      for (const text of box.querySelectorAll('.source-text')) {
        const mark = text.querySelector('mark');
        const line = parseFloat(getComputedStyle(text).lineHeight) || 20;
        if (mark) text.scrollTop = Math.max(0, mark.offsetTop - line - 3);
      }
    });
  }

  function selectFact(model, id, scroll) {
    const fact = model.factById.get(id);
    if (!fact) return;
    for (const button of document.querySelectorAll('#facts .fact-button')) {
      const chosen = button.dataset.fact === id;
      button.setAttribute('aria-pressed', chosen ? 'true' : 'false');
      button.closest('tr').classList.toggle('selected', chosen);
    }
    renderEvidence(model, fact);
    if (scroll) document.getElementById(`fact-${id}`).scrollIntoView({block: 'center'});
  }

  function renderFacts(model, body) {
    if (!model.facts.length)
      return empty(body, 'No facts: the reports have no statements in common.');
    const wrap =
        el('div', {
          class: 'matrix-wrap',
          tabindex: '0',
          role: 'region',
          'aria-label': 'facts against outlets (scrolls sideways)'
        },
           matrix(model));
    const evidence = el('div', {id: 'evidence', class: 'evidence', 'aria-live': 'polite'});
    append(
        body,
        el('p', {class: 'hint'}, `${plural(model.facts.length, 'fact')} against `,
           `${plural(model.sources.length, 'outlet')}, most reported first. `,
           'Choose a fact to see where each outlet says it.'),
        el('div', {class: 'facts-layout'}, wrap, evidence));
    const oneColumn = window.matchMedia('(max-width: 69.99rem)');
    wrap.addEventListener('click', (event) => {
      const row = event.target.closest('tr[data-fact]');
      if (!row || event.target.closest('a')) return;
      selectFact(model, row.dataset.fact, false);
      // Below the matrix on narrow screens: bring the evidence into view.
      if (oneColumn.matches) evidence.scrollIntoView({block: 'start'});
    });
  }

  // ---- page ---------------------------------------------------------------------------------

  function updateToc(model) {
    const counts = {
      facts: model.facts.length,
      quotes: model.quotes.length,
      entities: model.entities.length,
      conflicts: model.conflicts.length,
      sources: model.sources.length,
      removed: model.removed.length,
      membership: model.members.length
    };
    for (const a of document.querySelectorAll('#toc a')) {
      const n = counts[a.getAttribute('href').slice(1)];
      if (n !== undefined) append(a, ' ', el('span', {class: 'count'}, String(n)));
    }
  }

  function followHash(model, scroll) {
    const m = /^#fact-(.+)$/.exec(location.hash);
    if (m && model.factById.has(decodeURIComponent(m[1]))) {
      selectFact(model, decodeURIComponent(m[1]), scroll);
      return true;
    }
    return false;
  }

  function render(model) {
    renderHeader(model);
    const sections = [
      ['summary', renderSummary], ['facts', renderFacts], ['quotes', renderQuotes],
      ['entities', renderEntities], ['conflicts', renderConflicts], ['sources', renderSources],
      ['removed', renderRemoved], ['membership', renderMembership]
    ];
    for (const [id, fill] of sections) {
      try {
        fill(model, bodyOf(id));
      } catch (error) {  // one broken section must not hide the others
        console.error(`section ${id}:`, error);
        empty(bodyOf(id), `This section could not be shown: ${error.message}`);
      }
    }
    updateToc(model);
    if (!followHash(model, true) && model.facts.length) selectFact(model, model.facts[0].id, false);
    window.addEventListener('hashchange', () => followHash(model, true));
  }

  async function init() {
    const main = document.getElementById('content');
    const m = /^\/stories\/(\d+)\/?$/.exec(location.pathname);
    try {
      if (!m) throw new Error(`not a story address: ${location.pathname}`);
      const data = await fetchJson(`/api/stories/${m[1]}`);
      if (!data || !data.brief || data.brief.schema !== 'chorus.brief/1') {
        throw new Error('the server sent no chorus.brief/1 brief');
      }
      render(buildModel(data));
      setStatus('');
      document.body.classList.add('loaded');
    } catch (error) {
      document.getElementById('headline').textContent = 'Story not available';
      setStatus(error.message, true);
      document.body.classList.add('failed');
    }
    main.setAttribute('aria-busy', 'false');
  }

  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', init);
  else
    init();
})();
