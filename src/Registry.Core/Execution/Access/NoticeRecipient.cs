using Microsoft.Extensions.Options;
using Registry.Cases;
using Registry.Contact;
using Registry.Privacy;
using Registry.Subjects;

namespace Registry.Execution.Access;

/// <summary>
/// Where a letter with download links may go: only to an address verified for the person. That is the requester's
/// address when the verification method proved it is the registered one (<see cref="VerificationMethods.BindsRequesterAddress"/>),
/// else the registered e-mail address; a person with neither gets the letter through the privacy officer, who delivers it
/// by other means. The mail's <c>From</c> alone is never enough.
/// </summary>
public sealed class NoticeRecipient(IBlindIndex blindIndex, IOptions<CaseOptions> options)
{
    public Addressee For(SubjectCase subjectCase, SubjectData? data)
    {
        if (VerificationMethods.BindsRequesterAddress(subjectCase.VerificationMethod) && subjectCase.Requester.Email is { } requester)
        {
            return new Addressee(requester, AddresseeKind.VerifiedRequester);
        }

        return Registered(data) is { } registered
            ? new Addressee(registered.Value, AddresseeKind.Registered)
            : new Addressee(options.Value.PrivacyOfficerMailbox, AddresseeKind.PrivacyOfficer);
    }

    /// <summary>Whether <paramref name="address"/> is the person's registered e-mail address, compared by blind index.</summary>
    public async Task<bool> IsRegisteredAddressAsync(string? address, SubjectData? data, CancellationToken cancellationToken = default) =>
        EmailAddress.TryParse(address, out var email) && Registered(data) is { } registered
        && await blindIndex.ForEmailAsync(email, cancellationToken) == await blindIndex.ForEmailAsync(registered, cancellationToken);

    private static EmailAddress? Registered(SubjectData? data) => data?.Profile is { Erased: false, Email: { } email } ? email.Value : null;
}

/// <summary>Who a notice goes to; <see cref="Describe"/> is for the timeline and never holds the address.</summary>
public sealed record Addressee(string Address, AddresseeKind Kind)
{
    public string Describe() => Kind switch
    {
        AddresseeKind.VerifiedRequester => "the requester's verified address",
        AddresseeKind.Registered => "the registered address",
        _ => "the privacy officer (no verified address for the person)",
    };
}

public enum AddresseeKind
{
    VerifiedRequester,
    Registered,
    PrivacyOfficer,
}
