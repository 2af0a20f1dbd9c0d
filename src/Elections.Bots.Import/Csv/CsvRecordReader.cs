using System.Text;

namespace Elections.Bots.Import.Csv;

/// <summary>
/// Reads CSV records (RFC 4180) one at a time from a text stream, so a 500,000-row street file never sits in
/// memory whole. Any line ending, a UTF-8 BOM, quoted fields with commas, quotes and line breaks; every record
/// remembers the line it started on (1-based) so problems can be reported as file, line and column.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _field = new();
    private int _position;
    private int _length;
    private int _line = 1;
    private bool _started;

    /// <summary>The line the last record started on.</summary>
    public int RecordLine { get; private set; } = 1;

    /// <summary>The input ended inside a quoted value; the record holding it started on <see cref="RecordLine"/>.</summary>
    public bool EndedInsideQuotes { get; private set; }

    /// <summary>The line being read now (for problems found mid-record, such as bytes that are not UTF-8).</summary>
    public int CurrentLine => _line;

    /// <summary>Fills <paramref name="fields"/> with the next record; false at the end of the input.</summary>
    public bool Read(List<string> fields)
    {
        fields.Clear();
        _field.Clear();
        RecordLine = _line;
        var quoted = false;
        var fieldStarted = false;
        var any = false;

        while (true)
        {
            if (_position == _length && !Fill())
            {
                if (quoted) EndedInsideQuotes = true;
                if (!any) return false;
                fields.Add(_field.ToString());
                return true;
            }
            var c = _buffer[_position++];
            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (Peek() == '"')
                    {
                        _field.Append('"');
                        _position++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n') _line++;
                    _field.Append(c);
                }
                continue;
            }

            switch (c)
            {
                // A quote opens a quoted value only at the start of a field (after optional spaces).
                case '"' when !fieldStarted || IsBlank(_field):
                    _field.Clear();
                    quoted = true;
                    fieldStarted = true;
                    break;
                case ',':
                    fields.Add(_field.ToString());
                    _field.Clear();
                    fieldStarted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(_field.ToString());
                    _line++;
                    return true;
                default:
                    _field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }
    }

    private bool Fill()
    {
        _length = reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        if (!_started && _length > 0)
        {
            _started = true;
            if (_buffer[0] == '\uFEFF') _position = 1;
            if (_position == _length) return Fill();
        }
        return _length > 0;
    }

    private int Peek()
    {
        if (_position == _length && !Fill()) return -1;
        return _buffer[_position];
    }

    private static bool IsBlank(StringBuilder builder)
    {
        for (var i = 0; i < builder.Length; i++)
        {
            if (!char.IsWhiteSpace(builder[i])) return false;
        }
        return true;
    }
}
