#!/usr/bin/env python3
"""Picks the news-bbc/politics articles of data/eval/quotes-blind.jsonl: a fixed-seed random sample, so the choice
is reproducible and not steered by what the articles contain (they were read only after being drawn)."""
import os
import random
import sys

SEED = 20261208
COUNT = 15
MAX_WORDS = 450  # exhaustive hand annotation of every statement stays feasible

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../../shared/data/news-bbc/politics")
files = sorted(f for f in os.listdir(root) if f.endswith(".txt"))
eligible = []
for name in files:
    with open(os.path.join(root, name), encoding="utf-8", errors="replace") as handle:
        if len(handle.read().split()) <= MAX_WORDS:
            eligible.append(name)
picked = random.Random(SEED).sample(eligible, COUNT)
print(f"# {len(files)} files, {len(eligible)} of at most {MAX_WORDS} words, seed {SEED}, {COUNT} drawn", file=sys.stderr)
for name in picked:
    print(f"../shared/data/news-bbc/politics/{name}")
