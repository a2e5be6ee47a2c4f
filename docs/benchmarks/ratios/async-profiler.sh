# Sourced by ratios.sh (RATIOS_PROFILE=1) and startup-profile.sh: async-profiler from the Maven repository, like every
# other tool here. fetch_async_profiler <repo root> <directory> sets AP_LIB (libasyncProfiler.so, for -agentpath and
# jcmd JVMTI.agent_load) and AP_CONVERTER (jfr-converter's jar); it returns non-zero when Maven cannot supply them.
fetch_async_profiler() {
  local root=$1 dir=$2 artifact
  mkdir -p "$dir"
  for artifact in tools.profiler:async-profiler:4.2:jar:linux-x64 tools.profiler:jfr-converter:4.2; do
    (cd "$root" && { ./mvnw -q -o dependency:copy -Dartifact=$artifact -DoutputDirectory="$dir" \
      || ./mvnw -q dependency:copy -Dartifact=$artifact -DoutputDirectory="$dir"; }) >&2 || return 1
  done
  python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract("linux-x64/libasyncProfiler.so", sys.argv[2])' \
    "$dir/async-profiler-4.2-linux-x64.jar" "$dir" || return 1
  AP_LIB=$dir/linux-x64/libasyncProfiler.so AP_CONVERTER=$dir/jfr-converter-4.2.jar
}
