using System.Text.Json;
using Registry.Cases;
using Registry.Cases.Work;
using Registry.Preferences;
using Registry.Rectification;
using Registry.Validation;

namespace Registry.Core.Tests.Cases;

public class DecisionDetailsValidatorTests
{
    [Fact]
    public void Validate_RectificationWithoutChanges_NamesRectificationChanges()
    {
        var errors = new FieldErrors();

        var details = DecisionDetailsValidator.Validate([RequestType.Rectification], null, errors);

        Assert.Null(details);
        Assert.Equal("rectification.changes", Assert.Single(errors.All).Field);
    }

    [Fact]
    public void Validate_BadValues_NameEachFailingFieldByItsPath()
    {
        var errors = new FieldErrors();
        var submitted = Rectify(
            Change("email", "\"not-an-address\""),
            Change("organisation", """{"name":"Kehys Oy","businessId":"2537284-6"}"""),
            Change("postalAddress", """{"street":"Pariisinkatu 4","postalCode":"550","city":"Helsinki","country":"FI"}"""),
            Change("phone", "\"12\""),
            Change("shoeSize", "\"44\""),
            Change("firstName", "\"Maija\"", grounds: null));

        DecisionDetailsValidator.Validate([RequestType.Rectification], submitted, errors);

        Assert.Equal(
            ["rectification.changes[0].value", "rectification.changes[1].value.businessId", "rectification.changes[2].value.postalCode",
             "rectification.changes[3].value", "rectification.changes[4].field", "rectification.changes[5].grounds"],
            errors.All.Select(e => e.Field));
        Assert.DoesNotContain(errors.All, e => e.Message.Contains("not-an-address", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_GoodChanges_AreNormalisedLikeAnOrder()
    {
        var errors = new FieldErrors();
        var submitted = Rectify(
            Change("email", "\" Maija.Korjattu@Example.FI \""),
            Change("phone", "\"040 765 4321\""),
            Change("postalAddress", """{"street":"Mannerheimintie 14","postalCode":"00100","city":"Helsinki","country":"FI"}"""));

        var details = DecisionDetailsValidator.Validate([RequestType.Rectification], submitted, errors);

        Assert.False(errors.Any);
        Assert.Equal("maija.korjattu@example.fi", details!.Rectification[0].Email!.Value.Value);
        Assert.Equal("+358407654321", details.Rectification[1].Phone!.Value.E164);
        Assert.Equal("00100", details.Rectification[2].Address!.PostalCode);
        Assert.All(details.Rectification, c => Assert.Equal("Customer's letter of 1 Dec", c.Grounds));
    }

    [Fact]
    public void Validate_SameFieldTwice_IsRefused()
    {
        var errors = new FieldErrors();

        DecisionDetailsValidator.Validate([RequestType.Rectification], Rectify(Change("lastName", "\"A\""), Change("lastName", "\"B\"")), errors);

        Assert.Equal("rectification.changes[1].field", Assert.Single(errors.All).Field);
    }

    [Fact]
    public void Validate_ObjectionPurposes_AreParsedAndAnUnknownOneIsNamed()
    {
        var good = new FieldErrors();
        var bad = new FieldErrors();

        var details = DecisionDetailsValidator.Validate([RequestType.Objection], Object("market_research", "publication"), good);
        DecisionDetailsValidator.Validate([RequestType.Objection], Object("market_research", "spam"), bad);

        Assert.Equal([ConsentPurpose.MarketResearch, ConsentPurpose.Publication], details!.ObjectionPurposes);
        Assert.Equal("objection.purposes[1]", Assert.Single(bad.All).Field);
    }

    [Fact]
    public void Validate_ObjectionWithoutPurposes_MeansEveryMarketingPurposeLater()
    {
        var errors = new FieldErrors();

        var details = DecisionDetailsValidator.Validate([RequestType.Objection], null, errors);

        Assert.Empty(details!.ObjectionPurposes);
    }

    [Fact]
    public void Validate_DetailsForAnActionNotDecided_AreRefused()
    {
        var errors = new FieldErrors();

        DecisionDetailsValidator.Validate([RequestType.Access], new DecisionDetailsSubmission(new ObjectionSubmission(["direct_marketing"]), new RectificationSubmission([])), errors);

        Assert.Equal(["objection", "rectification"], errors.All.Select(e => e.Field));
    }

    private static DecisionDetailsSubmission Rectify(params RectificationChangeSubmission[] changes) => new(null, new RectificationSubmission(changes));

    private static DecisionDetailsSubmission Object(params string[] purposes) => new(new ObjectionSubmission(purposes), null);

    private static RectificationChangeSubmission Change(string field, string valueJson, string? grounds = "Customer's letter of 1 Dec") =>
        new(field, JsonDocument.Parse(valueJson).RootElement.Clone(), grounds);
}
