// Adds to local.settings.json every Values key of local.settings.sample.json it lacks, keeping the
// developer's own values: a setting added to the sample after the file was created still reaches them.
const fs = require('fs');
const [sample, local] = ['local.settings.sample.json', 'local.settings.json'].map(f => JSON.parse(fs.readFileSync(f, 'utf8')));
const missing = Object.keys(sample.Values).filter(key => !(key in (local.Values ??= {})));
for (const key of missing) local.Values[key] = sample.Values[key];
if (missing.length > 0) {
  fs.writeFileSync('local.settings.json', JSON.stringify(local, null, 2) + '\n');
  console.log(`Added to local.settings.json from the sample: ${missing.join(', ')}`);
}
