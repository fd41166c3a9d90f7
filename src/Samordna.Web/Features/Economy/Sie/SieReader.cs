using System.Runtime.CompilerServices;

namespace Samordna.Web.Features.Economy.Sie;

/// <summary>How to read a SIE file.</summary>
public sealed record SieReaderOptions
{
    public SieEncoding Encoding { get; init; } = SieEncoding.Auto;

    /// <summary>The user accepts vouchers that do not sum to zero: they are then warnings, not errors.</summary>
    public bool AcceptUnbalancedVouchers { get; init; }

    /// <summary>Off: vouchers are counted, summed and checked but not kept (constant memory for large files).</summary>
    public bool KeepVouchers { get; init; } = true;
}

/// <summary>
/// Reads a SIE 4 file (types 1–4, 4E and 4I) line by line from a stream into a <see cref="SieFile"/>: a pure parser,
/// no database. Follows SIE 4B (2008-09-30) and the deviations of real exporters described in shared/domain/sie4.md:
/// unknown records and extra fields are ignored; a broken line is an error naming the line and is not applied.
/// The line loop is here; identification, years and accounts in SieReader.Header.cs; vouchers in SieReader.Vouchers.cs;
/// balances, the checksum and whole-file checks in SieReader.Checks.cs.
/// </summary>
public sealed partial class SieReader
{
    private readonly SieReaderOptions _options;
    private readonly SieFile _file = new();
    private readonly SieLine _line = new();
    private readonly Dictionary<(SieBalanceKind, int, string), (Sek Amount, int Line)> _balanceLines = [];
    private readonly Dictionary<string, string> _pendingTypes = new(StringComparer.Ordinal);
    private int _lineNo;
    private bool _anyRecord;
    private SieChecksum? _checksum;
    private int _checksumLine;
    private bool _checksumClosed;
    private bool _warnedAfterChecksum;

    private SieReader(SieReaderOptions options) => _options = options;

    public static SieFile Read(Stream stream, SieReaderOptions? options = null)
    {
        var reader = new SieReader(options ?? new SieReaderOptions());
        reader.Run(stream);
        return reader._file;
    }

    /// <summary>Only reads and decodes the lines, through the same stream setup as <see cref="Read"/>: the benchmark's baseline.</summary>
    public static int CountLines(Stream stream, SieEncoding encoding)
    {
        using var text = SieText.Open(stream, encoding, out _, out _);
        var lines = 0;
        while (text.ReadLine() is not null)
        {
            lines++;
        }

        return lines;
    }

