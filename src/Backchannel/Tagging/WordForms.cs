using Backchannel.Text;

namespace Backchannel.Tagging;

/// <summary>
/// The normalised and lowercased forms of one sentence's tokens, kept in one reusable char buffer. Taggers read
/// features from these slices instead of building strings per token.
/// </summary>
/// <remarks>
/// Normalisation maps our tokenizer's output onto the conventions of the CoNLL-2003 training data: curly double
/// quotes become <c>"</c>, curly apostrophes become <c>'</c> (so <c>’s</c> and <c>n’t</c> look like <c>'s</c>
/// and <c>n't</c>), a lone en or em dash becomes <c>--</c>, and an ellipsis character becomes <c>...</c>.
/// </remarks>
internal sealed class WordForms
{
    private char[] _chars = new char[1024];
    private int[] _starts = new int[64];
    private int[] _lengths = new int[64];
    private ulong[] _hashes = new ulong[64];

    /// <summary>Number of tokens loaded.</summary>
    public int Count { get; private set; }

    /// <summary>Loads the forms of <paramref name="tokens"/>, whose offsets point into <paramref name="text"/>.</summary>
    public void Load(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        Count = 0;
        var used = 0;
        if (_starts.Length < tokens.Length)
        {
            _starts = new int[tokens.Length * 2];
            _lengths = new int[tokens.Length * 2];
            _hashes = new ulong[tokens.Length * 2];
        }

        foreach (var token in tokens)
        {
            var raw = text[token.Start..token.End];

            // Normalising never more than triples a token (… → ...), and the lowercase copy follows it.
            var need = used + (raw.Length * 6) + 8;
            if (need > _chars.Length)
            {
                Array.Resize(ref _chars, need * 2);
            }

            var length = Normalize(raw, _chars.AsSpan(used));
            var normal = _chars.AsSpan(used, length);
            normal.ToLowerInvariant(_chars.AsSpan(used + length, length));
            _starts[Count] = used;
            _lengths[Count] = length;
            _hashes[Count] = PosLexicon.Hash(normal);
            used += length * 2;
            Count++;
        }
    }

    /// <summary>The normalised form of token <paramref name="i"/> (original case).</summary>
    public ReadOnlySpan<char> Word(int i) => _chars.AsSpan(_starts[i], _lengths[i]);

    /// <summary>The <see cref="PosLexicon.Hash"/> of token <paramref name="i"/>'s normalised form.</summary>
    public ulong Hash(int i) => _hashes[i];

    /// <summary>The lowercased normalised form of token <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> Lower(int i) => _chars.AsSpan(_starts[i] + _lengths[i], _lengths[i]);

    /// <summary>Writes the normalised form of <paramref name="raw"/>; returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> raw, Span<char> output)
    {
        if (raw.Length == 1)
        {
            switch (raw[0])
            {
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB':
                    output[0] = '"';
                    return 1;
                case '\u2013' or '\u2014' or '\u2015':
                    output[0] = '-';
                    output[1] = '-';
                    return 2;
                case '\u2026':
                    output[..3].Fill('.');
                    return 3;
                default:
                    break;
            }
        }

        var n = 0;
        foreach (var c in raw)
        {
            switch (c)
            {
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032':
                    output[n++] = '\'';
                    break;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F':
                    output[n++] = '"';
                    break;
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212':
                    output[n++] = '-';
                    break;
                case '\u2026':
                    output[n++] = '.';
                    output[n++] = '.';
                    output[n++] = '.';
                    break;
                case '\u00A0':
                    output[n++] = ' ';
                    break;
                default:
                    output[n++] = c;
                    break;
            }
        }

        return n;
    }
}
