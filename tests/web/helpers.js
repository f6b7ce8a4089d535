// Shared set-up for the browser tests: one headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core), pages that record console errors, dialogs and every request,
// and the server's own API answers to compare the pages against.
//
// Environment: CHORUS_URL (the running `chorus serve`, e.g. http://127.0.0.1:8123),
// CHROMIUM (browser binary, default /usr/bin/chromium), CHORUS_SCREENSHOTS=1 to write
// screenshots to CHORUS_SCREENSHOT_DIR (default docs/screenshots of the repository).
'use strict';

const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');
const {chromium} = require('playwright-core');

const baseUrl = (process.env.CHORUS_URL || '').replace(/\/$/, '');
if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(baseUrl)) {
  throw new Error(`CHORUS_URL must be http://127.0.0.1:PORT, got "${baseUrl}"`);
}
const kCsp =
    'default-src \'self\'; script-src \'self\'; style-src \'self\'; img-src \'self\' data:; ' +
    'object-src \'none\'; base-uri \'none\'; frame-ancestors \'none\'';

let browser = null;

async function launch() {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-default-apps', '--disable-sync', '--disable-dev-shm-usage',
      '--disable-features=Translate,MediaRouter'
    ],
  });
  return browser;
}

async function close() {
  if (browser) await browser.close();
  browser = null;
}

// A page in a fresh context that records what the tests forbid: console errors, uncaught
// exceptions, dialogs, and requests that leave the server (those are also aborted).
async function openPage(options = {}) {
  const context = await browser.newContext({
    viewport: options.viewport || {width: 1280, height: 900},
    deviceScaleFactor: options.deviceScaleFactor || 1,
    isMobile: Boolean(options.isMobile),
    hasTouch: Boolean(options.isMobile),
    colorScheme: options.colorScheme || 'light',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const record = {errors: [], dialogs: [], foreign: [], requests: []};
  await context.route('**/*', (route) => {
    const url = route.request().url();
    record.requests.push(url);
    if (url === baseUrl || url.startsWith(baseUrl + '/') || url.startsWith('data:'))
      return route.continue();
    record.foreign.push(url);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => record.errors.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    record.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  page.on('requestfailed', (request) => {
    if (!record.foreign.includes(request.url())) {
      record.errors.push(
          `request failed: ${request.url()} ${request.failure() && request.failure().errorText}`);
    }
  });
  page.record = record;
  page.closeAll = () => context.close();
  return page;
}

// Asserts nothing forbidden happened on `page`, then closes it.
async function finish(page) {
  try {
    assert.deepEqual(page.record.errors, [], 'console errors or uncaught exceptions');
    assert.deepEqual(page.record.dialogs, [], 'a dialog opened');
    assert.deepEqual(page.record.foreign, [], 'a request left 127.0.0.1');
    assert.ok(page.record.requests.length > 0, 'the page made requests');
  } finally {
    await page.closeAll();
  }
}

// Loads `pathname` and waits until the page's script has filled it in.
async function visit(page, pathname) {
  const response = await page.goto(baseUrl + pathname, {waitUntil: 'load'});
  await page.waitForSelector('main[aria-busy="false"]', {timeout: 15000});
  return response;
}

async function api(pathname) {
  const response = await fetch(baseUrl + pathname);
  assert.equal(response.status, 200, `GET ${pathname}`);
  return {headers: response.headers, body: await response.json()};
}

// All stories of the store (follows the paging of /api/stories).
async function allStories() {
  const stories = [];
  for (let offset = 0;; offset += 50) {
    const {body} = await api(`/api/stories?limit=50&offset=${offset}`);
    stories.push(...body.stories);
    if (!body.stories.length || stories.length >= body.total) return stories;
  }
}

async function screenshot(page, name) {
  if (!process.env.CHORUS_SCREENSHOTS) return;
  const dir =
      process.env.CHORUS_SCREENSHOT_DIR || path.join(__dirname, '..', '..', 'docs', 'screenshots');
  fs.mkdirSync(dir, {recursive: true});
  await page.screenshot({path: path.join(dir, name), fullPage: false});
}

module.exports = {
  baseUrl,
  kCsp,
  launch,
  close,
  openPage,
  finish,
  visit,
  api,
  allStories,
  screenshot
};
