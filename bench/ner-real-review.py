#!/usr/bin/env python3
"""Prints, for review by hand, the lines of stored documents where heading, byline and reference-list errors can
occur, with the recognizer's entities marked inline as [text|TYPE]: the first line, every line of at most 14 words
(headings, titles, bylines), lines that open with an all-caps dateline, and every line of a reference list.

usage: bench/ner-real-review.py STORE.db PATHS_FILE   (PATHS_FILE: one path per line, as bench/ner-real-articles.py
       prints; the store must have been filled by `backchannel analyze --db STORE.db` from those paths)
"""
import re
import sqlite3
import sys

db, paths_file = sys.argv[1], sys.argv[2]
paths = [p.strip() for p in open(paths_file) if p.strip()]
con = sqlite3.connect(db)
dateline = re.compile(r"^[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]*)*\s*(?:\([A-Za-z ]+\))?\s*(?:—|–|--|-)\s")
reference_heads = {"references", "bibliography", "sources", "works cited", "further reading", "notes"}
for path in paths:
    row = con.execute("select d.id, d.text, d.title, d.author, d.source from documents d join document_paths p on p.document_id = d.id where p.path = ?", (path,)).fetchone()
    if row is None:
        print(f"### {path}: not stored")
        continue
    doc, text, title, author, source = row
    ents = con.execute("select start, \"end\", label from annotations where document_id = ? and layer = 'entities' order by start", (doc,)).fetchall()
    print(f"### {path}  title={title!r} author={author!r} source={source!r}")
    offset = 0
    in_refs = False
    for number, line in enumerate(text.split("\n")):
        start, end = offset, offset + len(line)
        offset = end + 1
        words = len(line.split())
        if line.strip().lower().rstrip(".:") in reference_heads:
            in_refs = True
        show = number == 0 or (0 < words <= 14) or dateline.match(line) or in_refs
        if not show:
            continue
        marked, cursor = [], start
        for s, e, label in ents:
            if s >= start and e <= end:
                marked.append(text[cursor:s] + "[" + text[s:e] + "|" + label + "]")
                cursor = e
        marked.append(text[cursor:end])
        print(("R " if in_refs else "  ") + "".join(marked)[:300])
    print()
