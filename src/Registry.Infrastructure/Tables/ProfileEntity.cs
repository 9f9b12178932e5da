using System.Globalization;
using Azure.Data.Tables;
using Registry.Contact;
using Registry.Orders.Ingest;
using Registry.Privacy.Encryption;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>
/// Maps a <see cref="CustomerProfile"/> to the <c>profile</c> row: one property per value, each sealed
/// with the subject's profile key together with its provenance. Dates that drive retention stay readable.
/// </summary>
internal static class ProfileEntity
{
    private const DataScope Scope = DataScope.Profile;

    /// <summary>The profile row, or with <paramref name="row"/> a contact snapshot (<c>profile|{order ref}</c>) in the same form.</summary>
    public static TableEntity ToEntity(SubjectId subject, CustomerProfile profile, FieldSealer sealer, string row = SubjectRows.Profile)
    {
        var entity = new TableEntity(subject.Value, row)
        {
            ["LastActivityAt"] = profile.LastActivityAt,
            ["NextReviewOn"] = profile.NextReviewOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        Put(entity, sealer, "FirstName", profile.FirstName);
        Put(entity, sealer, "LastName", profile.LastName);
        Put(entity, sealer, "Organisation", profile.Organisation);
        Put(entity, sealer, "Email", profile.Email is null ? null : new Sourced<string>(profile.Email.Value.Value, profile.Email.Provenance));
        Put(entity, sealer, "Phone", profile.Phone is null ? null : new Sourced<string>(profile.Phone.Value.E164, profile.Phone.Provenance));
        Put(entity, sealer, "Address", profile.Address);
        return entity;
    }

    /// <summary>The profile; values whose key was destroyed read as null and set <see cref="CustomerProfile.Erased"/>.</summary>
    public static CustomerProfile FromEntity(TableEntity entity, FieldSealer sealer)
    {
        var erased = false;
        var email = Get<string>(entity, sealer, "Email", ref erased);
        var phone = Get<string>(entity, sealer, "Phone", ref erased);
        return new CustomerProfile(
            Get<string>(entity, sealer, "FirstName", ref erased),
            Get<string>(entity, sealer, "LastName", ref erased),
            Get<Organisation>(entity, sealer, "Organisation", ref erased),
            email is null ? null : new Sourced<EmailAddress>(Stored.Parse<EmailAddress>(email.Value, EmailAddress.TryParse), email.Provenance),
            phone is null ? null : new Sourced<PhoneNumber>(Stored.Parse<PhoneNumber>(phone.Value, PhoneNumber.TryParse), phone.Provenance),
            Get<PostalAddress>(entity, sealer, "Address", ref erased),
            entity.GetDateTimeOffset("LastActivityAt") ?? DateTimeOffset.MinValue,
            entity.GetString("NextReviewOn") is { } next ? DateOnly.ParseExact(next, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null)
        {
            Erased = erased,
        };
    }

    private static void Put<T>(TableEntity entity, FieldSealer sealer, string name, Sourced<T>? value)
    {
        if (value is not null)
        {
            entity[name] = sealer.Seal(Scope, entity.RowKey, name, value);
        }
    }

    private static Sourced<T>? Get<T>(TableEntity entity, FieldSealer sealer, string name, ref bool erased) =>
        sealer.Open<Sourced<T>>(Scope, entity.RowKey, name, entity.GetString(name), ref erased);
}
