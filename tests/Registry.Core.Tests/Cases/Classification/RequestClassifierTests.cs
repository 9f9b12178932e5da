using Registry.Cases;
using Registry.Cases.Classification;

namespace Registry.Core.Tests.Cases.Classification;

public class RequestClassifierTests
{
    [Fact]
    public void Classify_QuotedOldRequest_IsNotReadAgain()
    {
        var found = RequestClassifier.Classify("Re: DSR-2026-0001", "Thanks for the answer.\n\nOn Tue, 1 Dec 2026, privacy wrote:\n> Please delete my data");

        Assert.True(found.IsUnclear);
    }

    [Fact]
    public void Classify_RemoveFromMailingList_IsAnObjectionNotAnErasure() =>
        Assert.Equal([RequestType.Objection], RequestClassifier.Classify("list", "Please remove me from your mailing list.").Types);

    [Fact]
    public void Classify_NumbersInText_AreIdentityHints()
    {
        var found = RequestClassifier.Classify("Tietopyyntö DSR-2026-0042", "Asiakasnumeroni on 100234 ja tilausnumero WS-2026-1001.");

        Assert.Equal(["100234"], found.CustomerNumbers);
        Assert.Equal(["WS-2026-1001"], found.OrderNumbers);
    }

    [Theory]
    [InlineData("Pyyntö", "Haluan ensin kopion tiedoistani ja sen jälkeen ne pitää hävittää.")]
    [InlineData("Request", "First send me a copy of everything you hold on me, and then get rid of my account.")]
    [InlineData("Begäran", "Först vill jag ha en kopia av mina personuppgifter och sedan ska ni radera dem.")]
    public void Classify_FirstACopyAndThenDeletion_YieldsBoth(string subject, string body) =>
        Assert.Equal([RequestType.Access, RequestType.Erasure], RequestClassifier.Classify(subject, body).Types);

    [Theory]
    [InlineData("Art. 17", "I am writing under Art. 17 GDPR about my account.", RequestType.Erasure)]
    [InlineData("Pyyntö", "Pyydän toimimaan tietosuoja-asetuksen 15 artiklan mukaisesti.", RequestType.Access)]
    [InlineData("Asiakkuus", "Viittaan artiklaan 18 asiakkuuteni osalta.", RequestType.Restriction)]
    [InlineData("Begäran", "Jag hänvisar till artikel 21 i dataskyddsförordningen.", RequestType.Objection)]
    [InlineData("Portability", "Under Article 20 I want my data.", RequestType.Access)]
    public void Classify_ArticleCitation_IsTheRequestTheArticleGives(string subject, string body, RequestType expected)
    {
        var found = RequestClassifier.Classify(subject, body);

        Assert.Contains(expected, found.Types);
        Assert.Contains(found.Reasons, r => r.Type == expected && r.Rule == "article");
    }

    [Fact]
    public void Classify_ArticleCitedByAVendor_IsNoRequest() =>
        Assert.True(RequestClassifier.Classify("Are your Article 17 requests under control?", "Our platform automates them. Book a demo.").IsUnclear);

    [Fact]
    public void Classify_InflectedFinnishVerb_NamesTheLexiconEntryAsTheReason()
    {
        var found = RequestClassifier.Classify("tiedot", "Toivon, että tietoni hävitetään.");

        Assert.Equal([new ClassificationReason(RequestType.Erasure, "lexicon", "fi: hävittää")], found.Reasons);
    }

    [Fact]
    public void Classify_TakenOutOfUse_IsNoErasure() =>
        Assert.Equal([RequestType.Rectification], RequestClassifier.Classify("numero", "Korjatkaa puhelinnumeroni, vanha liittymä on poistettu käytöstä.").Types);
}
