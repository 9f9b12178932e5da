using Microsoft.Extensions.Options;
using Registry.Letters;
using Registry.Letters.Delivery;

namespace Registry.Infrastructure.Letters;

/// <summary>
/// The development sink: each letter becomes <c>{folder}/{letterId}.eml</c> (RFC 5322, readable by any mail client and by
/// scripts/letters.sh). The file is written under a temporary name and moved into place without overwriting, so a letter id
/// is delivered once: a second delivery finds the file and counts as sent.
/// </summary>
public sealed class FolderLetterTransport(IOptions<LetterTransportOptions> options) : ILetterTransport
{
    public async Task<TransportResult> SendAsync(OutboundLetter letter, DateTimeOffset attemptStarted, CancellationToken cancellationToken = default)
    {
        var folder = Directory.CreateDirectory(Path.GetFullPath(options.Value.Folder)).FullName;
        var target = Path.Combine(folder, LetterMime.FileName(letter.LetterId));
        if (File.Exists(target))
        {
            return new TransportResult.Sent(target);
        }

        var temporary = Path.Combine(folder, $".{Guid.NewGuid():N}.tmp");
        await LetterMime.Create(letter, options.Value, attemptStarted).WriteToAsync(temporary, cancellationToken);
        try
        {
            File.Move(temporary, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            File.Delete(temporary);
        }

        return new TransportResult.Sent(target);
    }

    public Task<bool> WasSentAsync(string letterId, CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(Path.Combine(Path.GetFullPath(options.Value.Folder), LetterMime.FileName(letterId))));
}
