using System.Collections.Frozen;
using System.Collections.Immutable;
using Backchannel.Diagnostics;
using Backchannel.Knowledge.Names;

namespace Backchannel.Knowledge.Roles;

/// <summary>One wording of a role: its words, the role kinds it may mean (in order), and the countries it is limited to.</summary>
/// <param name="Words">Exact-key words, e.g. "foreign minister".</param>
/// <param name="Roles">Role kinds to try in order.</param>
/// <param name="Countries">ISO alpha-2 codes the wording is limited to; empty for any.</param>
public sealed record RoleWording(string Words, ImmutableArray<string> Roles, ImmutableArray<string> Countries);

/// <summary>
/// Title words and the role kinds they name, from the embedded <c>data/kb/roles.tsv</c>. Lookups go by the longest
/// run of words, so "foreign ministry spokesman" is found before "spokesman".
/// </summary>
public sealed class RoleLexicon
{
    private static readonly Lazy<RoleLexicon> Shipped = new(() => LoadLog.Measure("role-lexicon", () => Parse(ReadEmbedded())));
    private readonly FrozenDictionary<string, RoleWording> byWords;
    private readonly FrozenDictionary<string, RoleWording>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    private RoleLexicon(IEnumerable<RoleWording> wordings)
    {
        byWords = wordings.GroupBy(w => w.Words, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        MaxWords = byWords.Count == 0 ? 0 : byWords.Keys.Max(k => k.Count(c => c == ' ') + 1);
        MaxLength = byWords.Count == 0 ? 0 : byWords.Keys.Max(k => k.Length);
        bySpan = byWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon shipped with the engine.</summary>
    public static RoleLexicon Default => Shipped.Value;

    /// <summary>The most words any wording has.</summary>
    public int MaxWords { get; }

    /// <summary>The most characters any wording has (in exact-key form).</summary>
    public int MaxLength { get; }

    /// <summary>Every wording, in no particular order (the linker collects its trigger words from them).</summary>
    public IEnumerable<RoleWording> Wordings => byWords.Values;

    /// <summary>The wording for exactly these words (exact-key form), or null.</summary>
    public RoleWording? Find(string words) => byWords.GetValueOrDefault(words);

    /// <summary>As <see cref="Find(string)"/>, for words held in a buffer (no string is made to look them up).</summary>
    public RoleWording? Find(ReadOnlySpan<char> words) => bySpan.TryGetValue(words, out var wording) ? wording : null;

    /// <summary>Parses the TSV form: words, roles (|), countries (|); <c>#</c> starts a comment line.</summary>
    public static RoleLexicon Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var wordings = new List<RoleWording>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 2)
            {
                continue;
            }

            wordings.Add(new RoleWording(
                NameKey.Exact(cells[0]),
                [.. cells[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                cells.Length > 2 ? [.. cells[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : []));
        }

        return new RoleLexicon(wordings);
    }

    private static string ReadEmbedded()
    {
        using var stream = typeof(RoleLexicon).Assembly.GetManifestResourceStream("kb/roles.tsv")
            ?? throw new InvalidOperationException("The role lexicon kb/roles.tsv is not embedded in the engine.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
