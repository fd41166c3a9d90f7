namespace Samordna.Web.Features.Economy.Sie;

/// <summary>Identification, financial years (#RAR) and the chart of accounts (#KONTO, #KTYP).</summary>
public sealed partial class SieReader
{
    private void Flag()
    {
        if (SieValue.TryInt(_line.Span(1), out var flag))
        {
            _file.Flag = flag;
            if (flag == 1)
            {
                Warning(SieProblemCodes.AlreadyImported, "#FLAGGA är 1: filen är markerad som redan inläst någon gång. Kontrollera att den inte läses in två gånger.");
            }
        }
    }

    private void Year()
    {
        if (!SieValue.TryInt(_line.Span(1), out var index))
        {
            Error(SieProblemCodes.BrokenLine, $"#RAR har årsnumret \"{_line.String(1)}\"; det ska vara 0, -1, -2 …");
            return;
        }

        DateOnly? start = null, end = null;
        foreach (var i in (ReadOnlySpan<int>)[2, 3])
        {
            var text = _line.Span(i);
            if (text.IsEmpty)
            {
                continue;
            }

            if (!SieValue.TryDate(text, out var date))
            {
                Error(SieProblemCodes.BrokenLine, $"#RAR har datumet \"{text}\", som inte är ett datum ÅÅÅÅMMDD.");
                return;
            }

            if (i == 2)
            {
                start = date;
            }
            else
            {
                end = date;
            }
        }

        if (start > end)
        {
            Error(SieProblemCodes.BrokenLine, $"räkenskapsår {index} slutar ({SieValue.Date(end!.Value)}) före sin början ({SieValue.Date(start!.Value)}).");
            return;
        }

        var year = new SieYear(index, start, end, _lineNo);
        var earlier = _file.Years.FindIndex(y => y.Index == index);
        if (earlier >= 0)
        {
            _file.Years[earlier] = year;
        }
        else
        {
            _file.Years.Add(year);
        }
    }

    private void Account()
    {
        var number = _line.String(1);
        if (number.Length == 0)
        {
            Error(SieProblemCodes.BrokenLine, "#KONTO saknar kontonummer.");
            return;
        }

        var name = Rest(2);
        if (!SieValue.IsNumeric(number))
        {
            Warning(SieProblemCodes.AccountNotNumeric, $"kontonumret \"{number}\" är inte numeriskt som SIE-formatet kräver; kontrollera kontot innan filen läses in.");
        }

        if (_file.Accounts.TryGetValue(number, out var existing))
        {
            if (!string.Equals(existing.Name, name, StringComparison.Ordinal))
            {
                Warning(SieProblemCodes.AccountRenamed, $"konto {number} hette \"{existing.Name}\" på rad {existing.Line} men heter här \"{name}\"; det senare namnet används.");
                existing.Name = name;
            }

            return;
        }

        var account = new SieAccount(number, name, _lineNo);
        if (_pendingTypes.Remove(number, out var type))
        {
            account.Type = type;
        }

        _file.Accounts.Add(number, account);
    }

    private void AccountType()
    {
        var number = _line.String(1);
        var type = _line.String(2).ToUpperInvariant();
        if (type is not ("T" or "S" or "K" or "I"))
        {
            Warning(SieProblemCodes.AccountTypeUnknown, $"#KTYP för konto {number} har typen \"{_line.String(2)}\"; typerna är T (tillgång), S (skuld), K (kostnad) och I (intäkt). Typen har inte lästs in.");
            return;
        }

        if (_file.Accounts.TryGetValue(number, out var account))
        {
            account.Type = type;
        }
        else
        {
            _pendingTypes[number] = type;
        }
    }

    /// <summary>The field at <paramref name="index"/>; an unquoted text that runs on over several fields is joined with spaces.</summary>
    private string Rest(int index)
    {
        if (index >= _line.Count || _line[index].Kind != SieFieldKind.Plain || index == _line.Count - 1)
        {
            return _line.String(index);
        }

        var parts = new List<string>();
        for (var i = index; i < _line.Count && _line[i].Kind != SieFieldKind.ObjectList; i++)
        {
            parts.Add(_line.String(i));
        }

        return string.Join(' ', parts);
    }
}
