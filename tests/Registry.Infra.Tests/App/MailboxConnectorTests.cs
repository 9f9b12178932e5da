using Registry.Infra.Tests.Arm;

namespace Registry.Infra.Tests.App;

public class MailboxConnectorTests
{
    private const string Module = "mailbox-connector";

    private static readonly ArmResource Workflow = CompiledTemplate.Main.Resource("Microsoft.Logic/workflows", Module);

    private static JsonObject Actions => Workflow.Select("properties.definition.actions")!.AsObject();

    [Fact]
    public void MailboxConnector_ByDefault_IsNotDeployed()
    {
        // Act
        var condition = CompiledTemplate.Main.Module(Module).Text("condition");

        // Assert
        Assert.Equal("[parameters('enableMailboxConnector')]", condition);
        Assert.False(CompiledTemplate.Main.Root["parameters"]!["enableMailboxConnector"]!["defaultValue"]!.GetValue<bool>());
    }

    [Fact]
    public void Trigger_NewMail_UsesTheOffice365Connection()
    {
        // Act
        var trigger = Workflow.Select("properties.definition.triggers")!.AsObject().Single().Value!;
        var connection = CompiledTemplate.Main.Resource("Microsoft.Web/connections", Module);

        // Assert
        Assert.Equal("/v3/Mail/OnNewEmail", trigger["inputs"]!["path"]!.ToString());
        Assert.Contains("'office365'", connection.Text("properties.api.id"), StringComparison.Ordinal);
    }

    [Fact]
    public void QueueAction_Message_IsRawJsonOnSubjectRequestsThatNeverExpires()
    {
        // Act
        var send = Actions["Queue_subject_request"]!["inputs"]!;

        // Assert
        Assert.Equal("POST", send["method"]!.ToString());
        Assert.EndsWith("subject-requests/messages?messagettl=-1", send["uri"]!.ToString(), StringComparison.Ordinal);
        Assert.Contains("<MessageText>@{replace(replace(replace(string(outputs('Build_subject_request'))", send["body"]!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("base64(", send["body"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal("ManagedServiceIdentity", send["authentication"]!["type"]!.ToString());
    }

    [Fact]
    public void SubjectRequest_Shape_IsContractV1()
    {
        // Act
        var message = Actions["Build_subject_request"]!["inputs"]!.AsObject();
        var attachment = Actions["List_attachments"]!["inputs"]!["select"]!.AsObject();

        // Assert
        Assert.Equal(["messageId", "receivedAt", "channel", "from", "fromName", "subject", "body", "attachments"], message.Select(p => p.Key));
        Assert.Equal("email", message["channel"]!.ToString());
        Assert.Equal(["name", "contentType", "blobPath"], attachment.Select(p => p.Key));
    }

    [Fact]
    public void ConnectorIdentity_Roles_AreQueueSenderAndBlobContributorOnly()
    {
        // Act
        var roles = CompiledTemplate.Main.OfType("Microsoft.Authorization/roleAssignments")
            .Where(r => r.Module == Module)
            .Select(r => Assert.Single(ArmExpressions.Guids(r.Text("properties.roleDefinitionId")!, r.Template)))
            .Order();

        // Assert
        Assert.Equal(["ba92f5b4-2d11-453d-a403-e96b0029c9fe", "c6a89b2d-59bc-44d0-9896-0f6e12d7b80a"], roles);
    }
}
