using Registry.Infra.Tests.Arm;

namespace Registry.Infra.Tests.Alerts;

/// <summary>
/// The alerts of docs/operations.md: one action group mailing the privacy officer's validated address, and a log alert
/// rule per runbook entry whose query reads a signal the app (or the Functions host) actually emits.
/// </summary>
public class AlertRuleTests
{
    private static readonly ArmResource Rules = CompiledTemplate.Main.Resource("Microsoft.Insights/scheduledQueryRules", "alerts");

    private static readonly ArmResource ActionGroup = CompiledTemplate.Main.Resource("Microsoft.Insights/actionGroups", "alerts");

    private static JsonArray RuleList => CompiledTemplate.Main.ModuleTemplate("alerts")["variables"]!["rules"]!.AsArray();

    private static JsonObject Rule(string name) => Assert.Single(RuleList, r => r!["name"]!.ToString() == name)!.AsObject();

    [Theory]
    [InlineData("poison-message", "MaxDequeueCount", "-poison", "registry.poison.messages")]
    [InlineData("case-due-soon", "Deadline watch: ", "DueSoon > 0")]
    [InlineData("case-overdue", "Deadline watch: ", "Overdue > 0")]
    [InlineData("purge-failed", "failed", "another run holds the lock", "PurgeExpiredData")]
    [InlineData("purge-skipped", "(dry run:", "ago(26h)", "Runs == 0")]
    [InlineData("letters-failing", "raised to the privacy officer", "registry.letters.failed", "came back undelivered", "registry.letters.bounced")]
    [InlineData("residency-failing", "the residency check failed", "Health: unhealthy")]
    public void RunbookAlert_HasARuleWhoseQueryReadsItsSignal(string name, params string[] signals)
    {
        // Act
        var query = Rule(name)["query"]!.ToString();

        // Assert
        Assert.All(signals, signal => Assert.Contains(signal, query, StringComparison.Ordinal));
    }

    [Fact]
    public void AlertRules_AreExactlyTheRunbooksAlerts()
    {
        // Assert: a rule added or dropped is a runbook entry added or dropped (docs/operations.md)
        Assert.Equal(
            ["poison-message", "case-due-soon", "case-overdue", "purge-failed", "purge-skipped", "letters-failing", "residency-failing"],
            RuleList.Select(r => r!["name"]!.ToString()));
    }

    [Fact]
    public void AlertRules_LoopOverEveryRuleAndFireOnAnyRow()
    {
        // Act
        var condition = Assert.Single(Rules.Select("properties.criteria.allOf")!.AsArray())!;

        // Assert
        Assert.Equal("[length(variables('rules'))]", Rules.Text("copy.count"));
        Assert.Equal("[variables('rules')[copyIndex()].query]", condition["query"]!.ToString());
        Assert.Equal("Count", condition["timeAggregation"]!.ToString());
        Assert.Equal("GreaterThan", condition["operator"]!.ToString());
        Assert.Equal(0, condition["threshold"]!.GetValue<int>());
        Assert.True(Rules.Flag("properties.enabled"));
    }

    [Fact]
    public void AlertRules_TargetTheOfficersActionGroup()
    {
        // Act
        var target = Assert.Single(Rules.Select("properties.actions.actionGroups")!.AsArray())!.ToString();

        // Assert
        Assert.Equal($"[resourceId('Microsoft.Insights/actionGroups', {ActionGroup.Text("name")![1..^1]})]", target);
    }

    [Fact]
    public void AlertRules_ReadTheAppsApplicationInsights()
    {
        // Assert
        Assert.Equal("[parameters('appInsightsId')]", Assert.Single(Rules.Select("properties.scopes")!.AsArray())!.ToString());
        Assert.Equal("[reference('monitoring').outputs.appInsightsId.value]", CompiledTemplate.Main.Module("alerts").Text("properties.parameters.appInsightsId.value"));
        Assert.Equal("[resourceId('Microsoft.Insights/components', parameters('appInsightsName'))]",
            CompiledTemplate.Main.ModuleTemplate("monitoring")["outputs"]!["appInsightsId"]!["value"]!.ToString());
    }

