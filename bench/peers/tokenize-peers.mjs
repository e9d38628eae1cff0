// Throughput of JavaScript NLP peers over a corpus folder, measured like `backchannel bench`:
// every file is read into memory first, untimed warm-up passes run for --warmup seconds (at least one pass),
// then --repeat timed passes; medians are printed. MB = 10^6 bytes of UTF-8 input.
//
// usage: node tokenize-peers.mjs CORPUS_DIR [--repeat N] [--warmup SECONDS] [--only name,name]
// prints one line per peer: "<name> MB/s <x> tokens/s <y> tokens <n> sentences <m>"
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import nlp from 'compromise';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const corpus = args.find((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1].startsWith('--')));
if (!corpus) {
  console.error('usage: node tokenize-peers.mjs CORPUS_DIR [--repeat N] [--warmup SECONDS] [--only name,name]');
  process.exit(1);
}
const repeat = Number(option('--repeat', '5'));
const warmupSeconds = Number(option('--warmup', '2'));
const only = option('--only', '');

const files = readdirSync(corpus, { recursive: true })
  .map((f) => join(corpus, f))
  .filter((f) => statSync(f).isFile())
  .sort();
const texts = files.map((f) => readFileSync(f, 'utf8'));
const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);

// Tokenization plus sentence boundaries only: wink's pipe restricted to 'sbd'; compromise's tokenize() skips tagging.
const winkTokens = winkNLP(model, []);
const winkSbd = winkNLP(model, ['sbd']);
const winkFull = winkNLP(model);
const winkStage = (engine) => (text) => {
  const doc = engine.readDoc(text);
  return [doc.tokens().length(), doc.sentences().length()];
};
const compromiseStage = (parse) => (text) => {
  const doc = parse(text);
  let tokens = 0;
  for (const sentence of doc.docs) tokens += sentence.length;
  return [tokens, doc.docs.length];
};

const peers = [
  ['wink-nlp-sbd', winkStage(winkSbd)],
  ['wink-nlp-tokens-only', winkStage(winkTokens)],
  ['wink-nlp-full', winkStage(winkFull)],
  ['compromise-tokenize', compromiseStage((t) => nlp.tokenize(t))],
  ['compromise-full', compromiseStage((t) => nlp(t))],
].filter(([name]) => !only || only.split(',').includes(name));

const pass = (stage) => {
  let tokens = 0;
  let sentences = 0;
  for (const text of texts) {
    const [t, s] = stage(text);
    tokens += t;
    sentences += s;
  }
  return [tokens, sentences];
};
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

console.log(`documents ${texts.length}`);
console.log(`bytes ${bytes}`);
for (const [name, stage] of peers) {
  const warmStart = process.hrtime.bigint();
  const [tokens, sentences] = pass(stage);
  while (Number(process.hrtime.bigint() - warmStart) / 1e9 < warmupSeconds) pass(stage);
  const mbs = [];
  const tps = [];
  for (let r = 1; r <= repeat; r++) {
    if (global.gc) global.gc();
    const start = process.hrtime.bigint();
    const [t] = pass(stage);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    mbs.push(bytes / 1e6 / seconds);
    tps.push(t / seconds);
    console.error(`${name} repeat ${r}: ${seconds.toFixed(3)} s, ${(t / seconds).toFixed(0)} tokens/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s`);
  }
  console.log(`${name} MB/s ${median(mbs).toFixed(2)} tokens/s ${median(tps).toFixed(0)} tokens ${tokens} sentences ${sentences}`);
}
