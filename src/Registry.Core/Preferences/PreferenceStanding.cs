namespace Registry.Preferences;

/// <summary>
/// What decides one purpose: the latest event of anyone, and the person's own latest act. While the person's latest
/// act is an objection, the purpose stays objected whatever a client records later; a later consent of the person
/// lifts it. Both parts are "latest by <see cref="PreferenceEvent.Supersedes"/>", so the standing is the same
/// whatever order events arrive in.
/// </summary>
public sealed record PreferenceStanding(PreferenceEvent Latest, PreferenceEvent? PersonsLatest)
{
    /// <summary>
    /// The event whose state applies: the person's objection while it stands; else the person's own consent when
    /// the latest event is a consent too (so its evidence is what the consent rests on); else the latest event.
    /// </summary>
    public PreferenceEvent Deciding => PersonsLatest switch
    {
        { State: PreferenceState.Objected } objection => objection,
        { } consent when Latest.State == PreferenceState.Consented => consent,
        _ => Latest,
    };

    public static PreferenceStanding Of(PreferenceEvent @event) =>
        new(@event, @event.Actor == PreferenceActor.Person ? @event : null);

    public PreferenceStanding With(PreferenceEvent @event) => new(
        @event.Supersedes(Latest) ? @event : Latest,
        @event.Actor == PreferenceActor.Person && @event.Supersedes(PersonsLatest) ? @event : PersonsLatest);
}
