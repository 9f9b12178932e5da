using System.Text;
using System.Text.Json.Nodes;
using Registry.Cases;
using Registry.Execution.Access;
using static Registry.Core.Tests.Execution.Access.AccessBuilders;

namespace Registry.Core.Tests.Execution.Access;

public class AccessPackageBuilderTests
{
    [Fact]
    public void Build_FullPartition_CarriesEveryValueWithItsProvenance()
    {
        var package = Package();

        Assert.Equal(Script, package.Profile!.FirstName!.Value);
        Assert.Equal("maija.meikalainen@example.fi", package.Profile.Email!.Value);
        Assert.Equal("+358401234567", package.Profile.Phone!.Value);
        Assert.Equal("Pariisinkatu 4 B 7", package.Profile.Address!.Value.Street);
        Assert.Equal(new PackageProvenance("webshop", "webshop", Data().Profile!.Email!.Provenance.ObservedAt, OrderRef.Value), package.Profile.Email.Provenance);
        var order = Assert.Single(package.Orders);
        Assert.Equal(("WS-2026-1001", "INV-2026-1001", "open"), (order.OrderId, order.Billing.InvoiceNumber, order.Billing.Status));
        Assert.Equal("Oak frame 30×40", Assert.Single(order.Lines).Description);
        Assert.Equal("open", Assert.Single(package.BillingHistory).Status);
        Assert.Equal(("mailer", "direct_marketing"), (Assert.Single(package.Disclosures).Recipient, package.Disclosures[0].Purpose));
        Assert.NotNull(package.Status.LegalClaimHoldSince);
    }

    [Fact]
    public void Build_Preferences_EveryPurposeWithWhoDecidedIt()
    {
        var current = Package().Preferences.Current.ToDictionary(p => p.Purpose);

        Assert.Equal(6, current.Count);
        Assert.Equal(("objected", "recorded"), (current["market_research"].State, current["market_research"].DecidedBy));
        Assert.Equal(("consented", "default"), (current["direct_marketing"].State, current["direct_marketing"].DecidedBy));
        Assert.Equal(("objected", "default"), (current["targeted_content"].State, current["targeted_content"].DecidedBy));
        Assert.Equal("evt-1", Assert.Single(Package().Preferences.History).EventId);
    }

    [Fact]
    public void Build_HoldsAndRetention_DatesPerOrderAndForThePackage()
    {
        var package = Package();

        Assert.Contains(package.Holds, h => h is { Kind: "open_invoice" } && h.OrderRef == OrderRef.Value);
        Assert.Contains(package.Holds, h => h is { Kind: "accounting_retention", Until: var until } && until == new DateOnly(2032, 12, 31));
        Assert.Contains(package.Holds, h => h.Kind == "legal_claim");
        Assert.Contains(package.Retention, r => r is { Rule: RetentionRules.AccountingAct } && r.Until == new DateOnly(2032, 12, 31) && r.Reference == OrderRef.Value);
        Assert.Contains(package.Retention, r => r is { Rule: RetentionRules.InactiveProfile } && r.Until == new DateOnly(2029, 11, 20));
        Assert.Contains(package.Retention, r => r is { Rule: RetentionRules.AccessPackage } && r.Until == new DateOnly(2027, 1, 1));
        Assert.Contains(package.Retention, r => r is { Rule: RetentionRules.CaseFile, Reference: "DSR-2026-0042" });
    }

    [Fact]
    public void Build_Cases_TimelineWithStaffUnnamed()
    {
        var timeline = Assert.Single(Package().Cases).Timeline;

        Assert.Equal(["mailbox", "staff"], timeline.Select(e => e.By));
        Assert.Equal("Signed letter of 25 Nov", timeline[1].Detail);
        Assert.DoesNotContain("oid-1234", Encoding.UTF8.GetString(AccessPackageJson.Write(Package())), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoSubjectData_StillListsTheCaseAndTheRegistersProcessing()
    {
        var package = Builder().Build(Case(), Subject, null, [new CaseFile(Case(), Timeline())], Now);

        Assert.False(package.HasSubjectData);
        Assert.Empty(package.Orders);
        Assert.Single(package.Cases);
        Assert.Equal(6, package.Preferences.Current.Count);
        Assert.False(package.Processing.AutomatedDecisions);
    }

    [Fact]
    public void Json_TopLevelFields_AreThoseTheSchemaFileDeclares()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Registry.Testing.RepoPaths.Root, "docs", "api", "access-package.schema.json")))!;
        var written = JsonNode.Parse(AccessPackageJson.Write(Package()))!.AsObject().Select(p => p.Key).Order().ToList();

        Assert.Equal(schema["properties"]!.AsObject().Select(p => p.Key).Order(), written);
        Assert.Equal(AccessPackage.SchemaId, schema["$id"]!.GetValue<string>());
        Assert.All(schema["required"]!.AsArray(), r => Assert.Contains(r!.GetValue<string>(), written));
    }

    [Fact]
    public void Json_CamelCaseWithSchemaAndEscapedMarkup()
    {
        var text = Encoding.UTF8.GetString(AccessPackageJson.Write(Package(CaseLanguage.En)));
        var json = JsonNode.Parse(text)!;

        Assert.Equal(AccessPackage.SchemaId, json["schema"]!.GetValue<string>());
        Assert.Equal("en", json["language"]!.GetValue<string>());
        Assert.Equal(Script, json["profile"]!["firstName"]!["value"]!.GetValue<string>());
        Assert.Equal("2537284-7", json["profile"]!["organisation"]!["value"]!["businessId"]!.GetValue<string>());
        Assert.Equal("2032-12-31", json["orders"]![0]!["retainedUntil"]!.GetValue<string>());
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        Assert.Contains("Meikäläinen", text, StringComparison.Ordinal);
        Assert.Null(json["hasSubjectData"]);
    }
}
