namespace Backchannel.Reporting.Html;

/// <summary>The report's inline CSS and JS. The script only reads the page and sets text, classes or visibility, never HTML.</summary>
internal static class ReportAssets
{
    public const string Style = """
        :root{--fg:#1d2430;--muted:#5b6472;--line:#d8dde5;--bg:#fbfcfd;--accent:#1f5fa8;--warn:#9a6700;--err:#b42318}
        *{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
        a{color:var(--accent)}header.top{padding:1rem 2rem .8rem;border-bottom:1px solid var(--line);background:#fff}
        header.top h1{margin:0;font-size:1.4rem}.lede{margin:.2rem 0;color:var(--muted)}
        nav ul{list-style:none;margin:.4rem 0 0;padding:0;display:flex;gap:1rem;flex-wrap:wrap}nav a{text-decoration:none}
        main{padding:.5rem 2rem 1rem;max-width:1250px}
        details.fold{margin:1rem 0;border:1px solid var(--line);border-radius:.4rem;background:#fff}
        details.fold>summary{list-style:none;padding:.6rem 1rem;cursor:pointer;display:flex;align-items:baseline;gap:.6rem}
        details.fold>summary::-webkit-details-marker{display:none}
        details.fold>summary::before{content:"▸";color:var(--muted);width:1em}details.fold[open]>summary::before{content:"▾"}
        details.fold>summary h2{margin:0;font-size:1.15rem;display:inline}details.fold>summary .hint{color:var(--muted);font-size:.85rem}
        details.fold>.body{padding:0 1rem 1rem}details.sub{margin:.8rem 0}details.sub>summary{font-weight:600;cursor:pointer}
        .overview{display:grid;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr));gap:1rem 2rem}
        .overview h3{font-size:.95rem;margin:.4rem 0;color:var(--muted);font-weight:600}.overview ol{margin:0;padding-left:1.4rem}
        .overview li{margin:.1rem 0}.overview .n{color:var(--muted);font-size:.85rem}
        dl.stats{display:grid;grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr));gap:.4rem 1rem;margin:.4rem 0 .8rem}
        dl.stats div{border-left:3px solid var(--line);padding-left:.6rem}dl.stats dt{color:var(--muted);font-size:.85rem}dl.stats dd{margin:0;font-weight:600;font-size:1.15rem}
        dl.stats div.alert{border-left-color:var(--err)}.run-note{color:var(--muted);font-size:.9rem;margin:.6rem 0 0}
        table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid var(--line)}
        th{background:#f1f4f8;font-weight:600}tr.warning td.code{color:var(--warn)}tr.error td.code{color:var(--err)}
        table.capped:not(.all):not(.filtering) tr.more{display:none}td.num,th.num{text-align:right}
        .table-tools{display:flex;gap:1rem;align-items:center}.table-tools .count{color:var(--muted);font-size:.85rem}
        button.show-all{margin:.5rem 0;padding:.3rem .8rem;border:1px solid var(--line);border-radius:.3rem;background:#f1f4f8;cursor:pointer}
        .date{white-space:nowrap}.code,.path,.id{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.8rem;word-break:break-all}.id,.path{color:var(--muted)}
        .badge{display:inline-block;padding:0 .4rem;border-radius:.6rem;font-size:.75rem;background:#eef2f7;color:var(--muted);margin-left:.3rem}
        .badge.inferred,.badge.unknown,.badge.undated{background:#fff4d6;color:var(--warn)}.badge.override{background:#e8f0fb;color:var(--accent)}
        input.filter{padding:.35rem .6rem;border:1px solid var(--line);border-radius:.3rem;width:min(24rem,100%);margin:.3rem 0 .6rem}
        ol.flags{list-style:none;padding:0;margin:0}ol.flags>li{border-left:4px solid var(--err);padding:.4rem .8rem;margin:.6rem 0;background:#fff8f7}
        ol.flags blockquote{margin:.2rem 0 .4rem;font-size:1rem}ol.flags .summary{font-weight:600}ol.flags ul{margin:.2rem 0;padding-left:1.2rem}
        .citations{color:var(--muted);font-size:.82rem;word-break:break-word}.flag-doc{font-size:.88rem}
        mark.claim{background:#ffd9d4;border-bottom:2px solid var(--err);padding:0 .1em}
        footer{padding:1rem 2rem;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line)}
        .doc-page{display:none;padding:1rem 2rem;max-width:62rem}.doc-page.alone,.doc-page:target,.doc-page:has(:target){display:block}
        body:has(.doc-page:target) main.index,body:has(.doc-page :target) main.index{display:none}
        .doc-page h1{font-size:1.4rem;margin:.3rem 0}.doc-page .meta{color:var(--muted);margin:.2rem 0 .8rem}
        .doc-text{white-space:pre-wrap;font-size:1rem;line-height:1.75;background:#fff;border:1px solid var(--line);border-radius:.4rem;padding:1rem 1.4rem}
        .e{border-radius:.2rem;padding:0 .08em}.t-PER{background:#e3edfb}.t-ORG{background:#efe6fb}.t-GPE,.t-LOC{background:#e2f4e6}
        .t-NORP,.t-MISC{background:#f0f0ea}.t-DATE,.t-TIME,.t-DURATION,.t-SET{background:#fff0d6}
        .t-CARDINAL,.t-ORDINAL,.t-PERCENT,.t-MONEY,.t-QUANTITY{background:#dcf3f3}.t-ACTOR{background:#e3edfb}
        .ln{border-bottom:2px solid var(--accent);cursor:pointer}.ln.nil{border-bottom:2px dotted var(--muted)}.ln:focus{outline:2px solid var(--accent)}
        .flag-sentence{background:#fff3c4;box-shadow:0 0 0 .15em #fff3c4}.flag-sentence:target{outline:2px solid var(--err)}
        .quote{border-bottom:2px solid #6a8fd8;background:#eef3fd}.quote:target{outline:2px solid #6a8fd8}ul.quotes li{margin:.3em 0}ul.quotes .qt{font-style:italic}
        .legend{display:flex;flex-wrap:wrap;gap:.4rem;margin:.6rem 0;font-size:.82rem;color:var(--muted)}.legend span{padding:0 .4rem}
        .link-info{position:fixed;right:1rem;bottom:1rem;max-width:28rem;background:#fff;border:1px solid var(--accent);border-radius:.4rem;padding:.6rem .8rem;box-shadow:0 2px 10px rgba(0,0,0,.15);font-size:.9rem}
        .doc-actors{columns:3 14rem;padding-left:1.2rem}
        """;

