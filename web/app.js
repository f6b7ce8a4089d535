// chorus web front-end: shared helpers (window.chorus) and the home page.
//
// The home page (index.html) lists the stories of the store (GET /api/stories, newest or
// biggest first, 20 a page) and, for /?q=WORDS, the search hits (GET /api/search) with their
// snippets, each linking to its story page.
//
// Security model: every string that comes from the server is data. The DOM is built with
// createElement + textContent only (never innerHTML, insertAdjacentHTML or document.write),
// no inline script or style exists (the Content-Security-Policy forbids both), and a link
// taken from article data is kept only when it is an absolute http(s) URL.
'use strict';

window.chorus = (() => {
  const kForbiddenAttribute = /^(on|style$|href$|src$|srcdoc$|formaction$)/i;

  // Appends children: strings become text nodes, arrays are flattened, null is skipped.
  function append(node, ...children) {
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      if (Array.isArray(child))
        append(node, ...child);
      else if (child instanceof Node)
        node.appendChild(child);
      else
        node.appendChild(document.createTextNode(String(child)));
    }
    return node;
  }

  // el('p', {class: 'meta', id: 'x'}, 'text', child...). Attribute values are data-safe:
  // event handlers, style and URL attributes cannot be set here (see link()).
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (kForbiddenAttribute.test(name)) throw new Error('attribute not allowed: ' + name);
      if (name === 'class')
        node.className = value;
      else
        node.setAttribute(name, value === true ? '' : String(value));
    }
    return append(node, ...children);
  }

  // Returns the absolute URL when `raw` is an http(s) URL, else null (javascript:, data:, ...).
  function safeExternalUrl(raw) {
    if (typeof raw !== 'string' || raw.trim() === '') return null;
    try {
      const url = new URL(raw.trim());
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  // A link to a page of this site: `path` must start with one '/' (or '#').
  function link(path, attrs, ...children) {
    if (typeof path !== 'string' || !/^(\/(?!\/)|#)/.test(path)) {
      throw new Error('not a local path: ' + path);
    }
    const a = el('a', attrs, ...children);
    a.setAttribute('href', path);
    return a;
  }

  // A link out of the site, or plain text when the URL is not http(s).
  function externalLink(raw, ...children) {
    const href = safeExternalUrl(raw);
    if (!href) return el('span', null, ...children);
    const a =
        el('a', {rel: 'noopener noreferrer nofollow', referrerpolicy: 'no-referrer'}, ...children);
    a.setAttribute('href', href);
    return a;
  }

  async function fetchJson(url) {
    const response = await fetch(url, {headers: {Accept: 'application/json'}});
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      const message = body && body.error && body.error.message;
      throw new Error(message || `${url}: HTTP ${response.status}`);
    }
    return body;
  }

  function plural(n, word, words) {
    return `${n} ${n === 1 ? word : (words || word + 's')}`;
  }

  // "2026-11-20T09:00:00Z" -> <time datetime=...>2026-11-20 09:00</time>; other text as is.
  function timeElement(value) {
    if (!value) return null;
    const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(value);
    const shown = m ? m[1] + (m[2] ? ' ' + m[2] : '') : value;
    return el('time', {datetime: m ? value : null}, shown);
  }

  function setStatus(message, isError) {
    const status = document.getElementById('status');
    if (!status) return;
    status.textContent = message || '';
    status.classList.toggle('error', Boolean(isError));
    status.setAttribute('role', isError ? 'alert' : 'status');
  }

  function conflictBadge(count) {
    if (!(count > 0)) return null;
    return el(
        'span', {class: 'badge badge-conflict', title: 'the outlets disagree on figures'},
        plural(count, 'conflict'));
  }

  // Keeps the search box in the header in sync with ?q=.
  function initSearchBox() {
    const input = document.getElementById('q');
    const q = new URLSearchParams(location.search).get('q');
    if (input && q && document.body.dataset.page === 'home') input.value = q;
  }

  return {
    append,
    el,
    link,
    externalLink,
    safeExternalUrl,
    fetchJson,
    plural,
    timeElement,
    setStatus,
    conflictBadge,
    initSearchBox,
  };
})();

