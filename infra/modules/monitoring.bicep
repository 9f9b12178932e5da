// Log Analytics + workspace-based Application Insights. Local (key) auth is off: telemetry is
// accepted only from Entra identities holding Monitoring Metrics Publisher.
param logAnalyticsName string
param appInsightsName string
param location string
param tags object

@description('Days logs are kept. Logs carry identifiers only, never personal data (design D9).')
param retentionInDays int = 90

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
    features: {
      disableLocalAuth: true
    }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    DisableLocalAuth: true
  }
}

output logAnalyticsWorkspaceId string = workspace.id
output appInsightsName string = appInsights.name
output appInsightsId string = appInsights.id
// Not a secret: with local auth disabled the connection string alone cannot send telemetry.
output appInsightsConnectionString string = appInsights.properties.ConnectionString
