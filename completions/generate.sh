#!/bin/sh
# Regenerates the committed completion scripts from the command tree.
set -eu
cd "$(dirname "$0")/.."
cargo build --quiet --locked
bin=target/debug/cheese
"$bin" completions bash > completions/cheese.bash
"$bin" completions zsh > completions/_cheese
"$bin" completions fish > completions/cheese.fish
"$bin" completions powershell > completions/_cheese.ps1
"$bin" completions elvish > completions/cheese.elv
echo "completions: regenerated" >&2
