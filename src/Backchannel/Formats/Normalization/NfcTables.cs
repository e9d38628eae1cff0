using System.Collections.Frozen;

namespace Backchannel.Formats.Normalization;

/// <summary>Lookups over the generated canonical tables (combining classes, decompositions, primary composites).</summary>
internal static partial class NfcTables
{
    private static readonly FrozenDictionary<int, int> CombiningClasses = BuildCombiningClasses();
    private static readonly FrozenDictionary<int, int[]> Decompositions = BuildDecompositions();
    private static readonly FrozenDictionary<long, int> Composites = BuildComposites();

    /// <summary>Canonical combining class; 0 for starters.</summary>
    internal static int CombiningClass(int codePoint) => CombiningClasses.GetValueOrDefault(codePoint);

    /// <summary>The full canonical decomposition, or null when the code point does not decompose.</summary>
    internal static int[]? Decomposition(int codePoint) => Decompositions.GetValueOrDefault(codePoint);

    /// <summary>The primary composite of a pair, or -1.</summary>
    internal static int Composite(int first, int second)
        => Composites.TryGetValue(PairKey(first, second), out var composite) ? composite : -1;

    private static long PairKey(int first, int second) => ((long)first << 21) | (uint)second;

    private static FrozenDictionary<int, int> BuildCombiningClasses()
    {
        var data = CombiningClassData;
        var map = new Dictionary<int, int>(data.Length / 2);
        for (var i = 0; i < data.Length; i += 2)
        {
            map[data[i]] = data[i + 1];
        }

        return map.ToFrozenDictionary();
    }

    private static FrozenDictionary<int, int[]> BuildDecompositions()
    {
        var data = DecompositionData;
        var map = new Dictionary<int, int[]>();
        var i = 0;
        while (i < data.Length)
        {
            var length = data[i + 1];
            map[data[i]] = data.Slice(i + 2, length).ToArray();
            i += 2 + length;
        }

        return map.ToFrozenDictionary();
    }

    private static FrozenDictionary<long, int> BuildComposites()
    {
        var data = CompositionData;
        var map = new Dictionary<long, int>(data.Length / 3);
        for (var i = 0; i < data.Length; i += 3)
        {
            map[PairKey(data[i], data[i + 1])] = data[i + 2];
        }

        return map.ToFrozenDictionary();
    }
}
