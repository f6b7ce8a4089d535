// Mozilla Readability on jsdom over every page given on the command line, in one process.
// Prints "pages seconds bytes" on stdout (timing covers parsing and extraction, not start-up).
// Files ending in .gz are gunzipped first (outside the timed part).
'use strict';
const fs = require('fs');
const zlib = require('zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const files = process.argv.slice(2);
const pages = files.map((f) => {
  const raw = fs.readFileSync(f);
  return { name: f, html: (f.endsWith('.gz') ? zlib.gunzipSync(raw) : raw).toString('utf8') };
});
const quiet = new VirtualConsole();
let bytes = 0;
let chars = 0;
const start = process.hrtime.bigint();
for (const p of pages) {
  bytes += Buffer.byteLength(p.html);
  const dom = new JSDOM(p.html, { url: 'https://example.org/', virtualConsole: quiet });
  const article = new Readability(dom.window.document).parse();
  chars += article && article.textContent ? article.textContent.length : 0;
  dom.window.close();
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`${pages.length} ${seconds.toFixed(3)} ${bytes} ${chars}`);
