//! `cheese completions SHELL` and the hidden `cheese man`.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::context::Ctx;

/// Print a shell completion script on stdout
///
/// Installation:
///   bash:  cheese completions bash \
///            > ~/.local/share/bash-completion/completions/cheese
///   zsh:   cheese completions zsh > ~/.zfunc/_cheese
///          (and `fpath+=~/.zfunc` before compinit in ~/.zshrc)
///   fish:  cheese completions fish > ~/.config/fish/completions/cheese.fish
///   pwsh:  cheese completions powershell >> $PROFILE
///   elvish: cheese completions elvish >> ~/.config/elvish/rc.elv
///
/// `./install.sh` installs the bash, zsh and fish scripts for you.
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The shell: bash, zsh, fish, powershell or elvish
    #[arg(value_enum)]
    pub shell: Shell,
}

/// The completion script for one shell, as committed in `completions/`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "cheese", &mut buf);
    buf
}

/// The file name under `completions/` for each shell.
pub fn file_name(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "cheese.bash",
        Shell::Zsh => "_cheese",
        Shell::Fish => "cheese.fish",
        Shell::PowerShell => "_cheese.ps1",
        Shell::Elvish => "cheese.elv",
        _ => "cheese.unknown",
    }
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    ctx.out
        .data_raw(&String::from_utf8_lossy(&script(args.shell)))
        .map_err(Into::into)
}

pub fn man(ctx: &Ctx) -> anyhow::Result<()> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut buf)?;
    ctx.out
        .data_raw(&String::from_utf8_lossy(&buf))
        .map_err(Into::into)
}
