// End-to-end tests of the chorus web pages in headless Chromium, against a running
// `chorus serve` (scripts/web-test.sh starts one on a store holding examples/story and
// tests/web/fixtures/hostile.jsonl). Each page is compared with the server's own API answer.
'use strict';

const {describe, it, before, after} = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const kSections =
    ['summary', 'facts', 'quotes', 'entities', 'conflicts', 'sources', 'removed', 'membership'];

let stories = [];
let ferry = null;  // the biggest story: the example's six reports
let ferryData = null;

before(async () => {
  await h.launch();
  stories = await h.allStories();
  assert.ok(stories.length >= 2, 'the store holds the example story and the hostile article');
  ferry = stories.slice().sort((a, b) => b.articles - a.articles)[0];
  assert.ok(ferry.articles >= 2, 'the example story has several articles');
  ferryData = (await h.api(`/api/stories/${ferry.id}`)).body;
});

after(async () => {
  await h.close();
});

describe('home page', () => {
  it('lists every story with headline, counts and a conflict badge', async () => {
    const page = await h.openPage();
    await h.visit(page, '/');
    const shown = await page.$$eval(
        '#stories > li',
        (items) => items.map((li) => ({
                               id: Number(li.dataset.story),
                               headline: li.querySelector('h2 a').textContent,
                               href: li.querySelector('h2 a').getAttribute('href'),
                               meta: li.querySelector('.meta').textContent,
                               badge: li.querySelector('.badge-conflict') ?
                                   li.querySelector('.badge-conflict').textContent :
                                   null,
                             })));
    assert.equal(shown.length, Math.min(stories.length, 20));
    for (const item of shown) {
      const story = stories.find((s) => s.id === item.id);
      assert.ok(story, `story ${item.id} is in the API`);
      assert.equal(item.headline, story.headline);
      assert.equal(item.href, `/stories/${story.id}`);
      assert.match(item.meta, new RegExp(`\\b${story.outlets} outlets?\\b`));
      assert.match(item.meta, new RegExp(`\\b${story.articles} articles?\\b`));
      if (story.conflicts > 0)
        assert.match(item.badge || '', new RegExp(`^${story.conflicts} conflicts?$`));
      else
        assert.equal(item.badge, null);
    }
    assert.ok(shown.some((s) => s.badge), 'the example story has a conflict badge');
    await h.screenshot(page, 'home.png');
    await h.finish(page);
  });

  it('orders by size and pages', async () => {
    const page = await h.openPage();
    await h.visit(page, '/?sort=biggest');
    const order =
        await page.$$eval('#stories > li', (l) => l.map((li) => Number(li.dataset.story)));
    assert.equal(order[0], ferry.id, 'the biggest story first');
    assert.equal(await page.textContent('.sort a[aria-current="page"]'), 'biggest');
    await h.visit(page, '/?sort=newest&offset=20');
    assert.equal(
        await page.$$eval('#stories > li', (l) => l.length), Math.max(0, stories.length - 20));
    if (stories.length <= 20)
      assert.match(await page.textContent('main'), /No stories on this page/);
    await h.finish(page);
  });

  it('opens a story from the list', async () => {
    const page = await h.openPage();
    await h.visit(page, '/');
    await Promise.all([
      page.waitForURL(`**/stories/${ferry.id}`),
      page.click(`#stories li[data-story="${ferry.id}"] h2 a`)
    ]);
    await page.waitForSelector('main[aria-busy="false"]');
    assert.equal(await page.textContent('#headline'), ferryData.brief.headline);
    assert.equal(await page.title(), `${ferryData.brief.headline} · chorus`);
    await h.finish(page);
  });

  it('a story that does not exist shows the server\'s error message', async () => {
    const page = await h.openPage();
    await h.visit(page, '/stories/999999');
    const {body} = await fetch(`${h.baseUrl}/api/stories/999999`).then(async (r) => {
      assert.equal(r.status, 404);
      return {body: await r.json()};
    });
    assert.equal(await page.textContent('#status.error'), body.error.message);
    assert.equal(await page.textContent('#headline'), 'Story not available');
    // Chromium logs the 404 of the API call itself; nothing else may fail.
    page.record.errors = page.record.errors.filter((e) => !/status of 404/.test(e));
    await h.finish(page);
  });
});

