#!/usr/bin/env python3
"""The 30 real articles of the issue-16 heading/byline check, picked by a fixed seed before any output was read.

Method (written down before the first look at the recognizer's output on them):
  * 14 BBC News articles: every news-bbc/*/*.txt path, sorted, random.Random(16).sample(k=14);
  * 14 PolNeAR texts: every polnear/data/{dev,train}/text/*.txt path, sorted, random.Random(16).sample(k=14);
  * the 2 seed documents (../shared/seeds/*.txt).
No real HTML or Markdown article is in the shared data (the HTML/Markdown in samples/davos-2026 is team-written),
so those formats are checked on the samples only, outside the 30.

None of the 30 turned out to carry a byline or a dateline, so a second list (--datelines), also fixed before its
output was read: the PolNeAR dev/train texts with a line that opens with an all-caps dateline ("CITY (Outlet) —",
"CITY, State -"), sorted, random.Random(16).sample(k=10).

usage: bench/ner-real-articles.py [--datelines] [DATA_DIR]   prints one path per line (DATA_DIR default ../shared/data)
"""
import glob
import os
import random
import re
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = [a for a in sys.argv[1:] if a != "--datelines"]
datelines = "--datelines" in sys.argv[1:]
data = args[0] if args else os.path.join(root, "..", "shared", "data")
data = os.path.normpath(data)
bbc = sorted(glob.glob(os.path.join(data, "news-bbc", "*", "*.txt")))
polnear = sorted(glob.glob(os.path.join(data, "polnear", "data", "dev", "text", "*.txt"))
                 + glob.glob(os.path.join(data, "polnear", "data", "train", "text", "*.txt")))
seeds = sorted(glob.glob(os.path.join(os.path.dirname(data), "seeds", "*.txt")))
if datelines:
    pattern = re.compile(r"^[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]*)*\s*(?:\([A-Za-z ]+\))?\s*(?:—|–|--|-)\s", re.M)
    with_dateline = [p for p in polnear if pattern.search(open(p, encoding="utf-8").read())]
    for path in random.Random(16).sample(with_dateline, 10):
        print(path)
    sys.exit(0)
picked = random.Random(16).sample(bbc, 14) + random.Random(16).sample(polnear, 14) + seeds
for path in picked:
    print(path)
