using System.CommandLine;
using System.Globalization;
using Backchannel.Errors;
using Backchannel.Tagging;

namespace Backchannel.Cli.Commands.Train;

/// <summary>
/// <c>backchannel train lemmas --wordnet DIR --out FILE</c>: builds the lemmatizer's lexicon from a WordNet 3.0
/// database folder (known lemmas from index.*, irregular forms from *.exc).
/// </summary>
internal static class TrainLemmasCommand
{
    public static Command Create()
    {
        var wordnet = new Option<string>("--wordnet") { Description = "WordNet dict folder (Debian: apt-get install wordnet-base; /usr/share/wordnet).", Required = true };
        var output = new Option<string>("--out") { Description = "Lexicon file to write, e.g. models/lemmas-en.bin.", Required = true };
        var command = new Command("lemmas", "Build the lemma lexicon from WordNet.") { wordnet, output };
        command.SetAction(parseResult =>
        {
            var log = parseResult.InvocationConfiguration.Output;
            try
            {
                var lexicon = LemmaLexicon.FromWordNet(parseResult.GetValue(wordnet)!);
                var outPath = parseResult.GetValue(output)!;
                lexicon.Save(outPath);
                foreach (var wordClass in Enum.GetValues<WordClass>())
                {
                    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{wordClass.ToString().ToLowerInvariant()}: {lexicon.KnownCount(wordClass)} lemmas, {lexicon.ExceptionCount(wordClass)} irregular forms"));
                }

                log.WriteLine($"wrote {outPath}");
                return 0;
            }
            catch (BackchannelException ex)
            {
                parseResult.InvocationConfiguration.Error.WriteLine(ex.Error.ToString());
                return 1;
            }
        });
        return command;
    }
}