describe('story page', () => {
  it('has every section, each filled where the brief has data', async () => {
    const page = await h.openPage({viewport: {width: 1440, height: 1100}});
    await h.visit(page, `/stories/${ferry.id}`);
    const brief = ferryData.brief;
    for (const id of kSections) {
      const text = await page.$eval(`section#${id} > .section-body`, (b) => b.textContent.trim());
      assert.ok(text.length > 0, `section ${id} is empty`);
    }
    const count = (selector) => page.$$eval(selector, (n) => n.length);
    const emptyIn = (id) => count(`section#${id} .empty`);
    assert.equal(await count('#facts tbody tr'), brief.facts.length);
    assert.equal(await count('#quotes li.quote'), brief.quotes.length);
    assert.equal(await count('#entities li.entity'), brief.entities.length);
    assert.equal(
        await count('#conflicts li.claim'),
        brief.conflicts.reduce((n, c) => n + c.claims.length, 0));
    assert.equal(await count('#sources tbody tr'), brief.sources.length);
    assert.equal(await count('#removed ol.removed-list > li'), brief.removed.length);
    assert.equal(await count('#membership li.member'), ferryData.members.length);
    for (const [id, list] of [
             ['facts', brief.facts], ['quotes', brief.quotes], ['entities', brief.entities],
             ['conflicts', brief.conflicts], ['removed', brief.removed],
             ['membership', ferryData.members]]) {
      assert.equal(
          await emptyIn(id), list.length ? 0 : 1, `section ${id}: empty message iff no data`);
    }
    const summary = await page.textContent('#summary .summary-text');
    for (const id of brief.summary.facts) {
      assert.ok(summary.includes(brief.facts.find((f) => f.id === id).text), `summary fact ${id}`);
    }
    const sourceRows = await page.$$eval(
        '#sources tbody tr',
        (rows) => rows.map((r) => ({id: r.dataset.source, text: r.textContent})));
    for (const source of brief.sources) {
      const row = sourceRows.find((r) => r.id === source.id);
      assert.ok(row, `source ${source.id}`);
      assert.ok(row.text.includes(source.quality.toFixed(3)), `quality of ${source.id}`);
      for (const flag of source.flags) assert.ok(row.text.includes(flag), `flag ${flag}`);
    }
    await h.screenshot(page, 'story.png');
    await h.finish(page);
  });

  it('choosing a fact marks its evidence in each supporting source text', async () => {
    const page = await h.openPage();
    await h.visit(page, `/stories/${ferry.id}`);
    const texts = new Map(ferryData.articles.map((a) => [a.id, a.text]));
    for (const fact of ferryData.brief.facts) {
      const button = `#facts button.fact-button[data-fact="${fact.id}"]`;
      await page.focus(button);  // keyboard: focus the row's button and press Enter
      await page.keyboard.press('Enter');
      assert.equal(await page.getAttribute(button, 'aria-pressed'), 'true', fact.id);
      const panels = await page.$$eval(
          '#evidence .source-panel',
          (list) => list.map(
              (p) => ({
                source: p.dataset.source,
                marks: [...p.querySelectorAll('.source-text mark')].map((m) => m.textContent),
                text: p.querySelector('.source-text') ?
                    p.querySelector('.source-text').textContent :
                    null,
              })));
      assert.deepEqual(
          panels.map((p) => p.source), fact.sources, `${fact.id}: one panel per source`);
      for (const panel of panels) {
        const spans = fact.evidence.filter((s) => s.source === panel.source).map((s) => s.text);
        assert.deepEqual(
            panel.marks.slice().sort(), spans.slice().sort(), `${fact.id} in ${panel.source}`);
        assert.equal(
            panel.text, texts.get(panel.source), `${fact.id}: the whole text of ${panel.source}`);
      }
    }
    assert.equal(await page.$$eval('#facts button[aria-pressed="true"]', (b) => b.length), 1);
    await h.finish(page);
  });

  it('a summary citation selects its fact', async () => {
    const page = await h.openPage();
    await h.visit(page, `/stories/${ferry.id}`);
    const id = ferryData.brief.summary.facts[ferryData.brief.summary.facts.length - 1];
    await page.click(`#summary a.cite[href="#fact-${id}"]`);
    await page.waitForSelector(`#facts button[data-fact="${id}"][aria-pressed="true"]`);
    const marks = await page.$$eval('#evidence mark', (m) => m.map((x) => x.textContent));
    const fact = ferryData.brief.facts.find((f) => f.id === id);
    assert.deepEqual(marks.sort(), fact.evidence.map((s) => s.text).sort());
    await h.finish(page);
  });

  it('quotes show the speaker and every variant with its kind', async () => {
    const page = await h.openPage();
    await h.visit(page, `/stories/${ferry.id}`);
    assert.ok(ferryData.brief.quotes.length > 0, 'the example has quotes');
    for (const quote of ferryData.brief.quotes) {
      const item = await page.$eval(
          `#quote-${quote.id}`, (li) => ({
                                  text: li.querySelector('blockquote').textContent,
                                  speaker: li.querySelector('.speaker').textContent,
                                  variants: [...li.querySelectorAll('ul.variants > li')].map(
                                      (v) => ({
                                        kind: v.querySelector('.kind').textContent,
                                        text: v.querySelector('q').textContent
                                      })),
                                }));
      assert.equal(item.text, quote.text);
      if (quote.speaker)
        assert.ok(item.speaker.includes(quote.speaker));
      else
        assert.equal(item.speaker, 'unattributed');
      assert.deepEqual(item.variants, quote.variants.map((v) => ({kind: v.kind, text: v.text})));
    }
    await h.finish(page);
  });

  it('entities show name, type, roles and each outlet\'s spellings', async () => {
    const page = await h.openPage();
    await h.visit(page, `/stories/${ferry.id}`);
    const varied = ferryData.brief.entities.filter((e) => e.variants.length > 1);
    assert.ok(varied.length > 0, 'the example spells some names differently');
    for (const entity of ferryData.brief.entities) {
      const text = await page.textContent(`#entity-${entity.id}`);
      assert.ok(text.startsWith(entity.name), entity.name);
      assert.ok(text.includes(entity.type));
      for (const role of entity.roles) assert.ok(text.includes(role), `${entity.name}: ${role}`);
      for (const variant of entity.variants)
        assert.ok(text.includes(variant), `${entity.name}: ${variant}`);
    }
    await h.finish(page);
  });

  it('is readable on a phone: the page does not scroll sideways, the matrix does', async () => {
    const page = await h.openPage(
        {viewport: {width: 390, height: 844}, deviceScaleFactor: 2, isMobile: true});
    await h.visit(page, `/stories/${ferry.id}`);
    const widths =
        await page.evaluate(() => ({
                              page: document.documentElement.scrollWidth,
                              view: window.innerWidth,
                              matrix: document.querySelector('.matrix-wrap').scrollWidth,
                              matrixBox: document.querySelector('.matrix-wrap').clientWidth,
                            }));
    assert.ok(
        widths.page <= widths.view, `page ${widths.page}px wide in a ${widths.view}px viewport`);
    assert.ok(widths.matrix > widths.matrixBox, 'the matrix scrolls inside its box');
    const fact = ferryData.brief.facts[1];
    await page.tap(`#facts button[data-fact="${fact.id}"]`);
    const top = await page.$eval('#evidence', (e) => e.getBoundingClientRect().top);
    assert.ok(top >= -1 && top < 844 / 2, `the evidence is brought into view (top at ${top}px)`);
    assert.equal(
        await page.$$eval('#evidence .source-panel', (p) => p.length), fact.sources.length);
    await page.click('#evidence .back-to-fact a');
    await page.waitForFunction((id) => {
      const r = document.getElementById(`fact-${id}`).getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    }, fact.id);
    await page.evaluate(() => document.getElementById('facts').scrollIntoView());
    await h.screenshot(page, 'story-phone.png');
    await h.finish(page);
  });
});

