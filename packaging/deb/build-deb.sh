#!/usr/bin/env bash
# Build a Debian package of hipcoach from the PyInstaller bundle, then check it.
#
#   packaging/pyinstaller/build.sh      # first: makes dist/pyinstaller/hipcoach/
#   packaging/deb/build-deb.sh          # makes dist/deb/hipcoach_<version>_<arch>.deb
#   packaging/deb/build-deb.sh --install-test   # also apt-get install, run, purge (root)
#
# Layout: /opt/hipcoach/ (the bundle), /usr/bin/hipcoach -> /opt/hipcoach/hipcoach,
# the desktop file, metainfo and hicolor icons from packaging/linux/.
# Exits non-zero on any failed check; prints each check.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
fail() { echo "build-deb.sh: FAILED: $*" >&2; exit 1; }
pass() { echo "build-deb.sh: ok: $*"; }

install_test=0
[[ ${1:-} == --install-test ]] && install_test=1

app_id=io.github.hipcoach.HipCoach
grep -q "APP_ID = \"$app_id\"" hipcoach/platform/identity.py \
    || fail "APP_ID in hipcoach/platform/identity.py is no longer $app_id: update this script"
bundle=$root/dist/pyinstaller/hipcoach
linux=$root/packaging/linux
desktop=$linux/$app_id.desktop
metainfo=$linux/$app_id.metainfo.xml
icons=$linux/icons/hicolor

[[ -x $bundle/hipcoach ]] || fail "no bundle at $bundle: run packaging/pyinstaller/build.sh first"
for need in "$desktop" "$metainfo" "$icons/scalable/apps/$app_id.svg"; do
    [[ -e $need ]] || fail "missing $need (the desktop file, metainfo and icons come from packaging/linux/)"
done
command -v dpkg-deb >/dev/null || fail "dpkg-deb is missing (apt-get install dpkg)"

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' hipcoach/__init__.py)
[[ -n $version ]] || fail "no __version__ in hipcoach/__init__.py"
arch=$(dpkg --print-architecture)
out=$root/dist/deb
deb=$out/hipcoach_${version}_${arch}.deb
stage=$root/build/deb/hipcoach
rm -rf "$stage" "$deb"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
    "$stage/usr/share/metainfo" "$stage/usr/share/icons" "$stage/usr/share/doc/hipcoach" "$out"

# The bundle, less the build-time self-check.
cp -a "$bundle" "$stage/opt/hipcoach"
rm -f "$stage/opt/hipcoach/hipcoach-probe"
ln -s /opt/hipcoach/hipcoach "$stage/usr/bin/hipcoach"

