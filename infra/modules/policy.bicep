// Azure Policy "Allowed locations" on the register's resource group: anything created here later,
// by any tool, is refused outside the EU list (privacy notice S5, design D8).
@description('EU regions, the same list as main.bicep\'s location parameter.')
param allowedLocations string[]

@description('Id of the built-in "Allowed locations" policy definition.')
param policyDefinitionId string

resource allowedLocationsAssignment 'Microsoft.Authorization/policyAssignments@2024-04-01' = {
  name: 'registry-eu-locations'
  properties: {
    displayName: 'Customer register: resources only in EU regions'
    policyDefinitionId: policyDefinitionId
    enforcementMode: 'Default'
    parameters: {
      listOfAllowedLocations: {
        value: allowedLocations
      }
    }
    nonComplianceMessages: [
      {
        message: 'The customer register keeps personal data in the EU (privacy notice S5). Deploy only to EU regions.'
      }
    ]
  }
}

output id string = allowedLocationsAssignment.id
