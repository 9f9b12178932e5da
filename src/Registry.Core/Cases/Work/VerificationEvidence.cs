using Microsoft.Extensions.Options;
using Registry.Clients;
using Registry.Contact;
using Registry.Orders;
using Registry.Orders.Storage;
using Registry.Privacy;
using Registry.Subjects;

namespace Registry.Cases.Work;

/// <summary>
/// Checks what a verification method binds against the register before a case is verified with it. For
/// <see cref="VerificationMethods.RegisteredEmailAndOrder"/>: the requester's address has the blind index that finds the
/// linked subject (never compared in clear), and an order number in the request is an order of that subject under some
/// client. The other methods bind nothing the register can check. The answer names what failed, never whose it is.
/// </summary>
public sealed class VerificationEvidence(IBlindIndex blindIndex, ISubjectLookup subjects, IOrderClaims orders, IOptions<ClientDirectoryOptions> clients)
{
    public async Task<IReadOnlyList<string>> FailuresAsync(SubjectCase subjectCase, string method, SubjectId subject, CancellationToken cancellationToken = default)
    {
        if (method != VerificationMethods.RegisteredEmailAndOrder)
        {
            return [];
        }

        var failures = new List<string>();
        if (!await IsRegisteredAddressAsync(subjectCase.Requester.Email, subject, cancellationToken))
        {
            failures.Add("the requester's address is not the registered e-mail address of the linked subject");
        }

        if (!await OwnsQuotedOrderAsync(subjectCase.Requester.OrderNumbers, subject, cancellationToken))
        {
            failures.Add("no order number quoted in the request is an order of the linked subject");
        }

        return failures;
    }

    private async Task<bool> IsRegisteredAddressAsync(string? address, SubjectId subject, CancellationToken cancellationToken) =>
        EmailAddress.TryParse(address, out var email)
        && await subjects.FindByEmailAsync(await blindIndex.ForEmailAsync(email, cancellationToken), cancellationToken) == subject;

    private async Task<bool> OwnsQuotedOrderAsync(IReadOnlyList<string> numbers, SubjectId subject, CancellationToken cancellationToken)
    {
        foreach (var number in numbers)
        {
            if (!ClientOrderId.TryParse(number, out var orderId))
            {
                continue;
            }

            // Order numbers are unique per client only: the number counts when it is this person's order under any client.
            foreach (var client in clients.Value.Keys)
            {
                if (ClientId.TryParse(client, out var clientId) && await orders.FindAsync(clientId, orderId, cancellationToken) is { } claim && claim.Subject == subject)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
