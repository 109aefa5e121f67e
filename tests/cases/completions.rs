//! The committed completion scripts match the command tree.

use clap_complete::Shell;

use crate::support::{run, Home};

#[test]
fn committed_completions_match_the_command_tree() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let mut stale = Vec::new();
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::PowerShell,
        Shell::Elvish,
    ] {
        let name = cheese::commands::completions::file_name(shell);
        let want = cheese::commands::completions::script(shell);
        let have = std::fs::read(dir.join(name)).unwrap_or_default();
        if have != want {
            stale.push(name);
        }
    }
    assert!(
        stale.is_empty(),
        "completions/ is out of date ({stale:?}); regenerate with: ./completions/generate.sh"
    );
}

#[test]
fn completions_command_prints_the_script() {
    let home = Home::new();
    let r = run(home.cmd().args(["completions", "bash"]), b"");
    assert_eq!(r.code, 0);
    assert_eq!(
        r.stdout_bytes,
        cheese::commands::completions::script(Shell::Bash)
    );
    assert_eq!(r.stderr, "");
    let r = run(home.cmd().args(["completions", "tcsh"]), b"");
    assert_eq!(r.code, 2);
}
