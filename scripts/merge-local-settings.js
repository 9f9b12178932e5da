// Adds to local.settings.json every Values key of local.settings.sample.json it lacks, keeping the
// developer's own values: a setting added to the sample after the file was created still reaches them.
const fs = require('fs');
const [sample, local] = ['local.settings.sample.json', 'local.settings.json'].map(f => JSON.parse(fs.readFileSync(f, 'utf8')));
// Trigger settings became flat names (issue 17): carry a developer's value over from the retired name.
const renamed = {
  Registry__Storage__SubjectRequestsQueue: 'RegistrySubjectRequestsQueue',
  Registry__Storage__CaseActionsQueue: 'RegistryCaseActionsQueue',
  Registry__Storage__OutboundMailQueue: 'RegistryOutboundMailQueue',
  Registry__Retention__PurgeSchedule: 'RegistryPurgeSchedule',
};
const moved = Object.keys(renamed).filter(key => key in (local.Values ??= {}));
for (const key of moved) {
  local.Values[renamed[key]] ??= local.Values[key];
  delete local.Values[key];
}
const missing = Object.keys(sample.Values).filter(key => !(key in (local.Values ??= {})));
for (const key of missing) local.Values[key] = sample.Values[key];
if (missing.length > 0 || moved.length > 0) {
  fs.writeFileSync('local.settings.json', JSON.stringify(local, null, 2) + '\n');
  if (moved.length > 0) console.log(`Renamed in local.settings.json: ${moved.map(key => `${key} -> ${renamed[key]}`).join(', ')}`);
  if (missing.length > 0) console.log(`Added to local.settings.json from the sample: ${missing.join(', ')}`);
}
