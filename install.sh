#!/bin/sh
# Builds cheese from this checkout and installs the binary and its shell completions.
#
#   ./install.sh                 install into ~/.cargo/bin (cargo's default)
#   ./install.sh --to DIR        install the binary into DIR
#   CHEESE_INSTALL_DIR=DIR ./install.sh
#   ./install.sh --force         replace an existing installation
set -eu

say() { printf 'install: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

usage() {
    cat >&2 <<'USAGE'
usage: ./install.sh [--to DIR] [--force] [-h]

Builds cheese from this checkout with `cargo install --path . --locked` and installs
the binary and the bash, zsh and fish completions.

  --to DIR   install the binary into DIR (default: cargo's bin dir, ~/.cargo/bin);
             also CHEESE_INSTALL_DIR=DIR
  --force    replace an existing installation
  -h         show this help
USAGE
}

to="${CHEESE_INSTALL_DIR:-}"
force=""
while [ $# -gt 0 ]; do
    case "$1" in
        --to)
            [ $# -ge 2 ] || die "--to needs a directory"
            to="$2"
            shift 2
            ;;
        --to=*)
            to="${1#--to=}"
            shift
            ;;
        --force) force="--force"; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage; die "unknown argument: $1" ;;
    esac
done

command -v cargo >/dev/null 2>&1 || die "cargo not found: install Rust from your package manager or rustup first"

here=$(cd "$(dirname "$0")" && pwd)
[ -f "$here/Cargo.toml" ] || die "run install.sh from a cheese checkout"

build_root=$(mktemp -d)
trap 'rm -rf "$build_root"' EXIT INT TERM

say "building cheese (release) from $here"
# shellcheck disable=SC2086 # $force is empty or one word
cargo install --quiet --path "$here" --locked --root "$build_root" $force

if [ -n "$to" ]; then
    bin_dir="$to"
else
    bin_dir="${CARGO_HOME:-$HOME/.cargo}/bin"
fi
mkdir -p "$bin_dir"
if [ -e "$bin_dir/cheese" ] && [ -z "$force" ] && ! cmp -s "$build_root/bin/cheese" "$bin_dir/cheese"; then
    die "$bin_dir/cheese exists; pass --force to replace it"
fi
cp "$build_root/bin/cheese" "$bin_dir/cheese.tmp.$$"
chmod 755 "$bin_dir/cheese.tmp.$$"
mv "$bin_dir/cheese.tmp.$$" "$bin_dir/cheese"
say "installed $bin_dir/cheese"

data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
config_home="${XDG_CONFIG_HOME:-$HOME/.config}"
install_completion() {
    src="$here/completions/$1"
    dest_dir="$2"
    if mkdir -p "$dest_dir" 2>/dev/null && cp "$src" "$dest_dir/$3" 2>/dev/null; then
        say "installed $4 completions: $dest_dir/$3"
    else
        say "skipped $4 completions (cannot write $dest_dir)"
    fi
}
install_completion cheese.bash "$data_home/bash-completion/completions" cheese bash
install_completion _cheese "$data_home/zsh/site-functions" _cheese zsh
say "note: for zsh, add $data_home/zsh/site-functions to fpath before compinit"
install_completion cheese.fish "$config_home/fish/completions" cheese.fish fish

case ":${PATH}:" in
    *":$bin_dir:"*) ;;
    *) say "note: $bin_dir is not on your PATH" ;;
esac
"$bin_dir/cheese" --version
