// GDPR customer register: every resource in one EU region, reachable only with Entra ID identities.
// The privacy notice promises no transfer outside the EU [S5] and a system closed to outsiders [S6];
// this template makes both true by construction (design D8). See docs/deploy.md.
targetScope = 'subscription'

import { clientConfig, isValidClientId, isValidEmailAddress } from 'types.bicep'

@minLength(1)
@maxLength(40)
@description('azd environment name; used for the resource group name and the naming token.')
param environmentName string

// Only EU member-state regions. The same list feeds the Azure Policy assignments below, so a resource
// added later by hand outside this template is refused too.
@allowed([
  'westeurope'
  'northeurope'
  'francecentral'
  'francesouth'
  'germanywestcentral'
  'germanynorth'
  'swedencentral'
  'swedensouth'
  'italynorth'
  'polandcentral'
  'spaincentral'
])
@description('EU region for every resource.')
param location string

@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_RAGRS'
  'Standard_GZRS'
  'Standard_RAGZRS'
])
@description('Storage redundancy. Geo-redundant options are refused where the paired region is not in the EU.')
param storageRedundancy string = 'Standard_ZRS'

@description('Calling clients (web shop, store POS, resellers), the channels each may use and what each is granted (default deny). Only the company\'s own web shop gets audiences [S4]. Their signing secrets live in Key Vault.')
param clients clientConfig[] = [
  {
    id: 'webshop'
    channels: [
      'webshop'
    ]
    operations: [
      'orders'
      'billing'
      'preferences'
      'unsubscribeLinks'
      'audiences'
      'personActs'
    ]
    audiences: {
      direct_marketing: [
        'name'
        'organisation'
        'email'
      ]
      direct_advertising: [
        'name'
        'organisation'
        'postal_address'
      ]
    }
  }
]

@description('Reserve the smoke-test client smoke_test (orders and billing only; its synthetic orders carry no Accounting Act period) for scripts/smoke.sh, which the azd postdeploy hook runs (docs/deploy.md#smoke-test-after-azd-up).')
param enableSmokeTest bool = false

@description('Entra ID tenant that issues staff tokens.')
param staffTenantId string = tenant().tenantId

@description('Application ID URI or client id of the Entra app registration for staff tokens (docs/deploy.md).')
param staffAudience string = ''

@description('Client id of the SPA app registration the privacy console signs in with (docs/deploy.md); empty: the console cannot sign in.')
param consoleClientId string = ''

@description('NCRONTAB schedule of the nightly retention purge (UTC).')
param purgeSchedule string = '0 30 0 * * *'

@minValue(1)
@maxValue(12)
param financialYearEndMonth int = 12

@minValue(1)
@maxValue(31)
param financialYearEndDay int = 31

@minValue(1)
param accountingRetentionYears int = 6

@description('Public https address that one-click unsubscribe links point at (custom domain or the app\'s default host name).')
param unsubscribeBaseUrl string = 'https://func-registry-${uniqueString(subscription().id, environmentName, location)}.azurewebsites.net'

@description('How long an unsubscribe link works (.NET TimeSpan, d.hh:mm:ss).')
param unsubscribeLinkLifetime string = '90.00:00:00'

@minValue(1)
@description('Days an audit blob stays immutable (company policy: 3 years).')
param auditRetentionDays int = 1095

@description('Set to true once the audit container\'s immutability policy is locked (docs/deploy.md): a locked policy cannot be re-applied, only extended.')
param auditImmutabilityLocked bool = false

@description('Assign "Allowed locations for resource groups" on the whole subscription. Turn off only on a shared subscription whose owner enforces residency elsewhere.')
param assignSubscriptionLocationPolicy bool = true

@description('VNet integration for the Function App and private endpoints for storage and Key Vault; public network access to them is then disabled.')
param enablePrivateNetworking bool = false

@description('Deploy the privacy mailbox connector (Logic App + Office 365 connection) that feeds subject-requests.')
param enableMailboxConnector bool = false

@description('Domain the letters are sent from (the privacy mailbox\'s domain), verified by DNS after deployment (docs/deploy.md). Empty: an Azure-managed azurecomm.net domain, for trials only.')
param letterSenderDomain string = ''

@description('Local part of the privacy mailbox the letters are sent from, on letterSenderDomain.')
param letterSenderUsername string = 'tietosuoja'

@description('The privacy mailbox: replies and bounces to letters go here, where the mailbox connector reads them.')
param privacyMailbox string = 'tietosuoja@tailorframe.example'

@minLength(6)
@maxLength(254)
@description('The privacy officer\'s own e-mail address: the alert rules\' action group mails it (docs/operations.md). Required, one address.')
param privacyOfficerEmail string