    public const string Script = """
        (function(){
          document.querySelectorAll('input.filter').forEach(function(box){
            var table=document.getElementById(box.getAttribute('data-table'));
            if(!table){return;}
            var rows=null,texts=null,count=document.querySelector('[data-count-for="'+table.id+'"]'),total=count?count.textContent:'';
            box.addEventListener('input',function(){
              if(!rows){rows=Array.prototype.slice.call(table.tBodies[0].rows);texts=rows.map(function(r){return r.textContent.toLowerCase();});}
              var q=box.value.trim().toLowerCase(),shown=0;
              table.classList.toggle('filtering',q.length>0);
              for(var i=0;i<rows.length;i++){var hit=q.length===0||texts[i].indexOf(q)>=0;rows[i].hidden=!hit;if(hit){shown++;}}
              if(count){count.textContent=q.length>0?shown+' of '+total:total;}
            });
          });
          document.querySelectorAll('button.show-all').forEach(function(button){
            button.addEventListener('click',function(){
              var table=document.getElementById(button.getAttribute('data-table'));
              var all=table.classList.toggle('all');
              button.textContent=button.getAttribute(all?'data-less':'data-more');
            });
          });
          document.addEventListener('click',function(event){
            var link=event.target.closest('.ln');
            if(!link){return;}
            var page=link.closest('.doc-page'),panel=page&&page.querySelector('.link-info');
            if(!panel){return;}
            panel.textContent=link.getAttribute('title');
            panel.hidden=false;
          });
          function reveal(){
            var id=decodeURIComponent(location.hash.slice(1)),target=id&&document.getElementById(id);
            if(!target){return;}
            for(var d=target.closest('details');d;d=d.parentElement.closest('details')){d.open=true;}
            var row=target.closest('tr.more'),table=row&&row.closest('table');
            if(table&&!table.classList.contains('all')){var b=document.querySelector('button.show-all[data-table="'+table.id+'"]');if(b){b.click();}}
            // After the next frame, when a document page shown by :target has its layout, not before.
            requestAnimationFrame(function(){target.scrollIntoView({block:target.classList.contains('doc-page')?'start':'center'});});
          }
          window.addEventListener('hashchange',reveal);
          reveal();
          document.documentElement.setAttribute('data-report-ready','1');
        })();
        """;
}
