namespace Samordna.Web.Features.Economy.Sie;

/// <summary>Balances (#IB #UB #RES #OIB #OUB #PSALDO #PBUDGET), the #KSUMMA control total and the whole-file checks.</summary>
public sealed partial class SieReader
{
    private void Balance(SieBalanceKind kind)
    {
        if (!SieValue.TryInt(_line.Span(1), out var year) || _line.Span(2).IsEmpty || !SieValue.TryAmount(_line.Span(3), out var amount))
        {
            Error(SieProblemCodes.BrokenLine, $"{_line.String(0)} ska ha årsnummer, konto och belopp (t.ex. \"{_line.String(0)} 0 1930 1234.50\"). Raden har inte lästs in.");
            return;
        }

        var account = _line.String(2);
        if (_balanceLines.TryGetValue((kind, year, account), out var earlier) && earlier.Amount != amount)
        {
            Warning(SieProblemCodes.DuplicateBalance, $"{_line.String(0)} för år {year} och konto {account} står också på rad {earlier.Line} med ett annat belopp; beloppet på den här raden gäller.");
        }

        _balanceLines[(kind, year, account)] = (amount, _lineNo);
        _file.Balances.Add(new SieBalance(kind, year, account, amount, _lineNo));
    }

    private void ObjectBalance(bool opening)
    {
        var amountAt = _line.IsObjectList(3) ? 4 : 3;
        if (!SieValue.TryInt(_line.Span(1), out var year) || _line.Span(2).IsEmpty || !SieValue.TryAmount(_line.Span(amountAt), out var amount))
        {
            Error(SieProblemCodes.BrokenLine, $"{_line.String(0)} ska ha årsnummer, konto, objektlista och belopp. Raden har inte lästs in.");
            return;
        }

        _file.ObjectBalances.Add(new SieObjectBalance(opening, year, _line.String(2), _line.Objects(3), amount, _lineNo));
    }

    private void PeriodBalance(bool budget)
    {
        var amountAt = _line.IsObjectList(4) ? 5 : 4;
        if (!SieValue.TryInt(_line.Span(1), out var year) || _line.Span(2).Length != 6 || _line.Span(3).IsEmpty
            || !SieValue.TryAmount(_line.Span(amountAt), out var amount))
        {
            Error(SieProblemCodes.BrokenLine, $"{_line.String(0)} ska ha årsnummer, period ÅÅÅÅMM, konto, objektlista och belopp. Raden har inte lästs in.");
            return;
        }

        _file.PeriodBalances.Add(new SiePeriodBalance(budget, year, _line.String(2), _line.String(3), _line.Objects(4), amount, _lineNo));
    }

    private void Checksum()
    {
        var value = _line.Span(1);
        if (value.IsEmpty)
        {
            if (_checksum is null && !_checksumClosed)
            {
                _checksum = new SieChecksum();
                _checksumLine = _lineNo;
            }

            return;
        }

        if (_checksumClosed)
        {
            return;
        }

        _checksumClosed = true;
        if (!SieChecksum.TryParse(value, out var expected))
        {
            _file.Checksum = SieChecksumStatus.Invalid;
            Error(SieProblemCodes.ChecksumInvalid, $"kontrollsumman \"{_line.String(1)}\" är inte ett tal.");
        }
        else if (_checksum is null)
        {
            _file.Checksum = SieChecksumStatus.Invalid;
            Error(SieProblemCodes.ChecksumInvalid, "#KSUMMA med en kontrollsumma, men utan den inledande #KSUMMA som visar var summeringen börjar.");
        }
        else if (_checksum.Value == expected)
        {
            _file.Checksum = SieChecksumStatus.Valid;
        }
        else
        {
            _file.Checksum = SieChecksumStatus.Invalid;
            Error(SieProblemCodes.ChecksumInvalid,
                $"kontrollsumman stämmer inte (filen anger {expected}, innehållet från rad {_checksumLine} ger {_checksum.Value}): filen har ändrats eller skadats efter exporten. Exportera den på nytt.");
        }
    }

    private void Finish()
    {
        EndRowRepeat();
        EndVoucherWithoutBlock();
        if (_state == VoucherState.InBlock)
        {
            _file.Errors.Add(SieProblem.At(_voucher!.Line, SieProblemCodes.VoucherStructure,
                "verifikationen avslutas aldrig med }: filen tar slut inuti den. Den kan vara avkortad."));
            EndVoucher();
        }

        if (_checksum is not null && !_checksumClosed)
        {
            _file.Checksum = SieChecksumStatus.Truncated;
            _file.Errors.Add(SieProblem.At(_checksumLine, SieProblemCodes.ChecksumMissing,
                "filen börjar med #KSUMMA men saknar den avslutande #KSUMMA med kontrollsumman: den är troligen avkortad. Exportera den på nytt."));
        }

        if (!_anyRecord)
        {
            _file.Errors.Add(new SieProblem(0, SieProblemCodes.NotSie, "Filen innehåller inga SIE-poster (rader som börjar med #). Är det en SIE-fil?"));
        }

        CheckClosingBalances();
    }

    /// <summary>
    /// For each account with an opening or closing balance of year 0: IB + the file's rows = UB (a missing balance is 0).
    /// A warning only: it holds when the file has every voucher of the year, which a partial export does not.
    /// </summary>
    private void CheckClosingBalances()
    {
        if (_file.VoucherCount == 0)
        {
            return;
        }

        var opening = _file.BalancesOf(SieBalanceKind.Opening);
        var closing = _file.BalancesOf(SieBalanceKind.Closing);
        foreach (var account in opening.Keys.Union(closing.Keys).Order(StringComparer.Ordinal))
        {
            var ib = opening.GetValueOrDefault(account);
            var ub = closing.GetValueOrDefault(account);
            var rows = _file.TransactionTotals.TryGetValue(account, out var total) ? total.Sum : Sek.Zero;
            if (ib + rows == ub)
            {
                continue;
            }

            var line = _balanceLines.TryGetValue((SieBalanceKind.Closing, 0, account), out var ubLine) ? ubLine.Line
                : _balanceLines[(SieBalanceKind.Opening, 0, account)].Line;
            _file.Warnings.Add(SieProblem.At(line, SieProblemCodes.BalanceMismatch,
                $"konto {account}: ingående balans {SieValue.Kronor(ib)} + transaktioner {SieValue.Kronor(rows)} = {SieValue.Kronor(ib + rows)}, "
                + $"men utgående balans är {SieValue.Kronor(ub)} (skillnad {SieValue.Kronor(ub - ib - rows)}). Det är väntat om filen inte har årets alla verifikationer."));
        }
    }
}
