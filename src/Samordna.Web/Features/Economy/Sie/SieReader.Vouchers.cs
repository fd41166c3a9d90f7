using System.Runtime.CompilerServices;

namespace Samordna.Web.Features.Economy.Sie;

/// <summary>
/// Vouchers: <c>#VER</c>, then <c>{</c> and <c>}</c> each on a line of their own around the rows. <c>#TRANS</c> is a row,
/// <c>#RTRANS</c> a row added later (always followed by a <c>#TRANS</c> that repeats it, which is then skipped: never
/// both), <c>#BTRANS</c> a removed row (kept as history, never counted). A voucher's rows must sum to zero.
/// </summary>
public sealed partial class SieReader
{
    private enum VoucherState
    {
        None,
        AwaitingBlock,
        InBlock,
    }

    private VoucherState _state;
    private SieVoucher? _voucher;
    private long _voucherSum;
    private bool _voucherBroken;
    private (string Account, string Objects, Sek Amount, int Line)? _repeat;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per line; a CLI run is over before tiered JIT would optimise it
    private void Voucher()
    {
        if (_state == VoucherState.InBlock)
        {
            Error(SieProblemCodes.VoucherStructure, $"en ny #VER börjar innan verifikationen på rad {_voucher!.Line} har avslutats med }}.");
            EndVoucher();
        }

        var dateText = _line.Span(3);
        DateOnly? date = null;
        if (SieValue.TryDate(dateText, out var d))
        {
            date = d;
        }
        else
        {
            Error(SieProblemCodes.BrokenLine, dateText.IsEmpty
                ? "#VER saknar verifikationsdatum."
                : $"#VER har verifikationsdatumet \"{dateText}\", som inte är ett datum ÅÅÅÅMMDD.");
        }

        _voucher = new SieVoucher(_line.String(1), _line.String(2), date, _line.Count > 4 ? _line.String(4) : null, _lineNo);
        _voucherSum = 0;
        _voucherBroken = date is null;
        _state = VoucherState.AwaitingBlock;
    }

    /// <summary>A #VER line that could not be read: a voucher without series, number or date, never judged unbalanced.</summary>
    private void BrokenVoucher()
    {
        EndVoucherWithoutBlock();
        if (_state == VoucherState.InBlock)
        {
            Error(SieProblemCodes.VoucherStructure, $"en ny #VER börjar innan verifikationen på rad {_voucher!.Line} har avslutats med }}.");
            EndVoucher();
        }

        _voucher = new SieVoucher(string.Empty, string.Empty, null, null, _lineNo);
        _voucherSum = 0;
        _voucherBroken = true;
        _state = VoucherState.AwaitingBlock;
    }

    private void OpenBlock()
    {
        if (_state == VoucherState.AwaitingBlock)
        {
            _state = VoucherState.InBlock;
            return;
        }

        Error(SieProblemCodes.VoucherStructure, _state == VoucherState.InBlock
            ? "en { till inuti en verifikation."
            : "en { som inte följer direkt på en #VER.");
    }

    private void CloseBlock()
    {
        if (_state == VoucherState.InBlock)
        {
            EndVoucher();
            return;
        }

        EndVoucherWithoutBlock();
        Error(SieProblemCodes.VoucherStructure, "en } utan en verifikation att avsluta.");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per line; a CLI run is over before tiered JIT would optimise it
    private void Row(SieRowKind kind)
    {
        var label = kind switch { SieRowKind.Added => "#RTRANS", SieRowKind.Removed => "#BTRANS", _ => "#TRANS" };
        if (_state != VoucherState.InBlock)
        {
            EndRowRepeat();
            EndVoucherWithoutBlock();
            Error(SieProblemCodes.VoucherStructure, $"{label} står utanför en verifikation (raderna ska stå mellan {{ och }} efter en #VER). Raden har inte lästs in.");
            return;
        }

        var account = _line.Span(1);
        var amountAt = _line.IsObjectList(2) ? 3 : 2;
        if (account.IsEmpty || _line.IsObjectList(1))
        {
            EndRowRepeat();
            RowBroken($"{label} saknar konto.");
            return;
        }

        if (!SieValue.TryAmount(_line.Span(amountAt), out var amount))
        {
            EndRowRepeat();
            RowBroken(_line.Span(amountAt).IsEmpty
                ? $"{label} saknar belopp."
                : $"{label} har beloppet \"{_line.String(amountAt)}\", som inte är ett SIE-belopp (punkt som decimaltecken, högst två decimaler).");
            return;
        }

        if (kind == SieRowKind.Normal && _repeat is { } repeat)
        {
            _repeat = null;
            if (account.SequenceEqual(repeat.Account) && amount == repeat.Amount && ObjectKey() == repeat.Objects)
            {
                return; // the #TRANS that repeats an #RTRANS: already counted.
            }

            Warning(SieProblemCodes.RowRepeatMissing, $"#RTRANS på rad {repeat.Line} följs inte av en #TRANS som upprepar den; båda raderna har räknats.");
        }

        DateOnly? date = null;
        var dateText = _line.Span(amountAt + 1);
        if (!dateText.IsEmpty)
        {
            if (SieValue.TryDate(dateText, out var d))
            {
                date = d;
            }
            else
            {
                Warning(SieProblemCodes.IgnoredField, $"transaktionsdatumet \"{dateText}\" är inte ett datum ÅÅÅÅMMDD; verifikationens datum gäller.");
            }
        }

        string? accountText = null;
        if (kind != SieRowKind.Removed)
        {
            var totals = _file.TransactionTotals.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!totals.TryGetValue(account, out var total))
            {
                total = new SieAccountTotal(account.ToString());
                _file.TransactionTotals.Add(total.Account, total);
            }

            accountText = total.Account;
            total.Sum += amount;
            total.Rows++;
            _voucherSum = checked(_voucherSum + amount.Ore);
            _file.TransactionCount++;
        }

        if (kind == SieRowKind.Added)
        {
            _repeat = (accountText!, ObjectKey(), amount, _lineNo);
        }

        if (_options.KeepVouchers)
        {
            var text = _line.Count > amountAt + 2 ? _line.String(amountAt + 2) : null;
            _voucher!.Rows.Add(new SieTransaction(kind, accountText ?? account.ToString(), _line.Objects(2), amount, date, text, _lineNo));
        }
    }

