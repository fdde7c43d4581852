// Cross-check of attachectl count --platform x against the reference implementation, npm twitter-text 3.1.0.
// Not run by ctest (it needs node and the npm package); run it by hand after changing app/text:
//   cd "$(mktemp -d)" && npm install twitter-text@3.1.0 && \
//     NODE_PATH=$PWD/node_modules SEED=1 node /path/to/tests/text/crosscheck/count.js /path/to/build/bin/attachectl
// It builds 60,000 texts from pieces chosen to stress URLs, TLDs, emoji sequences, NFC and invalid characters, and
// compares every field. Pieces where the project deliberately differs (emoji newer than twemoji-parser 11, random
// ZWJ joins, lone regional indicators; see app/text/README.md) are left out. Exit status 1 on any difference.
const tt = require('twitter-text');
const { execFileSync } = require('child_process');
const pieces = ['Hello', 'world', ' ', ' ', ' ', '.', '. ', ',', '!', 'Привет', 'мир', '日本語', '中文', '😷', '👨‍👩‍👧‍👦', '🇬🇧', '👍🏽', '1⃣', '#️⃣', '©', '©️', '❤️', '☺', '™', '@user', '@team/list', '#tag', '$GBP', 'http://example.com', 'https://t.co/abc123', 'example.org', 'www.gov.uk/path?x=1', 'e.g.', 'a.b', 'foo.co.jp', 'Mr.', 'é', 'e\u0301', '\uFE0F', 'x'.repeat(50), '日'.repeat(30), 'http://日本.jp', 'https://example.com/(a)', 'ab-c.com', 'xn--80ak6aa92e.com', 'ＡＢＣ', '\u202A', '\uFEFF', 'test.пример.рф', '🏴󠁧󠁢󠁥󠁮󠁧󠁿', '🧕🏾', 'ß', 'ﬁ', '\u00A0', '\uD83D', 'a\u0308\u0301', '\u1100\u1161', '\uFA10', 'x'.repeat(200), '🫠', '*⃣', '\u2066', 'http://a.b.c.d.com/x/y(z)', 'https://t.co/abc?x=1', 'HTTP://EXAMPLE.COM', 'foo@bar.com', 'ex.ample', 'a.co', '.com', 'test.co/', 'a.comm', 'a.co.uk', 'x.香港', 'b.москва', 'b.МОСКВА', 'foo.ac', 'foo.zara', 'a.vi', 'https://x.xn--p1ai', 'y.嘉里大酒店', 'z.嘉里', 'w.भारतम्', 'EXAMPLE.Com', 'a.b-c.de', 'http://1.2.3.4', 'x.co/path(a(b))c', 'u.com:8080/p', 'x.comâ', '嘉里大酒店', 'भारतम्'];
let seed = Number(process.env.SEED || 1);
// mulberry32: deterministic, so a failure can be replayed with the same SEED.
const random = () => { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const rnd = n => Math.floor(random() * n);
const texts = [];
for (let i = 0; i < 60000; i++) { let s = ''; const k = 1 + rnd(25); for (let j = 0; j < k; j++) s += pieces[rnd(pieces.length)]; texts.push(s); }
const input = texts.map(t => JSON.stringify(t)).join('\n') + '\n';
const out = execFileSync(process.argv[2], ['count', '--platform', 'x', '--json'], { input, maxBuffer: 1 << 28 }).toString().trim().split('\n');
let bad = 0; const kinds = {};
texts.forEach((t, i) => {
  const r = tt.parseTweet(t); const a = JSON.parse(out[i]);
  for (const k of ['weightedLength', 'valid', 'permillage', 'validRangeEnd', 'displayRangeEnd']) {
    if (r[k] !== a[k]) { bad++; kinds[k] = (kinds[k] || 0) + 1; if (bad <= 12) console.log(k, JSON.stringify(t), 'ref', r[k], 'ours', a[k]); break; }
  }
});
console.log('texts', texts.length, 'mismatching', bad, kinds);
process.exit(bad ? 1 : 0);
