// Optional privacy mailbox connector (enableMailboxConnector). A Logic App polls the privacy mailbox
// through an Office 365 Outlook connection, stores attachments in "intake-triage" and puts each
// mail on "subject-requests" as raw JSON in the contract v1 shape (design section 5; D2: the host
// reads messages with messageEncoding "none", and subject requests never expire: messagettl=-1).
// The connection needs a one-time interactive consent after deployment (docs/deploy.md).
param name string
param location string
param tags object
param dataStorageAccountName string
param queueEndpoint string
param blobEndpoint string

var queueMessageSenderRole = 'c6a89b2d-59bc-44d0-9896-0f6e12d7b80a' // Storage Queue Data Message Sender
var blobDataContributorRole = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe' // Storage Blob Data Contributor

resource dataStorage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: dataStorageAccountName

  resource queueService 'queueServices' existing = {
    name: 'default'

    resource subjectRequests 'queues' existing = {
      name: 'subject-requests'
    }
  }

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource intakeTriage 'containers' existing = {
      name: 'intake-triage'
    }
  }
}

resource office365 'Microsoft.Web/connections@2016-06-01' = {
  name: '${name}-office365'
  location: location
  tags: tags
  properties: {
    displayName: 'Privacy mailbox (Office 365 Outlook)'
    api: {
      id: subscriptionResourceId('Microsoft.Web/locations/managedApis', location, 'office365')
    }
  }
}

resource workflow 'Microsoft.Logic/workflows@2019-05-01' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    state: 'Enabled'
    definition: loadJsonContent('mailbox-workflow.json')
    parameters: {
      '$connections': {
        value: {
          office365: {
            connectionId: office365.id
            connectionName: office365.name
            id: office365.properties.api.id
          }
        }
      }
      queueEndpoint: {
        value: queueEndpoint
      }
      blobEndpoint: {
        value: blobEndpoint
      }
    }
  }
}

// Least privilege: send to the one queue, write to the one container.
resource queueSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(dataStorage::queueService::subjectRequests.id, workflow.id, queueMessageSenderRole)
  scope: dataStorage::queueService::subjectRequests
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', queueMessageSenderRole)
    principalId: workflow.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource attachmentWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(dataStorage::blobService::intakeTriage.id, workflow.id, blobDataContributorRole)
  scope: dataStorage::blobService::intakeTriage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobDataContributorRole)
    principalId: workflow.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

output connectionName string = office365.name
