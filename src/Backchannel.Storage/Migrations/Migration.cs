namespace Backchannel.Storage.Migrations;

/// <summary>One schema step: applied once, in its own transaction, and recorded by version.</summary>
/// <param name="Version">Schema version the store has after this step; steps run in ascending order.</param>
/// <param name="Description">One line for <c>schema_migrations.description</c>.</param>
/// <param name="Sql">DDL/DML to run; may hold several statements.</param>
internal sealed record Migration(int Version, string Description, string Sql);