// ---- home page -------------------------------------------------------------------------
(() => {
  const {append, el, link, fetchJson, plural, timeElement, setStatus, conflictBadge} =
      window.chorus;
  const kPageSize = 20;

  function storyItem(story) {
    const id = Number(story.id);
    const meta = el(
        'p', {class: 'meta'}, el('span', {class: 'count-outlets'}, plural(story.outlets, 'outlet')),
        ' · ', el('span', {class: 'count-articles'}, plural(story.articles, 'article')));
    if (story.last_published) append(meta, ' · last report ', timeElement(story.last_published));
    if (story.updated_at) append(meta, ' · updated ', timeElement(story.updated_at));
    const badge = conflictBadge(story.conflicts);
    return el(
        'li', {class: 'story-card', 'data-story': id},
        el('h2', null, link(`/stories/${id}`, null, story.headline || `Story ${id}`)), meta,
        badge ? el('p', {class: 'badges'}, badge) : null);
  }

  function pager(total, offset, sort) {
    const nav = el('nav', {class: 'pager', 'aria-label': 'Pages'});
    const to = (o) => `/?sort=${encodeURIComponent(sort)}&offset=${o}`;
    if (offset > 0)
      append(nav, link(to(Math.max(0, offset - kPageSize)), {rel: 'prev'}, '← Previous'));
    append(
        nav,
        el('span', {class: 'range'},
           `${Math.min(total, offset + 1)}–${Math.min(total, offset + kPageSize)} of ${total}`));
    if (offset + kPageSize < total)
      append(nav, link(to(offset + kPageSize), {rel: 'next'}, 'Next →'));
    return nav;
  }

  function sortLinks(sort) {
    const nav = el('nav', {class: 'sort', 'aria-label': 'Order'}, 'Order: ');
    for (const [value, label] of [['newest', 'newest'], ['biggest', 'biggest']]) {
      const a = link(`/?sort=${value}`, {'aria-current': value === sort ? 'page' : null}, label);
      append(nav, a, ' ');
    }
    return nav;
  }

  async function showStories(main, params) {
    const sort = params.get('sort') === 'biggest' ? 'biggest' : 'newest';
    const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
    const page = await fetchJson(`/api/stories?limit=${kPageSize}&offset=${offset}&sort=${sort}`);
    append(main, el('div', {class: 'list-head'}, el('h1', null, 'Stories'), sortLinks(sort)));
    if (!page.stories.length) {
      append(
          main,
          el('p', {class: 'empty'},
             offset ? 'No stories on this page.' :
                      'No stories yet: add articles with chorus ingest.'));
    } else {
      append(main, el('ol', {id: 'stories', class: 'stories'}, page.stories.map(storyItem)));
    }
    if (page.total > kPageSize) append(main, pager(page.total, offset, sort));
  }

  // The snippet with the words that start like a query word in <mark> (the server's search
  // is stemmed: "collide" finds "collided"); the text itself stays as the server sent it.
  function snippet(text, q) {
    const terms = q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 1);
    const paragraph = el('p', {class: 'snippet'});
    let at = 0;
    for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const word = match[0].toLowerCase();
      if (!terms.some((t) => word.startsWith(t) || t.startsWith(word) && word.length >= 4))
        continue;
      append(paragraph, text.slice(at, match.index), el('mark', null, match[0]));
      at = match.index + match[0].length;
    }
    return append(paragraph, text.slice(at));
  }

  function hitItem(hit, q) {
    const story = Number(hit.story);
    return el(
        'li', {class: 'hit', 'data-story': story},
        el('h2', null, link(`/stories/${story}`, null, hit.title || hit.id)),
        snippet(hit.snippet || '', q), el('p', {class: 'meta'}, `story ${story} · ${hit.id}`));
  }

  async function showSearch(main, q) {
    const result = await fetchJson(`/api/search?q=${encodeURIComponent(q)}&limit=50`);
    append(
        main, el('h1', null, 'Search: ', el('q', null, q)),
        el('p', {class: 'meta'}, plural(result.hits.length, 'matching article')));
    if (result.hits.length)
      append(
          main, el('ol', {id: 'hits', class: 'hits'}, result.hits.map((hit) => hitItem(hit, q))));
    append(main, el('p', null, link('/', null, '← All stories')));
  }

  async function init() {
    window.chorus.initSearchBox();
    if (document.body.dataset.page !== 'home') return;
    const main = document.getElementById('content');
    const params = new URLSearchParams(location.search);
    const q = (params.get('q') || '').trim();
    try {
      if (q) {
        document.title = `${q} · search · chorus`;
        await showSearch(main, q);
      } else {
        await showStories(main, params);
      }
      setStatus('');
    } catch (error) {
      setStatus(error.message, true);
    }
    main.setAttribute('aria-busy', 'false');
  }

  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', init);
  else
    init();
})();
