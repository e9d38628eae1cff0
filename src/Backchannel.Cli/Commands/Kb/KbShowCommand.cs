using System.CommandLine;
using Backchannel.Knowledge;
using Backchannel.Knowledge.Model;

namespace Backchannel.Cli.Commands.Kb;

/// <summary><c>backchannel kb show "name"</c>: roles over time, sanctions, relations, aliases and sources of an actor.</summary>
internal static class KbShowCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "A name, alias, surname or KB id (\"Q7747\", \"ofac:34336\")." };
        var kbFile = KbQueryOptions.KbFile();
        var limit = new Option<int>("--limit") { Description = "Most matching actors to show.", DefaultValueFactory = _ => 5 };
        var command = new Command("show", "Everything the record holds on an actor, with sources.") { name, kbFile, limit };
        command.SetAction(parseResult =>
        {
            var terminal = GlobalOptions.TerminalFor(parseResult);
            var kb = KbQueryOptions.Load(parseResult.GetValue(kbFile));
            var text = parseResult.GetValue(name) ?? "";
            var found = Find(kb, text);
            if (found.Count == 0)
            {
                Console.Out.WriteLine($"Nothing on record for \"{text}\" (tried the exact name, transliteration variants and surnames).");
                return ExitCode.Success;
            }

            foreach (var actor in found.Take(Math.Max(1, parseResult.GetValue(limit))))
            {
                Print(Console.Out, kb, actor);
            }

            if (found.Count > parseResult.GetValue(limit))
            {
                terminal.Info($"[dim]{found.Count} actors match; showing {parseResult.GetValue(limit)} (--limit).[/]");
            }

            return ExitCode.Success;
        });
        return command;
    }

    /// <summary>By id, then exact name, then transliteration-folded name, then surname.</summary>
    internal static List<KbEntity> Find(KnowledgeBase kb, string text)
    {
        if (kb.Get(text.Trim()) is { } byId && Schemas.IsActor(byId.Schema))
        {
            return [byId];
        }

        IEnumerable<string> ids = kb.FindExact(text).Select(n => n.EntityId);
        if (!ids.Any())
        {
            ids = kb.FindLoose(text).Select(n => n.EntityId);
        }

        if (!ids.Any())
        {
            ids = kb.FindBySurname(text);
        }

        return [.. ids.Distinct(StringComparer.Ordinal).Select(kb.Get).OfType<KbEntity>().Where(e => Schemas.IsActor(e.Schema))];
    }

    private static void Print(TextWriter output, KnowledgeBase kb, KbEntity actor)
    {
        output.WriteLine($"{actor.Caption}  ({actor.Schema} {actor.Id})");
        Line(output, "born", actor.First(Props.BirthDate));
        Line(output, "nationality", string.Join(", ", actor.Values(Props.Nationality)));
        Line(output, "country", string.Join(", ", actor.Values(Props.Country)));
        Line(output, "aliases", string.Join("; ", actor.Values(Props.Alias).Concat(actor.Values(Props.WeakAlias))));
        foreach (var alias in kb.AliasesOf(actor.Id))
        {
            var period = alias.ValidFrom is null && alias.ValidTo is null ? "" : $" ({alias.ValidFrom?.ToString() ?? "?"} – {alias.ValidTo?.ToString() ?? "present"})";
            Line(output, alias.Kind, $"{alias.Name}{period} [{string.Join("; ", alias.Entity.Citations)}]");
        }

        foreach (var term in kb.TermsOf(actor.Id).OrderBy(t => t.Start?.Earliest ?? DateOnly.MinValue))
        {
            var post = kb.Get(term.PostId)?.Caption ?? term.PostId;
            Line(output, "role", $"{post}: {term.Term}{(term.Acting ? " (acting)" : "")}");
            Sources(output, term.Entity);
        }

        foreach (var term in kb.TermsIn(actor.Id).OrderBy(t => t.Start?.Earliest ?? DateOnly.MinValue))
        {
            Line(output, "holder", $"{kb.Get(term.HolderId)?.Caption ?? term.HolderId}: {term.Term}");
        }

        foreach (var sanction in kb.SanctionsOn(actor.Id))
        {
            Line(output, "sanction", $"{sanction.Authority} {sanction.Program} listed {sanction.ListingDate?.ToString() ?? "(date not recorded)"}; {sanction.Status}");
            Sources(output, sanction.Entity);
        }

        foreach (var relation in kb.RelationsOf(actor.Id))
        {
            var other = relation.PersonId == actor.Id ? relation.OtherId : relation.PersonId;
            var phrase = relation.PersonId == actor.Id ? $"has {relation.Relationship}" : $"is {relation.Relationship} of";
            Line(output, relation.Entity.Schema.ToLowerInvariant(), $"{phrase} {kb.Get(other)?.Caption ?? other}");
            Sources(output, relation.Entity);
        }

        Line(output, "merged from", string.Join(", ", actor.Values(Props.MergedFrom)));
        Sources(output, actor);
        output.WriteLine();
    }

    private static void Line(TextWriter output, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            output.WriteLine($"  {label}: {value}");
        }
    }

    private static void Sources(TextWriter output, KbEntity entity)
    {
        foreach (var citation in entity.Citations)
        {
            output.WriteLine($"      source: {citation}");
        }
    }
}