grep -q '^Exec=hipcoach' "$desktop" || fail "$desktop: Exec= does not run 'hipcoach'"
install -m 644 "$desktop" "$stage/usr/share/applications/$app_id.desktop"
install -m 644 "$metainfo" "$stage/usr/share/metainfo/$app_id.metainfo.xml"
icon_count=0
while IFS= read -r icon; do
    rel=${icon#"$linux/icons/"}
    install -D -m 644 "$icon" "$stage/usr/share/icons/$rel"
    icon_count=$((icon_count + 1))
done < <(find "$icons" -path "*/apps/$app_id.*" \( -name '*.png' -o -name '*.svg' \) | sort)
[[ -f $root/LICENSE ]] && install -m 644 "$root/LICENSE" "$stage/usr/share/doc/hipcoach/copyright"

# The oldest glibc the bundle runs on: the newest GLIBC_x.y symbol version it uses.
glibc=$(find "$stage/opt/hipcoach" -type f \( -name '*.so*' -o -name hipcoach \) \
    -exec objdump -T {} + 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' \
    | sort -uV | tail -1)
[[ -n $glibc ]] || fail "could not read the glibc version the bundle needs (objdump: binutils)"
size_kb=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)

# Qt's xcb platform plugin and OpenGL: libGL/libEGL/libxcb are never bundled;
# the others are bundled today, and listed so the package stays right if
# PyInstaller stops copying them. Recommends: sound (libpulse0), idle time
# (libxss1: XScreenSaver through ctypes), spoken cues (speech-dispatcher).
cat >"$stage/DEBIAN/control" <<CONTROL
Package: hipcoach
Version: $version
Architecture: $arch
Maintainer: hipcoach
Installed-Size: $size_kb
Section: misc
Priority: optional
Depends: libc6 (>= $glibc), libxcb1, libx11-6, libx11-xcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0, libxcb-xkb1, libxkbcommon0, libxkbcommon-x11-0, libegl1, libgl1, libfontconfig1, libfreetype6, libdbus-1-3, libglib2.0-0
Recommends: libpulse0, libxss1, speech-dispatcher
Description: desktop coach for releasing tight, painful hip flexors
 hipcoach guides release, stretch and strengthening sessions for tight hip
 flexors, reminds you to take movement breaks from the system tray, and
 keeps your progress on this computer.
 .
 This package ships a self-contained build (Python and Qt included) in
 /opt/hipcoach.
CONTROL

for script in postinst postrm; do
    cat >"$stage/DEBIAN/$script" <<'SCRIPT'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
    gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
fi
exit 0
SCRIPT
    chmod 755 "$stage/DEBIAN/$script"
done

start=$(date +%s)
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
pass "built $deb in $(( $(date +%s) - start ))s: $(du -h "$deb" | cut -f1) (installed: $((size_kb / 1024)) MiB)"

# Checks on the package file.
dpkg-deb --info "$deb"
contents=$(dpkg-deb --contents "$deb")
for path in ./opt/hipcoach/hipcoach ./opt/hipcoach/_internal/hipcoach/resources/pack.toml \
    "./usr/share/applications/$app_id.desktop" "./usr/share/metainfo/$app_id.metainfo.xml" \
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "./usr/share/icons/hicolor/48x48/apps/$app_id.png"; do
    grep -q " $path\( \|$\)" <<<"$contents" || fail "the package lacks $path"
done
grep -q ' ./usr/bin/hipcoach -> /opt/hipcoach/hipcoach' <<<"$contents" || fail "no /usr/bin/hipcoach symlink"
grep -q 'hipcoach-probe' <<<"$contents" && fail "the build-time probe slipped into the package"
grep -v ' root/root ' <<<"$contents" | grep -q . && fail "files not owned by root/root"
pass "contents: bundle, /usr/bin/hipcoach symlink, desktop file, metainfo, $icon_count icons; root-owned"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$stage/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
    pass "desktop-file-validate"
fi

if [[ $install_test == 1 ]]; then
    [[ $(id -u) == 0 ]] || fail "--install-test needs root (apt-get install)"
    [[ $(dpkg-query -W -f='${Status}' hipcoach 2>/dev/null || true) == *" installed" ]] \
        && fail "hipcoach is already installed; remove it first"
    trap 'DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq hipcoach >/dev/null 2>&1 || true' EXIT
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null || fail "apt-get install"
    pass "apt-get install ./$(basename "$deb")"
    got=$(env -i PATH=/usr/bin:/bin hipcoach --version) || fail "installed 'hipcoach --version'"
    [[ $got == "hipcoach $version" ]] || fail "installed 'hipcoach --version' printed '$got'"
    pass "installed: $(command -v hipcoach) --version -> $got"
    home=$(mktemp -d)
    count=$(HIPCOACH_HOME=$home hipcoach library --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
    rm -rf "$home"
    [[ $count == 17 ]] || fail "installed 'hipcoach library --json' listed $count exercises"
    pass "installed: hipcoach library --json -> $count exercises"
    ls -l "/usr/share/applications/$app_id.desktop"
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq hipcoach >/dev/null || fail "apt-get purge"
    trap - EXIT
    [[ ! -e /opt/hipcoach && ! -e /usr/bin/hipcoach ]] || fail "files left after apt-get purge"
    dpkg-query -W hipcoach >/dev/null 2>&1 && fail "dpkg still lists hipcoach after apt-get purge"
    pass "apt-get purge hipcoach: /opt/hipcoach, /usr/bin/hipcoach and the dpkg record gone"
fi
