using Registry.Subjects;

namespace Registry.Clients.Grants;

/// <summary>
/// Whether a client has a relationship with a person: it posted an order for them (the only way a person enters the
/// register through a client). A client reads or changes preferences, and mints links, only for its own customers.
/// </summary>
public interface ICustomerRelationships
{
    /// <summary>
    /// True when <paramref name="client"/> has posted an order stored for <paramref name="subject"/> and the person is not
    /// erased (their profile exists); false for an unknown subject too.
    /// </summary>
    Task<bool> ExistsAsync(SubjectId subject, ClientId client, CancellationToken cancellationToken = default);
}
