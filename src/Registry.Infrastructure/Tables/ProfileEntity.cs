using System.Globalization;
using Azure.Data.Tables;
using Registry.Contact;
using Registry.Orders.Ingest;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>Maps a <see cref="CustomerProfile"/> to the <c>profile</c> row: one property per value, with its provenance.</summary>
internal static class ProfileEntity
{
    public static TableEntity ToEntity(SubjectId subject, CustomerProfile profile)
    {
        var entity = new TableEntity(subject.Value, SubjectRows.Profile)
        {
            ["LastActivityAt"] = profile.LastActivityAt,
            ["NextReviewOn"] = profile.NextReviewOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        Put(entity, "FirstName", profile.FirstName);
        Put(entity, "LastName", profile.LastName);
        Put(entity, "Organisation", profile.Organisation);
        Put(entity, "Email", profile.Email is null ? null : new Sourced<string>(profile.Email.Value.Value, profile.Email.Provenance));
        Put(entity, "Phone", profile.Phone is null ? null : new Sourced<string>(profile.Phone.Value.E164, profile.Phone.Provenance));
        Put(entity, "Address", profile.Address);
        return entity;
    }

    public static CustomerProfile FromEntity(TableEntity entity)
    {
        var email = Get<string>(entity, "Email");
        var phone = Get<string>(entity, "Phone");
        return new CustomerProfile(
            Get<string>(entity, "FirstName"),
            Get<string>(entity, "LastName"),
            Get<Organisation>(entity, "Organisation"),
            email is null ? null : new Sourced<EmailAddress>(Stored.Parse<EmailAddress>(email.Value, EmailAddress.TryParse), email.Provenance),
            phone is null ? null : new Sourced<PhoneNumber>(Stored.Parse<PhoneNumber>(phone.Value, PhoneNumber.TryParse), phone.Provenance),
            Get<PostalAddress>(entity, "Address"),
            entity.GetDateTimeOffset("LastActivityAt") ?? DateTimeOffset.MinValue,
            entity.GetString("NextReviewOn") is { } next ? DateOnly.ParseExact(next, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null);
    }

    private static void Put<T>(TableEntity entity, string name, Sourced<T>? value)
    {
        if (value is not null)
        {
            entity[name] = StorageJson.Write(value);
        }
    }

    private static Sourced<T>? Get<T>(TableEntity entity, string name) =>
        entity.GetString(name) is { } json ? StorageJson.Read<Sourced<T>>(json) : null;
}
