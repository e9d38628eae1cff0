#!/usr/bin/env python3
"""Turns hand-written annotation notes into data/eval/quotes-blind.jsonl (offsets, hashes, no corpus text).

The notes quote the article (to find the spans), so they are kept outside the repository. One file per document,
named after its short id (s1.txt, b03.txt ...). Format:

    @doc PATH [GROUP]
    KIND | CONTENT | SPEAKER | NAME | CUE | FLAGS | VIA | DOUBT

KIND is direct, partial, indirect or not (not-a-quote). CONTENT is a piece of the text; if it holds [[...]] marks,
only the marked parts are the span (several marks = one interrupted quote), the rest is context that makes it
unique; a trailing ' @N' takes the Nth occurrence; \\n stands for a line break. SPEAKER, CUE and VIA are found the same way but take the
occurrence nearest the content (whole words), '-' or empty for none. FLAGS: anon, coll, org, then desc=TEXT last.
DOUBT: a doubt note; 'note: ...' for a hard but certain case; for 'not', why it is no statement.

Usage: build_gold.py NOTES_DIR OUT.jsonl [--db STORE]   (a store is needed for documents other than .txt)
"""
import argparse
import hashlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
import doctext  # noqa: E402

REPO = os.path.normpath(os.path.join(os.path.dirname(__file__), "../.."))
KINDS = {"direct": "direct", "partial": "partial", "indirect": "indirect", "not": "not-a-quote"}


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def words(text):
    found = re.findall(r"\w+(?:[’'\-.]\w+)*", text)
    return (found[0], found[-1]) if found else ("", "")


def parse_context(spec):
    """(plain context, [(start, end) of marked parts relative to it], occurrence or None)."""
    spec = spec.replace("\\n", "\n")  # a line break in the article is written \n in the notes
    occurrence = None
    match = re.search(r" @(\d+)$", spec)
    if match:
        occurrence = int(match.group(1))
        spec = spec[: match.start()]
    parts, plain, position = [], [], 0
    for piece in re.split(r"(\[\[|\]\])", spec):
        if piece == "[[":
            parts.append([position, None])
        elif piece == "]]":
            parts[-1][1] = position
        else:
            plain.append(piece)
            position += len(piece)
    plain = "".join(plain)
    return plain, [tuple(p) for p in parts] or [(0, len(plain))], occurrence


def occurrences(text, plain, whole_words):
    if not plain:
        return []
    if whole_words:
        pattern = (r"(?<!\w)" if plain[0].isalnum() else "") + re.escape(plain) + (r"(?!\w)" if plain[-1].isalnum() else "")
        return [m.start() for m in re.finditer(pattern, text)]
    found, start = [], text.find(plain)
    while start >= 0:
        found.append(start)
        start = text.find(plain, start + 1)
    return found


def locate(text, spec, near=None, where="", avoid=()):
    """Absolute [(start, end)] of the marked parts of spec; with near, never inside the spans to avoid (the quote's
    own words: a 'he' inside the quote is not its speaker)."""
    plain, parts, occurrence = parse_context(spec)
    found = occurrences(text, plain, whole_words=True) or occurrences(text, plain, whole_words=False)
    if near is not None and occurrence is None:
        found = [s for s in found if all(distance((s + parts[0][0], s + parts[-1][1]), a) > 0 or (s + parts[0][0], s + parts[-1][1]) == a for a in avoid)] or found
    if not found:
        raise ValueError(f"{where}: not found: {spec!r}")
    if occurrence is not None:
        base = found[occurrence - 1]
    elif near is not None:
        base = min(found, key=lambda s: distance((s + parts[0][0], s + parts[-1][1]), near))
    elif len(found) > 1:
        raise ValueError(f"{where}: {len(found)} occurrences of {spec!r}; add context or @N")
    else:
        base = found[0]
    return [(base + a, base + b) for a, b in parts]


