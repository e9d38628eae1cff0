#!/usr/bin/env python3
"""Checks data/eval/quotes-blind.jsonl against the texts as Backchannel reads them.

For every document: its length and SHA-1 prefix. For every item: the content span's SHA-1 prefix and first/last
word, each part of an interrupted quote, and the recorded text of the speaker, cue and via spans. Plain-text
documents are checked from the files (doctext.py mirrors the reader); other formats need a store written by
`backchannel analyze` (--db), and with a store the .txt re-implementation is compared with the stored text too.

Usage: check_quotes.py [GOLD.jsonl] [--db STORE]      exit 0 when everything matches, 1 otherwise.
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import doctext  # noqa: E402
from build_gold import REPO, sha1, words  # noqa: E402


def print_stats(records):
    from collections import Counter
    docs = [r for r in records if r["type"] == "document"]
    items = [r for r in records if r["type"] == "statement"]
    print(f"documents {len(docs)}: " + ", ".join(f"{g} {n}" for g, n in Counter(d["group"] for d in docs).items()))
    group_of = {d["doc"]: d["group"] for d in docs}
    for group in [None] + sorted(set(group_of.values())):
        chosen = [r for r in items if group is None or group_of[r["doc"]] == group]
        kinds = Counter(r["kind"] for r in chosen)
        statements = [r for r in chosen if r["kind"] != "not-a-quote"]
        speakers = [r["speaker"] for r in statements if r.get("speaker")]
        print(f"{group or 'all'}: " + " ".join(f"{k} {kinds[k]}" for k in ("direct", "partial", "indirect", "not-a-quote"))
              + f" | speaker none {len(statements) - len(speakers)} anonymous {sum(s['anonymous'] for s in speakers)}"
              + f" collective {sum(s['collective'] for s in speakers)} organisation {sum(s['organisation'] for s in speakers)}"
              + f" | cue none {sum(r.get('cue') is None for r in statements)} via {sum(r.get('via') is not None for r in statements)}"
              + f" interrupted {sum('parts' in r for r in statements)} doubt {sum('doubt' in r for r in statements)}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", nargs="?", default=os.path.join(REPO, "data/eval/quotes-blind.jsonl"))
    parser.add_argument("--db")
    parser.add_argument("--stats", action="store_true", help="print the counts given in the README")
    args = parser.parse_args()
    stored = doctext.store_texts(args.db) if args.db else {}
    texts, problems, checked, skipped = {}, [], 0, set()
    with open(args.gold, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    for record in records:
        path = record["doc"]
        if record["type"] == "document":
            from_file = doctext.read_file_text(REPO, path)
            text = stored.get(path)
            if text is not None and from_file is not None and text != from_file:
                problems.append(f"{path}: the .txt re-implementation differs from the store's text")
            text = text if text is not None else from_file
            if text is None:
                skipped.add(path)
                continue
            if len(text) != record["chars"] or sha1(text) != record["sha1"]:
                problems.append(f"{path}: text changed (chars {len(text)} vs {record['chars']})")
            texts[path] = text
            continue
        if path in skipped:
            continue
        text = texts.get(path)
        if text is None:
            problems.append(f"{record['id']}: document {path} has no document line")
            continue
        start, end = record["start"], record["end"]
        if not 0 <= start < end <= len(text) or sha1(text[start:end]) != record["sha1"]:
            problems.append(f"{record['id']}: content span {start}-{end} does not hash to {record['sha1']}")
        pieces = [text[a:b] for a, b in record.get("parts", [[start, end]])]
        if words(" ".join(pieces)) != (record["first"], record["last"]):
            problems.append(f"{record['id']}: first/last word differ: {words(' '.join(pieces))}")
        for key in ("speaker", "cue", "via"):
            span = record.get(key)
            if span and text[span["start"]:span["end"]] != span["text"]:
                problems.append(f"{record['id']}: {key} span {span['start']}-{span['end']} is not {span['text']!r}")
        checked += 1
    if args.stats:
        print_stats(records)
    for problem in problems:
        print(problem)
    print(f"checked {checked} items in {len(texts)} documents; skipped {len(skipped)} documents without text "
          f"(give --db for non-.txt formats); {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
