// The register's data account: tables (one partition per data subject, D4), queues and documents.
// Only Entra identities may reach it: shared keys and SAS are disabled, HTTPS and TLS 1.2 only.
//
// Erasure and recovery settings (why they are what they are):
// - Blob versioning is OFF. A version would keep a deleted or overwritten access package, letter or
//   purge report alive after erasure and outside the 30-day lifecycle rule. Table rows carry
//   personal fields encrypted with per-subject data keys (D5), so erasure there is a key delete.
// - Blob soft delete is ON but short (softDeleteDays, default 7): it recovers an operator's mistake,
//   and a deleted blob is gone for good within a week, well inside the one-month answer time of
//   GDPR Art. 12(3). Container soft delete is on for the same reason and the same period.
// - Change feed and point-in-time restore stay off: both keep past states of blobs.
// - The audit container is WORM (time-based retention, append writes allowed): the audit log must
//   not be rewritable. It holds identifiers and reasons, not personal data (D6, D9).
param name string
param location string
param tags object

@description('Storage SKU (redundancy), checked against the EU pair rule in main.bicep.')
param skuName string

@minValue(1)
param auditRetentionDays int

@minValue(1)
@maxValue(365)
@description('Days a deleted blob or container can be restored. Erased data is unrecoverable after this.')
param softDeleteDays int = 7

@minValue(1)
@description('Days after creation an access package in "exports" is deleted (company policy, design section 4).')
param exportRetentionDays int = 30

@description('True once the policy is locked by hand; the template then leaves it alone.')
param auditImmutabilityLocked bool = false

param privateNetworking bool

@description('Log Analytics workspace that receives every read, write and delete on the blob, table and queue services.')
param logAnalyticsWorkspaceId string

@description('Resource id of the mailbox Logic App allowed through the firewall when networking is private. Empty: none.')
param trustedWorkflowId string = ''

var tableNames = [
  'Subjects'
  'Lookup'
  'Schedule'
  'Dedupe'
  'Cases'
  'Suppression'
  'Statistics'
]
var workQueueNames = [
  'subject-requests'
  'outbound-mail'
  'case-actions'
]
// The Functions host moves a message to <queue>-poison after maxDequeueCount; creating them up front
// lets operators alert on them before the first failure.
var queueNames = flatten(map(workQueueNames, q => [q, '${q}-poison']))
var containerNames = [
  'exports'
  'letters'
  'purge-reports'
  'audit'
  'intake-triage'
]

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    publicNetworkAccess: privateNetworking && empty(trustedWorkflowId) ? 'Disabled' : 'Enabled'
    networkAcls: {
      defaultAction: privateNetworking ? 'Deny' : 'Allow'
      bypass: 'None'
      resourceAccessRules: privateNetworking && !empty(trustedWorkflowId)
        ? [
            {
              tenantId: tenant().tenantId
              resourceId: trustedWorkflowId
            }
          ]
        : []
    }
    encryption: {
      keySource: 'Microsoft.Storage'
      requireInfrastructureEncryption: true
      services: {
        blob: {
          enabled: true
        }
        file: {
          enabled: true
        }
        queue: {
          enabled: true
          keyType: 'Account'
        }
        table: {
          enabled: true
          keyType: 'Account'
        }
      }
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    isVersioningEnabled: false
    changeFeed: {
      enabled: false
    }
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteDays
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [
  for containerName in containerNames: {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

resource auditContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' existing = {
  parent: blobService
  name: 'audit'
}

// Unlocked on purpose: locking is irreversible, so it is a deliberate manual step (docs/deploy.md).
resource auditImmutability 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2023-05-01' = if (!auditImmutabilityLocked) {
  parent: auditContainer
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: auditRetentionDays
    allowProtectedAppendWrites: true
  }
  dependsOn: [
    containers
  ]
}

resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'delete-access-packages'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                'exports/'
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterCreationGreaterThan: exportRetentionDays
                }
              }
              snapshot: {
                delete: {
                  daysAfterCreationGreaterThan: exportRetentionDays
                }
              }
            }
          }
        }
        {
          // Runs once the immutability period has passed; before that the delete is refused.
          name: 'delete-expired-audit'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'appendBlob'
              ]
              prefixMatch: [
                'audit/'
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: auditRetentionDays + 1
                }
              }
            }
          }
        }
      ]
    }
  }
  dependsOn: [
    containers
  ]
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [
  for queueName in queueNames: {
    parent: queueService
    name: queueName
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

// Who read or changed what: access packages, triage mail and letters are personal data, so every read,
// write and delete on blobs, tables and queues is logged (caller identity, operation, object name; never
// content) to Log Analytics, kept for the workspace's retention.
var storageLogs = [
  {
    category: 'StorageRead'
    enabled: true
  }
  {
    category: 'StorageWrite'
    enabled: true
  }
  {
    category: 'StorageDelete'
    enabled: true
  }
]

resource blobLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'storage-access-to-log-analytics'
  scope: blobService
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: storageLogs
  }
}

resource tableLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'storage-access-to-log-analytics'
  scope: tableService
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: storageLogs
  }
}

resource queueLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'storage-access-to-log-analytics'
  scope: queueService
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: storageLogs
  }
}

output name string = account.name
output id string = account.id
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output tableEndpoint string = account.properties.primaryEndpoints.table
