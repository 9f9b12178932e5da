using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Registry.Clients;
using Registry.Contact;
using Registry.Functions.Http;
using Registry.Orders;
using Registry.Orders.Storage;
using Registry.Privacy;
using Registry.Subjects;

namespace Registry.Functions.Staff;

/// <summary>
/// <c>GET /api/staff/subjects?email=…</c> or <c>?orderNumber=…</c>: which subject an address or an order number
/// belongs to (reader; audited). Query strings stay out of logs: the dev host and the Functions host log paths only.
/// </summary>
public sealed class FindSubject(StaffEndpoint staff, IBlindIndex blindIndex, ISubjectLookup subjects, IOrderClaims orders, IOptions<ClientDirectoryOptions> clients)
{
    [Function(nameof(FindSubject))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/subjects")] HttpRequest request,
        CancellationToken cancellationToken) =>
        staff.RunAsync(nameof(FindSubject), request, StaffRoles.Reader, async call =>
        {
            var email = request.Query["email"].ToString();
            var orderNumber = request.Query["orderNumber"].ToString();
            var found = new List<SubjectId>();
            if (email.Length > 0)
            {
                if (!EmailAddress.TryParse(email, out var address))
                {
                    return Problems.Validation("email", "must be an e-mail address.");
                }

                if (await subjects.FindByEmailAsync(await blindIndex.ForEmailAsync(address, cancellationToken), cancellationToken) is { } subject)
                {
                    found.Add(subject);
                }
            }
            else if (orderNumber.Length > 0)
            {
                if (!ClientOrderId.TryParse(orderNumber, out var orderId))
                {
                    return Problems.Validation("orderNumber", "must be an order number as the client sent it.");
                }

                // Order numbers are unique per client only: look the number up under every client.
                foreach (var client in clients.Value.Keys)
                {
                    if (ClientId.TryParse(client, out var clientId) && await orders.FindAsync(clientId, orderId, cancellationToken) is { } claim)
                    {
                        found.Add(claim.Subject);
                    }
                }
            }
            else
            {
                return Problems.Validation("email", "give email or orderNumber.");
            }

            var distinct = found.Distinct().ToList();
            await call.AuditAsync(null, distinct.Count == 1 ? distinct[0] : null, null, cancellationToken);
            return new JsonBodyResult(200, new { subjects = distinct.Select(s => s.Value) });
        }, cancellationToken);
}
