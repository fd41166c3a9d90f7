namespace Samordna.Web.Infrastructure.Cli;

/// <summary>An operator command: <c>dotnet run --project src/Samordna.Web -- &lt;name&gt; [options]</c>.</summary>
public interface IOperatorCommand
{
    string Name { get; }

    string Summary { get; }

    string Usage { get; }

    /// <summary>Returns the process exit code: 0 success, 1 failure, 2 wrong usage.</summary>
    Task<int> RunAsync(IServiceProvider services, CliArguments args, TextWriter output, CancellationToken ct);
}

/// <summary>Positional values and <c>--name value</c> options; <c>--flag</c> alone means "true".</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.OrdinalIgnoreCase);

    public CliArguments(IReadOnlyList<string> args)
    {
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                var name = a[2..];
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq >= 0)
                {
                    _options[name[..eq]] = name[(eq + 1)..];
                }
                else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    _options[name] = args[++i];
                }
                else
                {
                    _options[name] = "true";
                }
            }
            else
            {
                positional.Add(a);
            }
        }

        Positional = positional;
    }

    public IReadOnlyList<string> Positional { get; }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public bool Flag(string name) => _options.TryGetValue(name, out var v) && !string.Equals(v, "false", StringComparison.OrdinalIgnoreCase);
}

public static class OperatorCli
{
    /// <summary>
    /// Splits the process arguments: a first argument that is not an option names a command. In command mode the
    /// host is configured from appsettings and environment variables only (e.g. <c>Database__Provider=Postgres</c>).
    /// </summary>
    public static (string? Command, string[] CommandArgs, string[] HostArgs) Split(string[] args)
    {
        if (args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal))
        {
            return (args[0], args[1..], []);
        }

        return (null, [], args);
    }

    public static async Task<int> RunAsync(IServiceProvider services, string command, string[] args, TextWriter output, CancellationToken ct = default)
    {
        var commands = services.GetServices<IOperatorCommand>().ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        if (command is "help" or "--help" || !commands.TryGetValue(command, out var cmd))
        {
            if (command is not "help" and not "--help")
            {
                await output.WriteLineAsync($"Okänt kommando: {command}");
            }

            await output.WriteLineAsync("Samordna – kommandon för drift:");
            foreach (var c in commands.Values.OrderBy(c => c.Name, StringComparer.Ordinal))
            {
                await output.WriteLineAsync($"  {c.Name,-22} {c.Summary}");
                await output.WriteLineAsync($"  {string.Empty,-22} {c.Usage}");
            }

            return command is "help" or "--help" ? 0 : 2;
        }

        services.GetRequiredService<OperatorContext>().Command = cmd.Name;
        try
        {
            return await cmd.RunAsync(services, new CliArguments(args), output, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await output.WriteLineAsync($"Fel: {ex.Message}");
            return 1;
        }
    }
}