@description('Object id of the person or pipeline that runs scripts/new-keyvault-secrets.sh; gets Key Vault Secrets Officer. Empty: none.')
param principalId string = ''

@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param principalType string = 'User'

@description('Flex Consumption scale limit.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

// Azure region pairs of the allowed regions. An empty pair means the region has none (or none in
// the EU), so geo-redundant storage would put a replica outside the EU or is not offered at all.
var euRegionPairs = {
  westeurope: 'northeurope'
  northeurope: 'westeurope'
  francecentral: 'francesouth'
  francesouth: 'francecentral'
  germanywestcentral: 'germanynorth'
  germanynorth: 'germanywestcentral'
  swedencentral: 'swedensouth'
  swedensouth: 'swedencentral'
  italynorth: ''
  polandcentral: ''
  spaincentral: ''
}
var allowedLocations = objectKeys(euRegionPairs)
var geoRedundantSkus = [
  'Standard_GRS'
  'Standard_RAGRS'
  'Standard_GZRS'
  'Standard_RAGZRS'
]
var storageSku = !contains(geoRedundantSkus, storageRedundancy) || !empty(euRegionPairs[location])
  ? storageRedundancy
  : fail('Storage redundancy ${storageRedundancy} copies data to the paired region, but ${location} has no paired region in the EU. Use Standard_LRS or Standard_ZRS in this region, or pick a region with an EU pair.')

// A client id becomes part of App Service setting names: refuse the deployment on one the app would refuse at start-up.
var smokeTestClient = {
  id: 'smoke_test'
  channels: [
    'webshop'
  ]
  operations: [
    'orders'
    'billing'
  ]
}
var deployedClients = enableSmokeTest ? concat(filter(clients, c => c.id != 'smoke_test'), [smokeTestClient]) : clients
var invalidClientIds = filter(map(deployedClients, c => c.id), id => !isValidClientId(id))
var checkedClients = empty(invalidClientIds)
  ? deployedClients
  : fail('Client ids become App Service setting names: use lower-case letters and digits, words joined by single underscores (store_helsinki, not store-helsinki). Invalid: ${join(invalidClientIds, ', ')}')

var checkedOfficerEmail = isValidEmailAddress(privacyOfficerEmail)
  ? privacyOfficerEmail
  : fail('privacyOfficerEmail must be one e-mail address (name@domain.example) that the alerts are mailed to; set REGISTRY_PRIVACY_OFFICER_EMAIL (docs/deploy.md).')

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
  'data-residency': 'EU'
}
var names = {
  resourceGroup: 'rg-${environmentName}'
  identity: 'id-registry-${resourceToken}'
  logAnalytics: 'log-registry-${resourceToken}'
  appInsights: 'appi-registry-${resourceToken}'
  dataStorage: 'stdata${resourceToken}'
  hostStorage: 'sthost${resourceToken}'
  keyVault: 'kv-reg-${resourceToken}'
  plan: 'plan-registry-${resourceToken}'
  functionApp: 'func-registry-${resourceToken}'
  vnet: 'vnet-registry-${resourceToken}'
  mailbox: 'logic-mailbox-${resourceToken}'
  emailService: 'acs-email-registry-${resourceToken}'
  communication: 'acs-registry-${resourceToken}'
}

// Policy: the built-in definitions, assigned with the same EU list as the parameter above.
var allowedLocationsPolicyId = tenantResourceId('Microsoft.Authorization/policyDefinitions', 'e56962a6-4747-49cd-b67b-bf8b01975c4c')
var allowedResourceGroupLocationsPolicyId = tenantResourceId('Microsoft.Authorization/policyDefinitions', 'e765b5de-1225-4ba3-bd56-1ac6695af988')

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: names.resourceGroup
  location: location
  tags: tags
}

resource resourceGroupLocations 'Microsoft.Authorization/policyAssignments@2024-04-01' = if (assignSubscriptionLocationPolicy) {
  name: 'registry-eu-rg-locations-${resourceToken}'
  properties: {
    displayName: 'Customer register: resource groups only in EU regions'
    policyDefinitionId: allowedResourceGroupLocationsPolicyId
    enforcementMode: 'Default'
    parameters: {
      listOfAllowedLocations: {
        value: allowedLocations
      }
    }
    nonComplianceMessages: [
      {
        message: 'The customer register keeps personal data in the EU (privacy notice S5). Create resource groups only in EU regions.'
      }
    ]
  }
}

module policy 'modules/policy.bicep' = {
  name: 'policy'
  scope: rg
  params: {
    allowedLocations: allowedLocations
    policyDefinitionId: allowedLocationsPolicyId
  }
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: names.logAnalytics
    appInsightsName: names.appInsights
    location: location
    tags: tags
  }
}

