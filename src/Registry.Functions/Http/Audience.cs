using Registry.Clients.Grants;

namespace Registry.Functions.Http;

/// <summary>
/// Who may call an HTTP function, declared on its method and enforced by <see cref="HttpEdgeMiddleware"/> before the
/// function runs. Default deny: an HTTP function that declares no audience is refused (and a test walks every one).
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public abstract class AudienceAttribute : Attribute
{
    /// <summary>Whether the function handles personal data: then it is refused while the residency check fails (D8).</summary>
    public virtual bool PersonalData => true;
}

/// <summary>
/// A configured client, by its Standard Webhooks signature over the body (or, for a GET, over the request target),
/// granted <see cref="Operation"/>. The webhook-id is remembered (<see cref="ReplayGuard"/>).
/// </summary>
public sealed class ForClientsAttribute(ClientOperation operation) : AudienceAttribute
{
    public ClientOperation Operation => operation;

    /// <summary>A GET: the signature covers the path and query instead of a body, and the answer is never kept for a replay.</summary>
    public bool SignsTarget { get; init; }
}

/// <summary>Anyone: the function decides itself what an anonymous caller learns.</summary>
public sealed class ForAnyoneAttribute : AudienceAttribute
{
    private readonly bool personalData = true;

    public override bool PersonalData => personalData;

    /// <summary>False for an answer that holds no personal data and must answer whatever the residency verdict (health, console files).</summary>
    public bool HandlesPersonalData { get => personalData; init => personalData = value; }
}

/// <summary>Staff with a valid Entra ID bearer token holding a role that allows <see cref="Role"/>; every success is audited.</summary>
public sealed class ForStaffAttribute(string role) : AudienceAttribute
{
    public string Role => role;
}
