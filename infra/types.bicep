// Shared parameter types.

@export()
@description('A calling client: its id (used in setting and secret names) and the channels it may report.')
type clientConfig = {
  @minLength(1)
  @maxLength(40)
  id: string
  channels: ('webshop' | 'store' | 'reseller')[]
}
