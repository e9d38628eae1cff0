namespace Backchannel.Quotes.Evaluation;

/// <summary>The counts behind one column of <c>eval quotes --gold</c> (all statements, or those without doubt).</summary>
public sealed class QuoteGoldFigures
{
    // Trimmed from both ends of a span before exact matching: quotation marks, spaces and closing punctuation.
    private static readonly char[] Trim = ['"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', ' ', '\n', '.', ',', ';', ':'];

    /// <summary>Gold statements, and those a system quote matched one-to-one.</summary>
    public int Gold { get; private set; }

    public int GoldMatched { get; private set; }

    /// <summary>Gold statements some system quote overlaps (lenient).</summary>
    public int GoldOverlapped { get; private set; }

    /// <summary>Gold statements whose matched quote has exactly its span (after trimming marks and punctuation).</summary>
    public int GoldExact { get; private set; }

    /// <summary>System quotes, those matched one-to-one, and those overlapping any gold statement (lenient).</summary>
    public int System { get; private set; }

    public int SystemMatched { get; private set; }

    public int SystemOverlapping { get; private set; }

    /// <summary>Matched pairs whose gold names a speaker, and those where the system's speaker is right.</summary>
    public int Speakers { get; private set; }

    public int SpeakersRight { get; private set; }

    /// <summary>Matched pairs whose gold has no speaker, and those where the system gives none either.</summary>
    public int Unattributed { get; private set; }

    public int UnattributedRight { get; private set; }

    /// <summary>Matched pairs with a gold speaker whose anonymity the system got right; gold anonymous speakers and those found anonymous.</summary>
    public int AnonymityRight { get; private set; }

    public int Anonymous { get; private set; }

    public int AnonymousFound { get; private set; }

    /// <summary>Cue counts over matched pairs: overlapping cues, system cues, gold cues.</summary>
    public int CuesRight { get; private set; }

    public int SystemCues { get; private set; }

    public int GoldCues { get; private set; }

    /// <summary>Via over matched pairs: gold vias, those found, and system vias where gold has none.</summary>
    public int Vias { get; private set; }

    public int ViasRight { get; private set; }

    public int ViasExtra { get; private set; }

    /// <summary>Kind confusion over matched pairs: [gold, system] in direct, partial, indirect order.</summary>
    public int[,] KindTable { get; } = new int[3, 3];

    /// <summary>Negatives (scare quotes, titles) in the documents, and system quotes on one that overlap no statement.</summary>
    public int Negatives { get; internal set; }

    public int FalseAlarms { get; internal set; }

    public double ContentPrecision => Ratio(SystemMatched, System);

    public double ContentRecall => Ratio(GoldMatched, Gold);

    public double ContentF1 => F1(ContentPrecision, ContentRecall);

    public double LenientF1 => F1(Ratio(SystemOverlapping, System), Ratio(GoldOverlapped, Gold));

    public double ExactF1 => F1(Ratio(GoldExact, System), Ratio(GoldExact, Gold));

    public double SpeakerAccuracy => Ratio(SpeakersRight, Speakers);

    public double CueF1 => F1(Ratio(CuesRight, SystemCues), Ratio(CuesRight, GoldCues));

    internal void AddGold(QuoteGoldItem gold, Quote? system, bool overlapped, string text)
    {
        Gold++;
        GoldOverlapped += overlapped ? 1 : 0;
        if (system is null)
        {
            return;
        }

        GoldMatched++;
        GoldExact += Trimmed(text, gold.Start, gold.End).SequenceEqual(Trimmed(text, system.Start, system.End)) ? 1 : 0;
        if (gold.Speaker is { } speaker)
        {
            Speakers++;
            SpeakersRight += SameSpeaker(speaker, system.Speaker) ? 1 : 0;
            AnonymityRight += speaker.Anonymous == (system.Speaker?.Anonymous ?? false) ? 1 : 0;
            Anonymous += speaker.Anonymous ? 1 : 0;
            AnonymousFound += speaker.Anonymous && system.Speaker?.Anonymous == true ? 1 : 0;
        }
        else
        {
            Unattributed++;
            UnattributedRight += system.Speaker is null ? 1 : 0;
        }

        var hasCue = system.CueEnd > system.CueStart;
        SystemCues += hasCue ? 1 : 0;
        GoldCues += gold.Cue is null ? 0 : 1;
        CuesRight += hasCue && gold.Cue is { } cue && QuoteGoldScorer.Overlap(cue.Start, cue.End, system.CueStart, system.CueEnd) > 0 ? 1 : 0;
        if (gold.Via is { } via)
        {
            Vias++;
            ViasRight += system.Via is { } v && (Same(v, via.Text) || text.AsSpan(via.Start, via.End - via.Start).Contains(v.AsSpan(), StringComparison.OrdinalIgnoreCase)) ? 1 : 0;
        }
        else
        {
            ViasExtra += system.Via is null ? 0 : 1;
        }

        var goldKind = gold.Kind switch { "direct" => 0, "partial" => 1, "indirect" => 2, _ => -1 };
        if (goldKind >= 0)
        {
            KindTable[goldKind, (int)system.Kind]++;
        }
    }

    internal void AddSystem(bool matched, bool overlapsAny)
    {
        System++;
        SystemMatched += matched ? 1 : 0;
        SystemOverlapping += overlapsAny ? 1 : 0;
    }

    // Right when the spans overlap, or the resolved name equals the gold's, or (no gold name) the words are the same.
    private static bool SameSpeaker(QuoteGoldSpeaker gold, QuoteSpeaker? system) =>
        system is not null
        && (QuoteGoldScorer.Overlap(gold.Start, gold.End, system.Start, system.End) > 0
            || (gold.Name is { } name && system.Name is { } resolved && Same(name, resolved))
            || (gold.Name is null && Same(gold.Text, system.Text)));

    private static bool Same(string a, string b) =>
        string.Join(' ', a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Equals(string.Join(' ', b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Trimmed(string text, int start, int end) =>
        start < 0 || end > text.Length || end < start ? [] : text.AsSpan(start, end - start).Trim(Trim);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
