#!/usr/bin/env python3
"""The 30 real articles of the issue-16 heading/byline check, picked by a fixed seed before any output was read.

Method (written down before the first look at the recognizer's output on them):
  * 14 BBC News articles: every news-bbc/*/*.txt path, sorted, random.Random(16).sample(k=14);
  * 14 PolNeAR texts: every polnear/data/{dev,train}/text/*.txt path, sorted, random.Random(16).sample(k=14);
  * the 2 seed documents (../shared/seeds/*.txt).
No real HTML or Markdown article is in the shared data (the HTML/Markdown in samples/davos-2026 is team-written),
so those formats are checked on the samples only, outside the 30.

usage: bench/ner-real-articles.py [DATA_DIR]   prints one path per line (DATA_DIR default ../shared/data)
"""
import glob
import os
import random
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "data")
data = os.path.normpath(data)
bbc = sorted(glob.glob(os.path.join(data, "news-bbc", "*", "*.txt")))
polnear = sorted(glob.glob(os.path.join(data, "polnear", "data", "dev", "text", "*.txt"))
                 + glob.glob(os.path.join(data, "polnear", "data", "train", "text", "*.txt")))
seeds = sorted(glob.glob(os.path.join(os.path.dirname(data), "seeds", "*.txt")))
picked = random.Random(16).sample(bbc, 14) + random.Random(16).sample(polnear, 14) + seeds
for path in picked:
    print(path)
