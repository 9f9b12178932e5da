// The register's Function App on Flex Consumption (FC1), .NET 10 isolated worker (design D1).
// Every connection is identity-based through one user-assigned identity; no key or secret is an
// app setting. Flex forbids FUNCTIONS_WORKER_RUNTIME, FUNCTIONS_EXTENSION_VERSION,
// WEBSITE_RUN_FROM_PACKAGE, WEBSITE_CONTENT* and similar: the runtime and the package location are
// declared in functionAppConfig instead.
import { clientConfig } from '../types.bicep'

param planName string
param appName string
param location string
param tags object
param identityId string
param identityClientId string
param hostStorageAccountName string
param hostBlobEndpoint string
param deploymentContainerName string
param dataBlobEndpoint string
param dataQueueEndpoint string
param dataTableEndpoint string
param appInsightsConnectionString string
param keyVaultUri string
param clients clientConfig[]
param staffTenantId string
param staffAudience string
param consoleClientId string
param purgeSchedule string
param financialYearEndMonth int
param financialYearEndDay int
param accountingRetentionYears int
param unsubscribeBaseUrl string
param unsubscribeLinkLifetime string

@description('ACS endpoint the letter sender uses (mail.bicep).')
param letterEndpoint string

@description('The sender address of the letters (the privacy mailbox on the ACS-verified domain).')
param letterSender string

@description('Where replies and bounces to letters go: the privacy mailbox the connector reads.')
param privacyMailbox string

@description('Subnet (delegated to Microsoft.App/environments) for VNet integration; empty for none.')
param subnetId string
param maximumInstanceCount int
param instanceMemoryMB int

// Names below are the contract with the app code (local.settings.sample.json); the infra tests
// check that every key the code reads locally is set here or explicitly replaced.
var hostSettings = [
  { name: 'AzureWebJobsStorage__accountName', value: hostStorageAccountName }
  { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
  { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
  { name: 'AZURE_CLIENT_ID', value: identityClientId }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
  { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'Authorization=AAD;ClientId=${identityClientId}' }
]
var registrySettings = [
  { name: 'RegistryStorage__blobServiceUri', value: dataBlobEndpoint }
  { name: 'RegistryStorage__queueServiceUri', value: dataQueueEndpoint }
  { name: 'RegistryStorage__tableServiceUri', value: dataTableEndpoint }
  { name: 'RegistryStorage__credential', value: 'managedidentity' }
  { name: 'RegistryStorage__clientId', value: identityClientId }
  { name: 'Registry__Secrets__Source', value: 'KeyVault' }
  { name: 'Registry__KeyVault__Uri', value: keyVaultUri }
  { name: 'Registry__Staff__TenantId', value: staffTenantId }
  { name: 'Registry__Staff__Audience', value: staffAudience }
  { name: 'Registry__Console__ClientId', value: consoleClientId }
  // Settings a trigger reads (%…%) are flat names: the scale controller resolves them as they are.
  { name: 'RegistryPurgeSchedule', value: purgeSchedule }
  { name: 'Registry__Retention__FinancialYearEndMonth', value: string(financialYearEndMonth) }
  { name: 'Registry__Retention__FinancialYearEndDay', value: string(financialYearEndDay) }
  { name: 'Registry__Retention__AccountingRetentionYears', value: string(accountingRetentionYears) }
  { name: 'Registry__Unsubscribe__BaseUrl', value: unsubscribeBaseUrl }
  { name: 'Registry__Unsubscribe__LinkLifetime', value: unsubscribeLinkLifetime }
  { name: 'RegistrySubjectRequestsQueue', value: 'subject-requests' }
  { name: 'RegistryCaseActionsQueue', value: 'case-actions' }
  { name: 'RegistryOutboundMailQueue', value: 'outbound-mail' }
  { name: 'Registry__Letters__Transport', value: 'AcsEmail' }
  { name: 'Registry__Letters__AcsEndpoint', value: letterEndpoint }
  { name: 'Registry__Letters__From', value: letterSender }
  { name: 'Registry__Letters__ReplyTo', value: privacyMailbox }
  { name: 'Registry__Cases__PrivacyOfficerMailbox', value: privacyMailbox }
]
// One setting per client channel; the client's signing secrets come from Key Vault
// (client-<id>-signing), never from here.
var clientSettings = flatten(map(
  clients,
  client =>
    map(range(0, length(client.channels)), i => {
      name: 'Registry__Clients__${client.id}__Channels__${i}'
      value: client.channels[i]
    })
))
// One setting per granted operation and per audience category (docs/configuration.md); the app
// refuses to start on a name it does not know.
var clientOperationSettings = flatten(map(
  clients,
  client =>
    map(range(0, length(client.operations)), i => {
      name: 'Registry__Clients__${client.id}__Operations__${i}'
      value: client.operations[i]
    })
))
var clientAudienceSettings = flatten(map(
  clients,
  client =>
    flatten(map(
      items(client.?audiences ?? {}),
      grant =>
        map(range(0, length(grant.value ?? [])), i => {
          name: 'Registry__Clients__${client.id}__Audiences__${grant.key}__${i}'
          value: grant.value[i]
        })
    ))
))

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientCertEnabled: false
    virtualNetworkSubnetId: empty(subnetId) ? null : subnetId
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: concat(hostSettings, registrySettings, clientSettings, clientOperationSettings, clientAudienceSettings)
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${hostBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// No FTP and no basic-auth publishing: deployments authenticate with Entra ID.
resource ftpPolicy 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPolicy 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

output name string = app.name
output defaultHostName string = app.properties.defaultHostName
