// wink-nlp's cold start, the yardstick of bench/cold-start.sh (issue 17): load the library and its English model,
// analyse one sentence (tokens, POS tags, entities) and print what it found. Run once per process.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model);
const its = nlp.its;
const doc = nlp.readDoc('The foreign ministers of France and Ukraine met in Davos on 21 January 2026 to discuss grain exports.');
console.log(doc.tokens().out(its.pos).join(' '));
console.log(doc.entities().out(its.detail).map((e) => `${e.value}/${e.type}`).join(' '));
