// Shared parameter types.

@description('A data category an audience may carry [S2]; the names the disclosure log uses.')
type dataCategory = 'name' | 'organisation' | 'email' | 'phone' | 'postal_address'

@description('Purpose to the data categories its audience may carry to the client. A purpose left out is refused (403).')
@sealed()
type audienceGrants = {
  direct_advertising: dataCategory[]?
  distance_selling: dataCategory[]?
  direct_marketing: dataCategory[]?
  market_research: dataCategory[]?
  targeted_content: dataCategory[]?
  publication: dataCategory[]?
}

@export()
@description('A calling client: its id (used in setting and secret names), the channels it may report, and its grants (default deny: docs/security.md).')
type clientConfig = {
  @minLength(1)
  @maxLength(40)
  id: string
  channels: ('webshop' | 'store' | 'reseller')[]
  @description('Operations the client may use; anything else is refused with 403. Only the company\'s own channels get audiences.')
  operations: ('orders' | 'billing' | 'preferences' | 'unsubscribeLinks' | 'audiences' | 'personActs')[]
  @description('With the audiences operation: the purposes and the categories each may receive.')
  audiences: audienceGrants?
}
