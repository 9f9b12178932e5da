// Optional private networking (enablePrivateNetworking): the Function App joins a VNet and reaches
// storage and Key Vault through private endpoints, whose public access main.bicep then disables.
// Private DNS zones are global resources by Azure's design; they hold only name records.
param name string
param location string
param tags object
param dataStorageAccountName string
param hostStorageAccountName string
param keyVaultName string

param addressPrefix string = '10.20.0.0/24'
param appSubnetPrefix string = '10.20.0.0/26'
param endpointSubnetPrefix string = '10.20.0.64/26'

var storageSuffix = environment().suffixes.storage
// 'privatelink.vaultcore.azure.net' in the public cloud, derived so sovereign clouds work too.
var vaultZone = 'privatelink${replace(environment().suffixes.keyvaultDns, 'vault', 'vaultcore')}'
var zoneNames = {
  blob: 'privatelink.blob.${storageSuffix}'
  queue: 'privatelink.queue.${storageSuffix}'
  table: 'privatelink.table.${storageSuffix}'
  vault: vaultZone
}

resource dataStorage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: dataStorageAccountName
}

resource hostStorage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: hostStorageAccountName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

var endpoints = [
  { name: 'pe-${dataStorageAccountName}-blob', target: 'data', group: 'blob' }
  { name: 'pe-${dataStorageAccountName}-queue', target: 'data', group: 'queue' }
  { name: 'pe-${dataStorageAccountName}-table', target: 'data', group: 'table' }
  { name: 'pe-${hostStorageAccountName}-blob', target: 'host', group: 'blob' }
  { name: 'pe-${hostStorageAccountName}-queue', target: 'host', group: 'queue' }
  { name: 'pe-${hostStorageAccountName}-table', target: 'host', group: 'table' }
  { name: 'pe-${keyVaultName}', target: 'vault', group: 'vault' }
]

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        addressPrefix
      ]
    }
    subnets: [
      {
        name: 'app'
        properties: {
          addressPrefix: appSubnetPrefix
          delegations: [
            {
              name: 'flex-consumption'
              properties: {
                serviceName: 'Microsoft.App/environments'
              }
            }
          ]
        }
      }
      {
        name: 'private-endpoints'
        properties: {
          addressPrefix: endpointSubnetPrefix
          privateEndpointNetworkPolicies: 'Enabled'
        }
      }
    ]
  }
}

resource zones 'Microsoft.Network/privateDnsZones@2024-06-01' = [
  for zone in items(zoneNames): {
    name: zone.value
    location: 'global'
    tags: tags
  }
]

resource zoneLinks 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = [
  for (zone, i) in items(zoneNames): {
    parent: zones[i]
    name: '${name}-link'
    location: 'global'
    tags: tags
    properties: {
      registrationEnabled: false
      virtualNetwork: {
        id: vnet.id
      }
    }
  }
]

resource privateEndpoints 'Microsoft.Network/privateEndpoints@2024-05-01' = [
  for endpoint in endpoints: {
    name: endpoint.name
    location: location
    tags: tags
    properties: {
      subnet: {
        id: vnet.properties.subnets[1].id
      }
      privateLinkServiceConnections: [
        {
          name: endpoint.name
          properties: {
            privateLinkServiceId: endpoint.target == 'vault' ? vault.id : (endpoint.target == 'data' ? dataStorage.id : hostStorage.id)
            groupIds: [
              endpoint.group
            ]
          }
        }
      ]
    }
  }
]

resource zoneGroups 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = [
  for (endpoint, i) in endpoints: {
    parent: privateEndpoints[i]
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: endpoint.group
          properties: {
            privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', zoneNames[endpoint.group])
          }
        }
      ]
    }
    dependsOn: [
      zones
    ]
  }
]

output appSubnetId string = vnet.properties.subnets[0].id
