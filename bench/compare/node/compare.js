// Baseline for bench/run.sh: runs compromise (people, places,
// organizations) and chrono-node (dates, anchored at the publication date)
// over every article of a JSON Lines corpus and reports words per second.
//
//   node compare.js corpus.jsonl
//
// Prints one JSON object: {"tool", "docs", "words", "seconds", "cpu_seconds",
// "words_per_s", "words_per_cpu_s", "entities", "dates"}. Reading the file
// is not timed; CPU time (user + system) is reported because wall time is
// noisy on a shared machine.
'use strict';
const fs = require('fs');
const nlp = require('compromise');
const chrono = require('chrono-node');

const path = process.argv[2];
if (!path) {
  console.error('usage: node compare.js corpus.jsonl');
  process.exit(2);
}
const docs = fs.readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

let words = 0;
let entities = 0;
let dates = 0;
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
for (const d of docs) {
  words += d.text.split(/\s+/).filter(Boolean).length;
  const doc = nlp(d.text);
  entities += doc.people().out('array').length;
  entities += doc.places().out('array').length;
  entities += doc.organizations().out('array').length;
  const ref = d.date ? new Date(d.date + 'T12:00:00Z') : new Date();
  dates += chrono.parse(d.text, ref).length;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(JSON.stringify({
  tool: 'compromise+chrono-node',
  docs: docs.length,
  words,
  seconds,
  cpu_seconds: cpuSeconds,
  words_per_s: words / seconds,
  words_per_cpu_s: words / cpuSeconds,
  entities,
  dates,
}));
