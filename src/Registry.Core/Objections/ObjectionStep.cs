using Registry.Cases;
using Registry.Execution;
using Registry.Letters;
using Registry.Preferences;
using Registry.Serialization;
using Registry.Subjects;

namespace Registry.Objections;

/// <summary>
/// Carries out a decided objection (Art. 21) [S8, S10] through the preference ledger, which also keeps the suppression
/// list: one <c>objected</c> event per purpose (the decided ones, or every marketing purpose), with id
/// <c>case:{reference}.{purpose}</c> so a redelivery records nothing twice, source <c>subject_request</c>, the case
/// reference as evidence, at the time the request was received. A later explicit choice of the person still decides,
/// as for every event; the summary names such purposes.
/// </summary>
public sealed class ObjectionStep(RecordPreferencesHandler preferences, CaseLetters letters) : ICaseActionStep
{
    public RequestType Type => RequestType.Objection;

    public static IReadOnlyList<PreferenceEvent> Events(SubjectCase subjectCase)
    {
        var purposes = subjectCase.ObjectionPurposes.Count > 0 ? subjectCase.ObjectionPurposes : MarketingPurposes.All;
        var reference = subjectCase.Reference.Value;
        var provenance = new Provenance(PreferenceChannel.SubjectRequest.ToWire(), ProvenanceSources.Register, subjectCase.ReceivedAt, reference);
        return purposes.Select(p => new PreferenceEvent($"case:{reference}.{p.ToWire()}", p, PreferenceState.Objected, provenance, reference)).ToList();
    }

    public async Task<StepResult> RunAsync(StepContext context, CancellationToken cancellationToken = default)
    {
        var events = Events(context.Case);
        var outcome = await preferences.HandleAsync(new RecordPreferencesCommand(context.Subject, events), cancellationToken);
        if (outcome is RecordPreferencesOutcome.UnknownSubject)
        {
            return new StepResult.Done("the register holds no data of the subject: nothing to record, no letter");
        }

        if (outcome is not RecordPreferencesOutcome.Recorded recorded)
        {
            throw new InvalidOperationException("The objection could not be recorded under concurrent changes; the message will be retried.");
        }

        var purposes = events.Select(e => e.Purpose).ToList();
        await letters.SendAsync(context.Case, LetterKind.ObjectionDone, Values(context.Case.Language, purposes), cancellationToken: cancellationToken);
        var overridden = events.Where(e => recorded.Current.TryGetValue(e.Purpose, out var current) && current.State != PreferenceState.Objected)
            .Select(e => e.Purpose.ToWire()).ToList();
        return new StepResult.Done(
            $"objected: {string.Join(", ", purposes.Select(p => p.ToWire()))}" + (overridden.Count > 0 ? $"; a later consent decides: {string.Join(", ", overridden)}" : string.Empty));
    }

    /// <summary>The <c>objection-done</c> letter's values: the purposes in the case's language.</summary>
    public static Dictionary<string, string> Values(CaseLanguage language, IReadOnlyList<ConsentPurpose> purposes) => new()
    {
        ["purposes"] = LetterVocabulary.List(purposes.Select(p => LetterVocabulary.Purpose(p, language))),
    };
}
