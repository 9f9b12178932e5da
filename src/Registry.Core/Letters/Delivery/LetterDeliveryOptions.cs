namespace Registry.Letters.Delivery;

/// <summary>Settings of the letter sender, under <c>Registry:Letters</c> (docs/configuration.md).</summary>
public sealed class LetterDeliveryOptions
{
    public const string Section = "Registry:Letters";

    /// <summary>Attempts before a letter is raised to the officer as failed.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The wait after the first failed attempt; each later wait is four times the one before (1 min … 4 h 16 min).</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a claimed letter belongs to the sender that claimed it; after that a crash is presumed.</summary>
    public TimeSpan SendingLease { get; set; } = TimeSpan.FromMinutes(5);

    public bool IsValid() => MaxAttempts >= 1 && FirstRetryDelay > TimeSpan.Zero && SendingLease > TimeSpan.Zero;

    public TimeSpan Backoff(int attempts) => FirstRetryDelay * Math.Pow(4, Math.Max(0, attempts - 1));
}
