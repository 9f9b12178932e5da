using System.Reflection;
using Microsoft.Extensions.Compliance.Classification;
using Registry.Clients;
using Registry.Contact;
using Registry.Orders;
using Registry.Orders.Ingest;
using Registry.Orders.Storage;
using Registry.Privacy.Classification;
using Registry.Subjects;

namespace Registry.Core.Tests.Privacy;

/// <summary>Every personal field carries its data class, so redaction (and later encryption) can find it by attribute.</summary>
public class ClassificationTests
{
    public static TheoryData<Type> PersonalRecords() =>
    [
        typeof(CustomerDetails), typeof(Organisation), typeof(PostalAddress),
        typeof(CustomerSubmission), typeof(OrganisationSubmission), typeof(AddressSubmission),
    ];

    [Theory]
    [MemberData(nameof(PersonalRecords))]
    public void PersonalRecord_EveryProperty_IsPersonalData(Type record)
    {
        var unclassified = record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != "EqualityContract" && Classification(p) != RegistryTaxonomy.PersonalData)
            .Select(p => p.Name);

        Assert.Empty(unclassified);
    }

    [Theory]
    [InlineData(typeof(EmailAddress))]
    [InlineData(typeof(PhoneNumber))]
    [InlineData(typeof(BillTo))]
    public void PersonalValueType_IsPersonalData(Type type) =>
        Assert.Equal(RegistryTaxonomy.PersonalData, type.GetCustomAttribute<DataClassificationAttribute>()?.Classification);

    [Theory]
    [InlineData(typeof(SubjectId))]
    [InlineData(typeof(OrderRef))]
    [InlineData(typeof(ClientId))]
    [InlineData(typeof(ClientOrderId))]
    public void Identifier_IsPseudonymous(Type type) =>
        Assert.Equal(RegistryTaxonomy.Pseudonymous, type.GetCustomAttribute<DataClassificationAttribute>()?.Classification);

    [Theory]
    [InlineData(typeof(OrderLineSubmission), nameof(OrderLineSubmission.Description))]
    [InlineData(typeof(OrderLine), nameof(OrderLine.Description))]
    [InlineData(typeof(StoredLine), nameof(StoredLine.Description))]
    [InlineData(typeof(BillingDetails), nameof(BillingDetails.InvoiceNumber))]
    public void FreeTextAndReferences_ArePersonalData(Type record, string property) =>
        Assert.Equal(RegistryTaxonomy.PersonalData, Classification(record.GetProperty(property)!));

    private static DataClassification? Classification(PropertyInfo property) =>
        property.GetCustomAttribute<DataClassificationAttribute>()?.Classification;
}
