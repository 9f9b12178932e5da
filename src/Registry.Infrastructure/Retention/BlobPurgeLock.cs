using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Options;
using Registry.Infrastructure.Storage;
using Registry.Retention.Purge;

namespace Registry.Infrastructure.Retention;

/// <summary>
/// One purge at a time: a 60-second lease on <c>purge-reports/locks/purge</c>, renewed every 20 seconds while the
/// run works. A run that dies stops renewing, so the lease lapses within a minute and never blocks the next night.
/// Should a lease still be lost (a stall longer than a minute), the rules are idempotent and deletes tolerate
/// "already gone", so two runs overlapping do no harm; the lock saves the double work and double counts.
/// </summary>
public sealed class BlobPurgeLock(BlobServiceClient blobs, IOptions<StorageNames> names, TimeProvider time) : IPurgeLock
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(20);

    public async Task<IAsyncDisposable?> TryAcquireAsync(CancellationToken cancellationToken = default)
    {
        var blob = blobs.GetBlobContainerClient(names.Value.PurgeReportsContainer).GetBlobClient("locks/purge");
        try
        {
            await blob.UploadAsync(BinaryData.Empty, overwrite: false, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // The lock blob exists (or is leased right now): fine, the lease decides.
        }

        var lease = blob.GetBlobLeaseClient();
        try
        {
            await lease.AcquireAsync(Duration, cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return null;
        }

        return new Held(lease, time);
    }

    private sealed class Held : IAsyncDisposable
    {
        private readonly BlobLeaseClient _lease;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _renewing;

        public Held(BlobLeaseClient lease, TimeProvider time)
        {
            _lease = lease;
            _renewing = RenewAsync(time, _stop.Token);
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _renewing;
            try
            {
                await _lease.ReleaseAsync();
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // The lease lapsed and another run holds the lock now: nothing to release.
            }

            _stop.Dispose();
        }

        private async Task RenewAsync(TimeProvider time, CancellationToken stop)
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(RenewEvery, time, stop);
                    await _lease.RenewAsync(cancellationToken: stop);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
                catch (RequestFailedException)
                {
                    // Lost: the rules' idempotence covers an overlap; keep trying in case it was a blip.
                }
            }
        }
    }
}
