using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Samordna.TestSupport;

/// <summary>
/// The built application started as its own process (<c>dotnet Samordna.Web.dll</c>), the way an operator starts it,
/// so a test sees the real exit code, standard output and standard error.
/// </summary>
public static class AppProcess
{
    public sealed record Outcome(bool Exited, int ExitCode, string StandardOutput, string StandardError)
    {
        public override string ToString() =>
            $"exited: {Exited}, exit code: {ExitCode}\n--- stderr ---\n{StandardError}\n--- stdout ---\n{StandardOutput}";
    }

    /// <summary>
    /// Runs the app with the given environment and arguments until it exits. A process still running after
    /// <paramref name="guard"/> (default two minutes) is killed and reported as not exited: for a start that should
    /// be refused, that is the failure.
    /// </summary>
    public static async Task<Outcome> RunAsync(IDictionary<string, string?> environment, string[]? args = null, TimeSpan? guard = null, string? standardInput = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Samordna.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var a in args ?? [])
        {
            start.ArgumentList.Add(a);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("Database__", StringComparison.Ordinal)
                     || k.StartsWith("Demo__", StringComparison.Ordinal) || k.StartsWith("DataProtection__", StringComparison.Ordinal) || k.StartsWith("SAMORDNA_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{FreePort()}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (k, v) in environment)
        {
            start.Environment[k] = v;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteLineAsync(standardInput);
        }

        process.StandardInput.Close();
        using var cts = new CancellationTokenSource(guard ?? TimeSpan.FromMinutes(2));
        var exited = true;
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            exited = false;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        return new Outcome(exited, process.ExitCode, await stdout, await stderr);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
