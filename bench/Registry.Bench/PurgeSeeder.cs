using System.Globalization;
using Azure.Data.Tables;
using Registry.Clients;
using Registry.Infrastructure.Tables;
using Registry.Orders;
using Registry.Orders.Billing;
using Registry.Orders.Ingest;
using Registry.Orders.Storage;
using Registry.Privacy;
using Registry.Privacy.Encryption;
using Registry.Retention;
using Registry.Serialization;
using Registry.Subjects;
using Registry.Testing.Builders;

namespace Registry.Bench;

/// <summary>
/// Seeds a register with what ingestion writes, sealed and keyed for real, so the real review rule can read it:
/// per person the commit <see cref="OrderIngestionPlan"/> builds, written with <see cref="ISubjectPartitions.CommitOrderAsync"/>
/// (one entity-group transaction), many people in parallel. Everyone has one recent paid order (the profile stays
/// active). A due person also has an order placed eight years ago, paid, whose accounting period has ended, its
/// (client, order id) claim in <c>Lookup</c>, and a <c>review|{subject}</c> entry today; the others' entries are
/// spread over the next three years, 100 per batch of one schedule partition. No e-mail lookup rows: the purge
/// of an expired order does not touch them. A <see cref="SeedShape"/> gives each person their checkout choices and
/// leaves the people out whom the caller seeds itself (through ingestion).
/// </summary>
public sealed class PurgeSeeder(BenchRegistry registry)
{
    private static readonly ClientId Webshop = ClientId.Parse("webshop");

    /// <summary>Seeds <paramref name="subjects"/> people of whom the first <paramref name="due"/> are due <paramref name="today"/>.</summary>
    public Task<IReadOnlyList<DuePerson>> SeedAsync(int subjects, int due, DateOnly today, int concurrency, CancellationToken cancellationToken) =>
        SeedAsync(subjects, due, today, new SeedShape(), concurrency, cancellationToken);

    /// <summary>As above, each person shaped by <paramref name="shape"/>; a due person may not be left out.</summary>
    public async Task<IReadOnlyList<DuePerson>> SeedAsync(int subjects, int due, DateOnly today, SeedShape shape, int concurrency, CancellationToken cancellationToken)
    {
        if (Enumerable.Range(0, due).Any(shape.LeftOut))
        {
            throw new ArgumentException("A due person cannot be left out of the seeding.", nameof(shape));
        }

        var now = DateTimeOffset.UtcNow;
        var template = Template(now);
        var calendar = registry.Get<RetentionCalendar>();
        var partitions = registry.Get<ISubjectPartitions>();
        var claims = registry.Get<IOrderClaims>();
        var keks = await registry.Get<IRegistrySecrets>().GetKeyEncryptionKeysAsync(cancellationToken);
        var ids = Enumerable.Range(0, subjects).Select(_ => SubjectId.New()).ToList();
        var duepeople = new DuePerson[due];
        var seeded = Enumerable.Range(0, subjects).Where(i => !shape.LeftOut(i)).ToList();

        await Parallel.ForEachAsync(seeded, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var subject = ids[i];
            var person = shape.Preferences(i) is { } preferences ? template with { Preferences = preferences } : template;
            var recent = person with { OrderId = OrderId($"R{i}"), PlacedAt = now.AddDays(-1 - (i % 60)) };
            var first = OrderIngestionPlan.For(SubjectRecord.New(subject), Claim(subject, recent, now), recent, calendar).Commit;
            Committed(await partitions.CommitOrderAsync(first, ct));
            if (i >= due)
            {
                return;
            }

            // The old order, as a second commit into the stored partition: the keys the first commit stored (wrapped
            // again, as a read would unwrap them), the preferences it made current; an older order changes neither
            // the contact data nor the current choices, and its profile write (an earlier NextReviewOn only) is left out.
            var placedAt = new DateTimeOffset(today.Year - 8, 1 + (i % 12), 1 + (i % 28), 12, 0, 0, TimeSpan.Zero);
            var old = person with { OrderId = OrderId($"O{i}"), PlacedAt = placedAt };
            var keys = Keyring.Open(subject, first.Keys.Created.Select(k => DataKeyWrap.Wrap(keks[0], subject, k)).ToList(), keks);
            var current = first.Preferences.Where(p => p.BecomesCurrent).ToDictionary(p => p.Event.Purpose, p => new CurrentPreference(p.Event, "*"));
            // Claimed before the commit, as ingestion does, so the order row keeps the claim's version.
            var claim = (await claims.TryClaimAsync(Claim(subject, old, now), ct)).Inserted
                ?? throw new InvalidOperationException("A seeded claim belongs to someone else.");
            var second = OrderIngestionPlan.For(new SubjectRecord(first.Profile!.Profile, "*", current, keys), claim, old, calendar).Commit;
            if (second.Preferences.Any(p => p.BecomesCurrent) || second.Order.RetainedUntil >= today)
            {
                throw new InvalidOperationException("The old order would change current preferences or is still retained.");
            }

            Committed(await partitions.CommitOrderAsync(second with { Profile = null }, ct));

            duepeople[i] = new DuePerson(
                subject, first.Order.Ref, second.Order.Ref,
                $"billing|{second.Order.Ref}|{DateOnly.FromDateTime(placedAt.DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}|{InvoiceStatus.Paid.ToWire()}",
                $"order|{claim.Client}|{claim.OrderId}");
        });

