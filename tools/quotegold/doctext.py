"""The text of a document exactly as Backchannel reads it, so gold offsets can be computed and checked.

Two sources:
* a store written by `backchannel analyze` (table `documents`, column `text`): exact for every format;
* for `.txt` files only, a re-implementation of TextNormalizer + PlainTextReader (NFC, `\\n` line ends, no trailing
  spaces, at most one blank line, a leading `Title:`/`Source:`/... header removed, a first-line title kept).
When both are available the checker compares them, so a drift in either is seen.
"""
import os
import sqlite3
import unicodedata

HEADER_KEYS = ("title", "source", "author", "url", "published", "date")


def canonicalize(text):
    """TextNormalizer.Normalize for text that holds no unpaired surrogates."""
    text = unicodedata.normalize("NFC", text)
    out = []
    pending_newlines = 0
    line_start = True
    pending_spaces = []
    i = 0
    length = len(text)
    while i < length:
        c = text[i]
        if c == "\r":
            if i + 1 < length and text[i + 1] == "\n":
                i += 1
            c = "\n"
        if c in "\n\u2028\u0085":
            pending_spaces = []
            pending_newlines += 1
            line_start = True
            i += 1
            continue
        if c == "\u2029":
            pending_spaces = []
            pending_newlines += 2
            line_start = True
            i += 1
            continue
        if c in " \t\u00a0\u3000\f\v":
            pending_spaces.append(" " if c in "\f\v" else c)
            i += 1
            continue
        if c == "\ufeff" or unicodedata.category(c) == "Cc":
            i += 1
            continue
        if line_start:
            if out and pending_newlines > 0:
                out.append("\n" * min(pending_newlines, 2))
            pending_newlines = 0
            line_start = False
        if pending_spaces:
            if out:
                out.append("".join(pending_spaces))
            pending_spaces = []
        out.append(c)
        i += 1
    return "".join(out)


def plain_text(raw):
    """PlainTextReader: header block removed, else the whole normalised text (its first line is the title)."""
    text = canonicalize(raw)
    position = 0
    while position < len(text) and text[position] == "\n":
        position += 1
    if not text[position:].lower().startswith("title:"):
        return text
    while position < len(text):
        end = text.find("\n", position)
        line = text[position:] if end < 0 else text[position:end]
        colon = line.find(":")
        if colon <= 0 or line[:colon].strip().lower() not in HEADER_KEYS:
            break
        # A Published/Date value the C# date parser rejects would end the header here; the store check catches that.
        position += len(line) + 1
    return canonicalize(text[position:])


def read_file_text(repo_root, doc_path):
    """The normalised text of a .txt document, or None for other formats (they need a store)."""
    path = doc_path.split("#", 1)[0]
    if not path.endswith(".txt"):
        return None
    with open(os.path.join(repo_root, path), encoding="utf-8-sig", errors="replace") as handle:
        return plain_text(handle.read())


def store_texts(db_path):
    """path -> text for every document in a store."""
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return {path: text for path, text in connection.execute("SELECT path, text FROM documents")}
    finally:
        connection.close()
