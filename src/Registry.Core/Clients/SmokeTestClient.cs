namespace Registry.Clients;

/// <summary>
/// The reserved client <c>smoke_test</c> that the post-deployment smoke test (<c>scripts/smoke.sh</c>, docs/deploy.md)
/// posts its synthetic orders as. Its orders are made-up test data, never a sale: no Accounting Act period keeps them
/// (<see cref="Retention.HoldRules"/>), so the smoke test's erasure removes all of its person. Configure it only for
/// that script (orders and billing only, its own signing secret); no real system may post as it.
/// </summary>
public static class SmokeTestClient
{
    public const string Id = "smoke_test";

    public static bool Is(ClientId client) => client.Value == Id;
}
