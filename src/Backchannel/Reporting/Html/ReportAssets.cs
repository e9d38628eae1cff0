namespace Backchannel.Reporting.Html;

/// <summary>The report's inline CSS and JS. The script only reads the page and sets text or visibility, never HTML.</summary>
internal static class ReportAssets
{
    public const string Style = """
        :root{--fg:#1d2430;--muted:#5b6472;--line:#d8dde5;--bg:#fbfcfd;--accent:#1f5fa8;--warn:#9a6700;--err:#b42318}
        *{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
        header.top{padding:1.2rem 2rem;border-bottom:1px solid var(--line);background:#fff}
        header.top h1{margin:0;font-size:1.5rem}.lede{margin:.2rem 0;color:var(--muted)}
        nav ul{list-style:none;margin:.5rem 0 0;padding:0;display:flex;gap:1rem;flex-wrap:wrap}nav a{color:var(--accent);text-decoration:none}
        main{padding:1rem 2rem;max-width:1200px}section.section{margin:1.5rem 0}h2{font-size:1.2rem;border-bottom:1px solid var(--line);padding-bottom:.3rem}
        dl.stats{display:grid;grid-template-columns:repeat(4,auto);gap:.2rem 1.5rem;justify-content:start}dl.stats dt{color:var(--muted)}dl.stats dd{margin:0;font-weight:600;font-size:1.2rem}
        table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
        th{background:#f1f4f8;font-weight:600}tr.warning td.code{color:var(--warn)}tr.error td.code{color:var(--err)}
        .date{white-space:nowrap}.code,.path,.id{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.85rem;word-break:break-all}
        .badge{display:inline-block;padding:0 .4rem;border-radius:.6rem;font-size:.75rem;background:#eef2f7;color:var(--muted);margin-left:.3rem}
        .badge.inferred,.badge.unknown{background:#fff4d6;color:var(--warn)}.badge.override{background:#e8f0fb;color:var(--accent)}
        details summary{cursor:pointer;color:var(--accent)}.excerpt{white-space:pre-wrap;color:var(--muted);margin:.3rem 0}
        input.filter{padding:.4rem .6rem;border:1px solid var(--line);border-radius:.3rem;width:min(28rem,100%);margin:.3rem 0 .6rem}
        footer{padding:1rem 2rem;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line)}
        """;

    public const string Script = """
        (function(){
          document.documentElement.setAttribute('data-report-ready','1');
          document.querySelectorAll('input.filter').forEach(function(box){
            var table=document.getElementById(box.getAttribute('data-table'));
            if(!table){return;}
            box.addEventListener('input',function(){
              var q=box.value.toLowerCase();
              table.querySelectorAll('tbody tr').forEach(function(row){
                row.hidden=q.length>0&&row.textContent.toLowerCase().indexOf(q)<0;
              });
            });
          });
        })();
        """;
}