    private void Run(Stream stream)
    {
        using (var text = SieText.Open(stream, _options.Encoding, out var used, out var warning))
        {
            _file.Encoding = used;
            if (warning is not null)
            {
                _file.Warnings.Add(warning);
            }

            while (text.ReadLine() is { } raw)
            {
                _lineNo++;
                ReadLine(_lineNo == 1 ? raw[SieText.ByteOrderMarkLength(raw)..] : raw);
            }
        }

        Finish();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per line; a CLI run is over before tiered JIT would optimise it
    private void ReadLine(string raw)
    {
        if (raw.Contains('\u001A', StringComparison.Ordinal))
        {
            raw = raw.Replace("\u001A", string.Empty, StringComparison.Ordinal); // a DOS end-of-file mark (Ctrl-Z) is not content
        }

        var trimmed = raw.AsSpan().Trim(" \t");
        if (trimmed.IsEmpty)
        {
            return;
        }

        if (trimmed is "{" or "}")
        {
            EndRowRepeat();
            if (trimmed[0] == '{')
            {
                OpenBlock();
            }
            else
            {
                CloseBlock();
            }

            return;
        }

        // "#VER A 1 20240101 {": the brace on the #VER line instead of a line of its own.
        var openOnSameLine = trimmed.Length > 1 && trimmed[^1] == '{' && trimmed[^2] is ' ' or '\t'
            && trimmed.StartsWith("#VER", StringComparison.OrdinalIgnoreCase);
        if (!_line.Split(openOnSameLine ? trimmed[..^1].ToString() : raw))
        {
            EndRowRepeat();
            Error(SieProblemCodes.BrokenLine, $"raden kan inte läsas: {_line.Error} Raden har inte lästs in.");
            if (trimmed.StartsWith("#VER", StringComparison.OrdinalIgnoreCase) && trimmed.Length > 4 && trimmed[4] is ' ' or '\t')
            {
                BrokenVoucher(); // its rows still belong to it, rather than each being "outside a voucher"
            }
            else
            {
                MarkVoucherBroken();
            }

            return;
        }

        var label = _line.Span(0);
        if (label.IsEmpty || label[0] != '#')
        {
            EndRowRepeat();
            Error(SieProblemCodes.BrokenLine, "raden börjar inte med en SIE-etikett (#…). Raden har inte lästs in.");
            MarkVoucherBroken();
            return;
        }

        _anyRecord = true;
        Span<char> upper = stackalloc char[16];
        ReadOnlySpan<char> name = label.Length <= upper.Length && label.ToUpperInvariant(upper) is var n and > 0 ? upper[..n] : label;
        var isChecksum = name is "#KSUMMA";
        if (_checksum is not null && !_checksumClosed && !isChecksum)
        {
            _line.AddTo(_checksum);
        }
        else if (_checksumClosed && !isChecksum && !_warnedAfterChecksum)
        {
            _warnedAfterChecksum = true;
            Warning(SieProblemCodes.AfterChecksum, "posten står efter den avslutande #KSUMMA och omfattas inte av kontrollsumman.");
        }

        if (name is not "#TRANS")
        {
            EndRowRepeat();
        }

        if (name is "#TRANS" or "#RTRANS" or "#BTRANS")
        {
            Row(name is "#TRANS" ? SieRowKind.Normal : name is "#RTRANS" ? SieRowKind.Added : SieRowKind.Removed);
            return;
        }

        EndVoucherWithoutBlock();
        switch (name)
        {
            case "#VER":
                Voucher();
                if (openOnSameLine)
                {
                    OpenBlock();
                }

                break;
            case "#KSUMMA":
                Checksum();
                break;
            case "#FLAGGA":
                Flag();
                break;
            case "#PROGRAM":
                _file.Program = _line.String(1);
                _file.ProgramVersion = _line.Count > 2 ? _line.String(2) : null;
                break;
            case "#FORMAT":
                _file.Format = _line.String(1);
                if (!_file.Format.Equals("PC8", StringComparison.OrdinalIgnoreCase))
                {
                    Warning(SieProblemCodes.Format, $"#FORMAT är \"{_file.Format}\"; SIE-formatet tillåter bara PC8 (teckentabell 437).");
                }

                break;
            case "#SIETYP":
                // "4E" or "4I" are not the format's values (it writes 4 for both) but say the same.
                var sieType = _line.Span(1);
                if (sieType.Length == 2 && sieType[1] is 'E' or 'e' or 'I' or 'i')
                {
                    sieType = sieType[..1];
                }

                if (SieValue.TryInt(sieType, out var type) && type is >= 1 and <= 4)
                {
                    _file.DeclaredSieType = type;
                }
                else
                {
                    Error(SieProblemCodes.BrokenLine, $"SIE-typen \"{_line.String(1)}\" finns inte; typerna är 1, 2, 3 och 4.");
                }

                break;
            case "#ORGNR":
                _file.OrgNo = _line.String(1);
                break;
            case "#FNAMN":
                _file.CompanyName = Rest(1);
                break;
            case "#RAR":
                Year();
                break;
            case "#KONTO":
                Account();
                break;
            case "#KTYP":
                AccountType();
                break;
            case "#DIM":
                _file.Dimensions.Add(new SieDimension(_line.String(1), Rest(2), null, _lineNo));
                break;
            case "#UNDERDIM":
                _file.Dimensions.Add(new SieDimension(_line.String(1), _line.String(2), _line.String(3), _lineNo));
                break;
            case "#OBJEKT":
                _file.Objects.Add(new SieObject(_line.String(1), _line.String(2), Rest(3), _lineNo));
                break;
            case "#IB":
                Balance(SieBalanceKind.Opening);
                break;
            case "#UB":
                Balance(SieBalanceKind.Closing);
                break;
            case "#RES":
                Balance(SieBalanceKind.Result);
                break;
            case "#OIB" or "#OUB":
                ObjectBalance(opening: name is "#OIB");
                break;
            case "#PSALDO" or "#PBUDGET":
                PeriodBalance(budget: name is "#PBUDGET");
                break;
            default:
                break; // Unknown records are ignored (SIE 4B §7.1).
        }
    }

    private void Error(string code, string text) => _file.Errors.Add(SieProblem.At(_lineNo, code, text));

    private void Warning(string code, string text) => _file.Warnings.Add(SieProblem.At(_lineNo, code, text));
}