describe('search', () => {
  it('the search box finds the story', async () => {
    const page = await h.openPage();
    await h.visit(page, '/');
    const word = ferryData.brief.entities.find((e) => e.type === 'person').name.split(' ').pop();
    await page.fill('#q', word);
    await Promise.all([page.waitForURL(/\?q=/), page.press('#q', 'Enter')]);
    await page.waitForSelector('main[aria-busy="false"]');
    const hits = await page.$$eval(
        '#hits > li', (items) => items.map((li) => ({
                                             href: li.querySelector('h2 a').getAttribute('href'),
                                             snippet: li.querySelector('.snippet').textContent
                                           })));
    assert.ok(hits.length > 0, `hits for ${word}`);
    assert.ok(hits.some((hit) => hit.href === `/stories/${ferry.id}`), 'a hit links to the story');
    const expected = (await h.api(`/api/search?q=${encodeURIComponent(word)}&limit=50`)).body.hits;
    assert.deepEqual(
        hits.map((hit) => hit.snippet), expected.map((hit) => hit.snippet), 'snippets as sent');
    assert.ok(
        await page.$$eval('#hits .snippet mark', (m) => m.length) > 0, 'the query word is marked');
    assert.equal(await page.inputValue('#q'), word);
    await h.finish(page);
  });

  it('a search with no match says so', async () => {
    const page = await h.openPage();
    await h.visit(page, '/?q=zzzyqxnomatchword');
    assert.equal(await page.$$eval('#hits > li', (l) => l.length), 0);
    assert.match(await page.textContent('main'), /0 matching articles/);
    await h.finish(page);
  });
});
