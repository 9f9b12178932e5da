using Registry.Cases;

namespace Registry.Core.Tests.Cases;

public class CaseStateMachineTests
{
    // Every (action, from) pair that is allowed, and where it leads. Anything not listed must be refused.
    private static readonly Dictionary<(CaseAction, CaseStatus), CaseStatus> Allowed = Build();

    public static TheoryData<CaseAction, CaseStatus> AllPairs()
    {
        var data = new TheoryData<CaseAction, CaseStatus>();
        foreach (var action in Enum.GetValues<CaseAction>())
        {
            foreach (var status in Enum.GetValues<CaseStatus>())
            {
                data.Add(action, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Next_EveryPair_MatchesTheTable(CaseAction action, CaseStatus from)
    {
        var next = CaseStateMachine.Next(action, from);

        if (Allowed.TryGetValue((action, from), out var expected))
        {
            Assert.Equal(expected, next);
        }
        else
        {
            Assert.Null(next);
        }
    }

    [Fact]
    public void Apply_NotAllowed_ReturnsConflictAndNoCase()
    {
        var change = CaseTransitions.Apply(CaseBuilder.Open() with { Status = CaseStatus.Withdrawn }, CaseAction.Verify);

        Assert.Null(change.Case);
        Assert.Equal("A case that is withdrawn cannot take 'verify'.", change.Conflict);
    }

    [Fact]
    public void Apply_Allowed_AppliesTheChangeAndTheStatus()
    {
        var change = CaseTransitions.Apply(CaseBuilder.Open(), CaseAction.Verify, c => c with { VerificationMethod = "signed_letter" });

        Assert.Equal(CaseStatus.Verified, change.Case!.Status);
        Assert.Equal("signed_letter", change.Case.VerificationMethod);
    }

    private static Dictionary<(CaseAction, CaseStatus), CaseStatus> Build()
    {
        CaseStatus[] open = [CaseStatus.Received, CaseStatus.AwaitingVerification, CaseStatus.Verified, CaseStatus.InProgress];
        var table = new Dictionary<(CaseAction, CaseStatus), CaseStatus>
        {
            [(CaseAction.RequestVerification, CaseStatus.Received)] = CaseStatus.AwaitingVerification,
            [(CaseAction.Verify, CaseStatus.Received)] = CaseStatus.Verified,
            [(CaseAction.Verify, CaseStatus.AwaitingVerification)] = CaseStatus.Verified,
            [(CaseAction.Refuse, CaseStatus.Received)] = CaseStatus.Refused,
            [(CaseAction.Refuse, CaseStatus.AwaitingVerification)] = CaseStatus.Refused,
            [(CaseAction.Refuse, CaseStatus.Verified)] = CaseStatus.Refused,
            [(CaseAction.Decide, CaseStatus.Verified)] = CaseStatus.InProgress,
            [(CaseAction.Complete, CaseStatus.InProgress)] = CaseStatus.Completed,
            [(CaseAction.Complete, CaseStatus.PartiallyCompleted)] = CaseStatus.Completed,
            [(CaseAction.CompletePartially, CaseStatus.InProgress)] = CaseStatus.PartiallyCompleted,
        };
        // Verification fixes the subject: linking is allowed only before it.
        table[(CaseAction.LinkSubject, CaseStatus.Received)] = CaseStatus.Received;
        table[(CaseAction.LinkSubject, CaseStatus.AwaitingVerification)] = CaseStatus.AwaitingVerification;
        foreach (var status in open)
        {
            table[(CaseAction.Withdraw, status)] = CaseStatus.Withdrawn;
            table[(CaseAction.Extend, status)] = status;
        }

        foreach (var status in Enum.GetValues<CaseStatus>())
        {
            table[(CaseAction.AddNote, status)] = status;
            table[(CaseAction.AttachReply, status)] = status;
        }

        return table;
    }
}
