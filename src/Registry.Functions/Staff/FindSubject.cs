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
using Registry.Restrictions;
using Registry.Subjects;

namespace Registry.Functions.Staff;

/// <summary>
/// <c>POST /api/staff/subjects/search</c> with <c>{"email"}</c> or <c>{"orderNumber"}</c>: which subject an address or
/// an order number belongs to (reader; audited). A POST body, not a query string, because request URLs end up in
/// request telemetry and proxy logs, and an e-mail address must not (D9). A restricted person (Art. 18) is still found,
/// so the officer can answer them and lift the restriction, and is listed under <c>restricted</c> as well. A person
/// erased but for held accounting data is not found.
/// </summary>
public sealed class FindSubject(
    IBlindIndex blindIndex, ISubjectLookup subjects, IOrderClaims orders, ISubjectRestrictions restrictions, IOptions<ClientDirectoryOptions> clients)
{
    [Function(nameof(FindSubject))]
    [ForStaff(StaffRoles.Reader)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/subjects/search")] HttpRequest request,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        var call = context.StaffCall();
        var body = await StaffRequest.ReadSearchAsync(request, cancellationToken);
        if (!body.IsValid)
        {
            return Problems.Validation(body.Errors);
        }

        var email = body.Value!.Email ?? string.Empty;
        var orderNumber = body.Value.OrderNumber ?? string.Empty;
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

        // An erased person whose invoices a hold still keeps is no longer anyone to find (Art. 17(3), 18(2)):
        // their held records serve the accounts and legal claims, which reach them by order, not by search.
        var distinct = new List<SubjectId>();
        foreach (var subject in found.Distinct())
        {
            if (await restrictions.FindErasureAsync(subject, cancellationToken) is null)
            {
                distinct.Add(subject);
            }
        }

        await call.AuditAsync(null, distinct.Count == 1 ? distinct[0] : null, null, cancellationToken);
        var restricted = new List<string>();
        foreach (var subject in distinct)
        {
            if (await restrictions.FindAsync(subject, cancellationToken) is not null)
            {
                restricted.Add(subject.Value);
            }
        }

        return new JsonBodyResult(200, new { subjects = distinct.Select(s => s.Value), restricted });
    }
}
