// Regenerates data/gazetteers/record-persons.txt and record-organisations.txt: the names of the knowledge base's
// people and organisations, filtered for use as gazetteer features (see data/gazetteers/README.md). The recognizer
// never reads the knowledge base itself; a model depends only on these two lists.
// Usage: node record-names.mjs KB_FILE (models/kb.ftm.jsonl.gz) WORDS_FILE (/usr/share/dict/words) OUT_DIR
//        [--unfiltered]  (keeps every Latin-script name of two or more words: for measuring what the filter does)
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';

const [kbFile, wordsFile, outDir, flag] = process.argv.slice(2);
const unfiltered = flag === '--unfiltered';

// Common English words: the dictionary's lower-case entries ("mark", "green"; not "Moscow"); its capitalised entries
// include given names ("Mike", "Jack"), which is what lets "Mike Pence" pass where "Broken Tooth" does not.
const dictionary = readFileSync(wordsFile, 'utf8').split('\n');
const common = new Set(dictionary.filter(w => /^[a-z]+$/.test(w)));
const proper = new Set(dictionary.filter(w => /^[A-Z][a-z]+$/.test(w)));

// Place and nationality names: an organisation called only "Iran" or "Syrian" is no organisation name to match, a
// "person" called "Banja Luka" is a city, and one with a country or nationality word in it ("Israeli Prime Minister
// Benjamin Netanyahu", "East Germany") is a description or a place, not a name.
const places = new Set();
const nations = new Set();
for (const file of ['countries.txt', 'subdivisions.txt', 'cities.txt', 'nationalities.tsv']) {
  for (const line of readFileSync(join(outDir, file), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    for (const name of file.endsWith('.tsv') ? line.split('\t') : [line]) {
      places.add(name.trim().toLowerCase());
      if (file === 'countries.txt' || file === 'nationalities.tsv') nations.add(name.trim().toLowerCase());
    }
  }
}
for (const word of ['u.s.', 'us', 'u.k.', 'uk', 'u.n.', 'un', 'eu', 'e.u.']) nations.add(word);

// A title or an institution in a "person" row ("Ambassador Burns", "Bush Administration") is no personal name.
const titles = new Set(['president', 'prime', 'minister', 'ambassador', 'governor', 'colonel', 'general', 'chairman',
  'secretary', 'senator', 'sen', 'rep', 'king', 'queen', 'prince', 'princess', 'emperor', 'mr', 'mrs', 'ms', 'dr', 'lord',
  'chief', 'commander', 'captain', 'major', 'lieutenant', 'admiral', 'judge', 'mayor', 'pope', 'director', 'former',
  'previous', 'acting', 'deputy', 'vice', 'foreign', 'defense', 'defence', 'chancellor', 'premier', 'leader', 'head',
  'spokesman', 'spokeswoman', 'envoy', 'speaker', 'cardinal', 'bishop', 'archbishop', 'ayatollah', 'emir', 'sultan',
  'marshal', 'sergeant', 'gen', 'col', 'lt', 'capt', 'adm', 'gov', 'pres', 'sec', 'amb']);
const institutions = new Set(['administration', 'party', 'committee', 'union', 'council', 'government', 'ministry',
  'republic', 'army', 'front', 'movement', 'group', 'company', 'bank', 'office', 'department', 'agency', 'forces',
  'peak', 'central', 'soviet', 'communist', 'nationalities', 'authority', 'national', 'federal', 'state', 'states',
  'united', 'people', 'peoples', 'liberation', 'assembly', 'parliament', 'congress', 'senate', 'police', 'ministry',
  'and', 'of', 'the']);
const particles = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'da', 'de', 'del', 'della', 'der', 'di', 'do', 'dos', 'du',
  'la', 'le', 'van', 'von', 'y', 'ul', 'ud', 'ben', 'ter', 'den', 'zu', 'e']);