        var tables = registry.Get<RegistryTables>();
        var entries = seeded.Select(i => ScheduledItem.Review(ids[i], i < due ? today : today.AddDays(1 + (i % 1095))));
        var batches = entries.GroupBy(e => TableRetentionSchedule.PartitionFor(e.DueOn, e.Target)).SelectMany(g => g.Chunk(100));
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (batch, ct) =>
            await tables.Schedule.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(TableRetentionSchedule.PartitionFor(e.DueOn, e.Target), TableRetentionSchedule.RowFor(e))
            {
                ["Kind"] = e.Kind, ["Target"] = e.Target, ["DueOn"] = e.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            })), ct));
        return duepeople;
    }

    /// <summary>The sample order body through the real validator, once; paid, so only the accounting period holds it.</summary>
    private ValidatedOrder Template(DateTimeOffset now)
    {
        var validated = registry.Get<OrderValidator>().Validate(BenchOrders.Submission(OrderJson.Valid(placedAt: now.AddDays(-1))));
        if (!validated.IsValid)
        {
            throw new InvalidOperationException($"The template order is invalid: {string.Join("; ", validated.Errors)}");
        }

        var order = validated.Value!;
        return order with { Billing = order.Billing with { Status = InvoiceStatus.Paid } };
    }

    private static ClientOrderId OrderId(string text) =>
        ClientOrderId.TryParse($"WS-{text}", out var id) ? id : throw new InvalidOperationException($"Bad order id {text}.");

    private static OrderClaim Claim(SubjectId subject, ValidatedOrder order, DateTimeOffset now) =>
        new(Webshop, order.OrderId, subject, OrderRef.New(), "bench", now);

    /// <summary>AlreadyRecorded is a success: the SDK retried a transaction whose first attempt had committed (a timeout under load).</summary>
    private static void Committed(CommitOutcome outcome)
    {
        if (outcome == CommitOutcome.Conflict)
        {
            throw new InvalidOperationException($"A seeded commit ended {outcome}.");
        }
    }
}

/// <summary>
/// How the seeded people differ from the template order: <see cref="Preferences"/> gives person i's checkout choices
/// (null keeps the template's), <see cref="LeftOut"/> names the people the caller seeds itself.
/// </summary>
public sealed record SeedShape(Func<int, IReadOnlyList<CheckoutPreference>?> Preferences, Func<int, bool> LeftOut)
{
    public SeedShape()
        : this(_ => null, _ => false)
    {
    }
}

/// <summary>A due person and the keys of exactly what the purge should delete (old order, its billing row, its claim) and keep (recent order).</summary>
public sealed record DuePerson(SubjectId Subject, OrderRef RecentOrder, OrderRef OldOrder, string OldBillingRow, string OldClaimPartition);
