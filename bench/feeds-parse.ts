/**
 * Feed parsing throughput: our parseFeed (decode, repair, feedsmith, adapt to the
 * domain model: dates, absolute links, plain titles) beside feedsmith's own
 * parseFeed on the same documents, measured in the same run. Target: our wrapper
 * costs at most 20 % of the raw parser's throughput, on the same input: from the
 * bytes a fetch returns (feedsmith's bytes decoded with TextDecoder) and from a
 * string (our parseFeedText). Decoding the bytes, which any caller of feedsmith
 * holding bytes does, is printed beside them as its share of feedsmith's time.
 * Also checks that every golden fixture parses with its expected entry count.
 *
 *   npx tsx bench/feeds-parse.ts [--rounds 9]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed as rawParse } from 'feedsmith';
import { parseFeed, parseFeedText } from '../src/feeds/parse-feed.js';
import { EXTRACTION, extractionItems } from './lib/extraction-data.js';

const COMMAND = 'npx tsx bench/feeds-parse.ts';
const argv = process.argv.slice(2);
const ROUNDS = Number(argv[argv.indexOf('--rounds') + 1] || 9);
/** Each timed pass goes over the corpus this many times: a pass of ~50 ms swung with the machine's other work. */
const REPEAT = 5;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Real article texts (the extraction benchmark's truth) as the entries of RSS, Atom and JSON feeds, 20 per feed. */
function corpus(): { name: string; text: string }[] {
  const items = extractionItems().map((it, i) => {
    const body = readFileSync(join(EXTRACTION, 'truth', `${it.id}.txt`), 'utf8').split(/\n\s*\n/).map((p) => `<p>${esc(p.trim())}</p>`).join('');
    const title = body.replace(/<[^>]+>/g, '').slice(0, 80);
    return { i, url: it.url ?? `https://bench.example/${it.id}`, title, body };
  });
  const docs: { name: string; text: string }[] = [];
  for (let start = 0; start < items.length; start += 20) {
    const chunk = items.slice(start, start + 20);
    docs.push({ name: `rss-${start}`, text: `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Bench &amp; co</title><link>https://bench.example/</link>${chunk.map((c) => `<item><title>${esc(c.title)}</title><link>${esc(c.url)}</link><guid>g${c.i}</guid><pubDate>Thu, 13 Jan 2022 09:51:00 GMT</pubDate><dc:creator>Reporter ${c.i}</dc:creator><description>${esc(c.body.slice(0, 300))}</description><content:encoded><![CDATA[${c.body}]]></content:encoded></item>`).join('')}</channel></rss>` });
    docs.push({ name: `atom-${start}`, text: `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://bench.example/"><title>Bench</title><link href="/"/>${chunk.map((c) => `<entry><title>${esc(c.title)}</title><link href="${esc(c.url)}"/><id>urn:g${c.i}</id><updated>2022-01-13T09:51:00Z</updated><author><name>R ${c.i}</name></author><content type="html">${esc(c.body)}</content></entry>`).join('')}</feed>` });
    docs.push({ name: `json-${start}`, text: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Bench', home_page_url: 'https://bench.example/', items: chunk.map((c) => ({ id: `g${c.i}`, url: c.url, title: c.title, content_html: c.body, date_published: '2022-01-13T09:51:00Z', authors: [{ name: `R ${c.i}` }] })) }) });
  }
  return docs;
}

type Doc = { bytes: Uint8Array; text: string };

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

type Pass = { label: string; note: string; run: (d: Doc) => unknown };

/**
 * The passes timed in turn, the order rotated every round (the machine is shared:
 * a burst of other work then falls on each alike). Prints each one's median MB/s
 * and returns the rates of every round, so that passes are compared round by round.
 */
function alternating(docs: Doc[], passes: Pass[]): number[][] {
  const total = docs.reduce((n, d) => n + d.bytes.length, 0);
  const time = (fn: (d: Doc) => unknown): number => {
    const t0 = performance.now();
    for (let k = 0; k < REPEAT; k++) for (const d of docs) fn(d);
    return (REPEAT * total) / 1e6 / ((performance.now() - t0) / 1000);
  };
  for (const p of passes) time(p.run); // warm-up
  const rounds: number[][] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const got: number[] = [];
    for (let k = 0; k < passes.length; k++) {
      const i = (k + r) % passes.length;
      got[i] = time((passes[i] as Pass).run);
    }
    rounds.push(got);
  }
  const mb = (total / 1e6).toFixed(1);
  passes.forEach((p, i) => {
    process.stdout.write(`${p.label.padEnd(52)} ${median(rounds.map((got) => got[i] as number)).toFixed(1).padStart(6)} MB/s  (${p.note.replace('{mb}', mb)})\n`);
  });
  return rounds;
}

function checkFixtures(): number {
  const root = new URL('../fixtures/feeds/', import.meta.url).pathname;
  let bad = 0;
  for (const name of readdirSync(root).sort()) {
    const input = readdirSync(join(root, name)).find((f) => f.startsWith('input.'));
    const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as { entries: unknown[] };
    const got = parseFeed(new Uint8Array(readFileSync(join(root, name, input as string))), { url: 'https://fixtures.example.org/feeds/feed.xml', contentType: null, label: name });
    if (got.entries.length !== expected.entries.length) {
      bad++;
      process.stdout.write(`fixture ${name}: ${got.entries.length} entries, expected ${expected.entries.length}\n`);
    }
  }
  process.stdout.write(`golden fixtures: ${readdirSync(root).length - bad}/${readdirSync(root).length} parse with the expected entry count\n`);
  return bad;
}

const docs = corpus().map((d) => ({ text: d.text, bytes: new TextEncoder().encode(d.text) }));
process.stdout.write(`${docs.length} feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1) of real article texts, ${docs.reduce((n, d) => n + d.bytes.length, 0)} bytes\n`);
const options = { url: 'https://bench.example/feed', contentType: null, label: 'bench' };
const rawString: Pass = { label: 'baseline: feedsmith parseFeed(string)', note: `median of ${ROUNDS} passes, each ${REPEAT} × {mb} MB`, run: (d) => rawParse(d.text) };
const rawBytes: Pass = { label: 'baseline: TextDecoder + feedsmith parseFeed (bytes)', note: 'what a caller with the fetched bytes runs', run: (d) => rawParse(new TextDecoder().decode(d.bytes)) };
const oursString: Pass = { label: 'ours: parseFeedText(string) -> domain model', note: 'same rounds, order rotated', run: (d) => parseFeedText(d.text, options) };
const oursBytes: Pass = { label: 'ours: parseFeed(bytes) -> domain model', note: 'same rounds, order rotated', run: (d) => parseFeed(d.bytes, options) };
const passes = [rawString, rawBytes, oursString, oursBytes];
const rounds = alternating(docs, passes);
/** How much slower pass a runs than pass b, in %: the median over rounds of 1 - rate(a) / rate(b). */
const cost = (a: Pass, b: Pass): number => (1 - median(rounds.map((got) => (got[passes.indexOf(a)] as number) / (got[passes.indexOf(b)] as number)))) * 100;
const verdict = (c: number): string => `${c.toFixed(1)} % (target <= 20 %) ${c <= 20 ? 'OK' : 'MISSED'}`;
process.stdout.write(`wrapper cost from bytes (ours from bytes against TextDecoder + feedsmith): ${verdict(cost(oursBytes, rawBytes))}\n`);
process.stdout.write(`wrapper cost from a string (parseFeedText against feedsmith): ${verdict(cost(oursString, rawString))}\n`);
process.stdout.write(`decoding the UTF-8 bytes takes ${cost(rawBytes, rawString).toFixed(1)} % of TextDecoder + feedsmith's time; our whole parse from bytes against feedsmith from a string: ${cost(oursBytes, rawString).toFixed(1)} % slower\n`);
process.stdout.write('(costs: median over rounds; ours also detects the charset, repairs XML, resolves links and dates)\n');
const bad = checkFixtures();
process.stdout.write(`reproduce: ${COMMAND}\n`);
process.exitCode = bad ? 1 : 0;
