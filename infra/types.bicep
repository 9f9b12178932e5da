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
@description('Whether a client id can be part of App Service setting names (Registry__Clients__<id>__…), which allow letters, digits, . and _ only, with __ separating sections: lower-case letters and digits, words joined by single underscores (store_helsinki). The app checks the same rule at start-up (ClientId.Rule).')
func isValidClientId(id string) bool =>
  length(filter(map(range(0, length(id)), i => substring(id, i, 1)), ch => !contains('abcdefghijklmnopqrstuvwxyz0123456789_', ch))) == 0 && !startsWith(id, '_') && !endsWith(id, '_') && !contains(id, '__')

@export()
@description('Whether an address is a plausible single e-mail address for an alert receiver: one @, a local part, a dotted domain that neither starts nor ends with a dot, and no spaces, commas, semicolons or angle brackets (one address, not a list or a display name).')
func isValidEmailAddress(address string) bool =>
  length(split(address, '@')) == 2 && !empty(split(address, '@')[0]) && contains(split(address, '@')[1], '.') && !startsWith(split(address, '@')[1], '.') && !endsWith(address, '.') && length(filter(map(range(0, length(address)), i => substring(address, i, 1)), ch => contains(' ,;<>"\'', ch))) == 0

@export()
@description('A calling client: its id (used in setting and secret names), the channels it may report, and its grants (default deny: docs/security.md).')
type clientConfig = {
  @minLength(1)
  @maxLength(40)
  @description('Lower-case letters and digits, words joined by single underscores (store_helsinki): it becomes part of setting names. Checked by isValidClientId.')
  id: string
  channels: ('webshop' | 'store' | 'reseller')[]
  @description('Operations the client may use; anything else is refused with 403. Only the company\'s own channels get audiences.')
  operations: ('orders' | 'billing' | 'preferences' | 'unsubscribeLinks' | 'audiences' | 'personActs')[]
  @description('With the audiences operation: the purposes and the categories each may receive.')
  audiences: audienceGrants?
}
