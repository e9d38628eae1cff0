// chrono-node on TimeML (TempEval-3 TBAQ), scored like `backchannel eval dates`: every gold TIMEX3 inside <TEXT>
// (the CREATION_TIME one excluded) against the peer's timexes; relaxed match = overlapping extents; value accuracy =
// matched gold timexes whose type and value are both exactly right. chrono finds dates and times only (no
// durations or sets) and is anchored on the document creation date, as our recogniser is.
//
// usage: node dates-peers.mjs DIR [DIR ...]
// last line: "value-accuracy <percent>"
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: node dates-peers.mjs DIR [DIR ...]');
  process.exit(1);
}

const files = dirs.flatMap((d) => readdirSync(d, { recursive: true }).map((f) => join(d, f)))
  .filter((f) => f.endsWith('.tml') && statSync(f).isFile()).sort();

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e) => entities[e]);
const attr = (tag, name) => (tag.match(new RegExp(`${name}="([^"]*)"`)) || [])[1];

// The text of <TEXT> with tags removed, plus gold TIMEX3 offsets into it.
function readTimeMl(xml) {
  const dctTag = (xml.match(/<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/) || [])[0];
  const dctValue = dctTag ? attr(dctTag, 'value') : null;
  const body = xml.slice(xml.indexOf('<TEXT>') + 6, xml.indexOf('</TEXT>'));
  let text = '';
  const gold = [];
  const open = [];
  for (const part of body.split(/(<[^>]+>)/)) {
    if (!part.startsWith('<')) { text += decode(part); continue; }
    if (part.startsWith('<TIMEX3')) {
      open.push({ start: text.length, type: attr(part, 'type'), value: attr(part, 'value') || '', creation: /CREATION_TIME/.test(part) });
    } else if (part.startsWith('</TIMEX3')) {
      const t = open.pop();
      if (t && !t.creation && text.length > t.start) gold.push({ ...t, end: text.length });
    }
  }
  return { text, gold, dct: dctValue ? new Date(`${dctValue.slice(0, 10)}T12:00:00Z`) : new Date() };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
function toTimex(result) {
  const s = result.start;
  const y = s.get('year');
  const m = s.get('month');
  const d = s.get('day');
  if (s.isCertain('hour')) {
    return { type: 'TIME', value: `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(s.get('hour'))}:${pad(s.get('minute') || 0)}` };
  }
  if (s.isCertain('day') || s.isCertain('weekday')) return { type: 'DATE', value: `${pad(y, 4)}-${pad(m)}-${pad(d)}` };
  if (s.isCertain('month')) return { type: 'DATE', value: `${pad(y, 4)}-${pad(m)}` };
  return { type: 'DATE', value: `${pad(y, 4)}` };
}

const counts = { gold: 0, system: 0, strictGold: 0, relaxedGold: 0, relaxedSystem: 0, correct: 0 };
const byType = {};
for (const file of files) {
  const { text, gold, dct } = readTimeMl(readFileSync(file, 'utf8'));
  const system = chrono.parse(text, { instant: dct, timezone: 0 }).map((r) => ({ start: r.index, end: r.index + r.text.length, ...toTimex(r) }));
  counts.gold += gold.length;
  counts.system += system.length;
  for (const g of gold) {
    const t = (byType[g.type] ??= { gold: 0, matched: 0, correct: 0 });
    t.gold++;
    let best = null;
    let bestOverlap = 0;
    for (const s of system) {
      const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (overlap > bestOverlap) { best = s; bestOverlap = overlap; }
    }
    if (!best) continue;
    counts.relaxedGold++;
    t.matched++;
    if (system.some((s) => s.start === g.start && s.end === g.end)) counts.strictGold++;
    if (best.type === g.type && best.value === g.value) { counts.correct++; t.correct++; }
  }
  for (const s of system) if (gold.some((g) => g.start < s.end && s.start < g.end)) counts.relaxedSystem++;
}

const pct = (a, b) => (b === 0 ? 0 : (100 * a) / b).toFixed(2);
console.log(`peer chrono-node ${JSON.parse(readFileSync(new URL('./node_modules/chrono-node/package.json', import.meta.url))).version}`);
console.log(`documents ${files.length}`);
console.log(`gold ${counts.gold} system ${counts.system}`);
for (const [type, t] of Object.entries(byType)) console.log(`${type} gold ${t.gold} matched ${t.matched} value-accuracy ${pct(t.correct, t.matched)}`);
console.log(`strict-recall ${pct(counts.strictGold, counts.gold)}`);
console.log(`relaxed-precision ${pct(counts.relaxedSystem, counts.system)} relaxed-recall ${pct(counts.relaxedGold, counts.gold)}`);
console.log(`value-accuracy ${pct(counts.correct, counts.relaxedGold)}`);
