namespace Registry.Letters;

/// <summary>The letters the register sends through the mailbox connector.</summary>
public enum LetterKind
{
    Acknowledgement,
    ExtensionNotice,
    Refusal,
    DeadlineReminder,

    /// <summary>Art. 15: where the access package is and until when the link works.</summary>
    AccessNotice,

    /// <summary>Art. 16: to the person, what was corrected.</summary>
    RectificationDone,

    /// <summary>Art. 19: to the source of a wrong value, or a recipient it was disclosed to.</summary>
    RectificationNotice,

    /// <summary>Art. 21: which purposes the person now objects to.</summary>
    ObjectionDone,

    /// <summary>Art. 18: processing restricted, and (a second letter) lifted.</summary>
    RestrictionDone,
    RestrictionLifted,

    /// <summary>Art. 17: erased completely.</summary>
    ErasureDone,

    /// <summary>Art. 17(3): what was erased, what a hold keeps, under which law, and until when.</summary>
    ErasurePartial,

    /// <summary>The person was replaced by non-identifying statistics.</summary>
    AnonymisationDone,
}