def distance(span, other):
    if span[1] <= other[0]:
        return other[0] - span[1]
    if other[1] <= span[0]:
        return span[0] - other[1]
    return 0


def span_record(text, spans):
    start, end = spans[0][0], spans[-1][1]
    return {"start": start, "end": end, "text": text[start:end]}


def build_statement(text, fields, where):
    fields = [f.strip() for f in fields] + [""] * (8 - len(fields))
    kind, content, speaker, name, cue, flags, via, doubt = fields[:8]
    if kind not in KINDS:
        raise ValueError(f"{where}: unknown kind {kind!r}")
    parts = locate(text, content, where=where)
    start, end = parts[0][0], parts[-1][1]
    piece = " ".join(text[a:b] for a, b in parts)
    first, last = words(piece)
    record = {"kind": KINDS[kind], "start": start, "end": end, "sha1": sha1(text[start:end]), "first": first, "last": last}
    if len(parts) > 1:
        record["parts"] = [[a, b] for a, b in parts]
    flags, _, description = flags.partition("desc=")
    flag_set = {f.strip() for f in flags.split(",") if f.strip()}
    description = description.strip() or None
    if kind != "not":
        if speaker and speaker != "-":
            s = span_record(text, locate(text, speaker, near=(start, end), where=where, avoid=parts))
            record["speaker"] = {
                "start": s["start"], "end": s["end"], "text": s["text"], "name": name or None,
                "anonymous": "anon" in flag_set,
                "description": (description or s["text"]) if "anon" in flag_set else None,
                "collective": "coll" in flag_set, "organisation": "org" in flag_set,
            }
        else:
            record["speaker"] = None
        record["cue"] = span_record(text, locate(text, cue, near=(start, end), where=where, avoid=parts)) if cue and cue != "-" else None
        record["via"] = span_record(text, locate(text, via, near=(start, end), where=where, avoid=parts)) if via and via != "-" else None
    if doubt:
        # A negative's note says why it is no statement; 'note:' marks a hard but certain case; the rest is doubt.
        key = "why" if kind == "not" else "note" if doubt.startswith("note:") else "doubt"
        record[key] = doubt[5:].strip() if key == "note" else doubt
    return record


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("notes")
    parser.add_argument("out")
    parser.add_argument("--db")
    args = parser.parse_args()
    stored = doctext.store_texts(args.db) if args.db else {}
    lines, errors = [], []
    for name in sorted(os.listdir(args.notes)):
        if not name.endswith(".txt"):
            continue
        doc_id = name[:-4]
        text, path, group, pending = None, None, None, []
        with open(os.path.join(args.notes, name), encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                line = line.rstrip("\n")
                where = f"{name}:{number}"
                if not line.strip() or line.startswith("#"):
                    continue
                if line.startswith("@doc "):
                    path, *rest = line[5:].split()
                    group = rest[0] if rest else None
                    text = stored.get(path) or doctext.read_file_text(REPO, path)
                    if text is None:
                        errors.append(f"{where}: no text for {path} (give --db)")
                        break
                    lines.append({"type": "document", "id": doc_id, "doc": path, "group": group,
                                  "chars": len(text), "sha1": sha1(text)})
                    continue
                try:
                    statement = build_statement(text, line.split("|"), where)
                except ValueError as error:
                    errors.append(str(error))
                    continue
                pending.append(statement)
        # Ids follow the text order, whatever order the notes were written in.
        for count, statement in enumerate(sorted(pending, key=lambda s: (s["start"], s["end"])), 1):
            lines.append({"type": "statement", "id": f"{doc_id}-q{count:02d}", "doc": path, **statement})
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    with open(args.out, "w", encoding="utf-8") as out:
        for record in lines:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{sum(r['type'] == 'document' for r in lines)} documents, {sum(r['type'] == 'statement' for r in lines)} items -> {args.out}")


if __name__ == "__main__":
    main()
