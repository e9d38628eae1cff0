"""Hot instructions of JIT-compiled methods: perf samples (ip, pid) mapped onto the JIT's own disassembly.

Arguments: WORK_DIR TOP Class:Method... ; WORK_DIR holds samples.txt (perf script -F ip,pid), disasm.txt
(DOTNET_JitStdOutFile with DOTNET_JitDisasmWithCodeBytes=1) and the process's perf map is /tmp/perf-PID.map.
"""
import bisect
import collections
import re
import sys

work, top, methods = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
samples = collections.Counter()
pid = None
for line in open(f"{work}/samples.txt"):
    parts = line.split()
    if len(parts) == 2:
        pid = parts[0]
        samples[int(parts[1], 16)] += 1
listings = open(f"{work}/disasm.txt").read().split("; Assembly listing for method ")
perf_map = [line.rstrip("\n").split(" ", 2) for line in open(f"/tmp/perf-{pid}.map")]

for method in methods:
    cls, name = method.split(":")
    # The last optimised (Tier1, not on-stack-replacement) body of the method, in the map and in the disassembly.
    bodies = [(int(a, 16), int(s, 16)) for a, s, n in perf_map
              if f"{cls}::{name}(" in n and "OptimizedTier1]" in n]
    texts = [b for b in listings if re.match(rf"[\w.]*\.{cls}:{name}\(", b) and "(Tier1)" in b.split("\n")[0]]
    if not bodies or not texts:
        print(f"{method}: no Tier1 body found")
        continue
    start, size = bodies[-1]
    rows, offset = [], 0
    for line in texts[-1].split("\n"):
        label = re.match(r"^G_M\d+_IG\d+:.*offset=0x([0-9A-F]+)", line)
        if label:
            offset = int(label.group(1), 16)
            continue
        code = re.match(r"^\s+([0-9A-F]{2,})\s{2,}(.*)$", line)
        if code:
            rows.append((offset, code.group(2)))
            offset += len(code.group(1)) // 2
    offsets = [o for o, _ in rows]
    hits = collections.Counter()
    for ip, count in samples.items():
        if start <= ip < start + size:
            hits[max(bisect.bisect_right(offsets, ip - start) - 1, 0)] += count
    total = sum(hits.values()) or 1
    print(f"== {method}: {total} samples in its Tier1 code")
    for index, count in sorted(sorted(hits.items(), key=lambda h: -h[1])[:top]):
        print(f"-- {count} samples ({100 * count / total:.1f}%) at +0x{rows[index][0]:x}")
        for o, text in rows[max(0, index - 3): index + 1]:
            print(f"   {o:5x}  {text[:110]}")
