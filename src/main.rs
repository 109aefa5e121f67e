//! The `cheese` binary: parse, run, report. Everything else is in the library.
#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::Parser;

use cheese::cli::Cli;
use cheese::context::Ctx;
use cheese::output::{self, Env, Output};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return usage_error(&err),
    };
    // colored's switch is global; each stream's decision is made in `Output` and applied in `ui`.
    colored::control::set_override(true);
    let g = &cli.global;
    let out = Output::new(g.json, g.quiet, g.verbose, g.color, Env::detect());
    let ctx = Ctx::new(out, cli.global.clone());
    let result = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(anyhow::Error::from)
        .and_then(|rt| rt.block_on(cheese::app::run(&ctx, cli.command)));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let code = cheese::error::exit_code(&err);
            if code != 0 && err.downcast_ref::<cheese::error::Exit>().is_none() {
                output::eprintln_safe(cheese::error::render(&err).trim_end());
            }
            ExitCode::from(code)
        }
    }
}

/// Help and version go out as clap prints them; a usage error becomes one `cheese: error:`
/// line and `hint:` lines (SPEC §7), exit 2.
fn usage_error(err: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        let _ = err.print();
        return ExitCode::SUCCESS;
    }
    if err.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        let _ = err.print();
        return ExitCode::from(cheese::error::exit::USAGE);
    }
    let text = err.render().to_string();
    // The first paragraph is the error itself (a list of missing flags may follow its line).
    let (head, rest) = text.split_once("\n\n").unwrap_or((&text, ""));
    let head: Vec<&str> = head.lines().map(str::trim).collect();
    let head = head.join(" ");
    let mut report = format!(
        "cheese: error: {}",
        head.strip_prefix("error: ").unwrap_or(&head)
    );
    for line in rest.lines().map(str::trim) {
        if let Some(tip) = line.strip_prefix("tip: ") {
            report.push_str(&format!("\nhint: {tip}"));
        } else if let Some(usage) = line.strip_prefix("Usage: ") {
            report.push_str(&format!("\nhint: usage: {usage}"));
        } else if line.starts_with("For more information") {
            report.push_str("\nhint: see `--help` for every flag, with examples");
        }
    }
    output::eprintln_safe(&report);
    ExitCode::from(cheese::error::exit::USAGE)
}
