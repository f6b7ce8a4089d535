// chorus web front-end: the story page's sections besides the summary and the facts
// (quotes, entities, conflicts, sources, removed, membership), and the source labels they
// share with story.js. Loaded before story.js; exports window.chorus.story.
//
// Every string from the server is inserted with textContent (see app.js for the model).
'use strict';

window.chorus.story = (() => {
  const {append, el, link, externalLink, plural, timeElement} = window.chorus;
  const kTypeOrder = [
    ['person', 'People'], ['organization', 'Organisations'], ['place', 'Places'],
    ['other', 'Other names']
  ];

  // ---- labels shared with story.js -------------------------------------------------------
  function sourceName(model, id) {
    const info = model.sourceInfo.get(id);
    return info ? info.name : id;
  }

  // "3 halvard-herald": the source's number in the sources table, then its name.
  function sourceLabel(model, id) {
    const info = model.sourceInfo.get(id);
    return el(
        'span', {class: 'source-label'},
        el('span', {class: 'source-number'}, info ? String(info.number) : '?'), ' ',
        el('span', {class: 'source-name'}, sourceName(model, id)));
  }

  function empty(body, message) {
    append(body, el('p', {class: 'empty'}, message));
  }

  function bodyOf(sectionId) {
    return document.querySelector(`#${sectionId} > .section-body`);
  }

  function cssToken(value) {
    return /^[a-z][a-z0-9-]*$/.test(String(value)) ? String(value) : 'other';
  }

  // ---- quotes, entities, conflicts
  // ---------------------------------------------------------------

  function renderQuotes(model, body) {
    if (!model.quotes.length) return empty(body, 'No quotations in these reports.');
    append(body, el('ol', {class: 'quotes'}, model.quotes.map((quote) => {
             const kinds = new Map();
             for (const v of quote.variants || []) kinds.set(v.kind, (kinds.get(v.kind) || 0) + 1);
             return el(
                 'li', {class: 'quote', id: `quote-${quote.id}`},
                 el('blockquote', null, el('p', null, quote.text)),
                 el('p', {class: 'speaker'},
                    quote.speaker ? ['— ', el('strong', null, quote.speaker)] :
                                    el('em', null, 'unattributed')),
                 el('p', {class: 'meta'}, plural((quote.sources || []).length, 'outlet'), ': ',
                    [...kinds].map(([k, n]) => `${n} ${k}`).join(', ')),
                 el('ul', {class: 'variants'},
                    (quote.variants || [])
                        .map(
                            (v) => el(
                                'li', null,
                                el('span', {class: `kind kind-${cssToken(v.kind)}`}, v.kind), ' ',
                                sourceLabel(model, v.source), ' ', el('q', null, v.text)))));
           })));
  }

  function isWordChar(ch) {
    return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  }

  // The spellings of `entity` each outlet used: occurrences of each variant in the source's
  // text at word boundaries, longest first, not counting those inside a longer one.
  function spellingsBySource(model, entity) {
    const variants = (entity.variants || []).slice().sort((a, b) => b.length - a.length);
    const result = [];
    for (const id of entity.sources || []) {
      const info = model.sourceInfo.get(id);
      const text = info && info.text.text;
      if (!text) continue;
      const taken = [];
      const used = new Set();
      for (const v of variants) {
        if (!v) continue;
        for (let at = text.indexOf(v); at >= 0; at = text.indexOf(v, at + 1)) {
          const end = at + v.length;
          if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
          if (taken.some(([s, e]) => at >= s && end <= e)) continue;
          taken.push([at, end]);
          used.add(v);
        }
      }
      if (used.size) result.push([id, entity.variants.filter((v) => used.has(v))]);
    }
    return result;
  }

  function entityItem(model, entity) {
    const spellings = spellingsBySource(model, entity);
    const item =
        el('li', {class: 'entity', id: `entity-${entity.id}`},
           el('h4', null, entity.name, ' ', el('span', {class: 'type'}, entity.type)));
    if ((entity.roles || []).length) {
      append(item, el('p', {class: 'roles'}, 'Roles: ', entity.roles.join('; ')));
    }
    if (spellings.length) {
      append(
          item,
          el('dl', {class: 'spellings'},
             spellings.map(
                 ([id, forms]) =>
                     [el('dt', null, sourceLabel(model, id)), el('dd', null, forms.join(', '))])));
    } else {
      append(
          item, el('p', {class: 'spellings'}, 'Spellings: ', (entity.variants || []).join(', ')));
    }
    append(item, el('p', {class: 'meta'}, `in ${plural((entity.sources || []).length, 'outlet')}`));
    return item;
  }

  function renderEntities(model, body) {
    if (!model.entities.length) return empty(body, 'No people, organisations or places found.');
    const known = new Set(kTypeOrder.map(([type]) => type));
    for (const [type, title] of kTypeOrder) {
      const group = model.entities.filter((e) => (known.has(e.type) ? e.type : 'other') === type);
      if (!group.length) continue;
      append(
          body, el('h3', null, `${title} (${group.length})`),
          el('ul', {class: `entities entities-${type}`}, group.map((e) => entityItem(model, e))));
    }
  }

  function renderConflicts(model, body) {
    if (!model.conflicts.length) {
      return empty(
          body, 'No conflicting figures: where the reports give the same measure, they agree.');
    }
    append(
        body,
        el('ul', {class: 'conflicts'},
           model.conflicts.map(
               (conflict) => el(
                   'li', {class: 'conflict'}, el('h3', null, conflict.about),
                   el('ul', {class: 'claims'},
                      (conflict.claims || [])
                          .map(
                              (claim) => el(
                                  'li', {class: 'claim'},
                                  el('p', {class: 'value'}, el('strong', null, claim.value), ' — ',
                                     (claim.sources || [])
                                         .map((id) => sourceName(model, id))
                                         .join(', ')),
                                  el('ul', {class: 'claim-evidence'},
                                     (claim.evidence || [])
                                         .map(
                                             (span) =>
                                                 el('li', null, sourceLabel(model, span.source),
                                                    ' ', el('q', null, span.text)))))))))));
  }

  // ---- sources, removed, membership ----------------------------------------------------------

  function sourceRow(model, source) {
    const info = model.sourceInfo.get(source.id);
    const article = info.article || {};
    const title = source.title || article.title;
    const uniqueFacts = (model.unique[source.id] || []).filter((id) => model.factById.has(id));
    const who = el('td', null, el('strong', null, info.name));
    if (title)
      append(who, el('br'), externalLink(article.url, title));
    else if (article.url)
      append(who, el('br'), externalLink(article.url, 'link'));
    if (article.published) append(who, el('br'), timeElement(article.published));
    const quality = Number(source.quality) || 0;
    const only = el('td', {class: 'unique'}, String(uniqueFacts.length));
    if (uniqueFacts.length) {
      append(
          only,
          el('details', null, el('summary', null, 'show'),
             el('ul', null,
                uniqueFacts.map(
                    (id) =>
                        el('li', null,
                           link(
                               `#fact-${id}`, null, el('span', {class: 'fact-id'}, id), ' ',
                               model.factById.get(id).text))))));
    }
    return el(
        'tr', {id: `source-${source.id}`, 'data-source': source.id},
        el('td', {class: 'num'}, String(info.number)), who,
        el('td', {class: 'quality'},
           el('meter',
              {min: '0', max: '1', low: '0.5', high: '0.8', optimum: '1', value: String(quality)}),
           ' ', quality.toFixed(3)),
        el('td', {class: 'num'}, String(source.words ?? '')),
        el('td', {class: 'flags'},
           (source.flags || []).map((f) => [el('span', {class: 'badge badge-flag'}, f), ' '])),
        only);
  }

  function renderSources(model, body) {
    if (!model.sources.length) return empty(body, 'No sources.');
    const head = el('tr', null, [
      '#', 'Source', 'Quality', 'Words', 'Flags', 'Only here'
    ].map((h) => el('th', {scope: 'col'}, h)));
    append(
        body,
        el('div', {class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'sources'},
           el('table', {class: 'sources'}, el('thead', null, head),
              el('tbody', null, model.sources.map((s) => sourceRow(model, s))))),
        el('p', {class: 'hint'},
           'Quality runs from 0 (unusable) to 1 (clean, complete, agrees with the others); ',
           'flags say why. "Only here" counts the facts no other outlet reports.'));
  }

  function renderRemoved(model, body) {
    if (!model.removed.length) return empty(body, 'Nothing was removed from these reports.');
    const open = model.removed.length <= 20;
    for (const source of model.sources) {
      const cuts = model.removed.filter((r) => r.source === source.id);
      if (!cuts.length) continue;
      const reasons = new Map();
      for (const cut of cuts) reasons.set(cut.reason, (reasons.get(cut.reason) || 0) + 1);
      append(
          body,
          el('details', {class: 'removed-source', open},
             el('summary', null, sourceLabel(model, source.id), `: ${plural(cuts.length, 'cut')} (`,
                [...reasons].map(([r, n]) => `${n} ${r}`).join(', '), ')'),
             el('ol', {class: 'removed-list'},
                cuts.map(
                    (cut) =>
                        el('li', null,
                           el('span', {class: `badge reason reason-${cssToken(cut.reason)}`},
                              cut.reason),
                           ' ', el('span', {class: 'removed-text'}, cut.text))))));
    }
  }

  function memberItem(model, member) {
    const info = model.sourceInfo.get(member.id);
    const similarity = Number(member.similarity) || 0;
    let role = 'joined the story';
    if (member.founded) role = 'founded the story';
    if (member.copy_of) role = `near-duplicate of ${sourceName(model, member.copy_of)}`;
    const shared = [
      ['Shared names', member.entities], ['Shared quotations', member.quotes],
      ['Shared figures', member.figures], ['Shared words', member.words]
    ];
    return el(
        'li', {class: 'member', 'data-article': member.id},
        el('h3', null, info ? sourceLabel(model, member.id) : member.id,
           member.title ? el('span', {class: 'source-title'}, member.title) : null),
        el('p', {class: 'meta'},
           member.founded && !member.copy_of ?
               role :
               [
                 'similarity ', el('meter', {min: '0', max: '1', value: String(similarity)}), ' ',
                 similarity.toFixed(3), ' · ', role
               ]),
        el('dl', null,
           shared.map(
               ([label, values]) =>
                   [el('dt', null, label),
                    el('dd', null, (values || []).length ? values.join(', ') : '—')])));
  }

  function renderMembership(model, body) {
    if (!model.members.length) return empty(body, 'No membership explanation for this story.');
    append(
        body,
        el('p', {class: 'hint'}, 'Each article joined the story because it shares names, ',
           'quotations, figures and words with the articles already in it.'),
        el('ol', {class: 'members'}, model.members.map((m) => memberItem(model, m))));
  }

  return {
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
  };
})();
