#!/usr/bin/env bash
# Build hipcoach as a PyInstaller one-folder bundle and smoke-test it.
#
#   packaging/pyinstaller/build.sh
#
# Output: dist/pyinstaller/hipcoach/ (run dist/pyinstaller/hipcoach/hipcoach).
# PyInstaller comes from PyPI into uv's throwaway environment (`uv run --with`);
# pyproject.toml and uv.lock are not touched. Exits non-zero if the build or
# any check fails; prints each check.
#
# Environment: HIPCOACH_STRIP=0 keeps debug symbols; HIPCOACH_BUNDLE_FFMPEG=1
# ships QtMultimedia's FFmpeg backend (see hipcoach.spec); PYINSTALLER_SPEC
# overrides the PyInstaller requirement (default "pyinstaller>=6.16").
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
dist=$root/dist/pyinstaller
bundle=$dist/hipcoach
app=$bundle/hipcoach

export LANG=C.UTF-8 LC_ALL=C.UTF-8
fail() { echo "build.sh: FAILED: $*" >&2; exit 1; }
pass() { echo "build.sh: ok: $*"; }

command -v uv >/dev/null || fail "uv is not installed (python3 -m pip install uv)"
command -v objdump >/dev/null || fail "PyInstaller needs objdump: apt-get install binutils"

echo "build.sh: building with PyInstaller into $bundle"
start=$(date +%s)
rm -rf "$bundle" "$root/build/pyinstaller"
uv run --with "${PYINSTALLER_SPEC:-pyinstaller>=6.16}" pyinstaller --noconfirm --clean \
    --log-level WARN --distpath "$dist" --workpath "$root/build/pyinstaller" \
    packaging/pyinstaller/hipcoach.spec
build_seconds=$(( $(date +%s) - start ))
[[ -x $app ]] || fail "no executable at $app"
pass "built in ${build_seconds}s"

# 1. --version prints the package's version.
want="hipcoach $(sed -n 's/^__version__ = "\(.*\)"/\1/p' hipcoach/__init__.py)"
got=$("$app" --version) || fail "'hipcoach --version' exited $?"
[[ $got == "$want" ]] || fail "'hipcoach --version' printed '$got', want '$want'"
pass "hipcoach --version -> $got"

# 2. The bundled library loads (resources found inside the frozen app).
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
count=$(QT_QPA_PLATFORM=offscreen HIPCOACH_HOME=$home/library "$app" library --json \
    | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))') \
    || fail "'hipcoach library --json' failed"
[[ $count == 17 ]] || fail "'hipcoach library --json' listed $count exercises, want 17"
pass "hipcoach library --json -> $count exercises"

# 3. Every bundled ELF file finds its libraries (bundle first, then the system).
missing=$(find "$bundle" -type f \( -name '*.so*' -o -name hipcoach -o -name hipcoach-probe \) \
    -exec sh -c 'for f; do LD_LIBRARY_PATH="$0" ldd "$f" 2>/dev/null | sed -n "s|^\t\(.*\) => not found|$f: \1|p"; done' \
    "$bundle/_internal" {} + | grep -v 'libspeechd\.so' || true)
[[ -z $missing ]] || fail "libraries not found:"$'\n'"$missing"
pass "all bundled libraries resolve (libspeechd.so.2 is optional: speech-dispatcher)"

# 4. Inside the frozen app: Qt modules, plugins, speech, sound (probe.py).
probe_args=()
if command -v pactl >/dev/null && pactl info >/dev/null 2>&1; then
    probe_args=(--expect-audio)  # a sound server answers: require working cue sounds
fi
HIPCOACH_HOME=$home/probe "$bundle/hipcoach-probe" "${probe_args[@]}" 2>/dev/null \
    || fail "hipcoach-probe reported a failed check (run it to see which)"
pass "hipcoach-probe ${probe_args[*]:-(no sound server: audio not required)}"

# 5. The app starts offscreen and is still running after 5 s.
status=0
QT_QPA_PLATFORM=offscreen HIPCOACH_HOME=$home/gui timeout 5 "$app" >"$home/gui.log" 2>&1 || status=$?
if [[ $status != 124 ]]; then
    cat "$home/gui.log" >&2
    fail "the app exited with status $status within 5 s (want: still running, 124)"
fi
[[ -f $home/gui/data/history.sqlite3 ]] || fail "the app started but created no history database"
pass "GUI (offscreen) still running after 5 s; history database created"

# 6. On a real X server (the xcb plugin) when xvfb-run is installed.
if command -v xvfb-run >/dev/null 2>&1 && [[ ${HIPCOACH_SKIP_XCB:-0} != 1 ]]; then
    set +e
    HIPCOACH_HOME=$home/xcb QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" \
        timeout 5 "$app" >"$home/xcb.log" 2>&1
    status=$?
    set -e
    if [[ $status != 124 ]]; then
        cat "$home/xcb.log" >&2
        fail "the app exited with status $status under Xvfb (xcb) within 5 s (want: still running)"
    fi
    pass "GUI (xcb on Xvfb) still running after 5 s"
else
    echo "build.sh: skipped: xcb check (install xvfb for xvfb-run)"
fi

size=$(du -sh "$bundle" | cut -f1)
echo "build.sh: bundle $bundle: $size ($(find "$bundle" -type f | wc -l) files), built in ${build_seconds}s"
