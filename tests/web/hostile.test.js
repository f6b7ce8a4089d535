// The hostile article (tests/web/fixtures/hostile.jsonl): its title, outlet, url and text carry
// <script>, onerror=/onload=/onmouseover= attributes and javascript: links. The pages must
// show all of it as literal text, run none of it, and be served with the
// Content-Security-Policy that forbids inline script anyway.
'use strict';

const {describe, it, before, after} = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const kScript = '<script>window.__pwned=1</script>';
const kImg = '<img src=x onerror="window.__pwned=1">';

let hostile = null;
let hostileData = null;

before(async () => {
  await h.launch();
  const stories = await h.allStories();
  hostile = stories.find((s) => s.headline.includes(kScript));
  assert.ok(hostile, 'the hostile article forms a story whose headline carries <script>');
  hostileData = (await h.api(`/api/stories/${hostile.id}`)).body;
});

after(async () => {
  await h.close();
});

// Nothing on the page may be markup or script that came from article text.
async function assertInert(page) {
  const dom = await page.evaluate(
      () => ({
        pwned: typeof window.__pwned,
        handlers: [...document.querySelectorAll('*')].flatMap(
            (node) => [...node.attributes]
                          .filter((a) => /^on/i.test(a.name))
                          .map((a) => `${node.tagName} ${a.name}`)),
        scripts: [...document.scripts].map((s) => s.getAttribute('src')),
        inlineScripts: [...document.scripts].filter((s) => s.textContent.trim() !== '').length,
        styled: document.querySelectorAll('[style]').length,
        foreignTags:
            document.querySelectorAll('img, svg, iframe, object, embed, b, form:not(.search)')
                .length,
        badLinks: [...document.querySelectorAll('a[href]')]
                      .map((a) => a.getAttribute('href'))
                      .filter((href) => !/^(\/(?!\/)|#|https?:\/\/)/.test(href)),
      }));
  assert.equal(dom.pwned, 'undefined', 'script from the article ran');
  assert.deepEqual(dom.handlers, [], 'event handler attributes exist');
  assert.ok(
      dom.scripts.every((src) => /^\/static\/[a-z]+\.js$/.test(src || '')),
      `scripts: ${dom.scripts}`);
  assert.equal(dom.inlineScripts, 0);
  assert.equal(dom.styled, 0, 'style attributes exist');
  assert.equal(dom.foreignTags, 0, 'markup from the article became elements');
  assert.deepEqual(dom.badLinks, [], 'links that are neither local nor http(s)');
}

describe('hostile article', () => {
  it('the home page shows its headline as text', async () => {
    const page = await h.openPage();
    const response = await h.visit(page, '/');
    assert.equal(response.headers()['content-security-policy'], h.kCsp);
    const headline = await page.textContent(`#stories li[data-story="${hostile.id}"] h2 a`);
    assert.equal(headline, hostile.headline);
    assert.ok(headline.includes(kScript) && headline.includes(kImg));
    await assertInert(page);
    await h.finish(page);
  });

  it('the story page shows every hostile string as text and runs none of it', async () => {
    const page = await h.openPage();
    const response = await h.visit(page, `/stories/${hostile.id}`);
    const headers = response.headers();
    assert.equal(headers['content-security-policy'], h.kCsp);
    assert.equal(headers['x-content-type-options'], 'nosniff');
    assert.equal(await page.textContent('#headline'), hostileData.brief.headline);
    const text = await page.textContent('#story');
    for (const literal
             of [kScript, kImg, '<svg/onload=alert(document.domain)>',
                 '<a href="javascript:window.__pwned=1">']) {
      assert.ok(text.includes(literal), `shows ${literal} as text`);
    }
    const article = hostileData.articles[0];
    const row = await page.$(`#sources tr[data-source="${article.id}"]`);
    assert.ok((await row.textContent())
                  .includes('<b onmouseover="window.__pwned=1">Vellmora Courier</b>'));
    const outward = await row.$$eval(
        'a',
        (links) =>
            links.map((a) => a.getAttribute('href')).filter((href) => !href.startsWith('#')));
    assert.deepEqual(outward, [], 'the javascript: url is not a link');
    for (const fact of hostileData.brief.facts) {  // marking evidence must stay text too
      await page.click(`#facts button[data-fact="${fact.id}"]`);
      const marks = await page.$$eval('#evidence mark', (m) => m.map((x) => x.textContent));
      assert.deepEqual(marks, fact.evidence.map((s) => s.text));
      await page.hover('#evidence .source-text');
    }
    await assertInert(page);
    await h.finish(page);
  });

  it('search results show its snippet as text', async () => {
    const page = await h.openPage();
    await h.visit(page, '/?q=lantern');
    const hits = await page.$$eval('#hits > li', (items) => items.map((li) => li.dataset.story));
    assert.ok(hits.includes(String(hostile.id)), 'the hostile article is found');
    await assertInert(page);
    await h.finish(page);
  });

  it('the browser enforces the Content-Security-Policy', async () => {
    const page = await h.openPage();
    await h.visit(page, `/stories/${hostile.id}`);
    const blocked = await page.evaluate(
        () => new Promise((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective));
          const script = document.createElement('script');
          script.textContent = 'window.__inline = 1;';
          document.body.appendChild(script);
          setTimeout(
              () => resolve(typeof window.__inline === 'undefined' ? 'no event' : 'ran'), 2000);
        }));
    assert.match(blocked, /^script-src/);
    assert.equal(await page.evaluate(() => typeof window.__inline), 'undefined');
    page.record.errors = page.record.errors.filter((e) => !/Content Security Policy/.test(e));
    await h.finish(page);
  });

  it('every kind of response carries the security headers', async () => {
    for (const path
             of ['/', `/stories/${hostile.id}`, '/static/app.js', '/static/story.js',
                 '/static/style.css', '/api/stories', `/api/stories/${hostile.id}`,
                 '/api/search?q=lantern', '/healthz', '/static/..%2Fetc%2Fpasswd']) {
      const response = await fetch(h.baseUrl + path);
      assert.equal(response.headers.get('content-security-policy'), h.kCsp, path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer', path);
      if (path.includes('..'))
        assert.equal(response.status, 404, path);
      else
        assert.equal(response.status, 200, path);
    }
  });
});