// Words that say "a company" or "a body" but nothing about which one.
const generic = new Set(['ltd', 'ltda', 'llc', 'limited', 'inc', 'co', 'corp', 'corporation', 'company', 'sa', 's.a.',
  'sas', 'gmbh', 'ag', 'plc', 'jsc', 'ojsc', 'cjsc', 'pjsc', 'ooo', 'oao', 'zao', 'fze', 'fzco', 'fzc', 'lp', 'llp',
  'sarl', 'srl', 'spa', 'bv', 'nv', 'kg', 'the', 'of', 'and', 'for', 'in', 'on', 'y', 'de', 'la', 'del', 'el', 'al',
  'trading', 'group', 'holding', 'holdings', 'international', 'general', 'enterprise', 'enterprises', 'industries',
  'industrial', 'services', 'import', 'export', 'investment', 'investments', 'development', 'foundation', 'bank']);

// Latin script only (names in other scripts never occur in English text), no digits or brackets.
const latin = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF .'’\-&]+$/;
const words = name => name.split(' ').filter(w => w.length > 0);
const bare = word => word.toLowerCase().replace(/[.'’]/g, '');

function person(name) {
  if (!latin.test(name) || name.includes('&')) return false;
  const tokens = words(name);
  if (tokens.length < 2 || tokens.length > 5) return false;
  if (name === name.toUpperCase()) return false;                       // OFAC nicknames: "ABU SALIM"
  if (/^a\.?k\.?a\.?$/i.test(tokens[0])) return false;                 // "A.k.a. ..." rows of the CAMEO dictionaries
  if (unfiltered) return true;
  // Every word capitalised but name particles ("Ali bin Hassan", "Ursula von der Leyen"), first and last capitalised.
  for (const [i, w] of tokens.entries()) {
    const upper = /^[A-Z\u00C0-\u00DE]/.test(w);
    if (!upper && (i === 0 || i === tokens.length - 1 || !particles.has(w.toLowerCase()))) return false;
  }
  // At least two words of two or more letters (no "A. B. Smith" reduced to one real word).
  const full = tokens.filter((w, i) => bare(w).length >= 2 && (i === 0 || !particles.has(w.toLowerCase())));
  if (full.length < 2) return false;
  if (places.has(name.toLowerCase())) return false;
  if (tokens.some(w => titles.has(bare(w)) || institutions.has(bare(w)) || nations.has(w.toLowerCase()))) return false;
  // Only common English words ("Broken Tooth", "Half Million") say nothing about a person, unless the first is also a
  // given name the dictionary knows ("Mike Pence", "Jack Straw").
  return !(full.every(w => common.has(bare(w))) && !proper.has(tokens[0]));
}

// A legal form before or after a company's name ("JOINT STOCK COMPANY SBERBANK", "GAZPROM BURENIE, OOO"): text
// names the company without it, so the name is also listed bare.
const legalPrefix = /^(?:(?:public|open|closed|private|non-public)\s+)?(?:joint[- ]stock company|limited liability company|(?:unitary |state )?(?:federal )?(?:state )?unitary enterprise|company)\s+/i;
const legalSuffix = /(?:,?\s+(?:ooo|oao|zao|pao|ao|llc|ltd\.?|limited|s\.a\.?|sa|gmbh|ag|plc|inc\.?|corp\.?|co\.?|jsc|pjsc|ojsc|cjsc|fze|fzco|llp|lp|sarl|srl|bv|nv|s\.?r\.?l\.?))+$/i;
function orgVariants(name) {
  const unquoted = name.replace(/["“”]|(?<=\s|^)['‘’]|['‘’](?=\s|$)/g, '').replace(/\s+/g, ' ').trim();
  const variants = [unquoted];
  const bare = unquoted.replace(legalPrefix, '').replace(legalSuffix, '').trim();
  if (bare && bare !== unquoted) variants.push(bare);
  return variants.map(v => [v, v !== unquoted]);
}

function organisation(name, stripped) {
  if (!latin.test(name)) return false;
  const tokens = words(name);
  if (tokens.length < 1 || tokens.length > 6) return false;
  if (unfiltered) return tokens.length >= 2;
  if (places.has(name.toLowerCase())) return false;
  const plain = tokens.map(bare);
  const distinctive = plain.filter(w => w.length >= 2 && !generic.has(w) && !common.has(w) && !places.has(w));
  if (tokens.length === 1) {
    // One word is too little to tell a company from a surname, a club or a town ("Zenit", "Tamas"), unless the record
    // gave it with a legal form ("JOINT STOCK COMPANY SBERBANK") or it is a long acronym no dictionary has ("RDIF").
    const word = plain[0];
    const unknown = !common.has(word) && !places.has(word) && !placeWords.has(word) && !personWords.has(word)
      && !proper.has(tokens[0][0] + word.slice(1));
    return unknown && ((stripped && word.length >= 5) || (/^[A-Z]{4,6}$/.test(tokens[0])));
  }
  // Two words need a distinctive one ("Gazprom Nedra"; not "South Front"); three or more capitalised words are a
  // name as a phrase ("Russian Direct Investment Fund") unless they are only legal or generic words.
  return distinctive.length >= 1 || (tokens.length >= 3 && plain.some(w => !generic.has(w) && !places.has(w)));
}

// Title-cases an all-caps name ("KOREA HYOKSIN TRADING" → "Korea Hyoksin Trading"): matching ignores case, and the
// list reads better. Acronyms of up to three letters stay as they are.
const display = name => name === name.toUpperCase()
  ? name.split(' ').map(w => (w.replace(/[^A-Z]/g, '').length <= 3 ? w : w[0] + w.slice(1).toLowerCase())).join(' ')
  : name;
// (Acronym aliases such as "RDIF" are all capitals and four letters: they stay as they are through the rule above
// only when the whole name is one word; that is what the single-word rule lets in.)

const persons = new Map();
const organisations = new Map();
const add = (map, name) => {
  const clean = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  const key = clean.toLowerCase();
  if (!map.has(key)) map.set(key, display(clean));
};

// Words of place names ("Aviv" of "Tel Aviv") and of people's names ("Novak"): alone, they are no company.
const placeWords = new Set([...places].flatMap(p => p.split(' ')));
const personWords = new Set();

const entities = gunzipSync(readFileSync(kbFile)).toString('utf8').split('\n').filter(l => l.length > 0).map(l => JSON.parse(l));
const schemaOf = new Map(entities.map(e => [e.id, e.schema]));
for (const e of entities) {
  if (e.schema !== 'Person') continue;
  for (const n of [...(e.properties?.name ?? []), ...(e.properties?.alias ?? [])]) {
    for (const w of words(n)) personWords.add(bare(w));
  }
}
for (const e of entities) {
  const p = e.properties ?? {};
  const names = [...(p.name ?? []), ...(p.alias ?? [])];
  if (e.schema === 'NameAlias' && p.kind?.[0] !== 'description') {
    // Transliterations and other spellings of a recorded name ("Kiril Dmítriev").
    const target = schemaOf.get(p.entity?.[0]);
    if (target === 'Person') names.forEach(n => person(n) && add(persons, n));
    if (target === 'Organization') names.forEach(n => orgVariants(n).forEach(([v, stripped]) => organisation(v, stripped) && add(organisations, v)));
    continue;
  }
  if (e.schema === 'Person') names.forEach(n => person(n) && add(persons, n));
  if (e.schema === 'Organization' || e.schema === 'PublicBody') {
    names.forEach(n => orgVariants(n).forEach(([v, stripped]) => organisation(v, stripped) && add(organisations, v)));
  }
}

// A name that is both a person's and an organisation's says neither: it goes.
for (const key of [...persons.keys()]) {
  if (organisations.has(key)) {
    persons.delete(key);
    organisations.delete(key);
  }
}

const write = (file, what, map) => {
  const names = [...map.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const head = `# ${what} from the knowledge base (FtM ${what.startsWith('People') ? 'Person' : 'Organization'} names and aliases), `
    + `filtered for matching. Generated by tools/gazetteers/record-names.sh; names only.\n`;
  writeFileSync(join(outDir, file), head + names.join('\n') + '\n');
  console.log(`${file}: ${names.length} names`);
};
write('record-persons.txt', 'People', persons);
write('record-organisations.txt', 'Organisations', organisations);
