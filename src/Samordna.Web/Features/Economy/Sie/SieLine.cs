using System.Runtime.CompilerServices;

namespace Samordna.Web.Features.Economy.Sie;

internal enum SieFieldKind : byte
{
    Plain,
    Quoted,
    ObjectList,
}

/// <summary>
/// One field of a line: a range of the line's text, or an object list whose items are <see cref="SieLine.ItemAt"/>
/// <c>ItemStart .. ItemStart + ItemCount</c>. <c>Escaped</c>: the range holds a <c>\"</c> to be read as <c>"</c>.
/// </summary>
internal readonly record struct SieField(int Start, int Length, SieFieldKind Kind, bool Escaped, int ItemStart = 0, int ItemCount = 0);

/// <summary>
/// Splits one line into fields (SIE 4B §5.7): separated by spaces or TABs; a field may be quoted, and must be when it
/// holds a space; <c>\"</c> inside quotes is a quote, any other backslash is itself; <c>{…}</c> is an object list of
/// plain or quoted items. A line whose quotes only close when backslashes are taken literally (a Windows path ending in
/// <c>\</c>) is read that way. Reused line after line: the fields are ranges, no strings are made until asked for.
/// </summary>
internal sealed class SieLine
{
    private SieField[] _fields = new SieField[16];
    private SieField[] _items = new SieField[16];
    private int _itemCount;

    public string Text { get; private set; } = string.Empty;

    public int Count { get; private set; }

    /// <summary>Why the line could not be split, in Swedish; null when it could.</summary>
    public string? Error { get; private set; }

    public SieField this[int index] => _fields[index];

    public SieField ItemAt(int index) => _items[index];

    public bool Split(string text)
    {
        Text = text;
        if (TrySplit(backslashEscapes: true) || TrySplit(backslashEscapes: false))
        {
            Error = null;
            return true;
        }

        TrySplit(backslashEscapes: true);
        return false;
    }

    public ReadOnlySpan<char> Span(SieField field) => Text.AsSpan(field.Start, field.Length);

    public ReadOnlySpan<char> Span(int index) => index < Count ? Span(_fields[index]) : default;

    public bool IsObjectList(int index) => index < Count && _fields[index].Kind == SieFieldKind.ObjectList;

    /// <summary>The field's content as a string ("" when the line has no such field).</summary>
    public string String(int index) => index < Count ? String(_fields[index]) : string.Empty;

    public string String(SieField field) => field.Escaped
        ? Span(field).ToString().Replace("\\\"", "\"", StringComparison.Ordinal)
        : Span(field).ToString();

    /// <summary>The dimension and object pairs of an object list field; a lone trailing dimension is dropped.</summary>
    public IReadOnlyList<SieObjectRef> Objects(int index)
    {
        if (!IsObjectList(index) || _fields[index].ItemCount < 2)
        {
            return [];
        }

        var f = _fields[index];
        var result = new SieObjectRef[f.ItemCount / 2];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new SieObjectRef(String(_items[f.ItemStart + (2 * i)]), String(_items[f.ItemStart + (2 * i) + 1]));
        }

        return result;
    }

    /// <summary>Feeds every field and object list item of the line to the checksum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per line; a CLI run is over before tiered JIT would optimise it
    public void AddTo(SieChecksum checksum)
    {
        for (var i = 0; i < Count; i++)
        {
            var f = _fields[i];
            if (f.Kind == SieFieldKind.ObjectList)
            {
                for (var j = f.ItemStart; j < f.ItemStart + f.ItemCount; j++)
                {
                    checksum.Add(Span(_items[j]), _items[j].Escaped);
                }
            }
            else
            {
                checksum.Add(Span(f), f.Escaped);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per line; a CLI run is over before tiered JIT would optimise it
    private bool TrySplit(bool backslashEscapes)
    {
        var s = Text;
        Count = 0;
        _itemCount = 0;
        var pos = 0;
        while (true)
        {
            while (pos < s.Length && s[pos] is ' ' or '\t')
            {
                pos++;
            }

            if (pos >= s.Length)
            {
                return true;
            }

            if (s[pos] == '"')
            {
                if (!ReadQuoted(ref pos, backslashEscapes, out var quoted))
                {
                    Error = "ett citattecken avslutas aldrig.";
                    return false;
                }

                Add(ref _fields, Count++, quoted);
            }
            else if (s[pos] == '{')
            {
                pos++;
                var first = _itemCount;
                while (true)
                {
                    while (pos < s.Length && s[pos] is ' ' or '\t')
                    {
                        pos++;
                    }

                    if (pos >= s.Length)
                    {
                        Error = "en objektlista som börjar med { avslutas aldrig med }.";
                        return false;
                    }

                    if (s[pos] == '}')
                    {
                        pos++;
                        break;
                    }

                    SieField item;
                    if (s[pos] == '"')
                    {
                        if (!ReadQuoted(ref pos, backslashEscapes, out item))
                        {
                            Error = "ett citattecken i en objektlista avslutas aldrig.";
                            return false;
                        }
                    }
                    else
                    {
                        var start = pos;
                        while (pos < s.Length && s[pos] is not (' ' or '\t' or '}'))
                        {
                            pos++;
                        }

                        item = new SieField(start, pos - start, SieFieldKind.Plain, false);
                    }

                    Add(ref _items, _itemCount++, item);
                }

                Add(ref _fields, Count++, new SieField(0, 0, SieFieldKind.ObjectList, false, first, _itemCount - first));
            }
            else
            {
                var start = pos;
                while (pos < s.Length && s[pos] is not (' ' or '\t'))
                {
                    pos++;
                }

                Add(ref _fields, Count++, new SieField(start, pos - start, SieFieldKind.Plain, false));
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per line; a CLI run is over before tiered JIT would optimise it
    private bool ReadQuoted(ref int pos, bool backslashEscapes, out SieField field)
    {
        var s = Text;
        var start = ++pos;
        var escaped = false;
        while (pos < s.Length)
        {
            var c = s[pos];
            if (c == '\\' && backslashEscapes && pos + 1 < s.Length && s[pos + 1] == '"')
            {
                escaped = true;
                pos += 2;
            }
            else if (c == '"')
            {
                field = new SieField(start, pos - start, SieFieldKind.Quoted, escaped);
                pos++;
                return true;
            }
            else
            {
                pos++;
            }
        }

        field = default;
        return false;
    }

    private static void Add(ref SieField[] array, int index, SieField field)
    {
        if (index == array.Length)
        {
            Array.Resize(ref array, array.Length * 2);
        }

        array[index] = field;
    }
}