    [Fact]
    public void ActionGroup_MailsTheValidatedOfficerAddress()
    {
        // Arrange
        var check = CompiledTemplate.Main.Root["variables"]!["checkedOfficerEmail"]!.ToString();

        // Assert
        Assert.Equal("[parameters('officerEmail')]", Assert.Single(ActionGroup.Select("properties.emailReceivers")!.AsArray())!["emailAddress"]!.ToString());
        Assert.True(ActionGroup.Flag("properties.enabled"));
        Assert.Equal("[variables('checkedOfficerEmail')]", CompiledTemplate.Main.Module("alerts").Text("properties.parameters.officerEmail.value"));
        Assert.StartsWith("[if(__bicep.isValidEmailAddress(parameters('privacyOfficerEmail')), parameters('privacyOfficerEmail'), fail(", check, StringComparison.Ordinal);
    }

    [Fact]
    public void PrivacyOfficerEmail_IsRequiredAndSetFromTheAzdEnvironment()
    {
        // Arrange
        var parameter = CompiledTemplate.Main.Root["parameters"]!["privacyOfficerEmail"]!.AsObject();
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoFiles.Root(), "infra", "main.parameters.json")))!;

        // Assert
        Assert.False(parameter.ContainsKey("defaultValue"));
        Assert.Equal(6, parameter["minLength"]!.GetValue<int>());
        Assert.Equal("${REGISTRY_PRIVACY_OFFICER_EMAIL}", file["parameters"]!["privacyOfficerEmail"]!["value"]!.ToString());
    }

    [Fact]
    public async Task IsValidEmailAddress_EvaluatedByBicep_AcceptsOneAddressOnly()
    {
        // Arrange
        (string Address, bool Valid)[] cases =
        [
            ("officer@tailorframe.example", true), ("tietosuoja@tailorframe.fi", true), ("first.last@sub.tailorframe.fi", true),
            ("", false), ("officer", false), ("officer@localhost", false), ("@tailorframe.fi", false), ("a@@tailorframe.fi", false),
            ("a@.fi", false), ("a@tailorframe.fi.", false), ("a b@tailorframe.fi", false), ("a@x.fi,b@x.fi", false),
            ("a@x.fi;b@x.fi", false), ("Officer <a@x.fi>", false),
        ];

        // Act
        var answers = await BicepConsole.EvaluateAsync(
            BicepConsole.Function("types.bicep", "isValidEmailAddress"), cases.Select(c => $"isValidEmailAddress('{c.Address}')"));

        // Assert
        Assert.Equal(cases.Select(c => $"{c.Address}: {(c.Valid ? "true" : "false")}"), cases.Select((c, i) => $"{c.Address}: {answers[i]}"));
    }

    [Theory]
    [InlineData("Deadline watch: {DueSoon} cases due within {Days} days, {Overdue} overdue")]
    [InlineData("Purge {RunDate} (dry run: {DryRun}) {Outcome}: ")]
    [InlineData("Purge {RunDate}: another run holds the lock; nothing done")]
    [InlineData("Purge sweep {Sweep} failed;")]
    [InlineData("Purge item {Kind} {Target} failed;")]
    [InlineData("Letter {LetterId} failed after {Attempts} attempts ({Reason}); raised to the privacy officer")]
    [InlineData("came back undelivered (letter {LetterId})")]
    [InlineData("{Function}: refused, the residency check failed")]
    [InlineData("Health: unhealthy")]
    [InlineData("\"registry.poison.messages\"")]
    [InlineData("\"registry.letters.failed\"")]
    [InlineData("\"registry.letters.bounced\"")]
    public void AlertSignal_IsEmittedByTheApp(string text)
    {
        // Assert: the log template or metric name an alert query reads is still in the code
        Assert.Contains(RepoFiles.SourceTexts(), source => source.Contains(text, StringComparison.Ordinal));
    }
}
