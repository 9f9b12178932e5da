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
}
