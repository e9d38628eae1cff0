// Writes data/kb/sources/countries/countries.tsv: one row per ISO 3166-1 country with its codes, names, the
// nationality adjectives from data/gazetteers/nationalities.tsv and whether it is a UN member state.
// Input: Debian iso-codes' iso_3166-1.json.
// usage: node tools/kb/countries.mjs /usr/share/iso-codes/json/iso_3166-1.json data/gazetteers/nationalities.tsv OUT
import fs from "node:fs";

const [isoPath, nationalitiesPath, outPath] = process.argv.slice(2);
const countries = JSON.parse(fs.readFileSync(isoPath, "utf8"))["3166-1"];

// Everyday short names ISO spells differently. Plain facts: the names these countries are called in English news.
const shortNames = {
  RU: ["Russia"], GB: ["Britain", "Great Britain", "UK", "U.K."], US: ["USA", "U.S.", "US", "America"],
  IR: ["Iran"], SY: ["Syria"], VN: ["Vietnam"], BO: ["Bolivia"], VE: ["Venezuela"], TZ: ["Tanzania"],
  MD: ["Moldova"], LA: ["Laos"], CZ: ["Czech Republic"], KP: ["North Korea"], KR: ["South Korea"],
  TR: ["Turkey", "Türkiye"], TW: ["Taiwan"], FM: ["Micronesia"], PS: ["Palestine"], VA: ["Vatican", "Holy See"],
  CD: ["Democratic Republic of the Congo", "DR Congo", "DRC"], CG: ["Republic of the Congo"], CI: ["Ivory Coast"],
  BN: ["Brunei"], CV: ["Cape Verde"], SZ: ["Swaziland"], MK: ["Macedonia"], NL: ["Holland"], BA: ["Bosnia"], MM: ["Burma"],
};
// Where the everyday name, not ISO's, is the display name.
const preferShort = new Set(["RU", "IR", "SY", "VN", "BO", "VE", "TZ", "MD", "LA", "KP", "KR", "TW", "FM", "PS", "VA", "CD", "BN"]);

const rows = countries.map(c => {
  const names = new Set([c.name, c.official_name, c.common_name, ...(shortNames[c.alpha_2] ?? [])].filter(Boolean));
  const comma = c.name.indexOf(",");
  if (comma > 0) names.add(c.name.slice(0, comma));
  return { code: c.alpha_2.toLowerCase(), code3: c.alpha_3, name: c.common_name ?? (preferShort.has(c.alpha_2) ? shortNames[c.alpha_2][0] : c.name), names, demonyms: new Set() };
});

// The 193 member states of the United Nations (https://www.un.org/en/about-us/member-states: "193 Member States";
// listed here from that page's membership as a plain fact, checked against the hand flag of
// shared/data/kb/peppercat-leaders/foreign_ministers.csv). Observers (the Holy See, Palestine) are not members.
const unMembers = new Set([
  "AF", "AL", "DZ", "AD", "AO", "AG", "AR", "AM", "AU", "AT", "AZ", "BS", "BH", "BD", "BB", "BY", "BE", "BZ", "BJ",
  "BT", "BO", "BA", "BW", "BR", "BN", "BG", "BF", "BI", "CV", "KH", "CM", "CA", "CF", "TD", "CL", "CN", "CO", "KM",
  "CG", "CD", "CR", "CI", "HR", "CU", "CY", "CZ", "DK", "DJ", "DM", "DO", "EC", "EG", "SV", "GQ", "ER", "EE", "SZ",
  "ET", "FJ", "FI", "FR", "GA", "GM", "GE", "DE", "GH", "GR", "GD", "GT", "GN", "GW", "GY", "HT", "HN", "HU", "IS",
  "IN", "ID", "IR", "IQ", "IE", "IL", "IT", "JM", "JP", "JO", "KZ", "KE", "KI", "KP", "KR", "KW", "KG", "LA", "LV",
  "LB", "LS", "LR", "LY", "LI", "LT", "LU", "MG", "MW", "MY", "MV", "ML", "MT", "MH", "MR", "MU", "MX", "FM", "MD",
  "MC", "MN", "ME", "MA", "MZ", "MM", "NA", "NR", "NP", "NL", "NZ", "NI", "NE", "NG", "MK", "NO", "OM", "PK", "PW",
  "PA", "PG", "PY", "PE", "PH", "PL", "PT", "QA", "RO", "RU", "RW", "KN", "LC", "VC", "WS", "SM", "ST", "SA", "SN",
  "RS", "SC", "SL", "SG", "SK", "SI", "SB", "SO", "ZA", "SS", "ES", "LK", "SD", "SR", "SE", "CH", "SY", "TJ", "TZ",
  "TH", "TL", "TG", "TO", "TT", "TN", "TR", "TM", "TV", "UG", "UA", "AE", "GB", "US", "UY", "UZ", "VU", "VE", "VN",
  "YE", "ZM", "ZW",
]);
if (unMembers.size !== 193) throw new Error(`expected 193 UN members, found ${unMembers.size}`);

const byName = new Map();
for (const r of rows) for (const n of r.names) byName.set(n.toLowerCase(), r);
let unmatched = [];
for (const line of fs.readFileSync(nationalitiesPath, "utf8").split("\n")) {
  if (!line || line.startsWith("#")) continue;
  const [place, adjective, plural] = line.split("\t");
  const row = byName.get(place.toLowerCase());
  if (!row) { unmatched.push(place); continue; }
  row.names.add(place);
  if (adjective) row.demonyms.add(adjective);
  if (plural) row.demonyms.add(plural);
}

const header = "code\tcode3\tname\taliases\tdemonyms\tun_member\n";
const body = rows.sort((a, b) => a.code.localeCompare(b.code))
  .map(r => [r.code, r.code3, r.name, [...r.names].filter(n => n !== r.name).join("|"), [...r.demonyms].join("|"), unMembers.has(r.code.toUpperCase()) ? "yes" : ""].join("\t"))
  .join("\n");
fs.writeFileSync(outPath, header + body + "\n");
console.error(`${rows.length} countries; nationality places not matched to a country (regions and groups): ${unmatched.join(", ")}`);
