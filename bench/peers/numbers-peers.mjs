// Scores compromise's numbers plugin on the hand-labelled quantity phrases with the same rules as
// `backchannel eval numbers --gold` (QuantityGoldEvaluator): the found quantity that overlaps the target most must
// match kind, value (within 0.1%) and upper bound; full accuracy also needs unit and qualifier.
// Usage: node numbers-peers.mjs [../../tests/Backchannel.Tests/Fixtures/Numbers/quantities.tsv] [--show N]
// Adapter choices (all in compromise's favour): a glued scale suffix compromise reports but does not apply
// (1.2 with suffix "bn") is applied; currency names and unit words are mapped to our canonical units.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args[showAt + 1]) : 0;
const file = args.find((a, i) => !a.startsWith('--') && i !== showAt + 1) ?? '../../tests/Backchannel.Tests/Fixtures/Numbers/quantities.tsv';

const suffixScale = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, tn: 1e12 };
const currencies = {
  $: 'USD', dollar: 'USD', usd: 'USD', '€': 'EUR', euro: 'EUR', eur: 'EUR', '£': 'GBP', pound: 'GBP', gbp: 'GBP',
  '¥': 'JPY', 'jpy/yen': 'JPY', yen: 'JPY', yuan: 'CNY', rouble: 'RUB', ruble: 'RUB', hryvnia: 'UAH', cent: 'USD',
};
const units = {
  km: 'km', kilometer: 'km', kilometre: 'km', mile: 'mile', tonne: 'tonne', ton: 'tonne', degree: 'degree', hour: 'hour',
  minute: 'minute', day: 'day', month: 'month', year: 'year', kg: 'kg', metre: 'm', meter: 'm', m: 'm', litre: 'litre',
  mph: 'mph', mw: 'MW', bcm: 'bcm', barrel: 'barrel', percent: 'percent', '%': 'percent',
};

function quantities(text) {
  const doc = nlp(text);
  const money = doc.money().json({ offset: true });
  const percents = doc.percentages().json({ offset: true });
  const overlaps = (a, b) => a.offset.start < b.offset.start + b.offset.length && b.offset.start < a.offset.start + a.offset.length;
  return doc.numbers().json({ offset: true }).map((n) => {
    const number = n.number ?? {};
    let value = number.num;
    const scale = suffixScale[(number.suffix ?? '').toLowerCase()];
    if (scale) value *= scale;
    const tags = n.terms.flatMap((t) => t.tags);
    const rawUnit = (number.unit ?? '').toLowerCase();
    const m = money.find((x) => overlaps(x, n));
    let kind = 'cardinal';
    let unit = null;
    if (tags.includes('Fraction')) unit = 'fraction';
    else if (tags.includes('Ordinal')) kind = 'ordinal';
    if (m || currencies[number.prefix]) {
      kind = 'money';
      unit = currencies[(m?.money?.currency ?? '').toLowerCase()] ?? currencies[number.prefix] ?? null;
    } else if (rawUnit === 'percent' || rawUnit === '%' || number.suffix === '%' || percents.some((p) => overlaps(p, n))) {
      kind = 'percent';
      unit = 'percent';
    } else if (rawUnit) {
      const bare = rawUnit.replace(/\.$/, '');
      const mapped = units[bare] ?? units[bare.replace(/s$/, '')] ?? units[bare.replace(/es$/, '')];
      if (mapped) { kind = 'measure'; unit = mapped; } else unit = rawUnit;
    }
    return { start: n.offset.start, end: n.offset.start + n.offset.length, kind, value, upper: null, unit, qualifier: null };
  });
}

const num = (f) => (f === '-' || f === '' ? null : f.includes('/') ? Number(f.split('/')[0]) / Number(f.split('/')[1]) : Number(f));
const same = (e, f) => Math.abs(e - f) <= 1e-3 * Math.max(1, Math.abs(e));
let total = 0, correct = 0, kindValue = 0;
const misses = [];
for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries()) {
  if (!line || line.startsWith('#')) continue;
  const [phrase, targetField, kind, value, upper, unit, qualifier] = line.split('\t');
  const target = targetField === '-' ? phrase : targetField;
  const start = phrase.indexOf(target), end = start + target.length;
  let best = null, bestOverlap = 0;
  for (const q of quantities(phrase)) {
    const overlap = Math.min(end, q.end) - Math.max(start, q.start);
    if (overlap > bestOverlap) { best = q; bestOverlap = overlap; }
  }
  total++;
  let full = false, partial = false;
  if (kind === 'none' || !best) {
    full = partial = kind === 'none' && !best;
  } else {
    const up = num(upper);
    partial = best.kind === kind && same(num(value), best.value) && (up === null ? best.upper === null : best.upper !== null && same(up, best.upper));
    full = partial && (best.unit ?? '-') === unit && (best.qualifier ?? '-') === qualifier;
  }
  correct += full; kindValue += partial;
  if (!full && misses.length < show) misses.push(`line ${i + 1}: ${phrase} | expected ${kind} ${value} ${unit} ${qualifier} | found ${best ? `${best.kind} ${best.value} ${best.unit ?? '-'}` : 'nothing'}`);
}
for (const m of misses) console.log(m);
console.log(`peer compromise ${JSON.parse(readFileSync(new URL('./node_modules/compromise/package.json', import.meta.url))).version}`);
console.log(`phrases              ${total}`);
console.log(`kind+value accuracy  ${(kindValue / total).toFixed(4)}  (${kindValue}/${total})`);
console.log(`accuracy ${(correct / total).toFixed(4)}`);
