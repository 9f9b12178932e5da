// Letters leave the register through Azure Communication Services Email (docs/letters.md): sent with the app's
// managed identity (no SMTP password or access key to keep), idempotent per letter (the operation id is derived
// from the letter id), and with data location Europe so the letters' content and logs stay in the EU [S5].
// ACS resources are 'global' by definition; dataLocation is where their data lives.
param emailServiceName string
param communicationServiceName string
param tags object
param identityName string
param principalId string

@description('Sender domain, verified by DNS after the deployment (docs/deploy.md); empty: an Azure-managed azurecomm.net domain, for trials only.')
param senderDomain string

@description('Local part of the sender address on a custom domain (the privacy mailbox).')
param senderUsername string

var customDomain = !empty(senderDomain)
// Communication and Email Service Owner: the built-in role that lets an identity send through ACS Email.
var emailSenderRole = '09976791-48a7-449e-bb21-39d1a415f350'

resource emailService 'Microsoft.Communication/emailServices@2023-04-01' = {
  name: emailServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: 'Europe'
  }
}

resource domain 'Microsoft.Communication/emailServices/domains@2023-04-01' = {
  parent: emailService
  name: customDomain ? senderDomain : 'AzureManagedDomain'
  location: 'global'
  tags: tags
  properties: {
    domainManagement: customDomain ? 'CustomerManaged' : 'AzureManaged'
    // No tracking pixels or rewritten links in a letter to a data subject.
    userEngagementTracking: 'Disabled'
  }
}

resource sender 'Microsoft.Communication/emailServices/domains/senderUsernames@2023-04-01' = if (customDomain) {
  parent: domain
  name: senderUsername
  properties: {
    username: senderUsername
    displayName: 'Tailorframe Oy, tietosuoja'
  }
}

resource communication 'Microsoft.Communication/communicationServices@2023-04-01' = {
  name: communicationServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: 'Europe'
    linkedDomains: [
      domain.id
    ]
  }
}

resource senderRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(communication.id, identityName, emailSenderRole)
  scope: communication
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', emailSenderRole)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

output endpoint string = 'https://${communication.properties.hostName}/'
// An Azure-managed domain sends only as DoNotReply.
output senderAddress string = '${customDomain ? senderUsername : 'DoNotReply'}@${domain.properties.fromSenderDomain}'