    private string ObjectKey() => _line.IsObjectList(2)
        ? string.Join('\u001F', _line.Objects(2).Select(o => o.Dimension + '\u001E' + o.Number))
        : string.Empty;

    private void RowBroken(string text)
    {
        Error(SieProblemCodes.BrokenLine, text + " Raden har inte lästs in.");
        MarkVoucherBroken();
    }

    /// <summary>A broken line inside a voucher: its balance cannot be judged, so it is not also called unbalanced.</summary>
    private void MarkVoucherBroken()
    {
        if (_state == VoucherState.InBlock)
        {
            _voucherBroken = true;
        }
    }

    /// <summary>Any line but the #TRANS right after an #RTRANS: the repeat did not come.</summary>
    private void EndRowRepeat()
    {
        if (_repeat is { } repeat)
        {
            _repeat = null;
            _file.Warnings.Add(SieProblem.At(repeat.Line, SieProblemCodes.RowRepeatMissing,
                "#RTRANS följs inte av en #TRANS som upprepar den, som SIE-formatet kräver; raden har räknats en gång."));
        }
    }

    /// <summary>A #VER followed by another record instead of <c>{</c>: a voucher without rows.</summary>
    private void EndVoucherWithoutBlock()
    {
        if (_state == VoucherState.AwaitingBlock)
        {
            _file.Warnings.Add(SieProblem.At(_voucher!.Line, SieProblemCodes.VoucherWithoutBlock,
                "#VER följs inte av en rad med {; verifikationen har inga rader."));
            EndVoucher();
        }
    }

    private static string Name(SieVoucher voucher) => $"verifikation {voucher.Series} {voucher.Number}".TrimEnd();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per line; a CLI run is over before tiered JIT would optimise it
    private void EndVoucher()
    {
        var voucher = _voucher!;
        _state = VoucherState.None;
        _voucher = null;
        _file.VoucherCount++;
        if (_options.KeepVouchers)
        {
            _file.Vouchers.Add(voucher);
        }

        if (!_voucherBroken && _voucherSum != 0)
        {
            var difference = new Sek(_voucherSum);
            _file.UnbalancedVouchers.Add(new SieUnbalancedVoucher(voucher.Series, voucher.Number, voucher.Date, difference, voucher.Line));
            var problem = SieProblem.At(voucher.Line, SieProblemCodes.VoucherUnbalanced,
                $"{Name(voucher)} ({SieValue.Date(voucher.Date!.Value)}) balanserar inte: raderna summerar till {SieValue.Kronor(difference)} i stället för 0."
                + (_options.AcceptUnbalancedVouchers ? " Godtagen av användaren." : " Filen kan inte läsas in om inte obalanserade verifikationer godtas."));
            (_options.AcceptUnbalancedVouchers ? _file.Warnings : _file.Errors).Add(problem);
        }

        if (voucher.Date is { } date && _file.CurrentYear is { Start: { } start, End: { } end } && (date < start || date > end))
        {
            _file.Warnings.Add(SieProblem.At(voucher.Line, SieProblemCodes.VoucherOutsideYear,
                $"{Name(voucher)} är daterad {SieValue.Date(date)}, utanför räkenskapsåret {SieValue.Date(start)}–{SieValue.Date(end)}."));
        }
    }
}
