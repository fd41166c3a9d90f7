using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Samordna.TestSupport;

/// <summary>
/// A real SMTP server on 127.0.0.1 (a free port) inside the test: the application's dispatcher sends to it through
/// MailKit as it would to a production server, and the test reads what arrived. It can be told to refuse the next
/// messages with a temporary failure (451), as a busy server does.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private readonly List<(Func<int, bool> Done, TaskCompletionSource Signal)> _waiters = [];
    private int _refuseNext;

    public TestSmtpServer()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
    }

    public string Host => "127.0.0.1";

    public int Port { get; }

    /// <summary>Every message accepted so far, in order of arrival.</summary>
    public IReadOnlyList<MimeMessage> Received => [.. _received];

    /// <summary>The settings that point the application's outbox at this server.</summary>
    public IDictionary<string, string?> EmailSettings() => new Dictionary<string, string?>
    {
        ["Email:Host"] = Host,
        ["Email:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Security"] = "None",
        ["Email:FromAddress"] = "noreply@samordna.test",
        ["Email:FromName"] = "Samordna test",
    };

    /// <summary>Refuses the next <paramref name="count"/> messages with "451 try again later".</summary>
    public void RefuseNext(int count) => Interlocked.Exchange(ref _refuseNext, count);

    /// <summary>The messages sent to <paramref name="recipient"/> so far.</summary>
    public IReadOnlyList<MimeMessage> To(string recipient) =>
        [.. _received.Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, recipient, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>Waits (without sleeping) until the server has accepted messages that satisfy <paramref name="done"/>.</summary>
    public async Task WaitUntilAsync(Func<IReadOnlyList<MimeMessage>, bool> done, TimeSpan timeout)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            _waiters.Add((_ => done(Received), signal));
        }

        Notify();
        try
        {
            await signal.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The SMTP server did not receive the expected messages within {timeout}; it has {_received.Count}: "
                + string.Join(" | ", Received.Select(m => $"{m.To} '{m.Subject}'")));
        }
    }

    private void Notify()
    {
        lock (_waiters)
        {
            foreach (var waiter in _waiters.Where(w => w.Done(_received.Count)).ToList())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private sealed class Store(TestSmtpServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref owner._refuseNext) >= 0)
            {
                return new SmtpResponse((SmtpReplyCode)451, "Try again later");
            }

            Interlocked.Exchange(ref owner._refuseNext, 0);
            await using var stream = new MemoryStream(buffer.ToArray());
            owner._received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            owner.Notify();
            return SmtpResponse.Ok;
        }
    }
}
