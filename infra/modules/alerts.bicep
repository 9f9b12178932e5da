// Alerts to the privacy officer (docs/operations.md#alerts-and-what-to-do): one action group that mails the officer,
// and a log search alert rule over Application Insights for each thing the runbook tells the officer to act on.
// Every rule reads a signal the app emits today (a log line of a [LoggerMessage] or a Registry metric), or a line the
// Functions host writes itself; each line names identifiers only, so an alert mail carries no personal data.
//
// No platform metric alert: Azure Storage's queue metrics (QueueMessageCount) are per account, not per queue, so they
// cannot tell a message on a -poison queue from a busy main queue. The host's own "Moving message to queue
// '…-poison'" line and the registry.poison.messages metric can, so the poison rule reads those.
param namePrefix string
param location string
param tags object

@description('The privacy officer\'s address the action group mails (validated by main.bicep).')
param officerEmail string

@description('Resource id of the Application Insights component the app writes to.')
param appInsightsId string

resource officer 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: 'ag-${namePrefix}-officer'
  // Action groups are global resources: they hold the officer's address only, and alert mails name identifiers only.
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'regofficer'
    enabled: true
    emailReceivers: [
      {
        name: 'privacy-officer'
        emailAddress: officerEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

// Each rule counts the rows its query returns: one row or more fires the alert. Stateful (autoMitigate): the officer
// gets one mail when it fires and one when it resolves, not one per evaluation.
var rules = [
  {
    name: 'poison-message'
    displayName: 'Customer register: a message reached a poison queue'
    description: 'A message failed every delivery and was moved to a -poison queue (docs/operations.md#a-message-on-a-poison-queue).'
    severity: 1
    windowSize: 'PT1H'
    evaluationFrequency: 'PT15M'
    overrideQueryTimeRange: ''
    query: '''
union
  (traces | where message has "MaxDequeueCount" and message contains "-poison"),
  (customMetrics | where name == "registry.poison.messages")
'''
  }
  {
    name: 'case-due-soon'
    displayName: 'Customer register: a case is due within 3 days and not decided'
    description: 'The daily deadline watch counted open cases due within the warning days (docs/operations.md#a-case-due-within-3-days-and-not-decided-an-overdue-case).'
    severity: 2
    windowSize: 'P1D'
    evaluationFrequency: 'PT1H'
    overrideQueryTimeRange: ''
    query: '''
traces
| where message startswith "Deadline watch: "
| parse message with "Deadline watch: " DueSoon:long " cases due within " Days:long " days, " Overdue:long " overdue"
| where DueSoon > 0
'''
  }
  {
    name: 'case-overdue'
    displayName: 'Customer register: a case is overdue (Art. 12(3))'
    description: 'The daily deadline watch found an open case past its deadline (docs/operations.md#a-case-due-within-3-days-and-not-decided-an-overdue-case).'
    severity: 1
    windowSize: 'P1D'
    evaluationFrequency: 'PT1H'
    overrideQueryTimeRange: ''
    query: '''
traces
| where message startswith "Deadline watch: "
| parse message with "Deadline watch: " DueSoon:long " cases due within " Days:long " days, " Overdue:long " overdue"
| where Overdue > 0
'''
  }
  {
    name: 'purge-failed'
    displayName: 'Customer register: the nightly purge failed'
    description: 'A purge sweep or item failed, another run held the lock, or the PurgeExpiredData run failed (docs/operations.md#the-nightly-purge-failed-or-did-not-run).'
    severity: 1
    windowSize: 'PT1H'
    evaluationFrequency: 'PT15M'
    overrideQueryTimeRange: ''
    query: '''
union
  (traces | where message startswith "Purge " and (message has "failed" or message has "another run holds the lock")),
  (requests | where name == "PurgeExpiredData" and success == false)
'''
  }
  {
    name: 'purge-skipped'
    displayName: 'Customer register: no nightly purge in the last 26 hours'
    description: 'No purge summary line ("Purge <date> (dry run: …) <outcome>: …") in 26 hours: the nightly purge did not run (docs/operations.md#the-nightly-purge-failed-or-did-not-run).'
    severity: 1
    windowSize: 'PT1H'
    evaluationFrequency: 'PT1H'
    overrideQueryTimeRange: 'P2D'
    query: '''
traces
| where timestamp > ago(26h)
| where message startswith "Purge " and message has "(dry run:"
| summarize Runs = count()
| where Runs == 0
'''
  }
  {
    name: 'letters-failing'
    displayName: 'Customer register: a letter failed or bounced'
    description: 'A letter was given up on and raised to the officer, or came back undelivered (docs/operations.md#a-letter-failed).'
    severity: 1
    windowSize: 'PT1H'
    evaluationFrequency: 'PT15M'
    overrideQueryTimeRange: ''
    query: '''
union
  (traces | where message startswith "Letter " and message has "raised to the privacy officer"),
  (traces | where message has "came back undelivered"),
  (customMetrics | where name in ("registry.letters.failed", "registry.letters.bounced"))
'''
  }
  {
    name: 'residency-failing'
    displayName: 'Customer register: the residency check fails'
    description: 'An endpoint refused personal data because the residency check failed, or the health check answered unhealthy (docs/operations.md#the-residency-check-failed).'
    severity: 0
    windowSize: 'PT1H'
    evaluationFrequency: 'PT15M'
    overrideQueryTimeRange: ''
    query: '''
union
  (traces | where message has "the residency check failed"),
  (traces | where message startswith "Health: unhealthy")
'''
  }
]

resource alerts 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = [
  for rule in rules: {
    name: 'alert-${namePrefix}-${rule.name}'
    location: location
    tags: tags
    kind: 'LogAlert'
    properties: {
      displayName: rule.displayName
      description: rule.description
      severity: rule.severity
      enabled: true
      scopes: [
        appInsightsId
      ]
      windowSize: rule.windowSize
      evaluationFrequency: rule.evaluationFrequency
      overrideQueryTimeRange: empty(rule.overrideQueryTimeRange) ? null : rule.overrideQueryTimeRange
      autoMitigate: true
      criteria: {
        allOf: [
          {
            query: rule.query
            timeAggregation: 'Count'
            operator: 'GreaterThan'
            threshold: 0
            failingPeriods: {
              numberOfEvaluationPeriods: 1
              minFailingPeriodsToAlert: 1
            }
          }
        ]
      }
      actions: {
        actionGroups: [
          officer.id
        ]
      }
    }
  }
]

output actionGroupId string = officer.id
output alertNames string[] = [for (rule, i) in rules: alerts[i].name]