module dataStorage 'modules/data-storage.bicep' = {
  name: 'data-storage'
  scope: rg
  params: {
    name: names.dataStorage
    location: location
    tags: tags
    skuName: storageSku
    auditRetentionDays: auditRetentionDays
    auditImmutabilityLocked: auditImmutabilityLocked
    privateNetworking: enablePrivateNetworking
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsWorkspaceId
    trustedWorkflowId: enableMailboxConnector
      ? resourceId(subscription().subscriptionId, names.resourceGroup, 'Microsoft.Logic/workflows', names.mailbox)
      : ''
  }
  dependsOn: [
    policy
  ]
}

module hostStorage 'modules/host-storage.bicep' = {
  name: 'host-storage'
  scope: rg
  params: {
    name: names.hostStorage
    location: location
    tags: tags
    skuName: storageSku
    privateNetworking: enablePrivateNetworking
  }
  dependsOn: [
    policy
  ]
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  scope: rg
  params: {
    name: names.keyVault
    location: location
    tags: tags
    privateNetworking: enablePrivateNetworking
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsWorkspaceId
  }
  dependsOn: [
    policy
  ]
}

module network 'modules/network.bicep' = if (enablePrivateNetworking) {
  name: 'network'
  scope: rg
  params: {
    name: names.vnet
    location: location
    tags: tags
    dataStorageAccountName: names.dataStorage
    hostStorageAccountName: names.hostStorage
    keyVaultName: names.keyVault
  }
  dependsOn: [
    dataStorage
    hostStorage
    keyVault
  ]
}

module roles 'modules/role-assignments.bicep' = {
  name: 'role-assignments'
  scope: rg
  params: {
    identityName: names.identity
    principalId: identity.outputs.principalId
    dataStorageAccountName: names.dataStorage
    hostStorageAccountName: names.hostStorage
    keyVaultName: names.keyVault
    appInsightsName: names.appInsights
    operatorPrincipalId: principalId
    operatorPrincipalType: principalType
  }
  dependsOn: [
    dataStorage
    hostStorage
    keyVault
    monitoring
  ]
}

module mail 'modules/mail.bicep' = {
  name: 'mail'
  scope: rg
  params: {
    emailServiceName: names.emailService
    communicationServiceName: names.communication
    tags: tags
    identityName: names.identity
    principalId: identity.outputs.principalId
    senderDomain: letterSenderDomain
    senderUsername: letterSenderUsername
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  scope: rg
  params: {
    planName: names.plan
    appName: names.functionApp
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    hostStorageAccountName: hostStorage.outputs.name
    hostBlobEndpoint: hostStorage.outputs.blobEndpoint
    deploymentContainerName: hostStorage.outputs.deploymentContainerName
    dataBlobEndpoint: dataStorage.outputs.blobEndpoint
    dataQueueEndpoint: dataStorage.outputs.queueEndpoint
    dataTableEndpoint: dataStorage.outputs.tableEndpoint
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    keyVaultUri: keyVault.outputs.uri
    clients: checkedClients
    letterEndpoint: mail.outputs.endpoint
    letterSender: mail.outputs.senderAddress
    privacyMailbox: privacyMailbox
    staffTenantId: staffTenantId
    staffAudience: staffAudience
    consoleClientId: consoleClientId
    purgeSchedule: purgeSchedule
    financialYearEndMonth: financialYearEndMonth
    financialYearEndDay: financialYearEndDay
    accountingRetentionYears: accountingRetentionYears
    unsubscribeBaseUrl: unsubscribeBaseUrl
    unsubscribeLinkLifetime: unsubscribeLinkLifetime
    subnetId: network.?outputs.appSubnetId ?? ''
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
  // The host cannot start until its identity may read host storage and Key Vault.
  dependsOn: [
    roles
  ]
}

module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  scope: rg
  params: {
    namePrefix: 'registry-${resourceToken}'
    location: location
    tags: tags
    officerEmail: checkedOfficerEmail
    appInsightsId: monitoring.outputs.appInsightsId
  }
}

module mailbox 'modules/mailbox-connector.bicep' = if (enableMailboxConnector) {
  name: 'mailbox-connector'
  scope: rg
  params: {
    name: names.mailbox
    location: location
    tags: tags
    dataStorageAccountName: names.dataStorage
    queueEndpoint: dataStorage.outputs.queueEndpoint
    blobEndpoint: dataStorage.outputs.blobEndpoint
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.uri
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_DATA_STORAGE_ACCOUNT string = dataStorage.outputs.name
output AZURE_HOST_STORAGE_ACCOUNT string = hostStorage.outputs.name
output REGISTRY_CLIENT_IDS string = join(map(checkedClients, c => c.id), ' ')
output REGISTRY_ALLOWED_LOCATIONS array = allowedLocations
output REGISTRY_CONSOLE_URL string = 'https://${functionApp.outputs.defaultHostName}/api/console/'
