#!/usr/bin/env python3
"""Collapsed stacks (async-profiler's `collapsed` output) -> a short text summary of a flame graph.

    flame-summary.py title run.collapsed…   (one file per A run; the summary is of them all, then one line per run)

Prints the top self frames, then per library two shares of all samples: inclusive (a sample counts for every
library with a frame on its stack, so the shares overlap) and innermost (a sample counts once, for the library of
the frame nearest its leaf that belongs to a named library; the JDK and native frames under it go with it, so
these shares add up to 100%). The libraries are the parts the services stand on, matched by package prefix.
"""
import collections
import sys

# (name, frame prefixes): the first match wins, so the narrower prefixes come first
LIBRARIES = [
    ("ours (cn.gov.samr)", ("cn/gov/samr", "cn.gov.samr")),
    ("Hibernate Validator", ("org/hibernate/validator", "io/quarkus/hibernate/validator")),
    ("Hibernate ORM", ("org/hibernate/", "io/quarkus/hibernate")),
    ("Agroal (pool)", ("io/agroal",)),
    ("PostgreSQL driver", ("org/postgresql",)),
    ("Narayana (transactions)", ("com/arjuna", "io/narayana", "io/quarkus/narayana")),
    ("SmallRye JWT / crypto", ("io/smallrye/jwt", "org/jose4j", "io/quarkus/smallrye/jwt", "sun/security",
                               "java/security", "javax/crypto", "com/sun/crypto", "sun/nio/cs/ext")),
    ("Jackson", ("com/fasterxml/jackson", "io/quarkus/jackson")),
    ("RESTEasy Reactive", ("org/jboss/resteasy/reactive", "io/quarkus/resteasy/reactive")),
    ("Micrometer", ("io/micrometer", "io/quarkus/micrometer")),
    ("Kafka client", ("org/apache/kafka", "io/smallrye/reactive/messaging")),
    ("Quarkus Arc / other Quarkus", ("io/quarkus/",)),
    ("Vert.x / Netty", ("io/vertx", "io/netty")),
    ("JBoss logging", ("org/jboss/logmanager", "org/jboss/logging")),
    ("SmallRye (config, context, mutiny)", ("io/smallrye/",)),
]
# stacks without a named library's frame: said by what the JVM was doing
JVM = [
    ("JVM: JIT compiler", ("CompileBroker", "C2Compiler", "Compilation::", "C1_", "Compile::")),
    ("JVM: garbage collector", ("G1", "GCTask", "ConcurrentGC", "WorkerThread", "SerialHeap", "ParallelScavenge")),
    ("JVM: other VM threads", ("VMThread", "WatcherThread", "ServiceThread", "MonitorDeflation")),
]


def library(frame):
    for name, prefixes in LIBRARIES:
        if frame.startswith(prefixes):
            return name
    return None


def jvm_part(frames):
    for name, markers in JVM:
        if any(marker in frame for frame in frames for marker in markers):
            return name
    return "JDK / native, no library frame"


def main():
    title = sys.argv[1]
    total = 0
    self_frames = collections.Counter()
    inclusive = collections.Counter()
    innermost = collections.Counter()
    kernel = 0  # outside the JIT compiler, samples whose leaf is in the kernel: system calls, scheduling, interrupts
    runs = []  # per file: samples, of which the JIT compiler's (does the compiler's share fall run after run?)
    for path in sys.argv[2:]:
        run_total = run_jit = 0
        for line in open(path):
            stack, _, count = line.rstrip("\n").rpartition(" ")
            if not stack or not count.isdigit():
                continue
            n = int(count)
            frames = stack.split(";")
            total += n
            run_total += n
            libs = [library(f) for f in frames]
            for name in set(filter(None, libs)):
                inclusive[name] += n
            inner = next((name for name in reversed(libs) if name), None) or jvm_part(frames)
            innermost[inner] += n
            if inner != JVM[0][0]:
                self_frames[frames[-1]] += n
                kernel += n if frames[-1].endswith("_[k]") else 0
            run_jit += n if inner == JVM[0][0] else 0
        runs.append((path, run_total, run_jit))
    if not total:
        print(f"{title}: no samples")
        return
    pct = lambda n: f"{100.0 * n / total:5.1f}%"
    print(f"{title}: {total} samples")
    print("\ntop self frames outside the JIT compiler (% of all samples):")
    for frame, n in self_frames.most_common(15):
        print(f"  {pct(n)}  {frame}")
    # the JIT compiler's samples are the service warming up, not the path: the third column leaves them out
    jit = innermost[JVM[0][0]]
    warm = lambda n, name: "    - " if name == JVM[0][0] else f"{100.0 * n / max(total - jit, 1):5.1f}%"
    print("\nby library: innermost (adds up to 100%) | inclusive (on the stack at all) | innermost, JIT compiler left out")
    for name in sorted(set(innermost) | set(inclusive), key=lambda k: (-innermost[k], -inclusive[k])):
        print(f"  {pct(innermost[name])} | {pct(inclusive[name])} | {warm(innermost[name], name)}  {name}")
    print(f"\nin the kernel (leaf frame _[k]): {warm(kernel, None).strip()} of the samples outside the JIT compiler")
    print("\nper A run: samples, the JIT compiler's share")
    for path, n, jit in runs:
        print(f"  {path.rsplit('/', 1)[-1]}: {n} samples, JIT compiler {100.0 * jit / max(n, 1):.1f}%")


if __name__ == "__main__":
    main()
