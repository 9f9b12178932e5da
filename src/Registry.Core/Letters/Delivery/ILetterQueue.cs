namespace Registry.Letters.Delivery;

/// <summary>Puts a letter's reference back on <c>outbound-mail</c>, invisible for a while: the backoff between attempts.</summary>
public interface ILetterQueue
{
    Task RequeueAsync(LetterReference reference, TimeSpan delay, CancellationToken cancellationToken = default);
}
