// Cross-check of URL, mention/list, hashtag and cashtag extraction (values and UTF-16 indices) against npm
// twitter-text 3.1.0. Not run by ctest (it needs node and the npm package); run it by hand after changing app/text:
//   cd "$(mktemp -d)" && npm install twitter-text@3.1.0 && \
//     NODE_PATH=$PWD/node_modules SEED=1 node /path/to/tests/text/crosscheck/entities.js /path/to/build/tests/text_entitydump
// 40,000 texts built from pieces chosen to stress the boundaries of each entity. Exit status 1 on any difference.
const tt = require('twitter-text');
const { execFileSync } = require('child_process');
const pieces = ['Hello', ' ', ' ', ' ', '.', ',', '!', ':', '/', '@', '#', '$', '＠', '＃', 'RT', 'rt:', 'Привет', '日本語', '😷', '👍🏽', '\uFE0F', '\u20E3', 'é', 'ä', 'user', 'user_1', 'list-x', 'tag', '中文', '한국어', 'GBP', 'abc.de', '_', '-', '&', '~', '://', 'http://example.com', 'https://t.co/abc', 'example.org', 'www.x.co/a#b', 'x'.repeat(21), '1', '123', 'ß', '\u0301', '\u200D', '\u3000', '\n', 'a@b.com', 'ab', 'CD', '\ud83d', '\udc00', '\ufe0e'];
let seed = Number(process.env.SEED || 1);
// mulberry32: deterministic, so a failure can be replayed with the same SEED.
const random = () => { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const rnd = n => Math.floor(random() * n);
const texts = [];
for (let i = 0; i < 40000; i++) { let s = ''; const k = 1 + rnd(14); for (let j = 0; j < k; j++) s += pieces[rnd(pieces.length)]; texts.push(s); }
const out = execFileSync(process.argv[2], [], { input: texts.map(t => JSON.stringify(t)).join('\n') + '\n', maxBuffer: 1 << 28 }).toString().trim().split('\n');
let bad = {}; let shown = 0;
texts.forEach((t, i) => {
  const a = JSON.parse(out[i]);
  const ref = {
    urls: tt.extractUrlsWithIndices(t).map(e => [e.url, e.indices[0], e.indices[1]]),
    mentions: tt.extractMentionsOrListsWithIndices(t).map(e => [e.screenName + e.listSlug, e.indices[0], e.indices[1]]),
    hashtags: tt.extractHashtagsWithIndices(t).map(e => [e.hashtag, e.indices[0], e.indices[1]]),
    cashtags: tt.extractCashtagsWithIndices(t).map(e => [e.cashtag, e.indices[0], e.indices[1]]),
  };
  for (const k of Object.keys(ref)) if (JSON.stringify(ref[k]) !== JSON.stringify(a[k])) { bad[k] = (bad[k] || 0) + 1; if (shown++ < 10) console.log(k, JSON.stringify(t), JSON.stringify(ref[k]), JSON.stringify(a[k])); }
});
console.log('texts', texts.length, 'mismatches', JSON.stringify(bad));
process.exit(Object.keys(bad).length ? 1 : 0);
