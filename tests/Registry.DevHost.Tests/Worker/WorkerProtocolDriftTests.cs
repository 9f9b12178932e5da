using System.Reflection;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Registry.DevHost.Rpc;

namespace Registry.DevHost.Tests.Worker;

/// <summary>
/// The repo's FunctionRpc.proto is written by hand from the published field numbers. The worker package
/// (Microsoft.Azure.Functions.Worker.Grpc) embeds the descriptor of the contract it was built with, so every
/// message and field of ours is held against it here: a worker upgrade that moves a field fails this test
/// instead of a silent null on the wire.
/// </summary>
public sealed class WorkerProtocolDriftTests
{
    private static readonly FileDescriptor Worker = WorkerDescriptor();

    [Fact]
    public void EveryMessageAndField_MatchesTheWorkersContract()
    {
        var drift = new List<string>();
        foreach (var ours in FunctionRpcReflection.Descriptor.MessageTypes.SelectMany(Nested))
        {
            var theirs = Worker.MessageTypes.SelectMany(Nested).FirstOrDefault(message => message.FullName == ours.FullName);
            if (theirs is null)
            {
                drift.Add($"{ours.FullName}: not in the worker's contract");
                continue;
            }

            foreach (var field in ours.Fields.InDeclarationOrder())
            {
                var match = theirs.FindFieldByName(field.Name);
                if (match is null || match.FieldNumber != field.FieldNumber || match.FieldType != field.FieldType || match.IsRepeated != field.IsRepeated)
                {
                    drift.Add($"{ours.FullName}.{field.Name} = {field.FieldNumber} ({field.FieldType}): the worker has {Describe(match)}");
                }
            }
        }

        Assert.True(drift.Count == 0, string.Join(Environment.NewLine, drift));
    }

    [Fact]
    public void AMessageTheWorkersClassesWrite_ReadsTheSameWithOurs()
    {
        // Built with the worker package's own (internal) message classes, as the worker writes them.
        var assembly = WorkerAssembly();
        var logType = assembly.GetType("Microsoft.Azure.Functions.Worker.Grpc.Messages.RpcLog", throwOnError: true)!;
        var log = (IMessage)Activator.CreateInstance(logType)!;
        log.Descriptor.FindFieldByName("invocation_id").Accessor.SetValue(log, "inv-1");
        log.Descriptor.FindFieldByName("category").Accessor.SetValue(log, "Registry.Functions.Orders.IngestOrder");
        log.Descriptor.FindFieldByName("message").Accessor.SetValue(log, "Order stored");

        var read = RpcLog.Parser.ParseFrom(log.ToByteArray());

        Assert.Equal(("inv-1", "Registry.Functions.Orders.IngestOrder", "Order stored"), (read.InvocationId, read.Category, read.Message));
    }

    private static IEnumerable<MessageDescriptor> Nested(MessageDescriptor message) =>
        new[] { message }.Concat(message.NestedTypes.SelectMany(Nested));

    private static string Describe(FieldDescriptor? field) =>
        field is null ? "no such field" : $"{field.FieldNumber} ({field.FieldType}{(field.IsRepeated ? ", repeated" : string.Empty)})";

    private static Assembly WorkerAssembly() => Assembly.Load("Microsoft.Azure.Functions.Worker.Grpc");

    private static FileDescriptor WorkerDescriptor() =>
        (FileDescriptor)WorkerAssembly()
            .GetType("Microsoft.Azure.Functions.Worker.Grpc.Messages.FunctionRpcReflection", throwOnError: true)!
            .GetProperty("Descriptor", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!
            .GetValue(null)!;
}
